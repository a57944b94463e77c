//! Audit events: who did what to which record, when, from where. Written by services inside
//! the transaction of the change they describe.

use super::{ServiceError, ServiceResult};
use crate::domain::people::Actor;
use crate::store::entities::{event, user};
use chrono::{DateTime, Utc};
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, DatabaseConnection, DbErr, EntityTrait,
    PaginatorTrait, QueryFilter, QueryOrder, Set,
};
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

/// What the audit log is filtered by; every part optional.
#[derive(Debug, Clone, Default)]
pub struct Filter {
    /// `submission`, `user`, `cycle`…, optionally with one record's id.
    pub entity: Option<String>,
    pub entity_id: Option<String>,
    pub actor: Option<Uuid>,
    pub actor_email: Option<String>,
    /// An action, or a prefix of actions ending in `.` (`submission.`).
    pub action: Option<String>,
    pub since: Option<DateTime<Utc>>,
    pub until: Option<DateTime<Utc>>,
}

/// One event as the secretariat reads it.
#[derive(Debug, Clone, serde::Serialize)]
pub struct EventView {
    pub id: Uuid,
    pub at: DateTime<Utc>,
    pub actor: Option<Uuid>,
    pub actor_name: Option<String>,
    pub action: String,
    pub entity: String,
    pub entity_id: String,
    pub member_state: Option<String>,
    pub address: Option<String>,
    pub comment: Option<String>,
    pub data: Option<serde_json::Value>,
}

/// The audit log, newest first, for the secretariat only.
pub async fn list(
    db: &DatabaseConnection,
    actor: &Actor,
    f: Filter,
    page: u64,
    per_page: u64,
) -> ServiceResult<(Vec<EventView>, u64)> {
    if !actor.is_staff() {
        return Err(ServiceError::Forbidden);
    }
    let mut q = event::Entity::find();
    if let Some(e) = f.entity {
        q = q.filter(event::Column::Entity.eq(e));
    }
    if let Some(id) = f.entity_id {
        q = q.filter(event::Column::EntityId.eq(id));
    }
    if let Some(a) = f.actor {
        q = q.filter(event::Column::ActorId.eq(a));
    }
    if let Some(email) = f.actor_email {
        // An unknown address matches nothing rather than everything.
        let id = user::Entity::find()
            .filter(user::Column::Email.eq(email.to_lowercase()))
            .one(db)
            .await?
            .map_or(Uuid::nil(), |u| u.id);
        q = q.filter(event::Column::ActorId.eq(id));
    }
    if let Some(a) = f.action {
        // "submission." (a prefix), "returned" (a part), or a whole action.
        q = q.filter(event::Column::Action.contains(a.as_str()));
    }
    if let Some(s) = f.since {
        q = q.filter(event::Column::At.gte(s));
    }
    if let Some(u) = f.until {
        q = q.filter(event::Column::At.lt(u));
    }
    let pages = q
        .order_by_desc(event::Column::At)
        .order_by_desc(event::Column::Id)
        .paginate(db, per_page);
    let total = pages.num_items().await?;
    let rows = pages.fetch_page(page.saturating_sub(1)).await?;
    let ids: Vec<Uuid> = rows.iter().filter_map(|e| e.actor_id).collect();
    let names: std::collections::HashMap<Uuid, String> = user::Entity::find()
        .filter(user::Column::Id.is_in(ids))
        .all(db)
        .await?
        .into_iter()
        .map(|u| (u.id, u.name))
        .collect();
    let items = rows
        .into_iter()
        .map(|e| EventView {
            actor_name: e.actor_id.and_then(|a| names.get(&a).cloned()),
            id: e.id,
            at: e.at,
            actor: e.actor_id,
            action: e.action,
            entity: e.entity,
            entity_id: e.entity_id,
            member_state: e.member_state,
            address: e.address,
            comment: e.comment,
            data: e.data,
        })
        .collect();
    Ok((items, total))
}
