//! Reporting cycles: one questionnaire version, a title, opening and closing dates;
//! progress per member state.

use super::audit::{self, Event};
use super::forms::Forms;
use super::{ServiceError, ServiceResult};
use crate::domain::cycles::{status, CycleStatus};
use crate::domain::people::Actor;
use crate::store::entities::{cycle, member_state, port, questionnaire_version, submission};
use chrono::{NaiveDate, Utc};
use sea_orm::{
    ActiveModelTrait, ColumnTrait, DatabaseConnection, EntityTrait, QueryFilter, QueryOrder, Set,
};
use serde::Serialize;
use serde_json::json;
use std::collections::BTreeMap;
use uuid::Uuid;

/// A cycle as the API and pages show it.
#[derive(Debug, Clone, Serialize)]
pub struct CycleView {
    pub id: Uuid,
    pub form: String,
    pub version: String,
    pub title: String,
    /// The title in the languages it was given in; `title` stands for the others.
    pub titles: BTreeMap<String, String>,
    pub opens_on: NaiveDate,
    pub closes_on: NaiveDate,
    pub status: CycleStatus,
    pub created_at: chrono::DateTime<Utc>,
}

/// One member state's numbers in a cycle.
#[derive(Debug, Clone, Default, Serialize)]
pub struct StateProgress {
    pub member_state: String,
    pub ports: u64,
    pub not_started: u64,
    pub drafts: u64,
    pub submitted: u64,
    pub returned: u64,
    pub approved: u64,
    /// After the closing date: the ports whose report is not in (not started, draft,
    /// returned). Zero while the cycle runs.
    pub overdue: u64,
}

impl CycleView {
    /// The title a reader of `lang` sees.
    pub fn title_in(&self, lang: &str) -> &str {
        self.titles
            .get(lang)
            .map_or(self.title.as_str(), String::as_str)
    }
}

pub struct NewCycle<'a> {
    pub form: &'a str,
    pub version: Option<&'a str>,
    pub title: &'a str,
    /// Translations of the title by language code (`en`, `es`, `fr`, `pt`); blanks ignored.
    pub titles: BTreeMap<String, String>,
    pub opens_on: NaiveDate,
    pub closes_on: NaiveDate,
}

fn view(c: cycle::Model, v: &questionnaire_version::Model, today: NaiveDate) -> CycleView {
    CycleView {
        id: c.id,
        form: v.form_id.clone(),
        version: v.version.clone(),
        status: status(c.opens_on, c.closes_on, c.closed_at.is_some(), today),
        title: c.title,
        titles: c
            .titles
            .and_then(|t| serde_json::from_value(t).ok())
            .unwrap_or_default(),
        opens_on: c.opens_on,
        closes_on: c.closes_on,
        created_at: c.created_at,
    }
}

