//! The review loop on pages, through real HTTP with cookies, on SQLite and PostgreSQL:
//! the inbox, the reviewer's page with its decision form, the focal point's threads and
//! replies, what changed between submissions, the progress board and the audit log.

mod common;

use common::{csrf_of, page, post_form, sign_in, TestApp, PASSWORD};
use rocket::http::Status;
use serde_json::json;

async fn submitted(app: &TestApp) -> common::Submitted {
    common::submitted_report(app).await
}

fn location(res: &rocket::local::asynchronous::LocalResponse<'_>) -> String {
    res.headers()
        .get_one("Location")
        .unwrap_or_default()
        .to_string()
}

async fn the_loop_on_pages(app: TestApp) {
    let w = submitted(&app).await;
    let review = format!("/admin/submissions/{}", w.id);
    let decide = format!("{review}/decide");

    // The secretariat's inbox lists it, oldest waiting first, with counts per status.
    sign_in(&app, &w.sec_email, PASSWORD).await;
    let (status, html) = page(&app, "/admin/submissions").await;
    assert_eq!(status, Status::Ok);
    assert!(
        html.contains("Kingston") && html.contains(&format!("href=\"{review}\"")),
        "{html}"
    );
    assert!(
        html.contains("Submitted <span class=\"count\">(1)</span>"),
        "{html}"
    );
    let (_, drafts) = page(&app, "/admin/submissions?status=draft").await;
    assert!(!drafts.contains("Kingston"));

    // The reviewer reads the questionnaire's wording, the answers by their labels, scores.
    let (status, html) = page(&app, &review).await;
    assert_eq!(status, Status::Ok);
    assert!(
        html.contains("UN&#x2F;LOCODE of the port") && html.contains("Full-scale"),
        "{html}"
    );
    assert!(html.contains("Score") && html.contains(" %"));
    assert!(html.contains("name=\"q.B3\"") && html.contains("value=\"approve\""));
    let csrf = csrf_of(&html);

    // Without a reason: refused, nothing changes. Without the CSRF token: 403.
    let res = post_form(
        &app,
        &decide,
        &[
            ("csrf_token", &csrf),
            ("decision", "return"),
            ("comment", "  "),
        ],
    )
    .await;
    assert_eq!(res.status(), Status::UnprocessableEntity);
    let res = post_form(&app, &decide, &[("decision", "approve")]).await;
    assert_eq!(res.status(), Status::Forbidden);
    // A refused decision keeps what the reviewer typed.
    let long = "x".repeat(10_001);
    let res = post_form(
        &app,
        &decide,
        &[
            ("csrf_token", &csrf),
            ("decision", "return"),
            ("comment", &long),
            ("q.B3", "Keep me, please"),
        ],
    )
    .await;
    assert_eq!(res.status(), Status::UnprocessableEntity);
    let html = res.into_string().await.unwrap_or_default();
    assert!(
        html.contains("Keep me, please</textarea>"),
        "typed text kept"
    );
    // Returned with a comment on B3.
    let res = post_form(
        &app,
        &decide,
        &[
            ("csrf_token", &csrf),
            ("decision", "return"),
            ("comment", ""),
            ("q.B3", "Please give the date of the last revision."),
        ],
    )
    .await;
    assert_eq!(res.status(), Status::SeeOther);
    assert_eq!(location(&res), format!("{review}?done=returned"));
    let (_, html) = page(&app, &format!("{review}?done=returned")).await;
    assert!(
        html.contains("returned to its member state") && html.contains("Returned for revision")
    );
    assert!(
        !html.contains("value=\"approve\""),
        "no second decision on the same submission"
    );

    // The focal point sees the reasons first on the report's page, with links to them.
    sign_in(&app, &w.jam_email, PASSWORD).await;
    let (_, html) = page(&app, &format!("/submissions/{}/review", w.id)).await;
    let top = html
        .split_once("returned-title")
        .map(|(_, rest)| rest.split("</div>").next().unwrap_or_default())
        .unwrap_or_default();
    assert!(top.contains("sections&#x2F;B#q-B3"), "{html}");
    // Opening the report reads its notice.
    let (_, n) = app
        .api("GET", "/api/v1/notifications", Some(&w.jam), None)
        .await;
    assert_eq!(n["unread"], 0, "{n}");
    let (status, _) = page(&app, &review).await;
    assert_eq!(
        status,
        Status::Forbidden,
        "the reviewer's page is the secretariat's"
    );
    let section_b = format!("/submissions/{}/sections/B", w.id);
    let (status, html) = page(&app, &section_b).await;
    assert_eq!(status, Status::Ok, "returned: editable again");
    assert!(
        html.contains("Please give the date of the last revision."),
        "{html}"
    );
    assert!(html.contains("1 comment") && html.contains("form=\"reply-B3\""));
    let res = post_form(
        &app,
        &format!("/submissions/{}/comments", w.id),
        &[
            ("csrf_token", &csrf_of(&html)),
            ("question", "B3"),
            ("body", "Done: 30 June 2025."),
            ("back", &section_b),
        ],
    )
    .await;
    assert_eq!(res.status(), Status::SeeOther);
    assert_eq!(location(&res), format!("{section_b}?done=commented#q-B3"));
    let (_, html) = page(&app, &section_b).await;
    assert!(html.contains("Done: 30 June 2025."));
    // A "back" that is no path of this report, or no valid path at all, is not followed;
    // the comment is kept and the answer is a redirect, never an error.
    let own = format!("/submissions/{}/sections/B", w.id);
    for back in [
        format!("{own}#x"),
        format!("{own} y"),
        format!("{own}\u{e9}"),
    ] {
        let res = post_form(
            &app,
            &format!("/submissions/{}/comments", w.id),
            &[
                ("csrf_token", &csrf_of(&html)),
                ("body", "Noted."),
                ("back", &back),
            ],
        )
        .await;
        assert_eq!(res.status(), Status::SeeOther, "{back}");
        assert!(location(&res).starts_with(&format!("/submissions/{}/review", w.id)));
    }
    // A "back" elsewhere is not followed.
    let res = post_form(
        &app,
        &format!("/submissions/{}/comments", w.id),
        &[
            ("csrf_token", &csrf_of(&html)),
            ("body", "Overall: thanks."),
            ("back", "https://evil.example/"),
        ],
    )
    .await;
    assert!(
        location(&res).starts_with(&format!("/submissions/{}/review", w.id)),
        "{}",
        location(&res)
    );
    let (_, html) = page(&app, &format!("/submissions/{}/review", w.id)).await;
    assert!(html.contains("Overall: thanks.") && html.contains("Please give the date"));
    assert!(
        html.contains("returned it for revision"),
        "the history in words: {html}"
    );
    // Deciding is not the focal point's.
    let res = post_form(
        &app,
        &decide,
        &[("csrf_token", &csrf_of(&html)), ("decision", "approve")],
    )
    .await;
    assert_eq!(res.status(), Status::Forbidden);

    // She changes A6 and resubmits; the reviewer sees what changed.
    let (_, cur) = app
        .api(
            "GET",
            &format!("/api/v1/submissions/{}", w.id),
            Some(&w.jam),
            None,
        )
        .await;
    let mut answers = cur["answers"].clone();
    answers["A6"] = json!(2500);
    let (_, v) = app
        .api(
            "PUT",
            &format!("/api/v1/submissions/{}/answers", w.id),
            Some(&w.jam),
            Some(&json!({"version": cur["version"], "answers": answers})),
        )
        .await;
    let (status, _) = app
        .api(
            "POST",
            &format!("/api/v1/submissions/{}/submit", w.id),
            Some(&w.jam),
            Some(&json!({"version": v["version"]})),
        )
        .await;
    assert_eq!(status, Status::Ok);
    sign_in(&app, &w.sec_email, PASSWORD).await;
    let (_, html) = page(&app, &review).await;
    assert!(
        html.contains("1 answer changed since submission 1"),
        "{html}"
    );
    assert!(
        html.contains("<div id=\"q-A6\" class=\"changed\">") && html.contains("In submission 1:")
    );
    assert!(!html.contains("<div id=\"q-A5\" class=\"changed\">"));
    // Comments without a decision: kept all together, the status unchanged, the state told.
    let csrf = csrf_of(&html);
    let res = post_form(
        &app,
        &decide,
        &[
            ("csrf_token", &csrf),
            ("decision", "comment"),
            ("comment", "Thanks for the quick fix."),
            ("q.A6", "Is 2,500 the number of calls of the whole year?"),
        ],
    )
    .await;
    assert_eq!(location(&res), format!("{review}?done=commented"));
    let (_, html) = page(&app, &review).await;
    assert!(html.contains("Is 2,500 the number") && html.contains("Thanks for the quick fix."));
    assert!(
        html.contains("<strong>Submitted</strong>"),
        "no decision was taken"
    );
    let (_, n) = app
        .api("GET", "/api/v1/notifications", Some(&w.jam), None)
        .await;
    assert_eq!(n["items"][0]["kind"], "commented", "{n}");
    // Approve; then reopen needs a reason, kept when refused.
    let csrf = csrf_of(&html);
    let res = post_form(
        &app,
        &decide,
        &[("csrf_token", &csrf), ("decision", "approve")],
    )
    .await;
    assert_eq!(location(&res), format!("{review}?done=approved"));
    let (_, html) = page(&app, &review).await;
    assert!(html.contains("value=\"reopen\""));
    let res = post_form(
        &app,
        &decide,
        &[
            ("csrf_token", &csrf),
            ("decision", "reopen"),
            ("comment", " "),
        ],
    )
    .await;
    assert_eq!(res.status(), Status::UnprocessableEntity);
    let res = post_form(
        &app,
        &decide,
        &[
            ("csrf_token", &csrf),
            ("decision", "reopen"),
            ("comment", "New plan received."),
        ],
    )
    .await;
    assert_eq!(location(&res), format!("{review}?done=reopened"));
    let (_, html) = page(&app, &review).await;
    assert!(html.contains("reopened it") && html.contains("New plan received."));

    // The progress board, in Spanish too, and the audit log.
    let (status, html) = page(&app, &format!("/admin/cycles/{}", w.cycle)).await;
    assert_eq!(status, Status::Ok);
    assert!(
        html.contains("Jamaica") && html.contains("Reporting 2026"),
        "{html}"
    );
    let res = app
        .get_lang(&format!("/admin/cycles/{}", w.cycle), "es")
        .await;
    let es = res.into_string().await.unwrap_or_default();
    assert!(
        es.contains("Informe 2026") && es.contains("Atrasados"),
        "{es}"
    );
    let (status, html) = page(&app, "/admin/audit?entity=submission&action=reopened").await;
    assert_eq!(status, Status::Ok);
    assert!(html.contains("submission.reopened") && html.contains("New plan received."));
    assert!(!html.contains("session.created"), "filtered");
}
on_both!(the_loop_on_pages, the_loop_on_pages);

