//! Evaluation. Total: every input gives a value, nothing panics.

use super::ast::{arity, BinOp, Expr, ExprKind};
use chrono::{Days, NaiveDate};
use serde::Serialize;
use std::cmp::Ordering;

/// A runtime value; an unanswered question is `Null`.
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub enum Value {
    #[default]
    Null,
    Bool(bool),
    Number(f64),
    Text(String),
    Date(NaiveDate),
    List(Vec<String>),
}

impl Value {
    /// `Null`, `""` and the empty list: what an unanswered question looks like.
    pub fn is_empty(&self) -> bool {
        match self {
            Value::Null => true,
            Value::Text(t) => t.is_empty(),
            Value::List(l) => l.is_empty(),
            _ => false,
        }
    }

    /// XPath `string()`: numbers without a trailing `.0`, dates as
    /// YYYY-MM-DD, lists space-separated, `Null` as `""`.
    pub fn to_text(&self) -> String {
        match self {
            Value::Null => String::new(),
            Value::Bool(b) => b.to_string(),
            Value::Number(n) => n.to_string(),
            Value::Text(t) => t.clone(),
            Value::Date(d) => d.format("%Y-%m-%d").to_string(),
            Value::List(l) => l.join(" "),
        }
    }
}

/// The answers an expression is evaluated against.
pub trait Env {
    /// `Null` when unanswered.
    fn field(&self, id: &str) -> Value;
    fn current(&self) -> Value;
    fn today(&self) -> NaiveDate;
    /// Property `prop` of choice `choice` of question `field` (`"."` for
    /// the current question).
    fn choice_property(&self, field: &str, choice: &str, prop: &str) -> Option<String>;
}

/// XPath-like truth: `Null`, `false`, 0, NaN, `""` and `[]` are false.
pub fn truthy(v: &Value) -> bool {
    match v {
        Value::Null => false,
        Value::Bool(b) => *b,
        Value::Number(n) => *n != 0.0 && !n.is_nan(),
        Value::Text(t) => !t.is_empty(),
        Value::List(l) => !l.is_empty(),
        Value::Date(_) => true,
    }
}

/// Finite number parsed from text (surrounding spaces allowed).
pub(super) fn parse_number(t: &str) -> Option<f64> {
    t.trim().parse::<f64>().ok().filter(|n| n.is_finite())
}

/// `YYYY-MM-DD` (a trailing time part such as `T10:00` is ignored).
pub(super) fn parse_date(t: &str) -> Option<NaiveDate> {
    let t = t.trim();
    NaiveDate::parse_from_str(t, "%Y-%m-%d").ok().or_else(|| {
        // `get` is panic-free when byte 10 is not a char boundary.
        let head = t.get(..10)?;
        let rest = t.get(10..)?;
        if rest.starts_with('T') || rest.starts_with(' ') {
            NaiveDate::parse_from_str(head, "%Y-%m-%d").ok()
        } else {
            None
        }
    })
}

/// Compiles a pattern with bounded memory, so hostile patterns fail
/// instead of exhausting memory.
pub(super) fn compile_regex(pattern: &str) -> Result<regex::Regex, String> {
    regex::RegexBuilder::new(pattern)
        .size_limit(1 << 20)
        .dfa_size_limit(1 << 20)
        .build()
        .map_err(|e| e.to_string())
}

fn epoch() -> NaiveDate {
    NaiveDate::from_ymd_opt(1970, 1, 1).unwrap_or_default()
}

/// A number value, `Null` when not finite (overflow, 0/0 …).
fn num(n: f64) -> Value {
    if n.is_finite() {
        Value::Number(n)
    } else {
        Value::Null
    }
}

/// Numeric reading of a value, as for arithmetic and `number()`.
fn to_num(v: &Value) -> Option<f64> {
    match v {
        Value::Number(n) => Some(*n).filter(|n| n.is_finite()),
        Value::Bool(b) => Some(if *b { 1.0 } else { 0.0 }),
        Value::Text(t) => parse_number(t),
        Value::Date(d) => Some(d.signed_duration_since(epoch()).num_days() as f64),
        Value::Null | Value::List(_) => None,
    }
}

fn to_date(v: &Value) -> Option<NaiveDate> {
    match v {
        Value::Date(d) => Some(*d),
        Value::Text(t) => parse_date(t),
        _ => None,
    }
}

