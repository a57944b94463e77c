//! The checker: turns a form file's text into a [`Form`], or says precisely what is wrong,
//! naming the file and the question. The server refuses to start on any error.

use super::definition::{Choice, ColumnType, FormFile, Question, QuestionType, Required, Text};
use super::expr::{self, Expr, Type};
use super::form::{CompiledQuestion, Form, Position};
use crate::domain::member_states::MEMBER_STATES;
use regex::Regex;
use serde::Serialize;
use sha2::{Digest, Sha256};
use std::collections::{BTreeMap, HashMap, HashSet};
use std::fmt;

/// The name of the built-in choice list of member states (alpha-3 names, `alpha2` property).
pub const MEMBER_STATES_LIST: &str = "member_states";

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, serde::Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    Error,
    Warning,
}

/// One finding of the checker.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Diagnostic {
    pub file: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub question: Option<String>,
    pub severity: Severity,
    pub message: String,
}

impl fmt::Display for Diagnostic {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let level = match self.severity {
            Severity::Error => "error",
            Severity::Warning => "warning",
        };
        match &self.question {
            Some(q) => write!(f, "{}: {level}: question {q}: {}", self.file, self.message),
            None => write!(f, "{}: {level}: {}", self.file, self.message),
        }
    }
}

/// Whether any diagnostic is an error.
pub fn has_errors(diags: &[Diagnostic]) -> bool {
    diags.iter().any(|d| d.severity == Severity::Error)
}

struct Checker<'a> {
    file: &'a str,
    diags: Vec<Diagnostic>,
}

impl Checker<'_> {
    fn push(&mut self, question: Option<&str>, severity: Severity, message: String) {
        self.diags.push(Diagnostic {
            file: self.file.to_string(),
            question: question.map(str::to_string),
            severity,
            message,
        });
    }

    fn error(&mut self, question: Option<&str>, message: impl Into<String>) {
        self.push(question, Severity::Error, message.into());
    }

    fn translations(&mut self, question: Option<&str>, what: &str, text: &Text) {
        let missing = text.missing_languages();
        if missing.contains(&"en") {
            self.error(question, format!("{what} has no English text"));
        } else if !missing.is_empty() {
            self.push(
                question,
                Severity::Warning,
                format!(
                    "{what} is missing the translation(s): {}",
                    missing.join(", ")
                ),
            );
        }
    }
}

/// The schema seen by expressions: every answerable question's value type.
struct FormSchema<'a> {
    types: &'a HashMap<String, Type>,
    current: Option<Type>,
    choice_props: &'a HashMap<String, HashSet<String>>,
}

impl expr::Schema for FormSchema<'_> {
    fn field_type(&self, id: &str) -> Option<Type> {
        self.types.get(id).copied()
    }
    fn current_type(&self) -> Option<Type> {
        self.current
    }
    fn has_choice_property(&self, field: &str, prop: &str) -> bool {
        self.choice_props
            .get(field)
            .is_some_and(|props| props.contains(prop))
    }
}

/// The type an answer to this question has inside expressions.
pub fn value_type(kind: QuestionType, multiple: bool) -> Option<Type> {
    Some(match kind {
        QuestionType::Text
        | QuestionType::LongText
        | QuestionType::Email
        | QuestionType::Url
        | QuestionType::YesNo
        | QuestionType::SelectOne => Type::Text,
        QuestionType::File if multiple => Type::List,
        QuestionType::File => Type::Text,
        QuestionType::Integer | QuestionType::Decimal => Type::Number,
        QuestionType::Date => Type::Date,
        QuestionType::SelectMultiple | QuestionType::TextList => Type::List,
        // A grid is read cell by cell, never as one value in an expression.
        QuestionType::Grid | QuestionType::Note => return None,
    })
}

fn builtin_member_states() -> Vec<Choice> {
    MEMBER_STATES
        .iter()
        .map(|s| Choice {
            name: s.code.to_string(),
            label: Text(
                [("en", s.en), ("es", s.es), ("fr", s.fr), ("pt", s.pt)]
                    .into_iter()
                    .map(|(l, n)| (l.to_string(), n.to_string()))
                    .collect(),
            ),
            properties: BTreeMap::from([("alpha2".to_string(), s.alpha2.to_string())]),
        })
        .collect()
}

