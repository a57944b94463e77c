//! The focal point's reporting pages: their home (ports × open cycles), the questionnaire
//! one section at a time (saved with the Save button, no JavaScript needed), and the
//! review before submitting. The server decides what is valid and relevant.

use super::auth::Page;
use super::{failure, App, Ctx};
use crate::i18n::{I18n, Lang};
use crate::questionnaire::definition::{ColumnType, Question, QuestionType, Section};
use crate::questionnaire::validate::{self, Problem};
use crate::services::attachments::{self, Upload};
use crate::services::reviews::{self, CommentView};
use crate::services::submissions::{self, Loaded};
use crate::services::ServiceError;
use crate::store::entities::attachment::Model as Attachment;
use crate::web::error::render_problems;
use crate::web::guards::{ClientAddr, CsrfFields, PageActor};
use chrono::Utc;
use rocket::http::Status;
use rocket::response::Redirect;
use rocket_dyn_templates::Template;
use serde_json::{json, Map, Value};
use uuid::Uuid;

pub(super) fn error_page(state: App<'_>, ctx: &Ctx, e: ServiceError) -> Page {
    let (status, message) = failure(&state.i18n, ctx.lang(), e);
    let layout = ctx.layout(&state.i18n, "error-page-title");
    Page::Html((
        status,
        Template::render(
            "error",
            json!({"layout": layout, "status": status.code, "message": message}),
        ),
    ))
}

/// `/reports`: the focal point's ports in every open cycle.
#[rocket::get("/reports")]
pub async fn home(state: App<'_>, ctx: Ctx, who: PageActor) -> Page {
    match submissions::home(&state.db, &state.forms, &who.0).await {
        Ok(mut cycles) => {
            for c in &mut cycles {
                c.cycle.title = c.cycle.title_in(ctx.lang().code()).to_string();
            }
            let layout = ctx.layout(&state.i18n, "reports-title");
            Page::Html((
                Status::Ok,
                Template::render(
                    "reporting/home",
                    json!({"layout": layout, "cycles": cycles}),
                ),
            ))
        }
        Err(e) => error_page(state, &ctx, e),
    }
}

/// Starts the submission of a port (a form button on the home page).
#[rocket::post("/reports/<cycle>/start", data = "<form>")]
pub async fn start(
    state: App<'_>,
    ctx: Ctx,
    who: PageActor,
    addr: ClientAddr,
    cycle: Uuid,
    form: CsrfFields,
) -> Page {
    let port = form.get("port").unwrap_or_default();
    match submissions::start(
        &state.db,
        &state.forms,
        &who.0,
        cycle,
        port,
        addr.as_deref(),
    )
    .await
    {
        Ok(l) => Page::Go(Redirect::to(format!("/submissions/{}", l.row.id))),
        Err(e) => error_page(state, &ctx, e),
    }
}

/// A submission: its first section while editable, else the read-only review.
#[rocket::get("/submissions/<id>")]
pub async fn open(state: App<'_>, ctx: Ctx, who: PageActor, id: Uuid) -> Page {
    match submissions::get(&state.db, &state.forms, &who.0, id).await {
        Ok(l) => {
            if !editable_by(&l, &who) {
                return Page::Go(Redirect::to(format!("/submissions/{id}/review")));
            }
            // Back where the work is: the first section that applies and is not yet saved
            // or still has something to fix; the review once none is left.
            let answers = l.row.answers.as_object().cloned().unwrap_or_default();
            let report = validate::validate(&l.form, &answers, Utc::now().date_naive());
            let checked = submissions::sections_checked(&l.row, &l.form);
            let pending = l.form.sections().iter().find(|s| {
                report.applies(s)
                    && (!checked.contains(&s.id)
                        || report.problems.iter().any(|p| {
                            p.is_error() && s.questions.iter().any(|q| q.id == p.question)
                        }))
            });
            match pending {
                Some(s) => Page::Go(Redirect::to(format!("/submissions/{id}/sections/{}", s.id))),
                None => Page::Go(Redirect::to(format!("/submissions/{id}/review"))),
            }
        }
        Err(e) => error_page(state, &ctx, e),
    }
}

fn problems_by_question(i18n: &I18n, lang: Lang, problems: &[Problem]) -> Map<String, Value> {
    let mut out = Map::new();
    for p in render_problems(i18n, lang, problems) {
        // A grid's cell has a field of its own; a list's item is a line of its question's.
        let (key, message) = match p.path.as_deref().map(|x| x.split('.').collect::<Vec<_>>()) {
            Some(parts) if parts.len() == 3 => (p.path.clone().unwrap_or_default(), p.message),
            Some(parts) if parts.len() == 2 => (
                p.question.clone(),
                format!(
                    "{}{} {}",
                    line_of(i18n, lang, parts[1]),
                    i18n.t(lang, "colon"),
                    p.message
                ),
            ),
            _ => (p.question.clone(), p.message),
        };
        let list = out.entry(key).or_insert_with(|| Value::Array(Vec::new()));
        if let Value::Array(items) = list {
            items.push(json!({"message": message, "severity": p.severity, "question": p.question}));
        }
    }
    out
}

/// "Line 2" for the item at index 1 of a list answer: people count from one.
fn line_of(i18n: &I18n, lang: Lang, index: &str) -> String {
    let n = index.parse::<usize>().map_or(0, |i| i + 1);
    i18n.t_args(lang, "section-line", &[("line", n.to_string())])
}

