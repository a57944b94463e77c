//! Comparative summaries of a cycle, from its approved submissions (their latest frozen
//! revision) and every participating state's registered ports. For the secretariat only.
//!
//! A request writes a `pending` row and its audit event in one transaction; the PDF is
//! then made off the request thread by [`run`], which claims the row, renders, keeps the
//! bytes in the blob store under their SHA-256 and marks the row `ready` (or `failed`,
//! with the reason). A claim left behind by a stopped server is taken again by
//! [`run_due`] after a few minutes.

use super::audit::{self, Event};
use super::cycles;
use super::forms::Forms;
use super::submissions::form_of;
use super::{ServiceError, ServiceResult};
use crate::domain::member_states;
use crate::domain::people::Actor;
use crate::domain::summary::{self, ApprovedPort, Participation, Scope, Summary};
use crate::i18n::{I18n, Lang};
use crate::pdf::summary::{Input, PortLine};
use crate::pdf::{Engine, Rendered};
use crate::store::blobs::BlobStore;
use crate::store::entities::{cycle, member_state, port, revision, submission, summary as row};
use chrono::{DateTime, Duration, Utc};
use sea_orm::{
    ActiveModelTrait, ColumnTrait, Condition, DatabaseConnection, EntityTrait, QueryFilter,
    QueryOrder, Set, TransactionTrait,
};
use serde::Serialize;
use serde_json::{Map, Value};
use std::collections::{BTreeMap, HashMap};
use std::sync::Arc;
use uuid::Uuid;

/// A claim older than this is taken to belong to a server that stopped.
const STALE_CLAIM: i64 = 10;
/// Attempts before a summary is left `failed`.
const MAX_ATTEMPTS: i32 = 3;

/// What a cycle's summary is built from.
struct Gathered {
    form: Arc<crate::questionnaire::Form>,
    participation: Vec<Participation>,
    /// Each approved submission's state and approved answers.
    docs: Vec<(String, Map<String, Value>)>,
    /// The last approval counted: the moment the data describes.
    as_of: DateTime<Utc>,
    ports: BTreeMap<String, Vec<PortLine>>,
}

impl Gathered {
    /// The numbers; CPU work (every document validated and scored), so callers run it
    /// off the async workers.
    fn summarize(&self, scope: Scope) -> Summary {
        let approved: Vec<ApprovedPort<'_>> = self
            .docs
            .iter()
            .map(|(s, a)| ApprovedPort {
                member_state: s,
                answers: a,
            })
            .collect();
        // Validation dates (e.g. "not in the future") are read as of the data, not of
        // today, so the same data always gives the same summary.
        summary::summarize(
            &self.form,
            self.participation.clone(),
            &approved,
            self.as_of.date_naive(),
            scope,
        )
    }
}

async fn gather(db: &DatabaseConnection, forms: &Forms, cycle_id: Uuid) -> ServiceResult<Gathered> {
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
    let all_ports = port::Entity::find().all(db).await?;
    for p in &all_ports {
        if let Some(r) = rows.get_mut(&p.member_state) {
            r.ports += 1;
        }
    }
    let port_by_id: HashMap<Uuid, &port::Model> = all_ports.iter().map(|p| (p.id, p)).collect();
    let subs = submission::Entity::find()
        .filter(submission::Column::CycleId.eq(cycle_id))
        .order_by_asc(submission::Column::Id)
        .all(db)
        .await?;
    let mut approved_ids = Vec::new();
    let mut as_of = c.created_at;
    let mut ports: BTreeMap<String, Vec<PortLine>> = BTreeMap::new();
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
            as_of = as_of.max(s.updated_at);
            if let Some(p) = s.port_id.and_then(|id| port_by_id.get(&id)) {
                ports.entry(s.member_state.clone()).or_default().push(PortLine {
                    locode: p.locode.clone(),
                    name: p.name.clone(),
                });
            }
        }
    }
    for list in ports.values_mut() {
        list.sort_by(|a, b| a.locode.cmp(&b.locode));
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
    let docs = approved_ids
        .iter()
        .filter_map(|id| {
            let r = latest.get_mut(id)?;
            let answers = match std::mem::take(&mut r.answers) {
                Value::Object(m) => m,
                _ => Map::new(),
            };
            Some((state_of.get(id)?.to_string(), answers))
        })
        .collect();
    Ok(Gathered {
        form,
        participation: rows.into_values().collect(),
        docs,
        as_of,
        ports,
    })
}

