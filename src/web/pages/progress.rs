//! The public progress pages, as e-SPAR has them: for each reporting cycle that has
//! opened, which member states have sent their reports and had them approved (counts
//! only, never contents), and, once a comparative summary of the cycle is published, the
//! section-score table that summary prints.

use super::auth::Page;
use super::reporting::error_page;
use super::{App, Ctx};
use crate::domain::cycles::Reporting;
use crate::domain::member_states;
use crate::i18n::Lang;
use crate::services::{cycles, summaries, ServiceError};
use rocket::http::Status;
use rocket_dyn_templates::Template;
use serde_json::{json, Value};
use uuid::Uuid;

/// `GET /progress`: the cycles that have opened.
#[rocket::get("/progress")]
pub async fn index(app: App<'_>, ctx: Ctx) -> Page {
    let lang = ctx.lang();
    let list = match cycles::public_list(&app.db).await {
        Ok(l) => l,
        Err(e) => return error_page(app, &ctx, e),
    };
    let items: Vec<Value> = list
        .iter()
        .map(|c| {
            json!({"id": c.id, "title": c.title_in(lang.code()), "status": c.status.as_str(),
                "opens_on": app.i18n.long_date(lang, c.opens_on),
                "closes_on": app.i18n.long_date(lang, c.closes_on)})
        })
        .collect();
    let layout = ctx.layout(&app.i18n, "progress-title");
    Page::Html((
        Status::Ok,
        Template::render("progress/index", json!({"layout": layout, "cycles": items})),
    ))
}

/// A level as the table shows it: its value with one decimal, and its band for the tint.
fn cell(app: App<'_>, lang: Lang, v: Option<f64>) -> Value {
    v.map_or(Value::Null, |v| {
        json!({"text": app.i18n.decimal(lang, v, 1), "level": v.round().clamp(1.0, 5.0) as i64})
    })
}

/// `GET /progress/{id}`: one cycle's progress per member state.
#[rocket::get("/progress/<id>")]
pub async fn cycle(app: App<'_>, ctx: Ctx, id: Uuid) -> Page {
    let lang = ctx.lang();
    let result = async {
        let (c, rows) = cycles::public_progress(&app.db, id).await?;
        let scores = summaries::published_scores(&app.db, id).await?;
        Ok::<_, ServiceError>((c, rows, scores))
    }
    .await;
    let (c, rows, scores) = match result {
        Ok(r) => r,
        Err(e) => return error_page(app, &ctx, e),
    };
    let (mut ports, mut submitted, mut approved, mut reporting) = (0, 0, 0, 0);
    let mut states: Vec<Value> = rows
        .iter()
        .map(|r| {
            ports += r.ports;
            submitted += r.submitted;
            approved += r.approved;
            reporting += u64::from(r.submitted > 0);
            let stage = Reporting::of(r.ports, r.submitted, r.approved).as_str();
            json!({"name": member_states::name_of(&r.member_state, lang.code()),
                "ports": r.ports, "submitted": r.submitted, "approved": r.approved, "stage": stage})
        })
        .collect();
    super::review::sort_by_name(&mut states);
    let form = app.forms.get(&c.form, Some(&c.version));
    let table = scores.map(|p| {
        let shown = super::scores::table(&p.table, form.as_deref(), lang, |v| cell(app, lang, v));
        json!({"resource": p.resource, "sections": shown.sections, "rows": shown.rows,
            "region": shown.region, "ports": p.table.approved_ports,
            "as_of": p.data_as_of.map(|d| app.i18n.long_date(lang, d.date_naive()))})
    });
    let title = c.title_in(lang.code()).to_string();
    let layout = ctx.layout_titled(title.clone());
    Page::Html((
        Status::Ok,
        Template::render(
            "progress/cycle",
            json!({"layout": layout, "title": title, "status": c.status.as_str(),
                "opens_on": app.i18n.long_date(lang, c.opens_on),
                "closes_on": app.i18n.long_date(lang, c.closes_on),
                "states": states,
                "totals": {"ports": ports, "submitted": submitted, "approved": approved, "reporting": reporting, "states": rows.len()},
                "table": table}),
        ),
    ))
}
