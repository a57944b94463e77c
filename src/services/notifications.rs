//! Notices: written in the transaction of the change they tell of (a report submitted,
//! returned, approved, reopened), listed in each reader's in-app list, and mailed after
//! the commit by [`deliver_due`] when mail is configured. A mail that fails is retried
//! later and logged; it never blocks or undoes the change.

use super::{ServiceError, ServiceResult};
use crate::domain::people::{Actor, Role};
use crate::i18n::{I18n, Lang};
use crate::mail::Mailer;
use crate::store::entities::{notification, port, submission, user};
use chrono::{DateTime, Duration, Utc};
use sea_orm::sea_query::Expr;
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, DatabaseConnection, DbErr, EntityTrait,
    PaginatorTrait, QueryFilter, QueryOrder, QuerySelect, Set,
};
use serde::Serialize;
use serde_json::Value;
use uuid::Uuid;

pub const PENDING: &str = "pending";
pub const SENT: &str = "sent";
pub const FAILED: &str = "failed";
/// Tries before a mail is given up (the notice stays in the in-app list).
pub const MAX_ATTEMPTS: i32 = 5;
/// Notices older than this are not mailed any more (say, mail configured later).
const MAIL_WINDOW_DAYS: i64 = 7;

/// Who is told.
pub enum Audience<'a> {
    /// The active focal points of the submission's member state.
    State(&'a str),
    /// The active secretariat and administrators.
    Secretariat,
}

/// Writes one notice per person of `audience`, on `conn` (the change's transaction). The
/// notice names the report (port, LOCODE, member state) and carries `extra` (the
/// revision, a comment…).
pub async fn notify<C: ConnectionTrait>(
    conn: &C,
    audience: Audience<'_>,
    kind: &str,
    row: &submission::Model,
    extra: Value,
) -> Result<usize, DbErr> {
    let port = match row.port_id {
        Some(id) => port::Entity::find_by_id(id).one(conn).await?,
        None => None,
    };
    let mut data = serde_json::json!({"port": port.as_ref().map(|p| &p.name),
        "locode": port.as_ref().map(|p| &p.locode), "member_state": row.member_state});
    if let (Some(d), Value::Object(more)) = (data.as_object_mut(), extra) {
        d.extend(more);
    }
    let people = match audience {
        Audience::State(code) => user::Entity::find()
            .filter(user::Column::Role.eq(Role::FocalPoint.as_str()))
            .filter(user::Column::MemberState.eq(code)),
        Audience::Secretariat => user::Entity::find()
            .filter(user::Column::Role.is_in([Role::Secretariat.as_str(), Role::Admin.as_str()])),
    }
    .filter(user::Column::Active.eq(true))
    .filter(user::Column::PasswordHash.is_not_null())
    .all(conn)
    .await?;
    let now = Utc::now();
    for u in &people {
        notification::ActiveModel {
            id: Set(Uuid::new_v4()),
            user_id: Set(u.id),
            kind: Set(kind.to_string()),
            submission_id: Set(Some(row.id)),
            data: Set(Some(data.clone())),
            created_at: Set(now),
            read_at: Set(None),
            mail_status: Set(PENDING.into()),
            mail_attempts: Set(0),
            mail_next_at: Set(now),
            mail_sent_at: Set(None),
            mail_error: Set(None),
        }
        .insert(conn)
        .await?;
    }
    Ok(people.len())
}

/// A notice as its reader sees it.
#[derive(Debug, Clone, Serialize)]
pub struct NoticeView {
    pub id: Uuid,
    pub kind: String,
    pub submission: Option<Uuid>,
    pub data: Option<Value>,
    pub created_at: DateTime<Utc>,
    pub read: bool,
}

/// The reader's notices, newest first, and how many are unread.
pub async fn list(
    db: &DatabaseConnection,
    actor: &Actor,
    page: u64,
    per_page: u64,
) -> ServiceResult<(Vec<NoticeView>, u64, u64)> {
    let pages = notification::Entity::find()
        .filter(notification::Column::UserId.eq(actor.id))
        .order_by_desc(notification::Column::CreatedAt)
        .paginate(db, per_page.clamp(1, 200));
    let total = pages.num_items().await?;
    let rows = pages.fetch_page(page.saturating_sub(1)).await?;
    let items = rows
        .into_iter()
        .map(|n| NoticeView {
            id: n.id,
            kind: n.kind,
            submission: n.submission_id,
            data: n.data,
            created_at: n.created_at,
            read: n.read_at.is_some(),
        })
        .collect();
    Ok((items, total, unread(db, actor).await?))
}

pub async fn unread(db: &DatabaseConnection, actor: &Actor) -> ServiceResult<u64> {
    Ok(notification::Entity::find()
        .filter(notification::Column::UserId.eq(actor.id))
        .filter(notification::Column::ReadAt.is_null())
        .count(db)
        .await?)
}

/// Marks the reader's notices read (one, or all). Someone else's notice is not found.
pub async fn mark_read(
    db: &DatabaseConnection,
    actor: &Actor,
    id: Option<Uuid>,
) -> ServiceResult<u64> {
    let mut q = notification::Entity::update_many()
        .col_expr(notification::Column::ReadAt, Expr::value(Utc::now()))
        .filter(notification::Column::UserId.eq(actor.id))
        .filter(notification::Column::ReadAt.is_null());
    if let Some(id) = id {
        q = q.filter(notification::Column::Id.eq(id));
    }
    let n = q.exec(db).await?.rows_affected;
    if id.is_some() && n == 0 {
        // Already read is fine; not the reader's (or no such notice) is not.
        let mine = notification::Entity::find_by_id(id.unwrap_or_default())
            .filter(notification::Column::UserId.eq(actor.id))
            .count(db)
            .await?;
        if mine == 0 {
            return Err(ServiceError::NotFound);
        }
    }
    Ok(n)
}

