//! Answer validation: the single authority on what a valid answers document is.
//! Pure: a form, a document and the date of "today" in; problems, dropped answers and the
//! cleaned document out. Drafts are stored with their problems; a submit needs none.

use super::check::Severity;
use super::definition::{Column, ColumnType, Question, QuestionType, Required, Text};
use super::expr::{self, Env, Value};
use super::form::Form;
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use serde_json::{Map, Value as Json};
use std::cell::RefCell;
use std::collections::{HashMap, HashSet};
use validator::{ValidateEmail, ValidateUrl};

/// The stable problem codes of the API.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Code {
    Required,
    Type,
    Choice,
    Constraint,
    Pattern,
    Min,
    Max,
    UnknownQuestion,
    Warning,
}

impl Code {
    pub fn as_str(self) -> &'static str {
        match self {
            Code::Required => "required",
            Code::Type => "type",
            Code::Choice => "choice",
            Code::Constraint => "constraint",
            Code::Pattern => "pattern",
            Code::Min => "min",
            Code::Max => "max",
            Code::UnknownQuestion => "unknown_question",
            Code::Warning => "warning",
        }
    }
}

/// What was expected, for a type problem's message.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Expected {
    Text,
    TextList,
    Integer,
    Number,
    Date,
    Email,
    Url,
    Choice,
    Choices,
    File,
    Files,
    Grid,
    GridRow,
}

/// The facts a problem's message is written from, in whichever language.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Detail {
    Required,
    Type {
        expected: Expected,
    },
    Choice {
        value: String,
    },
    Min {
        bound: f64,
        exclusive: bool,
    },
    Max {
        bound: f64,
        exclusive: bool,
    },
    TooLong {
        max: usize,
    },
    Pattern {
        message: Option<Text>,
    },
    /// A rule of the form failed: its own message.
    Rule {
        message: Text,
    },
    UnknownQuestion,
    NotAnswerable,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Problem {
    pub question: String,
    /// The cell inside a grid (`C2.hurricane.likelihood`) or the item of a list (`A4.1`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub path: Option<String>,
    pub code: Code,
    pub severity: Severity,
    pub detail: Detail,
}

impl Problem {
    fn error(question: &str, path: Option<String>, code: Code, detail: Detail) -> Self {
        Problem {
            question: question.to_string(),
            path,
            code,
            severity: Severity::Error,
            detail,
        }
    }

    pub fn is_error(&self) -> bool {
        self.severity == Severity::Error
    }
}

/// How far a document is: relevant answerable questions, and how many are answered.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
pub struct Progress {
    pub answered: usize,
    pub total: usize,
}

#[derive(Debug, Clone, Default, Serialize)]
pub struct Report {
    pub problems: Vec<Problem>,
    /// Answers to questions (or grid rows) that are not relevant: left out of `answers`.
    pub dropped: Vec<String>,
    /// The document as it would be frozen: trimmed, typed, without what was dropped.
    pub answers: Map<String, Json>,
    /// Whether each answerable question is relevant.
    pub relevant: HashMap<String, bool>,
    pub progress: Progress,
}

impl Report {
    /// Whether a section has anything to answer with these answers: some question of it
    /// is relevant (a section's own condition makes all of them irrelevant).
    pub fn applies(&self, section: &crate::questionnaire::definition::Section) -> bool {
        section
            .questions
            .iter()
            .filter(|q| q.kind != QuestionType::Note)
            .any(|q| self.relevant.get(&q.id).copied().unwrap_or(true))
    }

    /// True when nothing blocks a submit (warnings never block).
    pub fn is_valid(&self) -> bool {
        !self.problems.iter().any(Problem::is_error)
    }

    pub fn errors(&self) -> impl Iterator<Item = &Problem> {
        self.problems.iter().filter(|p| p.is_error())
    }
}

/// One answer read against its question: the value expressions see, and the cleaned JSON.
enum Read {
    Empty,
    Ok(Value, Json),
    Bad,
}

/// How many unknown question ids a report lists at most.
pub const MAX_UNKNOWN_REPORTED: usize = 100;

