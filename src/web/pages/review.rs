//! The review loop on pages: the secretariat's inbox, a submission as the reviewer reads
//! it (wording, files, problems, scores, what changed, the threads, the history) with its
//! decision form; comments from either side; the progress board of a cycle; the audit log.

use super::auth::Page;
use super::reporting::{display_answer, error_page};
use super::{failure, App, Ctx};
use crate::domain::member_states;
use crate::domain::scoring;
use crate::domain::workflow::{Action, Status as Workflow};
use crate::i18n::{I18n, Lang};
use crate::questionnaire::definition::QuestionType;
use crate::questionnaire::diff;
use crate::questionnaire::validate;
use crate::services::reviews::{self, CommentView, Decision, HistoryItem};
use crate::services::submissions::{self, ListFilter};
use crate::services::{attachments, audit, cycles, ServiceError};
use crate::web::error::render_problems;
use crate::web::guards::{ClientAddr, CsrfFields, PageActor, StaffActor};
use chrono::Utc;
use rocket::http::Status;
use rocket::response::Redirect;
use rocket_dyn_templates::Template;
use serde_json::{json, Map, Value};
use std::collections::BTreeMap;
use uuid::Uuid;

fn state_name(code: &str, lang: Lang) -> String {
    member_states::name_of(code, lang.code())
}

/// Member states in the order their names read in the page's language.
pub(super) fn sort_by_name(states: &mut [Value]) {
    // Accents aside ("Belice" before "Bolivia", "Érable" among the Es), as people look.
    let key = |v: &Value| crate::domain::text::fold(v["name"].as_str().unwrap_or_default());
    states.sort_by_key(key);
}

/// Comments grouped by question; the overall thread under "".
pub(super) fn threads(comments: &[CommentView]) -> Map<String, Value> {
    let mut out = Map::new();
    for c in comments {
        let key = c.question.clone().unwrap_or_default();
        let list = out.entry(key).or_insert_with(|| Value::Array(Vec::new()));
        if let Value::Array(items) = list {
            items.push(json!({
                "body": c.body, "author": c.author, "role": c.author_role,
                "decision": c.decision, "revision": c.revision,
                "at": c.created_at.format("%Y-%m-%d %H:%M UTC").to_string(),
            }));
        }
    }
    out
}

/// The history as people read it: a run of draft saves by one person is one line.
pub(super) fn timeline(i18n: &I18n, lang: Lang, items: &[HistoryItem]) -> Vec<Value> {
    let mut out: Vec<Value> = Vec::new();
    let mut last_save: Option<(Option<String>, usize)> = None;
    for e in items {
        if e.action == "submission.saved" {
            if let Some((who, idx)) = &last_save {
                if who == &e.actor {
                    let n = out[*idx]["count"].as_u64().unwrap_or(1) + 1;
                    out[*idx]["count"] = json!(n);
                    out[*idx]["what"] = json!(i18n.t_args(
                        lang,
                        "history-saved-times",
                        &[("count", n.to_string())]
                    ));
                    continue;
                }
            }
            last_save = Some((e.actor.clone(), out.len()));
        } else {
            last_save = None;
        }
        let key = format!("history-{}", e.action.replace('.', "-"));
        let what = if i18n.has(lang, &key) || i18n.has(Lang::En, &key) {
            i18n.t_args(
                lang,
                &key,
                &[(
                    "revision",
                    e.data
                        .as_ref()
                        .and_then(|d| d.get("revision"))
                        .map(|r| r.to_string())
                        .unwrap_or_default(),
                )],
            )
        } else {
            e.action.clone()
        };
        out.push(json!({
            "at": e.at.format("%Y-%m-%d %H:%M UTC").to_string(),
            "who": e.actor, "role": e.actor_role, "what": what, "comment": e.comment, "count": 1,
        }));
    }
    out
}

