//! The front page: what portplans is and where to go.

use super::{App, Ctx};
use rocket_dyn_templates::Template;
use serde_json::json;

#[rocket::get("/")]
pub fn index(state: App<'_>, ctx: Ctx) -> Template {
    let locale = ctx.locale;
    let layout = ctx.layout(&state.i18n, "home-title");
    let forms: Vec<_> = state
        .forms
        .latest_all()
        .iter()
        .map(|f| json!({"id": f.id(), "version": f.version(), "title": f.definition.title.get(locale.0.code())}))
        .collect();
    Template::render("home", json!({"layout": layout, "forms": forms}))
}
