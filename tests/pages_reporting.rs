//! The focal point's reporting pages through real HTTP with cookies: the home, starting a
//! report, saving sections without JavaScript, problems shown inline, stale saves that keep
//! what was typed, the review and the submit.

mod common;

use common::{csrf_of, page, post_form, sign_in, TestApp, PASSWORD};
use rocket::http::Status;
use sea_orm::EntityTrait;
use serde_json::json;

/// A port and an open cycle, a Jamaican focal point signed in through the pages; returns
/// the secretariat's API token and the cycle id.
async fn setup(app: &TestApp) -> (String, String, String) {
    let (_, sec) = app.user("secretariat", None).await;
    let sec = app.token(&sec).await;
    app.api(
        "POST",
        "/api/v1/member-states/JAM/ports",
        Some(&sec),
        Some(&json!({"locode": "JMKIN", "name": "Kingston"})),
    )
    .await;
    let today = chrono::Utc::now().date_naive();
    let (_, c) = app
        .api("POST", "/api/v1/cycles", Some(&sec), Some(&json!({"form": "port-contingency", "title": "Reporting 2026",
            "opens_on": today.to_string(), "closes_on": (today + chrono::Duration::days(30)).to_string()})))
        .await;
    let (_, fp) = app.user("focal_point", Some("JAM")).await;
    let (status, to) = sign_in(app, &fp, PASSWORD).await;
    assert_eq!((status, to.as_str()), (Status::SeeOther, "/reports"));
    (sec, c["id"].as_str().unwrap_or_default().to_string(), fp)
}

/// Starts Kingston's report from the focal point's home page; its address.
async fn start_kingston(app: &TestApp, cycle: &str) -> String {
    let (_, html) = page(app, "/reports").await;
    let res = post_form(
        app,
        &format!("/reports/{cycle}/start"),
        &[("csrf_token", &csrf_of(&html)), ("port", "JMKIN")],
    )
    .await;
    assert_eq!(res.status(), Status::SeeOther);
    res.headers()
        .get_one("Location")
        .unwrap_or_default()
        .to_string()
}

/// Tera's HTML escaping of a value.
fn esc(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
        .replace('\'', "&#x27;")
        .replace('/', "&#x2F;")
}

