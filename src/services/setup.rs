//! Start-up set-up: the member states seeded, idempotently.

use super::audit::{self, Event};
use crate::domain::member_states::MEMBER_STATES;
use crate::store::entities::member_state;
use chrono::Utc;
use sea_orm::sea_query::OnConflict;
use sea_orm::{DatabaseConnection, DbErr, EntityTrait, Set};
use serde_json::json;
use std::collections::HashSet;

/// A member state's participation.
pub const ACTIVE: &str = "active";
pub const NOT_PARTICIPATING: &str = "not_participating";

/// Inserts the member states that are missing; never touches one already there (its status
/// may have been changed by the secretariat). Returns how many were inserted.
pub async fn seed_member_states(db: &DatabaseConnection) -> Result<usize, DbErr> {
    let txn = crate::store::begin_write(db).await?;
    let existing: HashSet<String> = member_state::Entity::find()
        .all(&txn)
        .await?
        .into_iter()
        .map(|m| m.code)
        .collect();
    let now = Utc::now();
    let mut inserted = Vec::new();
    for s in MEMBER_STATES.iter().filter(|s| !existing.contains(s.code)) {
        let row = member_state::ActiveModel {
            code: Set(s.code.to_string()),
            alpha2: Set(s.alpha2.to_string()),
            names: Set(json!({"en": s.en, "es": s.es, "fr": s.fr, "pt": s.pt})),
            status: Set(ACTIVE.to_string()),
            created_at: Set(now),
            updated_at: Set(now),
        };
        // Another server starting at the same moment may have inserted it: not an error.
        let added = member_state::Entity::insert(row)
            .on_conflict(
                OnConflict::column(member_state::Column::Code)
                    .do_nothing()
                    .to_owned(),
            )
            .exec_without_returning(&txn)
            .await?;
        if added > 0 {
            inserted.push(s.code);
        }
    }
    if !inserted.is_empty() {
        audit::record(
            &txn,
            Event {
                action: "member_states.seeded",
                entity: "member_state",
                entity_id: "*".into(),
                data: Some(json!({ "codes": inserted })),
                ..Event::default()
            },
        )
        .await?;
    }
    txn.commit().await?;
    Ok(inserted.len())
}
