//! Signing in and out, accepting an invitation, and the one-time set-up of the first
//! administrator: plain HTML forms with CSRF tokens, usable without JavaScript.

use super::{failure, safe_next, App, Ctx};
use crate::services::{accounts, sessions};
use crate::web::guards::{session_cookie, ClientAddr, CsrfField, CsrfForm, SESSION_COOKIE};
use rocket::http::{Cookie, CookieJar, Status};
use rocket::response::Redirect;
use rocket::FromForm;
use rocket_dyn_templates::Template;
use serde_json::json;

/// A rendered page with its status, or a redirect.
#[derive(rocket::Responder)]
pub enum Page {
    Html((Status, Template)),
    /// A page rendered earlier and kept (the public catalogue's).
    Kept((Status, rocket::response::content::RawHtml<String>)),
    Go(Redirect),
    Data((Status, rocket::serde::json::Json<serde_json::Value>)),
}

fn render(status: Status, name: &'static str, ctx: serde_json::Value) -> Page {
    Page::Html((status, Template::render(name, ctx)))
}

#[derive(FromForm)]
pub struct LoginForm {
    #[field(default = String::new())]
    csrf_token: String,
    #[field(default = String::new())]
    email: String,
    #[field(default = String::new())]
    password: String,
    #[field(default = String::new())]
    next: String,
}

impl CsrfField for LoginForm {
    fn csrf_token(&self) -> &str {
        &self.csrf_token
    }
}

#[rocket::get("/login?<next>")]
pub fn login_page(state: App<'_>, ctx: Ctx, next: Option<&str>) -> Template {
    let layout = ctx.layout(&state.i18n, "login-title");
    Template::render(
        "auth/login",
        json!({"layout": layout, "next": safe_next(next), "email": ""}),
    )
}

/// Where a person goes after signing in: where they were going, else their home.
fn home_of(actor_staff: bool, next: &str) -> String {
    if next != "/" {
        next.to_string()
    } else if actor_staff {
        "/admin".to_string()
    } else {
        "/reports".to_string()
    }
}

#[rocket::post("/login", data = "<form>")]
pub async fn login(
    state: App<'_>,
    ctx: Ctx,
    addr: ClientAddr,
    cookies: &CookieJar<'_>,
    form: CsrfForm<LoginForm>,
) -> Page {
    let form = form.0;
    let next = safe_next(Some(&form.next));
    match sessions::sign_in(
        &state.db,
        &form.email,
        &form.password,
        addr.as_deref(),
        sessions::WEB,
    )
    .await
    {
        Ok(signed) => {
            let secure = state
                .config
                .public_url
                .as_deref()
                .is_some_and(|u| u.starts_with("https://"));
            cookies.add_private(session_cookie(signed.token, secure));
            let staff = sessions::actor_of(&signed.user).is_some_and(|a| a.is_staff());
            Page::Go(Redirect::to(home_of(staff, &next)))
        }
        Err(e) => {
            let (status, message) = match e {
                crate::services::ServiceError::Unauthorized => (
                    Status::Unauthorized,
                    state.i18n.t(ctx.lang(), "error-invalid-credentials"),
                ),
                other => failure(&state.i18n, ctx.lang(), other),
            };
            let layout = ctx.layout(&state.i18n, "login-title");
            render(
                status,
                "auth/login",
                json!({"layout": layout, "next": next, "email": form.email, "error": message}),
            )
        }
    }
}

#[derive(FromForm)]
pub struct CsrfOnly {
    #[field(default = String::new())]
    csrf_token: String,
}

impl CsrfField for CsrfOnly {
    fn csrf_token(&self) -> &str {
        &self.csrf_token
    }
}

#[rocket::post("/logout", data = "<_form>")]
pub async fn logout(
    state: App<'_>,
    addr: ClientAddr,
    cookies: &CookieJar<'_>,
    _form: CsrfForm<CsrfOnly>,
) -> Redirect {
    if let Some(c) = cookies.get_private(SESSION_COOKIE) {
        if let Err(e) = sessions::sign_out(&state.db, c.value(), addr.as_deref()).await {
            log::error!("sign-out: {e}");
        }
    }
    cookies.remove_private(Cookie::build(SESSION_COOKIE).path("/"));
    Redirect::to("/")
}