/// How the summary names a problem's place, and where it links: a grid cell by its row's
/// and column's labels, a list's item by its line.
fn place_of(
    i18n: &I18n,
    lang: Lang,
    l: &Loaded,
    answers: &Map<String, Value>,
    question: &str,
    path: Option<&str>,
) -> (String, String) {
    let code = lang.code();
    let parts: Vec<&str> = path.map(|p| p.split('.').collect()).unwrap_or_default();
    match (l.form.question(question), parts.as_slice()) {
        (Some(q), [_, row, col]) if q.kind == QuestionType::Grid => {
            let row_label = grid_rows(l, q, answers, code)
                .into_iter()
                .find(|(name, _)| name == row)
                .map_or_else(|| (*row).to_string(), |(_, label)| label);
            let col_label = q
                .columns
                .iter()
                .find(|c| c.id == *col)
                .map_or(*col, |c| c.label.get(code));
            (
                format!("{question} · {row_label} · {col_label}"),
                format!("f-{question}-{row}-{col}"),
            )
        }
        (_, [_, index]) => (
            format!("{question} · {}", line_of(i18n, lang, index)),
            format!("f-{question}"),
        ),
        _ => (question.to_string(), format!("f-{question}")),
    }
}

fn as_text(v: Option<&Value>) -> String {
    match v {
        None | Some(Value::Null) => String::new(),
        Some(Value::String(s)) => s.clone(),
        // 48, not "48.0": a whole number reads as it was typed.
        Some(Value::Number(n))
            if n.as_f64()
                .is_some_and(|f| f.fract() == 0.0 && f.abs() < 9.0e15) =>
        {
            format!("{}", n.as_f64().unwrap_or_default() as i64)
        }
        Some(other) => other.to_string(),
    }
}

fn choices(i18n: &I18n, lang: Lang, l: &Loaded, q: &Question) -> Vec<(String, String)> {
    if q.kind == QuestionType::YesNo {
        return vec![
            ("yes".into(), i18n.t(lang, "choice-yes")),
            ("no".into(), i18n.t(lang, "choice-no")),
        ];
    }
    l.form
        .choices_of(q)
        .iter()
        .map(|c| (c.name.clone(), c.label.get(lang.code()).to_string()))
        .collect()
}

/// A grid's rows in the questionnaire's order, with their labels: a fixed list, or the
/// choices picked in the question it follows.
fn grid_rows(
    l: &Loaded,
    q: &Question,
    answers: &Map<String, Value>,
    code: &str,
) -> Vec<(String, String)> {
    match (&q.rows, &q.rows_from) {
        (Some(list), _) => l
            .form
            .choice_list(list)
            .unwrap_or(&[])
            .iter()
            .map(|c| (c.name.clone(), c.label.get(code).to_string()))
            .collect(),
        (None, Some(src)) => {
            let picked: Vec<String> = match answers.get(src) {
                Some(Value::Array(items)) => items.iter().map(|v| as_text(Some(v))).collect(),
                _ => Vec::new(),
            };
            l.form
                .question(src)
                .map(|s| l.form.choices_of(s))
                .unwrap_or(&[])
                .iter()
                .filter(|c| picked.contains(&c.name))
                .map(|c| (c.name.clone(), c.label.get(code).to_string()))
                .collect()
        }
        _ => Vec::new(),
    }
}

/// What the template needs of one question: labels, the value as typed, its problems.
fn question_view(
    i18n: &I18n,
    lang: Lang,
    l: &Loaded,
    q: &Question,
    answers: &Map<String, Value>,
    relevant: bool,
    files: &[Attachment],
) -> Value {
    let code = lang.code();
    let value = answers.get(&q.id);
    let selected: Vec<String> = match value {
        Some(Value::Array(items)) => items.iter().map(|v| as_text(Some(v))).collect(),
        Some(v) => vec![as_text(Some(v))],
        None => Vec::new(),
    };
    let options: Vec<Value> = choices(i18n, lang, l, q)
        .into_iter()
        .map(|(name, label)| json!({"name": name, "label": label, "checked": selected.contains(&name)}))
        .collect();
    let rows: Vec<Value> = if q.kind == QuestionType::Grid {
        let names = grid_rows(l, q, answers, code);
        names
            .into_iter()
            .map(|(row, label)| {
                let cells: Vec<Value> = q
                    .columns
                    .iter()
                    .map(|c| {
                        let v = value.and_then(|g| g.get(&row)).and_then(|r| r.get(&c.id));
                        json!({
                            "name": format!("g.{}.{}.{}", q.id, row, c.id),
                            "id": format!("f-{}-{}-{}", q.id, row, c.id),
                            "path": format!("{}.{}.{}", q.id, row, c.id),
                            "label": c.label.get(code),
                            "value": as_text(v),
                            "numeric": matches!(c.kind, ColumnType::Integer | ColumnType::Decimal),
                            "min": c.min, "max": c.max,
                        })
                    })
                    .collect();
                json!({"name": row, "label": label, "cells": cells})
            })
            .collect()
    } else {
        Vec::new()
    };
    let text = match (q.kind, value) {
        (QuestionType::TextList, Some(Value::Array(items))) => items
            .iter()
            .map(|v| as_text(Some(v)))
            .collect::<Vec<_>>()
            .join("\n"),
        _ => as_text(value),
    };
    json!({
        "id": q.id,
        "kind": q.kind.as_str(),
        "label": q.label.get(code),
        "hint": q.hint.as_ref().map(|h| h.get(code)),
        "required": matches!(q.required, crate::questionnaire::definition::Required::Always(true)),
        "read_only": q.read_only,
        "relevant": relevant,
        "value": text,
        "options": options,
        "columns": q.columns.iter().map(|c| json!({"label": c.label.get(code), "hint": c.hint.as_ref().map(|h| h.get(code))})).collect::<Vec<_>>(),
        "rows": rows,
        "multiple": q.multiple,
        "sensitive": l.form.is_sensitive(&q.id),
        "licences": crate::domain::licences::LICENCES.iter().map(|(id, name)| json!({"id": id, "name": name})).collect::<Vec<_>>(),
        "files": files_of(i18n, lang, q, answers, files),
    })
}

