//! Accounts, sessions and the secretariat's set-up through the API, on SQLite and
//! PostgreSQL: each rule of who may see and do what is tried and must hold.

mod common;

use common::{assert_error_shape, json, TestApp, PASSWORD};
use portplans::store::entities::{event, invitation};
use rocket::http::{ContentType, Status};
use sea_orm::{ColumnTrait, EntityTrait, PaginatorTrait, QueryFilter};
use serde_json::json;

async fn sessions_and_me(app: TestApp) {
    let (id, email) = app.user("focal_point", Some("JAM")).await;
    // Sign in: 201 with a token, an expiry and the user.
    let (status, v) = json(
        app.post_json(
            "/api/v1/session",
            &json!({"email": email.to_uppercase(), "password": PASSWORD}),
            "en",
        )
        .await,
    )
    .await;
    assert_eq!(status, Status::Created, "{v}");
    let token = v["token"].as_str().expect("token").to_string();
    assert!(v["expires_at"].is_string());
    assert_eq!(v["user"]["id"], id.to_string());
    let (status, me) = app.api("GET", "/api/v1/me", Some(&token), None).await;
    assert_eq!(status, Status::Ok);
    assert_eq!(
        me,
        json!({"id": id, "email": email, "name": "Test Person", "role": "focal_point", "member_state": "JAM"})
    );
    // Wrong password and unknown account: the same 401.
    for (e, p) in [
        (email.as_str(), "wrong password here"),
        ("nobody@example.org", PASSWORD),
    ] {
        let (status, v) = json(
            app.post_json("/api/v1/session", &json!({"email": e, "password": p}), "es")
                .await,
        )
        .await;
        assert_eq!(status, Status::Unauthorized);
        assert_eq!(assert_error_shape(&v), "invalid_credentials");
    }
    // Sign out: 204 and the token stops working.
    let (status, _) = app
        .api("DELETE", "/api/v1/session", Some(&token), None)
        .await;
    assert_eq!(status, Status::NoContent);
    let (status, v) = app.api("GET", "/api/v1/me", Some(&token), None).await;
    assert_eq!(status, Status::Unauthorized);
    assert_eq!(assert_error_shape(&v), "unauthorized");
    // The stored token is a hash, never the secret.
    let db = app.db().await;
    let stored = portplans::store::entities::session::Entity::find()
        .all(&db)
        .await
        .expect("sessions");
    assert!(stored
        .iter()
        .all(|s| s.token_hash != token && s.token_hash.len() == 64));
}
on_both!(sessions_and_me, sessions_and_me);

async fn anonymous_gets_401_everywhere_private(app: TestApp) {
    for (method, uri) in [
        ("GET", "/api/v1/me"),
        ("DELETE", "/api/v1/session"),
        ("POST", "/api/v1/users"),
        ("GET", "/api/v1/users"),
        ("GET", "/api/v1/member-states/JAM/ports"),
        ("POST", "/api/v1/member-states/JAM/ports"),
        ("PUT", "/api/v1/member-states/JAM/status"),
        ("POST", "/api/v1/cycles"),
        ("GET", "/api/v1/cycles"),
    ] {
        let (status, v) = app.api(method, uri, None, Some(&json!({}))).await;
        assert_eq!(status, Status::Unauthorized, "{method} {uri}");
        assert_error_shape(&v);
        let (status, _) = app
            .api(method, uri, Some("not-a-real-token"), Some(&json!({})))
            .await;
        assert_eq!(
            status,
            Status::Unauthorized,
            "{method} {uri} with a bad token"
        );
    }
    // Public reads stay public.
    let (status, _) = app.api("GET", "/api/v1/member-states", None, None).await;
    assert_eq!(status, Status::Ok);
}
on_both!(
    anonymous_gets_401_everywhere_private,
    anonymous_gets_401_everywhere_private
);

