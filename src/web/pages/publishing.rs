//! The secretariat's publishing pages: every resource with its stage and the buttons that
//! move it (publish, withdraw with a reason), the public files of approved reports that
//! could become resources, and one form that describes a new resource, whether it comes
//! from a summary, an attachment or an uploaded document.

use super::admin::{fail, Outcome};
use super::auth::Page;
use super::{App, Ctx};
use crate::domain::resources::{Draft, FILE_LANGUAGES};
use crate::domain::{licences, member_states};
use crate::i18n::Lang;
use crate::services::resources::{self, NewResource, Source, Suggestion, PER_PAGE};
use crate::services::ServiceError;
use crate::web::guards::{ClientAddr, CsrfField, CsrfForm, StaffActor};
use rocket::fs::TempFile;
use rocket::http::Status;
use rocket::response::Redirect;
use rocket::FromForm;
use rocket_dyn_templates::Template;
use serde_json::{json, Value};
use std::collections::{BTreeMap, BTreeSet};
use uuid::Uuid;

/// `GET /admin/resources`: every resource, newest first, and what could be published;
/// `done` and `r` say what was just done to which resource (after a redirect).
#[rocket::get("/admin/resources?<page>&<done>&<r>")]
pub async fn list(
    app: App<'_>,
    ctx: Ctx,
    staff: StaffActor,
    page: Option<u64>,
    done: Option<&str>,
    r: Option<Uuid>,
) -> Page {
    let notice = match (done, r) {
        (Some("made"), Some(_)) => Some(super::admin::done(app, &ctx, "publish-made", None)),
        (Some("published"), Some(id)) => Some(super::admin::done(
            app,
            &ctx,
            "publish-published",
            Some(format!("/resources/{id}")),
        )),
        (Some("withdrawn"), Some(id)) => Some(super::admin::done(
            app,
            &ctx,
            "publish-withdrawn",
            Some(format!("/resources/{id}")),
        )),
        _ => None,
    };
    list_page(app, ctx, staff, page.unwrap_or(1), notice, r).await
}

/// Back to the list after a change, so that reloading the page posts nothing again.
fn back(done: &str, id: Uuid) -> Page {
    Page::Go(Redirect::to(format!(
        "/admin/resources?done={done}&r={id}#r-{id}"
    )))
}

async fn list_page(
    app: App<'_>,
    ctx: Ctx,
    staff: StaffActor,
    page: u64,
    outcome: Option<Outcome>,
    mark: Option<Uuid>,
) -> Page {
    let lang = ctx.lang();
    let page = page.clamp(1, 100_000);
    let result = async {
        let (items, total) = resources::all(&app.db, &staff.0, page).await?;
        let candidates = resources::candidates(&app.db, &app.forms, &staff.0).await?;
        Ok::<_, ServiceError>((items, total, candidates))
    }
    .await;
    let (items, total, candidates) = match result {
        Ok(r) => r,
        Err(e) => return super::reporting::error_page(app, &ctx, e),
    };
    let rows: Vec<Value> = items
        .iter()
        .map(|r| {
            let mut v = super::repository::card(app, &app.i18n, lang, r);
            v["stage"] = json!(r.stage().as_str());
            v["marked"] = json!(Some(r.id) == mark);
            v
        })
        .collect();
    let candidates: Vec<Value> = candidates
        .iter()
        .map(|c| {
            let question = app
                .forms
                .latest_all()
                .iter()
                .find_map(|f| f.question(&c.question).map(|q| q.label.get(lang.code()).to_string()))
                .unwrap_or_else(|| c.question.clone());
            json!({"attachment": c.attachment, "state": member_states::name_of(&c.member_state, lang.code()),
                "port": c.port, "question": format!("{} {}", c.question, question),
                "filename": c.filename, "licence": licences::name(&c.licence),
                "size": app.i18n.size(lang, c.size.max(0) as u64), "submission": c.submission})
        })
        .collect();
    let pages = total.div_ceil(PER_PAGE).max(1);
    let status = outcome.as_ref().map_or(Status::Ok, |o| o.status);
    let layout = ctx.layout(&app.i18n, "publish-title");
    Page::Html((
        status,
        Template::render(
            "admin/resources",
            json!({"layout": layout, "rows": rows, "total": total, "page": page, "pages": pages,
                "prev": (page > 1).then(|| format!("/admin/resources?page={}", page - 1)),
                "next": (page < pages).then(|| format!("/admin/resources?page={}", page + 1)),
                "candidates": candidates, "outcome": outcome.map(|o| o.json())}),
        ),
    ))
}