/// `d` moved by `days` (truncated); `None` when out of chrono's range.
fn add_days(d: NaiveDate, days: f64) -> Option<NaiveDate> {
    let days = days.trunc();
    // chrono's range is about ±262,000 years; anything larger fails anyway
    // and the bound keeps the cast below exact.
    if !days.is_finite() || days.abs() > 1e9 {
        return None;
    }
    let n = days as i64;
    if n >= 0 {
        d.checked_add_days(Days::new(n.unsigned_abs()))
    } else {
        d.checked_sub_days(Days::new(n.unsigned_abs()))
    }
}

/// `=` semantics.
fn equal(a: &Value, b: &Value) -> bool {
    use Value::*;
    match (a, b) {
        // XPath: a boolean compares with the other side's truth.
        (Bool(_), _) | (_, Bool(_)) => truthy(a) == truthy(b),
        _ if a.is_empty() || b.is_empty() => a.is_empty() && b.is_empty(),
        (Number(x), Number(y)) => x == y,
        (Number(x), Text(t)) | (Text(t), Number(x)) => parse_number(t) == Some(*x),
        (Date(x), Date(y)) => x == y,
        (Date(d), Text(t)) | (Text(t), Date(d)) => parse_date(t) == Some(*d),
        (Text(x), Text(y)) => x == y,
        (List(x), List(y)) => x == y,
        (List(l), Text(t)) | (Text(t), List(l)) => l.join(" ") == *t,
        _ => false,
    }
}

/// Ordering for `<` …; `None` (comparison false) with an empty side or
/// incomparable values.
fn order(a: &Value, b: &Value) -> Option<Ordering> {
    use Value::*;
    if a.is_empty() || b.is_empty() {
        return None;
    }
    match (a, b) {
        (Text(x), Text(y)) => Some(x.cmp(y)),
        (Date(_), _) | (_, Date(_)) => to_date(a)?.partial_cmp(&to_date(b)?),
        (Number(_) | Bool(_) | Text(_), Number(_) | Bool(_) | Text(_)) => {
            to_num(a)?.partial_cmp(&to_num(b)?)
        }
        _ => None,
    }
}

fn arith(op: BinOp, a: &Value, b: &Value) -> Value {
    if a.is_empty() || b.is_empty() {
        return Value::Null;
    }
    // Date - Date (one side may be date text) = signed days between.
    let has_date = matches!(a, Value::Date(_)) || matches!(b, Value::Date(_));
    if op == BinOp::Sub && has_date {
        if let (Some(x), Some(y)) = (to_date(a), to_date(b)) {
            return num(x.signed_duration_since(y).num_days() as f64);
        }
    }
    match (op, a, b) {
        // Date ± days = date.
        (BinOp::Add | BinOp::Sub, Value::Date(d), _) => {
            let sign = if op == BinOp::Sub { -1.0 } else { 1.0 };
            to_num(b)
                .and_then(|n| add_days(*d, sign * n))
                .map_or(Value::Null, Value::Date)
        }
        (BinOp::Add, _, Value::Date(d)) => to_num(a)
            .and_then(|n| add_days(*d, n))
            .map_or(Value::Null, Value::Date),
        (_, Value::Date(_), _) | (_, _, Value::Date(_)) => Value::Null,
        _ => {
            let (Some(x), Some(y)) = (to_num(a), to_num(b)) else {
                return Value::Null;
            };
            match op {
                BinOp::Add => num(x + y),
                BinOp::Sub => num(x - y),
                BinOp::Mul => num(x * y),
                // Division by zero gives Null (num() drops inf/NaN).
                BinOp::Div => num(x / y),
                // XPath mod: remainder with the dividend's sign.
                BinOp::Mod => num(x % y),
                _ => Value::Null,
            }
        }
    }
}