async fn invitations(app: TestApp) {
    let (_, admin) = app.user("admin", None).await;
    let (_, sec) = app.user("secretariat", None).await;
    let (_, fp) = app.user("focal_point", Some("JAM")).await;
    let (admin, sec, fp) = (
        app.token(&admin).await,
        app.token(&sec).await,
        app.token(&fp).await,
    );
    let invite = |email: &str, role: &str, state: Option<&str>| json!({"email": email, "name": "New Person", "role": role, "member_state": state});

    // The secretariat invites a focal point.
    let (status, v) = app
        .api(
            "POST",
            "/api/v1/users",
            Some(&sec),
            Some(&invite("deputy@jam.example", "focal_point", Some("JAM"))),
        )
        .await;
    assert_eq!(status, Status::Created, "{v}");
    assert_eq!(v["role"], "focal_point");
    assert_eq!(v["member_state"], "JAM");
    let url = v["invitation_url"]
        .as_str()
        .expect("invitation_url")
        .to_string();
    assert!(url.starts_with("/invitations/"), "{url}");
    let token = url.trim_start_matches("/invitations/").to_string();

    // Only an admin creates secretariat or admin accounts; focal points invite nobody.
    let (status, v) = app
        .api(
            "POST",
            "/api/v1/users",
            Some(&sec),
            Some(&invite("s2@oas.example", "secretariat", None)),
        )
        .await;
    assert_eq!(status, Status::Forbidden, "{v}");
    let (status, _) = app
        .api(
            "POST",
            "/api/v1/users",
            Some(&sec),
            Some(&invite("a2@oas.example", "admin", None)),
        )
        .await;
    assert_eq!(status, Status::Forbidden);
    let (status, _) = app
        .api(
            "POST",
            "/api/v1/users",
            Some(&fp),
            Some(&invite("x@jam.example", "focal_point", Some("JAM"))),
        )
        .await;
    assert_eq!(status, Status::Forbidden);
    let (status, v) = app
        .api(
            "POST",
            "/api/v1/users",
            Some(&admin),
            Some(&invite("s2@oas.example", "secretariat", None)),
        )
        .await;
    assert_eq!(status, Status::Created, "{v}");
    // Duplicates and bad fields.
    let (status, v) = app
        .api(
            "POST",
            "/api/v1/users",
            Some(&sec),
            Some(&invite("DEPUTY@jam.example", "focal_point", Some("JAM"))),
        )
        .await;
    assert_eq!(
        (status, v["error"].as_str()),
        (Status::Conflict, Some("exists"))
    );
    let (status, v) = app
        .api(
            "POST",
            "/api/v1/users",
            Some(&sec),
            Some(&invite("z@jam.example", "focal_point", None)),
        )
        .await;
    assert_eq!(
        (status, v["error"].as_str()),
        (Status::UnprocessableEntity, Some("member_state_required"))
    );
    let (status, _) = app
        .api(
            "POST",
            "/api/v1/users",
            Some(&sec),
            Some(&invite("z@jam.example", "focal_point", Some("XYZ"))),
        )
        .await;
    assert_eq!(status, Status::UnprocessableEntity);
    let (status, _) = app
        .api(
            "POST",
            "/api/v1/users",
            Some(&sec),
            Some(&invite("not an email", "focal_point", Some("JAM"))),
        )
        .await;
    assert_eq!(status, Status::UnprocessableEntity);

    // Before the password is set, the invitee cannot sign in.
    let (status, _) = json(
        app.post_json(
            "/api/v1/session",
            &json!({"email": "deputy@jam.example", "password": ""}),
            "en",
        )
        .await,
    )
    .await;
    assert_eq!(status, Status::Unauthorized);
    // A short password is refused; the link still works afterwards.
    let (status, v) = app
        .api(
            "POST",
            &format!("/api/v1/invitations/{token}"),
            None,
            Some(&json!({"password": "short"})),
        )
        .await;
    assert_eq!(
        (status, v["error"].as_str()),
        (Status::UnprocessableEntity, Some("weak_password"))
    );
    let (status, _) = app
        .api(
            "POST",
            &format!("/api/v1/invitations/{token}"),
            None,
            Some(&json!({"password": "a long enough password"})),
        )
        .await;
    assert_eq!(status, Status::Ok);
    // Single use.
    let (status, _) = app
        .api(
            "POST",
            &format!("/api/v1/invitations/{token}"),
            None,
            Some(&json!({"password": "another long password"})),
        )
        .await;
    assert_eq!(status, Status::NotFound);
    let (status, v) = json(
        app.post_json(
            "/api/v1/session",
            &json!({"email": "deputy@jam.example", "password": "a long enough password"}),
            "en",
        )
        .await,
    )
    .await;
    assert_eq!(status, Status::Created, "{v}");

    // An expired link no longer works.
    let (status, v) = app
        .api(
            "POST",
            "/api/v1/users",
            Some(&sec),
            Some(&invite("late@jam.example", "focal_point", Some("JAM"))),
        )
        .await;
    assert_eq!(status, Status::Created);
    let late = v["invitation_url"]
        .as_str()
        .expect("url")
        .trim_start_matches("/invitations/")
        .to_string();
    let db = app.db().await;
    let hash = portplans::services::tokens::hash_token(&late);
    invitation::Entity::update_many()
        .col_expr(
            invitation::Column::ExpiresAt,
            sea_orm::sea_query::Expr::value(chrono::Utc::now() - chrono::Duration::minutes(1)),
        )
        .filter(invitation::Column::TokenHash.eq(hash))
        .exec(&db)
        .await
        .expect("expire");
    let (status, _) = app
        .api(
            "POST",
            &format!("/api/v1/invitations/{late}"),
            None,
            Some(&json!({"password": "a long enough password"})),
        )
        .await;
    assert_eq!(status, Status::NotFound);

    // Audit: the invitation and its acceptance were recorded with who did them.
    let invited = event::Entity::find()
        .filter(event::Column::Action.eq("user.invited"))
        .count(&db)
        .await
        .expect("count");
    assert_eq!(invited, 3);
    let accepted = event::Entity::find()
        .filter(event::Column::Action.eq("user.invitation_accepted"))
        .all(&db)
        .await
        .expect("q");
    assert_eq!(accepted.len(), 1);
    assert!(accepted[0].actor_id.is_some());
}
on_both!(invitations, invitations);

