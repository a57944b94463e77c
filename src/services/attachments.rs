//! Attachments on file questions: the type is sniffed from the bytes (never the name),
//! files are kept by content hash, restricted by default; public only with a licence,
//! which is the uploader's recorded consent, and never on a sensitive question.

use super::audit::{self, Event};
use super::forms::Forms;
use super::{ServiceError, ServiceResult};
use crate::domain::people::Actor;
use crate::domain::workflow::Status;
use crate::questionnaire::definition::QuestionType;
use crate::store::blobs::BlobStore;
use crate::store::entities::{attachment, cycle, questionnaire_version, submission};
use chrono::Utc;
use sea_orm::{ActiveModelTrait, DatabaseConnection, EntityTrait, Set};
use serde_json::json;
use uuid::Uuid;

pub const RESTRICTED: &str = "restricted";
pub const PUBLIC: &str = "public";

/// The accepted kinds: (name in form files, media type).
const KINDS: [(&str, &str); 6] = [
    ("pdf", "application/pdf"),
    (
        "docx",
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    ),
    (
        "xlsx",
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    ),
    ("odt", "application/vnd.oasis.opendocument.text"),
    ("png", "image/png"),
    ("jpeg", "image/jpeg"),
];

/// The kind of a file from its first bytes, if it is one we accept.
pub fn sniff(bytes: &[u8]) -> Option<(&'static str, &'static str)> {
    let kind = if infer::archive::is_pdf(bytes) {
        "pdf"
    } else if infer::doc::is_docx(bytes) {
        "docx"
    } else if infer::doc::is_xlsx(bytes) {
        "xlsx"
    } else if infer::odf::is_odt(bytes) {
        "odt"
    } else if infer::image::is_png(bytes) {
        "png"
    } else if infer::image::is_jpeg(bytes) {
        "jpeg"
    } else {
        return None;
    };
    KINDS.iter().find(|(k, _)| *k == kind).copied()
}

/// What an upload carries besides its bytes.
pub struct Upload<'a> {
    pub question: &'a str,
    pub visibility: &'a str,
    pub licence: Option<&'a str>,
    pub filename: &'a str,
}

fn rule(code: &'static str, key: &'static str) -> ServiceError {
    ServiceError::Rule { code, key }
}

