//! The secretariat's set-up pages: member states and their ports and focal points,
//! accounts, reporting cycles. Every action goes through the same services as the API.

use super::auth::{CsrfOnly, Page};
use super::{failure, App, Ctx};
use crate::services::{accounts, cycles, ports, states, ServiceError};
use crate::web::guards::{ClientAddr, CsrfField, CsrfForm, PublicBase, StaffActor};
use chrono::NaiveDate;
use rocket::http::Status;
use rocket::response::Redirect;
use rocket::FromForm;
use rocket_dyn_templates::Template;
use serde_json::{json, Value};
use uuid::Uuid;

/// What happened, shown at the top of the page after an action.
pub(super) struct Outcome {
    pub status: Status,
    pub message: String,
    pub ok: bool,
    pub link: Option<String>,
}

impl Outcome {
    pub(super) fn json(&self) -> Value {
        json!({"message": self.message, "ok": self.ok, "link": self.link})
    }
}

pub(super) fn fail(state: App<'_>, ctx: &Ctx, e: ServiceError) -> Outcome {
    let (status, message) = failure(&state.i18n, ctx.lang(), e);
    Outcome {
        status,
        message,
        ok: false,
        link: None,
    }
}

pub(super) fn done(state: App<'_>, ctx: &Ctx, key: &str, link: Option<String>) -> Outcome {
    Outcome {
        status: Status::Ok,
        message: state.i18n.t(ctx.lang(), key),
        ok: true,
        link,
    }
}

fn state_name(names: &Value, lang: &str) -> String {
    names
        .get(lang)
        .or_else(|| names.get("en"))
        .and_then(Value::as_str)
        .unwrap_or_default()
        .to_string()
}

/// `/admin`: reporting cycles and member states.
#[rocket::get("/admin")]
pub async fn dashboard(state: App<'_>, ctx: Ctx, staff: StaffActor) -> Page {
    dashboard_page(state, ctx, staff, None).await
}

async fn dashboard_page(
    state: App<'_>,
    ctx: Ctx,
    _staff: StaffActor,
    outcome: Option<Outcome>,
) -> Page {
    let lang = ctx.lang().code();
    let result = async {
        let cycles = cycles::list(&state.db).await?;
        let states = states::list(&state.db).await?;
        Ok::<_, ServiceError>((cycles, states))
    }
    .await;
    let (cycle_list, state_list) = match result {
        Ok(r) => r,
        Err(e) => {
            let (status, message) = failure(&state.i18n, ctx.lang(), e);
            let layout = ctx.layout(&state.i18n, "admin-title");
            return Page::Html((
                status,
                Template::render(
                    "error",
                    json!({"layout": layout, "status": status.code, "message": message}),
                ),
            ));
        }
    };
    let forms: Vec<Value> = state
        .forms
        .all()
        .iter()
        .map(|f| json!({"value": format!("{}@{}", f.id(), f.version()), "title": f.definition.title.get(lang), "version": f.version()}))
        .collect();
    let states_json: Vec<Value> = state_list
        .iter()
        .map(|s| json!({"code": s.code, "name": state_name(&s.names, lang), "status": s.status}))
        .collect();
    let status = outcome.as_ref().map_or(Status::Ok, |o| o.status);
    let layout = ctx.layout(&state.i18n, "admin-title");
    Page::Html((
        status,
        Template::render(
            "admin/dashboard",
            json!({
                "layout": layout,
                "cycles": cycle_list.iter().map(|c| {
                    let mut v = json!(c);
                    v["title_shown"] = json!(c.title_in(lang));
                    v
                }).collect::<Vec<_>>(),
                "states": states_json,
                "forms": forms,
                "outcome": outcome.map(|o| o.json()),
            }),
        ),
    ))
}