/// `/admin/submissions`: the inbox.
#[rocket::get("/admin/submissions?<cycle>&<state>&<status>&<page>")]
pub async fn inbox(
    app: App<'_>,
    ctx: Ctx,
    staff: StaffActor,
    cycle: Option<&str>,
    state: Option<&str>,
    status: Option<&str>,
    page: Option<u64>,
) -> Page {
    let lang = ctx.lang();
    let cycle = cycle.and_then(|c| Uuid::parse_str(c).ok());
    let state = state
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .map(str::to_uppercase);
    let status = status
        .filter(|s| Workflow::parse(s).is_some())
        .unwrap_or("submitted")
        .to_string();
    let page = page.unwrap_or(1).clamp(1, 100_000);
    let filter = ListFilter {
        cycle,
        member_state: state.clone(),
        status: Some(status.clone()),
    };
    let result = async {
        let (rows, total, counts) = reviews::inbox(&app.db, &staff.0, filter, page, 50).await?;
        let all = cycles::list(&app.db).await?;
        Ok::<_, ServiceError>((rows, total, counts, all))
    }
    .await;
    let (rows, total, counts, all) = match result {
        Ok(r) => r,
        Err(e) => return error_page(app, &ctx, e),
    };
    let now = Utc::now();
    let query = |st: &str| {
        let mut q = vec![format!("status={st}")];
        if let Some(c) = cycle {
            q.push(format!("cycle={c}"));
        }
        if let Some(s) = &state {
            q.push(format!("state={s}"));
        }
        q.join("&")
    };
    let tabs: Vec<Value> = ["submitted", "returned", "draft", "approved"]
        .iter()
        .map(|s| {
            json!({"status": s, "count": counts.get(*s).copied().unwrap_or(0),
            "current": *s == status, "href": format!("/admin/submissions?{}", query(s))})
        })
        .collect();
    let items: Vec<Value> = rows
        .iter()
        .map(|r| {
            let days = (now - r.waiting_since).num_days().max(0);
            let cycle_title = all
                .iter()
                .find(|c| c.id == r.cycle)
                .map_or_else(|| r.cycle_title.clone(), |c| c.title_in(lang.code()).to_string());
            json!({"id": r.id, "port": r.port, "locode": r.locode, "state": state_name(&r.member_state, lang),
                "state_code": r.member_state, "cycle": cycle_title, "revision": r.revision, "status": r.status,
                "since": r.waiting_since.format("%Y-%m-%d").to_string(), "days": days})
        })
        .collect();
    let mut states: Vec<Value> = member_states::MEMBER_STATES
        .iter()
        .map(|s| json!({"code": s.code, "name": s.name(lang.code()), "selected": state.as_deref() == Some(s.code)}))
        .collect();
    sort_by_name(&mut states);
    let layout = ctx.layout(&app.i18n, "inbox-title");
    let pages = total.div_ceil(50).max(1);
    Page::Html((
        Status::Ok,
        Template::render(
            "admin/inbox",
            json!({
                "layout": layout, "items": items, "tabs": tabs, "total": total, "status": status,
                "cycles": all.iter().map(|c| json!({"id": c.id, "title": c.title_in(lang.code()), "selected": Some(c.id) == cycle})).collect::<Vec<_>>(),
                "states": states, "page": page, "pages": pages,
                "prev": (page > 1).then(|| format!("/admin/submissions?{}&page={}", query(&status), page - 1)),
                "next": (page < pages).then(|| format!("/admin/submissions?{}&page={}", query(&status), page + 1)),
            }),
        ),
    ))
}

/// What the reviewer typed, kept when a decision is refused.
#[derive(Default)]
struct Typed {
    comment: String,
    questions: BTreeMap<String, String>,
}

/// `/admin/submissions/{id}`: the submission as the reviewer reads it, and the decision.
#[rocket::get("/admin/submissions/<id>?<done>")]
pub async fn submission(
    app: App<'_>,
    ctx: Ctx,
    staff: StaffActor,
    id: Uuid,
    done: Option<&str>,
) -> Page {
    let notice = done
        .filter(|d| matches!(*d, "returned" | "approved" | "reopened" | "commented"))
        .map(
            |d| json!({"ok": true, "message": app.i18n.t(ctx.lang(), &format!("review-done-{d}"))}),
        );
    review_page(app, &ctx, &staff, id, Status::Ok, notice, Typed::default()).await
}

