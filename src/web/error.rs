//! The one place where errors become HTTP responses: the API's JSON shape
//! `{"error", "message", "details"}` in the caller's language, and HTML error pages.

use super::locale::Locale;
use super::AppState;
use crate::i18n::{I18n, Lang};
use crate::questionnaire::validate::Problem;
use crate::services::ServiceError;
use rocket::http::{ContentType, Status};
use rocket::request::Request;
use rocket::response::{self, Responder, Response};
use serde::Serialize;
use serde_json::{json, Value as Json};
use std::io::Cursor;

/// What a problem looks like in the API.
#[derive(Debug, Clone, Serialize)]
pub struct ProblemOut {
    pub question: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub path: Option<String>,
    pub code: &'static str,
    pub message: String,
    pub severity: &'static str,
}

/// Problems with their messages in `lang`.
pub fn render_problems(i18n: &I18n, lang: Lang, problems: &[Problem]) -> Vec<ProblemOut> {
    problems
        .iter()
        .map(|p| ProblemOut {
            question: p.question.clone(),
            path: p.path.clone(),
            code: p.code.as_str(),
            message: i18n.problem_message(lang, p),
            severity: if p.is_error() { "error" } else { "warning" },
        })
        .collect()
}

/// Details of an API error, rendered in the caller's language when the response is built.
#[derive(Debug, Clone)]
pub enum Details {
    None,
    Problems(Vec<Problem>),
}

/// An API error: status, stable code, a message key of the Fluent files and its arguments.
#[derive(Debug, Clone)]
pub struct ApiError {
    pub status: Status,
    pub code: &'static str,
    pub key: &'static str,
    pub args: Vec<(&'static str, String)>,
    pub details: Details,
    /// Fields added beside `error`, `message` and `details` (e.g. `current_version`).
    pub extra: serde_json::Map<String, Json>,
}

impl ApiError {
    pub fn new(status: Status, code: &'static str, key: &'static str) -> Self {
        ApiError {
            status,
            code,
            key,
            args: Vec::new(),
            details: Details::None,
            extra: serde_json::Map::new(),
        }
    }

    pub fn arg(mut self, name: &'static str, value: impl Into<String>) -> Self {
        self.args.push((name, value.into()));
        self
    }

    pub fn bad_request(detail: impl Into<String>) -> Self {
        ApiError::new(Status::BadRequest, "bad_request", "error-bad-request").arg("detail", detail)
    }

    pub fn not_found() -> Self {
        ApiError::new(Status::NotFound, "not_found", "error-not-found")
    }

    /// The default error of a status with no more specific cause (used by the catchers).
    pub fn for_status(status: Status) -> Self {
        let (code, key) = match status.code {
            400 => ("bad_request", "error-bad-request-plain"),
            401 => ("unauthorized", "error-unauthorized"),
            403 => ("forbidden", "error-forbidden"),
            404 => ("not_found", "error-not-found"),
            405 => ("method_not_allowed", "error-method-not-allowed"),
            409 => ("conflict", "error-conflict"),
            413 => ("too_large", "error-too-large"),
            415 => ("unsupported_media_type", "error-unsupported-media-type"),
            422 => ("unprocessable", "error-unprocessable"),
            429 => ("too_many_requests", "error-too-many-requests"),
            _ if status.code < 500 => ("bad_request", "error-bad-request-plain"),
            _ => ("internal", "error-internal"),
        };
        ApiError::new(status, code, key)
    }

    pub fn body(&self, i18n: &I18n, lang: Lang) -> Json {
        let message = i18n.t_args(lang, self.key, &self.args);
        let details = match &self.details {
            Details::None => Json::Array(Vec::new()),
            Details::Problems(p) => {
                serde_json::to_value(render_problems(i18n, lang, p)).unwrap_or_default()
            }
        };
        let mut body = json!({"error": self.code, "message": message, "details": details});
        if let Some(obj) = body.as_object_mut() {
            for (k, v) in &self.extra {
                obj.entry(k.clone()).or_insert_with(|| v.clone());
            }
        }
        body
    }
}

impl From<ServiceError> for ApiError {
    fn from(e: ServiceError) -> Self {
        match e {
            ServiceError::NotFound => ApiError::not_found(),
            ServiceError::Forbidden => ApiError::for_status(Status::Forbidden),
            ServiceError::Invalid(detail) => ApiError::bad_request(detail),
            ServiceError::Unauthorized => {
                ApiError::new(Status::Unauthorized, "unauthorized", "error-unauthorized")
            }
            ServiceError::Conflict { code, key } => ApiError::new(Status::Conflict, code, key),
            ServiceError::ConflictWith { code, key, extra } => ApiError {
                extra,
                ..ApiError::new(Status::Conflict, code, key)
            },
            ServiceError::Rule { code, key } => {
                ApiError::new(Status::UnprocessableEntity, code, key)
            }
            ServiceError::Metadata { field, key } => {
                let mut extra = serde_json::Map::new();
                extra.insert("field".into(), field.into());
                ApiError {
                    extra,
                    ..ApiError::new(Status::UnprocessableEntity, "invalid_metadata", key)
                }
            }
            ServiceError::TooManyRequests => ApiError::for_status(Status::TooManyRequests),
            ServiceError::Gone => ApiError::for_status(Status::Gone),
            ServiceError::UnsupportedType => ApiError::for_status(Status::UnsupportedMediaType),
            ServiceError::Validation { problems } => ApiError {
                details: Details::Problems(problems),
                ..ApiError::new(
                    Status::UnprocessableEntity,
                    "validation_failed",
                    "error-validation-failed",
                )
            },
            ServiceError::Db(err) => {
                // The detail goes to the log only: responses never leak internals.
                log::error!("database error: {err}");
                ApiError::for_status(Status::InternalServerError)
            }
            ServiceError::Internal(msg) => {
                log::error!("internal error: {msg}");
                ApiError::for_status(Status::InternalServerError)
            }
        }
    }
}

impl<'r> Responder<'r, 'static> for ApiError {
    fn respond_to(self, req: &'r Request<'_>) -> response::Result<'static> {
        let lang = Locale::of_request(req).0;
        let body = match req.rocket().state::<AppState>() {
            Some(state) => self.body(&state.i18n, lang),
            None => json!({"error": self.code, "message": self.code, "details": []}),
        };
        Response::build()
            .status(self.status)
            .header(ContentType::JSON)
            .sized_body(None, Cursor::new(body.to_string()))
            .ok()
    }
}

/// JSON catchers for everything under /api.
#[rocket::catch(default)]
pub fn api_catcher(status: Status, _req: &Request<'_>) -> ApiError {
    ApiError::for_status(status)
}
