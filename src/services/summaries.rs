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
use super::{blocking, ServiceError, ServiceResult};
use crate::domain::member_states;
use crate::domain::people::Actor;
use crate::domain::summary::{
    Participation, PortPart, Scope, ScoreTable, Summarizer, Summary, Totals,
};
use crate::i18n::{I18n, Lang};
use crate::pdf::summary::{Input, PortLine};
use crate::pdf::{Engine, LazyEngine, Rendered};
use crate::store::blobs::BlobStore;
use crate::store::entities::{cycle, member_state, port, revision, submission, summary as row};
use chrono::{DateTime, Duration, Utc};
use sea_orm::sea_query::Expr;
use sea_orm::{
    ActiveModelTrait, ColumnTrait, Condition, DatabaseConnection, EntityTrait, QueryFilter,
    QueryOrder, QuerySelect, QueryTrait, Set,
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

/// What a cycle's summary is built from, before the answers are read.
struct Gathered {
    form: Arc<crate::questionnaire::Form>,
    participation: Vec<Participation>,
    /// Each approved submission and its state, in a fixed order.
    approved: Vec<(Uuid, String)>,
    /// The last approval counted: the moment the data describes.
    as_of: DateTime<Utc>,
    ports: BTreeMap<String, Vec<PortLine>>,
}

/// A submission as the summary reads it: id, state, port, status, last change.
type SubmissionLine = (Uuid, String, Option<Uuid>, String, DateTime<Utc>);

/// Approved submissions whose answers are read and scored at a time: bounds the memory
/// whatever the number of ports.
const CHUNK: usize = 1000;

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
    let all_ports: Vec<(Uuid, String, String, String)> = port::Entity::find()
        .select_only()
        .column(port::Column::Id)
        .column(port::Column::MemberState)
        .column(port::Column::Locode)
        .column(port::Column::Name)
        .into_tuple()
        .all(db)
        .await?;
    for (_, state, _, _) in &all_ports {
        if let Some(r) = rows.get_mut(state) {
            r.ports += 1;
        }
    }
    let port_by_id: HashMap<Uuid, (&str, &str)> = all_ports
        .iter()
        .map(|(id, _, locode, name)| (*id, (locode.as_str(), name.as_str())))
        .collect();
    // Only what is counted: a draft's answers are not read at all.
    let subs: Vec<SubmissionLine> = submission::Entity::find()
        .select_only()
        .column(submission::Column::Id)
        .column(submission::Column::MemberState)
        .column(submission::Column::PortId)
        .column(submission::Column::Status)
        .column(submission::Column::UpdatedAt)
        .filter(submission::Column::CycleId.eq(cycle_id))
        .order_by_asc(submission::Column::Id)
        .into_tuple()
        .all(db)
        .await?;
    let mut approved = Vec::new();
    let mut as_of = c.created_at;
    let mut ports: BTreeMap<String, Vec<PortLine>> = BTreeMap::new();
    for (id, state, port_id, status, updated_at) in subs {
        let Some(r) = rows.get_mut(&state) else {
            continue;
        };
        if status != "draft" {
            r.submitted += 1;
        }
        if status == "approved" {
            r.approved += 1;
            as_of = as_of.max(updated_at);
            if let Some((locode, name)) = port_id.and_then(|id| port_by_id.get(&id)) {
                ports.entry(state.clone()).or_default().push(PortLine {
                    locode: locode.to_string(),
                    name: name.to_string(),
                });
            }
            approved.push((id, state));
        }
    }
    for list in ports.values_mut() {
        list.sort_by(|a, b| a.locode.cmp(&b.locode));
    }
    Ok(Gathered {
        form,
        participation: rows.into_values().collect(),
        approved,
        as_of,
        ports,
    })
}

