//! The sign-in, invitation and set-up pages, and the secretariat's set-up pages, through
//! real HTTP requests with cookies: CSRF, redirects, isolation and the whole set-up flow.

mod common;

use common::{Backend, TestApp, PASSWORD};
use rocket::http::{Header, Status};

use common::{csrf_of, page, post_form, sign_in};

async fn csrf_is_required_on_every_form_post(app: TestApp) {
    let (_, email) = app.user("secretariat", None).await;
    // No token, a wrong token: 403, and nothing happens.
    for fields in [
        vec![("email", email.as_str()), ("password", PASSWORD)],
        vec![
            ("csrf_token", "forged"),
            ("email", email.as_str()),
            ("password", PASSWORD),
        ],
    ] {
        let _ = page(&app, "/login").await;
        let res = post_form(&app, "/login", &fields).await;
        assert_eq!(res.status(), Status::Forbidden, "{fields:?}");
        assert!(res.cookies().get_private("session").is_none());
    }
    let (status, to) = sign_in(&app, &email, PASSWORD).await;
    assert_eq!((status, to.as_str()), (Status::SeeOther, "/admin"));
    // Signed in, a post without the token still fails.
    let res = post_form(
        &app,
        "/admin/states/JAM/ports",
        &[("locode", "JMKIN"), ("name", "Kingston")],
    )
    .await;
    assert_eq!(res.status(), Status::Forbidden);
    let res = post_form(&app, "/logout", &[]).await;
    assert_eq!(res.status(), Status::Forbidden);
    let (status, html) = page(&app, "/admin/states/JAM").await;
    assert_eq!(status, Status::Ok);
    assert!(!html.contains("JMKIN"), "the forged post added nothing");
}
on_both!(
    csrf_is_required_on_every_form_post,
    csrf_is_required_on_every_form_post
);

async fn pages_need_the_right_person(app: TestApp) {
    // Anonymous: the sign-in page, then back.
    let res = app.get("/admin/users").await;
    assert_eq!(res.status(), Status::SeeOther);
    assert_eq!(
        res.headers().get_one("Location"),
        Some("/login?next=%2Fadmin%2Fusers")
    );
    // A focal point: 403 on the secretariat's pages.
    let (_, fp) = app.user("focal_point", Some("JAM")).await;
    let (status, to) = sign_in(&app, &fp, PASSWORD).await;
    assert_eq!((status, to.as_str()), (Status::SeeOther, "/reports"));
    for uri in ["/admin", "/admin/users", "/admin/states/JAM"] {
        let (status, _) = page(&app, uri).await;
        assert_eq!(status, Status::Forbidden, "{uri}");
    }
    // The session cookie alone never opens the API.
    let res = app.get("/api/v1/me").await;
    assert_eq!(res.status(), Status::Unauthorized);
    // A wrong password shows the form again with a message, 401.
    let (status, to) = sign_in(&app, &fp, "not the password").await;
    assert_eq!((status, to.as_str()), (Status::Unauthorized, ""));
}
on_both!(pages_need_the_right_person, pages_need_the_right_person);

async fn the_session_cookie_is_private_and_ends_at_sign_out(app: TestApp) {
    let (_, email) = app.user("secretariat", None).await;
    let (_, html) = page(&app, "/login").await;
    let csrf = csrf_of(&html);
    let res = post_form(
        &app,
        "/login",
        &[
            ("csrf_token", &csrf),
            ("email", &email),
            ("password", PASSWORD),
        ],
    )
    .await;
    let set_cookie: Vec<String> = res
        .headers()
        .get("Set-Cookie")
        .map(str::to_string)
        .collect();
    let session = set_cookie
        .iter()
        .find(|c| c.starts_with("session="))
        .expect("session cookie");
    assert!(session.contains("HttpOnly"), "{session}");
    assert!(session.contains("SameSite=Lax"), "{session}");
    assert!(session.contains("Max-Age=43200"), "{session}");
    assert!(
        !session.contains(&email) && session.len() > 60,
        "encrypted, not readable: {session}"
    );
    let stolen = session.split(';').next().unwrap_or_default().to_string();
    let (status, html) = page(&app, "/admin").await;
    assert_eq!(status, Status::Ok);
    let res = post_form(&app, "/logout", &[("csrf_token", &csrf_of(&html))]).await;
    assert_eq!(res.status(), Status::SeeOther);
    // The old cookie, replayed, no longer opens anything.
    let res = app
        .client
        .get("/admin")
        .header(Header::new("Cookie", stolen))
        .dispatch()
        .await;
    assert_eq!(res.status(), Status::SeeOther);
}
on_both!(
    the_session_cookie_is_private_and_ends_at_sign_out,
    the_session_cookie_is_private_and_ends_at_sign_out
);

