//! Submissions: a focal point starts one per port and cycle, saves drafts (kept whatever
//! their problems, guarded by a version against silent overwrites), and submits, which
//! freezes an immutable revision. Every query is scoped to what the caller may see.

use super::audit::{self, Event};
use super::forms::Forms;
use super::{ServiceError, ServiceResult};
use crate::domain::cycles::CycleStatus;
use crate::domain::people::Actor;
use crate::domain::workflow::{Action, Status};
use crate::questionnaire::validate::{self, Problem};
use crate::questionnaire::Form;
use crate::store::entities::{cycle, port, questionnaire_version, revision, submission};
use chrono::Utc;
use sea_orm::sea_query::Expr;
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, DatabaseConnection, EntityTrait,
    PaginatorTrait, QueryFilter, QueryOrder, Set,
};
use serde_json::{json, Map, Value};
use std::sync::Arc;
use uuid::Uuid;

/// A submission with what its reader needs: the port and the questionnaire it answers.
#[derive(Debug, Clone)]
pub struct Loaded {
    pub row: submission::Model,
    pub port: Option<port::Model>,
    pub form: Arc<Form>,
    pub cycle: cycle::Model,
}

pub(super) fn status_of(row: &submission::Model) -> ServiceResult<Status> {
    Status::parse(&row.status).ok_or_else(|| {
        ServiceError::Internal(format!("submission {} has status {}", row.id, row.status))
    })
}

/// The questionnaire a cycle uses, as loaded at start.
pub(super) async fn form_of<C: ConnectionTrait>(
    conn: &C,
    forms: &Forms,
    c: &cycle::Model,
) -> ServiceResult<Arc<Form>> {
    if let Some(form) = forms.by_record_id(c.questionnaire_version_id) {
        return Ok(form);
    }
    let v = questionnaire_version::Entity::find_by_id(c.questionnaire_version_id)
        .one(conn)
        .await?
        .ok_or(ServiceError::NotFound)?;
    forms.get(&v.form_id, Some(&v.version)).ok_or_else(|| {
        ServiceError::Internal(format!(
            "questionnaire {} {} is not loaded",
            v.form_id, v.version
        ))
    })
}

fn not_editable() -> ServiceError {
    ServiceError::Conflict {
        code: "not_editable",
        key: "error-not-editable",
    }
}

fn version_conflict(current: i32) -> ServiceError {
    let mut extra = Map::new();
    extra.insert("current_version".into(), json!(current));
    ServiceError::ConflictWith {
        code: "version_conflict",
        key: "error-version-conflict",
        extra,
    }
}

/// Starts the submission of `locode` in a cycle: one per port and cycle, only for the
/// focal point's own state, only while the cycle is open. A1–A3 come filled in.
pub async fn start(
    db: &DatabaseConnection,
    forms: &Forms,
    actor: &Actor,
    cycle_id: Uuid,
    locode: &str,
    address: Option<&str>,
) -> ServiceResult<Loaded> {
    let Some(state) = actor.member_state.clone().filter(|_| !actor.is_staff()) else {
        return Err(ServiceError::Forbidden);
    };
    let txn = crate::store::begin_write(db).await?;
    let c = cycle::Entity::find_by_id(cycle_id)
        .one(&txn)
        .await?
        .ok_or(ServiceError::NotFound)?;
    let today = Utc::now().date_naive();
    if crate::domain::cycles::status(c.opens_on, c.closes_on, c.closed_at.is_some(), today)
        != CycleStatus::Open
    {
        return Err(ServiceError::Rule {
            code: "cycle_not_open",
            key: "error-cycle-not-open",
        });
    }
    let p = port::Entity::find()
        .filter(port::Column::Locode.eq(locode.trim().to_uppercase()))
        .one(&txn)
        .await?
        .filter(|p| p.member_state == state)
        .ok_or(ServiceError::Rule {
            code: "not_your_port",
            key: "error-not-your-port",
        })?;
    if let Some(existing) = submission::Entity::find()
        .filter(submission::Column::CycleId.eq(c.id))
        .filter(submission::Column::PortId.eq(p.id))
        .one(&txn)
        .await?
    {
        let mut extra = Map::new();
        extra.insert("id".into(), json!(existing.id));
        return Err(ServiceError::ConflictWith {
            code: "exists",
            key: "error-submission-exists",
            extra,
        });
    }
    let form = form_of(&txn, forms, &c).await?;
    let answers = json!({"A1": state, "A2": p.name, "A3": p.locode});
    let today = Utc::now();
    let problems = draft_problems(&form, &answers);
    let row = submission::ActiveModel {
        id: Set(Uuid::new_v4()),
        cycle_id: Set(c.id),
        member_state: Set(state.clone()),
        port_id: Set(Some(p.id)),
        status: Set(Status::Draft.as_str().into()),
        version: Set(1),
        answers: Set(answers),
        problems: Set(problems),
        created_by: Set(Some(actor.id)),
        created_at: Set(today),
        updated_at: Set(today),
        submitted_at: Set(None),
        checked_sections: Set(None),
    }
    .insert(&txn)
    .await
    .map_err(|e| super::unique_or_db(e, "exists", "error-submission-exists"))?;
    audit::record(
        &txn,
        event("submission.started", actor, &row, address, None),
    )
    .await?;
    txn.commit().await?;
    Ok(Loaded {
        row,
        port: Some(p),
        form,
        cycle: c,
    })
}

