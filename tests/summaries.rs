//! Comparative summaries, on SQLite and PostgreSQL: asked for through the API and the
//! board, made off the request thread, kept in the blob store under their SHA-256, and
//! read back with poppler and qpdf: the text in each language, the embedded subset fonts,
//! a valid file, the same bytes for the same data, and nothing confidential in it.
//!
//! The PDF tools (poppler-utils, qpdf) are needed for the checks on the file; without
//! them those checks are skipped unless `PORTPLANS_TEST_REQUIRE_PDF_TOOLS` is set (CI
//! sets it), in which case that is a failure.

mod common;

use common::{assert_error_shape, csrf_of, page, post_form, sign_in, TestApp, PASSWORD};
use rocket::http::Status;
use sea_orm::{EntityTrait, PaginatorTrait};
use serde_json::{json, Value};
use sha2::{Digest, Sha256};
use std::process::Command;

/// A number and a sentence that exist only in answers that must never be published.
const SECRET_NUMBER: &str = "7919";
const SECRET_TEXT: &str = "QZXJ-PLANTED-FREE-TEXT";

/// Whether poppler and qpdf are here; a failure when CI requires them.
pub fn pdf_tools() -> bool {
    let here = ["pdftotext", "pdffonts", "pdfinfo", "qpdf"]
        .iter()
        .all(|t| Command::new(t).arg("-v").output().is_ok());
    if !here {
        assert!(
            std::env::var_os("PORTPLANS_TEST_REQUIRE_PDF_TOOLS").is_none(),
            "poppler-utils and qpdf are required (PORTPLANS_TEST_REQUIRE_PDF_TOOLS is set)"
        );
        eprintln!("skipping the checks on the PDF file: poppler-utils or qpdf missing");
    }
    here
}

fn tool(dir: &std::path::Path, pdf: &[u8], program: &str, args: &[&str]) -> (bool, String) {
    let path = dir.join(format!("{}.pdf", hex::encode(&Sha256::digest(pdf)[..6])));
    std::fs::write(&path, pdf).expect("write the PDF");
    let out = Command::new(program)
        .args(args)
        .arg(&path)
        .args(if program == "pdftotext" {
            vec!["-"]
        } else {
            vec![]
        })
        .output()
        .expect("run the tool");
    (
        out.status.success(),
        format!(
            "{}{}",
            String::from_utf8_lossy(&out.stdout),
            String::from_utf8_lossy(&out.stderr)
        ),
    )
}

struct World {
    sec: String,
    sec_email: String,
    jam: String,
    cycle: String,
}

/// Jamaica (Kingston) and Haiti (Port-au-Prince) each with an approved report that carries
/// the planted secrets in section D and in free text, and a third port's report that is
/// submitted but not approved.
async fn world(app: &TestApp) -> World {
    let (_, sec_email) = app.user("secretariat", None).await;
    let (_, jam_email) = app.user("focal_point", Some("JAM")).await;
    let (_, hti_email) = app.user("focal_point", Some("HTI")).await;
    let sec = app.token(&sec_email).await;
    let jam = app.token(&jam_email).await;
    let hti = app.token(&hti_email).await;
    for (state, locode, name) in [
        ("JAM", "JMKIN", "Kingston"),
        ("JAM", "JMMBJ", "Montego Bay"),
        ("HTI", "HTPAP", "Port-au-Prince"),
    ] {
        let (status, v) = app
            .api(
                "POST",
                &format!("/api/v1/member-states/{state}/ports"),
                Some(&sec),
                Some(&json!({"locode": locode, "name": name})),
            )
            .await;
        assert_eq!(status, Status::Created, "{v}");
    }
    let today = chrono::Utc::now().date_naive();
    let (status, c) = app
        .api(
            "POST",
            "/api/v1/cycles",
            Some(&sec),
            Some(&json!({"form": "port-contingency",
                "title": {"en": "Reporting 2026", "es": "Informe 2026", "fr": "Rapport 2026", "pt": "Relatório 2026"},
                "opens_on": (today - chrono::Duration::days(1)).to_string(),
                "closes_on": (today + chrono::Duration::days(30)).to_string()})),
        )
        .await;
    assert_eq!(status, Status::Created, "{c}");
    let cycle = c["id"].as_str().expect("cycle").to_string();
    for (token, locode, approve) in [
        (&jam, "JMKIN", true),
        (&hti, "HTPAP", true),
        (&jam, "JMMBJ", false),
    ] {
        let (status, s) = app
            .api(
                "POST",
                &format!("/api/v1/cycles/{cycle}/submissions"),
                Some(token),
                Some(&json!({"port": locode})),
            )
            .await;
        assert_eq!(status, Status::Created, "{s}");
        let id = s["id"].as_str().expect("id").to_string();
        let mut doc = common::full_document();
        for key in ["A1", "A2", "A3"] {
            doc[key] = s["answers"][key].clone();
        }
        doc["A4"] = json!([]);
        doc["D1"] = json!(SECRET_NUMBER.parse::<i64>().expect("number"));
        doc["H1"] = json!(format!("Our plans: {SECRET_TEXT}."));
        let (status, v) = app
            .api(
                "PUT",
                &format!("/api/v1/submissions/{id}/answers"),
                Some(token),
                Some(&json!({"version": 1, "answers": doc})),
            )
            .await;
        assert_eq!(status, Status::Ok, "{v}");
        assert_eq!(v["problems"].as_array().map(Vec::len), Some(0), "{v}");
        let (status, v) = app
            .api(
                "POST",
                &format!("/api/v1/submissions/{id}/submit"),
                Some(token),
                Some(&json!({"version": 2})),
            )
            .await;
        assert_eq!(status, Status::Ok, "{v}");
        if approve {
            let (status, v) = app
                .api(
                    "POST",
                    &format!("/api/v1/submissions/{id}/approve"),
                    Some(&sec),
                    Some(&json!({})),
                )
                .await;
            assert_eq!(status, Status::Ok, "{v}");
        }
    }
    World {
        sec,
        sec_email,
        jam,
        cycle,
    }
}