/// Validates a whole answers document as a submit would.
pub fn validate(form: &Form, answers: &Map<String, Json>, today: NaiveDate) -> Report {
    let mut problems = Vec::new();
    let mut values: HashMap<String, Value> = HashMap::new();
    let mut cleaned: HashMap<String, Json> = HashMap::new();
    let mut bad: HashSet<String> = HashSet::new();

    let mut unknown = 0usize;
    for (key, raw) in answers {
        match form.question(key) {
            // Past a hundred, more of the same would only make the answer huge.
            None if unknown >= MAX_UNKNOWN_REPORTED => {}
            None => {
                unknown += 1;
                problems.push(Problem::error(
                    key,
                    None,
                    Code::UnknownQuestion,
                    Detail::UnknownQuestion,
                ))
            }
            Some(q) if q.kind == QuestionType::Note => problems.push(Problem::error(
                key,
                None,
                Code::UnknownQuestion,
                Detail::NotAnswerable,
            )),
            Some(q) => match read_answer(form, q, raw, &mut problems) {
                Read::Empty => {}
                Read::Ok(v, j) => {
                    values.insert(key.clone(), v);
                    cleaned.insert(key.clone(), j);
                }
                Read::Bad => {
                    bad.insert(key.clone());
                }
            },
        }
    }

    let resolver = Resolver {
        form,
        values: &values,
        today,
        memo: RefCell::new(HashMap::new()),
    };
    let mut report = Report::default();
    for (_, q) in form.questions() {
        if q.kind == QuestionType::Note {
            continue;
        }
        let relevant = resolver.is_relevant(&q.id);
        report.relevant.insert(q.id.clone(), relevant);
        let answered = cleaned.contains_key(&q.id) || bad.contains(&q.id);
        if !relevant {
            if answered {
                report.dropped.push(q.id.clone());
            }
            problems.retain(|p| p.question != q.id);
            continue;
        }
        let env = resolver.with_current(&q.id, values.get(&q.id).cloned().unwrap_or(Value::Null));
        let required = match &q.required {
            Required::Always(b) => *b,
            Required::When(_) => form
                .compiled(&q.id)
                .and_then(|c| c.required.as_ref())
                .is_some_and(|e| expr::truthy(&expr::eval(e, &env))),
        };
        if required && !q.read_only {
            report.progress.total += 1;
            if answered {
                report.progress.answered += 1;
            }
        }
        if bad.contains(&q.id) {
            continue;
        }
        if q.kind == QuestionType::Grid {
            let cell = check_grid(
                form,
                q,
                answers.get(&q.id),
                required,
                &resolver,
                &mut problems,
                &mut report.dropped,
            );
            if let Some(g) = cell {
                report.answers.insert(q.id.clone(), g);
            }
            continue;
        }
        let Some(clean) = cleaned.get(&q.id) else {
            if required {
                problems.push(Problem::error(
                    &q.id,
                    None,
                    Code::Required,
                    Detail::Required,
                ));
            }
            continue;
        };
        report.answers.insert(q.id.clone(), clean.clone());
        check_rules(form, q, &env, &mut problems);
    }
    // Problems in document order, so the first one a person sees is the first on the page.
    let order: HashMap<&str, usize> = form
        .questions()
        .enumerate()
        .map(|(i, (_, q))| (q.id.as_str(), i))
        .collect();
    problems.sort_by_key(|p| {
        order
            .get(p.question.as_str())
            .copied()
            .unwrap_or(usize::MAX)
    });
    report.problems = problems;
    report
}

