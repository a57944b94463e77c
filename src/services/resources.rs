//! The public repository: the secretariat makes resources (from a ready summary, from a
//! public attachment of an approved submission, or from a document it uploads), publishes
//! and withdraws them; anyone finds published ones by words and facets and downloads
//! their files. A published file never changes: a correction is a new resource that
//! supersedes the old one. Every change is one transaction with its audit event.

use super::audit::{self, Event};
use super::forms::Forms;
use super::submissions::form_of;
use super::{blocking, ServiceError, ServiceResult};
use crate::domain::people::Actor;
use crate::domain::resources::{self, Draft, Metadata, Stage};
use crate::memo::{Generation, Memo};
use crate::store::blobs::BlobStore;
use crate::store::entities::{
    attachment, cycle, port, resource, resource_facet, resource_term, submission, summary,
};
use chrono::{DateTime, Datelike, Utc};
use sea_orm::sea_query::{Expr, ExprTrait};
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, DatabaseConnection, EntityTrait,
    PaginatorTrait, QueryFilter, QueryOrder, QuerySelect, QueryTrait, Set,
};
use serde::Serialize;
use serde_json::{json, Value};
use std::collections::{BTreeMap, BTreeSet};
use std::sync::Arc;
use std::time::{Duration, Instant};
use uuid::Uuid;

/// Results per page of the catalogue.
pub const PER_PAGE: u64 = 20;

/// What a resource is made from.
pub enum Source {
    Summary(Uuid),
    Attachment(Uuid),
    /// An uploaded file and the name it came with.
    Document {
        bytes: Vec<u8>,
        filename: String,
    },
}

fn rule(code: &'static str, key: &'static str) -> ServiceError {
    ServiceError::Rule { code, key }
}

/// The hazards a resource may be tagged with: the `hazards` lists of the questionnaires
/// (their latest versions), each name once, in the lists' order.
pub fn hazards(forms: &Forms) -> Vec<crate::questionnaire::definition::Choice> {
    let mut seen = BTreeSet::new();
    forms
        .latest_all()
        .iter()
        .filter_map(|f| f.choice_list("hazards").map(<[_]>::to_vec))
        .flatten()
        .filter(|c| seen.insert(c.name.clone()))
        .collect()
}

/// The hazard names, for checking metadata.
pub fn hazard_names(forms: &Forms) -> Vec<String> {
    hazards(forms).into_iter().map(|c| c.name).collect()
}

/// A resource as the API shows it.
#[derive(Debug, Clone, Serialize)]
pub struct ResourceView {
    pub id: Uuid,
    pub kind: String,
    pub titles: Value,
    pub descriptions: Value,
    pub language: String,
    pub licence: String,
    pub year: i32,
    pub member_states: Vec<String>,
    pub hazards: Vec<String>,
    pub size: i64,
    pub sha256: String,
    pub media_type: String,
    pub filename: String,
    pub created_at: DateTime<Utc>,
    pub published_at: Option<DateTime<Utc>>,
    pub withdrawn_at: Option<DateTime<Utc>>,
    pub withdrawal_reason: Option<String>,
    pub supersedes: Option<Uuid>,
    /// The published resource that corrects this one, if any.
    pub superseded_by: Option<Uuid>,
    pub downloads: i64,
    pub download_url: String,
}

async fn facets_of<C: ConnectionTrait>(
    conn: &C,
    ids: &[Uuid],
) -> ServiceResult<BTreeMap<Uuid, (Vec<String>, Vec<String>)>> {
    let mut out: BTreeMap<Uuid, (Vec<String>, Vec<String>)> = BTreeMap::new();
    for f in resource_facet::Entity::find()
        .filter(resource_facet::Column::ResourceId.is_in(ids.to_vec()))
        .order_by_asc(resource_facet::Column::Value)
        .all(conn)
        .await?
    {
        let e = out.entry(f.resource_id).or_default();
        match f.facet.as_str() {
            "member_state" => e.0.push(f.value),
            _ => e.1.push(f.value),
        }
    }
    Ok(out)
}