/// The kinds a file question takes, as people know them, and for the file picker.
fn accepted_kinds(q: &Question) -> (Vec<&'static str>, String) {
    const KINDS: [(&str, &str, &str); 6] = [
        ("pdf", "PDF", ".pdf,application/pdf"),
        ("docx", "Word (DOCX)", ".docx"),
        ("xlsx", "Excel (XLSX)", ".xlsx"),
        ("odt", "OpenDocument (ODT)", ".odt"),
        ("png", "PNG", ".png,image/png"),
        ("jpeg", "JPEG", ".jpg,.jpeg,image/jpeg"),
    ];
    let kinds: Vec<_> = KINDS
        .iter()
        .filter(|(k, _, _)| q.accept.is_empty() || q.accept.iter().any(|a| a == k))
        .collect();
    let names = kinds.iter().map(|(_, n, _)| *n).collect();
    let picker = kinds
        .iter()
        .map(|(_, _, p)| *p)
        .collect::<Vec<_>>()
        .join(",");
    (names, picker)
}

/// "PDF or Word (DOCX); at most 25 MB" in the reader's language.
fn file_label(i18n: &I18n, lang: Lang, q: &Question, limit: u64) -> String {
    let (names, _) = accepted_kinds(q);
    let types = match names.split_last() {
        Some((last, rest)) if !rest.is_empty() => {
            format!(
                "{} {} {last}",
                rest.join(", "),
                i18n.t(lang, "file-types-or")
            )
        }
        _ => names.join(""),
    };
    i18n.t_args(
        lang,
        "file-kinds",
        &[("types", types), ("max", i18n.size(lang, limit))],
    )
}

/// The files a file question holds, as its answer names them.
fn files_of(
    i18n: &I18n,
    lang: Lang,
    q: &Question,
    answers: &Map<String, Value>,
    files: &[Attachment],
) -> Vec<Value> {
    if q.kind != QuestionType::File {
        return Vec::new();
    }
    let ids: Vec<String> = match answers.get(&q.id) {
        Some(Value::Array(items)) => items.iter().map(|v| as_text(Some(v))).collect(),
        Some(v) => vec![as_text(Some(v))],
        None => Vec::new(),
    };
    files
        .iter()
        .filter(|a| ids.contains(&a.id.to_string()))
        .map(|a| json!({"id": a.id, "filename": a.filename, "size": i18n.size(lang, u64::try_from(a.size).unwrap_or(0)), "visibility": a.visibility, "licence": a.licence.as_deref().map(crate::domain::licences::name)}))
        .collect()
}

/// Whether a problem is shown yet: a missing answer only once its section has been
/// saved from its page (or the report submitted), so a new section does not open on a
/// list of "required" before anything is typed; what was typed is always checked.
fn shown(p: &Problem, checked: &[String], section_of: impl Fn(&str) -> Option<String>) -> bool {
    p.code != validate::Code::Required
        || section_of(&p.question).is_some_and(|s| checked.contains(&s))
}

/// The section navigator: every section with the problems shown in it, and whether it
/// is complete (saved, with nothing left to fix).
fn navigator(
    l: &Loaded,
    lang: Lang,
    report: &validate::Report,
    checked: &[String],
    current: &str,
) -> Vec<Value> {
    l.form
        .sections()
        .iter()
        .map(|s| {
            let ids: Vec<&str> = s.questions.iter().map(|q| q.id.as_str()).collect();
            let is_checked = checked.contains(&s.id);
            let all = report
                .problems
                .iter()
                .filter(|p| p.is_error() && ids.contains(&p.question.as_str()));
            let errors = all
                .filter(|p| is_checked || p.code != validate::Code::Required)
                .count();
            let relevant = report.applies(s);
            json!({"id": s.id, "title": s.title.get(lang.code()), "errors": errors,
                "complete": is_checked && errors == 0 && relevant,
                "skipped": !relevant, "current": s.id == current})
        })
        .collect()
}

/// The questions of a section that have a thread: each gets a reply form.
fn questions_with_threads(section: &Section, threads: &Map<String, Value>) -> Vec<String> {
    section
        .questions
        .iter()
        .filter(|q| threads.contains_key(&q.id))
        .map(|q| q.id.clone())
        .collect()
}

/// What a section page shows besides the questionnaire: the answers (as stored, or as
/// just typed when a save was refused) and the outcome of the last action.
struct SectionState<'a> {
    answers: &'a Map<String, Value>,
    status: Status,
    notice: Option<Value>,
    /// A refused save: the answers are an outdated copy, so its problems are not listed.
    stale: bool,
}

