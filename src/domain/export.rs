//! A cycle's answers as a table for statistics tools: one row per submission, one column
//! per question, a multiple choice split into one 0/1 column per choice, a grid flattened
//! into one column per row and column. Column names are stable, built from the ids
//! (`A3`, `C1/hurricane`, `C2/hurricane/likelihood`); labels go to the codebook.

use crate::questionnaire::definition::{ColumnType, Question, QuestionType};
use crate::questionnaire::Form;
use serde_json::{Map, Value};

#[derive(Debug, Clone, PartialEq)]
pub enum Cell {
    Empty,
    Text(String),
    Number(f64),
}

/// One column, with what the codebook says of it.
#[derive(Debug, Clone, PartialEq)]
pub struct Column {
    pub name: String,
    /// The question it comes from; empty for the submission's own fields.
    pub question: String,
    pub kind: &'static str,
    /// The question's wording (with the row and column for a grid cell).
    pub wording: String,
    /// The choices and their labels (`name = label; …`), or for a 0/1 column its choice.
    pub values: String,
}

/// The fields of a submission that head each row.
#[derive(Debug, Clone)]
pub struct Meta {
    pub submission: String,
    pub member_state: String,
    pub port: String,
    pub status: String,
    pub revision: i32,
}

/// How choices are written in the cells: by name, or by their label in a language.
#[derive(Debug, Clone, Copy)]
pub struct Labels<'a> {
    pub lang: Option<&'a str>,
    pub yes: &'a str,
    pub no: &'a str,
}

const META: [&str; 5] = ["submission", "member_state", "port", "status", "revision"];

/// The (name, label) pairs of a question's choices; yes/no has its own.
fn choices_of(form: &Form, q: &Question, lang: &str, labels: Labels<'_>) -> Vec<(String, String)> {
    if q.kind == QuestionType::YesNo {
        return vec![
            ("yes".into(), labels.yes.into()),
            ("no".into(), labels.no.into()),
        ];
    }
    form.choices_of(q)
        .iter()
        .map(|c| (c.name.clone(), c.label.get(lang).to_string()))
        .collect()
}

/// The rows a grid can have: its fixed list, or every choice of the question it follows.
fn grid_rows(form: &Form, q: &Question, lang: &str) -> Vec<(String, String)> {
    let list = match (&q.rows, &q.rows_from) {
        (Some(list), _) => form.choice_list(list).unwrap_or(&[]),
        (None, Some(src)) => form.question(src).map_or(&[][..], |s| form.choices_of(s)),
        _ => &[],
    };
    list.iter()
        .map(|c| (c.name.clone(), c.label.get(lang).to_string()))
        .collect()
}

fn listed(pairs: &[(String, String)]) -> String {
    pairs
        .iter()
        .map(|(n, l)| format!("{n} = {l}"))
        .collect::<Vec<_>>()
        .join("; ")
}

/// Every column, in the questionnaire's order; `lang` is the codebook's language.
pub fn columns(form: &Form, lang: &str, labels: Labels<'_>) -> Vec<Column> {
    let mut out: Vec<Column> = META
        .iter()
        .map(|m| Column {
            name: (*m).into(),
            question: String::new(),
            kind: if *m == "revision" { "integer" } else { "text" },
            wording: String::new(),
            values: String::new(),
        })
        .collect();
    for (_, q) in form.questions() {
        let wording = q.label.get(lang).to_string();
        match q.kind {
            QuestionType::Note => {}
            QuestionType::SelectMultiple => {
                for (name, label) in choices_of(form, q, lang, labels) {
                    out.push(Column {
                        name: format!("{}/{name}", q.id),
                        question: q.id.clone(),
                        kind: "0/1",
                        wording: format!("{wording}: {label}"),
                        values: "1 = selected; 0 = not selected".into(),
                    });
                }
            }
            QuestionType::Grid => {
                for (row, row_label) in grid_rows(form, q, lang) {
                    for c in &q.columns {
                        let values = c
                            .choices
                            .as_deref()
                            .and_then(|l| form.choice_list(l))
                            .map(|list| {
                                listed(
                                    &list
                                        .iter()
                                        .map(|x| (x.name.clone(), x.label.get(lang).to_string()))
                                        .collect::<Vec<_>>(),
                                )
                            })
                            .unwrap_or_default();
                        out.push(Column {
                            name: format!("{}/{row}/{}", q.id, c.id),
                            question: q.id.clone(),
                            kind: c.kind.as_str(),
                            wording: format!("{wording}: {row_label}, {}", c.label.get(lang)),
                            values,
                        });
                    }
                }
            }
            _ => {
                let values = if matches!(q.kind, QuestionType::SelectOne | QuestionType::YesNo) {
                    listed(&choices_of(form, q, lang, labels))
                } else {
                    String::new()
                };
                out.push(Column {
                    name: q.id.clone(),
                    question: q.id.clone(),
                    kind: q.kind.as_str(),
                    wording,
                    values,
                });
            }
        }
    }
    out
}

