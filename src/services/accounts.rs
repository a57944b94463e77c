//! Accounts: invitations, the one-time set-up link, password setting, deactivation.
//! Accounts are never deleted: their history stays attributable.

use super::audit::{self, Event};
use super::sessions;
use super::tokens::{hash_password, hash_token, new_token};
use super::{ServiceError, ServiceResult};
use crate::domain::people::{clean_name, Actor, Email, NewPassword, Role};
use crate::store::entities::{invitation, member_state, user};
use chrono::{Duration, Utc};
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, DatabaseConnection, EntityTrait,
    PaginatorTrait, QueryFilter, QueryOrder, Set,
};
use serde_json::json;
use uuid::Uuid;

pub const INVITE: &str = "invite";
pub const SETUP: &str = "setup";
/// An invitation link is valid this long.
pub const INVITATION_DAYS: i64 = 7;

/// Who is to be created: checked input of an invitation or of `user add`.
#[derive(Debug, Clone)]
pub struct NewAccount {
    pub email: Email,
    pub name: String,
    pub role: Role,
    pub member_state: Option<String>,
}

impl NewAccount {
    /// Checks the fields; a focal point needs a member state, the secretariat has none.
    pub fn parse(
        email: &str,
        name: &str,
        role: &str,
        member_state: Option<&str>,
    ) -> ServiceResult<NewAccount> {
        let email = Email::parse(email).ok_or(ServiceError::Rule {
            code: "invalid_email",
            key: "error-invalid-email",
        })?;
        let name = clean_name(name).ok_or(ServiceError::Rule {
            code: "invalid_name",
            key: "error-invalid-name",
        })?;
        let role = Role::parse(role).ok_or(ServiceError::Rule {
            code: "invalid_role",
            key: "error-invalid-role",
        })?;
        let member_state = member_state
            .map(|s| s.trim().to_uppercase())
            .filter(|s| !s.is_empty());
        match (role, &member_state) {
            (Role::FocalPoint, None) => Err(ServiceError::Rule {
                code: "member_state_required",
                key: "error-member-state-required",
            }),
            (Role::Admin | Role::Secretariat, Some(_)) => Err(ServiceError::Rule {
                code: "member_state_not_allowed",
                key: "error-member-state-not-allowed",
            }),
            _ => Ok(NewAccount {
                email,
                name,
                role,
                member_state,
            }),
        }
    }
}

fn weak_password() -> ServiceError {
    ServiceError::Rule {
        code: "weak_password",
        key: "error-weak-password",
    }
}

async fn insert_user<C: ConnectionTrait>(
    conn: &C,
    account: &NewAccount,
    password_hash: Option<String>,
) -> ServiceResult<user::Model> {
    if let Some(code) = &account.member_state {
        if member_state::Entity::find_by_id(code.clone())
            .one(conn)
            .await?
            .is_none()
        {
            return Err(ServiceError::Rule {
                code: "unknown_member_state",
                key: "error-unknown-member-state",
            });
        }
    }
    let taken = user::Entity::find()
        .filter(user::Column::Email.eq(account.email.as_str()))
        .count(conn)
        .await?;
    if taken > 0 {
        return Err(ServiceError::Conflict {
            code: "exists",
            key: "error-email-taken",
        });
    }
    let now = Utc::now();
    user::ActiveModel {
        id: Set(Uuid::new_v4()),
        email: Set(account.email.as_str().to_string()),
        name: Set(account.name.clone()),
        role: Set(account.role.as_str().to_string()),
        member_state: Set(account.member_state.clone()),
        password_hash: Set(password_hash),
        active: Set(true),
        language: Set(None),
        created_at: Set(now),
        updated_at: Set(now),
    }
    .insert(conn)
    .await
    .map_err(|e| super::unique_or_db(e, "exists", "error-email-taken"))
}

fn user_event<'a>(
    action: &'a str,
    actor: Option<Uuid>,
    u: &user::Model,
    address: Option<&str>,
) -> Event<'a> {
    Event {
        actor,
        action,
        entity: "user",
        entity_id: u.id.to_string(),
        member_state: u.member_state.clone(),
        address: address.map(str::to_string),
        data: Some(json!({"email": u.email, "role": u.role})),
        ..Event::default()
    }
}

