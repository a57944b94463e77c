//! The public repository's API, on SQLite and PostgreSQL: a resource made from a summary
//! and from an uploaded document, published, found by words and facets, downloaded with
//! its ETag (304 when unchanged, counted once), withdrawn (its page stays, its file is
//! gone: 410); and every way to reach what is not public, tried.

mod common;

use common::{assert_error_shape, multipart, TestApp};
use rocket::http::{ContentType, Header, Status};
use sea_orm::{EntityTrait, PaginatorTrait};
use serde_json::{json, Value};
use sha2::{Digest, Sha256};

const PDF: &[u8] = b"%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n%%EOF\n";

/// An approved report, its Spanish summary made; returns (secretariat, focal point, summary).
async fn world(app: &TestApp) -> (String, String, String) {
    let (w, id) = common::approved_with_summary(app, "es").await;
    (w.sec, w.jam, id)
}

fn metadata(summary: &str) -> Value {
    json!({"kind": "summary", "summary": summary,
        "title": {"es": "Resumen comparativo de los planes portuarios",
                  "en": "Comparative summary of port plans"},
        "description": {"es": "Preparación ante huracanes en el Caribe"},
        "licence": "CC-BY-4.0", "language": "es", "year": 2026,
        "hazards": ["hurricane"], "member_states": ["JAM"]})
}

async fn count(app: &TestApp) -> u64 {
    portplans::store::entities::resource::Entity::find()
        .count(&app.db().await)
        .await
        .expect("count")
}

