//! Security headers on every response: a CSP with no inline script, no framing, no sniffing.

use rocket::fairing::{Fairing, Info, Kind};
use rocket::http::Header;
use rocket::{Request, Response};

pub struct SecurityHeaders;

pub const CSP: &str = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; \
font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

#[rocket::async_trait]
impl Fairing for SecurityHeaders {
    fn info(&self) -> Info {
        Info {
            name: "security headers",
            kind: Kind::Response,
        }
    }

    async fn on_response<'r>(&self, req: &'r Request<'_>, res: &mut Response<'r>) {
        // Private pages are never kept by the browser or a proxy: a page restored by Back
        // would show an outdated draft (and its save be refused), and a shared computer
        // would show the last person's data.
        if is_private(req.uri().path().as_str()) && !res.headers().contains("Cache-Control") {
            res.set_header(Header::new("Cache-Control", "no-store"));
        }
        // A public page seen while signed in carries the person's name and, for the
        // secretariat, what is not published yet: not for a shared cache either.
        let signed_in = req.cookies().get(super::guards::SESSION_COOKIE).is_some();
        if signed_in && !res.headers().contains("Cache-Control") {
            res.set_header(Header::new("Cache-Control", "private, no-store"));
        }
        // Pages change with the visitor's language and session.
        if res.content_type().is_some_and(|c| c.is_html()) {
            res.set_header(Header::new("Vary", "Cookie, Accept-Language"));
        }
        res.set_header(Header::new("Content-Security-Policy", CSP));
        res.set_header(Header::new("X-Content-Type-Options", "nosniff"));
        res.set_header(Header::new("X-Frame-Options", "DENY"));
        res.set_header(Header::new("Referrer-Policy", "same-origin"));
        res.set_header(Header::new(
            "Permissions-Policy",
            "camera=(), microphone=(), geolocation=(), interest-cohort=()",
        ));
        res.set_header(Header::new("Cross-Origin-Opener-Policy", "same-origin"));
    }
}

/// The paths of signed-in people's pages and data.
fn is_private(path: &str) -> bool {
    const PRIVATE: [&str; 9] = [
        "/notifications",
        "/submissions",
        "/reports",
        "/admin",
        "/attachments",
        "/login",
        "/invitations",
        "/setup",
        "/api/v1/",
    ];
    const PUBLIC_API: [&str; 2] = ["/api/v1/forms", "/api/v1/member-states"];
    // A state's ports need a session; the forms and the list of states do not.
    let public = PUBLIC_API.iter().any(|p| path.starts_with(p)) && !path.contains("/ports");
    !public && PRIVATE.iter().any(|p| path.starts_with(p))
}