/// Checks and compiles one form file. Returns the form when there is no error, and every
/// diagnostic (errors and warnings) either way.
pub fn compile(file: &str, source: &str) -> (Option<Form>, Vec<Diagnostic>) {
    let mut c = Checker {
        file,
        diags: Vec::new(),
    };
    let mut def: FormFile = match toml::from_str(source) {
        Ok(d) => d,
        Err(e) => {
            let at = e.span().map(|s| {
                let before = source.get(..s.start).unwrap_or("");
                let line = before.matches('\n').count() + 1;
                let column = before.rsplit('\n').next().map_or(0, |l| l.chars().count()) + 1;
                format!("line {line}, column {column}: ")
            });
            c.error(
                None,
                format!(
                    "not a valid form file: {}{}",
                    at.unwrap_or_default(),
                    e.message().trim()
                ),
            );
            return (None, c.diags);
        }
    };
    if !def.choices.contains_key(MEMBER_STATES_LIST) {
        def.choices
            .insert(MEMBER_STATES_LIST.to_string(), builtin_member_states());
    }

    check_header(&mut c, &def);
    check_choice_lists(&mut c, &def);
    let index = build_index(&mut c, &def);
    let types: HashMap<String, Type> = def
        .sections
        .iter()
        .flat_map(|s| &s.questions)
        .filter_map(|q| value_type(q.kind, q.multiple).map(|t| (q.id.clone(), t)))
        .collect();
    let choice_props: HashMap<String, HashSet<String>> = def
        .sections
        .iter()
        .flat_map(|s| &s.questions)
        .filter_map(|q| {
            let list = def.choices.get(q.choices.as_deref()?)?;
            let props = list
                .iter()
                .flat_map(|ch| ch.properties.keys().cloned())
                .collect();
            Some((q.id.clone(), props))
        })
        .collect();

    let mut compiled = HashMap::new();
    let mut section_relevant = Vec::new();
    let mut relevance_deps: HashMap<String, Vec<String>> = HashMap::new();
    for section in &def.sections {
        c.translations(
            None,
            &format!("section {} title", section.id),
            &section.title,
        );
        if let Some(d) = &section.description {
            c.translations(None, &format!("section {} description", section.id), d);
        }
        if section.weight < 0.0 || !section.weight.is_finite() {
            c.error(
                None,
                format!("section {}: weight must be 0 or more", section.id),
            );
        }
        let schema = FormSchema {
            types: &types,
            current: None,
            choice_props: &choice_props,
        };
        let sec_rel = section.relevant.as_deref().and_then(|src| {
            compile_expr(
                &mut c,
                None,
                &format!("section {} relevant", section.id),
                src,
                &schema,
                true,
            )
        });
        let sec_refs: Vec<String> = sec_rel
            .as_ref()
            .map(|e| e.references().into_iter().map(|(r, _)| r).collect())
            .unwrap_or_default();
        for q in &section.questions {
            let cq = check_question(&mut c, &def, q, &types, &choice_props);
            let mut deps = sec_refs.clone();
            if let Some(rel) = &cq.relevant {
                deps.extend(rel.references().into_iter().map(|(r, _)| r));
            }
            if let Some(src) = &q.rows_from {
                deps.push(src.clone());
            }
            relevance_deps.insert(q.id.clone(), deps);
            compiled.insert(q.id.clone(), cq);
        }
        section_relevant.push(sec_rel);
    }
    check_relevance_cycles(&mut c, &def, &relevance_deps);

    if has_errors(&c.diags) {
        return (None, c.diags);
    }
    // The hash covers what defines the version (built-in lists included), not comments
    // or layout, so re-formatting a file in use is not a change.
    let canonical = serde_json::to_vec(&def).unwrap_or_else(|_| source.as_bytes().to_vec());
    let hash = hex::encode(Sha256::digest(&canonical));
    let form = Form {
        definition: def,
        hash,
        source: file.to_string(),
        index,
        compiled,
        section_relevant,
    };
    (Some(form), c.diags)
}

fn check_header(c: &mut Checker, def: &FormFile) {
    let id_ok = Regex::new(r"^[a-z0-9][a-z0-9_-]*$").map(|r| r.is_match(&def.id));
    if !matches!(id_ok, Ok(true)) {
        c.error(
            None,
            format!(
                "form id {:?} must be lower-case letters, digits, '-' or '_'",
                def.id
            ),
        );
    }
    let version_ok = Regex::new(r"^[0-9]+(\.[0-9]+)*$").map(|r| r.is_match(&def.version));
    if !matches!(version_ok, Ok(true)) {
        c.error(
            None,
            format!(
                "version {:?} must be numbers separated by dots, e.g. 2026.1",
                def.version
            ),
        );
    }
    c.translations(None, "form title", &def.title);
    if let Some(d) = &def.description {
        c.translations(None, "form description", d);
    }
    if def.sections.is_empty() {
        c.error(None, "the form has no section");
    }
    let mut seen = HashSet::new();
    for s in &def.sections {
        if !seen.insert(s.id.as_str()) {
            c.error(None, format!("duplicate section id {}", s.id));
        }
    }
}