async fn the_secretariat_sets_up_a_cycle_and_the_invitee_signs_in(app: TestApp) {
    let (_, sec) = app.user("secretariat", None).await;
    sign_in(&app, &sec, PASSWORD).await;
    // Add a port: a bad one is refused on the page with the reason, a good one listed.
    let (_, html) = page(&app, "/admin/states/JAM").await;
    let csrf = csrf_of(&html);
    let res = post_form(
        &app,
        "/admin/states/JAM/ports",
        &[
            ("csrf_token", &csrf),
            ("locode", "BRSSZ"),
            ("name", "Santos"),
        ],
    )
    .await;
    assert_eq!(res.status(), Status::UnprocessableEntity);
    let html = res.into_string().await.unwrap_or_default();
    assert!(html.contains("role=\"alert\""), "the error is announced");
    let res = post_form(
        &app,
        "/admin/states/JAM/ports",
        &[
            ("csrf_token", &csrf),
            ("locode", "jmkin"),
            ("name", "Kingston"),
        ],
    )
    .await;
    assert_eq!(res.status(), Status::Ok);
    let html = res.into_string().await.unwrap_or_default();
    assert!(html.contains("<code>JMKIN</code>"), "{html}");
    // Invite a focal point: the page shows the one-time link.
    let res = post_form(
        &app,
        "/admin/states/JAM/invite",
        &[
            ("csrf_token", &csrf),
            ("name", "Ana Focal"),
            ("email", "ana@jam.example"),
        ],
    )
    .await;
    assert_eq!(res.status(), Status::Ok);
    let html = res
        .into_string()
        .await
        .unwrap_or_default()
        .replace("&#x2F;", "/");
    let start = html.find("/invitations/").expect("an invitation link");
    let link: String = html[start..].chars().take_while(|c| *c != '"').collect();
    // Open a cycle.
    let res = post_form(
        &app,
        "/admin/cycles",
        &[
            ("csrf_token", &csrf),
            ("title", "Reporting 2026"),
            ("form", "port-contingency@2026.1"),
            ("opens_on", "2026-01-01"),
            ("closes_on", "2099-12-31"),
        ],
    )
    .await;
    assert_eq!(res.status(), Status::Ok);
    let html = res.into_string().await.unwrap_or_default();
    assert!(html.contains("Reporting 2026"));
    let res = post_form(
        &app,
        "/admin/cycles",
        &[
            ("csrf_token", &csrf),
            ("title", "Bad"),
            ("form", "port-contingency@2026.1"),
            ("opens_on", "2026-02-01"),
            ("closes_on", "2026-01-01"),
        ],
    )
    .await;
    assert_eq!(res.status(), Status::UnprocessableEntity);
    // Sign out; the invitee sets a password at the link and signs in.
    let (_, html) = page(&app, "/admin").await;
    post_form(&app, "/logout", &[("csrf_token", &csrf_of(&html))]).await;
    let (status, html) = page(&app, &link).await;
    assert_eq!(status, Status::Ok);
    assert!(html.contains("Ana Focal"));
    let csrf = csrf_of(&html);
    let res = post_form(
        &app,
        &link,
        &[
            ("csrf_token", &csrf),
            ("password", "a long enough password"),
            ("confirm", "another one entirely"),
        ],
    )
    .await;
    assert_eq!(res.status(), Status::UnprocessableEntity);
    let res = post_form(
        &app,
        &link,
        &[
            ("csrf_token", &csrf),
            ("password", "a long enough password"),
            ("confirm", "a long enough password"),
        ],
    )
    .await;
    assert_eq!(res.status(), Status::SeeOther);
    let (status, to) = sign_in(&app, "ana@jam.example", "a long enough password").await;
    assert_eq!((status, to.as_str()), (Status::SeeOther, "/reports"));
    let (_, html) = page(&app, "/").await;
    assert!(
        html.contains("Ana Focal"),
        "the header names the person signed in"
    );
    // The link was single use.
    let (status, _) = page(&app, &link).await;
    assert_eq!(status, Status::NotFound);
}
on_both!(
    the_secretariat_sets_up_a_cycle_and_the_invitee_signs_in,
    the_secretariat_sets_up_a_cycle_and_the_invitee_signs_in
);

#[rocket::async_test]
async fn the_first_start_offers_a_one_time_set_up_link() {
    let app = TestApp::on(Backend::Sqlite, "setup").await.expect("sqlite");
    // The link printed at start is not recoverable from the database (only its hash is
    // kept), so issue a fresh one as a restart would.
    let db = app.db().await;
    let token = portplans::services::accounts::setup_link_if_needed(&db)
        .await
        .expect("db")
        .expect("no admin yet");
    let link = format!("/setup/{token}");
    let (status, html) = page(&app, &link).await;
    assert_eq!(status, Status::Ok);
    let csrf = csrf_of(&html);
    let res = post_form(
        &app,
        &link,
        &[
            ("csrf_token", &csrf),
            ("name", "First Admin"),
            ("email", "admin@oas.example"),
            ("password", "a long enough password"),
            ("confirm", "a long enough password"),
        ],
    )
    .await;
    assert_eq!(res.status(), Status::SeeOther);
    let (status, to) = sign_in(&app, "admin@oas.example", "a long enough password").await;
    assert_eq!((status, to.as_str()), (Status::SeeOther, "/admin"));
    // Once used, never again; and with an administrator, no new link is issued.
    let (status, _) = page(&app, &link).await;
    assert_eq!(status, Status::NotFound);
    assert_eq!(
        portplans::services::accounts::setup_link_if_needed(&db)
            .await
            .expect("db"),
        None
    );
}
