//! HTML pages, server-rendered with Tera, usable without JavaScript.

pub mod forms;
pub mod home;

use super::locale::{Locale, LANG_COOKIE};
use super::AppState;
use crate::i18n::{I18n, Lang, LANGS};
use rocket::http::{Cookie, CookieJar, SameSite, Status};
use rocket::request::Request;
use rocket::response::Redirect;
use rocket::State;
use rocket_dyn_templates::tera::{self, Tera};
use rocket_dyn_templates::Template;
use serde::Serialize;
use serde_json::{json, Value};
use std::collections::HashMap;

/// `t(key="…", lang=lang, …args)`: a Fluent message in the page's language.
pub fn register_functions(tera: &mut Tera, i18n: I18n) {
    tera.register_function(
        "t",
        move |args: &HashMap<String, tera::Value>| -> tera::Result<tera::Value> {
            let key = args
                .get("key")
                .and_then(tera::Value::as_str)
                .ok_or_else(|| tera::Error::msg("t() needs key"))?;
            let lang = args
                .get("lang")
                .and_then(tera::Value::as_str)
                .and_then(Lang::parse)
                .unwrap_or_default();
            let extra: Vec<(&str, String)> = args
                .iter()
                .filter(|(k, _)| k.as_str() != "key" && k.as_str() != "lang")
                .map(|(k, v)| {
                    let text = v
                        .as_str()
                        .map(str::to_string)
                        .unwrap_or_else(|| v.to_string());
                    (k.as_str(), text)
                })
                .collect();
            Ok(tera::Value::String(i18n.t_args(lang, key, &extra)))
        },
    );
}

/// What the base layout needs on every page.
#[derive(Debug, Serialize)]
pub struct Layout {
    pub lang: &'static str,
    pub title: String,
    /// The path and query of this page, for the language switcher to come back to.
    pub here: String,
    pub langs: Vec<Value>,
}

impl Layout {
    pub fn new(i18n: &I18n, locale: Locale, title_key: &str, here: &str) -> Layout {
        Layout::titled(locale, i18n.t(locale.0, title_key), here)
    }

    pub fn titled(locale: Locale, title: String, here: &str) -> Layout {
        let lang = locale.0;
        Layout {
            lang: lang.code(),
            title,
            here: here.to_string(),
            langs: LANGS
                .iter()
                .map(|l| json!({"code": l.code(), "name": l.native_name(), "current": *l == lang}))
                .collect(),
        }
    }
}

/// The path and query of a request, for `here`.
pub fn here(req_uri: &rocket::http::uri::Origin<'_>) -> String {
    req_uri.to_string()
}

/// `GET /lang/<code>?next=`: remembers the visitor's language and goes back. A plain link,
/// so the switcher works without JavaScript; it changes nothing on the server.
#[rocket::get("/lang/<code>?<next>")]
fn switch_language(code: &str, next: Option<&str>, cookies: &CookieJar<'_>) -> Redirect {
    if let Some(lang) = Lang::parse(code) {
        let cookie = Cookie::build((LANG_COOKIE, lang.code()))
            .path("/")
            .same_site(SameSite::Lax)
            .http_only(true)
            .max_age(rocket::time::Duration::days(365));
        cookies.add(cookie);
    }
    Redirect::to(safe_next(next).to_string())
}

/// Only a local path may be a redirect target (no `//host` or `scheme:`).
pub fn safe_next(next: Option<&str>) -> &str {
    match next {
        Some(n) if n.starts_with('/') && !n.starts_with("//") && !n.contains('\\') => n,
        _ => "/",
    }
}

/// HTML error pages: a message in the visitor's language, never internals.
#[rocket::catch(default)]
pub fn html_catcher(status: Status, req: &Request<'_>) -> (Status, Template) {
    let locale = Locale::of_request(req);
    let (title, message) = match req.rocket().state::<AppState>() {
        Some(state) => {
            let err = crate::web::error::ApiError::for_status(status);
            let lang = locale.0;
            (
                state.i18n.t(lang, "error-page-title"),
                state.i18n.t(lang, err.key),
            )
        }
        None => ("Error".to_string(), status.reason_lossy().to_string()),
    };
    let layout = Layout::titled(locale, title, "/");
    (
        status,
        Template::render(
            "error",
            json!({"layout": layout, "status": status.code, "message": message}),
        ),
    )
}

pub fn routes() -> Vec<rocket::Route> {
    rocket::routes![switch_language, home::index, forms::index, forms::preview]
}

/// The page state, handy for handlers.
pub type App<'r> = &'r State<AppState>;
