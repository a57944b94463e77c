//! Services: one function per use case. Each checks who may do it, opens the transaction,
//! calls the domain and writes its audit event in the same transaction.

pub mod accounts;
pub mod attachments;
pub mod audit;
pub mod cycles;
pub mod demo;
pub mod exports;
pub mod forms;
pub mod notifications;
pub mod ports;
pub mod resources;
pub mod reviews;
pub mod sessions;
pub mod setup;
pub mod states;
pub mod submissions;
pub mod summaries;
pub mod tokens;

use crate::questionnaire::validate::Problem;
use sea_orm::DbErr;

/// What a use case can answer besides success. Turned into HTTP in `web::error` only.
#[derive(Debug, thiserror::Error)]
pub enum ServiceError {
    #[error("not found")]
    NotFound,
    #[error("forbidden")]
    Forbidden,
    #[error("invalid input: {0}")]
    Invalid(String),
    #[error("validation failed")]
    Validation { problems: Vec<Problem> },
    /// 401: no valid credentials.
    #[error("unauthorized")]
    Unauthorized,
    /// 409 with a stable code and the Fluent key of its message.
    #[error("conflict: {code}")]
    Conflict {
        code: &'static str,
        key: &'static str,
    },
    /// 409 that tells more: the existing record's id, the current version…
    #[error("conflict: {code}")]
    ConflictWith {
        code: &'static str,
        key: &'static str,
        extra: serde_json::Map<String, serde_json::Value>,
    },
    /// 422: well-formed input that breaks a rule.
    #[error("rule: {code}")]
    Rule {
        code: &'static str,
        key: &'static str,
    },
    /// 422 `invalid_metadata`: a resource's description breaks a rule, on this field.
    #[error("invalid metadata: {field}")]
    Metadata {
        field: &'static str,
        key: &'static str,
    },
    /// 415: the bytes are not a kind of file accepted here.
    #[error("unsupported file type")]
    UnsupportedType,
    /// 410: it was there and is no more (a withdrawn resource's file).
    #[error("gone")]
    Gone,
    /// 429: too many attempts; try again later.
    #[error("too many requests")]
    TooManyRequests,
    #[error("database: {0}")]
    Db(#[from] DbErr),
    #[error("{0}")]
    Internal(String),
}

pub type ServiceResult<T> = Result<T, ServiceError>;

/// Runs CPU or file work off the async workers.
pub(crate) async fn blocking<T: Send + 'static>(
    f: impl FnOnce() -> T + Send + 'static,
) -> ServiceResult<T> {
    rocket::tokio::task::spawn_blocking(f)
        .await
        .map_err(|e| ServiceError::Internal(e.to_string()))
}

/// A unique index refused the row (two requests raced past the check): a 409, not a 500.
pub fn unique_or_db(e: DbErr, code: &'static str, key: &'static str) -> ServiceError {
    match e.sql_err() {
        Some(sea_orm::SqlErr::UniqueConstraintViolation(_)) => ServiceError::Conflict { code, key },
        _ => ServiceError::Db(e),
    }
}