async fn review_page(
    app: App<'_>,
    ctx: &Ctx,
    staff: &StaffActor,
    id: Uuid,
    status: Status,
    notice: Option<Value>,
    typed: Typed,
) -> Page {
    let lang = ctx.lang();
    let code = lang.code();
    let who = &staff.0;
    let loaded = async {
        let l = submissions::get(&app.db, &app.forms, who, id).await?;
        let revisions = submissions::revisions(&app.db, who, id).await?;
        let comments = reviews::comments(&app.db, who, id).await?;
        let history = reviews::history(&app.db, who, id).await?;
        let files = attachments::of_submission(&app.db, who, id).await?;
        Ok::<_, ServiceError>((l, revisions, comments, history, files))
    }
    .await;
    let (l, revisions, comments, history, files) = match loaded {
        Ok(r) => r,
        Err(e) => return error_page(app, ctx, e),
    };
    crate::services::notifications::mark_read_about(&app.db, who, id)
        .await
        .ok();
    // The reviewer reads the latest frozen revision; before any, the draft as it stands.
    let latest = revisions.last();
    let answers: Map<String, Value> = latest
        .map(|r| r.answers.clone())
        .unwrap_or_else(|| l.row.answers.clone())
        .as_object()
        .cloned()
        .unwrap_or_default();
    let previous: Option<Map<String, Value>> = revisions
        .len()
        .checked_sub(2)
        .and_then(|i| revisions.get(i))
        .and_then(|r| r.answers.as_object().cloned());
    let changes: BTreeMap<String, diff::Change> = previous
        .as_ref()
        .map(|p| diff::diff(&l.form, p, &answers))
        .unwrap_or_default()
        .into_iter()
        .map(|c| (c.question.clone(), c))
        .collect();
    let report = validate::validate(&l.form, &answers, Utc::now().date_naive());
    let score = scoring::score(&l.form, &report);
    let problems = render_problems(&app.i18n, lang, &report.problems);
    let threads = threads(&comments);
    let empty = Map::new();
    let sections: Vec<Value> = l
        .form
        .sections()
        .iter()
        .map(|s| {
            let items: Vec<Value> = s
                .questions
                .iter()
                .filter(|q| q.kind != QuestionType::Note)
                .filter(|q| {
                    report.relevant.get(&q.id).copied().unwrap_or(false)
                        || changes.contains_key(&q.id)
                        || threads.contains_key(&q.id)
                })
                .map(|q| {
                    let before = changes.get(&q.id).map(|c| {
                        let mut prev = empty.clone();
                        if let Some(b) = &c.before {
                            prev.insert(q.id.clone(), b.clone());
                        }
                        display_answer(
                            &app.i18n,
                            lang,
                            &l,
                            q,
                            previous.as_ref().unwrap_or(&prev),
                            &files,
                        )
                    });
                    let own: Vec<&crate::web::error::ProblemOut> =
                        problems.iter().filter(|p| p.question == q.id).collect();
                    let level = score
                        .sections
                        .iter()
                        .flat_map(|s| &s.questions)
                        .find(|x| x.question == q.id)
                        .map(|x| x.level);
                    json!({
                        "id": q.id, "label": q.label.get(code),
                        "answer": display_answer(&app.i18n, lang, &l, q, &answers, &files),
                        "changed": changes.contains_key(&q.id), "before": before,
                        "problems": own, "level": level,
                        "thread": threads.get(&q.id), "typed": typed.questions.get(&q.id),
                        "sensitive": l.form.is_sensitive(&q.id),
                    })
                })
                .collect();
            let section_score = score.sections.iter().find(|x| x.section == s.id);
            json!({"id": s.id, "title": s.title.get(code), "items": items,
                "percent": section_score.and_then(|x| x.percent).map(|p| p.round() as i64)})
        })
        .collect();
    let wf = Workflow::parse(&l.row.status);
    let port = l
        .port
        .as_ref()
        .map(|p| json!({"name": p.name, "locode": p.locode}));
    let title = format!(
        "{} — {}",
        app.i18n.t(lang, "review-secretariat-title"),
        l.port.as_ref().map_or("", |p| p.name.as_str())
    );
    let cycle_title = cycles::get(&app.db, l.cycle.id)
        .await
        .map(|c| c.title_in(code).to_string())
        .unwrap_or_else(|_| l.cycle.title.clone());
    let questions: Vec<Value> = l
        .form
        .questions()
        .filter(|(_, q)| q.kind != QuestionType::Note)
        .map(|(_, q)| json!({"id": q.id, "label": q.label.get(code)}))
        .collect();
    let layout = ctx.layout_titled(title);
    Page::Html((
        status,
        Template::render(
            "admin/review",
            json!({
                "layout": layout,
                "submission": {"id": l.row.id, "status": l.row.status, "port": port,
                    "state": state_name(&l.row.member_state, lang), "cycle": cycle_title,
                    "revision": latest.map(|r| r.number), "revision_at": latest.map(|r| r.submitted_at.format("%Y-%m-%d %H:%M UTC").to_string()),
                    "previous": latest.map(|r| r.number - 1).filter(|n| *n > 0)},
                "may_decide": wf.and_then(|w| w.after(Action::Approve)).is_some(),
                "may_reopen": wf.and_then(|w| w.after(Action::Reopen)).is_some(),
                "sections": sections,
                "score": score.percent.map(|p| p.round() as i64),
                "errors": report.problems.iter().filter(|p| p.is_error()).count(),
                "warnings": report.problems.iter().filter(|p| !p.is_error()).count(),
                "changed": changes.len(),
                // In the questionnaire's order, for links to each.
                "changed_ids": l.form.questions().filter(|(_, q)| changes.contains_key(&q.id)).map(|(_, q)| q.id.clone()).collect::<Vec<_>>(),
                "overall": threads.get(""),
                "history": timeline(&app.i18n, lang, &history),
                "questions": questions,
                "typed_comment": typed.comment,
                "notice": notice,
            }),
        ),
    ))
}