async fn views<C: ConnectionTrait>(
    conn: &C,
    rows: Vec<resource::Model>,
) -> ServiceResult<Vec<ResourceView>> {
    let ids: Vec<Uuid> = rows.iter().map(|r| r.id).collect();
    let mut facets = facets_of(conn, &ids).await?;
    let successors: BTreeMap<Uuid, Uuid> = resource::Entity::find()
        .filter(resource::Column::Supersedes.is_in(ids.clone()))
        .filter(resource::Column::PublishedAt.is_not_null())
        .all(conn)
        .await?
        .into_iter()
        .filter_map(|r| Some((r.supersedes?, r.id)))
        .collect();
    Ok(rows
        .into_iter()
        .map(|r| {
            let (member_states, hazards) = facets.remove(&r.id).unwrap_or_default();
            ResourceView {
                download_url: format!("/resources/{}/file", r.id),
                superseded_by: successors.get(&r.id).copied(),
                id: r.id,
                kind: r.kind,
                titles: r.titles,
                descriptions: r.descriptions,
                language: r.language,
                licence: r.licence,
                year: r.year,
                member_states,
                hazards,
                size: r.size,
                sha256: r.sha256,
                media_type: r.media_type,
                filename: r.filename,
                created_at: r.created_at,
                published_at: r.published_at,
                withdrawn_at: r.withdrawn_at,
                withdrawal_reason: r.withdrawal_reason,
                supersedes: r.supersedes,
                downloads: r.downloads,
            }
        })
        .collect())
}

fn stage(r: &resource::Model) -> Stage {
    Stage::of(r.published_at.is_some(), r.withdrawn_at.is_some())
}

impl ResourceView {
    pub fn stage(&self) -> Stage {
        Stage::of(self.published_at.is_some(), self.withdrawn_at.is_some())
    }
}

/// The file a source stands for: digest, size, type and name; its bytes stored when new.
async fn file_of(
    db: &DatabaseConnection,
    forms: &Forms,
    blobs: &BlobStore,
    source: Source,
) -> ServiceResult<(String, i64, String, String, Option<Uuid>, Option<Uuid>)> {
    match source {
        Source::Summary(id) => {
            let s = summary::Entity::find_by_id(id)
                .one(db)
                .await?
                .ok_or_else(|| rule("summary_not_ready", "summary-not-ready"))?;
            let (Some(sha), Some(size), "ready") = (s.sha256, s.size, s.status.as_str()) else {
                return Err(rule("summary_not_ready", "summary-not-ready"));
            };
            let name = format!("portplans-summary-{}-{}.pdf", s.cycle_id, s.lang);
            Ok((sha, size, "application/pdf".into(), name, Some(id), None))
        }
        Source::Attachment(id) => {
            let not_public = || rule("attachment_not_public", "resource-attachment-not-public");
            let a = attachment::Entity::find_by_id(id)
                .one(db)
                .await?
                .ok_or_else(not_public)?;
            let s = submission::Entity::find_by_id(a.submission_id)
                .one(db)
                .await?
                .ok_or_else(not_public)?;
            let c = cycle::Entity::find_by_id(s.cycle_id)
                .one(db)
                .await?
                .ok_or_else(not_public)?;
            let form = form_of(db, forms, &c).await?;
            if !publishable(&a, &s, &form) {
                return Err(not_public());
            }
            Ok((a.sha256, a.size, a.media_type, a.filename, None, Some(id)))
        }
        Source::Document { bytes, filename } => {
            let (kind, media_type) =
                super::attachments::sniff(&bytes).ok_or(ServiceError::UnsupportedType)?;
            let size = bytes.len() as i64;
            let blobs = blobs.clone();
            let sha = blocking(move || blobs.put(&bytes))
                .await?
                .map_err(|e| ServiceError::Internal(format!("blob store: {e}")))?;
            let clean: String = filename
                .chars()
                .filter(|c| !c.is_control() && !matches!(c, '/' | '\\' | '"'))
                .take(200)
                .collect();
            let name = if clean.trim().is_empty() {
                format!("document.{kind}")
            } else {
                clean
            };
            Ok((sha, size, media_type.to_string(), name, None, None))
        }
    }
}

/// Only what the focal point offered, with a licence, on an approved report, and never
/// on a confidential question.
fn publishable(
    a: &attachment::Model,
    s: &submission::Model,
    form: &crate::questionnaire::Form,
) -> bool {
    // The file must still be an answer of the approved report: one uploaded as public and
    // then taken out of the answers was never offered.
    let answered = match s.answers.get(&a.question) {
        Some(Value::Array(ids)) => ids.iter().any(|v| v.as_str() == Some(&a.id.to_string())),
        Some(Value::String(id)) => *id == a.id.to_string(),
        _ => false,
    };
    a.visibility == super::attachments::PUBLIC
        && a.licence.is_some()
        && a.consent_at.is_some()
        && s.status == "approved"
        && answered
        && !form.is_sensitive(&a.question)
}

