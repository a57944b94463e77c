//! The review loop through the API, on SQLite and PostgreSQL: return with comments per
//! question, reply, resubmit, diff, approve, reopen, approve; wrong transitions refused;
//! nothing half-written; who may do what; the history and the audit log.

mod common;

use common::{assert_error_shape, TestApp};
use portplans::store::entities::{comment, event, review};
use rocket::http::Status;
use sea_orm::{EntityTrait, PaginatorTrait};
use serde_json::{json, Value};

type World = common::Submitted;

async fn submitted(app: &TestApp) -> World {
    common::submitted_report(app).await
}

async fn counts(app: &TestApp) -> (u64, u64, u64) {
    let db = app.db().await;
    (
        review::Entity::find().count(&db).await.expect("q"),
        comment::Entity::find().count(&db).await.expect("q"),
        event::Entity::find().count(&db).await.expect("q"),
    )
}

async fn status_of(app: &TestApp, w: &World) -> Value {
    let (_, v) = app
        .api(
            "GET",
            &format!("/api/v1/submissions/{}", w.id),
            Some(&w.sec),
            None,
        )
        .await;
    v
}

async fn the_whole_loop(app: TestApp) {
    let w = submitted(&app).await;
    let uri = |what: &str| format!("/api/v1/submissions/{}/{what}", w.id);

    // A return needs a reason; a comment on an unknown question is refused. Nothing is
    // written by a refusal.
    let before = counts(&app).await;
    for body in [json!({}), json!({"comment": "  ", "questions": {"B3": ""}})] {
        let (status, v) = app
            .api("POST", &uri("return"), Some(&w.sec), Some(&body))
            .await;
        assert_eq!(
            (status, assert_error_shape(&v).as_str()),
            (Status::UnprocessableEntity, "comment_required")
        );
    }
    let (status, v) = app
        .api(
            "POST",
            &uri("return"),
            Some(&w.sec),
            Some(&json!({"questions": {"Z9": "?"}})),
        )
        .await;
    assert_eq!(
        (status, assert_error_shape(&v).as_str()),
        (Status::UnprocessableEntity, "unknown_question")
    );
    assert_eq!(counts(&app).await, before, "nothing half-written");
    assert_eq!(status_of(&app, &w).await["status"], "submitted");

    // Returned, with an overall comment and one on B3.
    let (status, v) = app
        .api(
            "POST",
            &uri("return"),
            Some(&w.sec),
            Some(&json!({"comment": "Nearly there.",
            "questions": {"B3": "Please give the date of the last revision, not the approval."}})),
        )
        .await;
    assert_eq!(
        (status, v["status"].as_str()),
        (Status::Ok, Some("returned")),
        "{v}"
    );
    let after = counts(&app).await;
    assert_eq!(
        (after.0, after.1, after.2),
        (before.0 + 1, before.1 + 2, before.2 + 1),
        "one review, two comments, one event"
    );
    // A second decision on the same revision is a wrong transition.
    for what in ["return", "approve"] {
        let (status, v) = app
            .api(
                "POST",
                &uri(what),
                Some(&w.sec),
                Some(&json!({"comment": "again"})),
            )
            .await;
        assert_eq!(
            (status, assert_error_shape(&v).as_str()),
            (Status::Conflict, "invalid_transition"),
            "{what}"
        );
    }
    let (status, v) = app
        .api(
            "POST",
            &uri("reopen"),
            Some(&w.sec),
            Some(&json!({"reason": "x"})),
        )
        .await;
    assert_eq!(
        (status, assert_error_shape(&v).as_str()),
        (Status::Conflict, "invalid_transition")
    );

    // The focal point sees the comments by question, and replies in the same thread.
    let (_, got) = app
        .api(
            "GET",
            &format!("/api/v1/submissions/{}", w.id),
            Some(&w.jam),
            None,
        )
        .await;
    let comments = got["comments"].as_array().expect("comments");
    assert_eq!(comments.len(), 2, "{got}");
    let b3 = comments
        .iter()
        .find(|c| c["question"] == "B3")
        .expect("B3's comment");
    assert_eq!(
        (b3["decision"].as_str(), b3["revision"].as_i64()),
        (Some("returned"), Some(1))
    );
    assert_eq!(b3["author_role"], "secretariat");
    let (status, c) = app
        .api(
            "POST",
            &uri("comments"),
            Some(&w.jam),
            Some(&json!({"question": "B3", "body": "Corrected: it was revised in 2025."})),
        )
        .await;
    assert_eq!(status, Status::Created, "{c}");
    assert_eq!(
        (c["question"].as_str(), c["author_role"].as_str()),
        (Some("B3"), Some("focal_point"))
    );
    let (status, v) = app
        .api(
            "POST",
            &uri("comments"),
            Some(&w.jam),
            Some(&json!({"question": "B3", "body": " \n "})),
        )
        .await;
    assert_eq!(
        (status, assert_error_shape(&v).as_str()),
        (Status::UnprocessableEntity, "invalid_comment")
    );

    // Edits and resubmits: revision 2; the diff names what changed.
    let (_, cur) = app
        .api(
            "GET",
            &format!("/api/v1/submissions/{}", w.id),
            Some(&w.jam),
            None,
        )
        .await;
    let mut answers = cur["answers"].clone();
    answers["B3"] = json!("2025-06-30");
    answers["A6"] = json!(2500);
    let (status, v) = app
        .api(
            "PUT",
            &uri("answers"),
            Some(&w.jam),
            Some(&json!({"version": cur["version"], "answers": answers})),
        )
        .await;
    assert_eq!(status, Status::Ok, "{v}");
    let (status, v) = app
        .api(
            "POST",
            &uri("submit"),
            Some(&w.jam),
            Some(&json!({"version": v["version"]})),
        )
        .await;
    assert_eq!(
        (status, v["revision"].as_i64()),
        (Status::Ok, Some(2)),
        "{v}"
    );
    let (status, d) = app
        .api(
            "GET",
            &format!("{}?from=1&to=2", uri("diff")),
            Some(&w.sec),
            None,
        )
        .await;
    assert_eq!(status, Status::Ok, "{d}");
    let changed: Vec<&str> = d["changes"]
        .as_array()
        .expect("changes")
        .iter()
        .filter_map(|c| c["question"].as_str())
        .collect();
    assert_eq!(changed, vec!["A6", "B3"], "{d}");
    let a6 = &d["changes"][0];
    assert_eq!((a6["after"].as_i64()), Some(2500));
    assert_ne!(a6["before"], a6["after"]);
    // By default: the latest against the one before. The owner state may read it too.
    let (_, d2) = app.api("GET", &uri("diff"), Some(&w.jam), None).await;
    assert_eq!(d2["changes"], d["changes"]);
    let (status, _) = app
        .api(
            "GET",
            &format!("{}?from=1&to=9", uri("diff")),
            Some(&w.sec),
            None,
        )
        .await;
    assert_eq!(status, Status::NotFound);

    // Approve, reopen (a reason is required), approve again.
    let (status, v) = app
        .api("POST", &uri("approve"), Some(&w.sec), Some(&json!({})))
        .await;
    assert_eq!(
        (status, v["status"].as_str()),
        (Status::Ok, Some("approved")),
        "{v}"
    );
    let (status, v) = app
        .api(
            "POST",
            &uri("reopen"),
            Some(&w.sec),
            Some(&json!({"reason": " "})),
        )
        .await;
    assert_eq!(
        (status, assert_error_shape(&v).as_str()),
        (Status::UnprocessableEntity, "reason_required")
    );
    let (status, v) = app
        .api(
            "POST",
            &uri("reopen"),
            Some(&w.sec),
            Some(&json!({"reason": "The port authority sent a corrected plan date."})),
        )
        .await;
    assert_eq!(
        (status, v["status"].as_str()),
        (Status::Ok, Some("returned")),
        "{v}"
    );
    let (_, cur) = app
        .api(
            "GET",
            &format!("/api/v1/submissions/{}", w.id),
            Some(&w.jam),
            None,
        )
        .await;
    let (status, v) = app
        .api(
            "POST",
            &uri("submit"),
            Some(&w.jam),
            Some(&json!({"version": cur["version"]})),
        )
        .await;
    assert_eq!(
        (status, v["revision"].as_i64()),
        (Status::Ok, Some(3)),
        "{v}"
    );
    let (status, v) = app
        .api(
            "POST",
            &uri("approve"),
            Some(&w.sec),
            Some(&json!({"comment": "Thank you."})),
        )
        .await;
    assert_eq!(
        (status, v["status"].as_str()),
        (Status::Ok, Some("approved"))
    );
    // Every revision stays readable.
    for n in 1..=3 {
        let (status, r) = app
            .api(
                "GET",
                &format!("{}/{n}", uri("revisions")),
                Some(&w.jam),
                None,
            )
            .await;
        assert_eq!((status, r["number"].as_i64()), (Status::Ok, Some(n)));
    }
    let (_, r1) = app
        .api(
            "GET",
            &format!("{}/1", uri("revisions")),
            Some(&w.sec),
            None,
        )
        .await;
    assert_ne!(r1["answers"]["A6"], json!(2500), "revision 1 is frozen");

    // The history, oldest first, with who did what and the decisions' comments.
    let (status, h) = app.api("GET", &uri("history"), Some(&w.jam), None).await;
    assert_eq!(status, Status::Ok);
    let actions: Vec<&str> = h
        .as_array()
        .expect("history")
        .iter()
        .filter_map(|e| e["action"].as_str())
        .collect();
    assert_eq!(
        actions,
        vec![
            "submission.started",
            "submission.saved",
            "submission.submitted",
            "submission.returned",
            "submission.commented",
            "submission.saved",
            "submission.submitted",
            "submission.approved",
            "submission.reopened",
            "submission.submitted",
            "submission.approved"
        ],
    );
    let reopened = h
        .as_array()
        .and_then(|a| a.iter().find(|e| e["action"] == "submission.reopened"))
        .expect("reopened");
    assert_eq!(
        reopened["comment"],
        "The port authority sent a corrected plan date."
    );
    assert!(reopened["actor"].as_str().is_some_and(|a| !a.is_empty()));
}
on_both!(the_whole_loop, the_whole_loop);