/// Opens a cycle on a recorded questionnaire version (its latest when none is named).
/// Dates in the past are allowed: the cycle is then closed.
pub async fn create(
    db: &DatabaseConnection,
    forms: &Forms,
    actor: &Actor,
    new: NewCycle<'_>,
    address: Option<&str>,
) -> ServiceResult<CycleView> {
    if !actor.is_staff() {
        return Err(ServiceError::Forbidden);
    }
    let title = crate::domain::people::clean_name(new.title).ok_or(ServiceError::Rule {
        code: "invalid_title",
        key: "error-invalid-title",
    })?;
    let mut titles = BTreeMap::new();
    for (lang, text) in &new.titles {
        if text.trim().is_empty() {
            continue;
        }
        let invalid = || ServiceError::Rule {
            code: "invalid_title",
            key: "error-invalid-title",
        };
        let lang = crate::i18n::Lang::parse(lang).ok_or_else(invalid)?;
        let clean = crate::domain::people::clean_name(text).ok_or_else(invalid)?;
        titles.insert(lang.code().to_string(), clean);
    }
    if new.closes_on < new.opens_on {
        return Err(ServiceError::Rule {
            code: "invalid_dates",
            key: "error-cycle-dates",
        });
    }
    let form = forms.get(new.form, new.version).ok_or(ServiceError::Rule {
        code: "unknown_form",
        key: "error-unknown-form",
    })?;
    let version_id = forms.record_id(form.id(), form.version()).ok_or_else(|| {
        ServiceError::Internal(format!("{} {} not recorded", form.id(), form.version()))
    })?;
    let txn = crate::store::begin_write(db).await?;
    let version = questionnaire_version::Entity::find_by_id(version_id)
        .one(&txn)
        .await?
        .ok_or(ServiceError::NotFound)?;
    let now = Utc::now();
    let c = cycle::ActiveModel {
        id: Set(Uuid::new_v4()),
        questionnaire_version_id: Set(version_id),
        title: Set(title),
        titles: Set((!titles.is_empty()).then(|| json!(titles))),
        opens_on: Set(new.opens_on),
        closes_on: Set(new.closes_on),
        closed_at: Set(None),
        created_by: Set(Some(actor.id)),
        created_at: Set(now),
        updated_at: Set(now),
    }
    .insert(&txn)
    .await?;
    audit::record(
        &txn,
        Event {
            actor: Some(actor.id),
            action: "cycle.created",
            entity: "cycle",
            entity_id: c.id.to_string(),
            address: address.map(str::to_string),
            data: Some(
                json!({"title": c.title, "titles": c.titles, "form": version.form_id, "version": version.version,
                "opens_on": c.opens_on, "closes_on": c.closes_on}),
            ),
            ..Event::default()
        },
    )
    .await?;
    txn.commit().await?;
    Ok(view(c, &version, now.date_naive()))
}

/// Every cycle, newest first.
pub async fn list(db: &DatabaseConnection) -> ServiceResult<Vec<CycleView>> {
    let today = Utc::now().date_naive();
    let rows = cycle::Entity::find()
        .find_also_related(questionnaire_version::Entity)
        .order_by_desc(cycle::Column::OpensOn)
        .all(db)
        .await?;
    Ok(rows
        .into_iter()
        .filter_map(|(c, v)| v.map(|v| view(c, &v, today)))
        .collect())
}

pub async fn get(db: &DatabaseConnection, id: Uuid) -> ServiceResult<CycleView> {
    let (c, v) = cycle::Entity::find_by_id(id)
        .find_also_related(questionnaire_version::Entity)
        .one(db)
        .await?
        .ok_or(ServiceError::NotFound)?;
    let v = v.ok_or(ServiceError::NotFound)?;
    Ok(view(c, &v, Utc::now().date_naive()))
}

/// Progress per participating member state; a focal point sees only their own state.
pub async fn progress(
    db: &DatabaseConnection,
    actor: &Actor,
    id: Uuid,
) -> ServiceResult<Vec<StateProgress>> {
    tally(db, id, |code| actor.may_see_state(code)).await
}

/// What anyone may know of a cycle's progress: per participating state, its ports, how
/// many reports were sent (and not taken back for revision since) and how many approved.
/// No contents, no drafts, no names.
#[derive(Debug, Clone, Serialize)]
pub struct PublicProgress {
    pub member_state: String,
    pub ports: u64,
    /// Sent to the secretariat: waiting for review, returned for revision, or approved.
    pub submitted: u64,
    pub approved: u64,
}

/// The public progress of a cycle that has opened (a scheduled one is not shown: 404).
pub async fn public_progress(
    db: &DatabaseConnection,
    id: Uuid,
) -> ServiceResult<(CycleView, Vec<PublicProgress>)> {
    let c = get(db, id).await?;
    if c.status == CycleStatus::Scheduled {
        return Err(ServiceError::NotFound);
    }
    let rows = tally(db, id, |_| true).await?;
    Ok((
        c,
        rows.into_iter()
            .map(|r| PublicProgress {
                member_state: r.member_state,
                ports: r.ports,
                submitted: r.submitted + r.returned + r.approved,
                approved: r.approved,
            })
            .collect(),
    ))
}