/// The parts of `docs` (state, answers as JSON text), parsed and worked out on every core;
/// in `docs`' order.
fn parts_of(
    summarizer: &Summarizer,
    form: &crate::questionnaire::Form,
    docs: &[(String, String)],
) -> Result<Vec<PortPart>, String> {
    let threads = std::thread::available_parallelism().map_or(1, |n| n.get());
    let per = docs.len().div_ceil(threads).max(1);
    std::thread::scope(|scope| {
        let handles: Vec<_> = docs
            .chunks(per)
            .map(|slice| {
                scope.spawn(move || {
                    slice
                        .iter()
                        .map(|(state, text)| {
                            let answers: Map<String, Value> = serde_json::from_str(text)
                                .map_err(|e| format!("a revision's answers: {e}"))?;
                            Ok(summarizer.port(form, state, &answers))
                        })
                        .collect::<Result<Vec<_>, String>>()
                })
            })
            .collect();
        let mut parts = Vec::with_capacity(docs.len());
        for h in handles {
            parts.extend(
                h.join()
                    .map_err(|_| "a scoring thread failed".to_string())??,
            );
        }
        Ok(parts)
    })
}

/// The latest revision's answers (what was approved), as JSON text, of each submission
/// of `chunk`, in `chunk`'s order.
async fn frozen_answers(
    db: &DatabaseConnection,
    chunk: &[(Uuid, String)],
) -> ServiceResult<Vec<(String, String)>> {
    let ids: Vec<Uuid> = chunk.iter().map(|(id, _)| *id).collect();
    // As text: parsed on the scoring threads, not on the async worker.
    let revisions: Vec<(Uuid, i32, String)> = revision::Entity::find()
        .select_only()
        .column(revision::Column::SubmissionId)
        .column(revision::Column::Number)
        .column_as(
            sea_orm::sea_query::ExprTrait::cast_as(Expr::col(revision::Column::Answers), "text"),
            "answers",
        )
        .filter(revision::Column::SubmissionId.is_in(ids))
        .into_tuple()
        .all(db)
        .await?;
    let mut latest: HashMap<Uuid, (i32, String)> = HashMap::with_capacity(chunk.len());
    for (id, number, answers) in revisions {
        match latest.get(&id) {
            Some((have, _)) if *have >= number => {}
            _ => {
                latest.insert(id, (number, answers));
            }
        }
    }
    Ok(chunk
        .iter()
        .filter_map(|(id, state)| Some((state.clone(), latest.remove(id)?.1)))
        .collect())
}

/// The numbers: the approved answers read a chunk at a time, each chunk scored on every
/// core while the next is read, and the parts added in a fixed order.
async fn summarize(db: &DatabaseConnection, g: &Gathered, scope: Scope) -> ServiceResult<Summary> {
    let summarizer = Arc::new(Summarizer::new(&g.form, scope));
    let mut totals = Totals::new(&summarizer, &g.form);
    let mut working: Option<rocket::tokio::task::JoinHandle<Result<Vec<PortPart>, String>>> = None;
    let mut chunks = g.approved.chunks(CHUNK);
    loop {
        let next = match chunks.next() {
            Some(chunk) => Some(frozen_answers(db, chunk).await?),
            None => None,
        };
        if let Some(job) = working.take() {
            let parts = job
                .await
                .map_err(|e| ServiceError::Internal(e.to_string()))?
                .map_err(ServiceError::Internal)?;
            for part in parts {
                totals.add(part);
            }
        }
        let Some(docs) = next else { break };
        let (s, form) = (summarizer.clone(), g.form.clone());
        working = Some(rocket::tokio::task::spawn_blocking(move || {
            parts_of(&s, &form, &docs)
        }));
    }
    Ok(totals.finish(&summarizer, &g.form, g.participation.clone()))
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
    summarize(db, &gathered, Scope::Staff).await
}