pub(super) fn event<'a>(
    action: &'a str,
    actor: &Actor,
    row: &submission::Model,
    address: Option<&str>,
    data: Option<Value>,
) -> Event<'a> {
    Event {
        actor: Some(actor.id),
        action,
        entity: "submission",
        entity_id: row.id.to_string(),
        member_state: Some(row.member_state.clone()),
        address: address.map(str::to_string),
        data,
        ..Event::default()
    }
}

/// The problems stored beside a draft (as data, rendered in the reader's language later).
fn draft_problems(form: &Form, answers: &Value) -> Value {
    let empty = Map::new();
    let problems = validate::check_draft(
        form,
        answers.as_object().unwrap_or(&empty),
        Utc::now().date_naive(),
    );
    serde_json::to_value(problems).unwrap_or(Value::Array(Vec::new()))
}

/// One submission, if the caller may see it (another state's answers NotFound).
pub async fn get(
    db: &DatabaseConnection,
    forms: &Forms,
    actor: &Actor,
    id: Uuid,
) -> ServiceResult<Loaded> {
    let row = submission::Entity::find_by_id(id)
        .one(db)
        .await?
        .filter(|s| actor.may_see_state(&s.member_state))
        .ok_or(ServiceError::NotFound)?;
    let c = cycle::Entity::find_by_id(row.cycle_id)
        .one(db)
        .await?
        .ok_or(ServiceError::NotFound)?;
    let form = form_of(db, forms, &c).await?;
    let p = match row.port_id {
        Some(pid) => port::Entity::find_by_id(pid).one(db).await?,
        None => None,
    };
    Ok(Loaded {
        row,
        port: p,
        form,
        cycle: c,
    })
}

/// Filters of the list of submissions.
#[derive(Debug, Default)]
pub struct ListFilter {
    pub cycle: Option<Uuid>,
    pub member_state: Option<String>,
    pub status: Option<String>,
}

/// What the caller may see, newest first, a page at a time.
pub async fn list(
    db: &DatabaseConnection,
    actor: &Actor,
    filter: ListFilter,
    page: u64,
    per_page: u64,
) -> ServiceResult<(Vec<(submission::Model, Option<port::Model>)>, u64)> {
    let mut q = submission::Entity::find().order_by_desc(submission::Column::UpdatedAt);
    if !actor.is_staff() {
        // A focal point sees their own state's, whatever filter they ask for.
        let own = actor.member_state.clone().unwrap_or_default();
        q = q.filter(submission::Column::MemberState.eq(own));
    }
    if let Some(c) = filter.cycle {
        q = q.filter(submission::Column::CycleId.eq(c));
    }
    if let Some(s) = filter.member_state {
        q = q.filter(submission::Column::MemberState.eq(s.to_uppercase()));
    }
    if let Some(s) = filter.status {
        q = q.filter(submission::Column::Status.eq(s));
    }
    let pages = q.paginate(db, per_page.clamp(1, 200));
    let total = pages.num_items().await?;
    let rows = pages.fetch_page(page.saturating_sub(1)).await?;
    let mut out = Vec::with_capacity(rows.len());
    for r in rows {
        let p = match r.port_id {
            Some(pid) => port::Entity::find_by_id(pid).one(db).await?,
            None => None,
        };
        out.push((r, p));
    }
    Ok((out, total))
}