/// min, max, pattern, constraints and warnings of an answered, well-typed question.
fn check_rules(form: &Form, q: &Question, env: &ScopedEnv, problems: &mut Vec<Problem>) {
    let current = env.current.clone();
    if let Value::Number(n) = current {
        bounds(
            &q.id,
            None,
            n,
            q.min,
            q.max,
            q.min_exclusive,
            q.max_exclusive,
            problems,
        );
    }
    let Some(compiled) = form.compiled(&q.id) else {
        return;
    };
    if let Some(re) = &compiled.pattern {
        let items: Vec<(Option<String>, &str)> = match &current {
            Value::Text(t) => vec![(None, t.as_str())],
            Value::List(items) => items
                .iter()
                .enumerate()
                .map(|(i, t)| (Some(format!("{}.{i}", q.id)), t.as_str()))
                .collect(),
            _ => Vec::new(),
        };
        for (path, item) in items {
            if !re.is_match(item) {
                problems.push(Problem::error(
                    &q.id,
                    path,
                    Code::Pattern,
                    Detail::Pattern {
                        message: q.pattern_message.clone(),
                    },
                ));
            }
        }
    }
    // Rules read an answer of the expected form: one that breaks the pattern already has
    // its problem, and a second message about the same typo only confuses.
    if problems
        .last()
        .is_some_and(|p| p.question == q.id && p.code == Code::Pattern)
    {
        return;
    }
    for (rule, def) in compiled.constraints.iter().zip(&q.constraints) {
        if !expr::truthy(&expr::eval(rule, env)) {
            problems.push(Problem::error(
                &q.id,
                None,
                Code::Constraint,
                Detail::Rule {
                    message: def.message.clone(),
                },
            ));
        }
    }
    for (rule, def) in compiled.warnings.iter().zip(&q.warnings) {
        if !expr::truthy(&expr::eval(rule, env)) {
            problems.push(Problem {
                question: q.id.clone(),
                path: None,
                code: Code::Warning,
                severity: Severity::Warning,
                detail: Detail::Rule {
                    message: def.message.clone(),
                },
            });
        }
    }
}

#[allow(clippy::too_many_arguments)]
fn bounds(
    question: &str,
    path: Option<String>,
    n: f64,
    min: Option<f64>,
    max: Option<f64>,
    min_exclusive: bool,
    max_exclusive: bool,
    problems: &mut Vec<Problem>,
) {
    if let Some(lo) = min {
        if n < lo || (min_exclusive && n <= lo) {
            problems.push(Problem::error(
                question,
                path.clone(),
                Code::Min,
                Detail::Min {
                    bound: lo,
                    exclusive: min_exclusive,
                },
            ));
        }
    }
    if let Some(hi) = max {
        if n > hi || (max_exclusive && n >= hi) {
            problems.push(Problem::error(
                question,
                path,
                Code::Max,
                Detail::Max {
                    bound: hi,
                    exclusive: max_exclusive,
                },
            ));
        }
    }
}

fn type_problem(q: &str, path: Option<String>, expected: Expected) -> Problem {
    Problem::error(q, path, Code::Type, Detail::Type { expected })
}

/// The longest text answers (characters): a short text, and a long text.
pub const MAX_TEXT: usize = 2_000;
pub const MAX_LONG_TEXT: usize = 50_000;

/// Whether a text holds characters no one types (NUL and other controls); a long text may
/// hold line breaks and tabs.
fn has_control(s: &str, multiline: bool) -> bool {
    s.chars()
        .any(|c| c.is_control() && !(multiline && matches!(c, '\n' | '\r' | '\t')))
}

/// A trimmed string, or None when blank.
fn trimmed(s: &str) -> Option<String> {
    let t = s.trim();
    (!t.is_empty()).then(|| t.to_string())
}

/// 2^53: integers below it are carried exactly by a JSON number.
const MAX_SAFE_INTEGER: f64 = 9_007_199_254_740_992.0;

fn read_number(raw: &Json, integer: bool) -> Option<f64> {
    let n = raw.as_f64()?;
    if !n.is_finite() || (integer && (n.fract() != 0.0 || n.abs() >= MAX_SAFE_INTEGER)) {
        return None;
    }
    Some(n)
}

fn number_json(n: f64, integer: bool) -> Json {
    if integer {
        if let Some(i) = (n.abs() < MAX_SAFE_INTEGER).then_some(n as i64) {
            return Json::from(i);
        }
    }
    serde_json::Number::from_f64(n).map_or(Json::Null, Json::Number)
}