async fn who_may_review(app: TestApp) {
    let w = submitted(&app).await;
    let (_, brb) = app.user("focal_point", Some("BRB")).await;
    let brb = app.token(&brb).await;
    let uri = |what: &str| format!("/api/v1/submissions/{}/{what}", w.id);
    let before = counts(&app).await;
    // The owner state's focal point may not decide: 403. Another state's: 404 for all.
    for what in ["return", "approve", "reopen"] {
        let body = json!({"comment": "mine", "reason": "mine"});
        let (status, _) = app.api("POST", &uri(what), Some(&w.jam), Some(&body)).await;
        assert_eq!(status, Status::Forbidden, "{what}");
        let (status, _) = app.api("POST", &uri(what), Some(&brb), Some(&body)).await;
        assert_eq!(status, Status::NotFound, "{what}");
        let (status, _) = app.api("POST", &uri(what), None, Some(&body)).await;
        assert_eq!(status, Status::Unauthorized, "{what}");
    }
    let (status, _) = app
        .api(
            "POST",
            &uri("comments"),
            Some(&brb),
            Some(&json!({"body": "hello"})),
        )
        .await;
    assert_eq!(status, Status::NotFound);
    for what in ["history", "diff?from=1&to=1"] {
        let (status, _) = app.api("GET", &uri(what), Some(&brb), None).await;
        assert_eq!(status, Status::NotFound, "{what}");
        let (status, _) = app.api("GET", &uri(what), None, None).await;
        assert_eq!(status, Status::Unauthorized, "{what}");
    }
    assert_eq!(
        counts(&app).await,
        before,
        "no refused attempt wrote anything"
    );
    // The audit log is the secretariat's.
    let (status, _) = app.api("GET", "/api/v1/audit", Some(&w.jam), None).await;
    assert_eq!(status, Status::Forbidden);
    let (status, _) = app.api("GET", "/api/v1/audit", None, None).await;
    assert_eq!(status, Status::Unauthorized);
}
on_both!(who_may_review, who_may_review);

