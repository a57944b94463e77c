//! Type checker: reports, located, everything that cannot work.

use super::ast::{arity, BinOp, Expr, ExprKind};
use super::eval::{parse_date, parse_number};
use super::{ExprError, Span};
use serde::Serialize;

/// Static type of an expression.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
pub enum Type {
    Bool,
    Number,
    Text,
    Date,
    /// A list of choice names or strings (select_multiple, text list, files).
    List,
    /// Unknown; compatible with everything.
    Any,
}

impl Type {
    /// How the type is named in error messages.
    pub fn describe(self) -> &'static str {
        match self {
            Type::Bool => "a true/false value",
            Type::Number => "a number",
            Type::Text => "text",
            Type::Date => "a date",
            Type::List => "a list of choices",
            Type::Any => "a value",
        }
    }
}

/// What the checker needs to know about the questionnaire.
pub trait Schema {
    /// `None` = no such question.
    fn field_type(&self, id: &str) -> Option<Type>;
    /// `None` = `.` is not allowed here.
    fn current_type(&self) -> Option<Type>;
    /// Whether the choices of `field` (`"."` for the current question)
    /// have the property `prop`.
    fn has_choice_property(&self, _field: &str, _prop: &str) -> bool {
        true
    }
}

/// Type-checks `expr`; on failure returns every error found.
pub fn check(expr: &Expr, schema: &dyn Schema) -> Result<Type, Vec<ExprError>> {
    let mut c = Checker {
        schema,
        errors: Vec::new(),
    };
    let t = c.expr(expr);
    if c.errors.is_empty() {
        Ok(t)
    } else {
        Err(c.errors)
    }
}

struct Checker<'a> {
    schema: &'a dyn Schema,
    errors: Vec<ExprError>,
}

fn text_literal(e: &Expr) -> Option<&str> {
    match &e.kind {
        ExprKind::Text(t) => Some(t),
        _ => None,
    }
}

fn is_empty_literal(e: &Expr) -> bool {
    text_literal(e) == Some("")
}

/// Type of `if`/`coalesce` results: the common type, `''` taking the
/// other side's type, otherwise `Any`.
fn unify(a: (&Expr, Type), b: (&Expr, Type)) -> Type {
    if is_empty_literal(a.0) {
        b.1
    } else if is_empty_literal(b.0) || a.1 == b.1 {
        a.1
    } else {
        Type::Any
    }
}

/// Order in which `compare` normalises operand pairs.
fn rank(t: Type) -> u8 {
    match t {
        Type::Bool => 0,
        Type::Number => 1,
        Type::Text => 2,
        Type::Date => 3,
        Type::List => 4,
        Type::Any => 5,
    }
}