fn check_choice_lists(c: &mut Checker, def: &FormFile) {
    for (name, list) in &def.choices {
        if list.is_empty() {
            c.error(None, format!("choice list {name} is empty"));
        }
        let mut seen = HashSet::new();
        for ch in list {
            if !seen.insert(ch.name.as_str()) {
                c.error(
                    None,
                    format!("choice list {name}: duplicate choice {}", ch.name),
                );
            }
            if ch.name.trim().is_empty() {
                c.error(
                    None,
                    format!("choice list {name}: a choice has an empty name"),
                );
            }
            if name != MEMBER_STATES_LIST {
                c.translations(
                    None,
                    &format!("choice list {name}: choice {} label", ch.name),
                    &ch.label,
                );
            }
        }
    }
}

fn build_index(c: &mut Checker, def: &FormFile) -> HashMap<String, Position> {
    let id_re = Regex::new(r"^[A-Za-z_][A-Za-z0-9_]*$").ok();
    let mut index = HashMap::new();
    for (si, s) in def.sections.iter().enumerate() {
        for (qi, q) in s.questions.iter().enumerate() {
            if !id_re.as_ref().is_some_and(|r| r.is_match(&q.id)) {
                c.error(
                    Some(&q.id),
                    "a question id must start with a letter and hold only letters, digits and '_'",
                );
            }
            let pos = Position {
                section: si,
                question: qi,
            };
            if index.insert(q.id.clone(), pos).is_some() {
                c.error(Some(&q.id), format!("duplicate question id {}", q.id));
            }
        }
    }
    index
}

/// Parses and type-checks one expression; reports errors located in `what`.
fn compile_expr(
    c: &mut Checker,
    question: Option<&str>,
    what: &str,
    src: &str,
    schema: &FormSchema,
    want_bool: bool,
) -> Option<Expr> {
    let e = match expr::parse(src) {
        Ok(e) => e,
        Err(err) => {
            c.error(question, format!("{what} `{src}`: {err}"));
            return None;
        }
    };
    match expr::check(&e, schema) {
        Ok(t) => {
            if want_bool && !matches!(t, Type::Bool | Type::Any) {
                c.error(
                    question,
                    format!("{what} `{src}`: must be a condition (true or false), not {t:?}"),
                );
                return None;
            }
            Some(e)
        }
        Err(errs) => {
            for err in errs {
                c.error(question, format!("{what} `{src}`: {err}"));
            }
            None
        }
    }
}

