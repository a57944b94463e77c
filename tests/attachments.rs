//! Attachments through the API, on SQLite and PostgreSQL: types sniffed from the bytes,
//! the size limit, visibility and consent, sensitive questions, isolation, download.

mod common;

use common::{assert_error_shape, upload, Backend, TestApp};
use portplans::store::entities::attachment;
use rocket::http::{ContentType, Header, Status};
use sea_orm::EntityTrait;
use serde_json::json;

const PDF: &[u8] =
    b"%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n";
const PNG: &[u8] = b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\0\x01\0\0\0\x01\x08\x02\0\0\0\x90wS\xde";

/// A draft of Kingston (JAM) and the tokens of its focal point, another state's and the secretariat.
async fn draft(app: &TestApp) -> (String, String, String, String) {
    let (_, sec) = app.user("secretariat", None).await;
    let (_, jam) = app.user("focal_point", Some("JAM")).await;
    let (_, brb) = app.user("focal_point", Some("BRB")).await;
    let (sec, jam, brb) = (
        app.token(&sec).await,
        app.token(&jam).await,
        app.token(&brb).await,
    );
    app.api(
        "POST",
        "/api/v1/member-states/JAM/ports",
        Some(&sec),
        Some(&json!({"locode": "JMKIN", "name": "Kingston"})),
    )
    .await;
    let today = chrono::Utc::now().date_naive();
    let (_, c) = app
        .api("POST", "/api/v1/cycles", Some(&sec), Some(&json!({"form": "port-contingency", "title": "2026",
            "opens_on": today.to_string(), "closes_on": (today + chrono::Duration::days(9)).to_string()})))
        .await;
    let (_, s) = app
        .api(
            "POST",
            &format!(
                "/api/v1/cycles/{}/submissions",
                c["id"].as_str().unwrap_or_default()
            ),
            Some(&jam),
            Some(&json!({"port": "JMKIN"})),
        )
        .await;
    (
        s["id"].as_str().expect("submission").to_string(),
        jam,
        brb,
        sec,
    )
}

async fn uploads(app: TestApp) {
    let (id, jam, brb, sec) = draft(&app).await;
    // A plan, restricted by default.
    let (status, v) = upload(&app, &jam, &id, &[("question", "B6")], ("plan.pdf", PDF)).await;
    assert_eq!(status, Status::Created, "{v}");
    assert_eq!(
        (v["media_type"].as_str(), v["visibility"].as_str()),
        (Some("application/pdf"), Some("restricted"))
    );
    assert_eq!(v["size"], PDF.len());
    assert_eq!(v["sha256"].as_str().map(str::len), Some(64));
    let pdf_id = v["id"].as_str().expect("id").to_string();

    // The name says PDF, the bytes say otherwise: 415, whatever the name.
    let (status, v) = upload(
        &app,
        &jam,
        &id,
        &[("question", "H2")],
        ("plan.pdf", b"MZ\x90\0 not a document"),
    )
    .await;
    assert_eq!(
        (status, assert_error_shape(&v).as_str()),
        (Status::UnsupportedMediaType, "unsupported_media_type")
    );
    // B6 accepts PDF only: a PNG there is refused; on H2 it is fine.
    let (status, _) = upload(&app, &jam, &id, &[("question", "B6")], ("map.png", PNG)).await;
    assert_eq!(status, Status::UnsupportedMediaType);
    // Public needs a licence (the consent), and never on a sensitive question.
    let (status, v) = upload(
        &app,
        &jam,
        &id,
        &[("question", "H2"), ("visibility", "public")],
        ("map.png", PNG),
    )
    .await;
    assert_eq!(
        (status, v["error"].as_str()),
        (Status::UnprocessableEntity, Some("licence_required"))
    );
    // A licence that cannot be honoured is not one.
    let (status, v) = upload(
        &app,
        &jam,
        &id,
        &[
            ("question", "H2"),
            ("visibility", "public"),
            ("licence", "all rights reserved"),
        ],
        ("map.png", PNG),
    )
    .await;
    assert_eq!(
        (status, v["error"].as_str()),
        (Status::UnprocessableEntity, Some("unknown_licence"))
    );
    let (status, v) = upload(
        &app,
        &jam,
        &id,
        &[
            ("question", "H2"),
            ("visibility", "public"),
            ("licence", "CC-BY-4.0"),
        ],
        ("map.png", PNG),
    )
    .await;
    assert_eq!(status, Status::Created, "{v}");
    assert_eq!(v["licence"], "CC-BY-4.0");
    let db = app.db().await;
    let stored = attachment::Entity::find_by_id(
        uuid::Uuid::parse_str(v["id"].as_str().unwrap_or_default()).expect("uuid"),
    )
    .one(&db)
    .await
    .expect("query")
    .expect("row");
    assert!(
        stored.consent_by.is_some() && stored.consent_at.is_some(),
        "consent recorded with who and when"
    );
    // A file question of section D (sensitive) would refuse public; the form has none, so a
    // non-file question is refused instead.
    let (status, v) = upload(&app, &jam, &id, &[("question", "D1")], ("plan.pdf", PDF)).await;
    assert_eq!(
        (status, v["error"].as_str()),
        (Status::UnprocessableEntity, Some("not_a_file_question"))
    );

    // Other states and the secretariat cannot upload; another state cannot download.
    let (status, _) = upload(&app, &brb, &id, &[("question", "B6")], ("plan.pdf", PDF)).await;
    assert_eq!(status, Status::NotFound);
    let (status, _) = upload(&app, &sec, &id, &[("question", "B6")], ("plan.pdf", PDF)).await;
    assert_eq!(status, Status::Forbidden);
    for (token, expected) in [
        (&jam, Status::Ok),
        (&sec, Status::Ok),
        (&brb, Status::NotFound),
    ] {
        let res = app
            .client
            .get(format!("/api/v1/attachments/{pdf_id}"))
            .header(Header::new("Authorization", format!("Bearer {token}")))
            .dispatch()
            .await;
        assert_eq!(res.status(), expected);
        if expected == Status::Ok {
            let h = res.headers();
            assert_eq!(
                h.get_one("Content-Disposition"),
                Some("attachment; filename=\"plan.pdf\"")
            );
            assert_eq!(h.get_one("X-Content-Type-Options"), Some("nosniff"));
            assert_eq!(res.content_type(), Some(ContentType::PDF));
            assert_eq!(res.into_bytes().await.unwrap_or_default(), PDF);
        }
    }
    let res = app
        .client
        .get(format!("/api/v1/attachments/{pdf_id}"))
        .dispatch()
        .await;
    assert_eq!(res.status(), Status::Unauthorized);
}
on_both!(uploads, uploads);

#[rocket::async_test]
async fn a_file_over_the_limit_is_413() {
    let app = TestApp::on_with(
        Backend::Sqlite,
        "limit",
        &[("PORTPLANS_UPLOAD_LIMIT_MB", "1")],
    )
    .await
    .expect("sqlite");
    let (id, jam, _, _) = draft(&app).await;
    let mut big = PDF.to_vec();
    big.extend(std::iter::repeat_n(b' ', 1_200_000));
    let (status, v) = upload(&app, &jam, &id, &[("question", "B6")], ("big.pdf", &big)).await;
    assert_eq!(
        (status, assert_error_shape(&v).as_str()),
        (Status::PayloadTooLarge, "too_large")
    );
    let db = app.db().await;
    assert_eq!(
        attachment::Entity::find().all(&db).await.expect("q").len(),
        0,
        "nothing stored"
    );
}
