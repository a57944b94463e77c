//! Exports of a cycle for statistics tools: the answers of its submissions, one row each,
//! for the secretariat only. The answers are the latest submitted revision's (a draft's
//! own answers before any); files appear as their ids, never their contents.

use super::forms::Forms;
use super::submissions::form_of;
use super::{ServiceError, ServiceResult};
use crate::domain::export::{self, Cell, Column, Labels, Meta};
use crate::domain::people::Actor;
use crate::domain::workflow::Status;
use crate::store::entities::{cycle, port, revision, submission};
use sea_orm::{ColumnTrait, DatabaseConnection, EntityTrait, QueryFilter, QueryOrder};
use serde_json::{Map, Value};
use std::collections::HashMap;
use uuid::Uuid;

/// The columns and rows of a cycle's export. `status` is a workflow status or `all`.
pub async fn cycle_table(
    db: &DatabaseConnection,
    forms: &Forms,
    actor: &Actor,
    cycle_id: Uuid,
    status: &str,
    labels: Labels<'_>,
    codebook_lang: &str,
) -> ServiceResult<(Vec<Column>, Vec<Vec<Cell>>)> {
    if !actor.is_staff() {
        return Err(ServiceError::Forbidden);
    }
    if status != "all" && Status::parse(status).is_none() {
        return Err(ServiceError::Invalid(format!(
            "status: expected draft, submitted, returned, approved or all, not {status}"
        )));
    }
    let c = cycle::Entity::find_by_id(cycle_id)
        .one(db)
        .await?
        .ok_or(ServiceError::NotFound)?;
    let form = form_of(db, forms, &c).await?;
    let mut q = submission::Entity::find().filter(submission::Column::CycleId.eq(cycle_id));
    if status != "all" {
        q = q.filter(submission::Column::Status.eq(status));
    }
    let rows = q
        .order_by_asc(submission::Column::MemberState)
        .order_by_asc(submission::Column::CreatedAt)
        .all(db)
        .await?;
    let ids: Vec<Uuid> = rows.iter().map(|r| r.id).collect();
    let mut latest: HashMap<Uuid, revision::Model> = HashMap::new();
    for r in revision::Entity::find()
        .filter(revision::Column::SubmissionId.is_in(ids))
        .all(db)
        .await?
    {
        match latest.get(&r.submission_id) {
            Some(have) if have.number >= r.number => {}
            _ => {
                latest.insert(r.submission_id, r);
            }
        }
    }
    let port_ids: Vec<Uuid> = rows.iter().filter_map(|r| r.port_id).collect();
    let ports: HashMap<Uuid, String> = port::Entity::find()
        .filter(port::Column::Id.is_in(port_ids))
        .all(db)
        .await?
        .into_iter()
        .map(|p| (p.id, p.locode))
        .collect();
    let mut table: Vec<(String, String, Vec<Cell>)> = Vec::with_capacity(rows.len());
    for s in &rows {
        let rev = latest.get(&s.id);
        let answers: Map<String, Value> = match (s.status.as_str(), rev) {
            ("draft", _) | (_, None) => s.answers.as_object().cloned().unwrap_or_default(),
            (_, Some(r)) => r.answers.as_object().cloned().unwrap_or_default(),
        };
        let locode = s
            .port_id
            .and_then(|p| ports.get(&p).cloned())
            .unwrap_or_default();
        let meta = Meta {
            submission: s.id.to_string(),
            member_state: s.member_state.clone(),
            port: locode.clone(),
            status: s.status.clone(),
            revision: rev.map_or(0, |r| r.number),
        };
        table.push((
            s.member_state.clone(),
            locode,
            export::row(&form, &meta, &answers, labels),
        ));
    }
    table.sort_by(|a, b| (&a.0, &a.1).cmp(&(&b.0, &b.1)));
    Ok((
        export::columns(&form, codebook_lang, labels),
        table.into_iter().map(|(_, _, r)| r).collect(),
    ))
}