/// Return, approve or reopen from the review page; a refusal keeps what was typed.
#[rocket::post("/admin/submissions/<id>/decide", data = "<form>")]
pub async fn decide(
    app: App<'_>,
    ctx: Ctx,
    staff: StaffActor,
    addr: ClientAddr,
    id: Uuid,
    form: CsrfFields,
) -> Page {
    let typed = Typed {
        comment: form.get("comment").unwrap_or_default().to_string(),
        questions: form
            .0
            .iter()
            .filter_map(|(k, v)| Some((k.strip_prefix("q.")?.to_string(), v.clone())))
            .filter(|(_, v)| !v.trim().is_empty())
            .collect(),
    };
    let action = match form.get("decision") {
        Some("return") => Action::Return,
        Some("approve") => Action::Approve,
        Some("reopen") => Action::Reopen,
        // The comments only, no decision: kept all together, the state told.
        Some("comment") => {
            let mut items: Vec<(Option<String>, String)> = typed
                .questions
                .iter()
                .map(|(q, t)| (Some(q.clone()), t.clone()))
                .collect();
            if !typed.comment.trim().is_empty() {
                items.insert(0, (None, typed.comment.clone()));
            }
            return match reviews::add_comments(
                &app.db,
                &app.forms,
                &staff.0,
                id,
                items,
                addr.as_deref(),
            )
            .await
            {
                Ok(_) => Page::Go(Redirect::to(format!(
                    "/admin/submissions/{id}?done=commented"
                ))),
                Err(e) => {
                    let (status, message) = failure(&app.i18n, ctx.lang(), e);
                    let notice = json!({"ok": false, "message": message});
                    review_page(app, &ctx, &staff, id, status, Some(notice), typed).await
                }
            };
        }
        _ => return error_page(app, &ctx, ServiceError::Invalid("no decision".into())),
    };
    let decision = Decision {
        comment: Some(typed.comment.clone()),
        // Comments typed on questions go with whichever decision is taken.
        questions: typed.questions.clone(),
    };
    match reviews::decide(
        &app.db,
        &app.forms,
        &staff.0,
        id,
        action,
        decision,
        addr.as_deref(),
    )
    .await
    {
        Ok(s) => {
            let done = match Workflow::parse(&s.status) {
                Some(Workflow::Approved) => "approved",
                _ if action == Action::Reopen => "reopened",
                _ => "returned",
            };
            Page::Go(Redirect::to(format!("/admin/submissions/{id}?done={done}")))
        }
        Err(e) => {
            let (status, message) = failure(&app.i18n, ctx.lang(), e);
            let notice = json!({"ok": false, "message": message});
            review_page(app, &ctx, &staff, id, status, Some(notice), typed).await
        }
    }
}

