//! A published summary in each of the four languages, found and downloaded by an
//! anonymous visitor in that language; then the Atom feed and the DCAT-AP catalogue read
//! as harvesters read them: feedparser must take the feed as Atom 1.0 without complaint,
//! and a JSON-LD processor (pyld) must turn the catalogue into RDF with every dataset.
//!
//! The validators are Python packages (`pip install feedparser pyld`; CI installs them).
//! Without them the harvest half is skipped with a line saying so, unless
//! `PORTPLANS_TEST_REQUIRE_VALIDATORS` is set, as CI sets it.

mod common;

use common::TestApp;
use rocket::http::Status;
use serde_json::{json, Value};
use sha2::{Digest, Sha256};

/// The title and the word a reader of `lang` searches with.
fn wording(lang: &str) -> (&'static str, &'static str) {
    match lang {
        "es" => ("Resumen comparativo de los planes portuarios", "planes"),
        "fr" => ("Synthèse comparative des plans portuaires", "synthèse"),
        "pt" => ("Resumo comparativo dos planos portuários", "portuários"),
        _ => ("Comparative summary of port plans", "comparative"),
    }
}

fn validators_available() -> bool {
    let ok = std::process::Command::new("python3")
        .args(["-c", "import feedparser, pyld"])
        .output()
        .is_ok_and(|o| o.status.success());
    if !ok {
        assert!(
            std::env::var_os("PORTPLANS_TEST_REQUIRE_VALIDATORS").is_none(),
            "the feed and catalogue validators are required here: pip install feedparser pyld"
        );
        eprintln!("skipped the harvest check: pip install feedparser pyld");
    }
    ok
}

async fn fetch(app: &TestApp, uri: &str) -> (Status, Option<String>, String) {
    let res = app.client.get(uri.to_string()).dispatch().await;
    let status = res.status();
    let ct = res.content_type().map(|c| c.to_string());
    (status, ct, res.into_string().await.unwrap_or_default())
}

