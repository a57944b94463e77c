//! `/notifications`: a person's notices, newest first, in their language.

use super::auth::Page;
use super::reporting::error_page;
use super::{App, Ctx};
use crate::services::notifications;
use crate::web::guards::{CsrfFields, PageActor};
use rocket::http::Status;
use rocket::response::Redirect;
use rocket_dyn_templates::Template;
use serde_json::{json, Value};
use uuid::Uuid;

#[rocket::get("/notifications?<page>")]
pub async fn list(app: App<'_>, ctx: Ctx, who: PageActor, page: Option<u64>) -> Page {
    let lang = ctx.lang();
    let page = page.unwrap_or(1).clamp(1, 100_000);
    let (items, total, unread) = match notifications::list(&app.db, &who.0, page, 50).await {
        Ok(r) => r,
        Err(e) => return error_page(app, &ctx, e),
    };
    let rows: Vec<Value> = items
        .iter()
        .map(|n| {
            let link = n.submission.map(|s| {
                if who.0.is_staff() {
                    format!("/admin/submissions/{s}")
                } else {
                    format!("/submissions/{s}/review")
                }
            });
            let (text, _) = notifications::render(&app.i18n, lang, &n.kind, n.data.as_ref(), "");
            json!({"id": n.id, "text": text, "link": link, "read": n.read,
                "at": n.created_at.format("%Y-%m-%d %H:%M UTC").to_string(),
                "comment": n.data.as_ref().and_then(|d| d.get("comment")).and_then(Value::as_str)})
        })
        .collect();
    let layout = ctx.layout(&app.i18n, "notices-title");
    Page::Html((
        Status::Ok,
        Template::render(
            "notices",
            json!({"layout": layout, "rows": rows, "total": total, "unread": unread, "page": page,
                "next": (page * 50 < total).then(|| format!("/notifications?page={}", page + 1)),
                "prev": (page > 1).then(|| format!("/notifications?page={}", page - 1))}),
        ),
    ))
}

/// Marks one notice read (`id`), or all of them.
#[rocket::post("/notifications/read", data = "<form>")]
pub async fn read(app: App<'_>, ctx: Ctx, who: PageActor, form: CsrfFields) -> Page {
    let id = form.get("id").and_then(|i| Uuid::parse_str(i).ok());
    match notifications::mark_read(&app.db, &who.0, id).await {
        Ok(_) => Page::Go(Redirect::to("/notifications")),
        Err(e) => error_page(app, &ctx, e),
    }
}