/// Asks for a summary and waits until it is ready; returns its view.
async fn summary(app: &TestApp, w: &World, lang: &str) -> Value {
    let (status, v) = app
        .api(
            "POST",
            &format!("/api/v1/cycles/{}/summaries", w.cycle),
            Some(&w.sec),
            Some(&json!({"lang": lang})),
        )
        .await;
    assert_eq!(status, Status::Created, "{v}");
    assert!(v["status"] == "ready" || v["status"] == "pending", "{v}");
    let id = v["id"].as_str().expect("id").to_string();
    let mut v = v;
    for _ in 0..600 {
        if v["status"] != "pending" {
            break;
        }
        rocket::tokio::time::sleep(std::time::Duration::from_millis(100)).await;
        let (status, again) = app
            .api(
                "GET",
                &format!("/api/v1/summaries/{id}"),
                Some(&w.sec),
                None,
            )
            .await;
        assert_eq!(status, Status::Ok, "{again}");
        v = again;
    }
    assert_eq!(v["status"], "ready", "{v}");
    v
}

async fn pdf_of(app: &TestApp, token: &str, id: &str) -> Vec<u8> {
    let res = app
        .client
        .get(format!("/api/v1/summaries/{id}/pdf"))
        .header(rocket::http::Header::new(
            "Authorization",
            format!("Bearer {token}"),
        ))
        .dispatch()
        .await;
    assert_eq!(res.status(), Status::Ok);
    assert_eq!(
        res.content_type().map(|c| c.to_string()).as_deref(),
        Some("application/pdf")
    );
    let disposition = res
        .headers()
        .get_one("Content-Disposition")
        .unwrap_or_default()
        .to_string();
    assert!(disposition.starts_with("attachment;"), "{disposition}");
    res.into_bytes().await.expect("bytes")
}

fn cycle_title(lang: &str) -> String {
    match lang {
        "es" => "Informe 2026",
        "fr" => "Rapport 2026",
        "pt" => "Relatório 2026",
        _ => "Reporting 2026",
    }
    .to_string()
}

/// The text of each page, in order.
fn pages_of(text: &str) -> Vec<&str> {
    text.split('\u{c}').collect()
}