/// Loads a submission the actor's state owns, for a change (staff and other states: no).
async fn owned<C: ConnectionTrait>(
    conn: &C,
    actor: &Actor,
    id: Uuid,
) -> ServiceResult<submission::Model> {
    let row = submission::Entity::find_by_id(id)
        .one(conn)
        .await?
        .filter(|s| actor.may_see_state(&s.member_state))
        .ok_or(ServiceError::NotFound)?;
    if actor.is_staff() {
        return Err(ServiceError::Forbidden);
    }
    Ok(row)
}

/// Saves a draft: the answers are stored exactly as given (A1 stays the state's), with
/// their problems; the version must be the one the editor started from.
/// A draft save: the answers as typed and the version they were based on.
pub struct Draft<'a> {
    pub version: i32,
    pub answers: Map<String, Value>,
    /// The section whose page was saved with its Save button: its missing answers are
    /// shown from then on.
    pub checked_section: Option<&'a str>,
}

pub async fn save_answers(
    db: &DatabaseConnection,
    forms: &Forms,
    actor: &Actor,
    id: Uuid,
    draft: Draft<'_>,
    address: Option<&str>,
) -> ServiceResult<(i32, Vec<Problem>)> {
    let Draft {
        version,
        answers,
        checked_section,
    } = draft;
    let txn = crate::store::begin_write(db).await?;
    let row = owned(&txn, actor, id).await?;
    if status_of(&row)?.after(Action::Edit).is_none() {
        return Err(not_editable());
    }
    if row.version != version {
        return Err(version_conflict(row.version));
    }
    let c = cycle::Entity::find_by_id(row.cycle_id)
        .one(&txn)
        .await?
        .ok_or(ServiceError::NotFound)?;
    let form = form_of(&txn, forms, &c).await?;
    let mut answers = answers;
    // A1 is filled from the account and read-only, whatever the client sent.
    answers.insert("A1".into(), json!(row.member_state));
    let problems = validate::check_draft(&form, &answers, Utc::now().date_naive());
    let next = version + 1;
    // Conditional on the version: of two concurrent saves, exactly one wins.
    let updated = submission::Entity::update_many()
        .col_expr(
            submission::Column::Answers,
            Expr::value(Value::Object(answers)),
        )
        .col_expr(
            submission::Column::Problems,
            Expr::value(serde_json::to_value(&problems).unwrap_or(Value::Array(Vec::new()))),
        )
        .col_expr(submission::Column::Version, Expr::value(next))
        .col_expr(submission::Column::UpdatedAt, Expr::value(Utc::now()))
        .col_expr(
            submission::Column::CheckedSections,
            Expr::value(checked_sections(&row, &form, checked_section)),
        )
        .filter(submission::Column::Id.eq(id))
        .filter(submission::Column::Version.eq(version))
        .exec(&txn)
        .await?;
    if updated.rows_affected != 1 {
        let current = submission::Entity::find_by_id(id)
            .one(&txn)
            .await?
            .map_or(version, |s| s.version);
        return Err(version_conflict(current));
    }
    audit::record(
        &txn,
        event(
            "submission.saved",
            actor,
            &row,
            address,
            Some(json!({"version": next})),
        ),
    )
    .await?;
    txn.commit().await?;
    Ok((next, problems))
}

/// What a submit answers.
#[derive(Debug)]
pub struct Submitted {
    pub revision: i32,
    pub dropped: Vec<String>,
    pub version: i32,
}