/// Two reviewers decide at once: one wins, the other is told it was decided meanwhile.
async fn concurrent_decisions(app: TestApp) {
    let w = submitted(&app).await;
    let approve = format!("/api/v1/submissions/{}/approve", w.id);
    let ret = format!("/api/v1/submissions/{}/return", w.id);
    let a = json!({});
    let r = json!({"comment": "no"});
    let (x, y) = rocket::tokio::join!(
        app.api("POST", &approve, Some(&w.sec), Some(&a)),
        app.api("POST", &ret, Some(&w.sec), Some(&r)),
    );
    let mut statuses = vec![x.0.code, y.0.code];
    statuses.sort();
    assert_eq!(statuses, vec![200, 409], "{x:?} {y:?}");
    let (reviews, _, _) = counts(&app).await;
    assert_eq!(reviews, 1, "one decision recorded");
}
on_both!(concurrent_decisions, concurrent_decisions);

async fn the_audit_log(app: TestApp) {
    let w = submitted(&app).await;
    let (status, v) = app
        .api(
            "GET",
            &format!("/api/v1/audit?entity=submission&entity_id={}", w.id),
            Some(&w.sec),
            None,
        )
        .await;
    assert_eq!(status, Status::Ok, "{v}");
    assert_eq!(v["total"], 3, "started, saved, submitted: {v}");
    assert_eq!(
        v["items"][0]["action"], "submission.submitted",
        "newest first"
    );
    assert!(v["items"][0]["actor_name"].as_str().is_some());
    // By actor (id or e-mail), by action prefix, by time.
    let (_, me) = app.api("GET", "/api/v1/me", Some(&w.jam), None).await;
    let (_, by_id) = app
        .api(
            "GET",
            &format!(
                "/api/v1/audit?actor={}&action=submission.",
                me["id"].as_str().unwrap_or("")
            ),
            Some(&w.sec),
            None,
        )
        .await;
    assert_eq!(by_id["total"], 3, "{by_id}");
    let email = me["email"].as_str().unwrap_or("");
    let (_, by_email) = app
        .api(
            "GET",
            &format!("/api/v1/audit?actor={email}&action=submission."),
            Some(&w.sec),
            None,
        )
        .await;
    assert_eq!(by_email["total"], 3);
    let (_, nobody) = app
        .api(
            "GET",
            "/api/v1/audit?actor=nobody@example.org",
            Some(&w.sec),
            None,
        )
        .await;
    assert_eq!(nobody["total"], 0);
    let tomorrow = (chrono::Utc::now().date_naive() + chrono::Duration::days(1)).to_string();
    let (_, later) = app
        .api(
            "GET",
            &format!("/api/v1/audit?since={tomorrow}"),
            Some(&w.sec),
            None,
        )
        .await;
    assert_eq!(later["total"], 0);
    let (_, before) = app
        .api(
            "GET",
            &format!("/api/v1/audit?until={tomorrow}&per_page=2"),
            Some(&w.sec),
            None,
        )
        .await;
    assert!(
        before["total"].as_u64().unwrap_or(0) > 3
            && before["items"].as_array().map(Vec::len) == Some(2)
    );
    let (status, v) = app
        .api("GET", "/api/v1/audit?since=yesterday", Some(&w.sec), None)
        .await;
    assert_eq!(
        (status, assert_error_shape(&v).as_str()),
        (Status::BadRequest, "bad_request")
    );
}
on_both!(the_audit_log, the_audit_log);
