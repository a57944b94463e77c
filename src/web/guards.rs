//! Request guards that carry who is asking: an API bearer token, a browser session cookie,
//! the client's address, and the CSRF token that every HTML form post must return.

use super::AppState;
use crate::domain::people::Actor;
use crate::services::{sessions, tokens};
use rocket::data::{self, Data, FromData};
use rocket::form::{Form, FromForm};
use rocket::http::{Cookie, CookieJar, SameSite, Status};
use rocket::outcome::Outcome;
use rocket::request::{self, FromRequest, Request};

pub const SESSION_COOKIE: &str = "session";
pub const CSRF_COOKIE: &str = "csrf";

/// The client's address, for the audit log and the sign-in limits.
#[derive(Debug, Clone)]
pub struct ClientAddr(pub Option<String>);

impl ClientAddr {
    pub fn as_deref(&self) -> Option<&str> {
        self.0.as_deref()
    }
}

#[rocket::async_trait]
impl<'r> FromRequest<'r> for ClientAddr {
    type Error = std::convert::Infallible;
    async fn from_request(req: &'r Request<'_>) -> request::Outcome<Self, Self::Error> {
        Outcome::Success(ClientAddr(req.client_ip().map(|ip| ip.to_string())))
    }
}

fn state<'r>(req: &'r Request<'_>) -> Option<&'r AppState> {
    req.rocket().state::<AppState>()
}

/// Someone signed in to the API with `Authorization: Bearer <token>`. The API never
/// accepts the session cookie: without a bearer token it answers 401.
#[derive(Debug, Clone)]
pub struct ApiActor(pub Actor);

#[rocket::async_trait]
impl<'r> FromRequest<'r> for ApiActor {
    type Error = ();
    async fn from_request(req: &'r Request<'_>) -> request::Outcome<Self, Self::Error> {
        let Some(token) = bearer(req) else {
            return Outcome::Error((Status::Unauthorized, ()));
        };
        let Some(app) = state(req) else {
            return Outcome::Error((Status::InternalServerError, ()));
        };
        match sessions::authenticate(&app.db, token, sessions::API).await {
            Ok(Some(actor)) => Outcome::Success(ApiActor(actor)),
            Ok(None) => Outcome::Error((Status::Unauthorized, ())),
            Err(e) => {
                log::error!("authentication: {e}");
                Outcome::Error((Status::InternalServerError, ()))
            }
        }
    }
}

/// The bearer token of a request, if any.
pub fn bearer<'r>(req: &'r Request<'_>) -> Option<&'r str> {
    let h = req.headers().get_one("Authorization")?;
    let (scheme, token) = h.split_once(' ')?;
    let token = token.trim();
    (scheme.eq_ignore_ascii_case("bearer") && !token.is_empty()).then_some(token)
}

/// The signed-in person of a browser session, looked up once per request.
async fn page_actor(req: &Request<'_>) -> Option<Actor> {
    req.local_cache_async(async {
        let token = req
            .cookies()
            .get_private(SESSION_COOKIE)?
            .value()
            .to_string();
        let app = state(req)?;
        match sessions::authenticate(&app.db, &token, sessions::WEB).await {
            Ok(actor) => actor,
            Err(e) => {
                log::error!("authentication: {e}");
                None
            }
        }
    })
    .await
    .clone()
}

/// Someone signed in through the sign-in page. Without it, pages answer 401, which the
/// HTML catcher turns into the sign-in page.
#[derive(Debug, Clone)]
pub struct PageActor(pub Actor);

#[rocket::async_trait]
impl<'r> FromRequest<'r> for PageActor {
    type Error = ();
    async fn from_request(req: &'r Request<'_>) -> request::Outcome<Self, Self::Error> {
        match page_actor(req).await {
            Some(a) => Outcome::Success(PageActor(a)),
            None => Outcome::Error((Status::Unauthorized, ())),
        }
    }
}

/// A page of the secretariat: signed in with staff rights, else 401 or 403.
#[derive(Debug, Clone)]
pub struct StaffActor(pub Actor);

#[rocket::async_trait]
impl<'r> FromRequest<'r> for StaffActor {
    type Error = ();
    async fn from_request(req: &'r Request<'_>) -> request::Outcome<Self, Self::Error> {
        match page_actor(req).await {
            Some(a) if a.is_staff() => Outcome::Success(StaffActor(a)),
            Some(_) => Outcome::Error((Status::Forbidden, ())),
            None => Outcome::Error((Status::Unauthorized, ())),
        }
    }
}

/// The signed-in person, if any (for the layout of public pages).
#[derive(Debug, Clone)]
pub struct MaybeActor(pub Option<Actor>);

#[rocket::async_trait]
impl<'r> FromRequest<'r> for MaybeActor {
    type Error = std::convert::Infallible;
    async fn from_request(req: &'r Request<'_>) -> request::Outcome<Self, Self::Error> {
        Outcome::Success(MaybeActor(page_actor(req).await))
    }
}

/// The session cookie for a new browser session.
pub fn session_cookie(token: String, secure: bool) -> Cookie<'static> {
    Cookie::build((SESSION_COOKIE, token))
        .path("/")
        .http_only(true)
        .same_site(SameSite::Lax)
        .secure(secure)
        .max_age(rocket::time::Duration::hours(
            sessions::lifetime(sessions::WEB).num_hours(),
        ))
        .build()
}

