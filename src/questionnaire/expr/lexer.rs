//! Tokenizer.

use super::{ExprError, Span};
use std::iter::Peekable;
use std::str::CharIndices;

#[derive(Clone, Debug, PartialEq)]
pub(super) enum Tok {
    Number(f64),
    Text(String),
    Field(String),
    Dot,
    LParen,
    RParen,
    Comma,
    Eq,
    Ne,
    Lt,
    Le,
    Gt,
    Ge,
    Plus,
    Minus,
    Star,
    /// Function names and the operator words `and`, `or`, `div`, `mod`.
    Name(String),
    Eof,
}

#[derive(Clone, Debug)]
pub(super) struct Token {
    pub kind: Tok,
    pub span: Span,
}

impl Token {
    /// How the token is named in error messages.
    pub(super) fn describe(&self) -> String {
        match &self.kind {
            Tok::Number(n) => format!("the number {n}"),
            Tok::Text(t) if t.contains('\'') => format!("the text \"{t}\""),
            Tok::Text(t) => format!("the text '{t}'"),
            Tok::Field(id) => format!("${{{id}}}"),
            Tok::Dot => "'.'".into(),
            Tok::LParen => "'('".into(),
            Tok::RParen => "')'".into(),
            Tok::Comma => "','".into(),
            Tok::Eq => "'='".into(),
            Tok::Ne => "'!='".into(),
            Tok::Lt => "'<'".into(),
            Tok::Le => "'<='".into(),
            Tok::Gt => "'>'".into(),
            Tok::Ge => "'>='".into(),
            Tok::Plus => "'+'".into(),
            Tok::Minus => "'-'".into(),
            Tok::Star => "'*'".into(),
            Tok::Name(n) => format!("'{n}'"),
            Tok::Eof => "the end of the expression".into(),
        }
    }
}

struct Lexer<'a> {
    src: &'a str,
    chars: Peekable<CharIndices<'a>>,
}

impl Lexer<'_> {
    /// Byte offset of the next character (end of source when exhausted).
    fn pos(&mut self) -> usize {
        self.chars.peek().map_or(self.src.len(), |&(i, _)| i)
    }

    fn peek(&mut self) -> Option<char> {
        self.chars.peek().map(|&(_, c)| c)
    }

    fn eat(&mut self, c: char) -> bool {
        if self.peek() == Some(c) {
            self.chars.next();
            true
        } else {
            false
        }
    }

    /// The character after the next one.
    fn peek2(&self) -> Option<char> {
        let mut it = self.chars.clone();
        it.next();
        it.next().map(|(_, c)| c)
    }

    fn eat_while(&mut self, f: impl Fn(char) -> bool) {
        while self.peek().is_some_and(&f) {
            self.chars.next();
        }
    }

    fn text(&self, start: usize, end: usize) -> &str {
        // Offsets come from char_indices, so they are char boundaries;
        // `get` keeps this panic-free regardless.
        self.src.get(start..end).unwrap_or("")
    }

    fn number(&mut self, start: usize) -> Result<Tok, ExprError> {
        self.eat_while(|c| c.is_ascii_digit());
        if self.eat('.') {
            self.eat_while(|c| c.is_ascii_digit());
        }
        let end = self.pos();
        let text = self.text(start, end);
        match text.parse::<f64>() {
            Ok(n) if n.is_finite() => Ok(Tok::Number(n)),
            _ => Err(ExprError::new(
                Span::new(start, end),
                format!("the number {text} is too large"),
            )),
        }
    }

    fn field(&mut self, start: usize) -> Result<Tok, ExprError> {
        if !self.eat('{') {
            return Err(ExprError::new(
                Span::new(start, self.pos()),
                "expected '{' after '$' (question references look like ${name})",
            ));
        }
        let id_start = self.pos();
        if !self.peek().is_some_and(|c| c.is_alphabetic() || c == '_') {
            let end = self.pos();
            return Err(ExprError::new(
                Span::new(start, end),
                "expected a question name after '${'",
            ));
        }
        self.eat_while(|c| c.is_alphanumeric() || matches!(c, '_' | '-' | '.'));
        let id_end = self.pos();
        let id = self.text(id_start, id_end).to_string();
        if !self.eat('}') {
            return Err(ExprError::new(
                Span::new(start, id_end),
                format!("expected '}}' after ${{{id}"),
            ));
        }
        Ok(Tok::Field(id))
    }

    fn next_token(&mut self) -> Option<Result<Token, ExprError>> {
        self.eat_while(char::is_whitespace);
        let (start, c) = self.chars.next()?;
        let kind = match c {
            '(' => Ok(Tok::LParen),
            ')' => Ok(Tok::RParen),
            ',' => Ok(Tok::Comma),
            '=' => Ok(Tok::Eq),
            '+' => Ok(Tok::Plus),
            '-' => Ok(Tok::Minus),
            '*' => Ok(Tok::Star),
            '<' if self.eat('=') => Ok(Tok::Le),
            '<' => Ok(Tok::Lt),
            '>' if self.eat('=') => Ok(Tok::Ge),
            '>' => Ok(Tok::Gt),
            '!' if self.eat('=') => Ok(Tok::Ne),
            '!' => Err(ExprError::new(
                Span::new(start, start + 1),
                "expected '=' after '!' (use not(...) for negation)",
            )),
            '\'' | '"' => {
                self.eat_while(|x| x != c);
                let end = self.pos();
                if self.eat(c) {
                    Ok(Tok::Text(self.text(start + 1, end).to_string()))
                } else {
                    Err(ExprError::new(
                        Span::new(start, end),
                        format!("this text is never closed: missing {c}"),
                    ))
                }
            }
            '$' => self.field(start),
            '.' if self.peek().is_some_and(|d| d.is_ascii_digit()) => self.number(start),
            '.' => Ok(Tok::Dot),
            '0'..='9' => self.number(start),
            c if c.is_alphabetic() || c == '_' => {
                loop {
                    self.eat_while(|x| x.is_alphanumeric() || x == '_');
                    // A '-' belongs to the name only when a letter follows
                    // (`count-selected`), so `a div-1` still lexes as `-1`.
                    let joins = self.peek() == Some('-')
                        && self.peek2().is_some_and(|x| x.is_alphabetic() || x == '_');
                    if !joins {
                        break;
                    }
                    self.chars.next();
                }
                let end = self.pos();
                Ok(Tok::Name(self.text(start, end).to_string()))
            }
            other => Err(ExprError::new(
                Span::new(start, start + other.len_utf8()),
                format!("unexpected character '{other}'"),
            )),
        };
        let end = self.pos();
        Some(kind.map(|kind| Token {
            kind,
            span: Span::new(start, end),
        }))
    }
}

/// Tokens of `src`, without a trailing `Eof`.
pub(super) fn lex(src: &str) -> Result<Vec<Token>, ExprError> {
    let mut lexer = Lexer {
        src,
        chars: src.char_indices().peekable(),
    };
    let mut out = Vec::new();
    while let Some(tok) = lexer.next_token() {
        out.push(tok?);
    }
    Ok(out)
}