#[derive(FromForm)]
pub struct CycleForm {
    #[field(default = String::new())]
    csrf_token: String,
    #[field(default = String::new())]
    form: String,
    #[field(default = String::new())]
    title: String,
    #[field(default = String::new())]
    title_en: String,
    #[field(default = String::new())]
    title_es: String,
    #[field(default = String::new())]
    title_fr: String,
    #[field(default = String::new())]
    title_pt: String,
    #[field(default = String::new())]
    opens_on: String,
    #[field(default = String::new())]
    closes_on: String,
}

impl CsrfField for CycleForm {
    fn csrf_token(&self) -> &str {
        &self.csrf_token
    }
}

fn date_field(s: &str) -> Result<NaiveDate, ServiceError> {
    crate::questionnaire::validate::parse_date(s.trim()).ok_or(ServiceError::Rule {
        code: "invalid_dates",
        key: "error-date-format",
    })
}

#[rocket::post("/admin/cycles", data = "<form>")]
pub async fn create_cycle(
    state: App<'_>,
    ctx: Ctx,
    staff: StaffActor,
    addr: ClientAddr,
    form: CsrfForm<CycleForm>,
) -> Page {
    let f = form.0;
    let (form_id, version) = f.form.split_once('@').unwrap_or((f.form.as_str(), ""));
    let result = async {
        let new = cycles::NewCycle {
            form: form_id,
            version: (!version.is_empty()).then_some(version),
            title: &f.title,
            titles: [
                ("en", &f.title_en),
                ("es", &f.title_es),
                ("fr", &f.title_fr),
                ("pt", &f.title_pt),
            ]
            .into_iter()
            .map(|(l, t)| (l.to_string(), t.clone()))
            .collect(),
            opens_on: date_field(&f.opens_on)?,
            closes_on: date_field(&f.closes_on)?,
        };
        cycles::create(&state.db, &state.forms, &staff.0, new, addr.as_deref()).await
    }
    .await;
    let outcome = match result {
        Ok(_) => done(state, &ctx, "admin-cycle-created", None),
        Err(e) => fail(state, &ctx, e),
    };
    dashboard_page(state, ctx, staff, Some(outcome)).await
}

#[rocket::post("/admin/cycles/<id>/close", data = "<_form>")]
pub async fn close_cycle(
    state: App<'_>,
    ctx: Ctx,
    staff: StaffActor,
    addr: ClientAddr,
    id: Uuid,
    _form: CsrfForm<CsrfOnly>,
) -> Page {
    let outcome = match cycles::close(&state.db, &staff.0, id, addr.as_deref()).await {
        Ok(_) => done(state, &ctx, "admin-cycle-closed", None),
        Err(e) => fail(state, &ctx, e),
    };
    dashboard_page(state, ctx, staff, Some(outcome)).await
}

/// `/admin/states/{code}`: participation, ports and focal points of one state.
#[rocket::get("/admin/states/<code>")]
pub async fn member_state(state: App<'_>, ctx: Ctx, staff: StaffActor, code: &str) -> Page {
    state_page(state, ctx, staff, code, None).await
}

async fn state_page(
    state: App<'_>,
    ctx: Ctx,
    staff: StaffActor,
    code: &str,
    outcome: Option<Outcome>,
) -> Page {
    let lang = ctx.lang().code();
    let result = async {
        let s = states::get(&state.db, code).await?;
        let port_list = ports::list(&state.db, &staff.0, &s.code).await?;
        let (people, _) = accounts::list(&state.db, &staff.0, Some(&s.code), 1, 200).await?;
        Ok::<_, ServiceError>((s, port_list, people))
    }
    .await;
    let layout_title = |s: &str| ctx.layout_titled(s.to_string());
    let (s, port_list, people) = match result {
        Ok(r) => r,
        Err(e) => {
            let (status, message) = failure(&state.i18n, ctx.lang(), e);
            let layout = layout_title(&state.i18n.t(ctx.lang(), "error-page-title"));
            return Page::Html((
                status,
                Template::render(
                    "error",
                    json!({"layout": layout, "status": status.code, "message": message}),
                ),
            ));
        }
    };
    let name = state_name(&s.names, lang);
    let status = outcome.as_ref().map_or(Status::Ok, |o| o.status);
    Page::Html((
        status,
        Template::render(
            "admin/state",
            json!({
                "layout": layout_title(&name),
                "state": {"code": s.code, "alpha2": s.alpha2, "name": name, "status": s.status},
                "ports": port_list.iter().map(|p| json!({"locode": p.locode, "name": p.name})).collect::<Vec<_>>(),
                "people": people.iter().map(|u| json!({"id": u.id, "name": u.name, "email": u.email, "active": u.active, "pending": accounts::is_pending(u)})).collect::<Vec<_>>(),
                "outcome": outcome.map(|o| o.json()),
            }),
        ),
    ))
}