/// The cycles the public sees: those that have opened, newest first.
pub async fn public_list(db: &DatabaseConnection) -> ServiceResult<Vec<CycleView>> {
    Ok(list(db)
        .await?
        .into_iter()
        .filter(|c| c.status != CycleStatus::Scheduled)
        .collect())
}

/// Counts ports and reports by status for each participating state that `shown` keeps.
async fn tally(
    db: &DatabaseConnection,
    id: Uuid,
    shown: impl Fn(&str) -> bool,
) -> ServiceResult<Vec<StateProgress>> {
    let c = cycle::Entity::find_by_id(id)
        .one(db)
        .await?
        .ok_or(ServiceError::NotFound)?;
    let late = Utc::now().date_naive() > c.closes_on;
    let states = member_state::Entity::find()
        .filter(member_state::Column::Status.eq(super::setup::ACTIVE))
        .order_by_asc(member_state::Column::Code)
        .all(db)
        .await?;
    let visible: Vec<_> = states.into_iter().filter(|s| shown(&s.code)).collect();
    let mut rows: BTreeMap<String, StateProgress> = visible
        .iter()
        .map(|s| {
            (
                s.code.clone(),
                StateProgress {
                    member_state: s.code.clone(),
                    ..StateProgress::default()
                },
            )
        })
        .collect();
    let codes: Vec<String> = rows.keys().cloned().collect();
    for p in port::Entity::find()
        .filter(port::Column::MemberState.is_in(codes.clone()))
        .all(db)
        .await?
    {
        if let Some(r) = rows.get_mut(&p.member_state) {
            r.ports += 1;
        }
    }
    for s in submission::Entity::find()
        .filter(submission::Column::CycleId.eq(id))
        .filter(submission::Column::MemberState.is_in(codes))
        .all(db)
        .await?
    {
        if let Some(r) = rows.get_mut(&s.member_state) {
            match s.status.as_str() {
                "draft" => r.drafts += 1,
                "submitted" => r.submitted += 1,
                "returned" => r.returned += 1,
                "approved" => r.approved += 1,
                _ => {}
            }
        }
    }
    Ok(rows
        .into_values()
        .map(|mut r| {
            r.not_started = r
                .ports
                .saturating_sub(r.drafts + r.submitted + r.returned + r.approved);
            if late {
                r.overdue = r.not_started + r.drafts + r.returned;
            }
            r
        })
        .collect())
}

/// Closes a cycle early: no new submissions or edits.
pub async fn close(
    db: &DatabaseConnection,
    actor: &Actor,
    id: Uuid,
    address: Option<&str>,
) -> ServiceResult<CycleView> {
    if !actor.is_staff() {
        return Err(ServiceError::Forbidden);
    }
    let txn = crate::store::begin_write(db).await?;
    let c = cycle::Entity::find_by_id(id)
        .one(&txn)
        .await?
        .ok_or(ServiceError::NotFound)?;
    if c.closed_at.is_some() {
        return Err(ServiceError::Conflict {
            code: "already_closed",
            key: "error-cycle-closed",
        });
    }
    let version = questionnaire_version::Entity::find_by_id(c.questionnaire_version_id)
        .one(&txn)
        .await?
        .ok_or(ServiceError::NotFound)?;
    let mut m: cycle::ActiveModel = c.into();
    let now = Utc::now();
    m.closed_at = Set(Some(now));
    m.updated_at = Set(now);
    let c = m.update(&txn).await?;
    audit::record(
        &txn,
        Event {
            actor: Some(actor.id),
            action: "cycle.closed",
            entity: "cycle",
            entity_id: c.id.to_string(),
            address: address.map(str::to_string),
            ..Event::default()
        },
    )
    .await?;
    txn.commit().await?;
    Ok(view(c, &version, now.date_naive()))
}