#[derive(FromForm)]
pub struct Move {
    #[field(default = String::new())]
    csrf_token: String,
    #[field(default = String::new())]
    reason: String,
}

impl CsrfField for Move {
    fn csrf_token(&self) -> &str {
        &self.csrf_token
    }
}

/// `POST /admin/resources/{id}/publish`.
#[rocket::post("/admin/resources/<id>/publish", data = "<_form>")]
pub async fn publish(
    app: App<'_>,
    ctx: Ctx,
    staff: StaffActor,
    addr: ClientAddr,
    id: Uuid,
    _form: CsrfForm<Move>,
) -> Page {
    match resources::publish(
        &app.db,
        &app.forms,
        &app.catalogue,
        &staff.0,
        id,
        addr.as_deref(),
    )
    .await
    {
        Ok(_) => back("published", id),
        Err(e) => {
            let outcome = fail(app, &ctx, e);
            list_page(app, ctx, staff, 1, Some(outcome), Some(id)).await
        }
    }
}

/// `POST /admin/resources/{id}/withdraw` (`reason`).
#[rocket::post("/admin/resources/<id>/withdraw", data = "<form>")]
pub async fn withdraw(
    app: App<'_>,
    ctx: Ctx,
    staff: StaffActor,
    addr: ClientAddr,
    id: Uuid,
    form: CsrfForm<Move>,
) -> Page {
    let reason = form.0.reason;
    match resources::withdraw(
        &app.db,
        &app.forms,
        &app.catalogue,
        &staff.0,
        id,
        &reason,
        addr.as_deref(),
    )
    .await
    {
        Ok(_) => back("withdrawn", id),
        Err(e) => {
            let outcome = fail(app, &ctx, e);
            list_page(app, ctx, staff, 1, Some(outcome), Some(id)).await
        }
    }
}

/// What the describing form holds, as typed: shown again, untouched, when it is refused.
#[derive(Debug, Clone, Default, serde::Serialize)]
struct Typed {
    source: String,
    summary: Option<Uuid>,
    attachment: Option<Uuid>,
    titles: BTreeMap<String, String>,
    descriptions: BTreeMap<String, String>,
    language: String,
    licence: String,
    year: String,
    member_states: BTreeSet<String>,
    hazards: BTreeSet<String>,
    supersedes: String,
}

/// The form as a suggestion fills it in: for a summary, a title and description in each
/// language from the cycle's title; for an attachment, its file name as the title in
/// `lang` until someone writes a better one.
fn suggested(app: App<'_>, source: &str, s: Suggestion, lang: Lang) -> Typed {
    let mut titles = BTreeMap::new();
    let mut descriptions = BTreeMap::new();
    for l in FILE_LANGUAGES {
        let in_l = Lang::parse(l).unwrap_or_default();
        if let Some(cycle) = s.cycle_titles.get(l) {
            let args = [("cycle", cycle.clone())];
            titles.insert(
                l.to_string(),
                app.i18n.t_args(in_l, "publish-summary-title", &args),
            );
            descriptions.insert(
                l.to_string(),
                app.i18n.t_args(in_l, "publish-summary-description", &args),
            );
        }
    }
    let language = s.language.unwrap_or_else(|| lang.code().to_string());
    if let Some(name) = s.filename {
        titles.insert(language.clone(), name);
    }
    Typed {
        source: source.to_string(),
        titles,
        descriptions,
        language,
        licence: s.licence.unwrap_or_else(|| "CC-BY-4.0".into()),
        year: s.year.unwrap_or_else(resources::this_year).to_string(),
        member_states: s.member_states.into_iter().collect(),
        ..Typed::default()
    }
}

