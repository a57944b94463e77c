//! Comparative summaries (secretariat): ask for one, follow it, download its PDF.

use super::attachments::Download;
use super::{body, Body};
use crate::services::summaries::{self, SummaryView};
use crate::web::error::ApiError;
use crate::web::guards::{ApiActor, ClientAddr};
use crate::web::AppState;
use rocket::http::Status;
use rocket::serde::json::Json;
use rocket::State;
use serde::Deserialize;
use std::time::Duration;
use uuid::Uuid;

/// How long a request waits for its summary before answering `pending`.
const WAIT: Duration = Duration::from_secs(3);

#[derive(Deserialize)]
pub struct NewSummary {
    lang: String,
}

/// Asks for a summary and starts making it off the request thread; waits a little, so a
/// quick one answers `ready` at once and a long one `pending` (poll its URL).
pub async fn start(
    state: &AppState,
    actor: &crate::domain::people::Actor,
    cycle: Uuid,
    lang: &str,
    addr: Option<&str>,
) -> Result<SummaryView, crate::services::ServiceError> {
    let made = summaries::request(&state.db, actor, cycle, lang, addr).await?;
    let job = state.make_summary(made.id);
    // The job goes on if the wait ends first; the worker also picks up what is left.
    match rocket::tokio::time::timeout(WAIT, job).await {
        Ok(Ok(Err(e))) => log::error!("summary {}: {e}", made.id),
        Ok(Err(e)) => log::error!("summary {}: the job stopped: {e}", made.id),
        Ok(Ok(Ok(()))) | Err(_) => {}
    }
    summaries::get(&state.db, actor, made.id).await
}

/// `POST /api/v1/cycles/{id}/summaries` `{lang}` → 201 `{id, status, …}`.
#[rocket::post("/cycles/<id>/summaries", data = "<req>")]
pub async fn create(
    state: &State<AppState>,
    who: ApiActor,
    addr: ClientAddr,
    id: Uuid,
    req: Body<'_, NewSummary>,
) -> Result<(Status, Json<SummaryView>), ApiError> {
    let req = body(req)?;
    let view = start(state, &who.0, id, &req.lang, addr.as_deref()).await?;
    Ok((Status::Created, Json(view)))
}

/// `GET /api/v1/cycles/{id}/summaries`: the cycle's summaries, newest first.
#[rocket::get("/cycles/<id>/summaries")]
pub async fn list(
    state: &State<AppState>,
    who: ApiActor,
    id: Uuid,
) -> Result<Json<Vec<SummaryView>>, ApiError> {
    Ok(Json(summaries::list(&state.db, &who.0, id).await?))
}

/// `GET /api/v1/summaries/{id}`.
#[rocket::get("/summaries/<id>")]
pub async fn show(
    state: &State<AppState>,
    who: ApiActor,
    id: Uuid,
) -> Result<Json<SummaryView>, ApiError> {
    Ok(Json(summaries::get(&state.db, &who.0, id).await?))
}

/// The file name a summary downloads as.
pub fn file_name(view: &SummaryView) -> String {
    format!("portplans-summary-{}-{}.pdf", view.cycle, view.lang)
}

/// `GET /api/v1/summaries/{id}/pdf` → `application/pdf`; 409 while it is being made.
#[rocket::get("/summaries/<id>/pdf")]
pub async fn pdf(state: &State<AppState>, who: ApiActor, id: Uuid) -> Result<Download, ApiError> {
    let (view, bytes) = summaries::pdf(&state.db, &state.blobs, &who.0, id).await?;
    Ok(Download::named(bytes, "application/pdf", &file_name(&view)))
}
