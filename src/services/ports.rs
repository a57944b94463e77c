//! Ports of a member state: listed for those who may see the state, created by the
//! secretariat with a checked, unique UN/LOCODE.

use super::audit::{self, Event};
use super::{ServiceError, ServiceResult};
use crate::domain::locode::{Locode, LocodeError};
use crate::domain::people::{clean_name, Actor};
use crate::store::entities::{member_state, port};
use chrono::Utc;
use sea_orm::{
    ActiveModelTrait, ColumnTrait, DatabaseConnection, EntityTrait, PaginatorTrait, QueryFilter,
    QueryOrder, Set,
};
use serde_json::json;
use uuid::Uuid;

/// The ports of a state. Another state's ports answer NotFound to a focal point.
pub async fn list(
    db: &DatabaseConnection,
    actor: &Actor,
    code: &str,
) -> ServiceResult<Vec<port::Model>> {
    let code = code.to_uppercase();
    if !actor.may_see_state(&code) {
        return Err(ServiceError::NotFound);
    }
    member_state::Entity::find_by_id(code.clone())
        .one(db)
        .await?
        .ok_or(ServiceError::NotFound)?;
    Ok(port::Entity::find()
        .filter(port::Column::MemberState.eq(code))
        .order_by_asc(port::Column::Locode)
        .all(db)
        .await?)
}

/// A new port of `code`. 422 for a malformed LOCODE or another country's; 409 if it exists.
pub async fn create(
    db: &DatabaseConnection,
    actor: &Actor,
    code: &str,
    locode: &str,
    name: &str,
    address: Option<&str>,
) -> ServiceResult<port::Model> {
    if !actor.is_staff() {
        return Err(ServiceError::Forbidden);
    }
    let txn = crate::store::begin_write(db).await?;
    let state = member_state::Entity::find_by_id(code.to_uppercase())
        .one(&txn)
        .await?
        .ok_or(ServiceError::NotFound)?;
    let locode = Locode::parse(locode, &state.alpha2).map_err(|e| match e {
        LocodeError::Malformed => ServiceError::Rule {
            code: "invalid_locode",
            key: "error-locode-malformed",
        },
        LocodeError::WrongCountry => ServiceError::Rule {
            code: "locode_country",
            key: "error-locode-country",
        },
    })?;
    let name = clean_name(name).ok_or(ServiceError::Rule {
        code: "invalid_name",
        key: "error-invalid-name",
    })?;
    let exists = port::Entity::find()
        .filter(port::Column::Locode.eq(locode.as_str()))
        .count(&txn)
        .await?;
    if exists > 0 {
        return Err(ServiceError::Conflict {
            code: "exists",
            key: "error-port-exists",
        });
    }
    let now = Utc::now();
    let p = port::ActiveModel {
        id: Set(Uuid::new_v4()),
        member_state: Set(state.code.clone()),
        locode: Set(locode.as_str().to_string()),
        name: Set(name),
        latitude: Set(None),
        longitude: Set(None),
        created_at: Set(now),
        updated_at: Set(now),
    }
    .insert(&txn)
    .await
    .map_err(|e| super::unique_or_db(e, "exists", "error-port-exists"))?;
    audit::record(
        &txn,
        Event {
            actor: Some(actor.id),
            action: "port.created",
            entity: "port",
            entity_id: p.id.to_string(),
            member_state: Some(state.code),
            address: address.map(str::to_string),
            data: Some(json!({"locode": p.locode, "name": p.name})),
            ..Event::default()
        },
    )
    .await?;
    txn.commit().await?;
    Ok(p)
}
