//! The public repository's pages, for anyone, in the reader's language: the catalogue
//! (search, facets with counts, pages of results) and a page per resource with its
//! metadata, checksum and download.

use super::auth::Page;
use super::reporting::error_page;
use super::{App, Ctx};
use crate::domain::{licences, member_states};
use crate::i18n::{I18n, Lang};
use crate::services::resources::{self, Asked, Query, ResourceView, PER_PAGE};
use rocket::http::RawStr;
use rocket::http::Status;
use rocket::response::content::RawHtml;
use rocket_dyn_templates::{Metadata, Template};
use serde_json::{json, Value};
use std::sync::Arc;
use uuid::Uuid;

/// A resource's text in `lang`, else in another language (English first).
pub(super) fn text_in(v: &Value, lang: Lang) -> String {
    std::iter::once(lang.code())
        .chain(["en", "es", "fr", "pt"])
        .find_map(|l| v.get(l).and_then(Value::as_str).filter(|t| !t.is_empty()))
        .unwrap_or_default()
        .to_string()
}

/// The hazard's label in `lang`, from the questionnaires' list.
fn hazard_label(app: App<'_>, name: &str, lang: Lang) -> String {
    resources::hazards(&app.forms)
        .into_iter()
        .find(|c| c.name == name)
        .map(|c| c.label.get(lang.code()).to_string())
        .unwrap_or_else(|| name.to_string())
}

fn label(app: App<'_>, i18n: &I18n, lang: Lang, facet: &str, value: &str) -> String {
    match facet {
        "kind" => i18n.t(lang, &format!("resource-kind-{value}")),
        "member_state" => member_states::name_of(value, lang.code()),
        "hazard" => hazard_label(app, value, lang),
        "language" => i18n.t(lang, &format!("language-name-{value}")),
        "licence" => licences::name(value).to_string(),
        _ => value.to_string(),
    }
}

/// A resource as a page shows it.
pub(super) fn card(app: App<'_>, i18n: &I18n, lang: Lang, r: &ResourceView) -> Value {
    json!({
        "id": r.id,
        "title": text_in(&r.titles, lang),
        "description": text_in(&r.descriptions, lang),
        "kind": label(app, i18n, lang, "kind", &r.kind),
        "language": label(app, i18n, lang, "language", &r.language),
        "licence": licences::name(&r.licence),
        "year": r.year,
        "size": i18n.size(lang, r.size.max(0) as u64),
        "published": r.published_at.map(|d| i18n.long_date(lang, d.date_naive())),
        "withdrawn": r.withdrawn_at.map(|d| i18n.long_date(lang, d.date_naive())),
        "withdrawal_reason": r.withdrawal_reason,
        "sha256": r.sha256,
        "media_type": r.media_type,
        "filename": r.filename,
        "downloads": r.downloads,
        "member_states": r.member_states.iter().map(|c| member_states::name_of(c, lang.code())).collect::<Vec<_>>(),
        "hazards": r.hazards.iter().map(|h| hazard_label(app, h, lang)).collect::<Vec<_>>(),
        "supersedes": r.supersedes,
        "superseded_by": r.superseded_by,
    })
}

/// The catalogue's address with one filter changed (None removes it), back on page 1.
fn href(query: &[(&str, Option<String>)], set: (&str, Option<&str>)) -> String {
    let parts: Vec<String> = query
        .iter()
        .map(|(k, v)| {
            if *k == set.0 {
                (*k, set.1.map(str::to_string))
            } else {
                (*k, v.clone())
            }
        })
        .filter(|(k, _)| *k != "page")
        .filter_map(|(k, v)| {
            v.filter(|v| !v.is_empty())
                .map(|v| format!("{k}={}", RawStr::new(&v).percent_encode()))
        })
        .collect();
    if parts.is_empty() {
        "/resources".into()
    } else {
        format!("/resources?{}", parts.join("&"))
    }
}