async fn report_a_port(app: TestApp) {
    let (_, cycle, _) = setup(&app).await;
    let (status, html) = page(&app, "/reports").await;
    assert_eq!(status, Status::Ok);
    assert!(
        html.contains("Reporting 2026")
            && html.contains("Kingston")
            && html.contains("Not started"),
        "{html}"
    );
    // Start: to the first section, with A1–A3 filled in.
    let res = post_form(
        &app,
        &format!("/reports/{cycle}/start"),
        &[("csrf_token", &csrf_of(&html)), ("port", "JMKIN")],
    )
    .await;
    assert_eq!(res.status(), Status::SeeOther);
    let sub = res
        .headers()
        .get_one("Location")
        .unwrap_or_default()
        .to_string();
    let res = app.get(&sub).await;
    let section_a = res
        .headers()
        .get_one("Location")
        .unwrap_or_default()
        .to_string();
    assert!(section_a.ends_with("/sections/A"), "{section_a}");
    let res = app.get(&section_a).await;
    // Never kept by the browser: Back must not show an outdated draft.
    assert_eq!(res.headers().get_one("Cache-Control"), Some("no-store"));
    let (status, html) = (res.status(), res.into_string().await.unwrap_or_default());
    assert_eq!(status, Status::Ok);
    assert!(
        html.contains(r#"value="JMKIN""#) && html.contains(r#"value="Kingston""#),
        "A2, A3 prefilled"
    );
    assert!(html.contains(r#"name="version" value="1""#));

    // Save with mistakes: nothing is lost, problems are shown at the field and in a summary.
    let csrf = csrf_of(&html);
    let res = post_form(
        &app,
        &section_a,
        &[
            ("csrf_token", &csrf),
            ("version", "1"),
            ("go", "stay"),
            ("q.A2", "Port of Kingston"),
            ("q.A3", "JM-K"),
            ("q.A6", "about 2000"),
            ("q.A5", "container"),
            ("q.A5", "passenger"),
            ("present.A5", "1"),
            ("q.A7", "yes"),
            ("present.A7", "1"),
            ("q.A8", "2026-01-31"),
            ("q.A4", "JMKIN-0001\nJMKIN-0002"),
        ],
    )
    .await;
    assert_eq!(res.status(), Status::SeeOther);
    let (_, html) = page(&app, &section_a).await;
    assert!(
        html.contains(&format!(r#"value="{}""#, esc("about 2000"))),
        "the typed text is kept"
    );
    assert!(
        html.contains(r#"id="error-summary""#) && html.contains("href=\"#f-A3\""),
        "summary links to the field"
    );
    assert!(html.contains(r#"aria-invalid="true""#));
    assert!(
        html.contains("JMKIN-0001\nJMKIN-0002"),
        "text list one per line"
    );
    assert!(html.contains(r#"value="passenger" checked"#));
    assert!(html.contains(r#"name="version" value="2""#));

    // A stale save (an old tab) is refused, 409, and what was typed comes back on the page.
    let res = post_form(
        &app,
        &section_a,
        &[
            ("csrf_token", &csrf),
            ("version", "1"),
            ("q.A2", "Typed in the old tab"),
        ],
    )
    .await;
    assert_eq!(res.status(), Status::Conflict);
    let html = res.into_string().await.unwrap_or_default();
    assert!(html.contains(&esc("Typed in the old tab")) && html.contains("role=\"alert\""));
    assert!(
        html.contains(r#"name="version" value="1""#),
        "the page keeps the version it was based on"
    );
    // Saving again from that page is refused again: never a silent overwrite.
    let res = post_form(
        &app,
        &section_a,
        &[
            ("csrf_token", &csrf),
            ("version", "1"),
            ("q.A2", "Typed in the old tab"),
        ],
    )
    .await;
    assert_eq!(res.status(), Status::Conflict);
    // After a save, the page says so.
    let (_, saved) = page(&app, &format!("{section_a}?saved=1")).await;
    assert!(saved.contains("role=\"status\"") && saved.contains("Saved."));
    let (_, html) = page(&app, &section_a).await;
    assert!(
        html.contains(&esc("Port of Kingston")),
        "the newer save was not overwritten"
    );

    // Section B: B2–B6 appear once B1 = yes is saved.
    let section_b = section_a.replace("/sections/A", "/sections/B");
    let (_, html) = page(&app, &section_b).await;
    assert!(html.contains(r#"id="q-B2" hidden"#));
    let res = post_form(
        &app,
        &section_b,
        &[
            ("csrf_token", &csrf),
            ("version", "2"),
            ("q.B1", "yes"),
            ("present.B1", "1"),
        ],
    )
    .await;
    assert_eq!(res.status(), Status::SeeOther);
    let (_, html) = page(&app, &section_b).await;
    assert!(
        html.contains(r#"id="q-B2">"#) || html.contains(r#"id="q-B2" >"#),
        "B2 shown"
    );

    // Section C: a grid's problems are named by row and column in the summary.
    let section_c = section_a.replace("/sections/A", "/sections/C");
    let res = post_form(
        &app,
        &section_c,
        &[
            ("csrf_token", &csrf),
            ("version", "3"),
            ("q.C1", "hurricane"),
            ("present.C1", "1"),
        ],
    )
    .await;
    assert_eq!(res.status(), Status::SeeOther);
    let (_, html) = page(&app, &section_c).await;
    assert!(
        html.contains("C2 · Hurricane · Likelihood"),
        "the summary names the cell"
    );
    assert!(
        html.contains("href=\"#f-C2-hurricane-likelihood\""),
        "and links to it"
    );

    // The review lists what is left; the submit button appears only when nothing is.
    let review = sub.clone() + "/review";
    let (_, html) = page(&app, &review).await;
    assert!(html.contains("still need attention"));
    assert!(!html.contains("/submit\""));
    // Another state's focal point sees nothing of it.
    let (_, other) = app.user("focal_point", Some("BRB")).await;
    let other_app = &app;
    sign_in(other_app, &other, PASSWORD).await;
    let (status, _) = page(&app, &section_a).await;
    assert_eq!(status, Status::NotFound);
}
on_both!(report_a_port, report_a_port);

async fn review_and_submit(app: TestApp) {
    let (_, cycle, fp) = setup(&app).await;
    // Fill the whole document through the API (the pages save the same way).
    let token = app.token(&fp).await;
    let (_, s) = app
        .api(
            "POST",
            &format!("/api/v1/cycles/{cycle}/submissions"),
            Some(&token),
            Some(&json!({"port": "JMKIN"})),
        )
        .await;
    let id = s["id"].as_str().unwrap_or_default().to_string();
    let mut doc: serde_json::Value =
        serde_json::from_str(include_str!("fixtures/documents/full-valid.json")).expect("fixture");
    // Its file answers name no file uploaded here: left out (H2 is optional, B6 too).
    for key in ["B6", "H2"] {
        doc.as_object_mut().map(|o| o.remove(key));
    }
    let (status, _) = app
        .api(
            "PUT",
            &format!("/api/v1/submissions/{id}/answers"),
            Some(&token),
            Some(&json!({"version": 1, "answers": doc})),
        )
        .await;
    assert_eq!(status, Status::Ok);
    let review = format!("/submissions/{id}/review");
    let (_, html) = page(&app, &review).await;
    assert!(
        html.contains(&format!("/submissions/{id}/submit")),
        "ready to submit"
    );
    assert!(html.contains("Port of Kingston"), "answers listed");
    assert!(
        html.contains("Full-scale") && !html.contains(">full_scale<"),
        "choices shown by their labels"
    );
    // Without the CSRF token: 403.
    let res = post_form(
        &app,
        &format!("/submissions/{id}/submit"),
        &[("version", "2")],
    )
    .await;
    assert_eq!(res.status(), Status::Forbidden);
    let res = post_form(
        &app,
        &format!("/submissions/{id}/submit"),
        &[("csrf_token", &csrf_of(&html)), ("version", "2")],
    )
    .await;
    // Post, then redirect: a reload of the page after it never posts again.
    assert_eq!(res.status(), Status::SeeOther);
    let after = res
        .headers()
        .get_one("Location")
        .unwrap_or_default()
        .to_string();
    assert_eq!(after, format!("{review}?submitted=1"));
    let (_, html) = page(&app, &after).await;
    assert!(html.contains("(submission 1)"), "{html}");
    assert!(html.contains("Submitted"));
    // Read-only now: titled as the report, not "Review and submit", and no submit form.
    assert!(html.contains("<h1>Report"), "{html}");
    assert!(!html.contains("Review and submit") && !html.contains("/submit\""));
    // Grids read as tables in the questionnaire's wording, not internal keys.
    assert!(
        html.contains("<th scope=\"row\">Hurricane</th>")
            && html.contains("<th scope=\"col\">Likelihood</th>"),
        "{html}"
    );
    assert!(!html.contains("hurricane:") && !html.contains("likelihood 3"));
    // A section page of a submitted report is the report, not a form.
    let res = app.get(&format!("/submissions/{id}/sections/B")).await;
    assert_eq!(res.status(), Status::SeeOther);
    assert_eq!(res.headers().get_one("Location"), Some(review.as_str()));
    // Read-only now: the section page refuses a save, 409, keeping what was typed.
    let res = post_form(
        &app,
        &format!("/submissions/{id}/sections/A"),
        &[
            ("csrf_token", &csrf_of(&html)),
            ("version", "3"),
            ("q.A2", "Late change"),
        ],
    )
    .await;
    assert_eq!(res.status(), Status::Conflict);
    let res = app.get(&format!("/submissions/{id}")).await;
    assert_eq!(res.headers().get_one("Location"), Some(review.as_str()));
    let (_, home) = page(&app, "/reports").await;
    assert!(home.contains("Submitted"));
    assert!(
        home.contains(">View<") && !home.contains(">Continue<"),
        "a submitted report is viewed, not continued: {home}"
    );
}
on_both!(review_and_submit, review_and_submit);

async fn upload_on_the_page(app: TestApp) {
    let (_, cycle, _) = setup(&app).await;
    let sub = start_kingston(&app, &cycle).await;
    let section_b = format!("{sub}/sections/B");
    let (_, html) = page(&app, &section_b).await;
    let csrf = csrf_of(&html);
    assert!(
        html.contains(&format!(r#"action="{sub}/files/B6""#)),
        "an upload form for B6"
    );
    let send = |token: String, name: &'static str, bytes: &'static [u8]| {
        let uri = format!("{sub}/files/B6");
        let app = &app;
        async move {
            let boundary = "xyzBOUNDARYxyz";
            let mut body = format!("--{boundary}\r\nContent-Disposition: form-data; name=\"csrf_token\"\r\n\r\n{token}\r\n--{boundary}\r\nContent-Disposition: form-data; name=\"visibility\"\r\n\r\nrestricted\r\n--{boundary}\r\nContent-Disposition: form-data; name=\"file\"; filename=\"{name}\"\r\nContent-Type: application/octet-stream\r\n\r\n").into_bytes();
            body.extend_from_slice(bytes);
            body.extend_from_slice(format!("\r\n--{boundary}--\r\n").as_bytes());
            app.client
                .post(uri)
                .header(
                    rocket::http::ContentType::parse_flexible(&format!(
                        "multipart/form-data; boundary={boundary}"
                    ))
                    .expect("ct"),
                )
                .body(body)
                .dispatch()
                .await
        }
    };
    // A post with no file part is a bad request, not "too large".
    let res = app
        .client
        .post(format!("{sub}/files/B6"))
        .header(
            rocket::http::ContentType::parse_flexible("multipart/form-data; boundary=b")
                .expect("ct"),
        )
        .body(format!(
            "--b\r\nContent-Disposition: form-data; name=\"csrf_token\"\r\n\r\n{csrf}\r\n--b--\r\n"
        ))
        .dispatch()
        .await;
    assert_eq!(res.status(), Status::BadRequest);
    // Without the CSRF token: 403; a spoofed type: 415 with the reason on the page.
    assert_eq!(
        send("forged".into(), "plan.pdf", b"%PDF-1.4\n%%EOF\n")
            .await
            .status(),
        Status::Forbidden
    );
    let res = send(csrf.clone(), "plan.pdf", b"MZ not a pdf at all").await;
    assert_eq!(res.status(), Status::UnsupportedMediaType);
    assert!(res
        .into_string()
        .await
        .unwrap_or_default()
        .contains("not accepted"));
    // A real PDF: stored, named in the answer, listed with a download link.
    let res = send(
        csrf.clone(),
        "plan.pdf",
        b"%PDF-1.4\n1 0 obj <<>> endobj\n%%EOF\n",
    )
    .await;
    assert_eq!(res.status(), Status::SeeOther);
    let (_, html) = page(&app, &section_b).await;
    let start = html
        .find("href=\"&#x2F;attachments&#x2F;")
        .or_else(|| html.find("href=\"/attachments/"))
        .expect("a download link");
    let link: String = html[start + 6..]
        .chars()
        .take_while(|c| *c != '"')
        .collect::<String>()
        .replace("&#x2F;", "/");
    assert!(html.contains("plan.pdf"));
    // Its size as people read it (35 bytes, not "1 KB"); the picker names what B6 takes.
    assert!(html.contains("plan.pdf</a> (35 bytes)"), "{html}");
    assert!(
        html.contains("Replace the file (PDF; at most 25 MB)")
            && html.contains(r#"accept=".pdf,application&#x2F;pdf""#),
        "{html}"
    );
    let res = app.get(&link).await;
    assert_eq!(res.status(), Status::Ok);
    assert_eq!(
        res.headers().get_one("Content-Disposition"),
        Some("attachment; filename=\"plan.pdf\"")
    );
    let id = link.trim_start_matches("/attachments/").to_string();
    let db = app.db().await;
    let stored = portplans::store::entities::submission::Entity::find()
        .all(&db)
        .await
        .expect("q");
    assert_eq!(
        stored[0].answers["B6"],
        json!(id),
        "the answer names the file"
    );
}
on_both!(upload_on_the_page, upload_on_the_page);

/// What a new focal point meets: no "required" before anything is typed, the missing
/// answers of a section once it is saved; a "Save and next" that would hide problems
/// stops once on them; a conflict that explains itself with one thing to do.
async fn problems_come_when_they_help(app: TestApp) {
    let (_, cycle, _) = setup(&app).await;
    let sub = start_kingston(&app, &cycle).await;
    let section = |s: &str| format!("{sub}/sections/{s}");
    // A new section: no summary, no "required", no "to fix" anywhere in the navigator.
    let (_, html) = page(&app, &section("A")).await;
    let csrf = csrf_of(&html);
    assert!(!html.contains("error-summary"), "{html}");
    assert!(!html.contains("This question is required") && !html.contains("to fix"));
    // Autosave (the page's script) of a half-typed section: what was typed is checked,
    // what is not typed yet is not reported.
    let res = post_form(
        &app,
        &section("A"),
        &[
            ("csrf_token", &csrf),
            ("version", "1"),
            ("go", "auto"),
            ("q.A6", "about 2000"),
        ],
    )
    .await;
    assert_eq!(res.status(), Status::Ok);
    let body: serde_json::Value =
        serde_json::from_str(&res.into_string().await.unwrap_or_default()).expect("json");
    let codes: Vec<&str> = body["problems"]
        .as_array()
        .map(|a| a.iter().filter_map(|p| p["code"].as_str()).collect())
        .unwrap_or_default();
    assert_eq!(codes, vec!["type"], "{body}");
    // "Save and go to the next section" with a problem here: back once, with a way on.
    let res = post_form(
        &app,
        &section("A"),
        &[
            ("csrf_token", &csrf),
            ("version", "2"),
            ("go", "next"),
            ("next", "B"),
            ("q.A6", "about 2000"),
        ],
    )
    .await;
    assert_eq!(res.status(), Status::SeeOther);
    let back = res
        .headers()
        .get_one("Location")
        .unwrap_or_default()
        .to_string();
    assert_eq!(back, format!("{}?saved=problems", section("A")));
    let (_, html) = page(&app, &back).await;
    assert!(
        html.contains("need attention") && html.contains(&format!(r#"href="{}""#, section("B")))
    );
    // Saved with its button, section A now lists its missing answers, as does the navigator.
    assert!(html.contains("error-summary") && html.contains("This question is required"));
    assert!(html.contains("to fix"));
    // Section B was never saved: still quiet.
    let (_, html) = page(&app, &section("B")).await;
    assert!(!html.contains("error-summary"), "{html}");
    // Saved empty: the missing answers are listed from now on.
    let res = post_form(
        &app,
        &section("B"),
        &[("csrf_token", &csrf), ("version", "3"), ("go", "stay")],
    )
    .await;
    assert_eq!(res.status(), Status::SeeOther);
    let (_, html) = page(&app, &section("B")).await;
    assert!(html.contains("error-summary") && html.contains("This question is required"));
    // A section with nothing left to fix is marked complete, in words.
    let res = post_form(
        &app,
        &section("B"),
        &[
            ("csrf_token", &csrf),
            ("version", "4"),
            ("go", "stay"),
            ("q.B1", "no"),
            ("present.B1", "1"),
            ("q.B7", "no"),
            ("present.B7", "1"),
            ("q.B9", "ics"),
            ("present.B9", "1"),
        ],
    )
    .await;
    assert_eq!(res.status(), Status::SeeOther);
    let (_, html) = page(&app, &section("B")).await;
    assert!(html.contains("✓ complete"), "{html}");
    // A conflict: what happened, one thing to do, and no list of problems of the old copy.
    let res = post_form(
        &app,
        &section("B"),
        &[
            ("csrf_token", &csrf),
            ("version", "4"),
            ("go", "stay"),
            ("q.B1", "yes"),
            ("present.B1", "1"),
        ],
    )
    .await;
    assert_eq!(res.status(), Status::Conflict);
    let html = res.into_string().await.unwrap_or_default();
    assert!(html.contains("saved elsewhere") && html.contains("Open the current version"));
    assert!(!html.contains("error-summary") && !html.contains("This question is required"));
    assert!(
        !html.contains("Someone") && !html.contains("reload to see"),
        "{html}"
    );
}
on_both!(problems_come_when_they_help, problems_come_when_they_help);

/// A cycle's title in the reader's language, and French punctuation in French.
async fn the_cycle_speaks_the_readers_language(app: TestApp) {
    let (_, sec) = app.user("secretariat", None).await;
    let sec = app.token(&sec).await;
    app.api(
        "POST",
        "/api/v1/member-states/JAM/ports",
        Some(&sec),
        Some(&json!({"locode": "JMKIN", "name": "Kingston"})),
    )
    .await;
    let today = chrono::Utc::now().date_naive();
    let (status, c) = app
        .api("POST", "/api/v1/cycles", Some(&sec), Some(&json!({"form": "port-contingency",
            "title": {"en": "Reporting 2026", "es": "Informe 2026", "fr": "Rapport 2026"},
            "opens_on": today.to_string(), "closes_on": (today + chrono::Duration::days(30)).to_string()})))
        .await;
    assert_eq!(status, Status::Created, "{c}");
    assert_eq!(c["title"], json!("Reporting 2026"));
    assert_eq!(c["titles"]["es"], json!("Informe 2026"));
    // A title in an unknown language is refused, not kept.
    let (status, _) = app
        .api("POST", "/api/v1/cycles", Some(&sec), Some(&json!({"form": "port-contingency",
            "title": {"en": "X", "xx": "Y"}, "opens_on": today.to_string(), "closes_on": today.to_string()})))
        .await;
    assert_eq!(status, Status::UnprocessableEntity);
    let (_, fp) = app.user("focal_point", Some("JAM")).await;
    sign_in(&app, &fp, PASSWORD).await;
    for (lang, title) in [
        ("es", "Informe 2026"),
        ("fr", "Rapport 2026"),
        ("en", "Reporting 2026"),
        ("pt", "Reporting 2026"),
    ] {
        let res = app.get_lang("/reports", lang).await;
        let html = res.into_string().await.unwrap_or_default();
        assert!(html.contains(&format!(">{title}</h2>")), "{lang}: {html}");
    }
    let res = app.get_lang("/reports", "fr").await;
    let html = res.into_string().await.unwrap_or_default();
    assert!(html.contains("Date limite\u{a0}:"), "{html}");
}
on_both!(
    the_cycle_speaks_the_readers_language,
    the_cycle_speaks_the_readers_language
);

/// The way through: the navigator says which sections apply (a section applies when any
/// of its questions does), "Save and next" skips one that does not, the review lists what
/// is left with links, and "Continue" opens the first section with work left.
async fn the_way_through_the_sections(app: TestApp) {
    let (_, cycle, _) = setup(&app).await;
    let sub = start_kingston(&app, &cycle).await;
    let (_, html) = page(&app, &format!("{sub}/sections/A")).await;
    let csrf = csrf_of(&html);
    // A7 = no: section F (points of entry) does not apply; C1 without hurricane: E1 does
    // not, but the rest of E does.
    let res = post_form(
        &app,
        &format!("{sub}/sections/A"),
        &[
            ("csrf_token", &csrf),
            ("version", "1"),
            ("go", "stay"),
            ("q.A7", "no"),
            ("present.A7", "1"),
        ],
    )
    .await;
    assert_eq!(res.status(), Status::SeeOther);
    let res = post_form(
        &app,
        &format!("{sub}/sections/C"),
        &[
            ("csrf_token", &csrf),
            ("version", "2"),
            ("go", "stay"),
            ("q.C1", "earthquake"),
            ("present.C1", "1"),
        ],
    )
    .await;
    assert_eq!(res.status(), Status::SeeOther);
    let (_, html) = page(&app, &format!("{sub}/sections/E")).await;
    let nav_line = |html: &str, id: &str| {
        html.lines()
            .skip_while(|l| !l.contains(&format!("/sections/{id}\"")))
            .take(1)
            .collect::<Vec<_>>()
            .join(" ")
    };
    assert!(
        !nav_line(&html, "E").contains("not applicable"),
        "{}",
        nav_line(&html, "E")
    );
    assert!(
        nav_line(&html, "F").contains("not applicable"),
        "{}",
        nav_line(&html, "F")
    );
    // From E, "Save and next" goes past F to G.
    let res = post_form(
        &app,
        &format!("{sub}/sections/E"),
        &[
            ("csrf_token", &csrf),
            ("version", "3"),
            ("go", "next"),
            ("next", "F"),
            ("q.E3", "yes"),
            ("present.E3", "1"),
        ],
    )
    .await;
    let to = res
        .headers()
        .get_one("Location")
        .unwrap_or_default()
        .to_string();
    // E still has required answers missing: back to E once, then onwards skips F.
    assert_eq!(to, format!("{sub}/sections/E?saved=problems"));
    let res = post_form(
        &app,
        &format!("{sub}/sections/H"),
        &[
            ("csrf_token", &csrf),
            ("version", "4"),
            ("go", "next"),
            ("next", ""),
        ],
    )
    .await;
    assert_eq!(res.status(), Status::SeeOther);
    // A number with what may be a thousands separator is kept as typed, and questioned.
    let res = post_form(
        &app,
        &format!("{sub}/sections/A"),
        &[
            ("csrf_token", &csrf),
            ("version", "5"),
            ("go", "stay"),
            ("q.A6", "1.850"),
        ],
    )
    .await;
    assert_eq!(res.status(), Status::SeeOther);
    let (_, html) = page(&app, &format!("{sub}/sections/A")).await;
    assert!(
        html.contains(r#"value="1.850""#) && html.contains("without thousands separators"),
        "{html}"
    );
    // The review lists what is left, each linked to its field.
    let (_, html) = page(&app, &format!("{sub}/review")).await;
    assert!(
        html.contains(&format!(
            r#"href="{}""#,
            esc(&format!("{sub}/sections/A#f-A6"))
        )),
        "{html}"
    );
    assert!(html.contains(&format!(
        r#"href="{}""#,
        esc(&format!("{sub}/sections/B#f-B1"))
    )));
    // Every link of the list has its target: a choice question's fieldset carries the id.
    let (_, b) = page(&app, &format!("{sub}/sections/B")).await;
    assert!(b.contains(r#"<fieldset id="f-B1""#), "{b}");
    // "Continue" opens the first section that applies with work left: A (A6 to fix).
    let res = app.get(&sub).await;
    assert_eq!(
        res.headers().get_one("Location"),
        Some(format!("{sub}/sections/A").as_str())
    );
}
on_both!(the_way_through_the_sections, the_way_through_the_sections);
