//! The secretariat's review of a submitted report: return it for revision with reasons
//! (overall or per question), approve it, reopen an approved one; the comment threads the
//! secretariat and the focal points write; what changed between revisions; the history.
//! Each decision is one transaction with its audit event.

use super::audit;
use super::forms::Forms;
use super::submissions::{event, form_of, status_of};
use super::{ServiceError, ServiceResult};
use crate::domain::comments::CommentText;
use crate::domain::people::Actor;
use crate::domain::workflow::Action;
use crate::questionnaire::diff::{self, Change};
use crate::store::entities::{
    comment, cycle, event as event_row, review, revision, submission, user,
};
use chrono::{DateTime, Utc};
use sea_orm::sea_query::Expr;
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, DatabaseConnection, EntityTrait,
    PaginatorTrait, QueryFilter, QueryOrder, Set,
};
use serde::Serialize;
use serde_json::{json, Value};
use std::collections::{BTreeMap, HashMap};
use uuid::Uuid;

/// A decision of the secretariat on the latest revision.
#[derive(Debug, Clone, Default)]
pub struct Decision {
    /// The overall comment (a reopening's reason).
    pub comment: Option<String>,
    /// Comments per question id.
    pub questions: BTreeMap<String, String>,
}

/// A comment as its readers see it.
#[derive(Debug, Clone, Serialize)]
pub struct CommentView {
    pub id: Uuid,
    pub question: Option<String>,
    pub body: String,
    pub revision: i32,
    pub author: String,
    pub author_role: String,
    /// The decision it came with: `returned`, `approved` or `reopened`.
    pub decision: Option<String>,
    pub created_at: DateTime<Utc>,
}

/// One event of a submission's history.
#[derive(Debug, Clone, Serialize)]
pub struct HistoryItem {
    pub at: DateTime<Utc>,
    pub actor: Option<String>,
    pub actor_role: Option<String>,
    pub action: String,
    pub comment: Option<String>,
    pub data: Option<Value>,
}

fn rule(code: &'static str, key: &'static str) -> ServiceError {
    ServiceError::Rule { code, key }
}

fn wrong_status() -> ServiceError {
    ServiceError::Conflict {
        code: "invalid_transition",
        key: "error-invalid-transition",
    }
}

/// The submission, if this person may see it (else 404, whatever exists).
async fn visible<C: ConnectionTrait>(
    conn: &C,
    actor: &Actor,
    id: Uuid,
) -> ServiceResult<submission::Model> {
    submission::Entity::find_by_id(id)
        .one(conn)
        .await?
        .filter(|s| actor.may_see_state(&s.member_state))
        .ok_or(ServiceError::NotFound)
}

async fn latest_revision<C: ConnectionTrait>(conn: &C, id: Uuid) -> ServiceResult<i32> {
    Ok(revision::Entity::find()
        .filter(revision::Column::SubmissionId.eq(id))
        .count(conn)
        .await? as i32)
}