#[derive(FromForm)]
pub struct PasswordForm {
    #[field(default = String::new())]
    csrf_token: String,
    #[field(default = String::new())]
    email: String,
    #[field(default = String::new())]
    name: String,
    #[field(default = String::new())]
    password: String,
    #[field(default = String::new())]
    confirm: String,
}

impl CsrfField for PasswordForm {
    fn csrf_token(&self) -> &str {
        &self.csrf_token
    }
}

fn invalid_link(state: App<'_>, ctx: &Ctx) -> Page {
    let layout = ctx.layout(&state.i18n, "invitation-title");
    let message = state.i18n.t(ctx.lang(), "error-invitation-invalid");
    render(
        Status::NotFound,
        "error",
        json!({"layout": layout, "status": 404, "message": message}),
    )
}

#[rocket::get("/invitations/<token>")]
pub async fn invitation_page(state: App<'_>, ctx: Ctx, token: &str) -> Page {
    match accounts::invitation_user(&state.db, token).await {
        Ok(u) => {
            let layout = ctx.layout(&state.i18n, "invitation-title");
            render(
                Status::Ok,
                "auth/invitation",
                json!({"layout": layout, "token": token, "name": u.name, "email": u.email}),
            )
        }
        Err(_) => invalid_link(state, &ctx),
    }
}

#[rocket::post("/invitations/<token>", data = "<form>")]
pub async fn accept_invitation(
    state: App<'_>,
    ctx: Ctx,
    addr: ClientAddr,
    token: &str,
    form: CsrfForm<PasswordForm>,
) -> Page {
    let form = form.0;
    let Ok(u) = accounts::invitation_user(&state.db, token).await else {
        return invalid_link(state, &ctx);
    };
    let error = if form.password != form.confirm {
        Some((
            Status::UnprocessableEntity,
            state.i18n.t(ctx.lang(), "error-password-mismatch"),
        ))
    } else {
        match accounts::accept_invitation(&state.db, token, &form.password, addr.as_deref()).await {
            Ok(_) => return Page::Go(Redirect::to("/login")),
            Err(e) => Some(failure(&state.i18n, ctx.lang(), e)),
        }
    };
    let (status, message) = error.unwrap_or((Status::Ok, String::new()));
    let layout = ctx.layout(&state.i18n, "invitation-title");
    render(
        status,
        "auth/invitation",
        json!({"layout": layout, "token": token, "name": u.name, "email": u.email, "error": message}),
    )
}

#[rocket::get("/setup/<token>")]
pub async fn setup_page(state: App<'_>, ctx: Ctx, token: &str) -> Page {
    if accounts::setup_link_is_live(&state.db, token)
        .await
        .is_err()
    {
        return invalid_link(state, &ctx);
    }
    let layout = ctx.layout(&state.i18n, "setup-title");
    render(
        Status::Ok,
        "auth/setup",
        json!({"layout": layout, "token": token, "email": "", "name": ""}),
    )
}

#[rocket::post("/setup/<token>", data = "<form>")]
pub async fn setup(
    state: App<'_>,
    ctx: Ctx,
    addr: ClientAddr,
    token: &str,
    form: CsrfForm<PasswordForm>,
) -> Page {
    let form = form.0;
    if accounts::setup_link_is_live(&state.db, token)
        .await
        .is_err()
    {
        return invalid_link(state, &ctx);
    }
    let (status, message) = if form.password != form.confirm {
        (
            Status::UnprocessableEntity,
            state.i18n.t(ctx.lang(), "error-password-mismatch"),
        )
    } else {
        match accounts::complete_setup(
            &state.db,
            token,
            &form.email,
            &form.name,
            &form.password,
            addr.as_deref(),
        )
        .await
        {
            Ok(_) => return Page::Go(Redirect::to("/login?next=/admin")),
            Err(e) => failure(&state.i18n, ctx.lang(), e),
        }
    };
    let layout = ctx.layout(&state.i18n, "setup-title");
    render(
        status,
        "auth/setup",
        json!({"layout": layout, "token": token, "email": form.email, "name": form.name, "error": message}),
    )
}