/// Evaluates `expr`. Never panics; what cannot be computed is `Null`
/// (or `false` for tests).
pub fn eval(expr: &Expr, env: &dyn Env) -> Value {
    match &expr.kind {
        ExprKind::Number(n) => num(*n),
        ExprKind::Text(t) => Value::Text(t.clone()),
        ExprKind::Field(id) => env.field(id),
        ExprKind::Current => env.current(),
        ExprKind::Neg(e) => match eval(e, env) {
            Value::Date(_) => Value::Null,
            v => to_num(&v).map_or(Value::Null, |n| num(-n)),
        },
        ExprKind::Binary(op, l, r) => {
            let b = match op {
                // Short-circuit like XPath.
                BinOp::And => truthy(&eval(l, env)) && truthy(&eval(r, env)),
                BinOp::Or => truthy(&eval(l, env)) || truthy(&eval(r, env)),
                _ => {
                    let (a, b) = (eval(l, env), eval(r, env));
                    match op {
                        BinOp::Eq => equal(&a, &b),
                        BinOp::Ne => !equal(&a, &b),
                        BinOp::Lt => order(&a, &b) == Some(Ordering::Less),
                        BinOp::Le => order(&a, &b).is_some_and(Ordering::is_le),
                        BinOp::Gt => order(&a, &b) == Some(Ordering::Greater),
                        BinOp::Ge => order(&a, &b).is_some_and(Ordering::is_ge),
                        _ => return arith(*op, &a, &b),
                    }
                }
            };
            Value::Bool(b)
        }
        ExprKind::Call(name, args) => call(name, args, env),
    }
}

fn call(name: &str, args: &[Expr], env: &dyn Env) -> Value {
    // Wrong arity (the checker reports it) evaluates to Null.
    let ok = arity(name)
        .is_some_and(|(min, max)| args.len() >= min && max.is_none_or(|m| args.len() <= m));
    if !ok {
        return Value::Null;
    }
    let arg = |i: usize| args.get(i).map_or(Value::Null, |a| eval(a, env));
    match name {
        "true" => Value::Bool(true),
        "false" => Value::Bool(false),
        "today" => Value::Date(env.today()),
        "not" => Value::Bool(!truthy(&arg(0))),
        "if" => {
            if truthy(&arg(0)) {
                arg(1)
            } else {
                arg(2)
            }
        }
        "coalesce" => {
            let a = arg(0);
            if a.is_empty() {
                arg(1)
            } else {
                a
            }
        }
        "selected" => {
            let name = arg(1).to_text();
            Value::Bool(match arg(0) {
                Value::List(l) => l.contains(&name),
                Value::Text(t) => t == name,
                _ => false,
            })
        }
        "count-selected" => Value::Number(match arg(0) {
            Value::List(l) => l.len() as f64,
            Value::Text(t) => t.split_whitespace().count() as f64,
            _ => 0.0,
        }),
        "string-length" => Value::Number(arg(0).to_text().chars().count() as f64),
        "regex" => {
            let subject = arg(0);
            if subject == Value::Null {
                return Value::Bool(false);
            }
            let matched = compile_regex(&arg(1).to_text())
                .map(|re| re.is_match(&subject.to_text()))
                .unwrap_or(false);
            Value::Bool(matched)
        }
        "substr" => substr(&arg(0), &arg(1), args.get(2).map(|e| eval(e, env))),
        "choice-property" => {
            let key = match args.first().map(|a| &a.kind) {
                Some(ExprKind::Field(id)) => id.as_str(),
                Some(ExprKind::Current) => ".",
                _ => return Value::Null,
            };
            match arg(0) {
                Value::Text(choice) if !choice.is_empty() => env
                    .choice_property(key, &choice, &arg(1).to_text())
                    .map_or(Value::Null, Value::Text),
                _ => Value::Null,
            }
        }
        "concat" => Value::Text(
            args.iter()
                .map(|a| eval(a, env).to_text())
                .collect::<String>(),
        ),
        "string" => Value::Text(arg(0).to_text()),
        "number" => to_num(&arg(0)).map_or(Value::Null, num),
        "int" => to_num(&arg(0)).map_or(Value::Null, |n| num(n.trunc())),
        "date" => match arg(0) {
            Value::Number(n) => add_days(epoch(), n).map_or(Value::Null, Value::Date),
            v => to_date(&v).map_or(Value::Null, Value::Date),
        },
        _ => Value::Null,
    }
}

/// `substr(text, start[, end])`: 0-based, end exclusive, on chars; bounds
/// are clamped to the text.
fn substr(text: &Value, start: &Value, end: Option<Value>) -> Value {
    let t = text.to_text();
    let len = t.chars().count();
    // Clamping in f64 first keeps the usize casts exact.
    let clamp = |n: f64| n.trunc().clamp(0.0, len as f64) as usize;
    let Some(s) = to_num(start) else {
        return Value::Null;
    };
    let e = match end {
        None => len as f64,
        Some(v) => match to_num(&v) {
            Some(e) => e,
            None => return Value::Null,
        },
    };
    let (s, e) = (clamp(s), clamp(e));
    Value::Text(t.chars().skip(s).take(e.saturating_sub(s)).collect())
}