async fn made_in_every_language_with_nothing_confidential(app: TestApp) {
    let w = world(&app).await;
    let tools = pdf_tools();
    let dir = tempfile::tempdir().expect("dir");
    // (language, title, a section's title, Haiti's name, the page word, the annex's title,
    // section D's title)
    let expected = [
        (
            "en",
            "Comparative summary",
            "Plans and governance",
            "Haiti",
            "Page 2 of",
            "Annex: the questionnaire",
            "Security (ISPS",
        ),
        (
            "es",
            "Resumen comparativo",
            "Planes y gobernanza",
            "Haití",
            "Página 2 de",
            "Anexo: el cuestionario",
            "Protección (Código PBIP",
        ),
        (
            "fr",
            "Synthèse comparative",
            "Plans et gouvernance",
            "Haïti",
            "Page 2 sur",
            "Annexe : le questionnaire",
            "Sûreté (Code ISPS",
        ),
        (
            "pt",
            "Resumo comparativo",
            "Planos e governança",
            "Haiti",
            "Página 2 de",
            "Anexo: o questionário",
            "Proteção (Código ISPS",
        ),
    ];
    for (lang, title, section, haiti, page_word, annex, security) in expected {
        let v = summary(&app, &w, lang).await;
        for key in [
            "id",
            "cycle",
            "lang",
            "status",
            "pages",
            "size",
            "sha256",
            "created_at",
        ] {
            assert!(!v[key].is_null(), "{key} in {v}");
        }
        assert_eq!(v["lang"], lang);
        assert_eq!(v["cycle"], w.cycle.as_str());
        let id = v["id"].as_str().expect("id");
        let bytes = pdf_of(&app, &w.sec, id).await;
        assert!(bytes.starts_with(b"%PDF-"));
        assert_eq!(v["size"].as_u64(), Some(bytes.len() as u64));
        assert_eq!(
            v["sha256"].as_str(),
            Some(hex::encode(Sha256::digest(&bytes)).as_str()),
            "the digest is of the bytes served"
        );
        if !tools {
            continue;
        }
        let (ok, check) = tool(dir.path(), &bytes, "qpdf", &["--check"]);
        assert!(
            ok && check.contains("No syntax or stream encoding errors"),
            "{check}"
        );
        let (ok, fonts) = tool(dir.path(), &bytes, "pdffonts", &[]);
        assert!(ok, "{fonts}");
        let rows: Vec<&str> = fonts
            .lines()
            .skip(2)
            .filter(|l| !l.trim().is_empty())
            .collect();
        assert_eq!(rows.len(), 2, "regular and bold: {fonts}");
        for row in rows {
            let cols: Vec<&str> = row.split_whitespace().collect();
            // name type… emb sub uni: the three flags are the last but the object id.
            let flags = &cols[cols.len() - 5..cols.len() - 2];
            assert_eq!(
                flags,
                ["yes", "yes", "yes"],
                "embedded, subset, with Unicode: {row}"
            );
            assert!(
                cols[0].contains('+') && cols[0].contains("DejaVuSans"),
                "{row}"
            );
        }
        let (ok, info) = tool(dir.path(), &bytes, "pdfinfo", &[]);
        assert!(ok, "{info}");
        let pdf_title = info
            .lines()
            .find_map(|l| l.strip_prefix("Title:"))
            .map(str::trim)
            .unwrap_or_default();
        assert!(pdf_title.starts_with(title), "{info}");
        assert!(pdf_title.contains(&cycle_title(lang)), "{info}");
        let pages: u64 = info
            .lines()
            .find_map(|l| l.strip_prefix("Pages:"))
            .and_then(|n| n.trim().parse().ok())
            .expect("pages");
        assert_eq!(v["pages"].as_u64(), Some(pages));
        let (ok, text) = tool(dir.path(), &bytes, "pdftotext", &["-layout"]);
        assert!(ok);
        let jamaica = if lang == "fr" { "Jamaïque" } else { "Jamaica" };
        for needle in [title, section, haiti, jamaica, "Kingston", page_word] {
            assert!(text.contains(needle), "{lang}: {needle} missing");
        }
        assert!(
            text.contains(&format!("{page_word} {pages}")),
            "{lang}: \"{page_word} {pages}\" in the footer"
        );
        assert!(!text.contains(SECRET_TEXT), "{lang}: free text leaked");
        assert!(
            !text.contains(SECRET_NUMBER),
            "{lang}: a section D answer leaked"
        );
        assert!(
            !text.contains("Montego Bay"),
            "an unapproved report is not counted"
        );
        // Section D (security) has no chart, score or profile line: its title appears only
        // in the annex, which quotes the questionnaire (the contents list the annex, not
        // its sections).
        let all = pages_of(&text);
        let annex_at = all
            .iter()
            .skip(2)
            .position(|p| p.contains(annex))
            .map(|i| i + 2)
            .expect("the annex");
        let first_security = all.iter().position(|p| p.contains(security));
        assert!(
            first_security.is_some(),
            "{lang}: the annex quotes section D's title"
        );
        assert!(
            first_security >= Some(annex_at),
            "{lang}: section D named before the annex (page {first_security:?} < {annex_at})"
        );
    }
    // Nothing of the sort for focal points or strangers, and nothing written by refusals.
    let db = app.db().await;
    let before = portplans::store::entities::summary::Entity::find()
        .count(&db)
        .await
        .expect("count");
    let uri = format!("/api/v1/cycles/{}/summaries", w.cycle);
    let (status, v) = app
        .api("POST", &uri, Some(&w.jam), Some(&json!({"lang": "en"})))
        .await;
    assert_eq!(status, Status::Forbidden, "{v}");
    assert_error_shape(&v);
    let (status, _) = app
        .api("POST", &uri, None, Some(&json!({"lang": "en"})))
        .await;
    assert_eq!(status, Status::Unauthorized);
    let (status, v) = app
        .api("POST", &uri, Some(&w.sec), Some(&json!({"lang": "de"})))
        .await;
    assert_eq!(status, Status::BadRequest, "{v}");
    let (status, _) = app
        .api(
            "POST",
            &format!("/api/v1/cycles/{}/summaries", uuid::Uuid::new_v4()),
            Some(&w.sec),
            Some(&json!({"lang": "en"})),
        )
        .await;
    assert_eq!(status, Status::NotFound);
    let after = portplans::store::entities::summary::Entity::find()
        .count(&db)
        .await
        .expect("count");
    assert_eq!(before, after, "no row for a refused request");
    let (_, list) = app.api("GET", &uri, Some(&w.sec), None).await;
    let id = list[0]["id"].as_str().expect("a summary").to_string();
    for path in [
        format!("/api/v1/summaries/{id}"),
        format!("/api/v1/summaries/{id}/pdf"),
        uri.clone(),
    ] {
        let (status, _) = app.api("GET", &path, Some(&w.jam), None).await;
        assert_eq!(status, Status::Forbidden, "{path}");
        let (status, _) = app.api("GET", &path, None, None).await;
        assert_eq!(status, Status::Unauthorized, "{path}");
    }
    let (status, _) = app
        .api(
            "GET",
            &format!("/api/v1/summaries/{}", uuid::Uuid::new_v4()),
            Some(&w.sec),
            None,
        )
        .await;
    assert_eq!(status, Status::NotFound);
}
on_both!(
    made_in_every_language,
    made_in_every_language_with_nothing_confidential
);

