//! The command line: `forms check`, `migrate`, and `serve` on a real socket.

mod common;

use std::io::{Read, Write};
use std::net::{TcpListener, TcpStream};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

fn portplans() -> Command {
    let mut c = Command::new(env!("CARGO_BIN_EXE_portplans"));
    c.current_dir(common::repo_path(""));
    c.env_remove("PORTPLANS_DATABASE_URL");
    c
}

fn run(args: &[&str]) -> (i32, String) {
    let out = portplans().args(args).output().expect("run portplans");
    let text = format!(
        "{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    (out.status.code().unwrap_or(-1), text)
}

#[test]
fn forms_check_accepts_the_shipped_questionnaire() {
    let (code, out) = run(&["forms", "check", "forms"]);
    assert_eq!(code, 0, "{out}");
    assert!(
        out.contains("1 file(s) checked: 0 error(s), 0 warning(s)"),
        "{out}"
    );
}

#[test]
fn forms_check_names_file_and_question_of_each_problem() {
    let dir = common::repo_path("tests/fixtures/forms-broken");
    let (code, out) = run(&["forms", "check", dir.to_str().expect("utf-8 path")]);
    assert_eq!(code, 1, "{out}");
    let expect = [
        (
            "unknown-reference.toml",
            "question Q2",
            "unknown question ${Q9}",
        ),
        ("relevance-cycle.toml", "question", "relevance cycle"),
        ("type-error.toml", "question Q2", "`${Q1} + 1`"),
        (
            "duplicate-id.toml",
            "question Q1",
            "duplicate question id Q1",
        ),
        (
            "constraint-reference.toml",
            "question Q1",
            "unknown question ${NOPE}",
        ),
        (
            "unknown-choice-list.toml",
            "question Q1",
            "unknown choice list colours",
        ),
        ("syntax.toml", "", "not a valid form file"),
    ];
    for (file, question, message) in expect {
        let line = out
            .lines()
            .find(|l| l.contains(file) && l.contains(message))
            .unwrap_or_else(|| panic!("no message {message:?} for {file} in:\n{out}"));
        assert!(line.contains(question), "{line}");
        assert!(line.contains("error"), "{line}");
    }
}

#[test]
fn missing_translations_are_warnings_only() {
    let dir = common::repo_path("tests/fixtures/forms-untranslated");
    let (code, out) = run(&["forms", "check", dir.to_str().expect("utf-8 path")]);
    assert_eq!(code, 0, "{out}");
    assert!(
        out.contains("warning: question Q1: label is missing the translation(s): fr, pt"),
        "{out}"
    );
}

#[test]
fn migrate_creates_the_database() {
    let dir = tempfile::tempdir().expect("tempdir");
    let out = portplans()
        .arg("migrate")
        .env("PORTPLANS_DATA_DIR", dir.path())
        .output()
        .expect("run");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(dir.path().join("portplans.sqlite").exists());
}

#[test]
fn a_bad_setting_is_named_and_fails() {
    let out = portplans()
        .arg("migrate")
        .env("PORTPLANS_PORT", "eighty")
        .output()
        .expect("run");
    assert!(!out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains("PORTPLANS_PORT"));
}

fn free_port() -> u16 {
    TcpListener::bind("127.0.0.1:0")
        .and_then(|l| l.local_addr())
        .map(|a| a.port())
        .expect("a free port")
}

fn http_get(port: u16, path: &str) -> Option<String> {
    let mut s = TcpStream::connect(("127.0.0.1", port)).ok()?;
    s.set_read_timeout(Some(Duration::from_secs(5))).ok()?;
    write!(
        s,
        "GET {path} HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n"
    )
    .ok()?;
    let mut out = String::new();
    s.read_to_string(&mut out).ok()?;
    Some(out)
}

#[test]
fn serve_answers_over_a_real_socket_and_generates_its_key() {
    let dir = tempfile::tempdir().expect("tempdir");
    let port = free_port();
    let mut child = portplans()
        .env("PORTPLANS_DATA_DIR", dir.path())
        .env("PORTPLANS_PORT", port.to_string())
        .env("PORTPLANS_LOG_LEVEL", "off")
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .expect("serve");
    let deadline = Instant::now() + Duration::from_secs(60);
    let mut answer = None;
    while Instant::now() < deadline {
        if let Some(a) = http_get(port, "/healthz") {
            answer = Some(a);
            break;
        }
        std::thread::sleep(Duration::from_millis(100));
    }
    let forms = http_get(port, "/api/v1/forms");
    child.kill().ok();
    let mut stderr = String::new();
    if let Some(mut e) = child.stderr.take() {
        e.read_to_string(&mut stderr).ok();
    }
    child.wait().ok();
    let answer = answer.expect("the server answered /healthz");
    // No administrator yet: a one-time set-up link, never a default password.
    assert!(
        stderr.contains(&format!("http://127.0.0.1:{port}/setup/")),
        "{stderr}"
    );
    assert!(!stderr.to_lowercase().contains("password:"), "{stderr}");
    assert!(answer.starts_with("HTTP/1.1 200"), "{answer}");
    assert!(forms.is_some_and(|f| f.contains("port-contingency")));
    assert!(
        dir.path().join("secret_key").exists(),
        "a secret key is generated into the data directory"
    );
}

fn user_add(data: &std::path::Path, args: &[&str], password: &str) -> (bool, String) {
    let mut child = portplans()
        .args(["user", "add"])
        .args(args)
        .arg("--password-stdin")
        .env("PORTPLANS_DATA_DIR", data)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("user add");
    child
        .stdin
        .take()
        .expect("stdin")
        .write_all(password.as_bytes())
        .expect("write");
    let out = child.wait_with_output().expect("ends");
    let text = format!(
        "{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    (out.status.success(), text)
}

#[rocket::async_test]
async fn user_add_reads_the_password_from_stdin() {
    let dir = tempfile::tempdir().expect("tempdir");
    let admin = [
        "--email",
        "Admin@OAS.example",
        "--name",
        "Ada Admin",
        "--role",
        "admin",
    ];
    let (ok, out) = user_add(dir.path(), &admin, "a long admin password\n");
    assert!(ok, "{out}");
    // One trailing newline is removed, nothing else: the password signs in.
    let db = portplans::store::connect(&portplans::config::default_sqlite_url(dir.path()), 2)
        .await
        .expect("db");
    let signed = portplans::services::sessions::sign_in(
        &db,
        "admin@oas.example",
        "a long admin password",
        None,
        "api",
    )
    .await
    .expect("signs in");
    assert_eq!(signed.user.role, "admin");
    // Refusals, each with its reason.
    let (ok, out) = user_add(dir.path(), &admin, "a long admin password\n");
    assert!(!ok && out.contains("already exists"), "{out}");
    let (ok, out) = user_add(
        dir.path(),
        &["--email", "b@oas.example", "--name", "B", "--role", "admin"],
        "short\n",
    );
    assert!(!ok && out.contains("12 characters"), "{out}");
    let (ok, out) = user_add(
        dir.path(),
        &[
            "--email",
            "c@oas.example",
            "--name",
            "C",
            "--role",
            "focal_point",
        ],
        "a long enough password\n",
    );
    assert!(!ok && out.contains("member state"), "{out}");
    let (ok, out) = user_add(
        dir.path(),
        &[
            "--email",
            "d@jam.example",
            "--name",
            "D",
            "--role",
            "focal_point",
            "--member-state",
            "JAM",
        ],
        "a long enough password\n",
    );
    assert!(ok, "{out}");
}

/// `portplans demo`: every member state with its ports and focal point, submissions in
/// every status whose answers pass the questionnaire, the same for the same seed, an
/// account that signs in with the printed password; once per database.
#[rocket::async_test]
async fn demo_fills_an_empty_installation() {
    use portplans::store::entities::{port, revision, submission};
    use sea_orm::{EntityTrait, PaginatorTrait};
    let run_demo = |data: &std::path::Path| {
        let out = portplans()
            .env("PORTPLANS_DATA_DIR", data)
            .args(["demo", "--ports-per-state", "2", "--seed", "7"])
            .output()
            .expect("demo");
        (
            out.status.success(),
            String::from_utf8_lossy(&out.stdout).into_owned()
                + &String::from_utf8_lossy(&out.stderr),
        )
    };
    let (a, b) = (
        tempfile::tempdir().expect("dir"),
        tempfile::tempdir().expect("dir"),
    );
    let (ok, out) = run_demo(a.path());
    assert!(ok, "{out}");
    assert!(
        out.contains("70 ports") && out.contains("secretariat@demo.portplans.example"),
        "{out}"
    );
    for status in ["approved", "submitted", "returned", "draft", "not_started"] {
        assert!(out.contains(&format!("  {status}: ")), "{status} in {out}");
    }
    // Once per database.
    let (again, msg) = run_demo(a.path());
    assert!(
        !again && msg.contains("already has the demonstration"),
        "{msg}"
    );
    // The same seed gives the same ports and answers, but never the same password.
    let (ok, out_b) = run_demo(b.path());
    assert!(ok);
    let password_of = |out: &str| {
        out.lines().find_map(|l| {
            l.strip_prefix("Sign in with the password ")?
                .strip_suffix(" as:")
                .map(str::to_string)
        })
    };
    assert_ne!(
        password_of(&out),
        password_of(&out_b),
        "a password is never derived from the seed"
    );
    let open = |dir: &std::path::Path| {
        let url = portplans::config::default_sqlite_url(dir);
        async move { sea_orm::Database::connect(&url).await.expect("db") }
    };
    let (da, db) = (open(a.path()).await, open(b.path()).await);
    assert_eq!(port::Entity::find().count(&da).await.expect("q"), 70);
    let locodes = |rows: Vec<port::Model>| {
        let mut v: Vec<String> = rows.into_iter().map(|p| p.locode).collect();
        v.sort();
        v
    };
    assert_eq!(
        locodes(port::Entity::find().all(&da).await.expect("q")),
        locodes(port::Entity::find().all(&db).await.expect("q"))
    );
    // Every frozen revision passes the questionnaire.
    let (forms, _) = portplans::services::forms::load_dir(&common::repo_path("forms"));
    let form = forms
        .expect("forms")
        .get("port-contingency", None)
        .expect("form");
    let today = chrono::Utc::now().date_naive();
    let revisions = revision::Entity::find().all(&da).await.expect("q");
    assert!(!revisions.is_empty());
    for r in &revisions {
        let doc = r.answers.as_object().cloned().unwrap_or_default();
        let report = portplans::questionnaire::validate::validate(&form, &doc, today);
        assert!(report.is_valid(), "{:?}", report.problems);
    }
    let submitted = submission::Entity::find().count(&da).await.expect("q");
    assert!(
        submitted > 0 && submitted < 70,
        "some ports are not started"
    );
    // The printed password signs the secretariat in.
    let password = out
        .lines()
        .find_map(|l| {
            l.strip_prefix("Sign in with the password ")
                .and_then(|r| r.strip_suffix(" as:"))
        })
        .expect("the password")
        .to_string();
    let sec = portplans::store::entities::user::Entity::find()
        .all(&da)
        .await
        .expect("q")
        .into_iter()
        .find(|u| u.email == "secretariat@demo.portplans.example")
        .expect("the secretariat account");
    assert!(portplans::services::tokens::verify_password(
        &password,
        sec.password_hash.as_deref().unwrap_or("")
    ));
}