/// Return for revision (`comment` and/or `questions`, at least one), approve, or reopen
/// (`comment` is then the reason, required). Only the secretariat; only from the status
/// the workflow allows (else 409).
pub async fn decide(
    db: &DatabaseConnection,
    forms: &Forms,
    actor: &Actor,
    id: Uuid,
    action: Action,
    decision: Decision,
    address: Option<&str>,
) -> ServiceResult<submission::Model> {
    let txn = crate::store::begin_write(db).await?;
    let row = visible(&txn, actor, id).await?;
    if !actor.is_staff() {
        return Err(ServiceError::Forbidden);
    }
    let (name, action_name, decision_name) = match action {
        Action::Return => ("return", "submission.returned", "returned"),
        Action::Approve => ("approve", "submission.approved", "approved"),
        Action::Reopen => ("reopen", "submission.reopened", "reopened"),
        Action::Edit | Action::Submit => return Err(ServiceError::Forbidden),
    };
    let Some(next) = status_of(&row)?.after(action) else {
        return Err(wrong_status());
    };
    let c = cycle::Entity::find_by_id(row.cycle_id)
        .one(&txn)
        .await?
        .ok_or(ServiceError::NotFound)?;
    let form = form_of(&txn, forms, &c).await?;
    let overall = CommentText::optional(decision.comment.as_deref())
        .map_err(|_| rule("invalid_comment", "error-invalid-comment"))?;
    let mut per_question = Vec::new();
    for (q, text) in &decision.questions {
        if form.question(q).is_none() {
            return Err(rule("unknown_question", "error-comment-question"));
        }
        if let Some(t) = CommentText::optional(Some(text))
            .map_err(|_| rule("invalid_comment", "error-invalid-comment"))?
        {
            per_question.push((q.clone(), t));
        }
    }
    match action {
        Action::Return if overall.is_none() && per_question.is_empty() => {
            return Err(rule("comment_required", "error-return-needs-comment"));
        }
        Action::Reopen if overall.is_none() => {
            return Err(rule("reason_required", "error-reopen-needs-reason"));
        }
        _ => {}
    }
    let revision = latest_revision(&txn, id).await?;
    let now = Utc::now();
    let review_id = Uuid::new_v4();
    review::ActiveModel {
        id: Set(review_id),
        submission_id: Set(id),
        revision: Set(revision),
        decision: Set(decision_name.into()),
        comment: Set(overall.as_ref().map(|t| t.as_str().to_string())),
        reviewer_id: Set(actor.id),
        created_at: Set(now),
    }
    .insert(&txn)
    .await?;
    let mut comments: Vec<(Option<String>, CommentText)> = Vec::new();
    if let Some(t) = overall.clone() {
        comments.push((None, t));
    }
    comments.extend(
        per_question
            .iter()
            .map(|(q, t)| (Some(q.clone()), t.clone())),
    );
    for (question, body) in comments {
        comment::ActiveModel {
            id: Set(Uuid::new_v4()),
            submission_id: Set(id),
            revision: Set(revision),
            question: Set(question),
            body: Set(body.into_string()),
            author_id: Set(actor.id),
            review_id: Set(Some(review_id)),
            created_at: Set(now),
        }
        .insert(&txn)
        .await?;
    }
    // Conditional on the status and version read above: of two reviewers deciding at
    // once, one wins and the other gets 409.
    let updated = submission::Entity::update_many()
        .col_expr(submission::Column::Status, Expr::value(next.as_str()))
        .col_expr(submission::Column::Version, Expr::value(row.version + 1))
        .col_expr(submission::Column::UpdatedAt, Expr::value(now))
        .filter(submission::Column::Id.eq(id))
        .filter(submission::Column::Version.eq(row.version))
        .filter(submission::Column::Status.eq(row.status.clone()))
        .exec(&txn)
        .await?;
    if updated.rows_affected != 1 {
        return Err(wrong_status());
    }
    super::notifications::notify(
        &txn,
        super::notifications::Audience::State(&row.member_state),
        decision_name,
        &row,
        json!({"revision": revision,
            "comment": overall.as_ref().map(CommentText::as_str)}),
    )
    .await?;
    let mut e = event(
        action_name,
        actor,
        &row,
        address,
        Some(json!({"revision": revision, "decision": name,
            "questions": per_question.iter().map(|(q, _)| q).collect::<Vec<_>>()})),
    );
    e.comment = overall.map(CommentText::into_string);
    audit::record(&txn, e).await?;
    txn.commit().await?;
    submission::Entity::find_by_id(id)
        .one(db)
        .await?
        .ok_or(ServiceError::NotFound)
}

/// A comment or a reply, overall or on one question, by the owner state's focal point or
/// the secretariat, in any status: the thread never closes.
pub async fn add_comment(
    db: &DatabaseConnection,
    forms: &Forms,
    actor: &Actor,
    id: Uuid,
    question: Option<&str>,
    body: &str,
    address: Option<&str>,
) -> ServiceResult<CommentView> {
    let mut added = add_comments(
        db,
        forms,
        actor,
        id,
        vec![(question.map(str::to_string), body.to_string())],
        address,
    )
    .await?;
    added
        .pop()
        .ok_or_else(|| rule("invalid_comment", "error-invalid-comment"))
}