async fn published_found_downloaded_withdrawn(app: TestApp) {
    let (sec, jam, summary) = world(&app).await;
    // Who may make one, and what a description must hold; nothing written when refused.
    let (status, v) = app
        .api(
            "POST",
            "/api/v1/resources",
            Some(&jam),
            Some(&metadata(&summary)),
        )
        .await;
    assert_eq!(status, Status::Forbidden, "{v}");
    let (status, _) = app
        .api("POST", "/api/v1/resources", None, Some(&metadata(&summary)))
        .await;
    assert_eq!(status, Status::Unauthorized);
    let mut bad = metadata(&summary);
    bad["licence"] = json!("all rights reserved");
    let (status, v) = app
        .api("POST", "/api/v1/resources", Some(&sec), Some(&bad))
        .await;
    assert_eq!(status, Status::UnprocessableEntity, "{v}");
    assert_eq!(assert_error_shape(&v), "invalid_metadata");
    assert_eq!(v["field"], "licence", "the refusal names its field: {v}");
    let mut bad = metadata(&summary);
    bad["summary"] = json!(uuid::Uuid::new_v4());
    let (status, v) = app
        .api("POST", "/api/v1/resources", Some(&sec), Some(&bad))
        .await;
    assert_eq!(status, Status::UnprocessableEntity, "{v}");
    assert_eq!(count(&app).await, 0);

    let (status, r) = app
        .api(
            "POST",
            "/api/v1/resources",
            Some(&sec),
            Some(&metadata(&summary)),
        )
        .await;
    assert_eq!(status, Status::Created, "{r}");
    let id = r["id"].as_str().expect("id").to_string();
    assert!(r["published_at"].is_null());
    assert_eq!(r["hazards"], json!(["hurricane"]));
    // Unpublished: nowhere for the public, under any path.
    let public = format!("/api/v1/resources/{id}");
    assert_eq!(
        app.api("GET", &public, None, None).await.0,
        Status::NotFound
    );
    assert_eq!(
        app.api("GET", &public, Some(&jam), None).await.0,
        Status::NotFound
    );
    assert_eq!(
        app.api("GET", &public, Some(&sec), None).await.0,
        Status::Ok
    );
    let res = app
        .client
        .get(format!("/resources/{id}/file"))
        .dispatch()
        .await;
    assert_eq!(res.status(), Status::NotFound);
    let (_, list) = app.api("GET", "/api/v1/resources", None, None).await;
    assert_eq!(list["total"], 0, "{list}");
    let res = app
        .client
        .get(format!("/resources/{}/file", uuid::Uuid::new_v4()))
        .dispatch()
        .await;
    assert_eq!(res.status(), Status::NotFound, "a guessed id");

    // Published, once.
    let publish = format!("/api/v1/resources/{id}/publish");
    assert_eq!(
        app.api("POST", &publish, Some(&jam), None).await.0,
        Status::Forbidden
    );
    let (status, v) = app.api("POST", &publish, Some(&sec), None).await;
    assert_eq!(status, Status::Ok, "{v}");
    assert!(v["published_at"].is_string());
    let (status, v) = app.api("POST", &publish, Some(&sec), None).await;
    assert_eq!(status, Status::Conflict, "{v}");
    let (status, v) = app.api("GET", &public, None, None).await;
    assert_eq!(status, Status::Ok);
    for key in [
        "sha256",
        "size",
        "download_url",
        "licence",
        "titles",
        "member_states",
    ] {
        assert!(!v[key].is_null(), "{key}: {v}");
    }

    // Found by a word of any language, accents or not, and by facets with their counts.
    for (q, found) in [
        ("huracanes", 1),
        ("PREPARACION", 1),
        ("comparat", 1),
        ("tsunami", 0),
    ] {
        let (_, list) = app
            .api("GET", &format!("/api/v1/resources?q={q}"), None, None)
            .await;
        assert_eq!(list["total"], found, "{q}: {list}");
    }
    let (_, list) = app.api("GET", "/api/v1/resources", None, None).await;
    assert_eq!(list["facets"]["hazard"]["hurricane"], 1, "{list}");
    assert_eq!(list["facets"]["member_state"]["JAM"], 1);
    assert_eq!(list["facets"]["language"]["es"], 1);
    assert_eq!(list["facets"]["kind"]["summary"], 1);
    let (_, list) = app
        .api("GET", "/api/v1/resources?hazard=tsunami", None, None)
        .await;
    assert_eq!(list["total"], 0);
    let (_, list) = app
        .api(
            "GET",
            "/api/v1/resources?member_state=jam&year=2026",
            None,
            None,
        )
        .await;
    assert_eq!(list["total"], 1);

    // The file: its ETag is its SHA-256; unchanged, a 304; counted once, without who.
    let res = app
        .client
        .get(format!("/resources/{id}/file"))
        .dispatch()
        .await;
    assert_eq!(res.status(), Status::Ok);
    let etag = res
        .headers()
        .get_one("ETag")
        .unwrap_or_default()
        .to_string();
    let disposition = res
        .headers()
        .get_one("Content-Disposition")
        .unwrap_or_default()
        .to_string();
    assert!(disposition.starts_with("attachment;"), "{disposition}");
    let bytes = res.into_bytes().await.expect("bytes");
    let sha = hex::encode(Sha256::digest(&bytes));
    assert_eq!(etag, format!("\"{sha}\""));
    assert_eq!(v["sha256"], sha.as_str());
    let res = app
        .client
        .get(format!("/resources/{id}/file"))
        .header(Header::new("If-None-Match", etag.clone()))
        .dispatch()
        .await;
    assert_eq!(res.status(), Status::NotModified);
    let (_, v) = app.api("GET", &public, None, None).await;
    assert_eq!(v["downloads"], 1, "{v}");

    // The feed lists it.
    let res = app.client.get("/feed.atom").dispatch().await;
    assert_eq!(res.status(), Status::Ok);
    assert!(res
        .content_type()
        .is_some_and(|c| c.to_string().starts_with("application/atom+xml")));
    let feed = res.into_string().await.unwrap_or_default();
    assert!(feed.contains(&format!("urn:uuid:{id}")) && feed.contains("Comparative summary"));

    // The DCAT-AP catalogue describes it, with its file, size, checksum and licence.
    let res = app.client.get("/catalog.jsonld").dispatch().await;
    assert_eq!(res.status(), Status::Ok);
    let catalog: Value = serde_json::from_str(&res.into_string().await.unwrap_or_default())
        .expect("the catalogue is JSON");
    assert_eq!(catalog["@type"], "dcat:Catalog");
    assert_eq!(catalog["@context"]["dcat"], "http://www.w3.org/ns/dcat#");
    let datasets = catalog["dcat:dataset"].as_array().expect("datasets");
    assert_eq!(datasets.len(), 1);
    let dist = &datasets[0]["dcat:distribution"][0];
    assert_eq!(dist["spdx:checksum"]["spdx:checksumValue"], sha.as_str());
    assert_eq!(
        datasets[0]["dct:license"]["@id"],
        "https://creativecommons.org/licenses/by/4.0/"
    );
    assert!(dist["dcat:downloadURL"]["@id"]
        .as_str()
        .is_some_and(|u| u.ends_with(&format!("/resources/{id}/file"))));

    // Withdrawn, with a reason: the page stays, the file is gone, the lists forget it.
    let withdraw = format!("/api/v1/resources/{id}/withdraw");
    let (status, v) = app
        .api("POST", &withdraw, Some(&sec), Some(&json!({"reason": " "})))
        .await;
    assert_eq!(status, Status::UnprocessableEntity, "{v}");
    let (status, v) = app
        .api(
            "POST",
            &withdraw,
            Some(&jam),
            Some(&json!({"reason": "Superseded"})),
        )
        .await;
    assert_eq!(status, Status::Forbidden, "{v}");
    let (status, v) = app
        .api(
            "POST",
            &withdraw,
            Some(&sec),
            Some(&json!({"reason": "Figures corrected"})),
        )
        .await;
    assert_eq!(status, Status::Ok, "{v}");
    let (status, v) = app.api("GET", &public, None, None).await;
    assert_eq!(status, Status::Ok);
    assert_eq!(v["withdrawal_reason"], "Figures corrected");
    assert!(v["withdrawn_at"].is_string());
    let res = app
        .client
        .get(format!("/resources/{id}/file"))
        .dispatch()
        .await;
    assert_eq!(res.status(), Status::Gone);
    let res = app
        .client
        .get(format!("/resources/{id}/file"))
        .header(Header::new("If-None-Match", etag))
        .dispatch()
        .await;
    assert_eq!(res.status(), Status::Gone, "no 304 for what is withdrawn");
    let (_, list) = app.api("GET", "/api/v1/resources", None, None).await;
    assert_eq!(list["total"], 0);
    let feed = app
        .client
        .get("/feed.atom")
        .dispatch()
        .await
        .into_string()
        .await
        .unwrap_or_default();
    assert!(!feed.contains(&id));
    assert_eq!(
        app.api("POST", &publish, Some(&sec), None).await.0,
        Status::Conflict
    );

    // A correction: a new resource that points to the old one.
    let mut correction = metadata(&summary);
    correction["supersedes"] = json!(id);
    let (status, c) = app
        .api("POST", "/api/v1/resources", Some(&sec), Some(&correction))
        .await;
    assert_eq!(status, Status::Created, "{c}");
    let cid = c["id"].as_str().expect("id");
    app.api(
        "POST",
        &format!("/api/v1/resources/{cid}/publish"),
        Some(&sec),
        None,
    )
    .await;
    let (_, old) = app.api("GET", &public, None, None).await;
    assert_eq!(old["superseded_by"], cid);
}
on_both!(repository_api, published_found_downloaded_withdrawn);