/// Submits: a complete, valid document freezes revision N+1; otherwise every problem
/// comes back and nothing changes.
pub async fn submit(
    db: &DatabaseConnection,
    forms: &Forms,
    actor: &Actor,
    id: Uuid,
    version: i32,
    address: Option<&str>,
) -> ServiceResult<Submitted> {
    let txn = crate::store::begin_write(db).await?;
    let row = owned(&txn, actor, id).await?;
    let Some(next_status) = status_of(&row)?.after(Action::Submit) else {
        return Err(not_editable());
    };
    if row.version != version {
        return Err(version_conflict(row.version));
    }
    let c = cycle::Entity::find_by_id(row.cycle_id)
        .one(&txn)
        .await?
        .ok_or(ServiceError::NotFound)?;
    let form = form_of(&txn, forms, &c).await?;
    let empty = Map::new();
    let frozen = validate::check_submit(
        &form,
        row.answers.as_object().unwrap_or(&empty),
        Utc::now().date_naive(),
    )
    .map_err(|problems| ServiceError::Validation { problems })?;
    let unknown_files = missing_files(&txn, &form, id, &frozen.answers).await?;
    if !unknown_files.is_empty() {
        return Err(ServiceError::Validation {
            problems: unknown_files,
        });
    }
    let number = revision::Entity::find()
        .filter(revision::Column::SubmissionId.eq(id))
        .count(&txn)
        .await? as i32
        + 1;
    let now = Utc::now();
    revision::ActiveModel {
        id: Set(Uuid::new_v4()),
        submission_id: Set(id),
        number: Set(number),
        questionnaire_version_id: Set(c.questionnaire_version_id),
        answers: Set(Value::Object(frozen.answers)),
        dropped: Set(json!(frozen.dropped)),
        submitted_by: Set(Some(actor.id)),
        submitted_at: Set(now),
    }
    .insert(&txn)
    .await?;
    let next = version + 1;
    let updated = submission::Entity::update_many()
        .col_expr(
            submission::Column::Status,
            Expr::value(next_status.as_str()),
        )
        .col_expr(submission::Column::Version, Expr::value(next))
        .col_expr(submission::Column::SubmittedAt, Expr::value(now))
        .col_expr(submission::Column::UpdatedAt, Expr::value(now))
        .filter(submission::Column::Id.eq(id))
        .filter(submission::Column::Version.eq(version))
        .exec(&txn)
        .await?;
    if updated.rows_affected != 1 {
        return Err(version_conflict(version));
    }
    super::notifications::notify(
        &txn,
        super::notifications::Audience::Secretariat,
        "submitted",
        &row,
        json!({"revision": number}),
    )
    .await?;
    audit::record(
        &txn,
        event(
            "submission.submitted",
            actor,
            &row,
            address,
            Some(json!({"revision": number, "dropped": frozen.dropped})),
        ),
    )
    .await?;
    txn.commit().await?;
    Ok(Submitted {
        revision: number,
        dropped: frozen.dropped,
        version: next,
    })
}

/// The revisions of a submission the caller may see, oldest first.
pub async fn revisions(
    db: &DatabaseConnection,
    actor: &Actor,
    id: Uuid,
) -> ServiceResult<Vec<revision::Model>> {
    submission::Entity::find_by_id(id)
        .one(db)
        .await?
        .filter(|s| actor.may_see_state(&s.member_state))
        .ok_or(ServiceError::NotFound)?;
    Ok(revision::Entity::find()
        .filter(revision::Column::SubmissionId.eq(id))
        .order_by_asc(revision::Column::Number)
        .all(db)
        .await?)
}

/// One port of a focal point's home: its submission in a cycle, if started, and how far.
#[derive(Debug, Clone, serde::Serialize)]
pub struct PortRow {
    pub locode: String,
    pub name: String,
    pub submission: Option<Uuid>,
    pub status: Option<String>,
    pub answered: usize,
    pub total: usize,
}

/// An open cycle on a focal point's home.
#[derive(Debug, Clone, serde::Serialize)]
pub struct HomeCycle {
    pub cycle: super::cycles::CycleView,
    pub ports: Vec<PortRow>,
}

/// A focal point's home: their state's ports in every open cycle.
pub async fn home(
    db: &DatabaseConnection,
    forms: &Forms,
    actor: &Actor,
) -> ServiceResult<Vec<HomeCycle>> {
    let Some(state) = actor.member_state.clone() else {
        return Ok(Vec::new());
    };
    let ports = port::Entity::find()
        .filter(port::Column::MemberState.eq(state.clone()))
        .order_by_asc(port::Column::Name)
        .all(db)
        .await?;
    let today = Utc::now().date_naive();
    let mut out = Vec::new();
    for view in super::cycles::list(db).await? {
        if view.status != CycleStatus::Open {
            continue;
        }
        let c = cycle::Entity::find_by_id(view.id)
            .one(db)
            .await?
            .ok_or(ServiceError::NotFound)?;
        let form = form_of(db, forms, &c).await?;
        let subs = submission::Entity::find()
            .filter(submission::Column::CycleId.eq(view.id))
            .filter(submission::Column::MemberState.eq(state.clone()))
            .all(db)
            .await?;
        let rows = ports
            .iter()
            .map(|p| {
                let s = subs.iter().find(|s| s.port_id == Some(p.id));
                let progress = s
                    .and_then(|s| s.answers.as_object())
                    .map(|a| validate::validate(&form, a, today).progress)
                    .unwrap_or_default();
                PortRow {
                    locode: p.locode.clone(),
                    name: p.name.clone(),
                    submission: s.map(|s| s.id),
                    status: s.map(|s| s.status.clone()),
                    answered: progress.answered,
                    total: progress.total,
                }
            })
            .collect();
        out.push(HomeCycle {
            cycle: view,
            ports: rows,
        });
    }
    Ok(out)
}