/// Whether attachment `id` may still be published, read through `conn` (inside the
/// publishing transaction, so that a report reopened meanwhile is seen).
async fn still_publishable<C: ConnectionTrait>(
    conn: &C,
    forms: &Forms,
    id: Uuid,
) -> ServiceResult<bool> {
    let Some(a) = attachment::Entity::find_by_id(id).one(conn).await? else {
        return Ok(false);
    };
    let Some(s) = submission::Entity::find_by_id(a.submission_id)
        .one(conn)
        .await?
    else {
        return Ok(false);
    };
    let Some(c) = cycle::Entity::find_by_id(s.cycle_id).one(conn).await? else {
        return Ok(false);
    };
    let form = form_of(conn, forms, &c).await?;
    Ok(publishable(&a, &s, &form))
}

/// A resource to make: its file, its description, and the published one it corrects.
pub struct NewResource {
    pub source: Source,
    pub draft: Draft,
    pub supersedes: Option<Uuid>,
}

/// Makes an unpublished resource.
pub async fn create(
    db: &DatabaseConnection,
    forms: &Forms,
    blobs: &BlobStore,
    actor: &Actor,
    new: NewResource,
    address: Option<&str>,
) -> ServiceResult<ResourceView> {
    let NewResource {
        source,
        draft,
        supersedes,
    } = new;
    if !actor.is_staff() {
        return Err(ServiceError::Forbidden);
    }
    let meta =
        Metadata::parse(draft, &hazard_names(forms)).map_err(|r| ServiceError::Metadata {
            field: r.field,
            key: r.key,
        })?;
    if let Some(old) = supersedes {
        let o = resource::Entity::find_by_id(old)
            .one(db)
            .await?
            .ok_or_else(|| rule("supersedes_unpublished", "resource-supersedes-unpublished"))?;
        if o.published_at.is_none() {
            return Err(rule(
                "supersedes_unpublished",
                "resource-supersedes-unpublished",
            ));
        }
    }
    let kind = match &source {
        Source::Summary(_) => "summary",
        Source::Attachment(_) => "attachment",
        Source::Document { .. } => "document",
    };
    let (sha, size, media_type, filename, summary_id, attachment_id) =
        file_of(db, forms, blobs, source).await?;
    let txn = crate::store::begin_write(db).await?;
    let id = Uuid::new_v4();
    let made = resource::ActiveModel {
        id: Set(id),
        kind: Set(kind.to_string()),
        summary_id: Set(summary_id),
        attachment_id: Set(attachment_id),
        sha256: Set(sha),
        size: Set(size),
        media_type: Set(media_type),
        filename: Set(filename),
        titles: Set(json!(meta.titles)),
        descriptions: Set(json!(meta.descriptions)),
        language: Set(meta.language.clone()),
        licence: Set(meta.licence.clone()),
        year: Set(meta.year),
        created_by: Set(actor.id),
        created_at: Set(Utc::now()),
        published_at: Set(None),
        withdrawn_at: Set(None),
        withdrawal_reason: Set(None),
        supersedes: Set(supersedes),
        downloads: Set(0),
    }
    .insert(&txn)
    .await?;
    write_index(&txn, id, &meta).await?;
    audit::record(
        &txn,
        Event {
            actor: Some(actor.id),
            action: "resource.create",
            entity: "resource",
            entity_id: id.to_string(),
            address: address.map(str::to_string),
            data: Some(json!({"kind": kind, "supersedes": supersedes})),
            ..Event::default()
        },
    )
    .await?;
    let view = views(&txn, vec![made]).await?.remove(0);
    txn.commit().await?;
    Ok(view)
}

/// Writes what finds resource `id`: the folded words of its texts and its tags.
pub async fn write_index<C: ConnectionTrait>(
    conn: &C,
    id: Uuid,
    meta: &Metadata,
) -> ServiceResult<()> {
    let terms: Vec<resource_term::ActiveModel> = meta
        .terms()
        .into_iter()
        .map(|term| resource_term::ActiveModel {
            term: Set(term),
            resource_id: Set(id),
        })
        .collect();
    if !terms.is_empty() {
        resource_term::Entity::insert_many(terms).exec(conn).await?;
    }
    let facets: Vec<resource_facet::ActiveModel> = meta
        .member_states
        .iter()
        .map(|v| ("member_state", v))
        .chain(meta.hazards.iter().map(|v| ("hazard", v)))
        .map(|(facet, value)| resource_facet::ActiveModel {
            resource_id: Set(id),
            facet: Set(facet.to_string()),
            value: Set(value.clone()),
        })
        .collect();
    if !facets.is_empty() {
        resource_facet::Entity::insert_many(facets)
            .exec(conn)
            .await?;
    }
    Ok(())
}

