//! The language of a request: `?lang=`, else the `lang` cookie set by the language
//! switcher, else `Accept-Language`, else English.

use crate::i18n::Lang;
use rocket::request::{FromRequest, Outcome, Request};

/// The cookie that keeps a visitor's chosen language.
pub const LANG_COOKIE: &str = "lang";

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Locale(pub Lang);

impl Locale {
    pub fn of_request(req: &Request<'_>) -> Locale {
        let from_query = req
            .query_value::<&str>("lang")
            .and_then(Result::ok)
            .and_then(Lang::parse);
        let from_cookie = || {
            req.cookies()
                .get(LANG_COOKIE)
                .and_then(|c| Lang::parse(c.value()))
        };
        let from_header = || {
            req.headers()
                .get_one("Accept-Language")
                .and_then(Lang::from_accept_language)
        };
        Locale(
            from_query
                .or_else(from_cookie)
                .or_else(from_header)
                .unwrap_or_default(),
        )
    }
}

#[rocket::async_trait]
impl<'r> FromRequest<'r> for Locale {
    type Error = std::convert::Infallible;

    async fn from_request(req: &'r Request<'_>) -> Outcome<Self, Self::Error> {
        Outcome::Success(Locale::of_request(req))
    }
}