/// The PDF of a cycle's summary in `lang`, the moment its data describes and the
/// section-score table it prints. No
/// authorization here: the callers are the worker (after a checked request) and the
/// command line (the operator).
pub async fn render(
    db: &DatabaseConnection,
    forms: &Forms,
    i18n: &I18n,
    engine: &Arc<Engine>,
    cycle_id: Uuid,
    lang: Lang,
) -> ServiceResult<(Rendered, DateTime<Utc>, ScoreTable)> {
    let view = cycles::get(db, cycle_id).await?;
    let gathered = gather(db, forms, cycle_id).await?;
    let summary = summarize(db, &gathered, Scope::Publication).await?;
    let table = summary.score_table();
    let cycle_title = view.title_in(lang.code()).to_string();
    let (i18n, engine) = (i18n.clone(), engine.clone());
    let as_of = gathered.as_of;
    let rendered = blocking(move || {
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
    Ok((rendered, as_of, table))
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
    let txn = crate::store::begin_write(db).await?;
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
        scores: Set(None),
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

/// Claims summary `id` if it is waiting (or its claim went stale): the claimed row when
/// this caller now owns it. A conditional update on the attempt count, so two workers
/// never make the same summary. Bookkeeping, not a change anyone asked for: no audit
/// event (the request and the outcome have theirs).
async fn claim(db: &DatabaseConnection, id: Uuid) -> ServiceResult<Option<row::Model>> {
    let now = Utc::now();
    let stale = now - Duration::minutes(STALE_CLAIM);
    let Some(current) = row::Entity::find_by_id(id).one(db).await? else {
        return Ok(None);
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
        .filter(row::Column::Attempts.lt(MAX_ATTEMPTS))
        .filter(
            Condition::any().add(row::Column::Status.eq("pending")).add(
                Condition::all()
                    .add(row::Column::Status.eq("running"))
                    .add(row::Column::StartedAt.lt(stale)),
            ),
        )
        .exec(db)
        .await?;
    if result.rows_affected != 1 {
        return Ok(None);
    }
    Ok(row::Entity::find_by_id(id).one(db).await?)
}

/// What making a summary gave: the stored PDF's digest, size and pages, the data date
/// and the score table.
struct Made {
    sha: String,
    size: usize,
    pages: usize,
    as_of: DateTime<Utc>,
    /// The score table, as stored.
    scores: Value,
}

/// The PDF of summary `r`, stored.
async fn make(
    db: &DatabaseConnection,
    forms: &Forms,
    i18n: &I18n,
    engine: &LazyEngine,
    blobs: &BlobStore,
    r: &row::Model,
) -> ServiceResult<Made> {
    let lang = Lang::parse(&r.lang).unwrap_or_default();
    let engine = engine
        .get()
        .map_err(|e| ServiceError::Internal(format!("PDF engine: {e}")))?;
    let (rendered, as_of, table) = render(db, forms, i18n, &engine, r.cycle_id, lang).await?;
    let blobs = blobs.clone();
    let bytes = rendered.bytes;
    // Writing and syncing the file blocks: not on the async workers.
    let (sha, size) = blocking(move || blobs.put(&bytes).map(|sha| (sha, bytes.len())))
        .await?
        .map_err(|e| ServiceError::Internal(format!("blob store: {e}")))?;
    let scores = serde_json::to_value(&table)
        .map_err(|e| ServiceError::Internal(format!("score table: {e}")))?;
    Ok(Made {
        sha,
        size,
        pages: rendered.pages,
        as_of,
        scores,
    })
}

/// Makes summary `id` if no one else is making it. Returns its state afterwards.
pub async fn run(
    db: &DatabaseConnection,
    forms: &Forms,
    i18n: &I18n,
    engine: &LazyEngine,
    blobs: &BlobStore,
    id: Uuid,
) -> ServiceResult<SummaryView> {
    if let Some(r) = claim(db, id).await? {
        // Whatever happens while making it is recorded on the row, never left `running`.
        let outcome = make(db, forms, i18n, engine, blobs, &r).await;
        finish(db, &r, outcome).await?;
    }
    get_unchecked(db, id).await
}

/// Records how the work on `r` ended, with its audit event, in one transaction; only
/// while this worker still holds the claim (a claim that went stale may have passed on).
async fn finish(
    db: &DatabaseConnection,
    r: &row::Model,
    outcome: ServiceResult<Made>,
) -> ServiceResult<()> {
    let txn = crate::store::begin_write(db).await?;
    let now = Utc::now();
    let mine = row::Entity::update_many()
        .filter(row::Column::Id.eq(r.id))
        .filter(row::Column::Status.eq("running"))
        .filter(row::Column::Attempts.eq(r.attempts));
    let (action, data) = match outcome {
        Ok(Made {
            sha,
            size,
            pages,
            as_of,
            scores,
        }) => {
            let done = mine
                .set(row::ActiveModel {
                    status: Set("ready".into()),
                    finished_at: Set(Some(now)),
                    pages: Set(Some(pages as i32)),
                    size: Set(Some(size as i64)),
                    sha256: Set(Some(sha.clone())),
                    data_as_of: Set(Some(as_of)),
                    error: Set(None),
                    scores: Set(Some(scores)),
                    ..Default::default()
                })
                .exec(&txn)
                .await?;
            if done.rows_affected != 1 {
                return Ok(());
            }
            (
                "summary.ready",
                serde_json::json!({"sha256": sha, "pages": pages, "size": size}),
            )
        }
        Err(e) => {
            log::error!("summary {} failed (attempt {}): {e}", r.id, r.attempts);
            // A failure may be passing (the database busy): tried again by the worker,
            // until the attempts run out.
            let status = if r.attempts >= MAX_ATTEMPTS {
                "failed"
            } else {
                "pending"
            };
            let done = mine
                .set(row::ActiveModel {
                    status: Set(status.into()),
                    finished_at: Set((status == "failed").then_some(now)),
                    error: Set(Some(e.to_string())),
                    ..Default::default()
                })
                .exec(&txn)
                .await?;
            if done.rows_affected != 1 {
                return Ok(());
            }
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

/// Gives up on summaries whose last allowed attempt never finished (the process stopped
/// while making them): `failed`, with their audit event.
async fn give_up_stale(db: &DatabaseConnection) -> ServiceResult<()> {
    let stale = Utc::now() - Duration::minutes(STALE_CLAIM);
    let abandoned = row::Entity::find()
        .filter(row::Column::Status.eq("running"))
        .filter(row::Column::StartedAt.lt(stale))
        .filter(row::Column::Attempts.gte(MAX_ATTEMPTS))
        .all(db)
        .await?;
    for r in abandoned {
        let gave_up = Err(ServiceError::Internal(format!(
            "no attempt of {MAX_ATTEMPTS} finished"
        )));
        finish(db, &r, gave_up).await?;
    }
    Ok(())
}

/// Makes every summary that waits, and those whose claim went stale; oldest first. One
/// that fails does not hold up the others.
pub async fn run_due(
    db: &DatabaseConnection,
    forms: &Forms,
    i18n: &I18n,
    engine: &LazyEngine,
    blobs: &BlobStore,
) -> ServiceResult<usize> {
    give_up_stale(db).await?;
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
        match run(db, forms, i18n, engine, blobs, r.id).await {
            Ok(v) if v.status == "ready" => made += 1,
            Ok(_) => {}
            Err(e) => log::warn!("summary {}: {e}", r.id),
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
    if view.status == "failed" {
        return Err(ServiceError::Conflict {
            code: "summary_failed",
            key: "summary-failed",
        });
    }
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

/// A published summary's score table, as the public progress page shows it.
#[derive(Debug, Clone)]
pub struct PublishedScores {
    /// The resource that published it, for the link to its page.
    pub resource: Uuid,
    pub data_as_of: Option<DateTime<Utc>>,
    pub table: ScoreTable,
}

/// The score table of the newest published (and not withdrawn) summary of `cycle_id`, if
/// there is one. Public: only what a published PDF already prints.
pub async fn published_scores(
    db: &DatabaseConnection,
    cycle_id: Uuid,
) -> ServiceResult<Option<PublishedScores>> {
    use crate::store::entities::resource;
    let of_cycle = row::Entity::find()
        .select_only()
        .column(row::Column::Id)
        .filter(row::Column::CycleId.eq(cycle_id))
        .filter(row::Column::Scores.is_not_null())
        .into_query();
    let Some(r) = resource::Entity::find()
        .filter(resource::Column::Kind.eq("summary"))
        .filter(resource::Column::PublishedAt.is_not_null())
        .filter(resource::Column::WithdrawnAt.is_null())
        .filter(resource::Column::SummaryId.in_subquery(of_cycle))
        .order_by_desc(resource::Column::PublishedAt)
        .one(db)
        .await?
    else {
        return Ok(None);
    };
    let Some(s) = row::Entity::find_by_id(r.summary_id.unwrap_or_default())
        .one(db)
        .await?
    else {
        return Ok(None);
    };
    let Some(table) = s
        .scores
        .and_then(|v| serde_json::from_value::<ScoreTable>(v).ok())
    else {
        return Ok(None);
    };
    Ok(Some(PublishedScores {
        resource: r.id,
        data_as_of: s.data_as_of,
        table,
    }))
}