/// Publishes or withdraws: a conditional update, so a second click changes nothing.
async fn change(
    db: &DatabaseConnection,
    forms: &Forms,
    cache: &CatalogueCache,
    actor: &Actor,
    id: Uuid,
    reason: Option<&str>,
    address: Option<&str>,
) -> ServiceResult<ResourceView> {
    if !actor.is_staff() {
        return Err(ServiceError::Forbidden);
    }
    let r = resource::Entity::find_by_id(id)
        .one(db)
        .await?
        .ok_or(ServiceError::NotFound)?;
    let now = Utc::now();
    let txn = crate::store::begin_write(db).await?;
    let (action, done) = match reason {
        None => {
            if !stage(&r).can_publish() {
                return Err(ServiceError::Conflict {
                    code: "invalid_transition",
                    key: "resource-cannot-publish",
                });
            }
            // A plan from a report is checked again: the report may have been reopened,
            // or the file taken out of it, since the resource was made.
            if let Some(aid) = r.attachment_id {
                if !still_publishable(&txn, forms, aid).await? {
                    return Err(rule(
                        "attachment_not_public",
                        "resource-attachment-not-public",
                    ));
                }
            }
            let done = resource::Entity::update_many()
                .col_expr(resource::Column::PublishedAt, Expr::value(now))
                .filter(resource::Column::Id.eq(id))
                .filter(resource::Column::PublishedAt.is_null())
                .filter(resource::Column::WithdrawnAt.is_null())
                .exec(&txn)
                .await?;
            ("resource.publish", done.rows_affected)
        }
        Some(reason) => {
            if !stage(&r).can_withdraw() {
                return Err(ServiceError::Conflict {
                    code: "invalid_transition",
                    key: "resource-cannot-withdraw",
                });
            }
            let done = resource::Entity::update_many()
                .col_expr(resource::Column::WithdrawnAt, Expr::value(now))
                .col_expr(
                    resource::Column::WithdrawalReason,
                    Expr::value(reason.to_string()),
                )
                .filter(resource::Column::Id.eq(id))
                .filter(resource::Column::PublishedAt.is_not_null())
                .filter(resource::Column::WithdrawnAt.is_null())
                .exec(&txn)
                .await?;
            ("resource.withdraw", done.rows_affected)
        }
    };
    // Another request changed it between the read and the update.
    if done != 1 {
        return Err(ServiceError::Conflict {
            code: "invalid_transition",
            key: if reason.is_none() {
                "resource-cannot-publish"
            } else {
                "resource-cannot-withdraw"
            },
        });
    }
    audit::record(
        &txn,
        Event {
            actor: Some(actor.id),
            action,
            entity: "resource",
            entity_id: id.to_string(),
            address: address.map(str::to_string),
            comment: reason.map(str::to_string),
            ..Event::default()
        },
    )
    .await?;
    let r = resource::Entity::find_by_id(id)
        .one(&txn)
        .await?
        .ok_or(ServiceError::NotFound)?;
    let view = views(&txn, vec![r]).await?.remove(0);
    txn.commit().await?;
    cache.changed();
    Ok(view)
}

pub async fn publish(
    db: &DatabaseConnection,
    forms: &Forms,
    cache: &CatalogueCache,
    actor: &Actor,
    id: Uuid,
    address: Option<&str>,
) -> ServiceResult<ResourceView> {
    change(db, forms, cache, actor, id, None, address).await
}

/// Withdraws a published resource: its page stays, with the reason; its file goes.
pub async fn withdraw(
    db: &DatabaseConnection,
    forms: &Forms,
    cache: &CatalogueCache,
    actor: &Actor,
    id: Uuid,
    reason: &str,
    address: Option<&str>,
) -> ServiceResult<ResourceView> {
    let reason = reason.trim();
    if reason.is_empty() {
        return Err(rule("reason_required", "resource-reason-required"));
    }
    change(db, forms, cache, actor, id, Some(reason), address).await
}

