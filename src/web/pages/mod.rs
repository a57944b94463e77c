//! HTML pages, server-rendered with Tera, usable without JavaScript.

pub mod admin;
pub mod auth;
pub mod forms;
pub mod home;
pub mod notices;
pub mod progress;
pub mod publishing;
pub mod reporting;
pub mod repository;
pub mod review;
pub mod scores;
pub mod summaries;

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
    /// The signed-in person, for the header.
    pub user: Option<Value>,
    /// The CSRF token every form of the page carries.
    pub csrf: String,
}

/// Everything a page handler needs about the request: language, person, CSRF token, address.
pub struct Ctx {
    pub locale: Locale,
    pub actor: Option<crate::domain::people::Actor>,
    pub csrf: String,
    pub here: String,
    pub unread: u64,
}

#[rocket::async_trait]
impl<'r> rocket::request::FromRequest<'r> for Ctx {
    type Error = std::convert::Infallible;
    async fn from_request(req: &'r Request<'_>) -> rocket::request::Outcome<Self, Self::Error> {
        let actor = match req.guard::<crate::web::guards::MaybeActor>().await {
            rocket::outcome::Outcome::Success(m) => m.0,
            _ => None,
        };
        // The header shows how many notices the person has not read.
        let unread = match (&actor, req.rocket().state::<AppState>()) {
            (Some(a), Some(state)) => crate::services::notifications::unread(&state.db, a)
                .await
                .unwrap_or(0),
            _ => 0,
        };
        rocket::outcome::Outcome::Success(Ctx {
            unread,
            locale: Locale::of_request(req),
            actor,
            csrf: crate::web::guards::Csrf::of(req.cookies()).0,
            here: here(req.uri()),
        })
    }
}

impl Ctx {
    pub fn lang(&self) -> Lang {
        self.locale.0
    }

    /// The layout with a title from the Fluent key `title_key`.
    pub fn layout(&self, i18n: &I18n, title_key: &str) -> Layout {
        self.layout_titled(i18n.t(self.lang(), title_key))
    }

    pub fn layout_titled(&self, title: String) -> Layout {
        let mut l = Layout::titled(self.locale, title, &self.here);
        l.user = self
            .actor
            .as_ref()
            .map(|a| json!({"name": a.name, "role": a.role.as_str(), "staff": a.is_staff(), "unread": self.unread}));
        l.csrf = self.csrf.clone();
        l
    }
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
            user: None,
            csrf: String::new(),
        }
    }
}

/// The path and query of a request without `lang=`, so that the language switcher's
/// choice is not overridden when it sends the visitor back.
pub fn here(req_uri: &rocket::http::uri::Origin<'_>) -> String {
    let path = req_uri.path().to_string();
    let query: Vec<&str> = req_uri
        .query()
        .map(|q| {
            q.as_str()
                .split('&')
                .filter(|p| !p.is_empty() && !p.starts_with("lang="))
                .collect()
        })
        .unwrap_or_default();
    if query.is_empty() {
        path
    } else {
        format!("{path}?{}", query.join("&"))
    }
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
    Redirect::to(safe_next(next))
}

/// Only a local path may be a redirect target (no `//host` or `scheme:`).
pub fn safe_next(next: Option<&str>) -> String {
    match next {
        Some(n)
            if n.starts_with('/')
                && !n.starts_with("//")
                && !n.contains('\\')
                && !n.chars().any(|c| c.is_control() || c.is_whitespace())
                && rocket::http::uri::Origin::parse(n).is_ok() =>
        {
            n.to_string()
        }
        _ => "/".to_string(),
    }
}

/// HTML error pages: a message in the visitor's language, never internals.
#[rocket::catch(default)]
pub fn html_catcher(
    status: Status,
    req: &Request<'_>,
) -> rocket::Either<Redirect, (Status, Template)> {
    // Pages that need a signed-in person send others to the sign-in page, then back.
    if status == Status::Unauthorized {
        let next = here(req.uri());
        let to = rocket::http::RawStr::new(&next)
            .percent_encode()
            .to_string();
        return rocket::Either::Left(Redirect::to(format!("/login?next={to}")));
    }
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
    rocket::Either::Right((
        status,
        Template::render(
            "error",
            json!({"layout": layout, "status": status.code, "message": message}),
        ),
    ))
}

pub fn routes() -> Vec<rocket::Route> {
    rocket::routes![
        switch_language,
        home::index,
        forms::index,
        forms::preview,
        auth::login_page,
        auth::login,
        auth::logout,
        auth::invitation_page,
        auth::accept_invitation,
        auth::setup_page,
        auth::setup,
        admin::dashboard,
        admin::create_cycle,
        admin::close_cycle,
        admin::member_state,
        admin::set_status,
        admin::add_port,
        admin::invite_focal_point,
        admin::users,
        admin::invite_staff,
        admin::set_active,
        admin::states_index,
        reporting::home,
        reporting::start,
        reporting::open,
        reporting::section,
        reporting::save_section,
        reporting::review,
        reporting::submit,
        reporting::upload_file,
        reporting::download_file,
        review::inbox,
        review::submission,
        review::decide,
        review::comment,
        review::board,
        summaries::create,
        repository::catalogue,
        repository::resource,
        progress::index,
        progress::cycle,
        publishing::list,
        publishing::new,
        publishing::create,
        publishing::publish,
        publishing::withdraw,
        summaries::pdf,
        review::audit_log,
        notices::list,
        notices::read,
        crate::web::api::exports::page_csv,
        crate::web::api::exports::page_xlsx,
    ]
}

/// The page state, handy for handlers.
pub type App<'r> = &'r State<AppState>;

/// A service error as a person reads it on a page: its status and message.
pub fn failure(i18n: &I18n, lang: Lang, e: crate::services::ServiceError) -> (Status, String) {
    let api = crate::web::error::ApiError::from(e);
    (api.status, i18n.t_args(lang, api.key, &api.args))
}