fn check_question(
    c: &mut Checker,
    def: &FormFile,
    q: &Question,
    types: &HashMap<String, Type>,
    choice_props: &HashMap<String, HashSet<String>>,
) -> CompiledQuestion {
    let id = Some(q.id.as_str());
    c.translations(id, "label", &q.label);
    if let Some(h) = &q.hint {
        c.translations(id, "hint", h);
    }
    let kind = q.kind;
    // Choice lists
    match (&q.choices, kind.has_choices()) {
        (None, true) => c.error(id, format!("a {} question needs `choices`", kind.as_str())),
        (Some(list), true) if !def.choices.contains_key(list) => {
            c.error(id, format!("unknown choice list {list}"))
        }
        (Some(_), false) => c.error(
            id,
            format!("a {} question takes no `choices`", kind.as_str()),
        ),
        _ => {}
    }
    // Grid rows and columns
    if kind == QuestionType::Grid {
        check_grid(c, def, q);
        if !q.constraints.is_empty() || !q.warnings.is_empty() {
            c.error(
                id,
                "a grid takes no constraints or warnings: give its columns min and max",
            );
        }
    } else if q.rows_from.is_some() || q.rows.is_some() || !q.columns.is_empty() {
        c.error(id, "only a grid takes `rows`, `rows_from` or `columns`");
    }
    if (q.min.is_some() || q.max.is_some()) && !kind.is_numeric() {
        c.error(
            id,
            "min and max apply to integer and decimal questions; use a constraint",
        );
    }
    if let (Some(lo), Some(hi)) = (q.min, q.max) {
        if lo > hi {
            c.error(id, format!("min {lo} is greater than max {hi}"));
        }
    }
    if q.multiple && kind != QuestionType::File {
        c.error(id, "only a file question takes `multiple`");
    }
    const KINDS: [&str; 6] = ["pdf", "docx", "xlsx", "odt", "png", "jpeg"];
    for a in &q.accept {
        if !KINDS.contains(&a.as_str()) {
            c.error(
                id,
                format!(
                    "unknown file kind {a:?} in accept (one of {})",
                    KINDS.join(", ")
                ),
            );
        }
    }
    if !q.accept.is_empty() && kind != QuestionType::File {
        c.error(id, "only a file question takes `accept`");
    }
    let pattern = q.pattern.as_deref().and_then(|p| {
        if !matches!(kind, QuestionType::Text | QuestionType::TextList) {
            c.error(id, "a pattern applies to text and text_list questions");
        }
        match Regex::new(p) {
            Ok(r) => Some(r),
            Err(e) => {
                c.error(
                    id,
                    format!("pattern {p:?} is not a valid regular expression: {e}"),
                );
                None
            }
        }
    });
    if let Some(m) = &q.pattern_message {
        c.translations(id, "pattern message", m);
    }
    let note_with_rules =
        q.required != Required::Always(false) || !q.constraints.is_empty() || q.score.is_some();
    if kind == QuestionType::Note && note_with_rules {
        c.error(
            id,
            "a note is display-only: no required, constraint or score",
        );
    }
    check_score(c, def, q);

    let plain = FormSchema {
        types,
        current: None,
        choice_props,
    };
    let own = FormSchema {
        types,
        current: value_type(kind, q.multiple),
        choice_props,
    };
    let relevant = q
        .relevant
        .as_deref()
        .and_then(|src| compile_expr(c, id, "relevant", src, &plain, true));
    let required = match &q.required {
        Required::When(src) => compile_expr(c, id, "required", src, &plain, true),
        Required::Always(_) => None,
    };
    let mut constraints = Vec::new();
    for (i, chk) in q.constraints.iter().enumerate() {
        let what = format!("constraint {}", i + 1);
        c.translations(id, &format!("{what} message"), &chk.message);
        if let Some(e) = compile_expr(c, id, &what, &chk.rule, &own, true) {
            constraints.push(e);
        }
    }
    let mut warnings = Vec::new();
    for (i, chk) in q.warnings.iter().enumerate() {
        let what = format!("warning {}", i + 1);
        c.translations(id, &format!("{what} message"), &chk.message);
        if let Some(e) = compile_expr(c, id, &what, &chk.rule, &own, true) {
            warnings.push(e);
        }
    }
    CompiledQuestion {
        relevant,
        required,
        constraints,
        warnings,
        pattern,
    }
}

fn check_grid(c: &mut Checker, def: &FormFile, q: &Question) {
    let id = Some(q.id.as_str());
    match (&q.rows_from, &q.rows) {
        (Some(_), Some(_)) => c.error(id, "a grid takes either `rows` or `rows_from`, not both"),
        (None, None) => c.error(
            id,
            "a grid needs `rows` (a choice list) or `rows_from` (a question)",
        ),
        (Some(src), None) => {
            let source = def
                .sections
                .iter()
                .flat_map(|s| &s.questions)
                .find(|x| &x.id == src);
            match source {
                None => c.error(id, format!("rows_from refers to unknown question {src}")),
                Some(s) if s.kind != QuestionType::SelectMultiple => c.error(
                    id,
                    format!(
                        "rows_from must name a select_multiple question; {src} is {}",
                        s.kind.as_str()
                    ),
                ),
                Some(_) => {}
            }
        }
        (None, Some(list)) => {
            if !def.choices.contains_key(list) {
                c.error(id, format!("unknown choice list {list} in rows"));
            }
        }
    }
    if q.columns.is_empty() {
        c.error(id, "a grid needs at least one column");
    }
    let mut seen = HashSet::new();
    for col in &q.columns {
        if !seen.insert(col.id.as_str()) {
            c.error(id, format!("duplicate column {}", col.id));
        }
        c.translations(id, &format!("column {} label", col.id), &col.label);
        let needs_choices = col.kind == ColumnType::SelectOne;
        match (&col.choices, needs_choices) {
            (None, true) => c.error(id, format!("column {} needs `choices`", col.id)),
            (Some(l), true) if !def.choices.contains_key(l) => {
                c.error(id, format!("column {}: unknown choice list {l}", col.id))
            }
            (Some(_), false) => c.error(id, format!("column {} takes no `choices`", col.id)),
            _ => {}
        }
        let numeric = matches!(col.kind, ColumnType::Integer | ColumnType::Decimal);
        if (col.min.is_some() || col.max.is_some()) && !numeric {
            c.error(
                id,
                format!("column {}: min and max apply to numbers", col.id),
            );
        }
    }
}