/// A resource: the secretariat sees every one; anyone else only a published (or
/// withdrawn) one, and an unknown or unpublished id is the same 404.
pub async fn get(
    db: &DatabaseConnection,
    actor: Option<&Actor>,
    id: Uuid,
) -> ServiceResult<ResourceView> {
    let r = resource::Entity::find_by_id(id)
        .one(db)
        .await?
        .ok_or(ServiceError::NotFound)?;
    if !stage(&r).public_page() && !actor.is_some_and(Actor::is_staff) {
        return Err(ServiceError::NotFound);
    }
    Ok(views(db, vec![r]).await?.remove(0))
}

/// A published resource's file, counted (how many, never who). 410 once withdrawn.
pub async fn file(
    db: &DatabaseConnection,
    blobs: &BlobStore,
    id: Uuid,
    counted: bool,
) -> ServiceResult<(resource::Model, Vec<u8>)> {
    let r = resource::Entity::find_by_id(id)
        .one(db)
        .await?
        .ok_or(ServiceError::NotFound)?;
    match stage(&r) {
        Stage::Unpublished => return Err(ServiceError::NotFound),
        Stage::Withdrawn => {
            return Err(ServiceError::Gone);
        }
        Stage::Published => {}
    }
    if counted {
        resource::Entity::update_many()
            .col_expr(
                resource::Column::Downloads,
                ExprTrait::add(Expr::col(resource::Column::Downloads), 1),
            )
            .filter(resource::Column::Id.eq(id))
            .exec(db)
            .await?;
    }
    let blobs = blobs.clone();
    let sha = r.sha256.clone();
    let bytes = blocking(move || blobs.get(&sha))
        .await?
        .map_err(|e| ServiceError::Internal(format!("blob store: {e}")))?;
    Ok((r, bytes))
}

/// What the catalogue is asked.
#[derive(Debug, Clone, Default, PartialEq, Eq, Hash)]
pub struct Query {
    pub q: Option<String>,
    pub kind: Option<String>,
    pub member_state: Option<String>,
    pub hazard: Option<String>,
    pub language: Option<String>,
    pub year: Option<i32>,
    pub licence: Option<String>,
    pub page: u64,
}

/// What a catalogue address asks, as it came: `?q=&kind=&member_state=&hazard=&language=
/// &year=&licence=&page=` (the pages' and the API's).
#[derive(Debug, Default, rocket::FromForm)]
pub struct Asked {
    pub q: Option<String>,
    pub kind: Option<String>,
    pub member_state: Option<String>,
    pub hazard: Option<String>,
    pub language: Option<String>,
    pub year: Option<String>,
    pub licence: Option<String>,
    pub page: Option<u64>,
}

impl From<Asked> for Query {
    /// Trimmed, empty values dropped, codes in their case; a year that is not a number
    /// finds nothing rather than failing.
    fn from(a: Asked) -> Query {
        let clean = |s: Option<String>| s.map(|v| v.trim().to_string()).filter(|v| !v.is_empty());
        Query {
            q: clean(a.q),
            kind: clean(a.kind),
            member_state: clean(a.member_state).map(|s| s.to_ascii_uppercase()),
            hazard: clean(a.hazard),
            language: clean(a.language),
            year: clean(a.year).map(|y| y.parse().unwrap_or(-1)),
            licence: clean(a.licence),
            page: a.page.unwrap_or(1).clamp(1, 100_000),
        }
    }
}

/// A page of the catalogue, with the counts of each facet's values over all matches.
#[derive(Debug, Clone, Serialize)]
pub struct Catalogue {
    pub items: Vec<ResourceView>,
    pub total: u64,
    pub page: u64,
    pub per_page: u64,
    pub facets: BTreeMap<String, BTreeMap<String, u64>>,
}

/// The words of a search, folded, each to be found as a prefix (at most eight).
fn search_words(q: &str) -> BTreeSet<String> {
    resources::words(q).into_iter().take(8).collect()
}

