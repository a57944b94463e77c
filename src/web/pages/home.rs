//! The front page: what portplans is and where to go.

use super::{here, App, Layout};
use crate::web::locale::Locale;
use rocket::http::uri::Origin;
use rocket_dyn_templates::Template;
use serde_json::json;

#[rocket::get("/")]
pub fn index(state: App<'_>, locale: Locale, uri: &Origin<'_>) -> Template {
    let layout = Layout::new(&state.i18n, locale, "home-title", &here(uri));
    let forms: Vec<_> = state
        .forms
        .latest_all()
        .iter()
        .map(|f| json!({"id": f.id(), "version": f.version(), "title": f.definition.title.get(locale.0.code())}))
        .collect();
    Template::render("home", json!({"layout": layout, "forms": forms}))
}
