//! The review loop: comments, return, approve, reopen, the diff between revisions, the
//! history of a submission, and the audit log.

use super::{body, Body};
use crate::domain::workflow::Action;
use crate::services::audit::{self, Filter};
use crate::services::reviews::{self, Decision};
use crate::web::error::ApiError;
use crate::web::guards::{ApiActor, ClientAddr};
use crate::web::AppState;
use chrono::{DateTime, NaiveDate, Utc};
use rocket::http::Status;
use rocket::serde::json::Json;
use rocket::State;
use serde::Deserialize;
use serde_json::{json, Value};
use std::collections::BTreeMap;
use uuid::Uuid;

#[derive(Deserialize)]
pub struct NewComment {
    body: String,
    #[serde(default)]
    question: Option<String>,
}

/// `POST /api/v1/submissions/{id}/comments` `{body, question?}` → 201.
#[rocket::post("/submissions/<id>/comments", data = "<req>")]
pub async fn comment(
    state: &State<AppState>,
    who: ApiActor,
    addr: ClientAddr,
    id: Uuid,
    req: Body<'_, NewComment>,
) -> Result<(Status, Json<Value>), ApiError> {
    let req = body(req)?;
    let c = reviews::add_comment(
        &state.db,
        &state.forms,
        &who.0,
        id,
        req.question.as_deref(),
        &req.body,
        addr.as_deref(),
    )
    .await?;
    Ok((Status::Created, Json(json!(c))))
}

#[derive(Deserialize, Default)]
pub struct DecisionBody {
    #[serde(default)]
    comment: Option<String>,
    #[serde(default)]
    reason: Option<String>,
    #[serde(default)]
    questions: BTreeMap<String, String>,
}

async fn decide(
    state: &AppState,
    who: ApiActor,
    addr: ClientAddr,
    id: Uuid,
    action: Action,
    req: DecisionBody,
) -> Result<Json<Value>, ApiError> {
    let decision = Decision {
        // A reopening's reason; `comment` is accepted for it too.
        comment: req.reason.or(req.comment),
        questions: req.questions,
    };
    let s = reviews::decide(
        &state.db,
        &state.forms,
        &who.0,
        id,
        action,
        decision,
        addr.as_deref(),
    )
    .await?;
    Ok(Json(json!({"status": s.status, "version": s.version})))
}

/// `POST /api/v1/submissions/{id}/return` `{comment, questions: {"B3": "…"}}`.
#[rocket::post("/submissions/<id>/return", data = "<req>")]
pub async fn return_it(
    state: &State<AppState>,
    who: ApiActor,
    addr: ClientAddr,
    id: Uuid,
    req: Body<'_, DecisionBody>,
) -> Result<Json<Value>, ApiError> {
    decide(state, who, addr, id, Action::Return, body(req)?).await
}

/// `POST /api/v1/submissions/{id}/approve` `{comment?}`.
#[rocket::post("/submissions/<id>/approve", data = "<req>")]
pub async fn approve(
    state: &State<AppState>,
    who: ApiActor,
    addr: ClientAddr,
    id: Uuid,
    req: Body<'_, DecisionBody>,
) -> Result<Json<Value>, ApiError> {
    decide(state, who, addr, id, Action::Approve, body(req)?).await
}

/// `POST /api/v1/submissions/{id}/reopen` `{reason}`.
#[rocket::post("/submissions/<id>/reopen", data = "<req>")]
pub async fn reopen(
    state: &State<AppState>,
    who: ApiActor,
    addr: ClientAddr,
    id: Uuid,
    req: Body<'_, DecisionBody>,
) -> Result<Json<Value>, ApiError> {
    decide(state, who, addr, id, Action::Reopen, body(req)?).await
}

/// `GET /api/v1/submissions/{id}/diff?from=1&to=2` → `{from, to, changes}`; by default
/// the latest revision against the one before.
#[rocket::get("/submissions/<id>/diff?<from>&<to>")]
pub async fn diff(
    state: &State<AppState>,
    who: ApiActor,
    id: Uuid,
    from: Option<i32>,
    to: Option<i32>,
) -> Result<Json<Value>, ApiError> {
    let latest = crate::services::submissions::revisions(&state.db, &who.0, id)
        .await?
        .len() as i32;
    let to = to.unwrap_or(latest);
    let from = from.unwrap_or(to.saturating_sub(1));
    let changes = reviews::diff(&state.db, &state.forms, &who.0, id, from, to).await?;
    Ok(Json(json!({"from": from, "to": to, "changes": changes})))
}

/// `GET /api/v1/submissions/{id}/history` → every event, oldest first.
#[rocket::get("/submissions/<id>/history")]
pub async fn history(
    state: &State<AppState>,
    who: ApiActor,
    id: Uuid,
) -> Result<Json<Value>, ApiError> {
    Ok(Json(json!(reviews::history(&state.db, &who.0, id).await?)))
}

/// A time bound: RFC 3339, or a date (its midnight UTC).
fn instant(s: &str, name: &str) -> Result<DateTime<Utc>, ApiError> {
    DateTime::parse_from_rfc3339(s)
        .map(|t| t.with_timezone(&Utc))
        .or_else(|_| {
            NaiveDate::parse_from_str(s, "%Y-%m-%d")
                .map(|d| d.and_time(chrono::NaiveTime::MIN).and_utc())
        })
        .map_err(|_| ApiError::bad_request(format!("{name}: expected a date or an RFC 3339 time")))
}

/// `GET /api/v1/audit?entity=&entity_id=&actor=&action=&since=&until=&page=&per_page=`.
#[allow(clippy::too_many_arguments)]
#[rocket::get("/audit?<entity>&<entity_id>&<actor>&<action>&<since>&<until>&<page>&<per_page>")]
pub async fn audit_log(
    state: &State<AppState>,
    who: ApiActor,
    entity: Option<String>,
    entity_id: Option<String>,
    actor: Option<String>,
    action: Option<String>,
    since: Option<String>,
    until: Option<String>,
    page: Option<u64>,
    per_page: Option<u64>,
) -> Result<Json<Value>, ApiError> {
    let (page, per_page) = (
        page.unwrap_or(1).clamp(1, 100_000),
        per_page.unwrap_or(50).clamp(1, 200),
    );
    let actor = actor.as_deref().map(str::trim).filter(|a| !a.is_empty());
    let filter = Filter {
        entity: entity.filter(|s| !s.is_empty()),
        entity_id: entity_id.filter(|s| !s.is_empty()),
        actor: actor.and_then(|a| Uuid::parse_str(a).ok()),
        // Anything else names the account by its e-mail address.
        actor_email: actor
            .filter(|a| Uuid::parse_str(a).is_err())
            .map(str::to_string),
        action: action.filter(|s| !s.is_empty()),
        since: since
            .as_deref()
            .filter(|s| !s.is_empty())
            .map(|s| instant(s, "since"))
            .transpose()?,
        until: until
            .as_deref()
            .filter(|s| !s.is_empty())
            .map(|s| instant(s, "until"))
            .transpose()?,
    };
    let (items, total) = audit::list(&state.db, &who.0, filter, page, per_page).await?;
    Ok(Json(
        json!({"items": items, "total": total, "page": page, "per_page": per_page}),
    ))
}
