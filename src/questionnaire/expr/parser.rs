//! Recursive-descent parser with XPath precedence.

use super::ast::{BinOp, Expr, ExprKind};
use super::lexer::{lex, Tok, Token};
use super::{ExprError, Span};

/// Maximum depth of the tree. With [`MAX_NESTING`] it keeps every
/// recursive walk (parse, check, eval, print, drop) far from stack
/// overflow, even on 2 MiB thread stacks in debug builds; real form
/// expressions are much shallower.
pub const MAX_DEPTH: usize = 200;

/// Maximum nesting of parentheses, function calls and unary minus signs.
pub const MAX_NESTING: usize = 64;

/// Parses an expression.
pub fn parse(src: &str) -> Result<Expr, ExprError> {
    let toks = lex(src)?;
    let eof = Token {
        kind: Tok::Eof,
        span: Span::new(src.len(), src.len()),
    };
    if toks.is_empty() {
        return Err(ExprError::new(eof.span, "the expression is empty"));
    }
    let mut p = Parser { toks, pos: 0, eof };
    let (expr, _) = p.binary(0, 0)?;
    let next = p.peek();
    if next.kind != Tok::Eof {
        return Err(ExprError::new(
            next.span,
            format!(
                "expected an operator or the end of the expression, found {}",
                next.describe()
            ),
        ));
    }
    Ok(expr)
}

struct Parser {
    toks: Vec<Token>,
    pos: usize,
    eof: Token,
}

/// A parsed subtree and its depth.
type Node = (Expr, usize);

fn too_deep(span: Span) -> ExprError {
    ExprError::new(span, "the expression is nested too deeply")
}

impl Parser {
    fn peek(&self) -> &Token {
        self.toks.get(self.pos).unwrap_or(&self.eof)
    }

    fn bump(&mut self) -> Token {
        let t = self.peek().clone();
        self.pos = (self.pos + 1).min(self.toks.len());
        t
    }

    fn binop(&self) -> Option<BinOp> {
        Some(match &self.peek().kind {
            Tok::Eq => BinOp::Eq,
            Tok::Ne => BinOp::Ne,
            Tok::Lt => BinOp::Lt,
            Tok::Le => BinOp::Le,
            Tok::Gt => BinOp::Gt,
            Tok::Ge => BinOp::Ge,
            Tok::Plus => BinOp::Add,
            Tok::Minus => BinOp::Sub,
            Tok::Star => BinOp::Mul,
            Tok::Name(n) => match n.as_str() {
                "or" => BinOp::Or,
                "and" => BinOp::And,
                "div" => BinOp::Div,
                "mod" => BinOp::Mod,
                _ => return None,
            },
            _ => return None,
        })
    }

    /// Precedence climbing: an operand followed by left-associative
    /// binary operators of precedence `min_level` or more. `nest` counts
    /// enclosing parentheses / calls / minus signs.
    fn binary(&mut self, min_level: u8, nest: usize) -> Result<Node, ExprError> {
        let (mut lhs, mut depth) = self.unary(nest)?;
        while let Some(op) = self.binop().filter(|op| op.level() >= min_level) {
            let op_tok = self.bump();
            let (rhs, rdepth) = self.binary(op.level() + 1, nest)?;
            depth = depth.max(rdepth) + 1;
            if depth > MAX_DEPTH {
                return Err(too_deep(op_tok.span));
            }
            lhs = Expr {
                span: lhs.span.to(rhs.span),
                kind: ExprKind::Binary(op, Box::new(lhs), Box::new(rhs)),
            };
        }
        Ok((lhs, depth))
    }

    fn unary(&mut self, nest: usize) -> Result<Node, ExprError> {
        if self.peek().kind != Tok::Minus {
            return self.primary(nest);
        }
        let minus = self.bump();
        if nest >= MAX_NESTING {
            return Err(too_deep(minus.span));
        }
        let (e, depth) = self.unary(nest + 1)?;
        let expr = Expr {
            span: minus.span.to(e.span),
            kind: ExprKind::Neg(Box::new(e)),
        };
        Ok((expr, depth + 1))
    }

    fn primary(&mut self, nest: usize) -> Result<Node, ExprError> {
        let prev = self
            .pos
            .checked_sub(1)
            .and_then(|i| self.toks.get(i))
            .map(Token::describe);
        let tok = self.bump();
        let leaf = |kind| {
            Ok((
                Expr {
                    span: tok.span,
                    kind,
                },
                1,
            ))
        };
        match &tok.kind {
            Tok::Number(n) => leaf(ExprKind::Number(*n)),
            Tok::Text(t) => leaf(ExprKind::Text(t.clone())),
            Tok::Field(id) => leaf(ExprKind::Field(id.clone())),
            Tok::Dot => leaf(ExprKind::Current),
            Tok::LParen => {
                if nest >= MAX_NESTING {
                    return Err(too_deep(tok.span));
                }
                let (mut e, depth) = self.binary(0, nest + 1)?;
                let close = self.bump();
                if close.kind != Tok::RParen {
                    return Err(ExprError::new(
                        close.span,
                        format!(
                            "expected ')' to close the '(' at column {}, found {}",
                            tok.span.start + 1,
                            close.describe()
                        ),
                    ));
                }
                e.span = tok.span.to(close.span);
                Ok((e, depth))
            }
            Tok::Name(name) => {
                if self.peek().kind != Tok::LParen {
                    let msg = if matches!(name.as_str(), "and" | "or" | "div" | "mod") {
                        format!("expected a value before '{name}'")
                    } else {
                        format!("unknown word '{name}' (a function call needs parentheses: {name}(...); text needs quotes: '{name}')")
                    };
                    return Err(ExprError::new(tok.span, msg));
                }
                self.call(name.clone(), tok.span, nest)
            }
            _ => {
                let msg = match prev {
                    Some(p) => format!("expected a value after {p}, found {}", tok.describe()),
                    None => format!("expected a value, found {}", tok.describe()),
                };
                Err(ExprError::new(tok.span, msg))
            }
        }
    }

    /// `name(` … `)`; the name has been consumed, `(` is next.
    fn call(&mut self, name: String, name_span: Span, nest: usize) -> Result<Node, ExprError> {
        let open = self.bump();
        if nest >= MAX_NESTING {
            return Err(too_deep(open.span));
        }
        let mut args = Vec::new();
        let mut depth = 0;
        let close = if self.peek().kind == Tok::RParen {
            self.bump()
        } else {
            loop {
                let (arg, d) = self.binary(0, nest + 1)?;
                depth = depth.max(d);
                args.push(arg);
                let next = self.bump();
                match next.kind {
                    Tok::Comma => continue,
                    Tok::RParen => break next,
                    _ => {
                        return Err(ExprError::new(
                            next.span,
                            format!("expected ')' after the arguments of {name}"),
                        ))
                    }
                }
            }
        };
        let depth = depth + 1;
        if depth > MAX_DEPTH {
            return Err(too_deep(name_span));
        }
        let expr = Expr {
            span: name_span.to(close.span),
            kind: ExprKind::Call(name, args),
        };
        Ok((expr, depth))
    }
}