/// `GET /admin/resources/new?summary=…|attachment=…`: the form that describes a new
/// resource; without either, a document to upload.
#[rocket::get("/admin/resources/new?<summary>&<attachment>")]
pub async fn new(
    app: App<'_>,
    ctx: Ctx,
    staff: StaffActor,
    summary: Option<Uuid>,
    attachment: Option<Uuid>,
) -> Page {
    let attachment = attachment.filter(|_| summary.is_none());
    let source = match (summary, attachment) {
        (Some(_), _) => "summary",
        (None, Some(_)) => "attachment",
        _ => "document",
    };
    let suggestion = match resources::suggest(&app.db, &staff.0, summary, attachment).await {
        Ok(s) => s,
        Err(e) => return super::reporting::error_page(app, &ctx, e),
    };
    let mut typed = suggested(app, source, suggestion, ctx.lang());
    typed.summary = summary;
    typed.attachment = attachment;
    form_page(app, ctx, Status::Ok, typed, None).await
}

/// The describing form, with the refusal at the top and on its field when there is one.
async fn form_page(
    app: App<'_>,
    ctx: Ctx,
    status: Status,
    typed: Typed,
    error: Option<(String, &'static str)>,
) -> Page {
    let lang = ctx.lang();
    let hazards: Vec<Value> = resources::hazards(&app.forms)
        .into_iter()
        .map(|c| json!({"name": c.name, "label": c.label.get(lang.code()), "checked": typed.hazards.contains(&c.name)}))
        .collect();
    let mut states: Vec<Value> = member_states::MEMBER_STATES
        .iter()
        .map(|s| {
            json!({"code": s.code, "name": s.name(lang.code()),
                "checked": typed.member_states.contains(s.code)})
        })
        .collect();
    super::review::sort_by_name(&mut states);
    // What a correction may replace: the published resources, newest first.
    let published = match resources::newest(&app.db, 10_000).await {
        Ok(items) => items,
        Err(e) => return super::reporting::error_page(app, &ctx, e),
    };
    let replaceable: Vec<Value> = published
        .iter()
        .map(|r| json!({"id": r.id, "title": super::repository::text_in(&r.titles, lang), "selected": typed.supersedes == r.id.to_string()}))
        .collect();
    let layout = ctx.layout(&app.i18n, &format!("publish-new-{}", typed.source));
    Page::Html((
        status,
        Template::render(
            "admin/resource-new",
            json!({"layout": layout, "typed": typed, "hazards": hazards, "states": states,
                "languages": FILE_LANGUAGES,
                "licences": licences::LICENCES.iter().map(|(id, name)| json!({"id": id, "name": name})).collect::<Vec<_>>(),
                "replaceable": replaceable,
                "error": error.map(|(message, field)| json!({"message": message, "field": field}))}),
        ),
    ))
}

#[derive(FromForm)]
pub struct Describe<'r> {
    #[field(default = String::new())]
    csrf_token: String,
    #[field(default = String::new())]
    source: String,
    summary: Option<Uuid>,
    attachment: Option<Uuid>,
    file: Option<TempFile<'r>>,
    titles: BTreeMap<String, String>,
    descriptions: BTreeMap<String, String>,
    #[field(default = String::new())]
    language: String,
    #[field(default = String::new())]
    licence: String,
    #[field(default = String::new())]
    year: String,
    member_states: Vec<String>,
    hazards: Vec<String>,
    #[field(default = String::new())]
    supersedes: String,
}

impl CsrfField for Describe<'_> {
    fn csrf_token(&self) -> &str {
        &self.csrf_token
    }
}

/// The form's field a refusal is about, for the link from the top of the form.
fn field_id(field: &str) -> &'static str {
    match field {
        "description" => "r-description-en",
        "language" => "r-language",
        "licence" => "r-licence",
        "year" => "r-year",
        "member_states" => "r-states",
        "hazards" => "r-hazards",
        _ => "r-title-en",
    }
}

/// The field of a refusal that names no field itself.
fn field_of(key: &str) -> &'static str {
    match key {
        "resource-bad-year" => "r-year",
        "resource-supersedes-unpublished" => "r-supersedes",
        "file-missing" | "error-unsupported-type" | "error-too-large" => "r-file",
        _ => "r-title-en",
    }
}