pub fn parse_date(s: &str) -> Option<NaiveDate> {
    // Exactly YYYY-MM-DD: chrono alone would accept a one-digit month.
    if s.len() != 10 {
        return None;
    }
    NaiveDate::parse_from_str(s, "%Y-%m-%d").ok()
}

fn is_attachment_id(s: &str) -> bool {
    uuid::Uuid::parse_str(s).is_ok()
}

/// Reads one answer against its question's type and choices.
fn read_answer(form: &Form, q: &Question, raw: &Json, problems: &mut Vec<Problem>) -> Read {
    let id = q.id.as_str();
    if raw.is_null() {
        return Read::Empty;
    }
    let mut fail = |expected| {
        problems.push(type_problem(id, None, expected));
        Read::Bad
    };
    match q.kind {
        QuestionType::Text | QuestionType::LongText | QuestionType::Email | QuestionType::Url => {
            let Some(s) = raw.as_str() else {
                return fail(Expected::Text);
            };
            let multiline = q.kind == QuestionType::LongText;
            let Some(t) = trimmed(s) else {
                return Read::Empty;
            };
            // Checked after trimming: a stray newline around a short text is not an error.
            if has_control(&t, multiline) {
                return fail(Expected::Text);
            }
            let max = if multiline { MAX_LONG_TEXT } else { MAX_TEXT };
            if t.chars().count() > max {
                problems.push(Problem::error(id, None, Code::Max, Detail::TooLong { max }));
                return Read::Bad;
            }
            if q.kind == QuestionType::Email && !t.validate_email() {
                return fail(Expected::Email);
            }
            let web = t.starts_with("http://") || t.starts_with("https://");
            if q.kind == QuestionType::Url && !(web && t.validate_url()) {
                return fail(Expected::Url);
            }
            Read::Ok(Value::Text(t.clone()), Json::String(t))
        }
        QuestionType::TextList => {
            let Some(items) = raw.as_array() else {
                return fail(Expected::TextList);
            };
            let mut out = Vec::new();
            for item in items {
                let Some(s) = item.as_str() else {
                    return fail(Expected::TextList);
                };
                if has_control(s.trim(), false) || s.chars().count() > MAX_TEXT {
                    return fail(Expected::TextList);
                }
                out.extend(trimmed(s));
            }
            if out.is_empty() {
                return Read::Empty;
            }
            let json = Json::Array(out.iter().cloned().map(Json::String).collect());
            Read::Ok(Value::List(out), json)
        }
        QuestionType::Integer | QuestionType::Decimal => {
            let integer = q.kind == QuestionType::Integer;
            match read_number(raw, integer) {
                Some(n) => Read::Ok(Value::Number(n), number_json(n, integer)),
                None => fail(if integer {
                    Expected::Integer
                } else {
                    Expected::Number
                }),
            }
        }
        QuestionType::Date => {
            let Some(s) = raw.as_str() else {
                return fail(Expected::Date);
            };
            let Some(t) = trimmed(s) else {
                return Read::Empty;
            };
            match parse_date(&t) {
                Some(d) => Read::Ok(Value::Date(d), Json::String(t)),
                None => fail(Expected::Date),
            }
        }
        QuestionType::YesNo | QuestionType::SelectOne => {
            let Some(s) = raw.as_str() else {
                return fail(Expected::Choice);
            };
            let Some(t) = trimmed(s) else {
                return Read::Empty;
            };
            let known = if q.kind == QuestionType::YesNo {
                t == "yes" || t == "no"
            } else {
                form.choices_of(q).iter().any(|c| c.name == t)
            };
            if !known {
                problems.push(Problem::error(
                    id,
                    None,
                    Code::Choice,
                    Detail::Choice { value: t },
                ));
                return Read::Bad;
            }
            Read::Ok(Value::Text(t.clone()), Json::String(t))
        }
        QuestionType::SelectMultiple => {
            let Some(items) = raw.as_array() else {
                return fail(Expected::Choices);
            };
            let choices = form.choices_of(q);
            let mut picked = HashSet::new();
            for item in items {
                let Some(s) = item.as_str().map(str::trim) else {
                    return fail(Expected::Choices);
                };
                if !choices.iter().any(|c| c.name == s) {
                    problems.push(Problem::error(
                        id,
                        None,
                        Code::Choice,
                        Detail::Choice {
                            value: s.to_string(),
                        },
                    ));
                    return Read::Bad;
                }
                picked.insert(s);
            }
            // Kept in the list's order, once each, so equal selections compare equal.
            let out: Vec<String> = choices
                .iter()
                .filter(|c| picked.contains(c.name.as_str()))
                .map(|c| c.name.clone())
                .collect();
            if out.is_empty() {
                return Read::Empty;
            }
            let json = Json::Array(out.iter().cloned().map(Json::String).collect());
            Read::Ok(Value::List(out), json)
        }
        QuestionType::File if q.multiple => {
            let Some(items) = raw.as_array() else {
                return fail(Expected::Files);
            };
            let mut out = Vec::new();
            for item in items {
                match item.as_str() {
                    Some(s) if is_attachment_id(s) => out.push(s.to_string()),
                    _ => return fail(Expected::Files),
                }
            }
            if out.is_empty() {
                return Read::Empty;
            }
            let json = Json::Array(out.iter().cloned().map(Json::String).collect());
            Read::Ok(Value::List(out), json)
        }
        QuestionType::File => match raw.as_str() {
            Some(s) if s.trim().is_empty() => Read::Empty,
            Some(s) if is_attachment_id(s.trim()) => {
                let t = s.trim().to_string();
                Read::Ok(Value::Text(t.clone()), Json::String(t))
            }
            _ => fail(Expected::File),
        },
        QuestionType::Grid => match raw.as_object() {
            Some(o) if o.is_empty() => Read::Empty,
            // Cells are read once the rows are known (they may follow another answer).
            Some(_) => Read::Ok(Value::Null, raw.clone()),
            None => fail(Expected::Grid),
        },
        QuestionType::Note => Read::Empty,
    }
}

