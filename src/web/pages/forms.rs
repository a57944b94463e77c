//! The public read-only preview of a questionnaire: every section, question, hint and
//! choice in the chosen language.

use super::{App, Ctx};
use crate::i18n::{I18n, Lang};
use crate::questionnaire::definition::{ColumnType, Question, QuestionType, Required};
use crate::questionnaire::Form;
use rocket::http::Status;
use rocket_dyn_templates::Template;
use serde_json::{json, Value};

#[rocket::get("/forms")]
pub fn index(state: App<'_>, ctx: Ctx) -> Template {
    let locale = ctx.locale;
    let layout = ctx.layout(&state.i18n, "forms-title");
    let lang = locale.0.code();
    let forms: Vec<_> = state
        .forms
        .all()
        .iter()
        .map(|f| {
            json!({
                "id": f.id(),
                "version": f.version(),
                "title": f.definition.title.get(lang),
                "description": f.definition.description.as_ref().map(|d| d.get(lang)),
                "questions": f.questions().filter(|(_, q)| q.kind != QuestionType::Note).count(),
                "sections": f.sections().len(),
            })
        })
        .collect();
    Template::render("forms/index", json!({"layout": layout, "forms": forms}))
}

#[rocket::get("/forms/<id>?<version>")]
pub fn preview(
    state: App<'_>,
    ctx: Ctx,
    id: &str,
    version: Option<&str>,
) -> Result<Template, Status> {
    let form = state.forms.get(id, version).ok_or(Status::NotFound)?;
    let lang = ctx.lang();
    let title = form.definition.title.get(lang.code()).to_string();
    let layout = ctx.layout_titled(title);
    let sections: Vec<Value> = form
        .sections()
        .iter()
        .enumerate()
        .map(|(si, s)| {
            json!({
                "id": s.id,
                "title": s.title.get(lang.code()),
                "description": s.description.as_ref().map(|d| d.get(lang.code())),
                "depends_on": form.section_relevance(si).map(depends_on),
                "sensitive": s.sensitive,
                "questions": s.questions.iter().map(|q| question_view(&state.i18n, lang, &form, q)).collect::<Vec<_>>(),
            })
        })
        .collect();
    Ok(Template::render(
        "forms/preview",
        json!({
            "layout": layout,
            "form": {
                "id": form.id(),
                "version": form.version(),
                "hash": form.hash,
                "title": form.definition.title.get(lang.code()),
                "description": form.definition.description.as_ref().map(|d| d.get(lang.code())),
            },
            "sections": sections,
        }),
    ))
}

fn kind_key(kind: QuestionType, multiple: bool) -> String {
    if kind == QuestionType::File && multiple {
        return "question-type-files".into();
    }
    format!("question-type-{}", kind.as_str().replace('_', "-"))
}

fn column_key(kind: ColumnType) -> &'static str {
    match kind {
        ColumnType::Integer => "question-type-integer",
        ColumnType::Decimal => "question-type-decimal",
        ColumnType::Text => "question-type-text",
        ColumnType::YesNo => "question-type-yes-no",
        ColumnType::SelectOne => "question-type-select-one",
    }
}

fn number(n: f64) -> String {
    if n.fract() == 0.0 {
        format!("{}", n as i64)
    } else {
        n.to_string()
    }
}

fn question_view(i18n: &I18n, lang: Lang, form: &Form, q: &Question) -> Value {
    let l = lang.code();
    let choices: Vec<Value> = if q.kind == QuestionType::YesNo {
        vec![
            json!({"name": "yes", "label": i18n.t(lang, "choice-yes")}),
            json!({"name": "no", "label": i18n.t(lang, "choice-no")}),
        ]
    } else {
        form.choices_of(q)
            .iter()
            .map(|c| json!({"name": c.name, "label": c.label.get(l)}))
            .collect()
    };
    let rows: Vec<Value> = q
        .rows
        .as_deref()
        .and_then(|r| form.choice_list(r))
        .unwrap_or(&[])
        .iter()
        .map(|c| json!({"name": c.name, "label": c.label.get(l)}))
        .collect();
    let mut bounds = Vec::new();
    if let Some(min) = q.min {
        let key = if q.min_exclusive {
            "problem-min-exclusive"
        } else {
            "problem-min"
        };
        bounds.push(i18n.t_args(lang, key, &[("bound", number(min))]));
    }
    if let Some(max) = q.max {
        let key = if q.max_exclusive {
            "problem-max-exclusive"
        } else {
            "problem-max"
        };
        bounds.push(i18n.t_args(lang, key, &[("bound", number(max))]));
    }
    json!({
        "id": q.id,
        "kind": q.kind.as_str(),
        "kind_label": i18n.t(lang, &kind_key(q.kind, q.multiple)),
        "label": q.label.get(l),
        "hint": q.hint.as_ref().map(|h| h.get(l)),
        "required": matches!(q.required, Required::Always(true)),
        "read_only": q.read_only,
        "depends_on": form.compiled(&q.id).and_then(|c| c.relevant.as_ref()).map(depends_on),
        "required_depends_on": form.compiled(&q.id).and_then(|c| c.required.as_ref()).map(depends_on),
        "sensitive": q.sensitive,
        "choices": if q.choices.as_deref() == Some(crate::questionnaire::check::MEMBER_STATES_LIST) { Vec::new() } else { choices },
        "member_states": q.choices.as_deref() == Some(crate::questionnaire::check::MEMBER_STATES_LIST),
        "rows": rows,
        "rows_from": q.rows_from,
        "columns": q.columns.iter().map(|c| json!({
            "id": c.id,
            "label": c.label.get(l),
            "kind_label": i18n.t(lang, column_key(c.kind)),
        })).collect::<Vec<_>>(),
        "pattern_message": q.pattern_message.as_ref().map(|m| m.get(l)),
        "bounds": bounds,
        "constraints": q.constraints.iter().map(|c| c.message.get(l)).collect::<Vec<_>>(),
        "warnings": q.warnings.iter().map(|c| c.message.get(l)).collect::<Vec<_>>(),
    })
}

/// The questions a condition reads, in order and once each: people read "depends on B1",
/// not the expression itself.
fn depends_on(e: &crate::questionnaire::expr::Expr) -> Vec<String> {
    let mut ids: Vec<String> = Vec::new();
    for (id, _) in e.references() {
        if !ids.contains(&id) {
            ids.push(id);
        }
    }
    ids
}