fn scalar(v: &Value) -> Cell {
    match v {
        Value::Null => Cell::Empty,
        Value::Number(n) => n.as_f64().map_or(Cell::Empty, Cell::Number),
        Value::String(s) if s.is_empty() => Cell::Empty,
        Value::String(s) => Cell::Text(s.clone()),
        Value::Bool(b) => Cell::Text(b.to_string()),
        other => Cell::Text(other.to_string()),
    }
}

fn label_of(pairs: &[(String, String)], name: &str, labels: Labels<'_>) -> String {
    match labels.lang {
        Some(_) => pairs
            .iter()
            .find(|(n, _)| n == name)
            .map_or_else(|| name.to_string(), |(_, l)| l.clone()),
        None => name.to_string(),
    }
}

/// One submission's row, cell by cell in the order of [`columns`].
pub fn row(
    form: &Form,
    meta: &Meta,
    answers: &Map<String, Value>,
    labels: Labels<'_>,
) -> Vec<Cell> {
    let lang = labels.lang.unwrap_or("en");
    let mut out = vec![
        Cell::Text(meta.submission.clone()),
        Cell::Text(meta.member_state.clone()),
        Cell::Text(meta.port.clone()),
        Cell::Text(meta.status.clone()),
        Cell::Number(f64::from(meta.revision)),
    ];
    for (_, q) in form.questions() {
        let v = answers.get(&q.id);
        match q.kind {
            QuestionType::Note => {}
            QuestionType::SelectMultiple => {
                let picked: Option<Vec<&str>> = v
                    .and_then(Value::as_array)
                    .map(|a| a.iter().filter_map(Value::as_str).collect());
                for (name, _) in choices_of(form, q, lang, labels) {
                    out.push(match &picked {
                        // Unanswered (or not asked) is no answer, not "0".
                        None => Cell::Empty,
                        Some(p) => Cell::Number(if p.contains(&name.as_str()) { 1.0 } else { 0.0 }),
                    });
                }
            }
            QuestionType::Grid => {
                for (row, _) in grid_rows(form, q, lang) {
                    for c in &q.columns {
                        let cell = v.and_then(|g| g.get(&row)).and_then(|r| r.get(&c.id));
                        out.push(
                            match (cell, c.choices.as_deref().and_then(|l| form.choice_list(l))) {
                                (Some(Value::String(s)), Some(list)) => {
                                    let pairs: Vec<(String, String)> = list
                                        .iter()
                                        .map(|x| (x.name.clone(), x.label.get(lang).to_string()))
                                        .collect();
                                    Cell::Text(label_of(&pairs, s, labels))
                                }
                                (Some(Value::String(s)), None) if c.kind == ColumnType::YesNo => {
                                    let pairs = [
                                        ("yes".to_string(), labels.yes.to_string()),
                                        ("no".to_string(), labels.no.to_string()),
                                    ];
                                    Cell::Text(label_of(&pairs, s, labels))
                                }
                                (Some(x), _) => scalar(x),
                                (None, _) => Cell::Empty,
                            },
                        );
                    }
                }
            }
            QuestionType::SelectOne | QuestionType::YesNo => out.push(match v {
                Some(Value::String(s)) => {
                    Cell::Text(label_of(&choices_of(form, q, lang, labels), s, labels))
                }
                Some(x) => scalar(x),
                None => Cell::Empty,
            }),
            // Lists and several files: one cell, items joined.
            QuestionType::TextList | QuestionType::File => out.push(match v {
                Some(Value::Array(items)) if items.is_empty() => Cell::Empty,
                Some(Value::Array(items)) => Cell::Text(
                    items
                        .iter()
                        .map(|i| i.as_str().map_or_else(|| i.to_string(), str::to_string))
                        .collect::<Vec<_>>()
                        .join("; "),
                ),
                Some(x) => scalar(x),
                None => Cell::Empty,
            }),
            _ => out.push(v.map_or(Cell::Empty, scalar)),
        }
    }
    out
}