/// Where a comment form may send its writer back: their own pages only.
fn back_to(raw: Option<&str>, id: Uuid) -> String {
    let fallback = format!("/submissions/{id}/review");
    match raw {
        Some(b)
            if (b.starts_with(&format!("/submissions/{id}/"))
                || b.starts_with(&format!("/admin/submissions/{id}")))
                && !b.contains("//")
                && b.chars()
                    .all(|c| c.is_ascii_alphanumeric() || "/-_.?=&".contains(c))
                && rocket::http::uri::Origin::parse(b).is_ok() =>
        {
            b.to_string()
        }
        _ => fallback,
    }
}

/// A comment or a reply from a page, by the owner state or the secretariat.
#[rocket::post("/submissions/<id>/comments", data = "<form>")]
pub async fn comment(
    app: App<'_>,
    ctx: Ctx,
    who: PageActor,
    addr: ClientAddr,
    id: Uuid,
    form: CsrfFields,
) -> Page {
    let question = form.get("question").filter(|q| !q.is_empty());
    let body = form.get("body").unwrap_or_default();
    let back = back_to(form.get("back"), id);
    match reviews::add_comment(
        &app.db,
        &app.forms,
        &who.0,
        id,
        question,
        body,
        addr.as_deref(),
    )
    .await
    {
        Ok(c) => {
            let sep = if back.contains('?') { '&' } else { '?' };
            let anchor = c
                .question
                .map(|q| format!("#q-{q}"))
                .unwrap_or_else(|| "#comments".into());
            Page::Go(Redirect::to(format!("{back}{sep}done=commented{anchor}")))
        }
        Err(e) => error_page(app, &ctx, e),
    }
}

/// `/admin/cycles/{id}`: the progress board, state by state.
#[rocket::get("/admin/cycles/<id>?<summary>")]
pub async fn board(
    app: App<'_>,
    ctx: Ctx,
    staff: StaffActor,
    id: Uuid,
    summary: Option<Uuid>,
) -> Page {
    let lang = ctx.lang();
    let asked = summary;
    let result = async {
        let c = cycles::get(&app.db, id).await?;
        let rows = cycles::progress(&app.db, &staff.0, id).await?;
        let summary = crate::services::summaries::model(&app.db, &app.forms, &staff.0, id).await?;
        let made = crate::services::summaries::list(&app.db, &staff.0, id).await?;
        Ok::<_, ServiceError>((c, rows, summary, made))
    }
    .await;
    let (c, rows, summary, made) = match result {
        Ok(r) => r,
        Err(e) => return error_page(app, &ctx, e),
    };
    let mut totals = cycles::StateProgress::default();
    let states: Vec<Value> = rows
        .iter()
        .map(|r| {
            totals.ports += r.ports;
            totals.not_started += r.not_started;
            totals.drafts += r.drafts;
            totals.submitted += r.submitted;
            totals.returned += r.returned;
            totals.approved += r.approved;
            totals.overdue += r.overdue;
            let mut v = json!(r);
            v["name"] = json!(state_name(&r.member_state, lang));
            v
        })
        .collect();
    let mut states = states;
    sort_by_name(&mut states);
    let title = c.title_in(lang.code()).to_string();
    let layout = ctx.layout_titled(title.clone());
    // Section scores: each cell's percentage printed, its level (1–5) named and tinted.
    let cell = |level: Option<f64>| {
        level.map(
            |l| json!({"percent": (l / 5.0 * 100.0).round() as i64, "level": l.round() as i64}),
        )
    };
    let form = app.forms.get(&c.form, Some(&c.version));
    let shown = super::scores::table(&summary.score_table(), form.as_deref(), lang, |l| {
        cell(l).unwrap_or(Value::Null)
    });
    let (sections, scores, regional) = (shown.sections, shown.rows, shown.region);
    Page::Html((
        Status::Ok,
        Template::render(
            "admin/board",
            json!({"layout": layout, "cycle": c, "title": title, "states": states, "totals": totals,
                "sections": sections, "scores": scores, "regional": regional,
                "approved_ports": summary.approved_ports,
                "summaries": made.iter().map(|s| super::summaries::row(&app.i18n, lang, s)).collect::<Vec<_>>(),
                "asked": made.iter().find(|s| Some(s.id) == asked).map(|s| s.status)}),
        ),
    ))
}

