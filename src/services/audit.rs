//! Audit events: who did what to which record, when, from where. Written by services inside
//! the transaction of the change they describe.

use crate::store::entities::event;
use chrono::Utc;
use sea_orm::{ActiveModelTrait, ConnectionTrait, DbErr, Set};
use uuid::Uuid;

/// One event to record.
#[derive(Debug, Clone, Default)]
pub struct Event<'a> {
    pub actor: Option<Uuid>,
    pub action: &'a str,
    pub entity: &'a str,
    pub entity_id: String,
    pub member_state: Option<String>,
    pub address: Option<String>,
    pub comment: Option<String>,
    pub data: Option<serde_json::Value>,
}

/// Writes the event on `conn`, which should be the transaction of the change.
pub async fn record<C: ConnectionTrait>(conn: &C, e: Event<'_>) -> Result<Uuid, DbErr> {
    let id = Uuid::new_v4();
    event::ActiveModel {
        id: Set(id),
        at: Set(Utc::now()),
        actor_id: Set(e.actor),
        action: Set(e.action.to_string()),
        entity: Set(e.entity.to_string()),
        entity_id: Set(e.entity_id),
        member_state: Set(e.member_state),
        address: Set(e.address),
        comment: Set(e.comment),
        data: Set(e.data),
    }
    .insert(conn)
    .await?;
    Ok(id)
}