/// Published resources (withdrawn ones are not listed), newest first, filtered by words
/// and facets.
pub async fn catalogue(db: &DatabaseConnection, query: &Query) -> ServiceResult<Catalogue> {
    let mut select = resource::Entity::find()
        .filter(resource::Column::PublishedAt.is_not_null())
        .filter(resource::Column::WithdrawnAt.is_null());
    // Each word and each tag is a subquery answered by an index: the database intersects
    // them, no list of ids travels.
    for w in search_words(query.q.as_deref().unwrap_or_default()) {
        let upper = format!("{w}\u{10ffff}");
        let with_word = resource_term::Entity::find()
            .select_only()
            .column(resource_term::Column::ResourceId)
            .filter(resource_term::Column::Term.gte(w))
            .filter(resource_term::Column::Term.lt(upper))
            .into_query();
        select = select.filter(resource::Column::Id.in_subquery(with_word));
    }
    if let Some(kind) = &query.kind {
        select = select.filter(resource::Column::Kind.eq(kind.clone()));
    }
    if let Some(l) = &query.language {
        select = select.filter(resource::Column::Language.eq(l.clone()));
    }
    if let Some(y) = query.year {
        select = select.filter(resource::Column::Year.eq(y));
    }
    if let Some(l) = &query.licence {
        select = select.filter(resource::Column::Licence.eq(l.clone()));
    }
    for (facet, value) in [
        ("member_state", &query.member_state),
        ("hazard", &query.hazard),
    ] {
        if let Some(v) = value {
            let tagged = resource_facet::Entity::find()
                .select_only()
                .column(resource_facet::Column::ResourceId)
                .filter(resource_facet::Column::Facet.eq(facet))
                .filter(resource_facet::Column::Value.eq(v.clone()))
                .into_query();
            select = select.filter(resource::Column::Id.in_subquery(tagged));
        }
    }
    // The counts of each facet's values over every match, counted by the database.
    let mut facets: BTreeMap<String, BTreeMap<String, u64>> = BTreeMap::new();
    for (facet, column) in [
        ("kind", resource::Column::Kind),
        ("language", resource::Column::Language),
        ("licence", resource::Column::Licence),
    ] {
        let counts: Vec<(String, i64)> = select
            .clone()
            .select_only()
            .column(column)
            .column_as(ExprTrait::count(Expr::col(resource::Column::Id)), "n")
            .group_by(column)
            .into_tuple()
            .all(db)
            .await?;
        facets.insert(
            facet.to_string(),
            counts.into_iter().map(|(v, n)| (v, n as u64)).collect(),
        );
    }
    let years: Vec<(i32, i64)> = select
        .clone()
        .select_only()
        .column(resource::Column::Year)
        .column_as(ExprTrait::count(Expr::col(resource::Column::Id)), "n")
        .group_by(resource::Column::Year)
        .into_tuple()
        .all(db)
        .await?;
    facets.insert(
        "year".into(),
        years
            .into_iter()
            .map(|(y, n)| (y.to_string(), n as u64))
            .collect(),
    );
    let matches = select
        .clone()
        .select_only()
        .column(resource::Column::Id)
        .into_query();
    let tagged: Vec<(String, String, i64)> = resource_facet::Entity::find()
        .select_only()
        .column(resource_facet::Column::Facet)
        .column(resource_facet::Column::Value)
        .column_as(
            ExprTrait::count(Expr::col(resource_facet::Column::ResourceId)),
            "n",
        )
        .filter(resource_facet::Column::ResourceId.in_subquery(matches))
        .group_by(resource_facet::Column::Facet)
        .group_by(resource_facet::Column::Value)
        .into_tuple()
        .all(db)
        .await?;
    for (facet, value, n) in tagged {
        facets.entry(facet).or_default().insert(value, n as u64);
    }
    let total = select.clone().count(db).await?;
    let page = Ord::max(query.page, 1);
    let rows = select
        .order_by_desc(resource::Column::PublishedAt)
        .order_by_asc(resource::Column::Id)
        .paginate(db, PER_PAGE)
        .fetch_page(page - 1)
        .await?;
    Ok(Catalogue {
        items: views(db, rows).await?,
        total,
        page,
        per_page: PER_PAGE,
        facets,
    })
}

/// Catalogue pages kept in memory, so that the public's pages and API answer from memory:
/// each until the next publication or withdrawal made through this process, and at most
/// `ttl` (download counts, and publications made by another server process on the same
/// database, show within that time).
pub struct CatalogueCache {
    /// Moves on with every publication and withdrawal; what is kept of the public
    /// catalogue (here, and the pages rendered from it) is made in one generation.
    pub generation: Generation,
    pages: Memo<Query, Arc<Catalogue>>,
}