async fn deactivation_ends_access(app: TestApp) {
    let (_, admin) = app.user("admin", None).await;
    let (_, sec) = app.user("secretariat", None).await;
    let (fp_id, fp) = app.user("focal_point", Some("JAM")).await;
    let (admin_t, sec_t, fp_t) = (
        app.token(&admin).await,
        app.token(&sec).await,
        app.token(&fp).await,
    );
    // A focal point cannot deactivate anyone; the secretariat cannot deactivate an admin.
    let (status, _) = app
        .api(
            "PUT",
            &format!("/api/v1/users/{fp_id}/active"),
            Some(&fp_t),
            Some(&json!({"active": false})),
        )
        .await;
    assert_eq!(status, Status::Forbidden);
    let (me, _) = (
        app.api("GET", "/api/v1/me", Some(&admin_t), None).await.1["id"].clone(),
        (),
    );
    let (status, _) = app
        .api(
            "PUT",
            &format!("/api/v1/users/{}/active", me.as_str().unwrap_or_default()),
            Some(&sec_t),
            Some(&json!({"active": false})),
        )
        .await;
    assert_eq!(status, Status::Forbidden);
    // The secretariat deactivates the focal point: their token and password stop working.
    let (status, v) = app
        .api(
            "PUT",
            &format!("/api/v1/users/{fp_id}/active"),
            Some(&sec_t),
            Some(&json!({"active": false})),
        )
        .await;
    assert_eq!(status, Status::Ok, "{v}");
    assert_eq!(v["active"], false);
    let (status, _) = app.api("GET", "/api/v1/me", Some(&fp_t), None).await;
    assert_eq!(status, Status::Unauthorized);
    let (status, _) = json(
        app.post_json(
            "/api/v1/session",
            &json!({"email": fp, "password": PASSWORD}),
            "en",
        )
        .await,
    )
    .await;
    assert_eq!(status, Status::Unauthorized);
    // Never deleted: still listed, and reactivation restores sign-in.
    let (status, list) = app
        .api("GET", "/api/v1/users?member_state=JAM", Some(&sec_t), None)
        .await;
    assert_eq!(status, Status::Ok);
    assert_eq!(list["total"], 1);
    assert_eq!(list["items"][0]["active"], false);
    let (status, _) = app.api("GET", "/api/v1/users", Some(&fp_t), None).await;
    assert_eq!(status, Status::Unauthorized);
    let (status, _) = app
        .api(
            "PUT",
            &format!("/api/v1/users/{fp_id}/active"),
            Some(&sec_t),
            Some(&json!({"active": true})),
        )
        .await;
    assert_eq!(status, Status::Ok);
    assert_eq!(app.token(&fp).await.len(), 43);
}
on_both!(deactivation_ends_access, deactivation_ends_access);

