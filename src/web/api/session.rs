//! Session and people: API tokens, the caller, invitations, accounts.

use super::{body, Body};
use crate::services::{accounts, sessions};
use crate::store::entities::user;
use crate::web::error::ApiError;
use crate::web::guards::{bearer, ApiActor, ClientAddr};
use crate::web::AppState;
use rocket::http::Status;
use rocket::request::Request;
use rocket::serde::json::Json;
use rocket::State;
use serde::Deserialize;
use serde_json::{json, Value};
use uuid::Uuid;

pub fn user_json(u: &user::Model) -> Value {
    json!({
        "id": u.id,
        "email": u.email,
        "name": u.name,
        "role": u.role,
        "member_state": u.member_state,
        "active": u.active,
        "pending": accounts::is_pending(u),
        "created_at": u.created_at,
    })
}

#[derive(Deserialize)]
pub struct SignIn {
    email: String,
    password: String,
}

/// `POST /api/v1/session` → 201 `{token, expires_at, user}`.
#[rocket::post("/session", data = "<req>")]
pub async fn create(
    state: &State<AppState>,
    addr: ClientAddr,
    req: Body<'_, SignIn>,
) -> Result<(Status, Json<Value>), ApiError> {
    let req = body(req)?;
    let signed = sessions::sign_in(
        &state.db,
        &req.email,
        &req.password,
        addr.as_deref(),
        sessions::API,
    )
    .await
    .map_err(|e| match e {
        crate::services::ServiceError::Unauthorized => ApiError::new(
            Status::Unauthorized,
            "invalid_credentials",
            "error-invalid-credentials",
        ),
        other => other.into(),
    })?;
    Ok((
        Status::Created,
        Json(
            json!({"token": signed.token, "expires_at": signed.expires_at, "user": user_json(&signed.user)}),
        ),
    ))
}

/// The bearer token of a request that passed [`ApiActor`].
pub struct Token(String);

#[rocket::async_trait]
impl<'r> rocket::request::FromRequest<'r> for Token {
    type Error = ();
    async fn from_request(req: &'r Request<'_>) -> rocket::request::Outcome<Self, ()> {
        match bearer(req) {
            Some(t) => rocket::outcome::Outcome::Success(Token(t.to_string())),
            None => rocket::outcome::Outcome::Error((Status::Unauthorized, ())),
        }
    }
}

/// `DELETE /api/v1/session` → 204; the token stops working.
#[rocket::delete("/session")]
pub async fn delete(
    state: &State<AppState>,
    _who: ApiActor,
    token: Token,
    addr: ClientAddr,
) -> Result<Status, ApiError> {
    sessions::sign_out(&state.db, &token.0, addr.as_deref()).await?;
    Ok(Status::NoContent)
}

/// `GET /api/v1/me`.
#[rocket::get("/me")]
pub fn me(who: ApiActor) -> Json<Value> {
    let a = who.0;
    Json(
        json!({"id": a.id, "email": a.email, "name": a.name, "role": a.role, "member_state": a.member_state}),
    )
}

#[derive(Deserialize)]
pub struct Invite {
    email: String,
    name: String,
    role: String,
    #[serde(default)]
    member_state: Option<String>,
}

/// The link an invitee opens, absolute when a public URL is configured.
pub fn invitation_url(state: &AppState, token: &str) -> String {
    format!(
        "{}/invitations/{token}",
        state.config.public_url.as_deref().unwrap_or("")
    )
}

/// `POST /api/v1/users` → 201 with `invitation_url`.
#[rocket::post("/users", data = "<req>")]
pub async fn invite(
    state: &State<AppState>,
    who: ApiActor,
    locale: crate::web::locale::Locale,
    addr: ClientAddr,
    req: Body<'_, Invite>,
) -> Result<(Status, Json<Value>), ApiError> {
    let req = body(req)?;
    let account = accounts::NewAccount::parse(
        &req.email,
        &req.name,
        &req.role,
        req.member_state.as_deref(),
    )?;
    let (u, token) = accounts::invite(&state.db, &who.0, account, addr.as_deref()).await?;
    let link = invitation_url(state, &token);
    state.mail_invitation(&u.email, &u.name, &link, locale.0);
    let mut v = user_json(&u);
    v["invitation_url"] = json!(link);
    Ok((Status::Created, Json(v)))
}

/// `GET /api/v1/users?member_state=&page=&per_page=` (secretariat).
#[rocket::get("/users?<member_state>&<page>&<per_page>")]
pub async fn list(
    state: &State<AppState>,
    who: ApiActor,
    member_state: Option<&str>,
    page: Option<u64>,
    per_page: Option<u64>,
) -> Result<Json<Value>, ApiError> {
    let (page, per_page) = (
        page.unwrap_or(1).clamp(1, 100_000),
        per_page.unwrap_or(50).clamp(1, 200),
    );
    let (items, total) = accounts::list(&state.db, &who.0, member_state, page, per_page).await?;
    Ok(Json(json!({
        "items": items.iter().map(user_json).collect::<Vec<_>>(),
        "total": total, "page": page, "per_page": per_page,
    })))
}

#[derive(Deserialize)]
pub struct Activation {
    active: bool,
}

/// `PUT /api/v1/users/{id}/active` `{active}`: deactivate or reactivate (never delete).
#[rocket::put("/users/<id>/active", data = "<req>")]
pub async fn set_active(
    state: &State<AppState>,
    who: ApiActor,
    addr: ClientAddr,
    id: Uuid,
    req: Body<'_, Activation>,
) -> Result<Json<Value>, ApiError> {
    let req = body(req)?;
    let u = accounts::set_active(&state.db, &who.0, id, req.active, addr.as_deref()).await?;
    Ok(Json(user_json(&u)))
}

#[derive(Deserialize)]
pub struct Accept {
    password: String,
}

/// `POST /api/v1/invitations/{token}` `{password}`: the invitee sets a password.
#[rocket::post("/invitations/<token>", data = "<req>")]
pub async fn accept(
    state: &State<AppState>,
    addr: ClientAddr,
    token: &str,
    req: Body<'_, Accept>,
) -> Result<Json<Value>, ApiError> {
    let req = body(req)?;
    let u = accounts::accept_invitation(&state.db, token, &req.password, addr.as_deref()).await?;
    Ok(Json(user_json(&u)))
}