/// `portplans user add`: an account with a password, by the operator of the machine.
pub async fn create_with_password(
    db: &DatabaseConnection,
    account: NewAccount,
    password: &str,
) -> ServiceResult<user::Model> {
    let password = NewPassword::parse(password).ok_or_else(weak_password)?;
    let hash = hash_password(password.expose()).map_err(ServiceError::Internal)?;
    let txn = crate::store::begin_write(db).await?;
    let u = insert_user(&txn, &account, Some(hash)).await?;
    audit::record(&txn, user_event("user.created", None, &u, None)).await?;
    txn.commit().await?;
    Ok(u)
}

/// Invites someone: the account exists at once, without a password, and the returned
/// secret is the one-time link's token (valid 7 days).
pub async fn invite(
    db: &DatabaseConnection,
    actor: &Actor,
    account: NewAccount,
    address: Option<&str>,
) -> ServiceResult<(user::Model, String)> {
    if !actor.may_create(account.role) {
        return Err(ServiceError::Forbidden);
    }
    let txn = crate::store::begin_write(db).await?;
    let u = insert_user(&txn, &account, None).await?;
    let token = new_invitation(
        &txn,
        INVITE,
        Some(u.id),
        Some(actor.id),
        Duration::days(INVITATION_DAYS),
    )
    .await?;
    audit::record(
        &txn,
        user_event("user.invited", Some(actor.id), &u, address),
    )
    .await?;
    txn.commit().await?;
    Ok((u, token))
}

async fn new_invitation<C: ConnectionTrait>(
    conn: &C,
    purpose: &str,
    user_id: Option<Uuid>,
    created_by: Option<Uuid>,
    valid_for: Duration,
) -> Result<String, sea_orm::DbErr> {
    let token = new_token();
    let now = Utc::now();
    invitation::ActiveModel {
        id: Set(Uuid::new_v4()),
        purpose: Set(purpose.to_string()),
        user_id: Set(user_id),
        token_hash: Set(hash_token(&token)),
        created_by: Set(created_by),
        created_at: Set(now),
        expires_at: Set(now + valid_for),
        used_at: Set(None),
    }
    .insert(conn)
    .await?;
    Ok(token)
}

/// A live invitation of `purpose` for this token, or NotFound (unknown, used or expired
/// look the same from outside).
async fn live_invitation<C: ConnectionTrait>(
    conn: &C,
    token: &str,
    purpose: &str,
) -> ServiceResult<invitation::Model> {
    invitation::Entity::find()
        .filter(invitation::Column::TokenHash.eq(hash_token(token)))
        .filter(invitation::Column::Purpose.eq(purpose))
        .one(conn)
        .await?
        .filter(|i| i.used_at.is_none() && i.expires_at > Utc::now())
        .ok_or(ServiceError::NotFound)
}

/// The account an invitation link is for (to greet the invitee), if the link is live.
pub async fn invitation_user(db: &DatabaseConnection, token: &str) -> ServiceResult<user::Model> {
    let inv = live_invitation(db, token, INVITE).await?;
    let id = inv.user_id.ok_or(ServiceError::NotFound)?;
    user::Entity::find_by_id(id)
        .one(db)
        .await?
        .filter(|u| u.active)
        .ok_or(ServiceError::NotFound)
}

/// The invitee sets their password; the link is then spent.
pub async fn accept_invitation(
    db: &DatabaseConnection,
    token: &str,
    password: &str,
    address: Option<&str>,
) -> ServiceResult<user::Model> {
    let password = NewPassword::parse(password).ok_or_else(weak_password)?;
    let hash = hash_password(password.expose()).map_err(ServiceError::Internal)?;
    let txn = crate::store::begin_write(db).await?;
    let inv = live_invitation(&txn, token, INVITE).await?;
    let u = match inv.user_id {
        Some(id) => user::Entity::find_by_id(id).one(&txn).await?,
        None => None,
    }
    .filter(|u| u.active)
    .ok_or(ServiceError::NotFound)?;
    let mut spent: invitation::ActiveModel = inv.into();
    spent.used_at = Set(Some(Utc::now()));
    spent.update(&txn).await?;
    let mut active: user::ActiveModel = u.into();
    active.password_hash = Set(Some(hash));
    active.updated_at = Set(Utc::now());
    let u = active.update(&txn).await?;
    audit::record(
        &txn,
        user_event("user.invitation_accepted", Some(u.id), &u, address),
    )
    .await?;
    txn.commit().await?;
    Ok(u)
}