async fn same_data_same_bytes_and_a_new_approval_changes_them(app: TestApp) {
    let w = world(&app).await;
    let a = summary(&app, &w, "es").await;
    let b = summary(&app, &w, "es").await;
    assert_ne!(a["id"], b["id"], "two requests, two summaries");
    assert_eq!(
        a["sha256"], b["sha256"],
        "the same data gives the same bytes"
    );
    let (bytes_a, bytes_b) = (
        pdf_of(&app, &w.sec, a["id"].as_str().expect("id")).await,
        pdf_of(&app, &w.sec, b["id"].as_str().expect("id")).await,
    );
    assert_eq!(bytes_a, bytes_b);
    // The command line writes the very same file.
    let out = app.dir.path().join("cli.pdf");
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_portplans"));
    cmd.current_dir(common::repo_path(""))
        .env("PORTPLANS_DATA_DIR", app.dir.path())
        .env("PORTPLANS_DATABASE_URL", &app.database_url)
        .args(["summary", "--cycle", &w.cycle, "--lang", "es", "--output"])
        .arg(&out);
    let run = cmd.output().expect("run portplans summary");
    assert!(
        run.status.success(),
        "{}",
        String::from_utf8_lossy(&run.stderr)
    );
    assert_eq!(std::fs::read(&out).expect("written"), bytes_a);
    // Approving Montego Bay's report changes the data, so the bytes.
    let (_, list) = app
        .api(
            "GET",
            &format!("/api/v1/submissions?cycle={}&status=submitted", w.cycle),
            Some(&w.sec),
            None,
        )
        .await;
    let waiting = list["items"][0]["id"]
        .as_str()
        .expect("submitted")
        .to_string();
    let (status, v) = app
        .api(
            "POST",
            &format!("/api/v1/submissions/{waiting}/approve"),
            Some(&w.sec),
            Some(&json!({})),
        )
        .await;
    assert_eq!(status, Status::Ok, "{v}");
    let c = summary(&app, &w, "es").await;
    assert_ne!(c["sha256"], a["sha256"]);
    // Bad command lines say what is wrong and fail.
    for (args, says) in [
        (
            vec!["summary", "--cycle", "nope", "--output", "x.pdf"],
            "not a cycle id",
        ),
        (
            vec![
                "summary", "--cycle", &w.cycle, "--lang", "de", "--output", "x.pdf",
            ],
            "expected en, es, fr or pt",
        ),
    ] {
        let run = Command::new(env!("CARGO_BIN_EXE_portplans"))
            .current_dir(common::repo_path(""))
            .env("PORTPLANS_DATA_DIR", app.dir.path())
            .env("PORTPLANS_DATABASE_URL", &app.database_url)
            .args(&args)
            .output()
            .expect("run");
        assert!(!run.status.success());
        assert!(String::from_utf8_lossy(&run.stderr).contains(says));
    }
}
on_both!(
    deterministic,
    same_data_same_bytes_and_a_new_approval_changes_them
);

