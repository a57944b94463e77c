//! Questionnaires: the list, a whole definition, and validation of a document.

use super::{body, Body};
use crate::questionnaire::validate as validation;
use crate::questionnaire::Form;
use crate::web::error::{render_problems, ApiError};
use crate::web::locale::Locale;
use crate::web::AppState;
use rocket::serde::json::Json;
use rocket::State;
use serde::Deserialize;
use serde_json::{json, Map, Value};

/// `GET /api/v1/forms`: every version of every questionnaire.
#[rocket::get("/forms")]
pub fn list(state: &State<AppState>) -> Json<Value> {
    Json(Value::Array(
        state
            .forms
            .all()
            .iter()
            .map(|f| json!({"id": f.id(), "version": f.version(), "title": f.definition.title, "hash": f.hash}))
            .collect(),
    ))
}

/// The definition as JSON, each question with its compiled expressions for the browser.
pub fn form_json(form: &Form) -> Value {
    let mut v = serde_json::to_value(&form.definition).unwrap_or_default();
    if let Some(obj) = v.as_object_mut() {
        obj.insert("hash".into(), json!(form.hash));
    }
    let sections = v.get_mut("sections").and_then(Value::as_array_mut);
    for (si, section) in sections.into_iter().flatten().enumerate() {
        if let (Some(rel), Some(obj)) = (form.section_relevance(si), section.as_object_mut()) {
            obj.insert(
                "compiled_relevant".into(),
                serde_json::to_value(rel).unwrap_or_default(),
            );
        }
        let questions = section.get_mut("questions").and_then(Value::as_array_mut);
        for q in questions.into_iter().flatten() {
            let id = q
                .get("id")
                .and_then(Value::as_str)
                .unwrap_or_default()
                .to_string();
            if let (Some(c), Some(obj)) = (form.compiled(&id), q.as_object_mut()) {
                obj.insert(
                    "compiled".into(),
                    serde_json::to_value(c).unwrap_or_default(),
                );
            }
        }
    }
    v
}

fn find(
    state: &AppState,
    id: &str,
    version: Option<&str>,
) -> Result<std::sync::Arc<Form>, ApiError> {
    state.forms.get(id, version).ok_or_else(ApiError::not_found)
}

/// `GET /api/v1/forms/{id}?version=`.
#[rocket::get("/forms/<id>?<version>")]
pub fn show(
    state: &State<AppState>,
    id: &str,
    version: Option<&str>,
) -> Result<Json<Value>, ApiError> {
    let form = find(state, id, version)?;
    Ok(Json(form_json(&form)))
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ValidateRequest {
    answers: Map<String, Value>,
    #[serde(default)]
    version: Option<String>,
    #[serde(default)]
    today: Option<String>,
}

/// `POST /api/v1/forms/{id}/validate`: checks as a submit would, stores nothing.
#[rocket::post("/forms/<id>/validate", data = "<req>")]
pub fn validate(
    state: &State<AppState>,
    locale: Locale,
    id: &str,
    req: Body<'_, ValidateRequest>,
) -> Result<Json<Value>, ApiError> {
    let req = body(req)?;
    let form = find(state, id, req.version.as_deref())?;
    let today = match req.today.as_deref() {
        None => chrono::Utc::now().date_naive(),
        Some(t) => validation::parse_date(t).ok_or_else(|| {
            ApiError::bad_request(format!("today: {t:?} is not a date (YYYY-MM-DD)"))
        })?,
    };
    let report = validation::validate(&form, &req.answers, today);
    Ok(Json(json!({
        "valid": report.is_valid(),
        "problems": render_problems(&state.i18n, locale.0, &report.problems),
        "dropped": report.dropped,
    })))
}
