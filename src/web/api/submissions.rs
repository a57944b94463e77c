//! Submissions: start, read, save a draft, submit, read a revision.

use super::{body, Body};
use crate::questionnaire::validate::Problem;
use crate::services::submissions::{self, ListFilter, Loaded};
use crate::store::entities::{port, submission};
use crate::web::error::{render_problems, ApiError};
use crate::web::guards::{ApiActor, ClientAddr};
use crate::web::locale::Locale;
use crate::web::AppState;
use rocket::http::Status;
use rocket::serde::json::Json;
use rocket::State;
use serde::Deserialize;
use serde_json::{json, Map, Value};
use uuid::Uuid;

fn summary(s: &submission::Model, p: Option<&port::Model>) -> Value {
    json!({
        "id": s.id,
        "cycle": s.cycle_id,
        "member_state": s.member_state,
        "port": p.map(|p| json!({"id": p.id, "locode": p.locode, "name": p.name})),
        "status": s.status,
        "version": s.version,
        "updated_at": s.updated_at,
        "submitted_at": s.submitted_at,
    })
}

fn stored_problems(s: &submission::Model) -> Vec<Problem> {
    serde_json::from_value(s.problems.clone()).unwrap_or_default()
}

#[derive(Deserialize)]
pub struct Start {
    port: String,
}

/// `POST /api/v1/cycles/{id}/submissions` `{port}` → 201 (focal point).
#[rocket::post("/cycles/<id>/submissions", data = "<req>")]
pub async fn start(
    state: &State<AppState>,
    who: ApiActor,
    addr: ClientAddr,
    id: Uuid,
    req: Body<'_, Start>,
) -> Result<(Status, Json<Value>), ApiError> {
    let req = body(req)?;
    let l = submissions::start(
        &state.db,
        &state.forms,
        &who.0,
        id,
        &req.port,
        addr.as_deref(),
    )
    .await?;
    let mut v = summary(&l.row, l.port.as_ref());
    v["answers"] = l.row.answers.clone();
    Ok((Status::Created, Json(v)))
}

/// `GET /api/v1/submissions?cycle=&member_state=&status=&page=&per_page=`.
#[rocket::get("/submissions?<cycle>&<member_state>&<status>&<page>&<per_page>")]
pub async fn list(
    state: &State<AppState>,
    who: ApiActor,
    cycle: Option<Uuid>,
    member_state: Option<String>,
    status: Option<String>,
    page: Option<u64>,
    per_page: Option<u64>,
) -> Result<Json<Value>, ApiError> {
    let (page, per_page) = (
        page.unwrap_or(1).clamp(1, 100_000),
        per_page.unwrap_or(50).clamp(1, 200),
    );
    let filter = ListFilter {
        cycle,
        member_state,
        status,
    };
    let (rows, total) = submissions::list(&state.db, &who.0, filter, page, per_page).await?;
    Ok(Json(json!({
        "items": rows.iter().map(|(s, p)| summary(s, p.as_ref())).collect::<Vec<_>>(),
        "total": total, "page": page, "per_page": per_page,
    })))
}

fn whole(
    state: &AppState,
    locale: Locale,
    l: &Loaded,
    revisions: &[crate::store::entities::revision::Model],
    comments: &[crate::services::reviews::CommentView],
) -> Value {
    let mut v = summary(&l.row, l.port.as_ref());
    v["form"] = json!({"id": l.form.id(), "version": l.form.version()});
    v["answers"] = l.row.answers.clone();
    v["problems"] = json!(render_problems(
        &state.i18n,
        locale.0,
        &stored_problems(&l.row)
    ));
    v["revisions"] = json!(revisions
        .iter()
        .map(|r| json!({"number": r.number, "submitted_at": r.submitted_at}))
        .collect::<Vec<_>>());
    v["comments"] = json!(comments);
    v
}

/// `GET /api/v1/submissions/{id}` (owner state, secretariat).
#[rocket::get("/submissions/<id>")]
pub async fn show(
    state: &State<AppState>,
    who: ApiActor,
    locale: Locale,
    id: Uuid,
) -> Result<Json<Value>, ApiError> {
    let l = submissions::get(&state.db, &state.forms, &who.0, id).await?;
    let revisions = submissions::revisions(&state.db, &who.0, id).await?;
    let comments = crate::services::reviews::comments(&state.db, &who.0, id).await?;
    Ok(Json(whole(state, locale, &l, &revisions, &comments)))
}

#[derive(Deserialize)]
pub struct Save {
    version: i32,
    answers: Map<String, Value>,
}

/// `PUT /api/v1/submissions/{id}/answers` `{version, answers}` → `{version, problems}`.
#[rocket::put("/submissions/<id>/answers", data = "<req>")]
pub async fn save(
    state: &State<AppState>,
    who: ApiActor,
    locale: Locale,
    addr: ClientAddr,
    id: Uuid,
    req: Body<'_, Save>,
) -> Result<Json<Value>, ApiError> {
    let req = body(req)?;
    let (version, problems) = submissions::save_answers(
        &state.db,
        &state.forms,
        &who.0,
        id,
        submissions::Draft {
            version: req.version,
            answers: req.answers,
            checked_section: None,
        },
        addr.as_deref(),
    )
    .await?;
    Ok(Json(
        json!({"version": version, "problems": render_problems(&state.i18n, locale.0, &problems)}),
    ))
}

#[derive(Deserialize)]
pub struct Submit {
    version: i32,
}

/// `POST /api/v1/submissions/{id}/submit` `{version}` → `{status, revision, dropped}`.
#[rocket::post("/submissions/<id>/submit", data = "<req>")]
pub async fn submit(
    state: &State<AppState>,
    who: ApiActor,
    addr: ClientAddr,
    id: Uuid,
    req: Body<'_, Submit>,
) -> Result<Json<Value>, ApiError> {
    let req = body(req)?;
    let s = submissions::submit(
        &state.db,
        &state.forms,
        &who.0,
        id,
        req.version,
        addr.as_deref(),
    )
    .await?;
    Ok(Json(
        json!({"status": "submitted", "revision": s.revision, "dropped": s.dropped, "version": s.version}),
    ))
}

/// `GET /api/v1/submissions/{id}/revisions/{n}`: the frozen answers of revision n.
#[rocket::get("/submissions/<id>/revisions/<n>")]
pub async fn revision(
    state: &State<AppState>,
    who: ApiActor,
    id: Uuid,
    n: i32,
) -> Result<Json<Value>, ApiError> {
    let revisions = submissions::revisions(&state.db, &who.0, id).await?;
    let r = revisions
        .iter()
        .find(|r| r.number == n)
        .ok_or_else(ApiError::not_found)?;
    Ok(Json(
        json!({"number": r.number, "answers": r.answers, "dropped": r.dropped, "submitted_at": r.submitted_at}),
    ))
}