async fn documents_are_uploaded_and_sniffed(app: TestApp) {
    let (sec, jam, _) = world(&app).await;
    let post = |token: String, file: (&'static str, &'static [u8])| {
        let (ct, body) = multipart(
            &[
                ("title", "Model hurricane plan"),
                ("licence", "CC-BY-4.0"),
                ("language", "en"),
                ("hazards", "hurricane"),
                ("member_states", "JAM"),
                ("member_states", "BRB"),
            ],
            file,
        );
        let req = app
            .client
            .post("/api/v1/resources")
            .header(ContentType::parse_flexible(&ct).expect("content type"))
            .header(Header::new("Authorization", format!("Bearer {token}")))
            .body(body);
        async move { common::json(req.dispatch().await).await }
    };
    let (status, v) = post(sec.clone(), ("plan.pdf", PDF)).await;
    assert_eq!(status, Status::Created, "{v}");
    assert_eq!(v["kind"], "document");
    assert_eq!(v["media_type"], "application/pdf");
    assert_eq!(v["member_states"], json!(["BRB", "JAM"]));
    let (status, _) = post(sec.clone(), ("plan.pdf", b"not a pdf at all")).await;
    assert_eq!(status, Status::UnsupportedMediaType);
    let (status, _) = post(jam, ("plan.pdf", PDF)).await;
    assert_eq!(status, Status::Forbidden);
    assert_eq!(count(&app).await, 1);
}
on_both!(documents, documents_are_uploaded_and_sniffed);

