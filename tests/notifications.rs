//! Notices, on SQLite and PostgreSQL: the in-app list without mail; with a real SMTP
//! server on loopback (Python's aiosmtpd), mail to the secretariat on submit, to the
//! state's focal points on return and approval, invitations mailed; a mail that fails is
//! retried and never blocks or undoes the change.

mod common;

use common::{Backend, TestApp};
use portplans::store::entities::notification;
use rocket::http::Status;
use sea_orm::{ActiveModelTrait, EntityTrait, Set};
use serde_json::json;
use std::net::TcpListener;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

/// An SMTP server on loopback that keeps what it receives in a Maildir.
struct Smtp {
    child: Child,
    port: u16,
    maildir: PathBuf,
}

impl Drop for Smtp {
    fn drop(&mut self) {
        self.child.kill().ok();
        self.child.wait().ok();
    }
}

fn free_port() -> u16 {
    TcpListener::bind("127.0.0.1:0")
        .and_then(|l| l.local_addr())
        .map(|a| a.port())
        .expect("a free port")
}

/// Starts aiosmtpd on `port`; None (or a failure, when CI requires it) if it is missing.
fn smtp_on(port: u16, maildir: &Path) -> Option<Smtp> {
    let child = Command::new("python3")
        .args([
            "-m",
            "aiosmtpd",
            "-n",
            "-l",
            &format!("127.0.0.1:{port}"),
            "-c",
            "aiosmtpd.handlers.Mailbox",
        ])
        .arg(maildir)
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn();
    let child = match child {
        Ok(c) => c,
        Err(e) => {
            assert!(
                std::env::var("PORTPLANS_TEST_REQUIRE_SMTP").is_err(),
                "python3 could not be started for the SMTP test server: {e}"
            );
            eprintln!("skipped the mail checks: python3 is not available");
            return None;
        }
    };
    let mut server = Smtp {
        child,
        port,
        maildir: maildir.to_path_buf(),
    };
    let deadline = Instant::now() + Duration::from_secs(10);
    while std::net::TcpStream::connect(("127.0.0.1", port)).is_err() {
        if Instant::now() > deadline || server.child.try_wait().ok().flatten().is_some() {
            assert!(
                std::env::var("PORTPLANS_TEST_REQUIRE_SMTP").is_err(),
                "the SMTP test server (python3 -m aiosmtpd) did not start"
            );
            eprintln!("skipped the mail checks: python3 -m aiosmtpd is not available");
            return None;
        }
        std::thread::sleep(Duration::from_millis(100));
    }
    server.maildir = maildir.to_path_buf();
    Some(server)
}

/// The messages received so far, decoded: (recipient, subject, body).
fn received(maildir: &Path) -> Vec<(String, String, String)> {
    let Ok(files) = std::fs::read_dir(maildir.join("new")) else {
        return Vec::new();
    };
    files
        .filter_map(Result::ok)
        .filter_map(|f| std::fs::read_to_string(f.path()).ok())
        .map(|raw| {
            let (head, body) = raw
                .split_once("\n\n")
                .or_else(|| raw.split_once("\r\n\r\n"))
                .unwrap_or((&raw, ""));
            let header = |name: &str| {
                head.lines()
                    .find(|l| {
                        l.to_ascii_lowercase()
                            .starts_with(&format!("{}:", name.to_ascii_lowercase()))
                    })
                    .map(|l| l[name.len() + 1..].trim().to_string())
                    .unwrap_or_default()
            };
            let encoding = header("Content-Transfer-Encoding").to_ascii_lowercase();
            let body = match encoding.as_str() {
                "base64" => {
                    use base64::Engine;
                    let clean: String = body.chars().filter(|c| !c.is_whitespace()).collect();
                    String::from_utf8_lossy(
                        &base64::engine::general_purpose::STANDARD
                            .decode(clean)
                            .unwrap_or_default(),
                    )
                    .into_owned()
                }
                "quoted-printable" => quoted_printable(body),
                _ => body.to_string(),
            };
            (header("X-RcptTo"), header("Subject"), body)
        })
        .collect()
}

fn quoted_printable(s: &str) -> String {
    let s = s.replace("=\r\n", "").replace("=\n", "");
    let bytes = s.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'=' && i + 2 < bytes.len() + 1 {
            if let Ok(b) = u8::from_str_radix(&s[i + 1..(i + 3).min(s.len())], 16) {
                out.push(b);
                i += 3;
                continue;
            }
        }
        out.push(bytes[i]);
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}

/// Waits until `pred` holds of the received messages (the mailer runs every 2 s).
fn wait_for(
    maildir: &Path,
    what: &str,
    pred: impl Fn(&[(String, String, String)]) -> bool,
) -> Vec<(String, String, String)> {
    let deadline = Instant::now() + Duration::from_secs(30);
    loop {
        let got = received(maildir);
        if pred(&got) {
            return got;
        }
        assert!(Instant::now() < deadline, "{what}: received {got:?}");
        std::thread::sleep(Duration::from_millis(200));
    }
}

