//! Comparative summaries from the secretariat's progress board: one click asks for the
//! PDF in a language; the board lists the cycle's summaries with their state and files.

use super::auth::Page;
use super::reporting::error_page;
use super::{App, Ctx};
use crate::i18n::{I18n, Lang};
use crate::services::summaries::{self, SummaryView};
use crate::web::api::attachments::Download;
use crate::web::api::summaries::{file_name, start};
use crate::web::error::ApiError;
use crate::web::guards::{ClientAddr, CsrfFields, StaffActor};
use rocket::response::Redirect;
use serde_json::{json, Value};
use uuid::Uuid;

/// `POST /admin/cycles/{id}/summaries` (`lang`): makes one, then back to the board.
#[rocket::post("/admin/cycles/<id>/summaries", data = "<form>")]
pub async fn create(
    app: App<'_>,
    ctx: Ctx,
    staff: StaffActor,
    addr: ClientAddr,
    id: Uuid,
    form: CsrfFields,
) -> Page {
    let lang = form.get("lang").unwrap_or_default().to_string();
    match start(app, &staff.0, id, &lang, addr.as_deref()).await {
        Ok(view) => Page::Go(Redirect::to(format!(
            "/admin/cycles/{id}?summary={}#summaries",
            view.id
        ))),
        Err(e) => error_page(app, &ctx, e),
    }
}

/// `GET /admin/summaries/{id}/pdf`: the file, from the pages (the session, not a token).
#[rocket::get("/admin/summaries/<id>/pdf")]
pub async fn pdf(app: App<'_>, staff: StaffActor, id: Uuid) -> Result<Download, ApiError> {
    let (view, bytes) = summaries::pdf(&app.db, &app.blobs, &staff.0, id).await?;
    Ok(Download::named(bytes, "application/pdf", &file_name(&view)))
}

/// A summary as the board lists it, in the reader's language.
pub fn row(i18n: &I18n, lang: Lang, s: &SummaryView) -> Value {
    let language = Lang::parse(&s.lang)
        .map(|l| i18n.t(lang, &format!("language-name-{}", l.code())))
        .unwrap_or_else(|| s.lang.clone());
    json!({
        "id": s.id,
        "language": language,
        "status": s.status,
        "requested": s.created_at.format("%Y-%m-%d %H:%M UTC").to_string(),
        "pages": s.pages,
        "size": s.size.map(|n| i18n.size(lang, n.max(0) as u64)),
        "sha256": s.sha256,
    })
}
