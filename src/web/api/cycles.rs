//! Reporting cycles.

use super::{body, Body};
use crate::services::cycles::{self, NewCycle};
use crate::web::error::ApiError;
use crate::web::guards::{ApiActor, ClientAddr};
use crate::web::AppState;
use chrono::NaiveDate;
use rocket::http::Status;
use rocket::serde::json::Json;
use rocket::State;
use serde::Deserialize;
use serde_json::{json, Value};
use std::collections::BTreeMap;
use uuid::Uuid;

#[derive(Deserialize)]
pub struct Create {
    form: String,
    #[serde(default)]
    version: Option<String>,
    /// One title for every language, or `{"en": "…", "es": "…", …}` (English required).
    title: Title,
    opens_on: NaiveDate,
    closes_on: NaiveDate,
}

#[derive(Deserialize)]
#[serde(untagged)]
pub enum Title {
    One(String),
    ByLanguage(BTreeMap<String, String>),
}

/// `POST /api/v1/cycles` (secretariat) → 201.
#[rocket::post("/cycles", data = "<req>")]
pub async fn create(
    state: &State<AppState>,
    who: ApiActor,
    addr: ClientAddr,
    req: Body<'_, Create>,
) -> Result<(Status, Json<Value>), ApiError> {
    let req = body(req)?;
    let (title, titles) = match req.title {
        Title::One(t) => (t, BTreeMap::new()),
        Title::ByLanguage(t) => (t.get("en").cloned().unwrap_or_default(), t),
    };
    let new = NewCycle {
        form: &req.form,
        version: req.version.as_deref(),
        title: &title,
        titles,
        opens_on: req.opens_on,
        closes_on: req.closes_on,
    };
    let c = cycles::create(&state.db, &state.forms, &who.0, new, addr.as_deref()).await?;
    Ok((Status::Created, Json(json!(c))))
}

/// `GET /api/v1/cycles`.
#[rocket::get("/cycles")]
pub async fn list(state: &State<AppState>, _who: ApiActor) -> Result<Json<Value>, ApiError> {
    Ok(Json(json!(cycles::list(&state.db).await?)))
}

/// `GET /api/v1/cycles/{id}` with progress per member state.
#[rocket::get("/cycles/<id>")]
pub async fn show(
    state: &State<AppState>,
    who: ApiActor,
    id: Uuid,
) -> Result<Json<Value>, ApiError> {
    let c = cycles::get(&state.db, id).await?;
    let progress = cycles::progress(&state.db, &who.0, id).await?;
    let mut v = json!(c);
    v["progress"] = json!(progress);
    Ok(Json(v))
}

/// `POST /api/v1/cycles/{id}/close` (secretariat).
#[rocket::post("/cycles/<id>/close")]
pub async fn close(
    state: &State<AppState>,
    who: ApiActor,
    addr: ClientAddr,
    id: Uuid,
) -> Result<Json<Value>, ApiError> {
    Ok(Json(json!(
        cycles::close(&state.db, &who.0, id, addr.as_deref()).await?
    )))
}