async fn ports_and_states(app: TestApp) {
    let (_, sec) = app.user("secretariat", None).await;
    let (_, jam) = app.user("focal_point", Some("JAM")).await;
    let (_, brb) = app.user("focal_point", Some("BRB")).await;
    let (sec, jam, brb) = (
        app.token(&sec).await,
        app.token(&jam).await,
        app.token(&brb).await,
    );
    let port = |locode: &str| json!({"locode": locode, "name": "Kingston"});

    let (status, v) = app
        .api(
            "POST",
            "/api/v1/member-states/JAM/ports",
            Some(&sec),
            Some(&port("JMKIN")),
        )
        .await;
    assert_eq!(status, Status::Created, "{v}");
    assert_eq!(
        (v["locode"].as_str(), v["member_state"].as_str()),
        (Some("JMKIN"), Some("JAM"))
    );
    assert!(v["id"].is_string());
    for (bad, code) in [
        ("JMK1N", "invalid_locode"),
        ("JM-KI", "invalid_locode"),
        ("BBBGI", "locode_country"),
    ] {
        let (status, v) = app
            .api(
                "POST",
                "/api/v1/member-states/JAM/ports",
                Some(&sec),
                Some(&port(bad)),
            )
            .await;
        assert_eq!(
            (status, v["error"].as_str()),
            (Status::UnprocessableEntity, Some(code)),
            "{bad}"
        );
    }
    let (status, v) = app
        .api(
            "POST",
            "/api/v1/member-states/JAM/ports",
            Some(&sec),
            Some(&port("jmkin")),
        )
        .await;
    assert_eq!(
        (status, v["error"].as_str()),
        (Status::Conflict, Some("exists"))
    );
    let (status, _) = app
        .api(
            "POST",
            "/api/v1/member-states/XYZ/ports",
            Some(&sec),
            Some(&port("XYABC")),
        )
        .await;
    assert_eq!(status, Status::NotFound);
    // A focal point may not add ports: 403.
    let (status, _) = app
        .api(
            "POST",
            "/api/v1/member-states/JAM/ports",
            Some(&jam),
            Some(&port("JMMBJ")),
        )
        .await;
    assert_eq!(status, Status::Forbidden);
    // Their own state's ports: yes. Another state's: 404, as if it did not exist.
    let (status, v) = app
        .api("GET", "/api/v1/member-states/JAM/ports", Some(&jam), None)
        .await;
    assert_eq!(status, Status::Ok);
    assert_eq!(v.as_array().map(Vec::len), Some(1));
    let (status, v) = app
        .api("GET", "/api/v1/member-states/JAM/ports", Some(&brb), None)
        .await;
    assert_eq!(status, Status::NotFound);
    assert_eq!(assert_error_shape(&v), "not_found");
    let (status, _) = app
        .api("GET", "/api/v1/member-states/JAM/ports", Some(&sec), None)
        .await;
    assert_eq!(status, Status::Ok);

    // Participation status: the secretariat sets it; a focal point gets 403.
    let (status, v) = app
        .api(
            "PUT",
            "/api/v1/member-states/VEN/status",
            Some(&sec),
            Some(&json!({"status": "not_participating"})),
        )
        .await;
    assert_eq!(
        (status, v["status"].as_str()),
        (Status::Ok, Some("not_participating"))
    );
    let (status, _) = app
        .api(
            "PUT",
            "/api/v1/member-states/VEN/status",
            Some(&jam),
            Some(&json!({"status": "active"})),
        )
        .await;
    assert_eq!(status, Status::Forbidden);
    let (status, _) = app
        .api(
            "PUT",
            "/api/v1/member-states/VEN/status",
            Some(&sec),
            Some(&json!({"status": "sleeping"})),
        )
        .await;
    assert_eq!(status, Status::UnprocessableEntity);

    let db = app.db().await;
    let created = event::Entity::find()
        .filter(event::Column::Action.eq("port.created"))
        .all(&db)
        .await
        .expect("q");
    assert_eq!(created.len(), 1);
    assert_eq!(created[0].member_state.as_deref(), Some("JAM"));
    assert!(created[0].actor_id.is_some());
}
on_both!(ports_and_states, ports_and_states);

