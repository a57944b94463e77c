//! Member states and their ports.

use super::{body, Body};
use crate::services::{ports, states};
use crate::store::entities::{member_state, port};
use crate::web::error::ApiError;
use crate::web::guards::{ApiActor, ClientAddr};
use crate::web::AppState;
use rocket::http::Status;
use rocket::serde::json::Json;
use rocket::State;
use serde::Deserialize;
use serde_json::{json, Value};

pub fn state_json(m: &member_state::Model) -> Value {
    json!({"code": m.code, "alpha2": m.alpha2, "names": m.names, "status": m.status})
}

pub fn port_json(p: &port::Model) -> Value {
    json!({"id": p.id, "locode": p.locode, "name": p.name, "member_state": p.member_state,
        "latitude": p.latitude, "longitude": p.longitude})
}

/// `GET /api/v1/member-states`: every member state, for anyone.
#[rocket::get("/member-states")]
pub async fn list(state: &State<AppState>) -> Result<Json<Value>, ApiError> {
    let rows = states::list(&state.db).await?;
    Ok(Json(Value::Array(rows.iter().map(state_json).collect())))
}

#[derive(Deserialize)]
pub struct StatusChange {
    status: String,
}

/// `PUT /api/v1/member-states/{code}/status` `{status}` (secretariat).
#[rocket::put("/member-states/<code>/status", data = "<req>")]
pub async fn set_status(
    state: &State<AppState>,
    who: ApiActor,
    addr: ClientAddr,
    code: &str,
    req: Body<'_, StatusChange>,
) -> Result<Json<Value>, ApiError> {
    let req = body(req)?;
    let m = states::set_status(&state.db, &who.0, code, &req.status, addr.as_deref()).await?;
    Ok(Json(state_json(&m)))
}

/// `GET /api/v1/member-states/{code}/ports`.
#[rocket::get("/member-states/<code>/ports")]
pub async fn ports_of(
    state: &State<AppState>,
    who: ApiActor,
    code: &str,
) -> Result<Json<Value>, ApiError> {
    let rows = ports::list(&state.db, &who.0, code).await?;
    Ok(Json(Value::Array(rows.iter().map(port_json).collect())))
}

#[derive(Deserialize)]
pub struct NewPort {
    locode: String,
    name: String,
}

/// `POST /api/v1/member-states/{code}/ports` (secretariat) → 201; 422 bad LOCODE; 409 exists.
#[rocket::post("/member-states/<code>/ports", data = "<req>")]
pub async fn add_port(
    state: &State<AppState>,
    who: ApiActor,
    addr: ClientAddr,
    code: &str,
    req: Body<'_, NewPort>,
) -> Result<(Status, Json<Value>), ApiError> {
    let req = body(req)?;
    let p = ports::create(
        &state.db,
        &who.0,
        code,
        &req.locode,
        &req.name,
        addr.as_deref(),
    )
    .await?;
    Ok((Status::Created, Json(port_json(&p))))
}
