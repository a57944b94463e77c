//! The JSON API under /api/v1 (see API.md): thin routes over the services.

pub mod attachments;
pub mod cycles;
pub mod exports;
pub mod forms;
pub mod notices;
pub mod resources;
pub mod reviews;
pub mod session;
pub mod states;
pub mod submissions;
pub mod summaries;

use super::error::ApiError;
use rocket::serde::json::{Error as JsonError, Json};

/// A JSON body, with a malformed one answered 400 naming where it broke.
pub type Body<'r, T> = Result<Json<T>, JsonError<'r>>;

/// Unwraps a body, or the 400 of the API's error shape.
pub fn body<T>(b: Body<'_, T>) -> Result<T, ApiError> {
    match b {
        Ok(Json(v)) => Ok(v),
        // Rocket ends the read at the size limit: the body was too large.
        Err(JsonError::Io(e)) if e.kind() == std::io::ErrorKind::UnexpectedEof => {
            Err(ApiError::for_status(rocket::http::Status::PayloadTooLarge))
        }
        Err(JsonError::Io(e)) => Err(ApiError::bad_request(e.to_string())),
        Err(JsonError::Parse(_, e)) => Err(ApiError::bad_request(e.to_string())),
    }
}

pub fn routes() -> Vec<rocket::Route> {
    rocket::routes![
        forms::list,
        forms::show,
        forms::validate,
        session::create,
        session::delete,
        session::me,
        session::invite,
        session::list,
        session::set_active,
        session::accept,
        states::list,
        states::set_status,
        states::ports_of,
        states::add_port,
        cycles::create,
        cycles::list,
        cycles::show,
        cycles::close,
        submissions::start,
        submissions::list,
        submissions::show,
        submissions::save,
        submissions::submit,
        submissions::revision,
        reviews::comment,
        reviews::return_it,
        reviews::approve,
        reviews::reopen,
        reviews::diff,
        reviews::history,
        reviews::audit_log,
        exports::csv,
        notices::list,
        notices::read,
        exports::xlsx,
        attachments::upload,
        attachments::download,
        summaries::create,
        summaries::list,
        summaries::show,
        summaries::pdf,
        resources::create,
        resources::create_document,
        resources::publish,
        resources::withdraw,
        resources::show,
        resources::list,
    ]
}