async fn section_page(
    state: App<'_>,
    ctx: &Ctx,
    who: &PageActor,
    l: &Loaded,
    section: &Section,
    page: SectionState<'_>,
) -> Page {
    let SectionState {
        answers,
        status,
        notice,
        stale,
    } = page;
    // The files on the page, and the secretariat's comments beside their questions.
    let files = attachments::of_submission(&state.db, &who.0, l.row.id)
        .await
        .unwrap_or_default();
    let files = &files[..];
    let comments = reviews::comments(&state.db, &who.0, l.row.id)
        .await
        .unwrap_or_default();
    let threads = super::review::threads(&comments);
    let lang = ctx.lang();
    let report = validate::validate(&l.form, answers, Utc::now().date_naive());
    let checked = submissions::sections_checked(&l.row, &l.form);
    let section_of = |q: &str| {
        l.form
            .sections()
            .iter()
            .find(|s| s.questions.iter().any(|x| x.id == q))
            .map(|s| s.id.clone())
    };
    let section_ids: Vec<&str> = section.questions.iter().map(|q| q.id.as_str()).collect();
    let own: Vec<Problem> = report
        .problems
        .iter()
        .filter(|p| {
            !stale
                && section_ids.contains(&p.question.as_str())
                && report.relevant.get(&p.question).copied().unwrap_or(true)
                && shown(p, &checked, section_of)
        })
        .cloned()
        .collect();
    let summary: Vec<Value> = render_problems(&state.i18n, lang, &own)
        .into_iter()
        .map(|p| {
            // A grid cell is named by its row and column, so ten "required" lines differ.
            let (name, anchor) =
                place_of(&state.i18n, lang, l, answers, &p.question, p.path.as_deref());
            json!({"question": name, "qid": p.question, "message": p.message, "severity": p.severity, "anchor": anchor})
        })
        .collect();
    let questions: Vec<Value> = section
        .questions
        .iter()
        .map(|q| {
            let mut v = question_view(
                &state.i18n,
                lang,
                l,
                q,
                answers,
                report.relevant.get(&q.id).copied().unwrap_or(true),
                files,
            );
            v["thread"] = json!(threads.get(&q.id));
            if q.kind == QuestionType::File {
                v["choose_label"] =
                    json!(file_label(&state.i18n, lang, q, state.config.upload_limit));
                v["picker"] = json!(accepted_kinds(q).1);
            }
            v
        })
        .collect();
    let sections = l.form.sections();
    let pos = sections
        .iter()
        .position(|s| s.id == section.id)
        .unwrap_or(0);
    let next = sections.get(pos + 1).map(|s| s.id.clone());
    let title = format!(
        "{} — {}",
        section.title.get(lang.code()),
        l.port.as_ref().map(|p| p.name.as_str()).unwrap_or_default()
    );
    let layout = ctx.layout_titled(title);
    Page::Html((
        status,
        Template::render(
            "reporting/section",
            json!({
                "layout": layout,
                "submission": {"id": l.row.id, "version": l.row.version, "status": l.row.status,
                    "port": l.port.as_ref().map(|p| json!({"name": p.name, "locode": p.locode})),
                    "form_title": l.form.definition.title.get(lang.code())},
                "section": {"id": section.id, "title": section.title.get(lang.code()), "description": section.description.as_ref().map(|d| d.get(lang.code())), "relevant": report.relevant.get(section.questions.first().map(|q| q.id.as_str()).unwrap_or("")).copied().unwrap_or(true)},
                "navigator": navigator(l, lang, &report, &checked, &section.id).into_iter().map(|mut n| {
                    let ids: Vec<String> = l.form.sections().iter().find(|s| Some(s.id.as_str()) == n["id"].as_str())
                        .map(|s| s.questions.iter().map(|q| q.id.clone()).collect()).unwrap_or_default();
                    n["comments"] = json!(ids.iter().filter(|q| threads.contains_key(*q)).count());
                    n
                }).collect::<Vec<_>>(),
                "threaded": questions_with_threads(section, &threads),
                "questions": questions,
                "problems": problems_by_question(&state.i18n, lang, &own),
                "summary": summary,
                "progress": report.progress,
                "next": next,
                "notice": notice,
                "form_url": format!("/api/v1/forms/{}?version={}", l.form.id(), l.form.version()),
                "stored": serde_json::to_string(answers).unwrap_or_default().replace("</", "<\\/"),
            }),
        ),
    ))
}

#[rocket::get("/submissions/<id>/sections/<sid>?<saved>&<done>")]
pub async fn section(
    state: App<'_>,
    ctx: Ctx,
    who: PageActor,
    id: Uuid,
    sid: &str,
    saved: Option<&str>,
    done: Option<&str>,
) -> Page {
    let l = match submissions::get(&state.db, &state.forms, &who.0, id).await {
        Ok(l) => l,
        Err(e) => return error_page(state, &ctx, e),
    };
    let Some(section) = l.form.sections().iter().find(|s| s.id == sid) else {
        return error_page(state, &ctx, ServiceError::NotFound);
    };
    if !editable_by(&l, &who) {
        // A submitted or approved report is read on its review page, never in a form.
        return Page::Go(Redirect::to(format!("/submissions/{id}/review")));
    }
    crate::services::notifications::mark_read_about(&state.db, &who.0, id)
        .await
        .ok();
    let answers = l.row.answers.as_object().cloned().unwrap_or_default();
    let lang = ctx.lang();
    let notice = match saved {
        Some("problems") => Some(json!({"ok": true,
            "message": format!("{} {}", state.i18n.t(lang, "section-saved"), state.i18n.t(lang, "section-saved-with-problems")),
            "onward": true})),
        Some(_) => Some(json!({"ok": true, "message": state.i18n.t(lang, "section-saved")})),
        None if done == Some("commented") => {
            Some(json!({"ok": true, "message": state.i18n.t(lang, "review-done-commented")}))
        }
        None => None,
    };
    let page = SectionState {
        answers: &answers,
        status: Status::Ok,
        notice,
        stale: false,
    };
    section_page(state, &ctx, &who, &l, section, page).await
}

/// Whether this person edits this submission now: its own state's focal point, while it
/// is a draft or returned.
pub(super) fn editable_by(l: &Loaded, who: &PageActor) -> bool {
    crate::domain::workflow::Status::parse(&l.row.status).is_some_and(|s| s.is_editable())
        && !who.0.is_staff()
}

