//! `GET /api/v1/cycles/{id}/export.csv` and `…/export.xlsx` (secretariat), and the same
//! for the secretariat's pages.

use super::attachments::Download;
use crate::domain::export::Labels;
use crate::i18n::Lang;
use crate::services::exports;
use crate::services::ServiceError;
use crate::web::error::ApiError;
use crate::web::guards::{ApiActor, StaffActor};
use crate::web::AppState;
use rocket::State;
use uuid::Uuid;

/// Which file.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Format {
    Csv,
    Xlsx,
}

/// The export of a cycle as bytes; `lang` puts choice labels in the cells (else names).
pub async fn build(
    state: &AppState,
    actor: &crate::domain::people::Actor,
    id: Uuid,
    format: Format,
    lang: Option<&str>,
    status: Option<&str>,
) -> Result<Download, ServiceError> {
    let lang = match lang.map(str::trim).filter(|l| !l.is_empty()) {
        None => None,
        Some(l) => Some(Lang::parse(l).ok_or_else(|| {
            ServiceError::Invalid(format!("lang: expected en, es, fr or pt, not {l}"))
        })?),
    };
    let status = status
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .unwrap_or("approved");
    let words = lang.unwrap_or(Lang::En);
    let (yes, no) = (
        state.i18n.t(words, "choice-yes"),
        state.i18n.t(words, "choice-no"),
    );
    let labels = Labels {
        lang: lang.map(Lang::code),
        yes: &yes,
        no: &no,
    };
    let (columns, rows) = exports::cycle_table(
        &state.db,
        &state.forms,
        actor,
        id,
        status,
        labels,
        words.code(),
    )
    .await?;
    let headings = [
        "export-codebook-column",
        "export-codebook-question",
        "export-codebook-wording",
        "export-codebook-type",
        "export-codebook-values",
    ]
    .map(|k| state.i18n.t(words, k));
    let table = crate::export::Table {
        columns: &columns,
        rows: &rows,
        codebook_headings: headings.each_ref().map(String::as_str),
    };
    let name = format!(
        "portplans-{id}-{status}{}",
        lang.map(|l| format!("-{}", l.code())).unwrap_or_default()
    );
    match format {
        Format::Csv => Ok(Download::named(
            crate::export::csv(&table).map_err(ServiceError::Internal)?,
            "text/csv; charset=utf-8",
            &format!("{name}.csv"),
        )),
        Format::Xlsx => Ok(Download::named(
            crate::export::xlsx(&table).map_err(ServiceError::Internal)?,
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            &format!("{name}.xlsx"),
        )),
    }
}

#[rocket::get("/cycles/<id>/export.csv?<lang>&<status>")]
pub async fn csv(
    state: &State<AppState>,
    who: ApiActor,
    id: Uuid,
    lang: Option<&str>,
    status: Option<&str>,
) -> Result<Download, ApiError> {
    Ok(build(state, &who.0, id, Format::Csv, lang, status).await?)
}

#[rocket::get("/cycles/<id>/export.xlsx?<lang>&<status>")]
pub async fn xlsx(
    state: &State<AppState>,
    who: ApiActor,
    id: Uuid,
    lang: Option<&str>,
    status: Option<&str>,
) -> Result<Download, ApiError> {
    Ok(build(state, &who.0, id, Format::Xlsx, lang, status).await?)
}

/// The same files from the secretariat's pages (the session, not a token).
#[rocket::get("/admin/cycles/<id>/export.csv?<lang>&<status>")]
pub async fn page_csv(
    state: &State<AppState>,
    staff: StaffActor,
    id: Uuid,
    lang: Option<&str>,
    status: Option<&str>,
) -> Result<Download, ApiError> {
    Ok(build(state, &staff.0, id, Format::Csv, lang, status).await?)
}

#[rocket::get("/admin/cycles/<id>/export.xlsx?<lang>&<status>")]
pub async fn page_xlsx(
    state: &State<AppState>,
    staff: StaffActor,
    id: Uuid,
    lang: Option<&str>,
    status: Option<&str>,
) -> Result<Download, ApiError> {
    Ok(build(state, &staff.0, id, Format::Xlsx, lang, status).await?)
}
