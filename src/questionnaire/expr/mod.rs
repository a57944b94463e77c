//! The expression language of questionnaire definitions (XLSForm / ODK
//! syntax): `relevant`, `constraints`, `warnings`, `required` and min/max
//! bounds are stored as strings such as `${B1} = 'yes'` or
//! `not(selected(., 'none')) or count-selected(.) = 1`.
//!
//! * [`parse`] turns source text into an [`Expr`] tree whose nodes carry
//!   their byte [`Span`]; errors are [`ExprError`]s located in the source.
//! * [`check`] type-checks a tree against a [`Schema`] (which questions
//!   exist, their [`Type`]s, whether `.` is allowed) and reports every
//!   problem, located, in English for the form author.
//! * [`eval`] evaluates a tree against an [`Env`] (answers, today's date,
//!   choice properties). It never panics: anything that cannot be computed
//!   (bad regex, division by zero, overflow, mixed types) gives `Null` or
//!   `false`.
//! * `Display` prints canonical source with minimal parentheses, so that
//!   `parse(&e.to_string())` gives the same tree (see [`Expr::same_tree`]).
//!
//! # Syntax
//!
//! Literals: numbers (`12`, `3.5`, `.5`), strings in `'…'` or `"…"` (no
//! escapes), `true()`, `false()`. `${id}` references a question, `.` is
//! the current question's own value. Binary operators, lowest precedence
//! first, all left-associative: `or`; `and`; `=` `!=`; `<` `<=` `>` `>=`;
//! `+` `-`; `*` `div` `mod`; then unary `-`. Function names may contain
//! `-` (`count-selected`). Nesting is limited to [`MAX_DEPTH`] levels so
//! that no recursive walk can overflow the stack.
//!
//! # JSON shape of a serialized tree (for the browser's evaluator)
//!
//! Spans are not serialized. Every node is one JSON object:
//!
//! | node                    | JSON                                         |
//! |-------------------------|----------------------------------------------|
//! | number literal          | `{"lit": 3}` / `{"lit": 3.5}`                |
//! | text literal            | `{"lit": "yes"}`                             |
//! | question reference      | `{"ref": "B1"}`                              |
//! | current value `.`       | `{"cur": true}`                              |
//! | unary minus             | `{"op": "neg", "args": [x]}`                 |
//! | binary operator         | `{"op": "and", "args": [a, b]}`              |
//! | function call           | `{"fn": "selected", "args": [a, b]}`         |
//!
//! Binary `op` is one of `or`, `and`, `=`, `!=`, `<`, `<=`, `>`, `>=`, `+`,
//! `-`, `*`, `div`, `mod`. `true()` / `false()` are calls with no arguments:
//! `{"fn": "true", "args": []}`.

mod ast;
mod check;
mod eval;
mod lexer;
mod parser;
mod print;

#[cfg(test)]
mod proptests;
#[cfg(test)]
mod tests;

use serde::Serialize;
use std::fmt;

pub use ast::{BinOp, Expr, ExprKind};
pub use check::{check, Schema, Type};
pub use eval::{eval, truthy, Env, Value};
pub use parser::{parse, MAX_DEPTH, MAX_NESTING};

/// Byte offsets `start..end` into the expression source.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize)]
pub struct Span {
    pub start: usize,
    pub end: usize,
}

impl Span {
    pub fn new(start: usize, end: usize) -> Span {
        Span { start, end }
    }

    /// The smallest span covering both.
    pub fn to(self, other: Span) -> Span {
        Span {
            start: self.start.min(other.start),
            end: self.end.max(other.end),
        }
    }
}

/// A parse or type error, located in the source.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct ExprError {
    pub span: Span,
    pub message: String,
}

impl ExprError {
    pub fn new(span: Span, message: impl Into<String>) -> ExprError {
        ExprError {
            span,
            message: message.into(),
        }
    }

    /// 1-based column (in characters) of the error's start within `src`.
    pub fn column_in(&self, src: &str) -> usize {
        // `get` rather than slicing: the span may not come from `src`.
        src.get(..self.span.start)
            .map_or(self.span.start, |s| s.chars().count())
            .saturating_add(1)
    }
}

impl fmt::Display for ExprError {
    /// `column N: message`, N being the 1-based byte column of the start.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "column {}: {}",
            self.span.start.saturating_add(1),
            self.message
        )
    }
}

impl std::error::Error for ExprError {}