impl CatalogueCache {
    pub fn new(ttl: Duration) -> CatalogueCache {
        CatalogueCache {
            generation: Generation::default(),
            pages: Memo::new(ttl, 512),
        }
    }

    /// Something public changed: every kept page is out of date.
    pub fn changed(&self) {
        self.generation.advance();
    }

    /// The page of [`catalogue`] for `query`, from memory when it is still current, and
    /// when what it shows was read (what is made from it expires with it).
    pub async fn page(
        &self,
        db: &DatabaseConnection,
        query: &Query,
    ) -> ServiceResult<(Arc<Catalogue>, Instant)> {
        let generation = self.generation.current();
        if let Some(kept) = self.pages.get_dated(query, generation) {
            return Ok(kept);
        }
        let read = Instant::now();
        let page = Arc::new(catalogue(db, query).await?);
        if keepable(query) {
            self.pages
                .put_dated(query.clone(), generation, read, page.clone());
        }
        Ok((page, read))
    }
}

/// Whether a catalogue page is worth keeping: not one for a long, one-off search (a crawler
/// inventing searches would only fill the memory).
pub fn keepable(query: &Query) -> bool {
    query.q.as_ref().is_none_or(|q| q.chars().count() <= 64)
}

/// The newest published resources, for the feed.
pub async fn newest(db: &DatabaseConnection, limit: u64) -> ServiceResult<Vec<ResourceView>> {
    let rows = resource::Entity::find()
        .filter(resource::Column::PublishedAt.is_not_null())
        .filter(resource::Column::WithdrawnAt.is_null())
        .order_by_desc(resource::Column::PublishedAt)
        .limit(limit)
        .all(db)
        .await?;
    views(db, rows).await
}

/// The year a resource is about by default: this one.
pub fn this_year() -> i32 {
    Utc::now().year()
}

/// Every resource, whatever its stage, newest first: the secretariat's list. A page of
/// [`PER_PAGE`] and the total.
pub async fn all(
    db: &DatabaseConnection,
    actor: &Actor,
    page: u64,
) -> ServiceResult<(Vec<ResourceView>, u64)> {
    if !actor.is_staff() {
        return Err(ServiceError::Forbidden);
    }
    let select = resource::Entity::find()
        .order_by_desc(resource::Column::CreatedAt)
        .order_by_asc(resource::Column::Id);
    let total = select.clone().count(db).await?;
    let rows = select
        .paginate(db, PER_PAGE)
        .fetch_page(Ord::max(page, 1) - 1)
        .await?;
    Ok((views(db, rows).await?, total))
}

/// A public file of an approved report that no resource is made from yet: what the
/// secretariat may publish next.
#[derive(Debug, Clone, Serialize)]
pub struct Candidate {
    pub attachment: Uuid,
    pub member_state: String,
    pub port: Option<String>,
    pub question: String,
    pub filename: String,
    pub licence: String,
    pub size: i64,
    pub submission: Uuid,
}