async fn cycles(app: TestApp) {
    let (_, sec) = app.user("secretariat", None).await;
    let (_, jam) = app.user("focal_point", Some("JAM")).await;
    let (sec, jam) = (app.token(&sec).await, app.token(&jam).await);
    let today = chrono::Utc::now().date_naive();
    let d = |days: i64| (today + chrono::Duration::days(days)).to_string();
    let body = |opens: String, closes: String| json!({"form": "port-contingency", "title": "Reporting 2026", "opens_on": opens, "closes_on": closes});

    let (status, v) = app
        .api(
            "POST",
            "/api/v1/cycles",
            Some(&sec),
            Some(&body(d(-1), d(60))),
        )
        .await;
    assert_eq!(status, Status::Created, "{v}");
    assert_eq!(
        (v["status"].as_str(), v["version"].as_str()),
        (Some("open"), Some("2026.1"))
    );
    let id = v["id"].as_str().expect("id").to_string();
    let (status, v) = app
        .api(
            "POST",
            "/api/v1/cycles",
            Some(&sec),
            Some(&body(d(-90), d(-30))),
        )
        .await;
    assert_eq!(
        (status, v["status"].as_str()),
        (Status::Created, Some("closed"))
    );
    let (status, v) = app
        .api(
            "POST",
            "/api/v1/cycles",
            Some(&sec),
            Some(&body(d(10), d(1))),
        )
        .await;
    assert_eq!(
        (status, v["error"].as_str()),
        (Status::UnprocessableEntity, Some("invalid_dates"))
    );
    let mut unknown = body(d(0), d(1));
    unknown["version"] = json!("1999.1");
    let (status, v) = app
        .api("POST", "/api/v1/cycles", Some(&sec), Some(&unknown))
        .await;
    assert_eq!(
        (status, v["error"].as_str()),
        (Status::UnprocessableEntity, Some("unknown_form"))
    );
    let (status, v) = app.api("POST", "/api/v1/cycles", Some(&sec), Some(&json!({"form": "port-contingency", "title": "x", "opens_on": "soon", "closes_on": d(1)}))).await;
    assert_eq!(
        (status, v["error"].as_str()),
        (Status::BadRequest, Some("bad_request"))
    );
    let (status, _) = app
        .api(
            "POST",
            "/api/v1/cycles",
            Some(&jam),
            Some(&body(d(0), d(1))),
        )
        .await;
    assert_eq!(status, Status::Forbidden);

    // Everyone signed in sees the cycles; progress is scoped to what the caller may see.
    let (status, v) = app.api("GET", "/api/v1/cycles", Some(&jam), None).await;
    assert_eq!((status, v.as_array().map(Vec::len)), (Status::Ok, Some(2)));
    let (_, _) = app
        .api(
            "POST",
            "/api/v1/member-states/JAM/ports",
            Some(&sec),
            Some(&json!({"locode": "JMKIN", "name": "Kingston"})),
        )
        .await;
    let (status, v) = app
        .api("GET", &format!("/api/v1/cycles/{id}"), Some(&jam), None)
        .await;
    assert_eq!(status, Status::Ok);
    assert_eq!(
        v["progress"],
        json!([{"member_state": "JAM", "ports": 1, "not_started": 1, "drafts": 0, "submitted": 0, "returned": 0, "approved": 0, "overdue": 0}])
    );
    // After the closing date, a port whose report is not in is overdue.
    let long_ago = chrono::Utc::now().date_naive() - chrono::Duration::days(60);
    let (status, past) = app
        .api("POST", "/api/v1/cycles", Some(&sec), Some(&json!({"form": "port-contingency", "title": "Last year",
            "opens_on": long_ago.to_string(), "closes_on": (long_ago + chrono::Duration::days(30)).to_string()})))
        .await;
    assert_eq!(status, Status::Created, "{past}");
    let (_, v) = app
        .api(
            "GET",
            &format!("/api/v1/cycles/{}", past["id"].as_str().unwrap_or("")),
            Some(&jam),
            None,
        )
        .await;
    assert_eq!(v["progress"][0]["overdue"], json!(1), "{v}");
    let (_, v) = app
        .api("GET", &format!("/api/v1/cycles/{id}"), Some(&sec), None)
        .await;
    assert_eq!(v["progress"].as_array().map(Vec::len), Some(35));

    // Closing: once.
    let (status, _) = app
        .api(
            "POST",
            &format!("/api/v1/cycles/{id}/close"),
            Some(&jam),
            None,
        )
        .await;
    assert_eq!(status, Status::Forbidden);
    let (status, v) = app
        .api(
            "POST",
            &format!("/api/v1/cycles/{id}/close"),
            Some(&sec),
            None,
        )
        .await;
    assert_eq!((status, v["status"].as_str()), (Status::Ok, Some("closed")));
    let (status, v) = app
        .api(
            "POST",
            &format!("/api/v1/cycles/{id}/close"),
            Some(&sec),
            None,
        )
        .await;
    assert_eq!(
        (status, v["error"].as_str()),
        (Status::Conflict, Some("already_closed"))
    );
    let (status, _) = app
        .api(
            "GET",
            &format!("/api/v1/cycles/{}", uuid::Uuid::new_v4()),
            Some(&sec),
            None,
        )
        .await;
    assert_eq!(status, Status::NotFound);

    let db = app.db().await;
    for action in ["cycle.created", "cycle.closed"] {
        let n = event::Entity::find()
            .filter(event::Column::Action.eq(action))
            .count(&db)
            .await
            .expect("count");
        assert!(n >= 1, "{action}");
    }
}
on_both!(cycles, cycles);

