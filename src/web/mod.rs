//! The HTTP interface: HTML pages with Tera and the JSON API, over the same services.

pub mod api;
pub mod assets;
pub mod error;
pub mod guards;
pub mod headers;
pub mod locale;
pub mod pages;

use crate::config::Config;
use crate::i18n::I18n;
use crate::services::forms::Forms;
use rocket::{Build, Rocket};
use rocket_dyn_templates::Template;
use sea_orm::DatabaseConnection;
use std::sync::Arc;

/// What every request may reach: the pool, the questionnaires, the translations, settings.
pub struct AppState {
    pub db: DatabaseConnection,
    pub blobs: crate::store::blobs::BlobStore,
    pub forms: Arc<Forms>,
    pub i18n: I18n,
    pub config: Config,
}

/// `GET /healthz`: 200 once the server is ready (migrations applied, forms loaded).
#[rocket::get("/healthz")]
fn healthz() -> &'static str {
    "ok"
}

/// Mounts every route, catcher and fairing on `rocket`.
pub fn mount(rocket: Rocket<Build>, i18n: I18n) -> Rocket<Build> {
    rocket
        .attach(headers::SecurityHeaders)
        .attach(Template::custom(move |engines| {
            pages::register_functions(&mut engines.tera, i18n.clone())
        }))
        .mount("/", rocket::routes![healthz])
        .mount("/", pages::routes())
        .mount("/static", assets::routes())
        .mount("/api/v1", api::routes())
        .register("/", rocket::catchers![pages::html_catcher])
        .register("/api", rocket::catchers![error::api_catcher])
}