async fn a_waiting_summary_is_not_served_and_the_worker_makes_it(app: TestApp) {
    let w = world(&app).await;
    let db = app.db().await;
    let sec = portplans::services::sessions::authenticate(
        &db,
        &w.sec,
        portplans::services::sessions::API,
    )
    .await
    .expect("authenticate")
    .expect("the secretariat");
    let cycle = uuid::Uuid::parse_str(&w.cycle).expect("uuid");
    // A request whose job never ran (a server stopped, say).
    let waiting = portplans::services::summaries::request(&db, &sec, cycle, "fr", None)
        .await
        .expect("requested");
    assert_eq!(waiting.status, "pending");
    let (status, v) = app
        .api(
            "GET",
            &format!("/api/v1/summaries/{}/pdf", waiting.id),
            Some(&w.sec),
            None,
        )
        .await;
    assert_eq!(status, Status::Conflict, "{v}");
    assert_eq!(assert_error_shape(&v), "summary_not_ready");
    // The worker's pass makes it, once, with its audit events.
    let config = common::test_config(app.dir.path(), Some(&app.database_url), None);
    let (forms, _) = portplans::services::forms::load_dir(&config.forms_dir);
    let mut forms = forms.expect("forms");
    portplans::services::forms::record_versions(&db, &mut forms)
        .await
        .expect("versions");
    let i18n = portplans::i18n::I18n::load().expect("i18n");
    let engine = portplans::pdf::LazyEngine::default();
    let blobs = portplans::store::blobs::BlobStore::new(app.dir.path());
    let made = portplans::services::summaries::run_due(&db, &forms, &i18n, &engine, &blobs)
        .await
        .expect("run");
    assert_eq!(made, 1);
    let again = portplans::services::summaries::run_due(&db, &forms, &i18n, &engine, &blobs)
        .await
        .expect("run");
    assert_eq!(again, 0, "nothing left to make");
    let (status, v) = app
        .api(
            "GET",
            &format!("/api/v1/summaries/{}", waiting.id),
            Some(&w.sec),
            None,
        )
        .await;
    assert_eq!(status, Status::Ok);
    assert_eq!(v["status"], "ready", "{v}");
    let bytes = pdf_of(&app, &w.sec, &waiting.id.to_string()).await;
    assert_eq!(
        v["sha256"].as_str(),
        Some(hex::encode(Sha256::digest(&bytes)).as_str())
    );
    let (_, events) = app
        .api(
            "GET",
            &format!("/api/v1/audit?entity=summary&entity_id={}", waiting.id),
            Some(&w.sec),
            None,
        )
        .await;
    let actions: Vec<&str> = events["items"]
        .as_array()
        .expect("items")
        .iter()
        .filter_map(|e| e["action"].as_str())
        .collect();
    assert_eq!(actions, ["summary.ready", "summary.request"], "{events}");

    // A summary whose last allowed attempt never finished (its server stopped) is given up
    // on by the next pass: failed, told so, never left "being made".
    let stuck = portplans::services::summaries::request(&db, &sec, cycle, "en", None)
        .await
        .expect("requested");
    use sea_orm::{ActiveModelTrait, Set};
    portplans::store::entities::summary::ActiveModel {
        id: Set(stuck.id),
        status: Set("running".into()),
        attempts: Set(3),
        started_at: Set(Some(chrono::Utc::now() - chrono::Duration::hours(1))),
        ..Default::default()
    }
    .update(&db)
    .await
    .expect("stuck");
    let made = portplans::services::summaries::run_due(&db, &forms, &i18n, &engine, &blobs)
        .await
        .expect("run");
    assert_eq!(made, 0);
    let (_, v) = app
        .api(
            "GET",
            &format!("/api/v1/summaries/{}", stuck.id),
            Some(&w.sec),
            None,
        )
        .await;
    assert_eq!(v["status"], "failed", "{v}");
    let (status, v) = app
        .api(
            "GET",
            &format!("/api/v1/summaries/{}/pdf", stuck.id),
            Some(&w.sec),
            None,
        )
        .await;
    assert_eq!(status, Status::Conflict);
    assert_eq!(assert_error_shape(&v), "summary_failed");
}
on_both!(
    worker,
    a_waiting_summary_is_not_served_and_the_worker_makes_it
);