/// Stores a file on a question of an editable submission of the uploader's state.
#[allow(clippy::too_many_arguments)]
pub async fn upload(
    db: &DatabaseConnection,
    forms: &Forms,
    blobs: &BlobStore,
    actor: &Actor,
    submission_id: Uuid,
    up: Upload<'_>,
    bytes: &[u8],
    address: Option<&str>,
) -> ServiceResult<attachment::Model> {
    let row = submission::Entity::find_by_id(submission_id)
        .one(db)
        .await?
        .filter(|s| actor.may_see_state(&s.member_state))
        .ok_or(ServiceError::NotFound)?;
    if actor.is_staff() {
        return Err(ServiceError::Forbidden);
    }
    if !Status::parse(&row.status).is_some_and(Status::is_editable) {
        return Err(ServiceError::Conflict {
            code: "not_editable",
            key: "error-not-editable",
        });
    }
    let c = cycle::Entity::find_by_id(row.cycle_id)
        .one(db)
        .await?
        .ok_or(ServiceError::NotFound)?;
    let v = questionnaire_version::Entity::find_by_id(c.questionnaire_version_id)
        .one(db)
        .await?
        .ok_or(ServiceError::NotFound)?;
    let form = forms
        .get(&v.form_id, Some(&v.version))
        .ok_or_else(|| ServiceError::Internal("questionnaire not loaded".into()))?;
    let q = form
        .question(up.question)
        .filter(|q| q.kind == QuestionType::File)
        .ok_or_else(|| rule("not_a_file_question", "error-not-a-file-question"))?;
    let Some((kind, media_type)) = sniff(bytes) else {
        return Err(ServiceError::UnsupportedType);
    };
    if !q.accept.is_empty() && !q.accept.iter().any(|a| a == kind) {
        return Err(ServiceError::UnsupportedType);
    }
    let licence = match up.licence.map(str::trim).filter(|l| !l.is_empty()) {
        None => None,
        Some(l) => Some(
            crate::domain::licences::find(l)
                .ok_or_else(|| rule("unknown_licence", "error-unknown-licence"))?,
        ),
    };
    match up.visibility {
        RESTRICTED => {}
        PUBLIC if form.is_sensitive(&q.id) => {
            return Err(rule("sensitive", "error-sensitive-public"))
        }
        PUBLIC if licence.is_none() => {
            return Err(rule("licence_required", "error-licence-required"))
        }
        PUBLIC => {}
        _ => return Err(rule("invalid_visibility", "error-invalid-visibility")),
    }
    let sha = blobs
        .put(bytes)
        .map_err(|e| ServiceError::Internal(format!("blob store: {e}")))?;
    let now = Utc::now();
    let public = up.visibility == PUBLIC;
    let filename: String = up
        .filename
        .chars()
        .filter(|c| !c.is_control() && !matches!(c, '/' | '\\' | '"'))
        .take(200)
        .collect();
    let txn = crate::store::begin_write(db).await?;
    let a = attachment::ActiveModel {
        id: Set(Uuid::new_v4()),
        submission_id: Set(row.id),
        question: Set(q.id.clone()),
        sha256: Set(sha),
        size: Set(bytes.len() as i64),
        media_type: Set(media_type.to_string()),
        filename: Set(if filename.is_empty() {
            format!("{}.{kind}", q.id)
        } else {
            filename
        }),
        visibility: Set(up.visibility.to_string()),
        licence: Set(if public {
            licence.map(str::to_string)
        } else {
            None
        }),
        consent_by: Set(public.then_some(actor.id)),
        consent_at: Set(public.then_some(now)),
        created_by: Set(actor.id),
        created_at: Set(now),
    }
    .insert(&txn)
    .await?;
    audit::record(
        &txn,
        Event {
            actor: Some(actor.id),
            action: "attachment.uploaded",
            entity: "attachment",
            entity_id: a.id.to_string(),
            member_state: Some(row.member_state.clone()),
            address: address.map(str::to_string),
            data: Some(
                json!({"submission": row.id, "question": a.question, "sha256": a.sha256,
                "visibility": a.visibility, "licence": a.licence}),
            ),
            ..Event::default()
        },
    )
    .await?;
    txn.commit().await?;
    Ok(a)
}

/// The attachments of a submission the caller may see.
pub async fn of_submission(
    db: &DatabaseConnection,
    actor: &Actor,
    submission_id: Uuid,
) -> ServiceResult<Vec<attachment::Model>> {
    use sea_orm::{ColumnTrait, QueryFilter, QueryOrder};
    submission::Entity::find_by_id(submission_id)
        .one(db)
        .await?
        .filter(|s| actor.may_see_state(&s.member_state))
        .ok_or(ServiceError::NotFound)?;
    Ok(attachment::Entity::find()
        .filter(attachment::Column::SubmissionId.eq(submission_id))
        .order_by_asc(attachment::Column::CreatedAt)
        .all(db)
        .await?)
}

/// An attachment and its bytes, for the owner state and the secretariat.
pub async fn download(
    db: &DatabaseConnection,
    blobs: &BlobStore,
    actor: &Actor,
    id: Uuid,
) -> ServiceResult<(attachment::Model, Vec<u8>)> {
    let a = attachment::Entity::find_by_id(id)
        .one(db)
        .await?
        .ok_or(ServiceError::NotFound)?;
    submission::Entity::find_by_id(a.submission_id)
        .one(db)
        .await?
        .filter(|s| actor.may_see_state(&s.member_state))
        .ok_or(ServiceError::NotFound)?;
    let bytes = blobs
        .get(&a.sha256)
        .map_err(|e| ServiceError::Internal(format!("blob {}: {e}", a.sha256)))?;
    Ok((a, bytes))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn types_come_from_the_bytes() {
        assert_eq!(sniff(b"%PDF-1.7\n%\xe2\xe3\n").map(|k| k.0), Some("pdf"));
        assert_eq!(
            sniff(b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR").map(|k| k.0),
            Some("png")
        );
        assert_eq!(
            sniff(b"\xff\xd8\xff\xe0\0\x10JFIF\0").map(|k| k.0),
            Some("jpeg")
        );
        assert_eq!(sniff(b"MZ\x90\0 this is an executable"), None);
        assert_eq!(sniff(b"just text pretending to be a pdf"), None);
    }
}
