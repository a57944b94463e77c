//! Canonical source printing with minimal parentheses.

use super::ast::{Expr, ExprKind};
use std::fmt::{self, Display, Formatter, Write};

/// Writes `e`, parenthesised when `wrap`.
fn operand(f: &mut Formatter<'_>, e: &Expr, wrap: bool) -> fmt::Result {
    if wrap {
        write!(f, "({e})")
    } else {
        write!(f, "{e}")
    }
}

/// A text literal. XPath strings have no escapes, so text holding both
/// quote kinds is printed as `concat('…', "'", '…')` (the only way to write
/// it; such text never comes out of `parse` as a single literal).
fn text(f: &mut Formatter<'_>, t: &str) -> fmt::Result {
    if !t.contains('\'') {
        write!(f, "'{t}'")
    } else if !t.contains('"') {
        write!(f, "\"{t}\"")
    } else {
        f.write_str("concat(")?;
        for (i, part) in t.split('\'').enumerate() {
            if i > 0 {
                f.write_str(", \"'\", ")?;
            }
            write!(f, "'{part}'")?;
        }
        f.write_char(')')
    }
}

impl Display for Expr {
    fn fmt(&self, f: &mut Formatter<'_>) -> fmt::Result {
        match &self.kind {
            // Rust prints f64 without exponent and with the shortest digits
            // that read back to the same value.
            ExprKind::Number(n) => write!(f, "{n}"),
            ExprKind::Text(t) => text(f, t),
            ExprKind::Field(id) => write!(f, "${{{id}}}"),
            ExprKind::Current => f.write_char('.'),
            ExprKind::Neg(e) => {
                f.write_char('-')?;
                operand(f, e, e.level() < self.level())
            }
            ExprKind::Binary(op, l, r) => {
                let p = op.level();
                // Left-associative: equal precedence needs parentheses only
                // on the right.
                operand(f, l, l.level() < p)?;
                write!(f, " {} ", op.symbol())?;
                operand(f, r, r.level() <= p)
            }
            ExprKind::Call(name, args) => {
                write!(f, "{name}(")?;
                for (i, a) in args.iter().enumerate() {
                    if i > 0 {
                        f.write_str(", ")?;
                    }
                    write!(f, "{a}")?;
                }
                f.write_char(')')
            }
        }
    }
}
