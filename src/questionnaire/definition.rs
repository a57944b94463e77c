//! The questionnaire format: the shape of a form file in `forms/`, as written by people.
//! Deserialised with unknown fields refused, so a typo in a key is an error, not a silent no-op.

use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// The languages every label, hint and message is written in.
pub const LANGUAGES: [&str; 4] = ["en", "es", "fr", "pt"];

/// A text in several languages, keyed by language code.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(transparent)]
pub struct Text(pub BTreeMap<String, String>);

impl Text {
    /// The text in `lang`, falling back to English, then to any language.
    pub fn get(&self, lang: &str) -> &str {
        self.0
            .get(lang)
            .or_else(|| self.0.get("en"))
            .or_else(|| self.0.values().next())
            .map(String::as_str)
            .unwrap_or("")
    }

    /// The languages of [`LANGUAGES`] this text lacks.
    pub fn missing_languages(&self) -> Vec<&'static str> {
        LANGUAGES
            .iter()
            .copied()
            .filter(|l| self.0.get(*l).is_none_or(|t| t.trim().is_empty()))
            .collect()
    }

    /// A text with the same words in every language (built-in labels, tests).
    pub fn same(words: &str) -> Self {
        Text(
            LANGUAGES
                .iter()
                .map(|l| (l.to_string(), words.to_string()))
                .collect(),
        )
    }
}

/// Whether one submission is made per port or per member state.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Unit {
    #[default]
    Port,
    State,
}

/// A whole form file.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FormFile {
    pub id: String,
    pub version: String,
    #[serde(default)]
    pub unit: Unit,
    pub title: Text,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<Text>,
    /// Reusable choice lists by name.
    #[serde(default)]
    pub choices: BTreeMap<String, Vec<Choice>>,
    pub sections: Vec<Section>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Choice {
    pub name: String,
    pub label: Text,
    /// Extra named values, read by `choice-property()` (e.g. a member state's `alpha2`).
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub properties: BTreeMap<String, String>,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Section {
    pub id: String,
    pub title: Text,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<Text>,
    /// Weight of the section in a port's overall score; 0 leaves it out.
    #[serde(default = "one")]
    pub weight: f64,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub relevant: Option<String>,
    #[serde(default)]
    pub sensitive: bool,
    pub questions: Vec<Question>,
}

fn one() -> f64 {
    1.0
}

/// The kinds of question.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum QuestionType {
    Text,
    LongText,
    TextList,
    Integer,
    Decimal,
    YesNo,
    SelectOne,
    SelectMultiple,
    Date,
    Email,
    Url,
    File,
    Grid,
    Note,
}

impl QuestionType {
    pub fn as_str(self) -> &'static str {
        match self {
            QuestionType::Text => "text",
            QuestionType::LongText => "long_text",
            QuestionType::TextList => "text_list",
            QuestionType::Integer => "integer",
            QuestionType::Decimal => "decimal",
            QuestionType::YesNo => "yes_no",
            QuestionType::SelectOne => "select_one",
            QuestionType::SelectMultiple => "select_multiple",
            QuestionType::Date => "date",
            QuestionType::Email => "email",
            QuestionType::Url => "url",
            QuestionType::File => "file",
            QuestionType::Grid => "grid",
            QuestionType::Note => "note",
        }
    }

    pub fn is_numeric(self) -> bool {
        matches!(self, QuestionType::Integer | QuestionType::Decimal)
    }

    pub fn has_choices(self) -> bool {
        matches!(self, QuestionType::SelectOne | QuestionType::SelectMultiple)
    }

    pub fn is_textual(self) -> bool {
        matches!(
            self,
            QuestionType::Text | QuestionType::LongText | QuestionType::Email | QuestionType::Url
        )
    }
}

/// `required = true` or `required = "<expression>"`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(untagged)]
pub enum Required {
    Always(bool),
    When(String),
}

impl Default for Required {
    fn default() -> Self {
        Required::Always(false)
    }
}

impl Required {
    /// Required whatever the other answers (a condition may still make it required).
    pub fn is_always(&self) -> bool {
        matches!(self, Required::Always(true))
    }
}

/// A rule that must hold (constraint) or should hold (warning), with its message.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Check {
    pub rule: String,
    pub message: Text,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Question {
    pub id: String,
    #[serde(rename = "type")]
    pub kind: QuestionType,
    pub label: Text,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub hint: Option<Text>,
    /// The name of a choice list (select_one, select_multiple).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub choices: Option<String>,
    #[serde(default)]
    pub required: Required,
    #[serde(default)]
    pub read_only: bool,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub relevant: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub pattern: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub pattern_message: Option<Text>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub min: Option<f64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub max: Option<f64>,
    #[serde(default)]
    pub min_exclusive: bool,
    #[serde(default)]
    pub max_exclusive: bool,
    /// file: several files.
    #[serde(default)]
    pub multiple: bool,
    /// file: accepted kinds (pdf, docx, xlsx, odt, png, jpeg); empty means all of them.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub accept: Vec<String>,
    #[serde(default)]
    pub sensitive: bool,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub constraints: Vec<Check>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub warnings: Vec<Check>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub score: Option<Score>,
    /// grid: one row per choice selected in this (select_multiple) question.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub rows_from: Option<String>,
    /// grid: fixed rows, the choices of this list.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub rows: Option<String>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub columns: Vec<Column>,
}

/// The kinds of grid cell.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ColumnType {
    Integer,
    Decimal,
    Text,
    YesNo,
    SelectOne,
}

impl ColumnType {
    pub fn as_str(self) -> &'static str {
        match self {
            ColumnType::Integer => "integer",
            ColumnType::Decimal => "decimal",
            ColumnType::Text => "text",
            ColumnType::YesNo => "yes_no",
            ColumnType::SelectOne => "select_one",
        }
    }
}

#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Column {
    pub id: String,
    #[serde(rename = "type")]
    pub kind: ColumnType,
    pub label: Text,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub hint: Option<Text>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub choices: Option<String>,
    #[serde(default)]
    pub required: bool,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub min: Option<f64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub max: Option<f64>,
}

/// How an answer maps to a level 1–5 (WHO e-SPAR style).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Score {
    #[serde(default = "one")]
    pub weight: f64,
    /// select_one / yes_no: choice name → level.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub levels: Option<BTreeMap<String, u8>>,
    /// select_multiple: the level for 0, 1, 2, … selected; the last entry for any more.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub by_count: Option<Vec<u8>>,
    /// select_multiple with by_count: choices that do not count (e.g. `none`).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub not_counted: Vec<String>,
    /// integer / decimal: `[lower bound, level]`, the highest band whose bound ≤ the answer.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub bands: Option<Vec<(f64, u8)>>,
}