#[derive(FromForm)]
pub struct StatusForm {
    #[field(default = String::new())]
    csrf_token: String,
    #[field(default = String::new())]
    status: String,
}

impl CsrfField for StatusForm {
    fn csrf_token(&self) -> &str {
        &self.csrf_token
    }
}

#[rocket::post("/admin/states/<code>/status", data = "<form>")]
pub async fn set_status(
    state: App<'_>,
    ctx: Ctx,
    staff: StaffActor,
    addr: ClientAddr,
    code: &str,
    form: CsrfForm<StatusForm>,
) -> Page {
    let outcome = match states::set_status(
        &state.db,
        &staff.0,
        code,
        &form.0.status,
        addr.as_deref(),
    )
    .await
    {
        Ok(_) => done(state, &ctx, "admin-status-changed", None),
        Err(e) => fail(state, &ctx, e),
    };
    state_page(state, ctx, staff, code, Some(outcome)).await
}

#[derive(FromForm)]
pub struct PortForm {
    #[field(default = String::new())]
    csrf_token: String,
    #[field(default = String::new())]
    locode: String,
    #[field(default = String::new())]
    name: String,
}

impl CsrfField for PortForm {
    fn csrf_token(&self) -> &str {
        &self.csrf_token
    }
}

#[rocket::post("/admin/states/<code>/ports", data = "<form>")]
pub async fn add_port(
    state: App<'_>,
    ctx: Ctx,
    staff: StaffActor,
    addr: ClientAddr,
    code: &str,
    form: CsrfForm<PortForm>,
) -> Page {
    let outcome = match ports::create(
        &state.db,
        &staff.0,
        code,
        &form.0.locode,
        &form.0.name,
        addr.as_deref(),
    )
    .await
    {
        Ok(_) => done(state, &ctx, "admin-port-added", None),
        Err(e) => fail(state, &ctx, e),
    };
    state_page(state, ctx, staff, code, Some(outcome)).await
}

#[derive(FromForm)]
pub struct InviteForm {
    #[field(default = String::new())]
    csrf_token: String,
    #[field(default = String::new())]
    email: String,
    #[field(default = String::new())]
    name: String,
    #[field(default = String::new())]
    role: String,
}

impl CsrfField for InviteForm {
    fn csrf_token(&self) -> &str {
        &self.csrf_token
    }
}

async fn invite(
    state: App<'_>,
    ctx: &Ctx,
    staff: &StaffActor,
    addr: &ClientAddr,
    base: &PublicBase,
    f: &InviteForm,
    member_state: Option<&str>,
) -> Outcome {
    let role = if member_state.is_some() {
        "focal_point"
    } else {
        f.role.as_str()
    };
    let result = async {
        let account = accounts::NewAccount::parse(&f.email, &f.name, role, member_state)?;
        accounts::invite(&state.db, &staff.0, account, addr.as_deref()).await
    }
    .await;
    match result {
        Ok((u, token)) => {
            let link = format!("{}/invitations/{token}", base.0);
            state.mail_invitation(&u.email, &u.name, &link, ctx.lang());
            done(state, ctx, "admin-invited", Some(link))
        }
        Err(e) => fail(state, ctx, e),
    }
}