/// File answers must name files uploaded to this submission for that question: an id from
/// elsewhere (or made up) is a problem, found at submit where the store can be asked.
async fn missing_files<C: ConnectionTrait>(
    conn: &C,
    form: &Form,
    submission_id: Uuid,
    answers: &Map<String, Value>,
) -> ServiceResult<Vec<Problem>> {
    use crate::questionnaire::check::Severity;
    use crate::questionnaire::definition::QuestionType;
    use crate::questionnaire::validate::{Code, Detail, Expected};
    use crate::store::entities::attachment;
    let files = attachment::Entity::find()
        .filter(attachment::Column::SubmissionId.eq(submission_id))
        .all(conn)
        .await?;
    let mut problems = Vec::new();
    for (_, q) in form
        .questions()
        .filter(|(_, q)| q.kind == QuestionType::File)
    {
        let ids: Vec<&str> = match answers.get(&q.id) {
            Some(Value::Array(items)) => items.iter().filter_map(Value::as_str).collect(),
            Some(Value::String(s)) => vec![s.as_str()],
            _ => continue,
        };
        let known = |id: &str| {
            files
                .iter()
                .any(|a| a.id.to_string() == id && a.question == q.id)
        };
        if !ids.iter().all(|id| known(id)) {
            problems.push(Problem {
                question: q.id.clone(),
                path: None,
                code: Code::Type,
                severity: Severity::Error,
                detail: Detail::Type {
                    expected: if q.multiple {
                        Expected::Files
                    } else {
                        Expected::File
                    },
                },
            });
        }
    }
    Ok(problems)
}

/// An uploaded file joins its question's answer: one more for a question taking several
/// files, the only one otherwise. Saved as a draft save (versioned, audited).
pub async fn add_file(
    db: &DatabaseConnection,
    forms: &Forms,
    actor: &Actor,
    id: Uuid,
    question: &str,
    file: Uuid,
    address: Option<&str>,
) -> ServiceResult<(i32, Vec<Problem>)> {
    let l = get(db, forms, actor, id).await?;
    let mut answers = l.row.answers.as_object().cloned().unwrap_or_default();
    let value = if l.form.question(question).is_some_and(|q| q.multiple) {
        let mut list = answers
            .get(question)
            .and_then(Value::as_array)
            .cloned()
            .unwrap_or_default();
        list.push(json!(file));
        Value::Array(list)
    } else {
        json!(file)
    };
    answers.insert(question.to_string(), value);
    let draft = Draft {
        version: l.row.version,
        answers,
        checked_section: None,
    };
    save_answers(db, forms, actor, id, draft, address).await
}

/// The sections whose missing answers are shown: those saved from their page, and all
/// of them once the submission has been submitted (a returned one is fixed as a whole).
pub fn sections_checked(row: &submission::Model, form: &Form) -> Vec<String> {
    if row.status != Status::Draft.as_str() || row.submitted_at.is_some() {
        return form.sections().iter().map(|s| s.id.clone()).collect();
    }
    row.checked_sections
        .as_ref()
        .and_then(|v| serde_json::from_value(v.clone()).ok())
        .unwrap_or_default()
}

fn checked_sections(row: &submission::Model, form: &Form, add: Option<&str>) -> Value {
    let mut ids = sections_checked(row, form);
    if let Some(section) = add.filter(|s| form.sections().iter().any(|x| &x.id == s)) {
        if !ids.iter().any(|i| i == section) {
            ids.push(section.to_string());
        }
    }
    json!(ids)
}