fn check_score(c: &mut Checker, def: &FormFile, q: &Question) {
    let Some(score) = &q.score else { return };
    let id = Some(q.id.as_str());
    let ways = [
        score.levels.is_some(),
        score.by_count.is_some(),
        score.bands.is_some(),
    ]
    .iter()
    .filter(|b| **b)
    .count();
    if ways != 1 {
        c.error(
            id,
            "a score takes exactly one of `levels`, `by_count` or `bands`",
        );
        return;
    }
    let level_ok = |l: u8| (1..=5).contains(&l);
    if score.weight < 0.0 || !score.weight.is_finite() {
        c.error(id, "a score weight must be 0 or more");
    }
    if let Some(levels) = &score.levels {
        let names: HashSet<&str> = match q.kind {
            QuestionType::YesNo => ["yes", "no"].into_iter().collect(),
            QuestionType::SelectOne => q
                .choices
                .as_deref()
                .and_then(|n| def.choices.get(n))
                .map(|l| l.iter().map(|ch| ch.name.as_str()).collect())
                .unwrap_or_default(),
            _ => {
                c.error(id, "`levels` scores a yes_no or select_one question");
                return;
            }
        };
        for (name, level) in levels {
            if !names.contains(name.as_str()) {
                c.error(id, format!("score level for unknown choice {name}"));
            }
            if !level_ok(*level) {
                c.error(
                    id,
                    format!("score level {level} for {name} is not between 1 and 5"),
                );
            }
        }
    }
    if let Some(by_count) = &score.by_count {
        if q.kind != QuestionType::SelectMultiple {
            c.error(id, "`by_count` scores a select_multiple question");
        }
        if by_count.is_empty() || !by_count.iter().all(|l| level_ok(*l)) {
            c.error(id, "`by_count` needs levels between 1 and 5");
        }
    }
    if let Some(bands) = &score.bands {
        if !q.kind.is_numeric() {
            c.error(id, "`bands` scores an integer or decimal question");
        }
        if bands.is_empty() || !bands.iter().all(|(_, l)| level_ok(*l)) {
            c.error(id, "`bands` needs levels between 1 and 5");
        }
        if bands.windows(2).any(|w| w[0].0 >= w[1].0) {
            c.error(
                id,
                "`bands` must be in increasing order of their lower bound",
            );
        }
    }
}

/// A question's relevance may depend on others, never on itself through a chain.
fn check_relevance_cycles(c: &mut Checker, def: &FormFile, deps: &HashMap<String, Vec<String>>) {
    #[derive(Clone, Copy, PartialEq)]
    enum Mark {
        Visiting,
        Done,
    }
    fn visit(
        id: &str,
        deps: &HashMap<String, Vec<String>>,
        marks: &mut HashMap<String, Mark>,
        path: &mut Vec<String>,
    ) -> Option<Vec<String>> {
        match marks.get(id) {
            Some(Mark::Done) => return None,
            Some(Mark::Visiting) => {
                let start = path.iter().position(|p| p == id).unwrap_or(0);
                let mut cycle = path
                    .get(start..)
                    .map(<[String]>::to_vec)
                    .unwrap_or_default();
                cycle.push(id.to_string());
                return Some(cycle);
            }
            None => {}
        }
        marks.insert(id.to_string(), Mark::Visiting);
        path.push(id.to_string());
        for d in deps.get(id).map(Vec::as_slice).unwrap_or(&[]) {
            if let Some(cycle) = visit(d, deps, marks, path) {
                return Some(cycle);
            }
        }
        path.pop();
        marks.insert(id.to_string(), Mark::Done);
        None
    }
    let mut marks = HashMap::new();
    for q in def.sections.iter().flat_map(|s| &s.questions) {
        let mut path = Vec::new();
        if let Some(cycle) = visit(&q.id, deps, &mut marks, &mut path) {
            let first = cycle.first().cloned().unwrap_or_default();
            c.error(
                Some(&first),
                format!("relevance cycle: {}", cycle.join(" → ")),
            );
            return;
        }
    }
}
