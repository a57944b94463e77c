//! The secretariat publishes through the pages, on SQLite and PostgreSQL: a summary from
//! the board, a member state's public plan, an uploaded document; publish, withdraw with a
//! reason; refusals shown on the form with what was typed. And the public progress page:
//! counts without contents, then the section scores of the published summary only.

mod common;

use common::{csrf_of, page, post_form, sign_in, TestApp, PASSWORD};
use rocket::http::{ContentType, Status};
use sea_orm::{ColumnTrait, EntityTrait, PaginatorTrait, QueryFilter};
use serde_json::{json, Value};

/// Posts the describing form: (status, Location, page).
async fn describe(
    app: &TestApp,
    fields: &[(&str, &str)],
    file: Option<(&str, &[u8])>,
) -> (Status, String, String) {
    let (ct, body) = common::multipart_parts(fields, file);
    let ct = ContentType::parse_flexible(&ct).expect("content type");
    let res = app
        .client
        .post("/admin/resources")
        .header(ct)
        .body(body)
        .dispatch()
        .await;
    let status = res.status();
    let location = res
        .headers()
        .get_one("Location")
        .unwrap_or_default()
        .to_string();
    (
        status,
        location,
        res.into_string().await.unwrap_or_default(),
    )
}

async fn resources(app: &TestApp) -> Vec<portplans::store::entities::resource::Model> {
    portplans::store::entities::resource::Entity::find()
        .all(&app.db().await)
        .await
        .expect("resources")
}

async fn events(app: &TestApp, action: &str) -> u64 {
    portplans::store::entities::event::Entity::find()
        .filter(portplans::store::entities::event::Column::Action.eq(action))
        .count(&app.db().await)
        .await
        .expect("events")
}

