//! The numbers of a cycle's comparative summary, from its approved submissions (their
//! latest frozen revision) and every participating state's registered ports. For the
//! secretariat only.

use super::forms::Forms;
use super::submissions::form_of;
use super::{ServiceError, ServiceResult};
use crate::domain::people::Actor;
use crate::domain::summary::{self, ApprovedPort, Participation, Summary};
use crate::store::entities::{cycle, member_state, port, revision, submission};
use chrono::Utc;
use sea_orm::{ColumnTrait, DatabaseConnection, EntityTrait, QueryFilter};
use serde_json::{Map, Value};
use std::collections::{BTreeMap, HashMap};
use uuid::Uuid;

pub async fn model(
    db: &DatabaseConnection,
    forms: &Forms,
    actor: &Actor,
    cycle_id: Uuid,
) -> ServiceResult<Summary> {
    if !actor.is_staff() {
        return Err(ServiceError::Forbidden);
    }
    let c = cycle::Entity::find_by_id(cycle_id)
        .one(db)
        .await?
        .ok_or(ServiceError::NotFound)?;
    let form = form_of(db, forms, &c).await?;
    let states: Vec<String> = member_state::Entity::find()
        .filter(member_state::Column::Status.eq(super::setup::ACTIVE))
        .all(db)
        .await?
        .into_iter()
        .map(|s| s.code)
        .collect();
    let mut rows: BTreeMap<String, Participation> = states
        .iter()
        .map(|code| {
            (
                code.clone(),
                Participation {
                    member_state: code.clone(),
                    ports: 0,
                    submitted: 0,
                    approved: 0,
                },
            )
        })
        .collect();
    for p in port::Entity::find().all(db).await? {
        if let Some(r) = rows.get_mut(&p.member_state) {
            r.ports += 1;
        }
    }
    let subs = submission::Entity::find()
        .filter(submission::Column::CycleId.eq(cycle_id))
        .all(db)
        .await?;
    let mut approved_ids = Vec::new();
    for s in &subs {
        let Some(r) = rows.get_mut(&s.member_state) else {
            continue;
        };
        if s.status != "draft" {
            r.submitted += 1;
        }
        if s.status == "approved" {
            r.approved += 1;
            approved_ids.push(s.id);
        }
    }
    // The latest revision of each approved submission: what was approved.
    let mut latest: HashMap<Uuid, revision::Model> = HashMap::new();
    for chunk in approved_ids.chunks(500) {
        for r in revision::Entity::find()
            .filter(revision::Column::SubmissionId.is_in(chunk.to_vec()))
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
    }
    let state_of: HashMap<Uuid, &str> = subs
        .iter()
        .map(|s| (s.id, s.member_state.as_str()))
        .collect();
    let docs: Vec<(&str, Map<String, Value>)> = approved_ids
        .iter()
        .filter_map(|id| {
            let r = latest.get(id)?;
            Some((
                *state_of.get(id)?,
                r.answers.as_object().cloned().unwrap_or_default(),
            ))
        })
        .collect();
    let approved: Vec<ApprovedPort<'_>> = docs
        .iter()
        .map(|(s, a)| ApprovedPort {
            member_state: s,
            answers: a,
        })
        .collect();
    Ok(summary::summarize(
        &form,
        rows.into_values().collect(),
        &approved,
        Utc::now().date_naive(),
    ))
}