async fn blocking<T: Send + 'static>(f: impl FnOnce() -> T + Send + 'static) -> ServiceResult<T> {
    rocket::tokio::task::spawn_blocking(f)
        .await
        .map_err(|e| ServiceError::Internal(e.to_string()))
}

/// The numbers of the secretariat's progress board: every section, sensitive ones too.
pub async fn model(
    db: &DatabaseConnection,
    forms: &Forms,
    actor: &Actor,
    cycle_id: Uuid,
) -> ServiceResult<Summary> {
    if !actor.is_staff() {
        return Err(ServiceError::Forbidden);
    }
    let gathered = gather(db, forms, cycle_id).await?;
    blocking(move || gathered.summarize(Scope::Staff)).await
}

/// The PDF of a cycle's summary in `lang`, and the moment its data describes. No
/// authorization here: the callers are the worker (after a checked request) and the
/// command line (the operator).
pub async fn render(
    db: &DatabaseConnection,
    forms: &Forms,
    i18n: &I18n,
    engine: &Arc<Engine>,
    cycle_id: Uuid,
    lang: Lang,
) -> ServiceResult<(Rendered, DateTime<Utc>)> {
    let view = cycles::get(db, cycle_id).await?;
    let gathered = gather(db, forms, cycle_id).await?;
    let cycle_title = view.title_in(lang.code()).to_string();
    let (i18n, engine) = (i18n.clone(), engine.clone());
    let as_of = gathered.as_of;
    let rendered = blocking(move || {
        let summary = gathered.summarize(Scope::Publication);
        let state_names = summary
            .participation
            .iter()
            .map(|p| {
                (
                    p.member_state.clone(),
                    member_states::name_of(&p.member_state, lang.code()),
                )
            })
            .collect();
        let input = Input {
            summary: &summary,
            form: &gathered.form,
            lang,
            i18n: &i18n,
            cycle_title,
            as_of: as_of.date_naive(),
            state_names,
            ports: gathered.ports,
        };
        crate::pdf::summary::render(&engine, &input)
    })
    .await?
    .map_err(|e| ServiceError::Internal(format!("summary: {e}")))?;
    Ok((rendered, as_of))
}

/// A summary as the API shows it.
#[derive(Debug, Clone, Serialize)]
pub struct SummaryView {
    pub id: Uuid,
    pub cycle: Uuid,
    pub lang: String,
    /// `pending` (also while being made), `ready` or `failed`.
    pub status: &'static str,
    pub pages: Option<i32>,
    pub size: Option<i64>,
    pub sha256: Option<String>,
    pub created_at: DateTime<Utc>,
    pub finished_at: Option<DateTime<Utc>>,
    pub data_as_of: Option<DateTime<Utc>>,
    pub requested_by: Option<Uuid>,
}

impl From<row::Model> for SummaryView {
    fn from(m: row::Model) -> Self {
        SummaryView {
            id: m.id,
            cycle: m.cycle_id,
            lang: m.lang,
            status: match m.status.as_str() {
                "ready" => "ready",
                "failed" => "failed",
                _ => "pending",
            },
            pages: m.pages,
            size: m.size,
            sha256: m.sha256,
            created_at: m.created_at,
            finished_at: m.finished_at,
            data_as_of: m.data_as_of,
            requested_by: m.requested_by,
        }
    }
}