/// A number as typed on a page: digits, a sign, and for a decimal one point or comma.
/// What could be a thousands separator ("1,500", "1.850") is not guessed at: the text is
/// kept as typed, and validation asks for the number without separators.
fn typed_number(raw: &str, integer: bool) -> Value {
    let t = raw.trim();
    if t.is_empty() {
        return Value::Null;
    }
    let digits = |s: &str| !s.is_empty() && s.chars().all(|c| c.is_ascii_digit());
    let body = t.strip_prefix('-').unwrap_or(t);
    let parsed = if digits(body) {
        t.parse::<i64>().ok().map(|n| json!(n))
    } else if integer {
        None
    } else {
        match body.split_once(['.', ',']) {
            Some((int, frac))
                if digits(int) && digits(frac) && !(frac.len() == 3 && int.len() <= 3) =>
            {
                t.replace(',', ".").parse::<f64>().ok().map(|n| json!(n))
            }
            _ => None,
        }
    };
    parsed.unwrap_or_else(|| json!(raw))
}

/// Reads a section's fields into the answers document: each value kept as typed (a number
/// that does not parse stays text, so validation names it and nothing is lost).
fn apply_fields(section: &Section, form: &CsrfFields, answers: &mut Map<String, Value>) {
    for q in &section.questions {
        if q.read_only || matches!(q.kind, QuestionType::Note | QuestionType::File) {
            continue;
        }
        let name = format!("q.{}", q.id);
        let present = form.0.iter().any(|(k, _)| {
            k == &name
                || k.starts_with(&format!("g.{}.", q.id))
                || k == &format!("present.{}", q.id)
        });
        if !present {
            continue;
        }
        let value = match q.kind {
            QuestionType::SelectMultiple => {
                Value::Array(form.all(&name).map(|v| json!(v)).collect())
            }
            QuestionType::TextList => Value::Array(
                form.get(&name)
                    .unwrap_or_default()
                    .lines()
                    .map(str::trim)
                    .filter(|s| !s.is_empty())
                    .map(|s| json!(s))
                    .collect(),
            ),
            QuestionType::Integer | QuestionType::Decimal => {
                let raw = form.get(&name).unwrap_or_default();
                // Unchanged on the page: the stored number stays as it is.
                match answers.get(&q.id) {
                    Some(v) if v.is_number() && as_text(Some(v)) == raw.trim() => v.clone(),
                    _ => typed_number(raw, q.kind == QuestionType::Integer),
                }
            }
            QuestionType::Grid => {
                let prefix = format!("g.{}.", q.id);
                let mut grid = Map::new();
                for (k, v) in form.0.iter().filter(|(k, _)| k.starts_with(&prefix)) {
                    let rest = &k[prefix.len()..];
                    let Some((row, col)) = rest.rsplit_once('.') else {
                        continue;
                    };
                    let numeric = q.columns.iter().any(|c| {
                        c.id == col && matches!(c.kind, ColumnType::Integer | ColumnType::Decimal)
                    });
                    let integer = q
                        .columns
                        .iter()
                        .any(|c| c.id == col && c.kind == ColumnType::Integer);
                    let cell = if v.trim().is_empty() {
                        continue;
                    } else if numeric {
                        typed_number(v, integer)
                    } else {
                        json!(v)
                    };
                    let entry = grid
                        .entry(row.to_string())
                        .or_insert_with(|| Value::Object(Map::new()));
                    if let Value::Object(o) = entry {
                        o.insert(col.to_string(), cell);
                    }
                }
                Value::Object(grid)
            }
            _ => form.get(&name).map(|v| json!(v)).unwrap_or(Value::Null),
        };
        let empty = value.is_null()
            || value.as_str().is_some_and(|s| s.trim().is_empty())
            || value.as_array().is_some_and(Vec::is_empty)
            || value.as_object().is_some_and(Map::is_empty);
        if empty {
            answers.remove(&q.id);
        } else {
            answers.insert(q.id.clone(), value);
        }
    }
}

#[rocket::post("/submissions/<id>/sections/<sid>", data = "<form>")]
pub async fn save_section(
    state: App<'_>,
    ctx: Ctx,
    who: PageActor,
    addr: ClientAddr,
    id: Uuid,
    sid: &str,
    form: CsrfFields,
) -> Page {
    let l = match submissions::get(&state.db, &state.forms, &who.0, id).await {
        Ok(l) => l,
        Err(e) => return error_page(state, &ctx, e),
    };
    let Some(section) = l.form.sections().iter().find(|s| s.id == sid).cloned() else {
        return error_page(state, &ctx, ServiceError::NotFound);
    };
    let mut answers = l.row.answers.as_object().cloned().unwrap_or_default();
    apply_fields(&section, &form, &mut answers);
    let version: i32 = form
        .get("version")
        .and_then(|v| v.parse().ok())
        .unwrap_or(-1);
    let auto = form.get("go") == Some("auto");
    let draft = submissions::Draft {
        version,
        answers: answers.clone(),
        // An autosave is not the person saying "done with this page for now".
        checked_section: (!auto).then_some(sid),
    };
    let result =
        submissions::save_answers(&state.db, &state.forms, &who.0, id, draft, addr.as_deref())
            .await;
    let lang = ctx.lang();
    if auto {
        // The page's script saves in the background and wants JSON, not a page; missing
        // answers are listed only once the section has been saved with its button.
        let checked = submissions::sections_checked(&l.row, &l.form).contains(&section.id);
        return match result {
            Ok((version, problems)) => {
                let problems: Vec<Problem> = problems
                    .into_iter()
                    .filter(|p| checked || p.code != validate::Code::Required)
                    .collect();
                Page::Data((
                    Status::Ok,
                    rocket::serde::json::Json(json!({
                        "version": version,
                        "problems": render_problems(&state.i18n, lang, &problems),
                    })),
                ))
            }
            Err(e) => {
                let (status, message) = failure(&state.i18n, lang, e);
                Page::Data((
                    status,
                    rocket::serde::json::Json(json!({"message": message})),
                ))
            }
        };
    }
    match result {
        Ok((_, problems)) => {
            let here = problems
                .iter()
                .any(|p| section.questions.iter().any(|q| q.id == p.question));
            let target = match (form.get("go"), form.get("next")) {
                // Moving on past problems of this page would hide them (a warning above
                // all): the page comes back once with them, and a link onwards.
                (Some("next"), Some(_)) if here => {
                    format!("/submissions/{id}/sections/{sid}?saved=problems")
                }
                (Some("next"), Some(next)) if !next.is_empty() => {
                    // On to the next section that applies with the answers just saved.
                    let report = validate::validate(&l.form, &answers, Utc::now().date_naive());
                    let sections = l.form.sections();
                    let after = sections
                        .iter()
                        .position(|s| s.id == sid)
                        .map_or(0, |p| p + 1);
                    match sections[after.min(sections.len())..]
                        .iter()
                        .find(|s| report.applies(s))
                    {
                        Some(s) => format!("/submissions/{id}/sections/{}", s.id),
                        None => format!("/submissions/{id}/review"),
                    }
                }
                (Some("review"), _) => format!("/submissions/{id}/review"),
                _ => format!("/submissions/{id}/sections/{sid}?saved=1"),
            };
            Page::Go(Redirect::to(target))
        }
        Err(e) => {
            // Never lose what was typed: the page comes back with the posted answers and
            // the reason (a newer version elsewhere, a closed submission…).
            let (status, message) = failure(&state.i18n, lang, e);
            let notice = json!({"ok": false, "message": message, "reload": format!("/submissions/{id}/sections/{sid}")});
            // The form keeps the version it was based on: saving again is refused again,
            // until the person opens the current version; never a silent overwrite.
            let mut stale = l.clone();
            stale.row.version = version;
            let page = SectionState {
                answers: &answers,
                status,
                notice: Some(notice),
                stale: true,
            };
            section_page(state, &ctx, &who, &stale, &section, page).await
        }
    }
}

