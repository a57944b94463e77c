//! Attachments: upload (multipart) and download.

use crate::services::attachments::{self, Upload};
use crate::web::error::ApiError;
use crate::web::guards::{ApiActor, ClientAddr};
use crate::web::AppState;
use rocket::form::{Errors, Form};
use rocket::fs::TempFile;
use rocket::http::{ContentType, Header, Status};
use rocket::serde::json::Json;
use rocket::State;
use serde_json::{json, Value};
use uuid::Uuid;

#[derive(rocket::FromForm)]
pub struct UploadForm<'r> {
    file: TempFile<'r>,
    #[field(default = String::new())]
    question: String,
    #[field(default = String::from("restricted"))]
    visibility: String,
    licence: Option<String>,
}

/// The name the browser gave an uploaded file, and its bytes (the whole file is read: it is
/// bounded by the configured limit, and is sniffed and hashed).
pub async fn read_upload(file: &TempFile<'_>) -> std::io::Result<(String, Vec<u8>)> {
    let name = file
        .raw_name()
        .map(|n| n.dangerous_unsafe_unsanitized_raw().as_str().to_string())
        .unwrap_or_default();
    let bytes = match file.path() {
        Some(path) => rocket::tokio::fs::read(path).await?,
        None => match file {
            TempFile::Buffered { content } => content.to_vec(),
            _ => Vec::new(),
        },
    };
    Ok((name, bytes))
}

/// `POST /api/v1/submissions/{id}/attachments` → 201; 413 too large; 415 not an accepted type.
#[rocket::post("/submissions/<id>/attachments", data = "<form>")]
pub async fn upload(
    state: &State<AppState>,
    who: ApiActor,
    addr: ClientAddr,
    id: Uuid,
    form: Result<Form<UploadForm<'_>>, Errors<'_>>,
) -> Result<(Status, Json<Value>), ApiError> {
    let form = form.map_err(|errors| {
        let status = errors.status();
        if status == Status::PayloadTooLarge {
            ApiError::for_status(status)
        } else {
            ApiError::bad_request(errors.to_string())
        }
    })?;
    let f = form.into_inner();
    let (filename, bytes) = read_upload(&f.file).await.map_err(|e| {
        log::error!("reading an upload: {e}");
        ApiError::for_status(Status::InternalServerError)
    })?;
    let up = Upload {
        question: &f.question,
        visibility: &f.visibility,
        licence: f.licence.as_deref(),
        filename: &filename,
    };
    let a = attachments::upload(
        &state.db,
        &state.forms,
        &state.blobs,
        &who.0,
        id,
        up,
        &bytes,
        addr.as_deref(),
    )
    .await?;
    Ok((
        Status::Created,
        Json(
            json!({"id": a.id, "sha256": a.sha256, "size": a.size, "media_type": a.media_type,
            "visibility": a.visibility, "licence": a.licence, "question": a.question, "filename": a.filename}),
        ),
    ))
}

/// A file to download, never rendered in the browser.
#[derive(rocket::Responder)]
pub struct Download {
    body: Vec<u8>,
    content_type: ContentType,
    disposition: Header<'static>,
    cache: Header<'static>,
}

impl Download {
    pub fn of(a: &crate::store::entities::attachment::Model, body: Vec<u8>) -> Download {
        Download::named(body, &a.media_type, &a.filename)
    }

    /// Bytes of a media type, saved under `filename` (a name the server chose or cleaned).
    pub fn named(body: Vec<u8>, media_type: &str, filename: &str) -> Download {
        Download {
            body,
            content_type: ContentType::parse_flexible(media_type).unwrap_or(ContentType::Binary),
            disposition: Header::new(
                "Content-Disposition",
                format!("attachment; filename=\"{filename}\""),
            ),
            cache: Header::new("Cache-Control", "private, no-store"),
        }
    }
}

/// `GET /api/v1/attachments/{id}` (owner state, secretariat).
#[rocket::get("/attachments/<id>")]
pub async fn download(
    state: &State<AppState>,
    who: ApiActor,
    id: Uuid,
) -> Result<Download, ApiError> {
    let (a, body) = attachments::download(&state.db, &state.blobs, &who.0, id).await?;
    Ok(Download::of(&a, body))
}