/// Asks for a summary of `cycle_id` in `lang`: a pending row and its audit event.
pub async fn request(
    db: &DatabaseConnection,
    actor: &Actor,
    cycle_id: Uuid,
    lang: &str,
    address: Option<&str>,
) -> ServiceResult<SummaryView> {
    if !actor.is_staff() {
        return Err(ServiceError::Forbidden);
    }
    let lang = Lang::parse(lang)
        .filter(|l| l.code() == lang)
        .ok_or_else(|| ServiceError::Invalid("lang: expected en, es, fr or pt".into()))?;
    cycle::Entity::find_by_id(cycle_id)
        .one(db)
        .await?
        .ok_or(ServiceError::NotFound)?;
    let txn = db.begin().await?;
    let made = row::ActiveModel {
        id: Set(Uuid::new_v4()),
        cycle_id: Set(cycle_id),
        lang: Set(lang.code().to_string()),
        status: Set("pending".into()),
        requested_by: Set(Some(actor.id)),
        created_at: Set(Utc::now()),
        started_at: Set(None),
        finished_at: Set(None),
        attempts: Set(0),
        pages: Set(None),
        size: Set(None),
        sha256: Set(None),
        data_as_of: Set(None),
        error: Set(None),
    }
    .insert(&txn)
    .await?;
    audit::record(
        &txn,
        Event {
            actor: Some(actor.id),
            action: "summary.request",
            entity: "summary",
            entity_id: made.id.to_string(),
            address: address.map(str::to_string),
            data: Some(serde_json::json!({"cycle": cycle_id, "lang": lang.code()})),
            ..Event::default()
        },
    )
    .await?;
    txn.commit().await?;
    Ok(made.into())
}

/// Claims summary `id` if it is waiting (or its claim went stale): true when this caller
/// now owns it. A conditional update, so two workers never make the same summary.
async fn claim(db: &DatabaseConnection, id: Uuid) -> ServiceResult<bool> {
    let now = Utc::now();
    let stale = now - Duration::minutes(STALE_CLAIM);
    let Some(current) = row::Entity::find_by_id(id).one(db).await? else {
        return Ok(false);
    };
    let result = row::Entity::update_many()
        .set(row::ActiveModel {
            status: Set("running".into()),
            started_at: Set(Some(now)),
            attempts: Set(current.attempts + 1),
            ..Default::default()
        })
        .filter(row::Column::Id.eq(id))
        .filter(row::Column::Attempts.eq(current.attempts))
        .filter(
            Condition::any()
                .add(row::Column::Status.eq("pending"))
                .add(
                    Condition::all()
                        .add(row::Column::Status.eq("running"))
                        .add(row::Column::StartedAt.lt(stale)),
                ),
        )
        .exec(db)
        .await?;
    Ok(result.rows_affected == 1)
}

/// Makes summary `id` if no one else is making it. Returns its state afterwards.
pub async fn run(
    db: &DatabaseConnection,
    forms: &Forms,
    i18n: &I18n,
    engine: &Arc<Engine>,
    blobs: &BlobStore,
    id: Uuid,
) -> ServiceResult<SummaryView> {
    if claim(db, id).await? {
        let r = row::Entity::find_by_id(id)
            .one(db)
            .await?
            .ok_or(ServiceError::NotFound)?;
        let lang = Lang::parse(&r.lang).unwrap_or_default();
        let outcome = match render(db, forms, i18n, engine, r.cycle_id, lang).await {
            Ok((rendered, as_of)) => {
                let blobs = blobs.clone();
                let bytes = rendered.bytes;
                // Writing and syncing the file blocks: not on the async workers.
                let stored =
                    blocking(move || blobs.put(&bytes).map(|sha| (sha, bytes.len()))).await?;
                stored
                    .map(|(sha, size)| (sha, size, rendered.pages, as_of))
                    .map_err(|e| ServiceError::Internal(format!("blob store: {e}")))
            }
            Err(e) => Err(e),
        };
        finish(db, &r, outcome).await?;
    }
    get_unchecked(db, id).await
}