/// `/admin/audit`: the audit log, filtered.
#[allow(clippy::too_many_arguments)]
#[rocket::get("/admin/audit?<entity>&<actor>&<action>&<since>&<until>&<page>")]
pub async fn audit_log(
    app: App<'_>,
    ctx: Ctx,
    staff: StaffActor,
    entity: Option<&str>,
    actor: Option<&str>,
    action: Option<&str>,
    since: Option<&str>,
    until: Option<&str>,
    page: Option<u64>,
) -> Page {
    let clean = |s: Option<&str>| {
        s.map(str::trim)
            .filter(|s| !s.is_empty())
            .map(str::to_string)
    };
    let day =
        |s: Option<&str>| clean(s).and_then(|d| crate::questionnaire::validate::parse_date(&d));
    let page = page.unwrap_or(1).clamp(1, 100_000);
    let filter = audit::Filter {
        entity: clean(entity),
        entity_id: None,
        actor: clean(actor).and_then(|a| Uuid::parse_str(&a).ok()),
        actor_email: clean(actor).filter(|a| Uuid::parse_str(a).is_err()),
        action: clean(action),
        since: day(since).map(|d| d.and_time(chrono::NaiveTime::MIN).and_utc()),
        // "Until" a day includes that day.
        until: day(until).map(|d| {
            (d + chrono::Duration::days(1))
                .and_time(chrono::NaiveTime::MIN)
                .and_utc()
        }),
    };
    let (items, total) = match audit::list(&app.db, &staff.0, filter, page, 100).await {
        Ok(r) => r,
        Err(e) => return error_page(app, &ctx, e),
    };
    let rows: Vec<Value> = items
        .iter()
        .map(|e| {
            let link =
                (e.entity == "submission").then(|| format!("/admin/submissions/{}", e.entity_id));
            json!({"at": e.at.format("%Y-%m-%d %H:%M:%S UTC").to_string(), "who": e.actor_name,
                "action": e.action, "entity": e.entity, "entity_id": e.entity_id, "link": link,
                "state": e.member_state, "address": e.address, "comment": e.comment})
        })
        .collect();
    let keep = |name: &str, v: Option<&str>| {
        clean(v).map(|v| format!("{name}={}", rocket::http::RawStr::new(&v).percent_encode()))
    };
    let query: Vec<String> = [
        keep("entity", entity),
        keep("actor", actor),
        keep("action", action),
        keep("since", since),
        keep("until", until),
    ]
    .into_iter()
    .flatten()
    .collect();
    let query = query.join("&");
    let pages = total.div_ceil(100).max(1);
    let layout = ctx.layout(&app.i18n, "audit-title");
    Page::Html((
        Status::Ok,
        Template::render(
            "admin/audit",
            json!({
                "layout": layout, "rows": rows, "total": total, "page": page, "pages": pages,
                "filter": {"entity": clean(entity), "actor": clean(actor), "action": clean(action), "since": clean(since), "until": clean(until)},
                "prev": (page > 1).then(|| format!("/admin/audit?{query}&page={}", page - 1)),
                "next": (page < pages).then(|| format!("/admin/audit?{query}&page={}", page + 1)),
            }),
        ),
    ))
}