/// `GET /resources`: search and browse the published resources.
#[rocket::get("/resources?<asked..>")]
pub async fn catalogue(app: App<'_>, ctx: Ctx, templates: Metadata<'_>, asked: Asked) -> Page {
    let lang = ctx.lang();
    let query = Query::from(asked);
    // An anonymous visitor's page is the same for all of them: kept, once rendered.
    let generation = app.catalogue.generation.current();
    let key = (lang, query.clone());
    let keep = ctx.actor.is_none() && resources::keepable(&query);
    if keep {
        if let Some(html) = app.catalogue_html.get(&key, generation) {
            return Page::Kept((Status::Ok, RawHtml(String::clone(&html))));
        }
    }
    let (found, read) = match app.catalogue.page(&app.db, &query).await {
        Ok(c) => c,
        Err(e) => return error_page(app, &ctx, e),
    };
    // Every link and the address the page names come from the cleaned query alone: a kept
    // page must not carry anything else of the request that made it.
    let q = query.q.clone();
    let state: Vec<(&str, Option<String>)> = vec![
        ("q", q.clone()),
        ("kind", query.kind.clone()),
        ("member_state", query.member_state.clone()),
        ("hazard", query.hazard.clone()),
        ("language", query.language.clone()),
        ("year", query.year.map(|y| y.to_string())),
        ("licence", query.licence.clone()),
    ];
    let chosen = |facet: &str| {
        state
            .iter()
            .find(|(k, _)| *k == facet)
            .and_then(|(_, v)| v.clone())
    };
    let facets: Vec<Value> = ["kind", "member_state", "hazard", "language", "year", "licence"]
        .iter()
        .filter_map(|facet| {
            let counts = found.facets.get(*facet)?;
            let selected = chosen(facet);
            let mut values: Vec<Value> = counts
                .iter()
                .map(|(value, n)| {
                    let on = selected.as_deref() == Some(value.as_str());
                    json!({
                        "label": label(app, &app.i18n, lang, facet, value),
                        "count": n,
                        "selected": on,
                        "href": href(&state, (facet, if on { None } else { Some(value.as_str()) })),
                    })
                })
                .collect();
            values.sort_by(|a, b| a["label"].as_str().cmp(&b["label"].as_str()));
            Some(json!({"id": facet, "title": app.i18n.t(lang, &format!("repo-facet-{facet}")), "values": values}))
        })
        .collect();
    let pages = found.total.div_ceil(PER_PAGE).max(1);
    let at = |p: u64| {
        let base = href(&state, ("page", None));
        let sep = if base.contains('?') { '&' } else { '?' };
        format!("{base}{sep}page={p}")
    };
    let items: Vec<Value> = found
        .items
        .iter()
        .map(|r| card(app, &app.i18n, lang, r))
        .collect();
    let mut layout = ctx.layout(&app.i18n, "repo-title");
    layout.here = if found.page > 1 {
        at(found.page)
    } else {
        href(&state, ("page", None))
    };
    if ctx.actor.is_none() {
        // Served to others from memory: nothing of this visitor's may be in it.
        layout.csrf = String::new();
    }
    let context = json!({"layout": layout, "items": items, "total": found.total, "facets": facets,
        "q": q, "page": found.page, "pages": pages,
        "prev": (found.page > 1).then(|| at(found.page - 1)),
        "next": (found.page < pages).then(|| at(found.page + 1)),
        "filtered": state.iter().skip(1).any(|(_, v)| v.is_some())});
    if keep {
        if let Some((_, html)) = templates.render("repository/catalogue", &context) {
            app.catalogue_html
                .put_dated(key, generation, read, Arc::new(html.clone()));
            return Page::Kept((Status::Ok, RawHtml(html)));
        }
    }
    Page::Html((
        Status::Ok,
        Template::render("repository/catalogue", context),
    ))
}

/// `GET /resources/{id}`: a resource's page (a withdrawn one keeps its page).
#[rocket::get("/resources/<id>", rank = 2)]
pub async fn resource(app: App<'_>, ctx: Ctx, id: Uuid) -> Page {
    let lang = ctx.lang();
    let r = match resources::get(&app.db, ctx.actor.as_ref(), id).await {
        Ok(r) => r,
        Err(e) => return error_page(app, &ctx, e),
    };
    let view = card(app, &app.i18n, lang, &r);
    let title = view["title"].as_str().unwrap_or_default().to_string();
    let layout = ctx.layout_titled(title);
    Page::Html((
        Status::Ok,
        Template::render("repository/resource", json!({"layout": layout, "r": view})),
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn filter_links_change_one_filter_and_go_back_to_page_one() {
        let state = vec![
            ("q", Some("plan de huracanes".to_string())),
            ("hazard", None),
            ("page", Some("3".to_string())),
        ];
        assert_eq!(
            href(&state, ("hazard", Some("tsunami"))),
            "/resources?q=plan%20de%20huracanes&hazard=tsunami"
        );
        assert_eq!(href(&state, ("q", None)), "/resources");
    }
}