/// The grid's rows that may be answered now, in the list's order.
fn grid_rows(form: &Form, q: &Question, resolver: &Resolver) -> (Vec<String>, HashSet<String>) {
    if let Some(list) = &q.rows {
        let names: Vec<String> = form
            .choice_list(list)
            .unwrap_or(&[])
            .iter()
            .map(|c| c.name.clone())
            .collect();
        let all = names.iter().cloned().collect();
        return (names, all);
    }
    let Some(source) = q.rows_from.as_deref().and_then(|s| form.question(s)) else {
        return (Vec::new(), HashSet::new());
    };
    let all: HashSet<String> = form
        .choices_of(source)
        .iter()
        .map(|c| c.name.clone())
        .collect();
    let selected = match resolver.field(&source.id) {
        Value::List(items) => items,
        _ => Vec::new(),
    };
    (selected, all)
}

#[allow(clippy::too_many_arguments)]
fn check_grid(
    form: &Form,
    q: &Question,
    raw: Option<&Json>,
    required: bool,
    resolver: &Resolver,
    problems: &mut Vec<Problem>,
    dropped: &mut Vec<String>,
) -> Option<Json> {
    let (rows, universe) = grid_rows(form, q, resolver);
    let empty = Map::new();
    let given = raw.and_then(Json::as_object).unwrap_or(&empty);
    for key in given.keys() {
        if !universe.contains(key) {
            problems.push(Problem::error(
                &q.id,
                Some(format!("{}.{key}", q.id)),
                Code::Choice,
                Detail::Choice { value: key.clone() },
            ));
        } else if !rows.contains(key) {
            dropped.push(format!("{}.{key}", q.id));
        }
    }
    let answered = !given.is_empty();
    let mut out = Map::new();
    for row in &rows {
        let path = format!("{}.{row}", q.id);
        let cells = match given.get(row) {
            None | Some(Json::Null) => None,
            Some(Json::Object(o)) => Some(o),
            Some(_) => {
                problems.push(type_problem(&q.id, Some(path), Expected::GridRow));
                continue;
            }
        };
        let mut clean_row = Map::new();
        for key in cells.into_iter().flat_map(|o| o.keys()) {
            if !q.columns.iter().any(|c| &c.id == key) {
                problems.push(Problem::error(
                    &q.id,
                    Some(format!("{path}.{key}")),
                    Code::UnknownQuestion,
                    Detail::UnknownQuestion,
                ));
            }
        }
        for col in &q.columns {
            let cell_path = format!("{path}.{}", col.id);
            let raw_cell = cells.and_then(|o| o.get(&col.id)).unwrap_or(&Json::Null);
            match read_cell(form, &q.id, col, raw_cell, &cell_path, problems) {
                Some(v) => {
                    clean_row.insert(col.id.clone(), v);
                }
                None if col.required && (required || answered) && raw_cell.is_null() => {
                    problems.push(Problem::error(
                        &q.id,
                        Some(cell_path),
                        Code::Required,
                        Detail::Required,
                    ));
                }
                None => {}
            }
        }
        if !clean_row.is_empty() {
            out.insert(row.clone(), Json::Object(clean_row));
        }
    }
    if out.is_empty() {
        // A required grid with rows to fill needs something in it; cells already reported
        // as required say where.
        let cells_reported = problems
            .iter()
            .any(|p| p.question == q.id && p.code == Code::Required);
        if required && !rows.is_empty() && !cells_reported {
            problems.push(Problem::error(
                &q.id,
                None,
                Code::Required,
                Detail::Required,
            ));
        }
        return None;
    }
    Some(Json::Object(out))
}