async fn pages_keep_to_their_people(app: TestApp) {
    let w = submitted(&app).await;
    let (_, brb) = app.user("focal_point", Some("BRB")).await;
    sign_in(&app, &brb, PASSWORD).await;
    let (_, html) = page(&app, "/reports").await;
    let csrf = csrf_of(&html);
    let res = post_form(
        &app,
        &format!("/submissions/{}/comments", w.id),
        &[("csrf_token", &csrf), ("body", "hello")],
    )
    .await;
    assert_eq!(res.status(), Status::NotFound);
    for uri in [
        "/admin/submissions",
        "/admin/audit",
        &format!("/admin/cycles/{}", w.cycle),
    ] {
        let (status, _) = page(&app, uri).await;
        assert_eq!(status, Status::Forbidden, "{uri}");
    }
    // Anonymous: the sign-in page.
    let fresh = TestApp::on(common::Backend::Sqlite, "pages_keep_to_their_people_anon")
        .await
        .expect("app");
    let res = fresh.get("/admin/submissions").await;
    assert_eq!(res.status(), Status::SeeOther);
    assert!(location(&res).starts_with("/login"));
}
on_both!(pages_keep_to_their_people, pages_keep_to_their_people);

/// The progress board's section scores: Jamaica's approved port, each cell's value printed
/// with its level named (never colour alone), and the region.
async fn section_scores_on_the_board(app: TestApp) {
    let w = submitted(&app).await;
    let (status, _) = app
        .api(
            "POST",
            &format!("/api/v1/submissions/{}/approve", w.id),
            Some(&w.sec),
            Some(&json!({})),
        )
        .await;
    assert_eq!(status, Status::Ok);
    sign_in(&app, &w.sec_email, PASSWORD).await;
    let (status, html) = page(&app, &format!("/admin/cycles/{}", w.cycle)).await;
    assert_eq!(status, Status::Ok);
    let table = html
        .split_once("scores-title")
        .map(|(_, rest)| rest.split("</table>").next().unwrap_or_default())
        .unwrap_or_default();
    assert!(
        table.contains("Jamaica") && table.contains("Region"),
        "{html}"
    );
    assert!(
        table.contains(" %") && table.contains("class=\"lvl-"),
        "{table}"
    );
    assert!(table.contains("(Level "), "the level in words: {table}");
    assert!(html.contains("1 in all"), "the number of approved ports");
}
on_both!(section_scores_on_the_board, section_scores_on_the_board);
