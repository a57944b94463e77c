//! Submissions through the API, on SQLite and PostgreSQL: starting, drafts that keep
//! everything, stale saves refused, submit all-or-nothing, revisions, isolation by state.

mod common;

use common::{assert_error_shape, TestApp};
use portplans::store::entities::{event, revision};
use rocket::http::Status;
use sea_orm::{ColumnTrait, EntityTrait, PaginatorTrait, QueryFilter};
use serde_json::{json, Value};

struct World {
    sec: String,
    jam: String,
    brb: String,
    cycle: String,
}

async fn world(app: &TestApp) -> World {
    let (_, sec) = app.user("secretariat", None).await;
    let (_, jam) = app.user("focal_point", Some("JAM")).await;
    let (_, brb) = app.user("focal_point", Some("BRB")).await;
    let (sec, jam, brb) = (
        app.token(&sec).await,
        app.token(&jam).await,
        app.token(&brb).await,
    );
    for (state, locode, name) in [
        ("JAM", "JMKIN", "Kingston"),
        ("JAM", "JMMBJ", "Montego Bay"),
        ("BRB", "BBBGI", "Bridgetown"),
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
    let (status, v) = app
        .api(
            "POST",
            "/api/v1/cycles",
            Some(&sec),
            Some(&json!({"form": "port-contingency", "title": "2026", "opens_on": (today - chrono::Duration::days(1)).to_string(), "closes_on": (today + chrono::Duration::days(30)).to_string()})),
        )
        .await;
    assert_eq!(status, Status::Created, "{v}");
    World {
        sec,
        jam,
        brb,
        cycle: v["id"].as_str().expect("id").to_string(),
    }
}

fn full_document() -> Value {
    serde_json::from_str(include_str!("fixtures/documents/full-valid.json")).expect("fixture")
}

async fn starting(app: TestApp) {
    let w = world(&app).await;
    let uri = format!("/api/v1/cycles/{}/submissions", w.cycle);
    let (status, v) = app
        .api("POST", &uri, Some(&w.jam), Some(&json!({"port": "jmkin"})))
        .await;
    assert_eq!(status, Status::Created, "{v}");
    assert_eq!(
        (v["status"].as_str(), v["version"].as_i64()),
        (Some("draft"), Some(1))
    );
    assert_eq!(
        v["answers"],
        json!({"A1": "JAM", "A2": "Kingston", "A3": "JMKIN"})
    );
    let id = v["id"].clone();
    // One per port and cycle: 409 with the existing id.
    let (status, v) = app
        .api("POST", &uri, Some(&w.jam), Some(&json!({"port": "JMKIN"})))
        .await;
    assert_eq!(
        (status, v["error"].as_str()),
        (Status::Conflict, Some("exists"))
    );
    assert_eq!(v["id"], id);
    // Another state's port: 422; the secretariat does not start submissions: 403.
    let (status, v) = app
        .api("POST", &uri, Some(&w.jam), Some(&json!({"port": "BBBGI"})))
        .await;
    assert_eq!(
        (status, v["error"].as_str()),
        (Status::UnprocessableEntity, Some("not_your_port"))
    );
    let (status, _) = app
        .api("POST", &uri, Some(&w.sec), Some(&json!({"port": "JMMBJ"})))
        .await;
    assert_eq!(status, Status::Forbidden);
    // A closed cycle takes none.
    let (_, closed) = app
        .api("POST", "/api/v1/cycles", Some(&w.sec), Some(&json!({"form": "port-contingency", "title": "old", "opens_on": "2020-01-01", "closes_on": "2020-12-31"})))
        .await;
    let (status, v) = app
        .api(
            "POST",
            &format!(
                "/api/v1/cycles/{}/submissions",
                closed["id"].as_str().unwrap_or_default()
            ),
            Some(&w.jam),
            Some(&json!({"port": "JMMBJ"})),
        )
        .await;
    assert_eq!(
        (status, v["error"].as_str()),
        (Status::UnprocessableEntity, Some("cycle_not_open"))
    );
    let (status, _) = app
        .api("POST", &uri, None, Some(&json!({"port": "JMMBJ"})))
        .await;
    assert_eq!(status, Status::Unauthorized);
}
on_both!(starting, starting);

async fn drafts_submit_and_revisions(app: TestApp) {
    let w = world(&app).await;
    let (_, v) = app
        .api(
            "POST",
            &format!("/api/v1/cycles/{}/submissions", w.cycle),
            Some(&w.jam),
            Some(&json!({"port": "JMKIN"})),
        )
        .await;
    let id = v["id"].as_str().expect("id").to_string();
    let answers_uri = format!("/api/v1/submissions/{id}/answers");

    // An invalid draft is saved with its problems, exactly as typed (A1 stays the state's).
    let typed =
        json!({"A1": "BRB", "A2": "Port of Kingston", "A3": "jm-kin", "A6": -4, "ZZ": "kept"});
    let (status, v) = app
        .api(
            "PUT",
            &answers_uri,
            Some(&w.jam),
            Some(&json!({"version": 1, "answers": typed})),
        )
        .await;
    assert_eq!(status, Status::Ok, "{v}");
    assert_eq!(v["version"], 2);
    let problems = v["problems"].as_array().expect("problems");
    assert!(problems
        .iter()
        .any(|p| p["question"] == "A3" && p["code"] == "pattern"));
    assert!(problems
        .iter()
        .any(|p| p["question"] == "A6" && p["code"] == "min"));
    let (_, got) = app
        .api(
            "GET",
            &format!("/api/v1/submissions/{id}"),
            Some(&w.jam),
            None,
        )
        .await;
    assert_eq!(got["answers"]["A3"], "jm-kin");
    assert_eq!(got["answers"]["ZZ"], "kept");
    assert_eq!(got["answers"]["A1"], "JAM", "A1 is read-only");
    assert_eq!(got["version"], 2);
    assert!(got["problems"].as_array().is_some_and(|p| !p.is_empty()));

    // A stale save (another tab) is refused with the current version, nothing overwritten.
    let (status, v) = app
        .api(
            "PUT",
            &answers_uri,
            Some(&w.jam),
            Some(&json!({"version": 1, "answers": {"A2": "Overwrite"}})),
        )
        .await;
    assert_eq!(
        (status, v["error"].as_str()),
        (Status::Conflict, Some("version_conflict"))
    );
    assert_eq!(v["current_version"], 2);
    let (_, got) = app
        .api(
            "GET",
            &format!("/api/v1/submissions/{id}"),
            Some(&w.jam),
            None,
        )
        .await;
    assert_eq!(got["answers"]["A2"], "Port of Kingston");

    // Another state cannot read or write it (404); the secretariat reads but does not write.
    let (status, _) = app
        .api(
            "GET",
            &format!("/api/v1/submissions/{id}"),
            Some(&w.brb),
            None,
        )
        .await;
    assert_eq!(status, Status::NotFound);
    let (status, _) = app
        .api(
            "PUT",
            &answers_uri,
            Some(&w.brb),
            Some(&json!({"version": 2, "answers": {}})),
        )
        .await;
    assert_eq!(status, Status::NotFound);
    let (status, _) = app
        .api(
            "GET",
            &format!("/api/v1/submissions/{id}"),
            Some(&w.sec),
            None,
        )
        .await;
    assert_eq!(status, Status::Ok);
    let (status, _) = app
        .api(
            "PUT",
            &answers_uri,
            Some(&w.sec),
            Some(&json!({"version": 2, "answers": {}})),
        )
        .await;
    assert_eq!(status, Status::Forbidden);

    // Submitting an invalid document: 422 with every problem, and nothing changes.
    let submit_uri = format!("/api/v1/submissions/{id}/submit");
    let (status, v) = app
        .api(
            "POST",
            &submit_uri,
            Some(&w.jam),
            Some(&json!({"version": 2})),
        )
        .await;
    assert_eq!(
        (status, assert_error_shape(&v).as_str()),
        (Status::UnprocessableEntity, "validation_failed")
    );
    let details = v["details"].as_array().expect("details");
    assert!(
        details.len() >= 30,
        "every problem at once: {}",
        details.len()
    );
    // One typo, one problem: A3's prefix rule reads only a well-formed code.
    let a3: Vec<&serde_json::Value> = details.iter().filter(|p| p["question"] == "A3").collect();
    assert_eq!(a3.len(), 1, "{a3:?}");
    assert_eq!(a3[0]["code"], "pattern");
    assert!(details
        .iter()
        .any(|p| p["question"] == "ZZ" && p["code"] == "unknown_question"));
    let (_, got) = app
        .api(
            "GET",
            &format!("/api/v1/submissions/{id}"),
            Some(&w.jam),
            None,
        )
        .await;
    assert_eq!(
        (got["status"].as_str(), got["version"].as_i64()),
        (Some("draft"), Some(2))
    );
    let db = app.db().await;
    assert_eq!(revision::Entity::find().count(&db).await.expect("count"), 0);

    // A complete document, with an answer that is not relevant: submitted, revision 1.
    let mut doc = full_document();
    doc["A2"] = json!("Kingston");
    doc["B1"] = json!("no");
    // A file answer must name a file uploaded here: a made-up id blocks the submit.
    assert!(doc["H2"].is_array());
    let (status, v) = app
        .api(
            "PUT",
            &answers_uri,
            Some(&w.jam),
            Some(&json!({"version": 2, "answers": doc})),
        )
        .await;
    assert_eq!(status, Status::Ok, "{v}");
    let (status, v) = app
        .api(
            "POST",
            &submit_uri,
            Some(&w.jam),
            Some(&json!({"version": 3})),
        )
        .await;
    assert_eq!(status, Status::UnprocessableEntity, "{v}");
    assert_eq!(v["details"].as_array().map(Vec::len), Some(1), "{v}");
    assert_eq!(
        (
            v["details"][0]["question"].as_str(),
            v["details"][0]["code"].as_str()
        ),
        (Some("H2"), Some("type"))
    );
    doc.as_object_mut().map(|o| o.remove("H2"));
    let (status, v) = app
        .api(
            "PUT",
            &answers_uri,
            Some(&w.jam),
            Some(&json!({"version": 3, "answers": doc})),
        )
        .await;
    assert_eq!(status, Status::Ok, "{v}");
    assert_eq!(
        v["problems"]
            .as_array()
            .map(|p| p.iter().filter(|x| x["severity"] == "error").count()),
        Some(0),
        "{v}"
    );
    let (status, v) = app
        .api(
            "POST",
            &submit_uri,
            Some(&w.jam),
            Some(&json!({"version": 3})),
        )
        .await;
    assert_eq!(
        (status, v["error"].as_str()),
        (Status::Conflict, Some("version_conflict"))
    );
    let (status, v) = app
        .api(
            "POST",
            &submit_uri,
            Some(&w.jam),
            Some(&json!({"version": 4})),
        )
        .await;
    assert_eq!(status, Status::Ok, "{v}");
    assert_eq!(
        (v["status"].as_str(), v["revision"].as_i64()),
        (Some("submitted"), Some(1))
    );
    assert_eq!(v["dropped"], json!(["B2", "B3", "B4", "B5", "B6"]));
    // Now read-only for the focal point.
    let (status, v) = app
        .api(
            "PUT",
            &answers_uri,
            Some(&w.jam),
            Some(&json!({"version": 5, "answers": {}})),
        )
        .await;
    assert_eq!(
        (status, v["error"].as_str()),
        (Status::Conflict, Some("not_editable"))
    );
    let (status, v) = app
        .api(
            "POST",
            &submit_uri,
            Some(&w.jam),
            Some(&json!({"version": 5})),
        )
        .await;
    assert_eq!(
        (status, v["error"].as_str()),
        (Status::Conflict, Some("not_editable"))
    );
    // The frozen revision: cleaned, without what was dropped.
    let (status, r) = app
        .api(
            "GET",
            &format!("/api/v1/submissions/{id}/revisions/1"),
            Some(&w.sec),
            None,
        )
        .await;
    assert_eq!(status, Status::Ok);
    assert!(r["answers"].get("B2").is_none());
    assert_eq!(r["answers"]["A3"], "JMKIN");
    let (status, _) = app
        .api(
            "GET",
            &format!("/api/v1/submissions/{id}/revisions/2"),
            Some(&w.sec),
            None,
        )
        .await;
    assert_eq!(status, Status::NotFound);
    let (status, _) = app
        .api(
            "GET",
            &format!("/api/v1/submissions/{id}/revisions/1"),
            Some(&w.brb),
            None,
        )
        .await;
    assert_eq!(status, Status::NotFound);
    let (_, got) = app
        .api(
            "GET",
            &format!("/api/v1/submissions/{id}"),
            Some(&w.jam),
            None,
        )
        .await;
    assert_eq!(got["revisions"].as_array().map(Vec::len), Some(1));

    // Each change was audited in its transaction.
    for (action, n) in [
        ("submission.started", 1),
        ("submission.saved", 3),
        ("submission.submitted", 1),
    ] {
        let count = event::Entity::find()
            .filter(event::Column::Action.eq(action))
            .count(&db)
            .await
            .expect("count");
        assert_eq!(count, n, "{action}");
    }
}
on_both!(drafts_submit_and_revisions, drafts_submit_and_revisions);

async fn lists_are_scoped(app: TestApp) {
    let w = world(&app).await;
    let start = |token: &str, port: &str| {
        let (token, port, uri) = (
            token.to_string(),
            port.to_string(),
            format!("/api/v1/cycles/{}/submissions", w.cycle),
        );
        let app = &app;
        async move {
            app.api("POST", &uri, Some(&token), Some(&json!({"port": port})))
                .await
        }
    };
    assert_eq!(start(&w.jam, "JMKIN").await.0, Status::Created);
    assert_eq!(start(&w.jam, "JMMBJ").await.0, Status::Created);
    assert_eq!(start(&w.brb, "BBBGI").await.0, Status::Created);
    let (_, v) = app
        .api("GET", "/api/v1/submissions", Some(&w.jam), None)
        .await;
    assert_eq!(
        (
            v["total"].as_u64(),
            v["page"].as_u64(),
            v["per_page"].as_u64()
        ),
        (Some(2), Some(1), Some(50))
    );
    assert!(v["items"]
        .as_array()
        .expect("items")
        .iter()
        .all(|s| s["member_state"] == "JAM"));
    // Asking for another state's gives nothing of it.
    let (_, v) = app
        .api(
            "GET",
            "/api/v1/submissions?member_state=BRB",
            Some(&w.jam),
            None,
        )
        .await;
    assert_eq!(v["total"], 0);
    let (_, v) = app
        .api("GET", "/api/v1/submissions?per_page=2", Some(&w.sec), None)
        .await;
    assert_eq!(
        (v["total"].as_u64(), v["items"].as_array().map(Vec::len)),
        (Some(3), Some(2))
    );
    let (_, v) = app
        .api(
            "GET",
            "/api/v1/submissions?status=draft&member_state=BRB",
            Some(&w.sec),
            None,
        )
        .await;
    assert_eq!(v["total"], 1);
    // Progress counts the drafts.
    let (_, c) = app
        .api(
            "GET",
            &format!("/api/v1/cycles/{}", w.cycle),
            Some(&w.jam),
            None,
        )
        .await;
    assert_eq!(c["progress"][0]["drafts"], 2);
    assert_eq!(c["progress"][0]["not_started"], 0);
}
on_both!(lists_are_scoped, lists_are_scoped);