async fn one_click_on_the_board(app: TestApp) {
    let w = world(&app).await;
    let (status, _) = sign_in(&app, &w.sec_email, PASSWORD).await;
    assert!(status == Status::SeeOther || status == Status::Ok);
    let board = format!("/admin/cycles/{}", w.cycle);
    let (status, html) = page(&app, &board).await;
    assert_eq!(status, Status::Ok);
    assert!(html.contains("Comparative summaries"));
    assert!(html.contains("No summary has been made for this cycle yet."));
    let csrf = csrf_of(&html);
    let res = post_form(
        &app,
        &format!("/admin/cycles/{}/summaries", w.cycle),
        &[("csrf_token", &csrf), ("lang", "pt")],
    )
    .await;
    assert_eq!(res.status(), Status::SeeOther);
    let to = res
        .headers()
        .get_one("Location")
        .unwrap_or_default()
        .to_string();
    assert!(
        to.starts_with(&format!("/admin/cycles/{}?summary=", w.cycle)),
        "{to}"
    );
    let id = to
        .split("summary=")
        .nth(1)
        .and_then(|s| s.split('#').next())
        .expect("id")
        .to_string();
    let mut html = String::new();
    for _ in 0..600 {
        // A browser keeps the fragment to itself.
        html = page(&app, to.split('#').next().unwrap_or_default()).await.1;
        if !html.contains("Being made") {
            break;
        }
        rocket::tokio::time::sleep(std::time::Duration::from_millis(100)).await;
    }
    assert!(html.contains("Portuguese"), "the language named: {html}");
    let link = format!("/admin/summaries/{id}/pdf");
    assert!(html.contains(&link), "a download link");
    let res = app.client.get(link.clone()).dispatch().await;
    assert_eq!(res.status(), Status::Ok);
    let link = link.clone();
    let bytes = res.into_bytes().await.expect("bytes");
    assert!(bytes.starts_with(b"%PDF-"));
    assert!(
        html.contains(&hex::encode(Sha256::digest(&bytes))),
        "its SHA-256 shown"
    );
    // No CSRF token, no summary; a focal point gets nothing.
    let res = post_form(
        &app,
        &format!("/admin/cycles/{}/summaries", w.cycle),
        &[("lang", "en")],
    )
    .await;
    assert_eq!(res.status(), Status::Forbidden);
    // A focal point, signed in with a valid token, is refused both the request and the file.
    let focal = app.user("focal_point", Some("JAM")).await.1;
    let (status, _) = sign_in(&app, &focal, PASSWORD).await;
    assert!(status == Status::SeeOther || status == Status::Ok);
    let (_, html) = page(&app, "/reports").await;
    let csrf = csrf_of(&html);
    let before = portplans::store::entities::summary::Entity::find()
        .count(&app.db().await)
        .await
        .expect("count");
    let res = post_form(
        &app,
        &format!("/admin/cycles/{}/summaries", w.cycle),
        &[("csrf_token", &csrf), ("lang", "en")],
    )
    .await;
    assert_eq!(res.status(), Status::Forbidden);
    let res = app.client.get(link).dispatch().await;
    assert_eq!(res.status(), Status::Forbidden);
    let after = portplans::store::entities::summary::Entity::find()
        .count(&app.db().await)
        .await
        .expect("count");
    assert_eq!(before, after);
}
on_both!(board, one_click_on_the_board);
