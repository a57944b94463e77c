//! A checked questionnaire: the definition as written plus its compiled expressions,
//! patterns and an index by question id. Built only by [`super::check::compile`].

use super::definition::{Choice, FormFile, Question, Section};
use super::expr::Expr;
use regex::Regex;
use serde::Serialize;
use std::collections::HashMap;

/// Where a question sits in the form.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Position {
    pub section: usize,
    pub question: usize,
}

/// The compiled rules of one question.
#[derive(Debug, Clone, Default, Serialize)]
pub struct CompiledQuestion {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub relevant: Option<Expr>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub required: Option<Expr>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub constraints: Vec<Expr>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub warnings: Vec<Expr>,
    #[serde(skip)]
    pub pattern: Option<Regex>,
}

#[derive(Debug, Clone)]
pub struct Form {
    pub definition: FormFile,
    /// SHA-256 of the file's bytes, hex: a submission points at the exact version.
    pub hash: String,
    /// The file it was read from, for messages.
    pub source: String,
    pub(crate) index: HashMap<String, Position>,
    pub(crate) compiled: HashMap<String, CompiledQuestion>,
    pub(crate) section_relevant: Vec<Option<Expr>>,
}

impl Form {
    pub fn id(&self) -> &str {
        &self.definition.id
    }

    pub fn version(&self) -> &str {
        &self.definition.version
    }

    pub fn sections(&self) -> &[Section] {
        &self.definition.sections
    }

    /// Every question in document order, with its section.
    pub fn questions(&self) -> impl Iterator<Item = (&Section, &Question)> {
        self.definition
            .sections
            .iter()
            .flat_map(|s| s.questions.iter().map(move |q| (s, q)))
    }

    pub fn question(&self, id: &str) -> Option<&Question> {
        let p = self.index.get(id)?;
        self.definition
            .sections
            .get(p.section)?
            .questions
            .get(p.question)
    }

    pub(crate) fn section_of(&self, id: &str) -> Option<usize> {
        self.index.get(id).map(|p| p.section)
    }

    pub fn compiled(&self, id: &str) -> Option<&CompiledQuestion> {
        self.compiled.get(id)
    }

    pub fn section_relevance(&self, section: usize) -> Option<&Expr> {
        self.section_relevant.get(section).and_then(Option::as_ref)
    }

    pub fn choice_list(&self, name: &str) -> Option<&[Choice]> {
        self.definition.choices.get(name).map(Vec::as_slice)
    }

    /// The choices of a select question (empty for other kinds).
    pub fn choices_of(&self, q: &Question) -> &[Choice] {
        q.choices
            .as_deref()
            .and_then(|n| self.choice_list(n))
            .unwrap_or(&[])
    }

    /// Whether the question is sensitive, by itself or through its section.
    pub fn is_sensitive(&self, id: &str) -> bool {
        self.index.get(id).is_some_and(|p| {
            self.definition.sections.get(p.section).is_some_and(|s| {
                s.sensitive || s.questions.get(p.question).is_some_and(|q| q.sensitive)
            })
        })
    }
}