#[rocket::post("/admin/states/<code>/invite", data = "<form>")]
pub async fn invite_focal_point(
    state: App<'_>,
    ctx: Ctx,
    staff: StaffActor,
    addr: ClientAddr,
    base: PublicBase,
    code: &str,
    form: CsrfForm<InviteForm>,
) -> Page {
    let outcome = invite(state, &ctx, &staff, &addr, &base, &form.0, Some(code)).await;
    state_page(state, ctx, staff, code, Some(outcome)).await
}

/// `/admin/users`: every account, the secretariat's invitations, deactivation.
#[rocket::get("/admin/users")]
pub async fn users(state: App<'_>, ctx: Ctx, staff: StaffActor) -> Page {
    users_page(state, ctx, staff, None).await
}

async fn users_page(state: App<'_>, ctx: Ctx, staff: StaffActor, outcome: Option<Outcome>) -> Page {
    let people = match accounts::list(&state.db, &staff.0, None, 1, 200).await {
        Ok((p, _)) => p,
        Err(e) => {
            let (status, message) = failure(&state.i18n, ctx.lang(), e);
            let layout = ctx.layout(&state.i18n, "error-page-title");
            return Page::Html((
                status,
                Template::render(
                    "error",
                    json!({"layout": layout, "status": status.code, "message": message}),
                ),
            ));
        }
    };
    let me = staff.0.id;
    let status = outcome.as_ref().map_or(Status::Ok, |o| o.status);
    let layout = ctx.layout(&state.i18n, "admin-users-title");
    Page::Html((
        status,
        Template::render(
            "admin/users",
            json!({
                "layout": layout,
                "is_admin": staff.0.role == crate::domain::people::Role::Admin,
                "people": people.iter().map(|u| json!({
                    "id": u.id, "name": u.name, "email": u.email, "role": u.role, "member_state": u.member_state,
                    "active": u.active, "pending": accounts::is_pending(u), "me": u.id == me,
                })).collect::<Vec<_>>(),
                "outcome": outcome.map(|o| o.json()),
            }),
        ),
    ))
}

#[rocket::post("/admin/users", data = "<form>")]
pub async fn invite_staff(
    state: App<'_>,
    ctx: Ctx,
    staff: StaffActor,
    addr: ClientAddr,
    base: PublicBase,
    form: CsrfForm<InviteForm>,
) -> Page {
    let outcome = invite(state, &ctx, &staff, &addr, &base, &form.0, None).await;
    users_page(state, ctx, staff, Some(outcome)).await
}

#[derive(FromForm)]
pub struct ActiveForm {
    #[field(default = String::new())]
    csrf_token: String,
    #[field(default = String::new())]
    active: String,
}

impl CsrfField for ActiveForm {
    fn csrf_token(&self) -> &str {
        &self.csrf_token
    }
}

#[rocket::post("/admin/users/<id>/active", data = "<form>")]
pub async fn set_active(
    state: App<'_>,
    ctx: Ctx,
    staff: StaffActor,
    addr: ClientAddr,
    id: Uuid,
    form: CsrfForm<ActiveForm>,
) -> Page {
    let active = form.0.active == "true";
    let outcome = match accounts::set_active(&state.db, &staff.0, id, active, addr.as_deref()).await
    {
        Ok(_) => done(
            state,
            &ctx,
            if active {
                "admin-reactivated"
            } else {
                "admin-deactivated"
            },
            None,
        ),
        Err(e) => fail(state, &ctx, e),
    };
    users_page(state, ctx, staff, Some(outcome)).await
}

/// `/admin/states` goes to the dashboard, where the states are listed.
#[rocket::get("/admin/states")]
pub fn states_index(_staff: StaffActor) -> Redirect {
    Redirect::to("/admin#states")
}
