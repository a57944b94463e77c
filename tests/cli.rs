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
        .stderr(Stdio::null())
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
    child.wait().ok();
    let answer = answer.expect("the server answered /healthz");
    assert!(answer.starts_with("HTTP/1.1 200"), "{answer}");
    assert!(forms.is_some_and(|f| f.contains("port-contingency")));
    assert!(
        dir.path().join("secret_key").exists(),
        "a secret key is generated into the data directory"
    );
}