/// `POST /admin/resources` (multipart): makes the unpublished resource, then back to the
/// list; a refusal shows the form again with everything typed.
#[rocket::post("/admin/resources", data = "<form>")]
pub async fn create(
    app: App<'_>,
    ctx: Ctx,
    staff: StaffActor,
    addr: ClientAddr,
    form: Result<CsrfForm<Describe<'_>>, Status>,
) -> Page {
    let f = match form {
        Ok(f) => f.0,
        Err(Status::PayloadTooLarge) => {
            return super::reporting::error_page(
                app,
                &ctx,
                ServiceError::Rule {
                    code: "too_large",
                    key: "error-too-large",
                },
            )
        }
        Err(Status::Forbidden) => {
            return super::reporting::error_page(app, &ctx, ServiceError::Forbidden)
        }
        Err(_) => {
            return super::reporting::error_page(
                app,
                &ctx,
                ServiceError::Rule {
                    code: "bad_form",
                    key: "publish-bad-form",
                },
            )
        }
    };
    let typed = Typed {
        source: f.source.clone(),
        summary: f.summary,
        attachment: f.attachment,
        titles: f.titles.clone(),
        descriptions: f.descriptions.clone(),
        language: f.language.clone(),
        licence: f.licence.clone(),
        year: f.year.clone(),
        member_states: f.member_states.iter().cloned().collect(),
        hazards: f.hazards.iter().cloned().collect(),
        supersedes: f.supersedes.clone(),
    };
    let refuse = |key: &'static str| {
        (
            Status::UnprocessableEntity,
            app.i18n.t(ctx.lang(), key),
            field_of(key),
        )
    };
    let outcome: Result<Uuid, (Status, String, &'static str)> = async {
        let source = match (f.source.as_str(), f.summary, f.attachment) {
            ("summary", Some(id), _) => Source::Summary(id),
            ("attachment", _, Some(id)) => Source::Attachment(id),
            ("document", _, _) => {
                let Some(file) = f.file.as_ref().filter(|t| t.len() > 0) else {
                    return Err(refuse("file-missing"));
                };
                // Reading the upload back is the server's failure, not the form's.
                let Ok((filename, bytes)) = crate::web::api::attachments::read_upload(file).await
                else {
                    return Err((
                        Status::InternalServerError,
                        app.i18n.t(ctx.lang(), "error-internal"),
                        "r-file",
                    ));
                };
                Source::Document { bytes, filename }
            }
            _ => return Err(refuse("publish-bad-source")),
        };
        let year = match f.year.trim().parse::<i32>() {
            Ok(y) => y,
            Err(_) => return Err(refuse("resource-bad-year")),
        };
        let supersedes = match f.supersedes.trim() {
            "" => None,
            s => Some(Uuid::parse_str(s).map_err(|_| refuse("resource-supersedes-unpublished"))?),
        };
        let draft = Draft {
            titles: f.titles,
            descriptions: f.descriptions,
            language: f.language,
            licence: f.licence,
            year,
            member_states: f.member_states,
            hazards: f.hazards,
        };
        let new = NewResource {
            source,
            draft,
            supersedes,
        };
        resources::create(
            &app.db,
            &app.forms,
            &app.blobs,
            &staff.0,
            new,
            addr.as_deref(),
        )
        .await
        .map(|v| v.id)
        .map_err(|e| {
            let field = match &e {
                ServiceError::Metadata { field, .. } => field_id(field),
                ServiceError::Rule { key, .. } | ServiceError::Conflict { key, .. } => {
                    field_of(key)
                }
                ServiceError::UnsupportedType => "r-file",
                _ => "r-title-en",
            };
            let (status, message) = super::failure(&app.i18n, ctx.lang(), e);
            (status, message, field)
        })
    }
    .await;
    match outcome {
        Ok(id) => back("made", id),
        Err((status, message, field)) => {
            form_page(app, ctx, status, typed, Some((message, field))).await
        }
    }
}
