//! The syntax tree.

use super::Span;
use serde::ser::{SerializeMap, Serializer};
use serde::Serialize;

/// Binary operators, in XPath precedence groups.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum BinOp {
    Or,
    And,
    Eq,
    Ne,
    Lt,
    Le,
    Gt,
    Ge,
    Add,
    Sub,
    Mul,
    Div,
    Mod,
}

impl BinOp {
    /// Source spelling (also the JSON `op`).
    pub fn symbol(self) -> &'static str {
        match self {
            BinOp::Or => "or",
            BinOp::And => "and",
            BinOp::Eq => "=",
            BinOp::Ne => "!=",
            BinOp::Lt => "<",
            BinOp::Le => "<=",
            BinOp::Gt => ">",
            BinOp::Ge => ">=",
            BinOp::Add => "+",
            BinOp::Sub => "-",
            BinOp::Mul => "*",
            BinOp::Div => "div",
            BinOp::Mod => "mod",
        }
    }

    /// Precedence level, 0 = loosest (`or`) to 5 (`*`, `div`, `mod`).
    pub fn level(self) -> u8 {
        match self {
            BinOp::Or => 0,
            BinOp::And => 1,
            BinOp::Eq | BinOp::Ne => 2,
            BinOp::Lt | BinOp::Le | BinOp::Gt | BinOp::Ge => 3,
            BinOp::Add | BinOp::Sub => 4,
            BinOp::Mul | BinOp::Div | BinOp::Mod => 5,
        }
    }

    pub fn is_comparison(self) -> bool {
        matches!(self.level(), 2 | 3)
    }

    pub fn is_arithmetic(self) -> bool {
        matches!(self.level(), 4 | 5)
    }
}

/// Precedence of unary minus (tighter than every binary operator).
pub(super) const NEG_LEVEL: u8 = 6;
/// Precedence of atoms (literals, references, calls).
pub(super) const ATOM_LEVEL: u8 = 7;

/// A parsed expression; every node carries its source span.
#[derive(Clone, Debug)]
pub struct Expr {
    pub span: Span,
    pub kind: ExprKind,
}

#[derive(Clone, Debug)]
pub enum ExprKind {
    /// Number literal (non-negative and finite when parsed).
    Number(f64),
    /// Text literal.
    Text(String),
    /// `${id}`.
    Field(String),
    /// `.`
    Current,
    /// Unary minus.
    Neg(Box<Expr>),
    Binary(BinOp, Box<Expr>, Box<Expr>),
    /// `name(args)`; `true()` and `false()` are calls too.
    Call(String, Vec<Expr>),
}

/// Known functions and their (min, max) number of arguments; `None` = no
/// maximum.
pub(super) fn arity(name: &str) -> Option<(usize, Option<usize>)> {
    Some(match name {
        "today" | "true" | "false" => (0, Some(0)),
        "not" | "count-selected" | "string-length" | "number" | "int" | "string" | "date" => {
            (1, Some(1))
        }
        "selected" | "regex" | "choice-property" | "coalesce" => (2, Some(2)),
        "substr" => (2, Some(3)),
        "if" => (3, Some(3)),
        "concat" => (1, None),
        _ => return None,
    })
}

impl Expr {
    pub(super) fn level(&self) -> u8 {
        match &self.kind {
            ExprKind::Binary(op, _, _) => op.level(),
            ExprKind::Neg(_) => NEG_LEVEL,
            _ => ATOM_LEVEL,
        }
    }

    /// Structural equality, ignoring spans.
    pub fn same_tree(&self, other: &Expr) -> bool {
        use ExprKind as K;
        match (&self.kind, &other.kind) {
            (K::Number(a), K::Number(b)) => a == b || (a.is_nan() && b.is_nan()),
            (K::Text(a), K::Text(b)) | (K::Field(a), K::Field(b)) => a == b,
            (K::Current, K::Current) => true,
            (K::Neg(a), K::Neg(b)) => a.same_tree(b),
            (K::Binary(o1, l1, r1), K::Binary(o2, l2, r2)) => {
                o1 == o2 && l1.same_tree(l2) && r1.same_tree(r2)
            }
            (K::Call(n1, a1), K::Call(n2, a2)) => {
                n1 == n2 && a1.len() == a2.len() && a1.iter().zip(a2).all(|(x, y)| x.same_tree(y))
            }
            _ => false,
        }
    }

    /// Every `${id}` in source order, with its span.
    pub fn references(&self) -> Vec<(String, Span)> {
        let mut out = Vec::new();
        self.walk(&mut |e| {
            if let ExprKind::Field(id) = &e.kind {
                out.push((id.clone(), e.span));
            }
        });
        out
    }

    /// Whether the expression contains `.`.
    pub fn uses_current(&self) -> bool {
        let mut found = false;
        self.walk(&mut |e| found |= matches!(e.kind, ExprKind::Current));
        found
    }

    /// Pre-order walk (children left to right, i.e. source order).
    pub fn walk(&self, f: &mut dyn FnMut(&Expr)) {
        f(self);
        match &self.kind {
            ExprKind::Neg(e) => e.walk(f),
            ExprKind::Binary(_, l, r) => {
                l.walk(f);
                r.walk(f);
            }
            ExprKind::Call(_, args) => args.iter().for_each(|a| a.walk(f)),
            _ => {}
        }
    }
}

impl Serialize for Expr {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut m = s.serialize_map(None)?;
        match &self.kind {
            ExprKind::Number(n) => m.serialize_entry("lit", n)?,
            ExprKind::Text(t) => m.serialize_entry("lit", t)?,
            ExprKind::Field(id) => m.serialize_entry("ref", id)?,
            ExprKind::Current => m.serialize_entry("cur", &true)?,
            ExprKind::Neg(e) => {
                m.serialize_entry("op", "neg")?;
                m.serialize_entry("args", &[e.as_ref()])?;
            }
            ExprKind::Binary(op, l, r) => {
                m.serialize_entry("op", op.symbol())?;
                m.serialize_entry("args", &[l.as_ref(), r.as_ref()])?;
            }
            ExprKind::Call(name, args) => {
                m.serialize_entry("fn", name)?;
                m.serialize_entry("args", args)?;
            }
        }
        m.end()
    }
}