/// Several comments at once (the reviewer's boxes sent without a decision), in one
/// transaction: all are kept or none. The other side is told.
pub async fn add_comments(
    db: &DatabaseConnection,
    forms: &Forms,
    actor: &Actor,
    id: Uuid,
    items: Vec<(Option<String>, String)>,
    address: Option<&str>,
) -> ServiceResult<Vec<CommentView>> {
    let mut texts = Vec::with_capacity(items.len());
    for (q, body) in items {
        let body =
            CommentText::parse(&body).ok_or(rule("invalid_comment", "error-invalid-comment"))?;
        texts.push((
            q.map(|q| q.trim().to_string()).filter(|q| !q.is_empty()),
            body,
        ));
    }
    if texts.is_empty() {
        return Err(rule("invalid_comment", "error-invalid-comment"));
    }
    let txn = crate::store::begin_write(db).await?;
    let row = visible(&txn, actor, id).await?;
    let c = cycle::Entity::find_by_id(row.cycle_id)
        .one(&txn)
        .await?
        .ok_or(ServiceError::NotFound)?;
    let form = form_of(&txn, forms, &c).await?;
    if texts
        .iter()
        .any(|(q, _)| q.as_deref().is_some_and(|q| form.question(q).is_none()))
    {
        return Err(rule("unknown_question", "error-comment-question"));
    }
    let revision = latest_revision(&txn, id).await?;
    let now = Utc::now();
    let mut out = Vec::with_capacity(texts.len());
    for (question, body) in texts {
        let m = comment::ActiveModel {
            id: Set(Uuid::new_v4()),
            submission_id: Set(id),
            revision: Set(revision),
            question: Set(question),
            body: Set(body.into_string()),
            author_id: Set(actor.id),
            review_id: Set(None),
            created_at: Set(now),
        }
        .insert(&txn)
        .await?;
        let mut e = event(
            "submission.commented",
            actor,
            &row,
            address,
            Some(json!({"comment": m.id, "question": m.question, "revision": revision})),
        );
        e.comment = Some(m.body.clone());
        audit::record(&txn, e).await?;
        out.push(CommentView {
            id: m.id,
            question: m.question,
            body: m.body,
            revision: m.revision,
            author: actor.name.clone(),
            author_role: actor.role.as_str().to_string(),
            decision: None,
            created_at: m.created_at,
        });
    }
    // The other side is told: the secretariat of a focal point's reply, the state's focal
    // points of the secretariat's comment.
    let audience = if actor.is_staff() {
        super::notifications::Audience::State(&row.member_state)
    } else {
        super::notifications::Audience::Secretariat
    };
    super::notifications::notify(
        &txn,
        audience,
        "commented",
        &row,
        json!({"revision": revision,
            "comment": out.first().map(|c| c.body.clone())}),
    )
    .await?;
    txn.commit().await?;
    Ok(out)
}

async fn people<C: ConnectionTrait>(
    conn: &C,
    ids: Vec<Uuid>,
) -> ServiceResult<HashMap<Uuid, user::Model>> {
    Ok(user::Entity::find()
        .filter(user::Column::Id.is_in(ids))
        .all(conn)
        .await?
        .into_iter()
        .map(|u| (u.id, u))
        .collect())
}

/// Every comment of a submission, oldest first.
pub async fn comments(
    db: &DatabaseConnection,
    actor: &Actor,
    id: Uuid,
) -> ServiceResult<Vec<CommentView>> {
    visible(db, actor, id).await?;
    let rows = comment::Entity::find()
        .filter(comment::Column::SubmissionId.eq(id))
        .order_by_asc(comment::Column::CreatedAt)
        .all(db)
        .await?;
    let decisions: HashMap<Uuid, String> = review::Entity::find()
        .filter(review::Column::SubmissionId.eq(id))
        .all(db)
        .await?
        .into_iter()
        .map(|r| (r.id, r.decision))
        .collect();
    let who = people(db, rows.iter().map(|c| c.author_id).collect()).await?;
    Ok(rows
        .into_iter()
        .map(|c| {
            let author = who.get(&c.author_id);
            CommentView {
                id: c.id,
                decision: c.review_id.and_then(|r| decisions.get(&r).cloned()),
                question: c.question,
                body: c.body,
                revision: c.revision,
                author: author.map(|u| u.name.clone()).unwrap_or_default(),
                author_role: author.map(|u| u.role.clone()).unwrap_or_default(),
                created_at: c.created_at,
            }
        })
        .collect())
}

/// What changed from revision `from` to revision `to` (both frozen, so forever the same).
pub async fn diff(
    db: &DatabaseConnection,
    forms: &Forms,
    actor: &Actor,
    id: Uuid,
    from: i32,
    to: i32,
) -> ServiceResult<Vec<Change>> {
    let row = visible(db, actor, id).await?;
    let find = |n: i32| {
        revision::Entity::find()
            .filter(revision::Column::SubmissionId.eq(id))
            .filter(revision::Column::Number.eq(n))
            .one(db)
    };
    let before = find(from).await?.ok_or(ServiceError::NotFound)?;
    let after = find(to).await?.ok_or(ServiceError::NotFound)?;
    let c = cycle::Entity::find_by_id(row.cycle_id)
        .one(db)
        .await?
        .ok_or(ServiceError::NotFound)?;
    let form = form_of(db, forms, &c).await?;
    let empty = serde_json::Map::new();
    Ok(diff::diff(
        &form,
        before.answers.as_object().unwrap_or(&empty),
        after.answers.as_object().unwrap_or(&empty),
    ))
}