/// `/submissions/{id}/review`: every answer and every remaining problem; submit from here.
#[rocket::get("/submissions/<id>/review?<submitted>&<done>")]
pub async fn review(
    state: App<'_>,
    ctx: Ctx,
    who: PageActor,
    id: Uuid,
    submitted: Option<i32>,
    done: Option<&str>,
) -> Page {
    let sent = (done == Some("commented"))
        .then(|| json!({"ok": true, "message": state.i18n.t(ctx.lang(), "review-done-commented")}));
    let notice = sent.or_else(|| {
        submitted.map(|n| {
            let message = state.i18n.t_args(
                ctx.lang(),
                "review-submitted",
                &[("revision", n.to_string())],
            );
            json!({"ok": true, "message": message})
        })
    });
    review_page(state, &ctx, &who, id, Status::Ok, notice).await
}

async fn review_page(
    state: App<'_>,
    ctx: &Ctx,
    who: &PageActor,
    id: Uuid,
    status: Status,
    notice: Option<Value>,
) -> Page {
    let l = match submissions::get(&state.db, &state.forms, &who.0, id).await {
        Ok(l) => l,
        Err(e) => return error_page(state, ctx, e),
    };
    let revisions = submissions::revisions(&state.db, &who.0, id)
        .await
        .unwrap_or_default();
    let files = attachments::of_submission(&state.db, &who.0, id)
        .await
        .unwrap_or_default();
    let comments = reviews::comments(&state.db, &who.0, id)
        .await
        .unwrap_or_default();
    // What the reader was told of this report, they now see.
    crate::services::notifications::mark_read_about(&state.db, &who.0, id)
        .await
        .ok();
    let history = reviews::history(&state.db, &who.0, id)
        .await
        .unwrap_or_default();
    let threads = super::review::threads(&comments);
    let lang = ctx.lang();
    let answers = l.row.answers.as_object().cloned().unwrap_or_default();
    let report = validate::validate(&l.form, &answers, Utc::now().date_naive());
    let problems = problems_by_question(&state.i18n, lang, &report.problems);
    let sections: Vec<Value> = l
        .form
        .sections()
        .iter()
        .map(|s| {
            let items: Vec<Value> = s
                .questions
                .iter()
                .filter(|q| q.kind != QuestionType::Note && (report.relevant.get(&q.id).copied().unwrap_or(false) || threads.contains_key(&q.id)))
                .map(|q| {
                    let shown = display_answer(&state.i18n, lang, &l, q, &answers, &files);
                    json!({"id": q.id, "label": q.label.get(lang.code()), "answer": shown, "problems": problems.get(&q.id), "thread": threads.get(&q.id)})
                })
                .collect();
            json!({"id": s.id, "title": s.title.get(lang.code()), "items": items,
                "applies": report.applies(s)})
        })
        .collect();
    // Returned or reopened: the secretariat's reasons for the latest submission, first.
    let latest = i32::try_from(revisions.len()).unwrap_or(0);
    let reasons: Vec<&CommentView> = comments
        .iter()
        .filter(|c| c.revision == latest)
        .filter(|c| matches!(c.decision.as_deref(), Some("returned" | "reopened")))
        .collect();
    let returned = (l.row.status == "returned").then(|| {
        let mut questions: Vec<Value> = Vec::new();
        for c in &reasons {
            if let Some(q) = &c.question {
                let section = l
                    .form
                    .sections()
                    .iter()
                    .find(|s| s.questions.iter().any(|x| &x.id == q))
                    .map(|s| s.id.clone())
                    .unwrap_or_default();
                questions.push(json!({"id": q, "href": format!("/submissions/{id}/sections/{section}#q-{q}")}));
            }
        }
        json!({"overall": reasons.iter().filter(|c| c.question.is_none()).map(|c| c.body.clone()).collect::<Vec<_>>(),
            "questions": questions})
    });
    let editable = editable_by(&l, who);
    // What is left to do, each linked to its field on its section's page.
    let todo: Vec<Value> = render_problems(&state.i18n, lang, &report.problems)
        .into_iter()
        .filter(|p| p.severity == "error")
        .map(|p| {
            let (name, anchor) = place_of(
                &state.i18n,
                lang,
                &l,
                &answers,
                &p.question,
                p.path.as_deref(),
            );
            let section = l
                .form
                .sections()
                .iter()
                .find(|s| s.questions.iter().any(|q| q.id == p.question))
                .map(|s| s.id.clone())
                .unwrap_or_default();
            // Away from its section, a question is named by its wording too.
            let label: String = l
                .form
                .question(&p.question)
                .map(|q| q.label.get(lang.code()).chars().take(70).collect())
                .unwrap_or_default();
            json!({"name": format!("{name} {label}"), "message": p.message,
                "href": format!("/submissions/{id}/sections/{section}#{anchor}")})
        })
        .collect();
    let title = state.i18n.t(
        lang,
        if editable {
            "review-title"
        } else {
            "report-title"
        },
    );
    let layout = ctx.layout_titled(format!(
        "{} — {}",
        title,
        l.port.as_ref().map(|p| p.name.as_str()).unwrap_or_default()
    ));
    Page::Html((
        status,
        Template::render(
            "reporting/review",
            json!({
                "layout": layout,
                "submission": {"id": l.row.id, "version": l.row.version, "status": l.row.status,
                    "port": l.port.as_ref().map(|p| json!({"name": p.name, "locode": p.locode}))},
                "sections": sections,
                "errors": report.problems.iter().filter(|p| p.is_error()).count(),
                "todo": todo,
                "editable": editable,
                "title": title,
                "revisions": revisions.iter().map(|r| json!({"number": r.number, "at": r.submitted_at.format("%Y-%m-%d %H:%M UTC").to_string()})).collect::<Vec<_>>(),
                "notice": notice,
                "overall": threads.get(""),
                "returned": returned,
                "history": super::review::timeline(&state.i18n, lang, &history),
            }),
        ),
    ))
}

