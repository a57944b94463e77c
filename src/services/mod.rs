//! Services: one function per use case. Each checks who may do it, opens the transaction,
//! calls the domain and writes its audit event in the same transaction.

pub mod audit;
pub mod forms;
pub mod setup;

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
    #[error("conflict: {0}")]
    Conflict(&'static str),
    #[error("database: {0}")]
    Db(#[from] DbErr),
    #[error("{0}")]
    Internal(String),
}

pub type ServiceResult<T> = Result<T, ServiceError>;