/// The CSRF token of this browser, created on first use and kept in a private cookie.
#[derive(Debug, Clone)]
pub struct Csrf(pub String);

impl Csrf {
    pub fn of(cookies: &CookieJar<'_>) -> Csrf {
        if let Some(c) = cookies.get_private(CSRF_COOKIE) {
            return Csrf(c.value().to_string());
        }
        let token = tokens::new_token();
        cookies.add_private(
            Cookie::build((CSRF_COOKIE, token.clone()))
                .path("/")
                .http_only(true)
                .same_site(SameSite::Strict),
        );
        Csrf(token)
    }
}

#[rocket::async_trait]
impl<'r> FromRequest<'r> for Csrf {
    type Error = std::convert::Infallible;
    async fn from_request(req: &'r Request<'_>) -> request::Outcome<Self, Self::Error> {
        Outcome::Success(Csrf::of(req.cookies()))
    }
}

/// A form that carries the CSRF field.
pub trait CsrfField {
    fn csrf_token(&self) -> &str;
}

/// An HTML form post whose `csrf_token` matches this browser's token; anything else is
/// refused with 403 before the handler runs.
#[derive(Debug)]
pub struct CsrfForm<T>(pub T);

#[rocket::async_trait]
impl<'r, T: FromForm<'r> + CsrfField + Send + 'r> FromData<'r> for CsrfForm<T> {
    type Error = Status;

    async fn from_data(req: &'r Request<'_>, data: Data<'r>) -> data::Outcome<'r, Self> {
        let expected = req
            .cookies()
            .get_private(CSRF_COOKIE)
            .map(|c| c.value().to_string());
        match Form::<T>::from_data(req, data).await {
            Outcome::Success(form) => {
                let form = form.into_inner();
                match expected {
                    Some(e) if tokens::constant_time_eq(&e, form.csrf_token()) => {
                        Outcome::Success(CsrfForm(form))
                    }
                    _ => Outcome::Error((Status::Forbidden, Status::Forbidden)),
                }
            }
            Outcome::Error((status, _)) => Outcome::Error((status, status)),
            Outcome::Forward(f) => Outcome::Forward(f),
        }
    }
}

/// The address people reach this server at, for links to copy and send: the configured
/// public URL, else the scheme-less `Host` of the request (shown only to the person who
/// asked, so a forged Host fools nobody else).
#[derive(Debug, Clone)]
pub struct PublicBase(pub String);

#[rocket::async_trait]
impl<'r> FromRequest<'r> for PublicBase {
    type Error = std::convert::Infallible;
    async fn from_request(req: &'r Request<'_>) -> request::Outcome<Self, Self::Error> {
        let configured = state(req).and_then(|s| s.config.public_url.clone());
        let base = configured
            .or_else(|| req.host().map(|h| format!("http://{h}")))
            .unwrap_or_default();
        Outcome::Success(PublicBase(base))
    }
}

/// An HTML form post read as plain name–value pairs (the questionnaire's fields are known
/// only at run time), refused with 403 unless its `csrf_token` matches.
#[derive(Debug)]
pub struct CsrfFields(pub Vec<(String, String)>);

impl CsrfFields {
    /// The first value of `name`.
    pub fn get(&self, name: &str) -> Option<&str> {
        self.0
            .iter()
            .find(|(k, _)| k == name)
            .map(|(_, v)| v.as_str())
    }

    /// Every value of `name`, in order.
    pub fn all<'a>(&'a self, name: &'a str) -> impl Iterator<Item = &'a str> + 'a {
        self.0
            .iter()
            .filter(move |(k, _)| k == name)
            .map(|(_, v)| v.as_str())
    }
}

/// The largest questionnaire form post accepted.
const FORM_LIMIT: u64 = 2 * 1024 * 1024;

#[rocket::async_trait]
impl<'r> FromData<'r> for CsrfFields {
    type Error = ();

    async fn from_data(req: &'r Request<'_>, data: Data<'r>) -> data::Outcome<'r, Self> {
        use rocket::data::ToByteUnit;
        let body = match data.open(FORM_LIMIT.bytes()).into_string().await {
            Ok(s) if s.is_complete() => s.into_inner(),
            Ok(_) => return Outcome::Error((Status::PayloadTooLarge, ())),
            Err(_) => return Outcome::Error((Status::BadRequest, ())),
        };
        let fields: Vec<(String, String)> = body
            .split('&')
            .filter(|p| !p.is_empty())
            .map(|pair| {
                let (k, v) = pair.split_once('=').unwrap_or((pair, ""));
                let decode = |s: &str| rocket::http::RawStr::new(s).url_decode_lossy().into_owned();
                (decode(k), decode(v))
            })
            .collect();
        let expected = req
            .cookies()
            .get_private(CSRF_COOKIE)
            .map(|c| c.value().to_string());
        let given = fields
            .iter()
            .find(|(k, _)| k == "csrf_token")
            .map(|(_, v)| v.as_str());
        match (expected, given) {
            (Some(e), Some(g)) if tokens::constant_time_eq(&e, g) => {
                Outcome::Success(CsrfFields(fields))
            }
            _ => Outcome::Error((Status::Forbidden, ())),
        }
    }
}