async fn submitted(app: &TestApp) -> common::Submitted {
    common::submitted_report(app).await
}

async fn in_app_without_mail(app: TestApp) {
    let w = submitted(&app).await;
    // The secretariat is told of the submission; the focal point is not.
    let (status, v) = app
        .api("GET", "/api/v1/notifications", Some(&w.sec), None)
        .await;
    assert_eq!(status, Status::Ok);
    assert_eq!(
        (v["total"].as_u64(), v["unread"].as_u64()),
        (Some(1), Some(1)),
        "{v}"
    );
    assert_eq!(v["items"][0]["kind"], "submitted");
    assert!(
        v["items"][0]["text"]
            .as_str()
            .unwrap_or("")
            .contains("Jamaica sent the report of Kingston (JMKIN)"),
        "{v}"
    );
    let (_, none) = app
        .api("GET", "/api/v1/notifications", Some(&w.jam), None)
        .await;
    assert_eq!(none["total"], 0);
    // Returned: the state's focal point is told, in their language, with the comment.
    app.api(
        "POST",
        &format!("/api/v1/submissions/{}/return", w.id),
        Some(&w.sec),
        Some(&json!({"comment": "Check B3."})),
    )
    .await;
    let res = app
        .client
        .get("/api/v1/notifications")
        .header(rocket::http::Header::new(
            "Authorization",
            format!("Bearer {}", w.jam),
        ))
        .header(rocket::http::Header::new("Accept-Language", "es"))
        .dispatch()
        .await;
    let (_, v) = common::json(res).await;
    assert_eq!(v["items"][0]["kind"], "returned");
    assert!(
        v["items"][0]["text"]
            .as_str()
            .unwrap_or("")
            .contains("devolvió el informe de Kingston"),
        "{v}"
    );
    assert_eq!(v["items"][0]["data"]["comment"], "Check B3.");
    // Marking read: one's own only.
    let nid = v["items"][0]["id"].as_str().unwrap_or("").to_string();
    let (status, _) = app
        .api(
            "POST",
            "/api/v1/notifications/read",
            Some(&w.sec),
            Some(&json!({"id": nid})),
        )
        .await;
    assert_eq!(status, Status::NotFound, "another person's notice");
    let (status, m) = app
        .api(
            "POST",
            "/api/v1/notifications/read",
            Some(&w.jam),
            Some(&json!({"id": nid})),
        )
        .await;
    assert_eq!((status, m["marked"].as_u64()), (Status::Ok, Some(1)));
    let (_, v) = app
        .api("GET", "/api/v1/notifications", Some(&w.jam), None)
        .await;
    assert_eq!(v["unread"], 0);
    let (status, _) = app.api("GET", "/api/v1/notifications", None, None).await;
    assert_eq!(status, Status::Unauthorized);
    // The pages: a count in the header, the list.
    common::sign_in(&app, &w.sec_email, common::PASSWORD).await;
    let (_, html) = common::page(&app, "/notifications").await;
    assert!(
        html.contains("Notices (1 new)") && html.contains("Jamaica sent the report of Kingston"),
        "{html}"
    );
}
on_both!(in_app_without_mail, in_app_without_mail);