/// Reads one grid cell; None when empty or wrong (the problem is recorded).
fn read_cell(
    form: &Form,
    question: &str,
    col: &Column,
    raw: &Json,
    path: &str,
    problems: &mut Vec<Problem>,
) -> Option<Json> {
    if raw.is_null() {
        return None;
    }
    let path = Some(path.to_string());
    match col.kind {
        ColumnType::Integer | ColumnType::Decimal => {
            let integer = col.kind == ColumnType::Integer;
            let Some(n) = read_number(raw, integer) else {
                let expected = if integer {
                    Expected::Integer
                } else {
                    Expected::Number
                };
                problems.push(type_problem(question, path, expected));
                return None;
            };
            bounds(question, path, n, col.min, col.max, false, false, problems);
            Some(number_json(n, integer))
        }
        ColumnType::Text => match raw.as_str() {
            Some(s) if !has_control(s.trim(), false) && s.chars().count() <= MAX_TEXT => {
                trimmed(s).map(Json::String)
            }
            _ => {
                problems.push(type_problem(question, path, Expected::Text));
                None
            }
        },
        ColumnType::YesNo | ColumnType::SelectOne => {
            let Some(s) = raw.as_str().and_then(trimmed) else {
                if !raw.is_string() {
                    problems.push(type_problem(question, path, Expected::Choice));
                }
                return None;
            };
            let known = if col.kind == ColumnType::YesNo {
                s == "yes" || s == "no"
            } else {
                col.choices
                    .as_deref()
                    .and_then(|l| form.choice_list(l))
                    .is_some_and(|l| l.iter().any(|c| c.name == s))
            };
            if !known {
                problems.push(Problem::error(
                    question,
                    path,
                    Code::Choice,
                    Detail::Choice { value: s },
                ));
                return None;
            }
            Some(Json::String(s))
        }
    }
}

/// Answers seen through relevance: a question that is not relevant reads as unanswered,
/// as in ODK. Relevance is resolved lazily and memoised; the checker guarantees no cycles,
/// and a cycle met anyway reads as not relevant rather than looping.
struct Resolver<'a> {
    form: &'a Form,
    values: &'a HashMap<String, Value>,
    today: NaiveDate,
    memo: RefCell<HashMap<String, Option<bool>>>,
}