#[rocket::async_test]
async fn found_and_downloaded_in_every_language_and_harvested() {
    let app = TestApp::on_with(
        common::Backend::Sqlite,
        "harvest",
        &[("PORTPLANS_PUBLIC_URL", "https://ports.example.org")],
    )
    .await
    .expect("SQLite");
    let (w, first) = common::approved_with_summary(&app, "en").await;
    let mut made = Vec::new();
    for lang in ["en", "es", "fr", "pt"] {
        let id = if lang == "en" {
            first.clone()
        } else {
            common::ready_summary(&app, &w.sec, &w.cycle, lang).await
        };
        let (title, _) = wording(lang);
        let (status, r) = app
            .api(
                "POST",
                "/api/v1/resources",
                Some(&w.sec),
                Some(
                    &json!({"kind": "summary", "summary": id, "title": {lang: title},
                    "licence": "CC-BY-4.0", "language": lang, "year": 2026,
                    "hazards": ["hurricane"], "member_states": ["JAM"]}),
                ),
            )
            .await;
        assert_eq!(status, Status::Created, "{r}");
        let rid = r["id"].as_str().expect("id").to_string();
        let (status, _) = app
            .api(
                "POST",
                &format!("/api/v1/resources/{rid}/publish"),
                Some(&w.sec),
                None,
            )
            .await;
        assert_eq!(status, Status::Ok);
        made.push((lang, rid, r["sha256"].as_str().expect("sha").to_string()));
    }
    // A resource made but never published must stay out of both documents.
    let (_, hidden) = app
        .api(
            "POST",
            "/api/v1/resources",
            Some(&w.sec),
            Some(&json!({"kind": "summary", "summary": first, "title": {"en": "Never published draft"},
                "licence": "CC-BY-4.0", "language": "en", "year": 2026})),
        )
        .await;
    let hidden = hidden["id"].as_str().expect("id").to_string();

    // Each reader, anonymous, in their language: a word of the title and the file's
    // language find exactly their summary; its page links the file; the bytes match.
    for (lang, rid, sha) in &made {
        let (title, word) = wording(lang);
        let q = rocket::http::RawStr::new(word).percent_encode().to_string();
        let res = app
            .get_lang(&format!("/resources?q={q}&language={lang}"), lang)
            .await;
        assert_eq!(res.status(), Status::Ok);
        let html = res.into_string().await.unwrap_or_default();
        assert!(html.contains(&format!("<html lang=\"{lang}\"")));
        assert!(html.contains(title), "{lang}: {title} not found by {word}");
        assert_eq!(
            html.matches("<h3><a href=\"/resources/").count(),
            1,
            "{lang}: exactly one result"
        );
        let res = app.get_lang(&format!("/resources/{rid}"), lang).await;
        let page = res.into_string().await.unwrap_or_default();
        assert!(page.contains(&format!("{rid}/file")) && page.contains(sha.as_str()));
        let res = app.get(&format!("/resources/{rid}/file")).await;
        assert_eq!(res.status(), Status::Ok);
        let bytes = res.into_bytes().await.unwrap_or_default();
        assert!(bytes.starts_with(b"%PDF-"));
        assert_eq!(
            &hex::encode(Sha256::digest(&bytes)),
            sha,
            "{lang}: the file as described"
        );
    }

    let (status, ct, feed) = fetch(&app, "/feed.atom").await;
    assert_eq!(status, Status::Ok);
    assert!(ct.unwrap_or_default().starts_with("application/atom+xml"));
    let (status, ct, catalogue) = fetch(&app, "/catalog.jsonld").await;
    assert_eq!(status, Status::Ok);
    assert!(ct.unwrap_or_default().starts_with("application/ld+json"));
    assert!(!feed.contains(&hidden) && !catalogue.contains(&hidden));
    if !validators_available() {
        return;
    }
    let dir = tempfile::tempdir().expect("tempdir");
    let (feed_path, catalogue_path) = (
        dir.path().join("feed.atom"),
        dir.path().join("catalog.jsonld"),
    );
    std::fs::write(&feed_path, &feed).expect("feed written");
    std::fs::write(&catalogue_path, &catalogue).expect("catalogue written");
    let out = std::process::Command::new("python3")
        .arg(common::repo_path("tests/tools/harvest.py"))
        .arg(&feed_path)
        .arg(&catalogue_path)
        .output()
        .expect("python3 runs");
    assert!(
        out.status.success(),
        "the validators refused: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    let found: Value = serde_json::from_slice(&out.stdout).expect("the script's JSON");
    // The feed: Atom 1.0, well-formed, one entry per published resource, each with its
    // page and its file.
    assert_eq!(found["feed_version"], "atom10", "{found}");
    assert_eq!(found["bozo"], false, "{}", found["bozo_exception"]);
    let entries = found["entries"].as_array().expect("entries");
    assert_eq!(entries.len(), 4, "{found}");
    for (_, rid, _) in &made {
        let entry = entries
            .iter()
            .find(|e| {
                e["links"]
                    .to_string()
                    .contains(&format!("/resources/{rid}"))
            })
            .unwrap_or_else(|| panic!("no entry for {rid}: {found}"));
        let links = entry["links"].as_array().expect("links");
        assert!(
            links.iter().any(|l| l["rel"] == "alternate"
                && l["type"] == "text/html"
                && l["href"] == format!("https://ports.example.org/resources/{rid}")),
            "{entry}"
        );
        assert!(links.iter().any(|l| l["rel"] == "enclosure"
            && l["href"] == format!("https://ports.example.org/resources/{rid}/file")
            && l["type"] == "application/pdf"));
    }
    // The catalogue: RDF with a catalogue, four datasets and their distributions, each
    // with licence, download address, size and checksum.
    assert_eq!(found["datasets"], 4, "{found}");
    let types = found["types"].to_string();
    for t in [
        "dcat#Catalog",
        "dcat#Dataset",
        "dcat#Distribution",
        "spdx.org/rdf/terms#Checksum",
    ] {
        assert!(types.contains(t), "{t} missing: {types}");
    }
    let predicates = found["predicates"].to_string();
    for p in [
        "dcat#downloadURL",
        "dcat#byteSize",
        "dcat#mediaType",
        "terms/license",
        "terms/language",
        "terms/spatial",
        "spdx.org/rdf/terms#checksumValue",
    ] {
        assert!(predicates.contains(p), "{p} missing: {predicates}");
    }
    // Catalogue (8) + 4 datasets × (dataset and distribution and checksum triples).
    assert!(found["triples"].as_u64().unwrap_or(0) >= 4 * 20, "{found}");
}