/// An answer as a person reads it: `{"text": …}` with choice labels and lists joined
/// (line breaks kept), or `{"grid": {columns, rows}}` with the questionnaire's wording in
/// its own order; nothing for an unanswered question.
pub(super) fn display_answer(
    i18n: &I18n,
    lang: Lang,
    l: &Loaded,
    q: &Question,
    answers: &Map<String, Value>,
    files: &[Attachment],
) -> Option<Value> {
    let v = answers.get(&q.id)?;
    let code = lang.code();
    let text = |t: String| (!t.is_empty()).then(|| json!({"text": t}));
    if q.kind == QuestionType::File {
        // Files by their names, not their ids.
        let ids: Vec<String> = match v {
            Value::Array(items) => items.iter().map(|i| as_text(Some(i))).collect(),
            other => vec![as_text(Some(other))],
        };
        let names: Vec<String> = ids
            .iter()
            .map(|id| {
                files
                    .iter()
                    .find(|a| &a.id.to_string() == id)
                    .map_or_else(|| id.clone(), |a| a.filename.clone())
            })
            .collect();
        let files: Vec<Value> = ids
            .iter()
            .zip(names)
            .map(|(id, name)| json!({"id": id, "name": name}))
            .collect();
        return (!files.is_empty()).then(|| json!({"files": files}));
    }
    let labels = choices(i18n, lang, l, q);
    let label_of = |name: &str| {
        labels
            .iter()
            .find(|(n, _)| n == name)
            .map(|(_, lb)| lb.clone())
            .unwrap_or_else(|| name.to_string())
    };
    match (q.kind, v) {
        (QuestionType::SelectOne | QuestionType::YesNo, Value::String(s)) => text(label_of(s)),
        (QuestionType::TextList, Value::Array(items)) => text(
            items
                .iter()
                .map(|i| as_text(Some(i)))
                .collect::<Vec<_>>()
                .join("\n"),
        ),
        (_, Value::Array(items)) => text(
            items
                .iter()
                .map(|i| label_of(&as_text(Some(i))))
                .collect::<Vec<_>>()
                .join(", "),
        ),
        (QuestionType::Grid, Value::Object(cells)) => {
            let cell = |c: &crate::questionnaire::definition::Column, v: Option<&Value>| {
                let raw = as_text(v);
                match c.kind {
                    ColumnType::YesNo if !raw.is_empty() => i18n.t(lang, &format!("choice-{raw}")),
                    ColumnType::SelectOne => c
                        .choices
                        .as_deref()
                        .and_then(|list| l.form.choice_list(list))
                        .and_then(|list| list.iter().find(|x| x.name == raw))
                        .map_or(raw, |x| x.label.get(code).to_string()),
                    _ => raw,
                }
            };
            let rows: Vec<Value> = grid_rows(l, q, answers, code)
                .into_iter()
                .filter_map(|(row, label)| {
                    let values = cells.get(&row)?;
                    let shown: Vec<String> = q
                        .columns
                        .iter()
                        .map(|c| cell(c, values.get(&c.id)))
                        .collect();
                    Some(json!({"label": label, "cells": shown}))
                })
                .collect();
            let columns: Vec<&str> = q.columns.iter().map(|c| c.label.get(code)).collect();
            (!rows.is_empty()).then(|| json!({"grid": {"columns": columns, "rows": rows}}))
        }
        _ => text(as_text(Some(v))),
    }
}