impl Resolver<'_> {
    fn is_relevant(&self, id: &str) -> bool {
        if let Some(known) = self.memo.borrow().get(id) {
            return known.unwrap_or(false);
        }
        self.memo.borrow_mut().insert(id.to_string(), None);
        let env = self.with_current(id, Value::Null);
        let section_ok = self
            .form
            .section_of(id)
            .and_then(|s| self.form.section_relevance(s))
            .is_none_or(|e| expr::truthy(&expr::eval(e, &env)));
        let own_ok = section_ok
            && self
                .form
                .compiled(id)
                .and_then(|c| c.relevant.as_ref())
                .is_none_or(|e| expr::truthy(&expr::eval(e, &env)));
        // A grid whose rows follow a question is relevant only while that one is.
        let rows_ok = own_ok
            && self
                .form
                .question(id)
                .and_then(|q| q.rows_from.as_deref())
                .is_none_or(|src| self.is_relevant(src));
        self.memo.borrow_mut().insert(id.to_string(), Some(rows_ok));
        rows_ok
    }

    fn field(&self, id: &str) -> Value {
        if !self.is_relevant(id) {
            return Value::Null;
        }
        self.values.get(id).cloned().unwrap_or(Value::Null)
    }

    fn with_current<'b>(&'b self, question: &'b str, current: Value) -> ScopedEnv<'b> {
        ScopedEnv {
            resolver: self,
            question,
            current,
        }
    }
}

/// The environment of one question's expressions: its own value is `.`.
struct ScopedEnv<'a> {
    resolver: &'a Resolver<'a>,
    question: &'a str,
    current: Value,
}

impl Env for ScopedEnv<'_> {
    fn field(&self, id: &str) -> Value {
        self.resolver.field(id)
    }

    fn current(&self) -> Value {
        self.current.clone()
    }

    fn today(&self) -> NaiveDate {
        self.resolver.today
    }

    fn choice_property(&self, field: &str, choice: &str, prop: &str) -> Option<String> {
        let form = self.resolver.form;
        let id = if field == "." { self.question } else { field };
        let q = form.question(id)?;
        form.choices_of(q)
            .iter()
            .find(|c| c.name == choice)?
            .properties
            .get(prop)
            .cloned()
    }
}

/// A draft is saved whatever its state: the caller stores the answers exactly as typed,
/// with these problems beside them, so nothing a person typed is ever lost.
pub fn check_draft(form: &Form, answers: &Map<String, Json>, today: NaiveDate) -> Vec<Problem> {
    validate(form, answers, today).problems
}

/// What a submit freezes: the cleaned answers, and the answers dropped as not relevant.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Frozen {
    pub answers: Map<String, Json>,
    pub dropped: Vec<String>,
    /// Warnings travel with the revision; they never block it.
    pub warnings: Vec<Problem>,
}