async fn summary_published_from_the_pages(app: TestApp) {
    let (w, summary) = common::approved_with_summary(&app, "es").await;
    // Anonymous: sent to sign in; a focal point: refused, everywhere.
    let res = app.get("/admin/resources").await;
    assert_eq!(res.status(), Status::SeeOther);
    let (status, _) = sign_in(&app, &w.jam_email, PASSWORD).await;
    assert_eq!(status, Status::SeeOther);
    let (status, _) = page(&app, "/admin/resources").await;
    assert_eq!(status, Status::Forbidden);
    let (status, _) = page(&app, &format!("/admin/resources/new?summary={summary}")).await;
    assert_eq!(status, Status::Forbidden);
    let (_, home) = page(&app, "/").await;
    let focal_csrf = csrf_of(&home);
    let (status, _, _) = describe(
        &app,
        &[
            ("csrf_token", &focal_csrf),
            ("source", "summary"),
            ("summary", &summary),
            ("titles[en]", "A focal point's try"),
            ("language", "es"),
            ("licence", "CC-BY-4.0"),
            ("year", "2026"),
        ],
        None,
    )
    .await;
    assert_eq!(status, Status::Forbidden);
    assert!(resources(&app).await.is_empty());
    let res = app
        .client
        .post("/logout")
        .header(ContentType::Form)
        .body(common::form(&[("csrf_token", &focal_csrf)]))
        .dispatch()
        .await;
    assert_eq!(res.status(), Status::SeeOther);

    // The secretariat: from the board's summary row to a form filled in from the summary.
    sign_in(&app, &w.sec_email, PASSWORD).await;
    let (status, board) = page(&app, &format!("/admin/cycles/{}", w.cycle)).await;
    assert_eq!(status, Status::Ok);
    assert!(
        board.contains(&format!("new?summary={summary}")),
        "the board offers to publish the summary"
    );
    let (status, form) = page(&app, &format!("/admin/resources/new?summary={summary}")).await;
    assert_eq!(status, Status::Ok, "{form}");
    assert!(
        form.contains("value=\"Comparative summary: Reporting 2026\""),
        "{form}"
    );
    assert!(
        form.contains("value=\"Resumen comparativo: Informe 2026\""),
        "{form}"
    );
    assert!(
        form.contains(r#"value="JAM" checked"#),
        "the state with an approved report is ticked"
    );
    let csrf = csrf_of(&form);
    let fields = |licence: &'static str| {
        vec![
            ("csrf_token", csrf.clone()),
            ("source", "summary".to_string()),
            ("summary", summary.clone()),
            (
                "titles[en]",
                "Comparative summary: Reporting 2026".to_string(),
            ),
            (
                "titles[es]",
                "Resumen comparativo: Informe 2026".to_string(),
            ),
            (
                "descriptions[es]",
                "Planes portuarios ante huracanes".to_string(),
            ),
            ("language", "es".to_string()),
            ("licence", licence.to_string()),
            ("year", "2026".to_string()),
            ("member_states", "JAM".to_string()),
            ("hazards", "hurricane".to_string()),
        ]
    };
    let as_refs = |v: &[(&'static str, String)]| -> Vec<(&'static str, String)> { v.to_vec() };
    // Refused: the message at the top, linked to its field, and everything typed kept.
    let bad = as_refs(&fields("all rights reserved"));
    let refs: Vec<(&str, &str)> = bad.iter().map(|(k, v)| (*k, v.as_str())).collect();
    let (status, _, html) = describe(&app, &refs, None).await;
    assert_eq!(status, Status::UnprocessableEntity, "{html}");
    assert!(html.contains("href=\"#r-licence\""), "{html}");
    assert!(
        html.contains(r#"<select id="r-licence" name="licence" aria-invalid="true" aria-describedby="error-message">"#),
        "the field itself says it is in error"
    );
    assert!(html.contains("Choose one of the open licences"));
    assert!(
        html.contains("Planes portuarios ante huracanes"),
        "the description is kept"
    );
    assert!(html.contains(r#"id="r-hazard-hurricane" name="hazards" value="hurricane" checked"#));
    assert!(resources(&app).await.is_empty(), "nothing written");
    // Without the CSRF token: 403, nothing written.
    let mut forged = fields("CC-BY-4.0");
    forged[0].1 = "forged".into();
    let refs: Vec<(&str, &str)> = forged.iter().map(|(k, v)| (*k, v.as_str())).collect();
    assert_eq!(describe(&app, &refs, None).await.0, Status::Forbidden);
    assert!(resources(&app).await.is_empty());

    let good = fields("CC-BY-4.0");
    let refs: Vec<(&str, &str)> = good.iter().map(|(k, v)| (*k, v.as_str())).collect();
    let (status, location, _) = describe(&app, &refs, None).await;
    assert_eq!(status, Status::SeeOther);
    let made = resources(&app).await;
    assert_eq!(made.len(), 1);
    let id = made[0].id.to_string();
    assert_eq!(made[0].kind, "summary");
    assert!(made[0].published_at.is_none());
    assert!(
        location.starts_with(&format!("/admin/resources?done=made&r={id}")),
        "{location}"
    );
    assert_eq!(events(&app, "resource.create").await, 1);
    // Saved, not published: the public sees nothing yet; the secretariat sees a note.
    // (A browser keeps the fragment to itself.)
    let (status, list) = page(&app, location.split('#').next().unwrap_or_default()).await;
    assert_eq!(status, Status::Ok);
    assert!(list.contains("The resource is saved, not yet published"));
    assert!(list.contains(&format!("/admin/resources/{id}/publish")));
    assert!(list.contains("Not published"));
    let (_, staff_view) = page(&app, &format!("/resources/{id}")).await;
    assert!(staff_view.contains("only the secretariat sees this page"));
    let pub_api = format!("/api/v1/resources/{id}");
    assert_eq!(
        app.api("GET", &pub_api, None, None).await.0,
        Status::NotFound
    );

    // Publish: without the token nothing happens; with it, public at once, once.
    let res = post_form(
        &app,
        &format!("/admin/resources/{id}/publish"),
        &[("csrf_token", "forged")],
    )
    .await;
    assert_eq!(res.status(), Status::Forbidden);
    assert_eq!(
        app.api("GET", &pub_api, None, None).await.0,
        Status::NotFound
    );
    let res = post_form(
        &app,
        &format!("/admin/resources/{id}/publish"),
        &[("csrf_token", &csrf)],
    )
    .await;
    // Then back to the list (a reload posts nothing again), which says it is done.
    assert_eq!(res.status(), Status::SeeOther);
    let back = res
        .headers()
        .get_one("Location")
        .and_then(|l| l.split('#').next())
        .unwrap_or_default()
        .to_string();
    let (_, html) = page(&app, &back).await;
    assert!(html.contains("Published: anyone can now find"), "{html}");
    let (status, v) = app.api("GET", &pub_api, None, None).await;
    assert_eq!(status, Status::Ok, "{v}");
    assert_eq!(v["hazards"], json!(["hurricane"]));
    let res = post_form(
        &app,
        &format!("/admin/resources/{id}/publish"),
        &[("csrf_token", &csrf)],
    )
    .await;
    assert_eq!(
        res.status(),
        Status::Conflict,
        "a second publish changes nothing"
    );
    assert_eq!(events(&app, "resource.publish").await, 1);

    // Withdraw: a reason is needed; then the page stays with it and the file goes.
    let withdraw = format!("/admin/resources/{id}/withdraw");
    let res = post_form(&app, &withdraw, &[("csrf_token", &csrf), ("reason", "  ")]).await;
    assert_eq!(res.status(), Status::UnprocessableEntity);
    let html = res.into_string().await.unwrap_or_default();
    assert!(html.contains("Say why the resource is withdrawn"), "{html}");
    assert_eq!(
        app.get(&format!("/resources/{id}/file")).await.status(),
        Status::Ok
    );
    let res = post_form(
        &app,
        &withdraw,
        &[
            ("csrf_token", &csrf),
            ("reason", "A corrected edition follows."),
        ],
    )
    .await;
    assert_eq!(res.status(), Status::SeeOther);
    let back = res
        .headers()
        .get_one("Location")
        .and_then(|l| l.split('#').next())
        .unwrap_or_default()
        .to_string();
    assert!(page(&app, &back)
        .await
        .1
        .contains("Withdrawn: its page stays"));
    assert_eq!(
        app.get(&format!("/resources/{id}/file")).await.status(),
        Status::Gone
    );
    let (_, v) = app.api("GET", &pub_api, None, None).await;
    assert_eq!(v["withdrawal_reason"], "A corrected edition follows.");
    assert_eq!(events(&app, "resource.withdraw").await, 1);
}
on_both!(summary_pages, summary_published_from_the_pages);

async fn documents_and_public_plans_from_the_pages(app: TestApp) {
    let files = common::report_with_files(&app).await;
    sign_in(&app, &files.sec_email, PASSWORD).await;
    // Submitted, not approved: no file is offered yet.
    let (_, list) = page(&app, "/admin/resources").await;
    assert!(!list.contains(&files.public), "not offered before approval");
    app.api(
        "POST",
        &format!("/api/v1/submissions/{}/approve", files.id),
        Some(&files.sec),
        Some(&json!({})),
    )
    .await;
    let (_, list) = page(&app, "/admin/resources").await;
    assert!(
        list.contains(&format!("new?attachment={}", files.public)),
        "the public, licensed plan is offered: {list}"
    );
    assert!(
        !list.contains(&files.restricted),
        "never the restricted one"
    );
    assert!(
        !list.contains(&files.orphan),
        "never one left out of the answers"
    );
    let (status, form) = page(
        &app,
        &format!("/admin/resources/new?attachment={}", files.public),
    )
    .await;
    assert_eq!(status, Status::Ok);
    assert!(
        form.contains("value=\"public.pdf\""),
        "the file name as a first title"
    );
    let csrf = csrf_of(&form);
    let attachment = |id: &str| {
        vec![
            ("csrf_token", csrf.clone()),
            ("source", "attachment".to_string()),
            ("attachment", id.to_string()),
            ("titles[en]", "Kingston's contingency plan".to_string()),
            ("language", "en".to_string()),
            ("licence", "CC-BY-4.0".to_string()),
            ("year", "2026".to_string()),
            ("member_states", "JAM".to_string()),
        ]
    };
    // The restricted file, or one left out of the answers, asked for by its id: refused
    // on the form, nothing written.
    for refused in [&files.restricted, &files.orphan] {
        let f = attachment(refused);
        let refs: Vec<(&str, &str)> = f.iter().map(|(k, v)| (*k, v.as_str())).collect();
        let (status, _, html) = describe(&app, &refs, None).await;
        assert_eq!(status, Status::UnprocessableEntity);
        assert!(
            html.contains("Only a file its focal point made public"),
            "{html}"
        );
    }
    assert!(resources(&app).await.is_empty());
    let f = attachment(&files.public);
    let refs: Vec<(&str, &str)> = f.iter().map(|(k, v)| (*k, v.as_str())).collect();
    let (status, _, _) = describe(&app, &refs, None).await;
    assert_eq!(status, Status::SeeOther);
    let (_, list) = page(&app, "/admin/resources").await;
    assert!(
        !list.contains(&format!("new?attachment={}", files.public)),
        "once made, no longer offered"
    );
    // The report is reopened before the plan is published: publishing is refused.
    let plan = resources(&app).await[0].id;
    let (status, v) = app
        .api(
            "POST",
            &format!("/api/v1/submissions/{}/reopen", files.id),
            Some(&files.sec),
            Some(&json!({"reason": "The plan's date is wrong"})),
        )
        .await;
    assert_eq!(status, Status::Ok, "{v}");
    let res = post_form(
        &app,
        &format!("/admin/resources/{plan}/publish"),
        &[("csrf_token", &csrf)],
    )
    .await;
    assert_eq!(res.status(), Status::UnprocessableEntity);
    let html = res.into_string().await.unwrap_or_default();
    assert!(
        html.contains("Only a file its focal point made public"),
        "{html}"
    );
    assert!(resources(&app).await[0].published_at.is_none());
    assert_eq!(events(&app, "resource.publish").await, 0);

    // A document: no file, then a file of a kind not accepted, then a PDF.
    let (_, form) = page(&app, "/admin/resources/new").await;
    assert!(form.contains(r#"type="file""#));
    let doc = vec![
        ("csrf_token", csrf.as_str()),
        ("source", "document"),
        ("titles[fr]", "Guide de planification portuaire"),
        ("language", "fr"),
        ("licence", "CC0-1.0"),
        ("year", "2025"),
    ];
    let (status, _, html) = describe(&app, &doc, None).await;
    assert_eq!(status, Status::UnprocessableEntity);
    assert!(
        html.contains("href=\"#r-file\"") && html.contains("Choose the file"),
        "{html}"
    );
    assert!(
        html.contains("Guide de planification portuaire"),
        "the title is kept"
    );
    let (status, _, html) = describe(
        &app,
        &doc,
        Some(("guide.exe", b"MZ\x90\x00 not a document")),
    )
    .await;
    assert_eq!(status, Status::UnsupportedMediaType, "{html}");
    assert!(html.contains("href=\"#r-file\""));
    assert_eq!(resources(&app).await.len(), 1);
    let (status, _, _) = describe(&app, &doc, Some(("guide.pdf", common::PUBLIC_PDF))).await;
    assert_eq!(status, Status::SeeOther);
    let made = resources(&app).await;
    assert_eq!(made.len(), 2);
    assert!(made
        .iter()
        .any(|r| r.kind == "document" && r.filename == "guide.pdf" && r.language == "fr"));
}
on_both!(document_pages, documents_and_public_plans_from_the_pages);

/// The section-score table as stored with the summary.
async fn stored_scores(app: &TestApp, summary: &str) -> Value {
    let id = uuid::Uuid::parse_str(summary).expect("uuid");
    portplans::store::entities::summary::Entity::find_by_id(id)
        .one(&app.db().await)
        .await
        .expect("summary")
        .and_then(|s| s.scores)
        .expect("a ready summary keeps its score table")
}

async fn public_progress_counts_then_published_scores(app: TestApp) {
    let (w, summary) = common::approved_with_summary(&app, "es").await;
    // A second state takes part and has not sent anything.
    app.api(
        "POST",
        "/api/v1/member-states/BRB/ports",
        Some(&w.sec),
        Some(&json!({"locode": "BBBGI", "name": "Bridgetown"})),
    )
    .await;
    // A cycle that has not opened is not shown.
    let today = chrono::Utc::now().date_naive();
    let (_, later) = app
        .api(
            "POST",
            "/api/v1/cycles",
            Some(&w.sec),
            Some(
                &json!({"form": "port-contingency", "title": {"en": "Reporting 2030"},
                "opens_on": (today + chrono::Duration::days(300)).to_string(),
                "closes_on": (today + chrono::Duration::days(400)).to_string()}),
            ),
        )
        .await;
    let later = later["id"].as_str().expect("cycle").to_string();
    let res = app.get_lang("/progress", "es").await;
    assert_eq!(res.status(), Status::Ok);
    let html = res.into_string().await.unwrap_or_default();
    assert!(html.contains(&format!("/progress/{}", w.cycle)) && html.contains("Informe 2026"));
    assert!(!html.contains(&later), "a scheduled cycle is not listed");
    assert_eq!(
        app.get(&format!("/progress/{later}")).await.status(),
        Status::NotFound
    );
    assert_eq!(
        app.get(&format!("/progress/{}", uuid::Uuid::new_v4()))
            .await
            .status(),
        Status::NotFound
    );

    let progress = format!("/progress/{}", w.cycle);
    let res = app.get_lang(&progress, "es").await;
    assert_eq!(res.status(), Status::Ok);
    let html = res.into_string().await.unwrap_or_default();
    assert!(html.contains("<html lang=\"es\""));
    assert!(
        html.contains("1 de 35 Estados miembros han enviado informes; 1 de 2 informes de puertos están aprobados"),
        "{html}"
    );
    assert!(html.contains("Todos aprobados") && html.contains("Aún no enviados"));
    assert!(
        html.contains("Ningún puerto registrado"),
        "a state without ports says so"
    );
    assert!(html.contains("Barbados") && html.contains("Jamaica"));
    // No contents: no port, no answer, no person.
    let fixture = common::full_document();
    let h1 = fixture["H1"].as_str().unwrap_or("H1 text").to_string();
    for private in ["Kingston", "JMKIN", h1.as_str(), w.jam_email.as_str()] {
        assert!(!html.contains(private), "{private} is on the public page");
    }
    // Made but not published: no scores yet.
    assert!(html.contains("cuando la secretaría publique"), "{html}");
    assert!(!html.contains("class=\"numbers heat\""));

    // Published: the table of the stored summary, section D never in it.
    let (status, r) = app
        .api(
            "POST",
            "/api/v1/resources",
            Some(&w.sec),
            Some(
                &json!({"kind": "summary", "summary": summary, "title": {"es": "Resumen"},
                "licence": "CC-BY-4.0", "language": "es", "year": 2026}),
            ),
        )
        .await;
    assert_eq!(status, Status::Created, "{r}");
    let rid = r["id"].as_str().expect("id").to_string();
    let res = app.get_lang(&progress, "es").await;
    let html = res.into_string().await.unwrap_or_default();
    assert!(
        !html.contains("class=\"numbers heat\""),
        "unpublished resource: no table"
    );
    app.api(
        "POST",
        &format!("/api/v1/resources/{rid}/publish"),
        Some(&w.sec),
        None,
    )
    .await;
    let res = app.get_lang(&progress, "es").await;
    let html = res.into_string().await.unwrap_or_default();
    assert!(html.contains("class=\"numbers heat\""), "{html}");
    assert!(html.contains(&format!("/resources/{rid}")));
    let scores = stored_scores(&app, &summary).await;
    let overall = scores["states"]["JAM"]["overall"]
        .as_f64()
        .expect("Jamaica's level");
    let shown = format!("{overall:.1}").replace('.', ",");
    assert!(
        html.contains(&format!("<strong>{shown}</strong>")),
        "Jamaica's overall {shown}: {html}"
    );
    let sections: Vec<&str> = scores["sections"]
        .as_array()
        .expect("sections")
        .iter()
        .filter_map(Value::as_str)
        .collect();
    let d = sections.iter().position(|s| *s == "D").expect("section D");
    assert!(
        scores["regional"]["sections"][d].is_null(),
        "D is never scored for the public"
    );
    assert!(!html.contains(">D</abbr>"), "no column for section D");
    assert!(html.contains(">B</abbr>"));
    // Withdrawn: the table goes with it.
    app.api(
        "POST",
        &format!("/api/v1/resources/{rid}/withdraw"),
        Some(&w.sec),
        Some(&json!({"reason": "An error in section B"})),
    )
    .await;
    let html = app
        .get_lang(&progress, "es")
        .await
        .into_string()
        .await
        .unwrap_or_default();
    assert!(!html.contains("class=\"numbers heat\""));
}
on_both!(progress, public_progress_counts_then_published_scores);

/// The catalogue is served from memory; a publication or a withdrawal shows at once, to
/// anonymous visitors (pages kept whole) and on the API.
async fn the_kept_catalogue_follows_publication(app: TestApp) {
    let (w, summary) = common::approved_with_summary(&app, "es").await;
    let (_, r) = app
        .api(
            "POST",
            "/api/v1/resources",
            Some(&w.sec),
            Some(&json!({"kind": "summary", "summary": summary,
                "title": {"es": "Resumen de los planes portuarios"},
                "licence": "CC-BY-4.0", "language": "es", "year": 2026})),
        )
        .await;
    let id = r["id"].as_str().expect("id").to_string();
    let look = || async {
        let html = app
            .get_lang("/resources?q=portuarios", "es")
            .await
            .into_string()
            .await
            .unwrap_or_default();
        let (_, api) = app
            .api("GET", "/api/v1/resources?q=portuarios", None, None)
            .await;
        (
            html.contains(&format!("/resources/{id}\"")),
            api["total"].as_u64(),
        )
    };
    // Asked twice before publication: kept, with nothing found.
    assert_eq!(look().await, (false, Some(0)));
    assert_eq!(look().await, (false, Some(0)));
    app.api(
        "POST",
        &format!("/api/v1/resources/{id}/publish"),
        Some(&w.sec),
        None,
    )
    .await;
    assert_eq!(look().await, (true, Some(1)), "published: shown at once");
    assert_eq!(look().await, (true, Some(1)));
    app.api(
        "POST",
        &format!("/api/v1/resources/{id}/withdraw"),
        Some(&w.sec),
        Some(&json!({"reason": "Superseded"})),
    )
    .await;
    assert_eq!(look().await, (false, Some(0)), "withdrawn: gone at once");

    // A kept page carries nothing of the visitor who made it: not an address's stray
    // parameters, not a signed-in person's name or token.
    let html = app
        .get_lang("/resources?q=puertos&utm_source=alice%40example.org", "es")
        .await
        .into_string()
        .await
        .unwrap_or_default();
    assert!(
        !html.contains("alice"),
        "the stray parameter is not on the page"
    );
    let html = app
        .get_lang("/resources?q=puertos", "es")
        .await
        .into_string()
        .await
        .unwrap_or_default();
    assert!(!html.contains("alice") && !html.contains("utm_source"));
    sign_in(&app, &w.sec_email, PASSWORD).await;
    let (_, staff_page) = page(&app, "/resources?q=puertos").await;
    assert!(
        staff_page.contains("/logout"),
        "the secretariat's own page, signed in"
    );
    let res = app.get("/resources?q=puertos").await;
    assert_eq!(
        res.headers().get_one("Cache-Control"),
        Some("private, no-store")
    );
    let res = app
        .client
        .post("/logout")
        .header(ContentType::Form)
        .body(common::form(&[("csrf_token", &csrf_of(&staff_page))]))
        .dispatch()
        .await;
    assert_eq!(res.status(), Status::SeeOther);
    let html = app
        .get("/resources?q=puertos")
        .await
        .into_string()
        .await
        .unwrap_or_default();
    assert!(staff_page.contains("Signed in as"));
    assert!(
        !html.contains("/logout") && !html.contains("Signed in as"),
        "anonymous again: no one's name"
    );
}
on_both!(kept_catalogue, the_kept_catalogue_follows_publication);

/// Every way the public, or another state's focal point, could reach what is not public:
/// a report's files (public or restricted) by their ids, a resource made but not
/// published, a withdrawn one's file, a guessed id, search, feed, catalogue, progress and
/// the publishing pages. All of them give nothing.
async fn nothing_private_is_reachable(app: TestApp) {
    let f = common::report_with_files(&app).await;
    let (_, brb_email) = app.user("focal_point", Some("BRB")).await;
    let brb = app.token(&brb_email).await;
    app.api(
        "POST",
        &format!("/api/v1/submissions/{}/approve", f.id),
        Some(&f.sec),
        Some(&json!({})),
    )
    .await;
    // Made from the public plan, never published.
    let (status, r) = app
        .api(
            "POST",
            "/api/v1/resources",
            Some(&f.sec),
            Some(&json!({"kind": "attachment", "attachment": f.public,
                "title": "Kingston unpublished plan", "licence": "CC-BY-4.0", "language": "en"})),
        )
        .await;
    assert_eq!(status, Status::Created, "{r}");
    let unpublished = r["id"].as_str().expect("id").to_string();
    // A summary, published, then withdrawn.
    let summary = common::ready_summary(&app, &f.sec, &f.cycle, "en").await;
    let (_, r) = app
        .api(
            "POST",
            "/api/v1/resources",
            Some(&f.sec),
            Some(
                &json!({"kind": "summary", "summary": summary, "title": "Withdrawn summary",
                "licence": "CC-BY-4.0", "language": "en"}),
            ),
        )
        .await;
    let withdrawn = r["id"].as_str().expect("id").to_string();
    app.api(
        "POST",
        &format!("/api/v1/resources/{withdrawn}/publish"),
        Some(&f.sec),
        None,
    )
    .await;
    app.api(
        "POST",
        &format!("/api/v1/resources/{withdrawn}/withdraw"),
        Some(&f.sec),
        Some(&json!({"reason": "Errors"})),
    )
    .await;
    let guessed = uuid::Uuid::new_v4().to_string();

    for (who, token) in [("anonymous", None), ("Barbados", Some(brb.as_str()))] {
        // A report's files, by their ids: 401 for the public, 404 for another state.
        for file in [&f.public, &f.restricted] {
            let (status, _) = app
                .api("GET", &format!("/api/v1/attachments/{file}"), token, None)
                .await;
            let expected = if token.is_some() {
                Status::NotFound
            } else {
                Status::Unauthorized
            };
            assert_eq!(status, expected, "{who}: a report's file");
        }
        // Resources that are not public, and guesses.
        for id in [&unpublished, &guessed] {
            let (status, _) = app
                .api("GET", &format!("/api/v1/resources/{id}"), token, None)
                .await;
            assert_eq!(status, Status::NotFound, "{who}: resource {id}");
            assert_eq!(
                app.get(&format!("/resources/{id}/file")).await.status(),
                Status::NotFound
            );
        }
        assert_eq!(
            app.get(&format!("/resources/{withdrawn}/file"))
                .await
                .status(),
            Status::Gone
        );
        let (_, found) = app
            .api("GET", "/api/v1/resources?q=kingston", token, None)
            .await;
        assert_eq!(found["total"], 0, "{who}: search finds nothing unpublished");
        // Nor may they publish or withdraw.
        let (status, _) = app
            .api(
                "POST",
                &format!("/api/v1/resources/{unpublished}/publish"),
                token,
                None,
            )
            .await;
        let expected = if token.is_some() {
            Status::Forbidden
        } else {
            Status::Unauthorized
        };
        assert_eq!(status, expected, "{who}: publish");
    }
    for doc in ["/feed.atom", "/catalog.jsonld"] {
        let text = app.get(doc).await.into_string().await.unwrap_or_default();
        for hidden in [&unpublished, &withdrawn, &f.public, &f.restricted] {
            assert!(!text.contains(hidden.as_str()), "{doc} names {hidden}");
        }
    }
    // The pages: anonymous first, then Barbados' focal point signed in.
    let res = app.get(&format!("/attachments/{}", f.public)).await;
    assert_eq!(res.status(), Status::SeeOther, "anonymous: sent to sign in");
    assert_eq!(
        app.get(&format!("/resources/{unpublished}")).await.status(),
        Status::NotFound
    );
    let (status, _) = sign_in(&app, &brb_email, PASSWORD).await;
    assert_eq!(status, Status::SeeOther);
    assert_eq!(
        page(&app, &format!("/attachments/{}", f.public)).await.0,
        Status::NotFound,
        "another state's file"
    );
    assert_eq!(
        page(&app, &format!("/resources/{unpublished}")).await.0,
        Status::NotFound
    );
    for staff_only in [
        "/admin/resources".to_string(),
        format!("/admin/resources/new?attachment={}", f.public),
        format!("/admin/resources/new?summary={summary}"),
    ] {
        assert_eq!(
            page(&app, &staff_only).await.0,
            Status::Forbidden,
            "{staff_only}"
        );
    }
    // Nor through the publishing pages' buttons, with a valid token of their own.
    let (_, home) = page(&app, "/").await;
    let token = csrf_of(&home);
    for action in ["publish", "withdraw"] {
        let res = post_form(
            &app,
            &format!("/admin/resources/{unpublished}/{action}"),
            &[("csrf_token", &token), ("reason", "mine")],
        )
        .await;
        assert_eq!(res.status(), Status::Forbidden, "{action}");
    }
    assert!(resources(&app)
        .await
        .iter()
        .any(|r| r.id.to_string() == unpublished && r.published_at.is_none()));
    let (status, html) = page(&app, "/resources?q=kingston").await;
    assert_eq!(status, Status::Ok);
    assert!(
        !html.contains(&unpublished),
        "the catalogue page never lists it"
    );
    let (status, progress) = page(&app, &format!("/progress/{}", f.cycle)).await;
    assert_eq!(status, Status::Ok);
    assert!(!progress.contains("Kingston") && !progress.contains("public.pdf"));
}
on_both!(nothing_private, nothing_private_is_reachable);