async fn sign_in_failures_are_limited_without_locking_the_owner_out(app: TestApp) {
    let (_, email) = app.user("focal_point", Some("JAM")).await;
    let attempt = |addr: &'static str, password: &'static str| {
        let email = email.clone();
        let app = &app;
        async move {
            let res = app
                .client
                .post("/api/v1/session")
                .header(ContentType::JSON)
                .remote(addr.parse().expect("addr"))
                .body(json!({"email": email, "password": password}).to_string())
                .dispatch()
                .await;
            res.status()
        }
    };
    for _ in 0..5 {
        assert_eq!(
            attempt("192.0.2.10:5000", "guess guess guess").await,
            Status::Unauthorized
        );
    }
    // The sixth try from that address is refused even with the right password…
    assert_eq!(
        attempt("192.0.2.10:5000", PASSWORD).await,
        Status::TooManyRequests
    );
    // …while the owner, from elsewhere, still signs in.
    assert_eq!(
        attempt("198.51.100.7:5000", PASSWORD).await,
        Status::Created
    );
    // The limit slides: once the failures are older than the window, the address may try again.
    let db = app.db().await;
    event::Entity::update_many()
        .col_expr(
            event::Column::At,
            sea_orm::sea_query::Expr::value(chrono::Utc::now() - chrono::Duration::minutes(16)),
        )
        .filter(event::Column::Action.eq("auth.sign_in_failed"))
        .exec(&db)
        .await
        .expect("age the failures");
    assert_eq!(attempt("192.0.2.10:5000", PASSWORD).await, Status::Created);
    // Per address: many accounts guessed from one address.
    for i in 0..20 {
        let res = app
            .client
            .post("/api/v1/session")
            .header(ContentType::JSON)
            .remote("203.0.113.9:1".parse().expect("addr"))
            .body(
                json!({"email": format!("guess{i}@example.org"), "password": "nope nope nope"})
                    .to_string(),
            )
            .dispatch()
            .await;
        assert_eq!(res.status(), Status::Unauthorized);
    }
    let (status, v) = json(
        app.client
            .post("/api/v1/session")
            .header(ContentType::JSON)
            .remote("203.0.113.9:1".parse().expect("addr"))
            .body(json!({"email": email, "password": PASSWORD}).to_string())
            .dispatch()
            .await,
    )
    .await;
    assert_eq!(status, Status::TooManyRequests);
    assert_eq!(assert_error_shape(&v), "too_many_requests");
    // Every failure was audited with its address.
    let failures = event::Entity::find()
        .filter(event::Column::Action.eq("auth.sign_in_failed"))
        .filter(event::Column::Address.eq("203.0.113.9"))
        .count(&db)
        .await
        .expect("count");
    assert_eq!(failures, 20);
}
on_both!(
    sign_in_failures_are_limited_without_locking_the_owner_out,
    sign_in_failures_are_limited_without_locking_the_owner_out
);