/// A submit needs a complete, valid document; otherwise every error comes back at once.
pub fn check_submit(
    form: &Form,
    answers: &Map<String, Json>,
    today: NaiveDate,
) -> Result<Frozen, Vec<Problem>> {
    let report = validate(form, answers, today);
    if !report.is_valid() {
        return Err(report
            .problems
            .into_iter()
            .filter(Problem::is_error)
            .collect());
    }
    Ok(Frozen {
        answers: report.answers,
        dropped: report.dropped,
        warnings: report.problems,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::questionnaire::check::compile;
    use serde_json::json;

    const FORM: &str = r#"
id = "t"
version = "1"
title = { en = "T" }
[[sections]]
id = "S"
title = { en = "S" }
[[sections.questions]]
id = "Q1"
type = "yes_no"
required = true
label = { en = "Q1" }
[[sections.questions]]
id = "Q2"
type = "integer"
required = true
relevant = "${Q1} = 'yes'"
min = 1
label = { en = "Q2" }
[[sections.questions.warnings]]
rule = ". < 100"
message = { en = "Large" }
"#;

    fn form() -> Form {
        let (form, diags) = compile("t.toml", FORM);
        form.unwrap_or_else(|| panic!("{diags:?}"))
    }

    fn doc(v: serde_json::Value) -> Map<String, Json> {
        v.as_object().cloned().unwrap_or_default()
    }

    fn today() -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 1, 1).unwrap_or_default()
    }

    #[test]
    fn a_draft_keeps_its_problems_and_a_submit_refuses_them_all() {
        let f = form();
        let d = doc(json!({"Q1": "yes", "Q2": 0, "Q9": "x"}));
        let problems = check_draft(&f, &d, today());
        let codes: Vec<_> = problems
            .iter()
            .map(|p| (p.question.as_str(), p.code))
            .collect();
        assert_eq!(codes, [("Q2", Code::Min), ("Q9", Code::UnknownQuestion)]);
        let err = check_submit(&f, &d, today()).expect_err("invalid");
        assert_eq!(err.len(), 2);
    }

    #[test]
    fn a_submit_freezes_clean_answers_drops_what_is_not_relevant_and_keeps_warnings() {
        let f = form();
        let frozen =
            check_submit(&f, &doc(json!({"Q1": " no ", "Q2": 5})), today()).expect("valid");
        assert_eq!(frozen.answers, doc(json!({"Q1": "no"})));
        assert_eq!(frozen.dropped, ["Q2"]);
        let frozen = check_submit(&f, &doc(json!({"Q1": "yes", "Q2": 500})), today())
            .expect("a warning never blocks");
        assert_eq!(frozen.warnings.len(), 1);
        assert_eq!(frozen.warnings[0].code, Code::Warning);
        assert_eq!(frozen.warnings[0].severity, Severity::Warning);
    }
}

#[cfg(test)]
mod grid_tests {
    use super::*;
    use crate::questionnaire::check::compile;
    use serde_json::json;

    const FORM: &str = r#"
id = "g"
version = "1"
title = { en = "G" }
[[choices.kinds]]
name = "a"
label = { en = "A" }
[[choices.kinds]]
name = "b"
label = { en = "B" }
[[sections]]
id = "S"
title = { en = "S" }
[[sections.questions]]
id = "M"
type = "select_multiple"
choices = "kinds"
label = { en = "M" }
[[sections.questions]]
id = "G"
type = "grid"
rows_from = "M"
required = true
relevant = "count-selected(${M}) > 0"
label = { en = "G" }
[[sections.questions.columns]]
id = "note"
type = "text"
label = { en = "Note" }
"#;

    fn run(doc: serde_json::Value) -> Report {
        let (form, diags) = compile("g.toml", FORM);
        let form = form.unwrap_or_else(|| panic!("{diags:?}"));
        let today = NaiveDate::from_ymd_opt(2026, 1, 1).unwrap_or_default();
        validate(&form, doc.as_object().unwrap_or(&Map::new()), today)
    }

    #[test]
    fn a_required_grid_with_optional_columns_needs_an_answer() {
        let r = run(json!({"M": ["a"]}));
        let got: Vec<_> = r
            .problems
            .iter()
            .map(|p| (p.question.as_str(), p.code))
            .collect();
        assert_eq!(got, [("G", Code::Required)]);
        assert!(run(json!({"M": ["a"], "G": {"a": {"note": "x"}}})).is_valid());
        // No row to fill: the grid is not relevant, nothing is asked.
        assert!(run(json!({})).is_valid());
    }

    #[test]
    fn a_grid_takes_no_rules_and_cannot_be_referenced() {
        let with_rule = FORM.to_string()
            + "[[sections.questions.constraints]]\nrule = \"true()\"\nmessage = { en = \"x\" }\n";
        let (form, diags) = compile("g.toml", &with_rule);
        assert!(form.is_none());
        assert!(
            diags
                .iter()
                .any(|d| d.message.contains("grid takes no constraints")),
            "{diags:?}"
        );
        let referencing = FORM.replace(
            "relevant = \"count-selected(${M}) > 0\"",
            "relevant = \"${G} != ''\"",
        );
        let (form, diags) = compile("g.toml", &referencing);
        assert!(form.is_none(), "{diags:?}");
    }
}
