//! Signing in and out, for browsers (a session cookie) and for the API (bearer tokens):
//! both are rows of `sessions` holding only a hash of the secret. Failed sign-ins are
//! counted from the audit log, so the limit holds across several server processes.

use super::audit::{self, Event};
use super::tokens::{hash_token, new_token, verify_password, waste_verification};
use super::{ServiceError, ServiceResult};
use crate::domain::people::{Actor, Role};
use crate::store::entities::{event, session, user};
use chrono::{DateTime, Duration, Utc};
use sea_orm::{
    ActiveModelTrait, ColumnTrait, Condition, DatabaseConnection, EntityTrait, PaginatorTrait,
    QueryFilter, Set,
};
use serde_json::json;
use uuid::Uuid;

pub const WEB: &str = "web";
pub const API: &str = "api";

/// How long a session lasts.
pub fn lifetime(kind: &str) -> Duration {
    if kind == API {
        Duration::days(30)
    } else {
        Duration::hours(12)
    }
}

/// The sign-in limits: failures counted over a sliding window, never a permanent lock.
pub const WINDOW_MINUTES: i64 = 15;
/// Failures for one account from one address.
pub const MAX_PER_ACCOUNT_AND_ADDRESS: u64 = 5;
/// Failures from one address, whatever the accounts.
pub const MAX_PER_ADDRESS: u64 = 20;
/// Failures for one account from all addresses (a distributed guess).
pub const MAX_PER_ACCOUNT: u64 = 50;

pub const FAILED: &str = "auth.sign_in_failed";

/// A new session: the secret (to hand over once) and the user.
#[derive(Debug)]
pub struct SignedIn {
    pub token: String,
    pub expires_at: DateTime<Utc>,
    pub user: user::Model,
}

pub fn actor_of(u: &user::Model) -> Option<Actor> {
    Some(Actor {
        id: u.id,
        email: u.email.clone(),
        name: u.name.clone(),
        role: Role::parse(&u.role)?,
        member_state: u.member_state.clone(),
    })
}

async fn recent_failures(db: &DatabaseConnection, cond: Condition) -> Result<u64, sea_orm::DbErr> {
    let since = Utc::now() - Duration::minutes(WINDOW_MINUTES);
    event::Entity::find()
        .filter(event::Column::Action.eq(FAILED))
        .filter(event::Column::At.gte(since))
        .filter(cond)
        .count(db)
        .await
}

/// Checks the password and opens a session of `kind`. Every attempt is audited.
pub async fn sign_in(
    db: &DatabaseConnection,
    email: &str,
    password: &str,
    address: Option<&str>,
    kind: &str,
) -> ServiceResult<SignedIn> {
    let email = email.trim().to_lowercase();
    let by_account = Condition::all()
        .add(event::Column::Entity.eq("account"))
        .add(event::Column::EntityId.eq(email.clone()));
    let mut limited = recent_failures(db, by_account.clone()).await? >= MAX_PER_ACCOUNT;
    if let Some(addr) = address {
        limited = limited
            || recent_failures(db, Condition::all().add(event::Column::Address.eq(addr))).await?
                >= MAX_PER_ADDRESS
            || recent_failures(db, by_account.add(event::Column::Address.eq(addr))).await?
                >= MAX_PER_ACCOUNT_AND_ADDRESS;
    }
    if limited {
        return Err(ServiceError::TooManyRequests);
    }
    let found = user::Entity::find()
        .filter(user::Column::Email.eq(email.clone()))
        .one(db)
        .await?;
    let ok = match &found {
        Some(u) if u.active => match &u.password_hash {
            Some(h) => verify_password(password, h),
            None => {
                waste_verification(password);
                false
            }
        },
        _ => {
            waste_verification(password);
            false
        }
    };
    let txn = crate::store::begin_write(db).await?;
    let (Some(u), true) = (found, ok) else {
        audit::record(
            &txn,
            Event {
                action: FAILED,
                entity: "account",
                entity_id: email,
                address: address.map(str::to_string),
                ..Event::default()
            },
        )
        .await?;
        txn.commit().await?;
        return Err(ServiceError::Unauthorized);
    };
    let token = new_token();
    let now = Utc::now();
    let expires_at = now + lifetime(kind);
    session::ActiveModel {
        id: Set(Uuid::new_v4()),
        user_id: Set(u.id),
        kind: Set(kind.to_string()),
        token_hash: Set(hash_token(&token)),
        created_at: Set(now),
        expires_at: Set(expires_at),
        revoked_at: Set(None),
        address: Set(address.map(str::to_string)),
    }
    .insert(&txn)
    .await?;
    audit::record(
        &txn,
        Event {
            actor: Some(u.id),
            action: "auth.signed_in",
            entity: "user",
            entity_id: u.id.to_string(),
            member_state: u.member_state.clone(),
            address: address.map(str::to_string),
            data: Some(json!({"kind": kind})),
            ..Event::default()
        },
    )
    .await?;
    txn.commit().await?;
    Ok(SignedIn {
        token,
        expires_at,
        user: u,
    })
}

/// The person behind a session secret, if it is live and their account active.
pub async fn authenticate(
    db: &DatabaseConnection,
    token: &str,
    kind: &str,
) -> ServiceResult<Option<Actor>> {
    // One query for both: every request of a signed-in person passes here.
    let Some((s, user)) = session::Entity::find()
        .filter(session::Column::TokenHash.eq(hash_token(token)))
        .filter(session::Column::Kind.eq(kind))
        .find_also_related(user::Entity)
        .one(db)
        .await?
    else {
        return Ok(None);
    };
    if s.revoked_at.is_some() || s.expires_at <= Utc::now() {
        return Ok(None);
    }
    Ok(user.filter(|u| u.active).as_ref().and_then(actor_of))
}

/// Ends a session: the secret stops working at once.
pub async fn sign_out(
    db: &DatabaseConnection,
    token: &str,
    address: Option<&str>,
) -> ServiceResult<()> {
    let txn = crate::store::begin_write(db).await?;
    let Some(s) = session::Entity::find()
        .filter(session::Column::TokenHash.eq(hash_token(token)))
        .filter(session::Column::RevokedAt.is_null())
        .one(&txn)
        .await?
    else {
        return Ok(());
    };
    let user_id = s.user_id;
    let mut active: session::ActiveModel = s.into();
    active.revoked_at = Set(Some(Utc::now()));
    active.update(&txn).await?;
    audit::record(
        &txn,
        Event {
            actor: Some(user_id),
            action: "auth.signed_out",
            entity: "user",
            entity_id: user_id.to_string(),
            address: address.map(str::to_string),
            ..Event::default()
        },
    )
    .await?;
    txn.commit().await?;
    Ok(())
}

/// Revokes every live session of a user (on deactivation), inside the caller's transaction.
pub async fn revoke_all<C: sea_orm::ConnectionTrait>(
    conn: &C,
    user_id: Uuid,
) -> Result<(), sea_orm::DbErr> {
    session::Entity::update_many()
        .col_expr(
            session::Column::RevokedAt,
            sea_orm::sea_query::Expr::value(Utc::now()),
        )
        .filter(session::Column::UserId.eq(user_id))
        .filter(session::Column::RevokedAt.is_null())
        .exec(conn)
        .await?;
    Ok(())
}