/// On a start with no active administrator: a new one-time set-up link (older unused
/// ones stop working). None when an administrator exists.
pub async fn setup_link_if_needed(db: &DatabaseConnection) -> ServiceResult<Option<String>> {
    let admins = user::Entity::find()
        .filter(user::Column::Role.eq(Role::Admin.as_str()))
        .filter(user::Column::Active.eq(true))
        .count(db)
        .await?;
    if admins > 0 {
        return Ok(None);
    }
    let txn = crate::store::begin_write(db).await?;
    invitation::Entity::update_many()
        .col_expr(
            invitation::Column::UsedAt,
            sea_orm::sea_query::Expr::value(Utc::now()),
        )
        .filter(invitation::Column::Purpose.eq(SETUP))
        .filter(invitation::Column::UsedAt.is_null())
        .exec(&txn)
        .await?;
    let token = new_invitation(&txn, SETUP, None, None, Duration::days(INVITATION_DAYS)).await?;
    audit::record(
        &txn,
        Event {
            action: "setup.link_issued",
            entity: "invitation",
            entity_id: SETUP.into(),
            ..Event::default()
        },
    )
    .await?;
    txn.commit().await?;
    Ok(Some(token))
}

/// Whether a set-up token is live (for the set-up page).
pub async fn setup_link_is_live(db: &DatabaseConnection, token: &str) -> ServiceResult<()> {
    live_invitation(db, token, SETUP).await.map(|_| ())
}

/// The set-up link's page creates the first administrator.
pub async fn complete_setup(
    db: &DatabaseConnection,
    token: &str,
    email: &str,
    name: &str,
    password: &str,
    address: Option<&str>,
) -> ServiceResult<user::Model> {
    let account = NewAccount::parse(email, name, "admin", None)?;
    let password = NewPassword::parse(password).ok_or_else(weak_password)?;
    let hash = hash_password(password.expose()).map_err(ServiceError::Internal)?;
    let txn = crate::store::begin_write(db).await?;
    let inv = live_invitation(&txn, token, SETUP).await?;
    let u = insert_user(&txn, &account, Some(hash)).await?;
    let mut spent: invitation::ActiveModel = inv.into();
    spent.used_at = Set(Some(Utc::now()));
    spent.user_id = Set(Some(u.id));
    spent.update(&txn).await?;
    audit::record(&txn, user_event("setup.completed", Some(u.id), &u, address)).await?;
    txn.commit().await?;
    Ok(u)
}

/// Deactivates an account (never deletes it) and ends its sessions.
pub async fn set_active(
    db: &DatabaseConnection,
    actor: &Actor,
    id: Uuid,
    active: bool,
    address: Option<&str>,
) -> ServiceResult<user::Model> {
    if !actor.is_staff() {
        return Err(ServiceError::Forbidden);
    }
    let txn = crate::store::begin_write(db).await?;
    let u = user::Entity::find_by_id(id)
        .one(&txn)
        .await?
        .ok_or(ServiceError::NotFound)?;
    let role = Role::parse(&u.role)
        .ok_or_else(|| ServiceError::Internal(format!("user {id} has role {}", u.role)))?;
    if !actor.may_deactivate(u.id, role) {
        return Err(ServiceError::Forbidden);
    }
    let mut m: user::ActiveModel = u.into();
    m.active = Set(active);
    m.updated_at = Set(Utc::now());
    let u = m.update(&txn).await?;
    if !active {
        sessions::revoke_all(&txn, u.id).await?;
    }
    let action = if active {
        "user.reactivated"
    } else {
        "user.deactivated"
    };
    audit::record(&txn, user_event(action, Some(actor.id), &u, address)).await?;
    txn.commit().await?;
    Ok(u)
}

/// A page of accounts, for the secretariat; optionally one member state's.
pub async fn list(
    db: &DatabaseConnection,
    actor: &Actor,
    member_state: Option<&str>,
    page: u64,
    per_page: u64,
) -> ServiceResult<(Vec<user::Model>, u64)> {
    if !actor.is_staff() {
        return Err(ServiceError::Forbidden);
    }
    let mut q = user::Entity::find().order_by_asc(user::Column::Email);
    if let Some(code) = member_state {
        q = q.filter(user::Column::MemberState.eq(code));
    }
    let pages = q.paginate(db, per_page.clamp(1, 200));
    let total = pages.num_items().await?;
    let items = pages.fetch_page(page.saturating_sub(1)).await?;
    Ok((items, total))
}

/// Whether a user has set a password (an invitation still pending otherwise).
pub fn is_pending(u: &user::Model) -> bool {
    u.password_hash.is_none()
}
