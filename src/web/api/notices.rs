//! `GET /api/v1/notifications` and `POST /api/v1/notifications/read`: the caller's notices.

use super::{body, Body};
use crate::services::notifications;
use crate::web::error::ApiError;
use crate::web::guards::ApiActor;
use crate::web::locale::Locale;
use crate::web::AppState;
use rocket::serde::json::Json;
use rocket::State;
use serde::Deserialize;
use serde_json::{json, Value};
use uuid::Uuid;

/// `?page=&per_page=` → `{items, total, unread, page, per_page}`, each item with its text
/// in the caller's language.
#[rocket::get("/notifications?<page>&<per_page>")]
pub async fn list(
    state: &State<AppState>,
    who: ApiActor,
    locale: Locale,
    page: Option<u64>,
    per_page: Option<u64>,
) -> Result<Json<Value>, ApiError> {
    let (page, per_page) = (
        page.unwrap_or(1).clamp(1, 100_000),
        per_page.unwrap_or(50).clamp(1, 200),
    );
    let (items, total, unread) = notifications::list(&state.db, &who.0, page, per_page).await?;
    let items: Vec<Value> = items
        .iter()
        .map(|n| {
            let (text, _) =
                notifications::render(&state.i18n, locale.0, &n.kind, n.data.as_ref(), "");
            let mut v = json!(n);
            v["text"] = json!(text);
            v
        })
        .collect();
    Ok(Json(
        json!({"items": items, "total": total, "unread": unread, "page": page, "per_page": per_page}),
    ))
}

#[derive(Deserialize, Default)]
pub struct Read {
    #[serde(default)]
    id: Option<Uuid>,
}

/// `{id?}` → `{marked}`: one notice, or all of them, read.
#[rocket::post("/notifications/read", data = "<req>")]
pub async fn read(
    state: &State<AppState>,
    who: ApiActor,
    req: Body<'_, Read>,
) -> Result<Json<Value>, ApiError> {
    let req = body(req)?;
    let n = notifications::mark_read(&state.db, &who.0, req.id).await?;
    Ok(Json(json!({"marked": n})))
}