/// Every event of a submission, oldest first, with who did it.
pub async fn history(
    db: &DatabaseConnection,
    actor: &Actor,
    id: Uuid,
) -> ServiceResult<Vec<HistoryItem>> {
    visible(db, actor, id).await?;
    let rows = event_row::Entity::find()
        .filter(event_row::Column::Entity.eq("submission"))
        .filter(event_row::Column::EntityId.eq(id.to_string()))
        .order_by_asc(event_row::Column::At)
        .all(db)
        .await?;
    let who = people(db, rows.iter().filter_map(|e| e.actor_id).collect()).await?;
    Ok(rows
        .into_iter()
        .map(|e| {
            let u = e.actor_id.and_then(|a| who.get(&a));
            HistoryItem {
                at: e.at,
                actor: u.map(|u| u.name.clone()),
                actor_role: u.map(|u| u.role.clone()),
                action: e.action,
                comment: e.comment,
                data: e.data,
            }
        })
        .collect())
}

/// One line of the secretariat's inbox.
#[derive(Debug, Clone, Serialize)]
pub struct InboxRow {
    pub id: Uuid,
    pub cycle: Uuid,
    pub cycle_title: String,
    pub member_state: String,
    pub port: Option<String>,
    pub locode: Option<String>,
    pub status: String,
    pub revision: i32,
    /// Since the last change: a submit, a decision, a save.
    pub waiting_since: DateTime<Utc>,
}

/// The inbox: submissions by cycle, state and status (submitted by default), the oldest
/// waiting first; with the number in each status under the same cycle and state filter.
pub async fn inbox(
    db: &DatabaseConnection,
    actor: &Actor,
    filter: super::submissions::ListFilter,
    page: u64,
    per_page: u64,
) -> ServiceResult<(Vec<InboxRow>, u64, BTreeMap<String, u64>)> {
    if !actor.is_staff() {
        return Err(ServiceError::Forbidden);
    }
    let scoped = || {
        let mut q = submission::Entity::find();
        if let Some(c) = filter.cycle {
            q = q.filter(submission::Column::CycleId.eq(c));
        }
        if let Some(s) = &filter.member_state {
            q = q.filter(submission::Column::MemberState.eq(s.to_uppercase()));
        }
        q
    };
    let mut counts = BTreeMap::new();
    for s in ["draft", "submitted", "returned", "approved"] {
        let n = scoped()
            .filter(submission::Column::Status.eq(s))
            .count(db)
            .await?;
        counts.insert(s.to_string(), n);
    }
    let status = filter.status.clone().unwrap_or_else(|| "submitted".into());
    let pages = scoped()
        .filter(submission::Column::Status.eq(status))
        .order_by_asc(submission::Column::UpdatedAt)
        .order_by_asc(submission::Column::Id)
        .paginate(db, per_page.clamp(1, 200));
    let total = pages.num_items().await?;
    let rows = pages.fetch_page(page.saturating_sub(1)).await?;
    let port_ids: Vec<Uuid> = rows.iter().filter_map(|r| r.port_id).collect();
    let ports: HashMap<Uuid, crate::store::entities::port::Model> =
        crate::store::entities::port::Entity::find()
            .filter(crate::store::entities::port::Column::Id.is_in(port_ids))
            .all(db)
            .await?
            .into_iter()
            .map(|p| (p.id, p))
            .collect();
    let cycle_ids: Vec<Uuid> = rows.iter().map(|r| r.cycle_id).collect();
    let cycles: HashMap<Uuid, String> = cycle::Entity::find()
        .filter(cycle::Column::Id.is_in(cycle_ids))
        .all(db)
        .await?
        .into_iter()
        .map(|c| (c.id, c.title))
        .collect();
    let ids: Vec<Uuid> = rows.iter().map(|r| r.id).collect();
    let mut revisions: HashMap<Uuid, i32> = HashMap::new();
    for r in revision::Entity::find()
        .filter(revision::Column::SubmissionId.is_in(ids))
        .all(db)
        .await?
    {
        let e = revisions.entry(r.submission_id).or_default();
        *e = (*e).max(r.number);
    }
    let items = rows
        .into_iter()
        .map(|r| {
            let p = r.port_id.and_then(|p| ports.get(&p));
            InboxRow {
                id: r.id,
                cycle: r.cycle_id,
                cycle_title: cycles.get(&r.cycle_id).cloned().unwrap_or_default(),
                member_state: r.member_state,
                port: p.map(|p| p.name.clone()),
                locode: p.map(|p| p.locode.clone()),
                status: r.status,
                revision: revisions.get(&r.id).copied().unwrap_or(0),
                waiting_since: r.updated_at,
            }
        })
        .collect();
    Ok((items, total, counts))
}