async fn catalogue_pages_in_spanish(app: TestApp) {
    let (sec, _, summary) = world(&app).await;
    let (_, r) = app
        .api(
            "POST",
            "/api/v1/resources",
            Some(&sec),
            Some(&metadata(&summary)),
        )
        .await;
    let id = r["id"].as_str().expect("id").to_string();
    // Not published: no page for the public.
    let res = app.get_lang(&format!("/resources/{id}"), "es").await;
    assert_eq!(res.status(), Status::NotFound);
    app.api(
        "POST",
        &format!("/api/v1/resources/{id}/publish"),
        Some(&sec),
        None,
    )
    .await;
    let res = app.get_lang("/resources?q=huracanes", "es").await;
    assert_eq!(res.status(), Status::Ok);
    let html = res.into_string().await.unwrap_or_default();
    assert!(html.contains("<html lang=\"es\""), "in Spanish");
    assert!(
        html.contains("Resumen comparativo de los planes portuarios"),
        "{html}"
    );
    assert!(html.contains("1 recurso"));
    // Facets with their labels in Spanish and counts; a filter link keeps the search.
    assert!(html.contains("Huracán") && html.contains("Jamaica") && html.contains("(1)"));
    // (Tera writes "/" as "&#x2F;" in attributes.)
    assert!(
        html.contains("resources?q=huracanes&amp;hazard=hurricane"),
        "{html}"
    );
    let res = app.get_lang("/resources?q=tsunami", "es").await;
    let html = res.into_string().await.unwrap_or_default();
    assert!(html.contains("Ningún recurso publicado coincide"));
    // The resource's page: metadata, checksum, download.
    let res = app.get_lang(&format!("/resources/{id}"), "es").await;
    assert_eq!(res.status(), Status::Ok);
    let html = res.into_string().await.unwrap_or_default();
    assert!(html.contains(r["sha256"].as_str().expect("sha")));
    assert!(html.contains("Suma de verificación SHA-256"));
    assert!(html.contains(&format!("{id}/file")));
    assert!(html.contains("CC BY 4.0"));
}
on_both!(pages, catalogue_pages_in_spanish);

async fn attachments_only_when_public_licensed_and_approved(app: TestApp) {
    let common::WithFiles {
        sec,
        jam,
        id,
        public,
        restricted,
        ..
    } = common::report_with_files(&app).await;
    let body = |attachment: &str| {
        json!({"kind": "attachment", "attachment": attachment, "title": "Kingston's plan",
            "licence": "CC-BY-4.0", "language": "en", "member_states": ["JAM"]})
    };
    // Submitted, not approved: not yet.
    let (status, v) = app
        .api(
            "POST",
            "/api/v1/resources",
            Some(&sec),
            Some(&body(&public)),
        )
        .await;
    assert_eq!(status, Status::UnprocessableEntity, "{v}");
    assert_eq!(assert_error_shape(&v), "attachment_not_public");
    app.api(
        "POST",
        &format!("/api/v1/submissions/{id}/approve"),
        Some(&sec),
        Some(&json!({})),
    )
    .await;
    // Approved: the restricted file never; a guessed id never; the public one, yes.
    for refused in [restricted.clone(), uuid::Uuid::new_v4().to_string()] {
        let (status, v) = app
            .api(
                "POST",
                "/api/v1/resources",
                Some(&sec),
                Some(&body(&refused)),
            )
            .await;
        assert_eq!(status, Status::UnprocessableEntity, "{v}");
    }
    assert_eq!(count(&app).await, 0);
    let (status, v) = app
        .api(
            "POST",
            "/api/v1/resources",
            Some(&jam),
            Some(&body(&public)),
        )
        .await;
    assert_eq!(status, Status::Forbidden, "{v}");
    let (status, v) = app
        .api(
            "POST",
            "/api/v1/resources",
            Some(&sec),
            Some(&body(&public)),
        )
        .await;
    assert_eq!(status, Status::Created, "{v}");
    assert_eq!(v["kind"], "attachment");
    assert_eq!(v["sha256"], hex::encode(Sha256::digest(PDF)).as_str());
}
on_both!(
    attachments,
    attachments_only_when_public_licensed_and_approved
);