/// The reader opened the report: their notices about it are read.
pub async fn mark_read_about(
    db: &DatabaseConnection,
    actor: &Actor,
    submission: Uuid,
) -> ServiceResult<u64> {
    Ok(notification::Entity::update_many()
        .col_expr(notification::Column::ReadAt, Expr::value(Utc::now()))
        .filter(notification::Column::UserId.eq(actor.id))
        .filter(notification::Column::SubmissionId.eq(submission))
        .filter(notification::Column::ReadAt.is_null())
        .exec(db)
        .await?
        .rows_affected)
}

/// The text of a notice in `lang`: its subject line and its body.
pub fn render(
    i18n: &I18n,
    lang: Lang,
    kind: &str,
    data: Option<&Value>,
    link: &str,
) -> (String, String) {
    let get = |k: &str| {
        data.and_then(|d| d.get(k))
            .map(|v| v.as_str().map_or_else(|| v.to_string(), str::to_string))
            .unwrap_or_default()
    };
    let state = crate::domain::member_states::name_of(&get("member_state"), lang.code());
    let args = [
        ("port", get("port")),
        ("locode", get("locode")),
        ("state", state),
        ("revision", get("revision")),
        ("comment", get("comment")),
        ("link", link.to_string()),
    ];
    (
        i18n.t_args(lang, &format!("notice-{kind}"), &args),
        i18n.t_args(lang, &format!("mail-{kind}"), &args),
    )
}

/// Backoff after the n-th failed try: 1, 4, 16, 64 minutes.
fn retry_after(attempts: i32) -> Duration {
    Duration::minutes(4_i64.pow(u32::try_from(attempts.clamp(1, 5) - 1).unwrap_or(0)))
}

/// Mails the notices that are due, a batch at a time; returns how many were sent. Several
/// servers may run this at once: each notice is claimed before it is sent.
pub async fn deliver_due(
    db: &DatabaseConnection,
    mailer: &Mailer,
    i18n: &I18n,
    public_url: Option<&str>,
) -> Result<usize, DbErr> {
    let now = Utc::now();
    let due = notification::Entity::find()
        .filter(notification::Column::MailStatus.eq(PENDING))
        .filter(notification::Column::MailNextAt.lte(now))
        .filter(notification::Column::CreatedAt.gte(now - Duration::days(MAIL_WINDOW_DAYS)))
        .order_by_asc(notification::Column::MailNextAt)
        .limit(50)
        .all(db)
        .await?;
    let mut sent = 0;
    for n in due {
        // Claim: push the next try forward while this one runs; a server that lost the
        // race sees no row change and leaves it.
        let claimed = notification::Entity::update_many()
            .col_expr(
                notification::Column::MailAttempts,
                Expr::value(n.mail_attempts + 1),
            )
            .col_expr(
                notification::Column::MailNextAt,
                Expr::value(now + retry_after(n.mail_attempts + 1)),
            )
            .filter(notification::Column::Id.eq(n.id))
            .filter(notification::Column::MailAttempts.eq(n.mail_attempts))
            .filter(notification::Column::MailStatus.eq(PENDING))
            .exec(db)
            .await?;
        if claimed.rows_affected != 1 {
            continue;
        }
        let Some(to) = user::Entity::find_by_id(n.user_id).one(db).await? else {
            continue;
        };
        let lang = to
            .language
            .as_deref()
            .and_then(Lang::parse)
            .unwrap_or_default();
        let path = match (n.submission_id, to.role.as_str()) {
            (Some(s), "focal_point") => format!("/submissions/{s}/review"),
            (Some(s), _) => format!("/admin/submissions/{s}"),
            (None, _) => "/".into(),
        };
        let link = format!("{}{path}", public_url.unwrap_or(""));
        let (subject, body) = render(i18n, lang, &n.kind, n.data.as_ref(), &link);
        let outcome = mailer.send(&to.email, &subject, &body).await;
        let mut m: notification::ActiveModel = n.clone().into();
        m.mail_attempts = Set(n.mail_attempts + 1);
        match outcome {
            Ok(()) => {
                m.mail_status = Set(SENT.into());
                m.mail_sent_at = Set(Some(Utc::now()));
                m.mail_error = Set(None);
                sent += 1;
                log::info!("mailed notice {} ({}) to {}", n.id, n.kind, to.email);
            }
            Err(e) => {
                let last = n.mail_attempts + 1 >= MAX_ATTEMPTS;
                log::warn!(
                    "mail of notice {} to {} failed (try {}{}): {e}",
                    n.id,
                    to.email,
                    n.mail_attempts + 1,
                    if last { ", giving up" } else { ", will retry" }
                );
                if last {
                    m.mail_status = Set(FAILED.into());
                }
                m.mail_next_at = Set(Utc::now() + retry_after(n.mail_attempts + 1));
                m.mail_error = Set(Some(e));
            }
        }
        m.update(db).await?;
    }
    Ok(sent)
}