impl Checker<'_> {
    fn err(&mut self, span: Span, msg: impl Into<String>) {
        self.errors.push(ExprError::new(span, msg));
    }

    fn expr(&mut self, e: &Expr) -> Type {
        match &e.kind {
            ExprKind::Number(_) => Type::Number,
            ExprKind::Text(_) => Type::Text,
            ExprKind::Field(id) => match self.schema.field_type(id) {
                Some(t) => t,
                None => {
                    self.err(e.span, format!("unknown question ${{{id}}}"));
                    Type::Any
                }
            },
            ExprKind::Current => match self.schema.current_type() {
                Some(t) => t,
                None => {
                    self.err(e.span, "'.' (this question's value) cannot be used here");
                    Type::Any
                }
            },
            ExprKind::Neg(x) => {
                let t = self.expr(x);
                if !matches!(t, Type::Number | Type::Bool | Type::Any) {
                    self.err(x.span, format!("cannot negate {}", t.describe()));
                }
                Type::Number
            }
            ExprKind::Binary(op, l, r) => {
                let lt = self.expr(l);
                let rt = self.expr(r);
                match op {
                    BinOp::And | BinOp::Or => {
                        for (x, t) in [(l, lt), (r, rt)] {
                            self.need_bool(x, t, &format!("'{}'", op.symbol()));
                        }
                        Type::Bool
                    }
                    _ if op.is_comparison() => {
                        self.compare(e, *op, (l, lt), (r, rt));
                        Type::Bool
                    }
                    _ => self.arith(e, *op, (l, lt), (r, rt)),
                }
            }
            ExprKind::Call(name, args) => self.call(e, name, args),
        }
    }

    fn need_bool(&mut self, e: &Expr, t: Type, what: &str) {
        if !matches!(t, Type::Bool | Type::Any) {
            self.err(
                e.span,
                format!("{what} needs a true/false value, found {}", t.describe()),
            );
        }
    }

    fn compare(&mut self, whole: &Expr, op: BinOp, l: (&Expr, Type), r: (&Expr, Type)) {
        use Type::*;
        let equality = matches!(op, BinOp::Eq | BinOp::Ne);
        if l.1 == Any || r.1 == Any {
            return;
        }
        // `${X} = ''` / `!= ''` is how forms test "answered".
        if equality && (is_empty_literal(l.0) || is_empty_literal(r.0)) {
            return;
        }
        let (a, b) = if rank(l.1) <= rank(r.1) {
            (l, r)
        } else {
            (r, l)
        };
        let problem = match (a.1, b.1) {
            (Bool, _) | (List, List) | (Text, List) if !equality => Some(format!(
                "cannot order {} with '{}'",
                if a.1 == Bool {
                    "true/false values"
                } else {
                    "lists"
                },
                op.symbol()
            )),
            (x, y) if x == y => None,
            (Bool, _) => None,
            (Number, Text) => match text_literal(b.0) {
                Some(t) if parse_number(t).is_none() => {
                    return self.err(b.0.span, format!("'{t}' is not a number"));
                }
                _ => None,
            },
            (Text, Date) => match text_literal(a.0) {
                Some(t) if parse_date(t).is_none() => {
                    return self.err(
                        a.0.span,
                        format!("'{t}' is not a date (write dates as 'YYYY-MM-DD')"),
                    );
                }
                _ => None,
            },
            (Text, List) => None,
            (x, y) => Some(format!(
                "cannot compare {} with {}",
                x.describe(),
                y.describe()
            )),
        };
        if let Some(msg) = problem {
            self.err(whole.span, msg);
        }
    }

    fn arith(&mut self, whole: &Expr, op: BinOp, l: (&Expr, Type), r: (&Expr, Type)) -> Type {
        use Type::*;
        let mut bad = false;
        for (x, t) in [l, r] {
            if matches!(t, Text | List) {
                self.err(
                    x.span,
                    format!(
                        "cannot do arithmetic ('{}') on {}",
                        op.symbol(),
                        t.describe()
                    ),
                );
                bad = true;
            }
        }
        if bad {
            return Any;
        }
        let numeric = |t: Type| matches!(t, Number | Bool);
        match (op, l.1, r.1) {
            (BinOp::Sub, Date, Date) => Number,
            (BinOp::Add, Date, t) | (BinOp::Add, t, Date) if t != Date => Date,
            (BinOp::Sub, Date, t) if numeric(t) => Date,
            (BinOp::Sub, Date, Any) | (BinOp::Sub, Any, Date) => Any,
            (BinOp::Add, Date, Date) => {
                self.err(whole.span, "cannot add two dates");
                Any
            }
            (BinOp::Sub, _, Date) => {
                self.err(whole.span, "cannot subtract a date from a number");
                Any
            }
            (_, Date, _) | (_, _, Date) => {
                let x = if l.1 == Date { l.0 } else { r.0 };
                self.err(x.span, format!("cannot use '{}' with a date", op.symbol()));
                Any
            }
            // Any ± something may be a date.
            (BinOp::Add | BinOp::Sub, Any, _) | (BinOp::Add | BinOp::Sub, _, Any) => Any,
            _ => Number,
        }
    }

    fn call(&mut self, e: &Expr, name: &str, args: &[Expr]) -> Type {
        use Type::*;
        let types: Vec<Type> = args.iter().map(|a| self.expr(a)).collect();
        // A parsed call's span starts with its name.
        let name_span = Span::new(e.span.start, e.span.start.saturating_add(name.len()));
        let Some((min, max)) = arity(name) else {
            self.err(name_span, format!("unknown function {name}()"));
            return Any;
        };
        let n = args.len();
        if n < min || max.is_some_and(|m| n > m) {
            let expected = match (min, max) {
                (0, Some(0)) => "no arguments".to_string(),
                (1, Some(1)) => "1 argument".to_string(),
                (a, Some(b)) if a == b => format!("{a} arguments"),
                (a, Some(b)) => format!("{a} or {b} arguments"),
                (a, None) => format!("at least {a} argument{}", if a == 1 { "" } else { "s" }),
            };
            self.err(e.span, format!("{name}() takes {expected}, found {n}"));
        }
        // `arg(i)`: the i-th argument with its type, if present.
        let arg = |i: usize| args.get(i).zip(types.get(i).copied());
        let what = format!("{name}()");
        match name {
            "not" => {
                if let Some((x, t)) = arg(0) {
                    self.need_bool(x, t, &what);
                }
                Bool
            }
            "if" => {
                if let Some((x, t)) = arg(0) {
                    self.need_bool(x, t, "the condition of if()");
                }
                arg(1).zip(arg(2)).map_or(Any, |(a, b)| unify(a, b))
            }
            "coalesce" => arg(0).zip(arg(1)).map_or(Any, |(a, b)| unify(a, b)),
            "selected" | "count-selected" => {
                if let Some((x, t)) = arg(0) {
                    if matches!(t, Number | Date | Bool) {
                        self.err(
                            x.span,
                            format!(
                                "{what} needs a select_multiple answer (a list of choices), found {}",
                                t.describe()
                            ),
                        );
                    }
                }
                if name == "selected" {
                    Bool
                } else {
                    Number
                }
            }
            "regex" => {
                if let Some((p, _)) = arg(1) {
                    if let Some(pat) = text_literal(p) {
                        if let Err(err) = super::eval::compile_regex(pat) {
                            // The regex crate's message ends with a line "error: <what>".
                            let last = err.lines().last().unwrap_or("").trim();
                            let detail = last.strip_prefix("error: ").unwrap_or(last).to_string();
                            self.err(p.span, format!("invalid regular expression: {detail}"));
                        }
                    }
                }
                Bool
            }
            "substr" => {
                for i in 1..3 {
                    if let Some((x, t)) = arg(i) {
                        if !matches!(t, Number | Any | Bool) {
                            self.err(
                                x.span,
                                format!("{what} needs a number here, found {}", t.describe()),
                            );
                        }
                    }
                }
                Text
            }
            "choice-property" => {
                let field = match arg(0) {
                    Some((x, t)) => {
                        let key = match &x.kind {
                            ExprKind::Field(id) => Some(id.as_str()),
                            ExprKind::Current => Some("."),
                            _ => None,
                        };
                        if key.is_none() {
                            self.err(
                                x.span,
                                "the first argument of choice-property() must be a question reference like ${A1} or '.'",
                            );
                        } else if t == List {
                            self.err(
                                x.span,
                                "choice-property() needs a single choice (select_one), found a list of choices",
                            );
                        }
                        key
                    }
                    None => None,
                };
                if let Some((p, _)) = arg(1) {
                    match text_literal(p) {
                        None => self.err(
                            p.span,
                            "the second argument of choice-property() must be a quoted property name",
                        ),
                        Some(prop) => {
                            if let Some(f) = field {
                                if !self.schema.has_choice_property(f, prop) {
                                    let who = if f == "." {
                                        "this question".to_string()
                                    } else {
                                        format!("${{{f}}}")
                                    };
                                    self.err(
                                        p.span,
                                        format!("the choices of {who} have no property '{prop}'"),
                                    );
                                }
                            }
                        }
                    }
                }
                Text
            }
            "number" | "int" | "date" => {
                if let Some((x, t)) = arg(0) {
                    if t == List {
                        self.err(x.span, format!("{what} cannot convert {}", t.describe()));
                    }
                    if name == "date" {
                        if t == Bool {
                            self.err(x.span, "date() cannot convert a true/false value");
                        }
                        if let Some(s) = text_literal(x) {
                            if parse_date(s).is_none() {
                                self.err(
                                    x.span,
                                    format!("'{s}' is not a date (write dates as 'YYYY-MM-DD')"),
                                );
                            }
                        }
                    }
                }
                match name {
                    "date" => Date,
                    _ => Number,
                }
            }
            "today" => Date,
            "true" | "false" => Bool,
            "string-length" => Number,
            // concat, string
            _ => Text,
        }
    }
}
