//! Member states: their participation status, set by the secretariat.

use super::audit::{self, Event};
use super::setup::{ACTIVE, NOT_PARTICIPATING};
use super::{ServiceError, ServiceResult};
use crate::domain::people::Actor;
use crate::store::entities::member_state;
use chrono::Utc;
use sea_orm::{ActiveModelTrait, DatabaseConnection, EntityTrait, QueryOrder, Set};
use serde_json::json;

pub async fn list(db: &DatabaseConnection) -> ServiceResult<Vec<member_state::Model>> {
    Ok(member_state::Entity::find()
        .order_by_asc(member_state::Column::Code)
        .all(db)
        .await?)
}

pub async fn get(db: &DatabaseConnection, code: &str) -> ServiceResult<member_state::Model> {
    member_state::Entity::find_by_id(code.to_uppercase())
        .one(db)
        .await?
        .ok_or(ServiceError::NotFound)
}

/// `active` or `not_participating`.
pub async fn set_status(
    db: &DatabaseConnection,
    actor: &Actor,
    code: &str,
    status: &str,
    address: Option<&str>,
) -> ServiceResult<member_state::Model> {
    if !actor.is_staff() {
        return Err(ServiceError::Forbidden);
    }
    if status != ACTIVE && status != NOT_PARTICIPATING {
        return Err(ServiceError::Rule {
            code: "invalid_status",
            key: "error-invalid-status",
        });
    }
    let txn = crate::store::begin_write(db).await?;
    let state = member_state::Entity::find_by_id(code.to_uppercase())
        .one(&txn)
        .await?
        .ok_or(ServiceError::NotFound)?;
    let before = state.status.clone();
    let mut m: member_state::ActiveModel = state.into();
    m.status = Set(status.to_string());
    m.updated_at = Set(Utc::now());
    let state = m.update(&txn).await?;
    audit::record(
        &txn,
        Event {
            actor: Some(actor.id),
            action: "member_state.status_changed",
            entity: "member_state",
            entity_id: state.code.clone(),
            member_state: Some(state.code.clone()),
            address: address.map(str::to_string),
            data: Some(json!({"from": before, "to": status})),
            ..Event::default()
        },
    )
    .await?;
    txn.commit().await?;
    Ok(state)
}
