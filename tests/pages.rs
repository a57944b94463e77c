//! HTML pages: layout, language choice, the questionnaire preview, errors, headers.

mod common;

use common::{Backend, TestApp};
use rocket::http::{Cookie, Status};

async fn app() -> TestApp {
    TestApp::on(Backend::Sqlite, "pages").await.expect("sqlite")
}

#[rocket::async_test]
async fn home_in_the_browsers_language_with_security_headers() {
    let app = app().await;
    let res = app.get_lang("/", "fr-CA,fr;q=0.9,en;q=0.5").await;
    assert_eq!(res.status(), Status::Ok);
    let h = res.headers();
    let csp = h
        .get_one("Content-Security-Policy")
        .expect("CSP")
        .to_string();
    assert!(
        csp.contains("frame-ancestors 'none'") && csp.contains("script-src 'self'"),
        "{csp}"
    );
    assert!(!csp.contains("unsafe-inline"));
    assert_eq!(h.get_one("X-Content-Type-Options"), Some("nosniff"));
    assert!(h.get_one("Referrer-Policy").is_some());
    assert_eq!(
        h.get_one("Cache-Control"),
        None,
        "a public page may be cached"
    );
    let body = res.into_string().await.expect("body");
    assert!(body.contains(r#"<html lang="fr">"#), "{body}");
    assert!(
        body.contains("Plans d") || body.contains("plans d"),
        "French text on the page"
    );
    assert!(!body.contains("<script>"), "no inline script");
}

#[rocket::async_test]
async fn the_language_switcher_remembers_the_choice() {
    let app = app().await;
    let res = app.get("/lang/pt?next=/forms").await;
    assert_eq!(res.status(), Status::SeeOther);
    assert_eq!(res.headers().get_one("Location"), Some("/forms"));
    let cookie = res
        .cookies()
        .get("lang")
        .expect("lang cookie")
        .value()
        .to_string();
    assert_eq!(cookie, "pt");
    let res = app
        .client
        .get("/forms")
        .cookie(Cookie::new("lang", "pt"))
        .dispatch()
        .await;
    let body = res.into_string().await.expect("body");
    assert!(body.contains(r#"<html lang="pt">"#));
    // Only local, valid paths are followed; anything else goes home, never a 500.
    for next in [
        "//evil.example/x",
        "https://evil.example/",
        "/a%20b%0d%0aX:1",
        "/a b",
    ] {
        let res = app
            .get(&format!("/lang/es?next={}", next.replace(' ', "%20")))
            .await;
        assert_eq!(res.status(), Status::SeeOther, "{next}");
        let to = res
            .headers()
            .get_one("Location")
            .unwrap_or_default()
            .to_string();
        assert!(to == "/" || to == "/a%20b%0d%0aX:1", "{next} -> {to}");
    }
    // The switcher's links drop a `lang=` of the current address, so the choice wins.
    let res = app
        .get("/forms/port-contingency?lang=es&version=2026.1")
        .await;
    let body = res.into_string().await.expect("body");
    assert!(
        body.contains("/lang/en?next=%2Fforms%2Fport%2Dcontingency%3Fversion%3D2026%2E1"),
        "links keep other parameters only"
    );
}

/// Tera's HTML escaping.
fn escape(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
        .replace('\'', "&#x27;")
        .replace('/', "&#x2F;")
}

#[rocket::async_test]
async fn the_preview_shows_every_question_in_the_chosen_language() {
    let app = app().await;
    let res = app.get("/forms/port-contingency?lang=es").await;
    assert_eq!(res.status(), Status::Ok);
    let body = res.into_string().await.expect("body");
    assert!(body.contains(r#"<html lang="es">"#));
    let form_text = std::fs::read_to_string(common::repo_path("forms/port-contingency-2026.toml"))
        .expect("form");
    let def: toml::Value = toml::from_str(&form_text).expect("toml");
    let sections = def["sections"].as_array().expect("sections");
    let mut seen = 0;
    for s in sections {
        for q in s["questions"].as_array().expect("questions") {
            let id = q["id"].as_str().expect("id");
            assert!(
                body.contains(&format!(r#"id="q-{id}""#)),
                "question {id} shown"
            );
            let label = q["label"]["es"].as_str().expect("Spanish label");
            assert!(
                body.contains(&escape(label)),
                "Spanish label of {id}: {label}"
            );
            if let Some(h) = q.get("hint").and_then(|h| h["es"].as_str()) {
                assert!(body.contains(&escape(h)), "Spanish hint of {id}");
            }
            seen += 1;
        }
    }
    assert_eq!(seen, 57, "every question of the codebook");
    // Conditions are told in words with links to the questions they depend on, never as
    // raw expressions.
    assert!(!body.contains("${"), "no raw expression on the page");
    assert!(
        body.contains(r##"<a href="#q-B1">B1</a>"##),
        "B2–B6 depend on B1"
    );
    // Choice labels too (a sample from each kind of list).
    assert!(
        body.contains("Marejada ciclónica") || body.contains("marejada ciclónica"),
        "C1 storm surge in Spanish"
    );
}

#[rocket::async_test]
async fn an_unknown_page_is_a_translated_html_404() {
    let app = app().await;
    let res = app.get_lang("/forms/nothing-here", "es").await;
    assert_eq!(res.status(), Status::NotFound);
    let body = res.into_string().await.expect("body");
    assert!(body.contains(r#"<html lang="es">"#), "{body}");
    assert!(
        body.contains("No se encontr") || body.contains("no se encontr"),
        "{body}"
    );
}

#[rocket::async_test]
async fn the_stylesheet_is_served() {
    let app = app().await;
    let res = app.get("/static/style.css").await;
    assert_eq!(res.status(), Status::Ok);
    assert_eq!(res.content_type(), Some(rocket::http::ContentType::CSS));
}

#[rocket::async_test]
async fn postgres_serves_the_same_pages() {
    let Some(app) = TestApp::on(Backend::Postgres, "pages_postgres").await else {
        return;
    };
    let res = app.get("/forms/port-contingency").await;
    assert_eq!(res.status(), Status::Ok);
}