async fn mail_through_smtp(backend: Backend, name: &str) {
    let dir = tempfile::tempdir().expect("tempdir");
    let maildir = dir.path().join("mail");
    let port = free_port();
    let Some(server) = smtp_on(port, &maildir) else {
        return;
    };
    let port_text = server.port.to_string();
    let settings = [
        ("PORTPLANS_SMTP_HOST", "127.0.0.1"),
        ("PORTPLANS_SMTP_PORT", port_text.as_str()),
        ("PORTPLANS_SMTP_SECURITY", "none"),
        ("PORTPLANS_SMTP_FROM", "portplans <ports@oas.example>"),
        ("PORTPLANS_PUBLIC_URL", "https://ports.example.org"),
    ];
    let Some(app) = TestApp::on_with(backend, name, &settings).await else {
        return;
    };
    let w = submitted(&app).await;
    // The submit told the secretariat, by mail, with a link to the review page.
    let got = wait_for(&server.maildir, "the submit's mail", |m| {
        m.iter().any(|(to, _, _)| to.contains(&w.sec_email))
    });
    let (_, subject, body) = got
        .iter()
        .find(|(to, _, _)| to.contains(&w.sec_email))
        .cloned()
        .unwrap_or_default();
    assert!(subject.contains("Kingston"), "{subject}");
    assert!(
        body.contains(&format!(
            "https://ports.example.org/admin/submissions/{}",
            w.id
        )),
        "{body}"
    );
    // Returned: mail to the focal point, with the reason.
    let (status, _) = app
        .api(
            "POST",
            &format!("/api/v1/submissions/{}/return", w.id),
            Some(&w.sec),
            Some(&json!({"comment": "Please check the plan dates."})),
        )
        .await;
    assert_eq!(status, Status::Ok);
    let got = wait_for(&server.maildir, "the return's mail", |m| {
        m.iter().any(|(to, _, _)| to.contains(&w.jam_email))
    });
    let (_, _, body) = got
        .iter()
        .find(|(to, _, _)| to.contains(&w.jam_email))
        .cloned()
        .unwrap_or_default();
    assert!(
        body.contains("Please check the plan dates.")
            && body.contains(&format!("/submissions/{}/review", w.id)),
        "{body}"
    );
    // An invitation is mailed to the invitee with its link.
    let (status, inv) = app
        .api("POST", "/api/v1/users", Some(&w.sec), Some(&json!({"email": "new.fp@jam.example", "name": "New Focal", "role": "focal_point", "member_state": "JAM"})))
        .await;
    assert_eq!(status, Status::Created, "{inv}");
    let link = inv["invitation_url"].as_str().unwrap_or("").to_string();
    let got = wait_for(&server.maildir, "the invitation", |m| {
        m.iter().any(|(to, _, _)| to.contains("new.fp@jam.example"))
    });
    let (_, _, body) = got
        .iter()
        .find(|(to, _, _)| to.contains("new.fp@jam.example"))
        .cloned()
        .unwrap_or_default();
    assert!(body.contains(&link) && body.contains("New Focal"), "{body}");
    // Every notice mailed is marked sent.
    let db = app.db().await;
    let rows = notification::Entity::find().all(&db).await.expect("q");
    assert!(
        !rows.is_empty()
            && rows
                .iter()
                .all(|n| n.mail_status == "sent" && n.mail_sent_at.is_some()),
        "{rows:?}"
    );
    drop(server);
}

#[rocket::async_test]
async fn mail_through_smtp_sqlite() {
    mail_through_smtp(Backend::Sqlite, "mail_through_smtp").await;
}

#[rocket::async_test]
async fn mail_through_smtp_postgres() {
    mail_through_smtp(Backend::Postgres, "mail_through_smtp").await;
}

/// The relay is down: the action succeeds, the notice waits with its error; once the relay
/// is back, the retry delivers it.
#[rocket::async_test]
async fn a_failed_mail_is_retried_and_never_blocks() {
    let dir = tempfile::tempdir().expect("tempdir");
    let maildir = dir.path().join("mail");
    let port = free_port();
    let port_text = port.to_string();
    let settings = [
        ("PORTPLANS_SMTP_HOST", "127.0.0.1"),
        ("PORTPLANS_SMTP_PORT", port_text.as_str()),
        ("PORTPLANS_SMTP_SECURITY", "none"),
        ("PORTPLANS_SMTP_FROM", "ports@oas.example"),
    ];
    let app = TestApp::on_with(Backend::Sqlite, "a_failed_mail_is_retried", &settings)
        .await
        .expect("app");
    let w = submitted(&app).await; // the submit itself succeeded (asserted inside)
    let db = app.db().await;
    let deadline = Instant::now() + Duration::from_secs(20);
    let failed = loop {
        let rows = notification::Entity::find().all(&db).await.expect("q");
        // The try has ended once its error is written (the claim counts the try before).
        if let Some(n) = rows.into_iter().find(|n| n.mail_error.is_some()) {
            break n;
        }
        assert!(Instant::now() < deadline, "the mailer never tried");
        rocket::tokio::time::sleep(Duration::from_millis(200)).await;
    };
    assert_eq!(failed.mail_status, "pending", "kept for a retry");
    assert!(failed.mail_error.as_deref().is_some_and(|e| !e.is_empty()));
    assert!(
        failed.mail_next_at > chrono::Utc::now(),
        "retried later, not at once"
    );
    // The relay comes back; the retry time comes (moved forward here, not waited for).
    let Some(server) = smtp_on(port, &maildir) else {
        return;
    };
    let mut m: notification::ActiveModel = failed.clone().into();
    m.mail_next_at = Set(chrono::Utc::now());
    m.update(&db).await.expect("update");
    wait_for(&server.maildir, "the retried mail", |got| {
        got.iter().any(|(to, _, _)| to.contains(&w.sec_email))
    });
    let after = notification::Entity::find_by_id(failed.id)
        .one(&db)
        .await
        .expect("q")
        .expect("row");
    assert_eq!(
        (after.mail_status.as_str(), after.mail_attempts),
        ("sent", 2)
    );
}