#[rocket::post("/submissions/<id>/submit", data = "<form>")]
pub async fn submit(
    state: App<'_>,
    ctx: Ctx,
    who: PageActor,
    addr: ClientAddr,
    id: Uuid,
    form: CsrfFields,
) -> Page {
    let version: i32 = form
        .get("version")
        .and_then(|v| v.parse().ok())
        .unwrap_or(-1);
    match submissions::submit(
        &state.db,
        &state.forms,
        &who.0,
        id,
        version,
        addr.as_deref(),
    )
    .await
    {
        // Post, then redirect: a reload shows the report, it does not post again.
        Ok(s) => Page::Go(Redirect::to(format!(
            "/submissions/{id}/review?submitted={}",
            s.revision
        ))),
        Err(e) => {
            let (status, message) = failure(&state.i18n, ctx.lang(), e);
            review_page(
                state,
                &ctx,
                &who,
                id,
                status,
                Some(json!({"ok": false, "message": message})),
            )
            .await
        }
    }
}

#[derive(rocket::FromForm)]
pub struct PageUpload<'r> {
    #[field(default = String::new())]
    csrf_token: String,
    file: rocket::fs::TempFile<'r>,
    #[field(default = String::from("restricted"))]
    visibility: String,
    licence: Option<String>,
}

impl crate::web::guards::CsrfField for PageUpload<'_> {
    fn csrf_token(&self) -> &str {
        &self.csrf_token
    }
}

/// Uploads a file to a file question from its section page (no JavaScript needed) and
/// adds it to the answer; back to the section, with the reason when it is refused.
#[rocket::post("/submissions/<id>/files/<question>", data = "<form>")]
pub async fn upload_file(
    state: App<'_>,
    ctx: Ctx,
    who: PageActor,
    addr: ClientAddr,
    id: Uuid,
    question: &str,
    form: Result<crate::web::guards::CsrfForm<PageUpload<'_>>, Status>,
) -> Page {
    let l = match submissions::get(&state.db, &state.forms, &who.0, id).await {
        Ok(l) => l,
        Err(e) => return error_page(state, &ctx, e),
    };
    let Some(section) = l
        .form
        .sections()
        .iter()
        .find(|s| s.questions.iter().any(|q| q.id == question))
        .cloned()
    else {
        return error_page(state, &ctx, ServiceError::NotFound);
    };
    let outcome = async {
        let f = match form {
            Ok(f) => f.0,
            Err(Status::Forbidden) => return Err(ServiceError::Forbidden),
            Err(Status::PayloadTooLarge) => {
                return Err(ServiceError::Rule {
                    code: "too_large",
                    key: "error-too-large",
                })
            }
            // A post without a file part, or not multipart at all.
            Err(_) => return Err(ServiceError::Invalid("no file in the upload".into())),
        };
        let (filename, bytes) = crate::web::api::attachments::read_upload(&f.file)
            .await
            .map_err(|e| ServiceError::Internal(e.to_string()))?;
        let up = Upload {
            question,
            visibility: &f.visibility,
            licence: f.licence.as_deref(),
            filename: &filename,
        };
        let a = attachments::upload(
            &state.db,
            &state.forms,
            &state.blobs,
            &who.0,
            id,
            up,
            &bytes,
            addr.as_deref(),
        )
        .await?;
        submissions::add_file(
            &state.db,
            &state.forms,
            &who.0,
            id,
            question,
            a.id,
            addr.as_deref(),
        )
        .await
    }
    .await;
    match outcome {
        Ok(_) => Page::Go(Redirect::to(format!(
            "/submissions/{id}/sections/{}#q-{question}",
            section.id
        ))),
        Err(e) => {
            let (status, message) = match e {
                ServiceError::UnsupportedType => (
                    Status::UnsupportedMediaType,
                    state.i18n.t(ctx.lang(), "error-file-type"),
                ),
                other => failure(&state.i18n, ctx.lang(), other),
            };
            let answers = l.row.answers.as_object().cloned().unwrap_or_default();
            let page = SectionState {
                answers: &answers,
                status,
                notice: Some(json!({"ok": false, "message": message})),
                stale: false,
            };
            section_page(state, &ctx, &who, &l, &section, page).await
        }
    }
}

/// A file, for the owner state and the secretariat, through the signed-in session.
#[rocket::get("/attachments/<id>")]
pub async fn download_file(
    state: App<'_>,
    ctx: Ctx,
    who: PageActor,
    id: Uuid,
) -> Result<crate::web::api::attachments::Download, Page> {
    match attachments::download(&state.db, &state.blobs, &who.0, id).await {
        Ok((a, body)) => Ok(crate::web::api::attachments::Download::of(&a, body)),
        Err(e) => Err(error_page(state, &ctx, e)),
    }
}

#[cfg(test)]
mod tests {
    use super::typed_number;
    use serde_json::json;

    #[test]
    fn numbers_are_read_as_typed_never_guessed() {
        assert_eq!(typed_number(" 1850 ", true), json!(1850));
        assert_eq!(typed_number("-3", true), json!(-3));
        assert_eq!(typed_number("12.5", false), json!(12.5));
        assert_eq!(typed_number("12,5", false), json!(12.5));
        assert_eq!(typed_number("0,25", false), json!(0.25));
        // What may be a thousands separator stays text, for validation to question.
        assert_eq!(typed_number("1,500", false), json!("1,500"));
        assert_eq!(typed_number("1.850", true), json!("1.850"));
        assert_eq!(typed_number("1.850", false), json!("1.850"));
        assert_eq!(typed_number("4.950", false), json!("4.950"));
        assert_eq!(typed_number("1 850", true), json!("1 850"));
        assert_eq!(typed_number("about 2000", true), json!("about 2000"));
        assert_eq!(
            typed_number("12.5", true),
            json!("12.5"),
            "not a whole number"
        );
        assert_eq!(typed_number("   ", false), serde_json::Value::Null);
    }
}
