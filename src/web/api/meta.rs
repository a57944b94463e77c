//! Small read-only lists and the health check.

use crate::store::entities::member_state;
use crate::web::error::ApiError;
use crate::web::AppState;
use rocket::serde::json::Json;
use rocket::State;
use sea_orm::{EntityTrait, QueryOrder};
use serde_json::{json, Value};

/// `GET /api/v1/member-states`: every member state, for anyone.
#[rocket::get("/member-states")]
pub async fn member_states(state: &State<AppState>) -> Result<Json<Value>, ApiError> {
    let rows = member_state::Entity::find()
        .order_by_asc(member_state::Column::Code)
        .all(&state.db)
        .await
        .map_err(crate::services::ServiceError::from)?;
    Ok(Json(Value::Array(
        rows.into_iter()
            .map(|m| json!({"code": m.code, "alpha2": m.alpha2, "names": m.names, "status": m.status}))
            .collect(),
    )))
}