/// Records how the work on `r` ended, with its audit event, in one transaction.
async fn finish(
    db: &DatabaseConnection,
    r: &row::Model,
    outcome: ServiceResult<(String, usize, usize, DateTime<Utc>)>,
) -> ServiceResult<()> {
    let txn = db.begin().await?;
    let now = Utc::now();
    let attempts = r.attempts;
    let (action, data) = match outcome {
        Ok((sha, size, pages, as_of)) => {
            row::ActiveModel {
                id: Set(r.id),
                status: Set("ready".into()),
                finished_at: Set(Some(now)),
                pages: Set(Some(pages as i32)),
                size: Set(Some(size as i64)),
                sha256: Set(Some(sha.clone())),
                data_as_of: Set(Some(as_of)),
                error: Set(None),
                ..Default::default()
            }
            .update(&txn)
            .await?;
            (
                "summary.ready",
                serde_json::json!({"sha256": sha, "pages": pages, "size": size}),
            )
        }
        Err(e) => {
            log::error!("summary {} failed: {e}", r.id);
            // A failure may be passing (the database busy): retried by the worker,
            // until the attempts run out.
            let status = if attempts >= MAX_ATTEMPTS {
                "failed"
            } else {
                "pending"
            };
            row::ActiveModel {
                id: Set(r.id),
                status: Set(status.into()),
                finished_at: Set((status == "failed").then_some(now)),
                error: Set(Some(e.to_string())),
                ..Default::default()
            }
            .update(&txn)
            .await?;
            ("summary.fail", serde_json::json!({"error": e.to_string()}))
        }
    };
    audit::record(
        &txn,
        Event {
            actor: None,
            action,
            entity: "summary",
            entity_id: r.id.to_string(),
            data: Some(data),
            ..Event::default()
        },
    )
    .await?;
    txn.commit().await?;
    Ok(())
}

/// Makes every summary that waits, and those whose claim went stale; oldest first.
pub async fn run_due(
    db: &DatabaseConnection,
    forms: &Forms,
    i18n: &I18n,
    engine: &Arc<Engine>,
    blobs: &BlobStore,
) -> ServiceResult<usize> {
    let stale = Utc::now() - Duration::minutes(STALE_CLAIM);
    let due = row::Entity::find()
        .filter(
            Condition::any().add(row::Column::Status.eq("pending")).add(
                Condition::all()
                    .add(row::Column::Status.eq("running"))
                    .add(row::Column::StartedAt.lt(stale)),
            ),
        )
        .order_by_asc(row::Column::CreatedAt)
        .all(db)
        .await?;
    let mut made = 0;
    for r in due {
        if run(db, forms, i18n, engine, blobs, r.id).await?.status == "ready" {
            made += 1;
        }
    }
    Ok(made)
}

async fn get_unchecked(db: &DatabaseConnection, id: Uuid) -> ServiceResult<SummaryView> {
    Ok(row::Entity::find_by_id(id)
        .one(db)
        .await?
        .ok_or(ServiceError::NotFound)?
        .into())
}

pub async fn get(db: &DatabaseConnection, actor: &Actor, id: Uuid) -> ServiceResult<SummaryView> {
    if !actor.is_staff() {
        return Err(ServiceError::Forbidden);
    }
    get_unchecked(db, id).await
}

/// A cycle's summaries, newest first.
pub async fn list(
    db: &DatabaseConnection,
    actor: &Actor,
    cycle_id: Uuid,
) -> ServiceResult<Vec<SummaryView>> {
    if !actor.is_staff() {
        return Err(ServiceError::Forbidden);
    }
    Ok(row::Entity::find()
        .filter(row::Column::CycleId.eq(cycle_id))
        .order_by_desc(row::Column::CreatedAt)
        .all(db)
        .await?
        .into_iter()
        .map(SummaryView::from)
        .collect())
}

/// The PDF of a ready summary, with its view. 409 while it is being made.
pub async fn pdf(
    db: &DatabaseConnection,
    blobs: &BlobStore,
    actor: &Actor,
    id: Uuid,
) -> ServiceResult<(SummaryView, Vec<u8>)> {
    let view = get(db, actor, id).await?;
    let Some(sha) = view.sha256.clone().filter(|_| view.status == "ready") else {
        return Err(ServiceError::Conflict {
            code: "summary_not_ready",
            key: "summary-not-ready",
        });
    };
    let blobs = blobs.clone();
    let bytes = blocking(move || blobs.get(&sha))
        .await?
        .map_err(|e| ServiceError::Internal(format!("blob store: {e}")))?;
    Ok((view, bytes))
}