/// Every publishable attachment not yet made into a resource, by state and port.
pub async fn candidates(
    db: &DatabaseConnection,
    forms: &Forms,
    actor: &Actor,
) -> ServiceResult<Vec<Candidate>> {
    if !actor.is_staff() {
        return Err(ServiceError::Forbidden);
    }
    let used = resource::Entity::find()
        .select_only()
        .column(resource::Column::AttachmentId)
        .filter(resource::Column::AttachmentId.is_not_null())
        .into_query();
    let offered = attachment::Entity::find()
        .filter(attachment::Column::Visibility.eq(super::attachments::PUBLIC))
        .filter(attachment::Column::Licence.is_not_null())
        .filter(attachment::Column::ConsentAt.is_not_null())
        .filter(attachment::Column::Id.not_in_subquery(used))
        .filter(
            attachment::Column::SubmissionId.in_subquery(
                submission::Entity::find()
                    .select_only()
                    .column(submission::Column::Id)
                    .filter(submission::Column::Status.eq("approved"))
                    .into_query(),
            ),
        )
        .all(db)
        .await?;
    let submissions: BTreeMap<Uuid, submission::Model> = submission::Entity::find()
        .filter(submission::Column::Id.is_in(offered.iter().map(|a| a.submission_id)))
        .all(db)
        .await?
        .into_iter()
        .map(|s| (s.id, s))
        .collect();
    let mut cycles: BTreeMap<Uuid, Arc<crate::questionnaire::Form>> = BTreeMap::new();
    let mut ports: BTreeMap<Uuid, String> = BTreeMap::new();
    let mut out = Vec::new();
    for a in offered {
        let Some(s) = submissions.get(&a.submission_id).cloned() else {
            continue;
        };
        let form = match cycles.get(&s.cycle_id) {
            Some(f) => f.clone(),
            None => {
                let Some(c) = cycle::Entity::find_by_id(s.cycle_id).one(db).await? else {
                    continue;
                };
                // A cycle whose questionnaire is not loaded cannot be checked: its files
                // are left out (and logged), the rest of the list stays.
                let f = match form_of(db, forms, &c).await {
                    Ok(f) => f,
                    Err(e) => {
                        log::warn!("publishable files of cycle {}: {e}", c.id);
                        continue;
                    }
                };
                cycles.insert(s.cycle_id, f.clone());
                f
            }
        };
        if !publishable(&a, &s, &form) {
            continue;
        }
        let port = match s.port_id {
            Some(pid) => match ports.get(&pid) {
                Some(n) => Some(n.clone()),
                None => {
                    let name = port::Entity::find_by_id(pid)
                        .one(db)
                        .await?
                        .map(|p| format!("{} ({})", p.name, p.locode));
                    if let Some(n) = &name {
                        ports.insert(pid, n.clone());
                    }
                    name
                }
            },
            None => None,
        };
        out.push(Candidate {
            attachment: a.id,
            member_state: s.member_state,
            port,
            question: a.question,
            filename: a.filename,
            licence: a.licence.unwrap_or_default(),
            size: a.size,
            submission: s.id,
        });
    }
    out.sort_by(|x, y| {
        (&x.member_state, &x.port, &x.question, &x.filename).cmp(&(
            &y.member_state,
            &y.port,
            &y.question,
            &y.filename,
        ))
    });
    Ok(out)
}

/// What the form to describe a new resource starts from: the file's language, licence,
/// year and member states as its source suggests, and the cycle's titles for a summary.
#[derive(Debug, Clone, Default, Serialize)]
pub struct Suggestion {
    pub language: Option<String>,
    pub licence: Option<String>,
    pub year: Option<i32>,
    pub member_states: Vec<String>,
    /// A summary's cycle title per language.
    pub cycle_titles: BTreeMap<String, String>,
    /// An attachment's file name.
    pub filename: Option<String>,
}

/// The suggestion for a resource made from summary `summary` or attachment `attachment`;
/// 404 for an unknown one. Staff only.
pub async fn suggest(
    db: &DatabaseConnection,
    actor: &Actor,
    summary: Option<Uuid>,
    attachment: Option<Uuid>,
) -> ServiceResult<Suggestion> {
    if !actor.is_staff() {
        return Err(ServiceError::Forbidden);
    }
    if let Some(id) = summary {
        let s = summary::Entity::find_by_id(id)
            .one(db)
            .await?
            .ok_or(ServiceError::NotFound)?;
        let c = super::cycles::get(db, s.cycle_id).await?;
        // The states the summary speaks of: those with an approved report.
        let states: BTreeSet<String> = submission::Entity::find()
            .select_only()
            .column(submission::Column::MemberState)
            .filter(submission::Column::CycleId.eq(s.cycle_id))
            .filter(submission::Column::Status.eq("approved"))
            .into_tuple::<String>()
            .all(db)
            .await?
            .into_iter()
            .collect();
        let mut cycle_titles = c.titles.clone();
        for l in ["en", "es", "fr", "pt"] {
            cycle_titles
                .entry(l.to_string())
                .or_insert_with(|| c.title.clone());
        }
        return Ok(Suggestion {
            language: Some(s.lang),
            licence: Some("CC-BY-4.0".into()),
            year: Some(c.opens_on.year()),
            member_states: states.into_iter().collect(),
            cycle_titles,
            filename: None,
        });
    }
    if let Some(id) = attachment {
        let a = attachment::Entity::find_by_id(id)
            .one(db)
            .await?
            .ok_or(ServiceError::NotFound)?;
        let s = submission::Entity::find_by_id(a.submission_id)
            .one(db)
            .await?
            .ok_or(ServiceError::NotFound)?;
        return Ok(Suggestion {
            licence: a.licence,
            year: Some(a.created_at.year()),
            member_states: vec![s.member_state],
            filename: Some(a.filename),
            ..Suggestion::default()
        });
    }
    Ok(Suggestion::default())
}
