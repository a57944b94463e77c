//! End to end in a real browser (Debian's headless Chromium through chromedriver), against
//! the real binary on a socket: the secretariat sets up a reporting cycle and invites a
//! focal point, who sets a password and signs in.
//!
//! Skipped, with a line saying so, where chromedriver is not installed — unless
//! `PORTPLANS_TEST_REQUIRE_BROWSER` is set (CI sets it), in which case that is a failure.

use fantoccini::{Client, ClientBuilder, Locator};
use std::io::{Read, Write};
use std::net::{TcpListener, TcpStream};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

const CHROMEDRIVER: &str = "/usr/bin/chromedriver";
const CHROMIUM: &str = "/usr/bin/chromium";

fn free_port() -> u16 {
    TcpListener::bind("127.0.0.1:0")
        .and_then(|l| l.local_addr())
        .map(|a| a.port())
        .expect("a free port")
}

/// A child process killed when the test ends, however it ends.
struct Running(Child);

impl Drop for Running {
    fn drop(&mut self) {
        self.0.kill().ok();
        self.0.wait().ok();
    }
}

fn wait_for(port: u16, path: &str) {
    let deadline = Instant::now() + Duration::from_secs(60);
    while Instant::now() < deadline {
        if let Ok(mut s) = TcpStream::connect(("127.0.0.1", port)) {
            // Only the status line matters; some servers keep the connection open.
            s.set_read_timeout(Some(Duration::from_secs(2))).ok();
            let _ = write!(
                s,
                "GET {path} HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n"
            );
            let mut head = [0u8; 12];
            if s.read_exact(&mut head).is_ok() && head.starts_with(b"HTTP/1.1 200") {
                return;
            }
        }
        std::thread::sleep(Duration::from_millis(100));
    }
    panic!("nothing answered {path} on port {port}");
}

fn portplans(data: &Path) -> Command {
    let mut c = Command::new(env!("CARGO_BIN_EXE_portplans"));
    c.current_dir(env!("CARGO_MANIFEST_DIR"))
        .env_remove("PORTPLANS_DATABASE_URL")
        .env("PORTPLANS_DATA_DIR", data)
        .env("PORTPLANS_LOG_LEVEL", "off");
    c
}

fn browser_available() -> bool {
    let present = Path::new(CHROMEDRIVER).exists() && Path::new(CHROMIUM).exists();
    if !present {
        assert!(
            std::env::var_os("PORTPLANS_TEST_REQUIRE_BROWSER").is_none(),
            "a browser is required here but {CHROMEDRIVER} or {CHROMIUM} is missing"
        );
        eprintln!("skipped the browser test: install chromium and chromium-driver");
    }
    present
}

async fn open_browser(driver_port: u16, profile: &Path) -> Client {
    let mut caps = serde_json::Map::new();
    caps.insert(
        "goog:chromeOptions".into(),
        serde_json::json!({
            "binary": CHROMIUM,
            "args": ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                     "--disable-background-networking", "--disable-component-update", "--disable-sync",
                     "--disable-dev-shm-usage", "--lang=en-US", "--window-size=1280,1000",
                     format!("--user-data-dir={}", profile.display())],
            // Downloads land in the profile, where the test looks for them.
            "prefs": {"download.default_directory": profile.join("downloads").display().to_string(),
                      "download.prompt_for_download": false},
        }),
    );
    ClientBuilder::new(hyper_util::client::legacy::connect::HttpConnector::new())
        .capabilities(caps)
        .connect(&format!("http://127.0.0.1:{driver_port}"))
        .await
        .expect("a WebDriver session")
}

/// Signs in on the page and waits for the landing page.
async fn sign_in(c: &Client, base: &str, email: &str, password: &str, lands: &str) {
    c.goto(&format!("{base}/login")).await.expect("goto");
    fill(c, "#email", email).await;
    fill(c, "#password", password).await;
    click(c, "form[action='/login'] button[type=submit]").await;
    assert_eq!(path_of(c, lands).await, lands);
}

/// A JSON request over a plain socket (the test's only HTTP client besides the browser).
fn http_json(
    port: u16,
    method: &str,
    path: &str,
    token: Option<&str>,
    body: Option<&serde_json::Value>,
) -> (u16, serde_json::Value) {
    let mut s = TcpStream::connect(("127.0.0.1", port)).expect("connect");
    s.set_read_timeout(Some(Duration::from_secs(10))).ok();
    let body = body.map(|b| b.to_string()).unwrap_or_default();
    let auth = token
        .map(|t| format!("Authorization: Bearer {t}\r\n"))
        .unwrap_or_default();
    write!(
        s,
        "{method} {path} HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n{auth}Content-Type: application/json\r\nContent-Length: {}\r\n\r\n{body}",
        body.len()
    )
    .expect("write");
    let mut out = String::new();
    s.read_to_string(&mut out).ok();
    let status = out.get(9..12).and_then(|c| c.parse().ok()).unwrap_or(0);
    let json = out
        .split_once("\r\n\r\n")
        .and_then(|(_, b)| serde_json::from_str(b).ok())
        .unwrap_or_default();
    (status, json)
}

/// axe-core's script, from `PORTPLANS_TEST_AXE` (CI installs it from npm). None, with a
/// line saying the accessibility check is skipped, when it is not there — unless the
/// browser is required, in which case that is a failure.
fn axe_source() -> Option<String> {
    let source = std::env::var("PORTPLANS_TEST_AXE")
        .ok()
        .and_then(|p| std::fs::read_to_string(p).ok());
    if source.is_none() {
        assert!(
            std::env::var_os("PORTPLANS_TEST_REQUIRE_BROWSER").is_none(),
            "the accessibility check is required here but PORTPLANS_TEST_AXE names no axe.min.js"
        );
        eprintln!(
            "skipped the accessibility checks: set PORTPLANS_TEST_AXE to axe-core's axe.min.js"
        );
    }
    source
}

/// Runs axe-core on the current page: no serious or critical WCAG 2.1 AA violation.
async fn assert_accessible(c: &Client, axe: Option<&str>, page: &str) {
    let Some(axe) = axe else { return };
    let list = violations(c, axe).await;
    assert!(
        list.is_empty(),
        "{page}: accessibility violations:\n{}",
        list.join("\n")
    );
}

/// The serious and critical WCAG 2.1 A/AA violations axe-core finds on the current page.
async fn violations(c: &Client, axe: &str) -> Vec<String> {
    c.execute(axe, vec![]).await.expect("axe-core loads");
    let found = c
        .execute_async(
            "var done = arguments[arguments.length - 1];
             axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']}})
               .then(function (r) { done(r.violations.filter(function (v) { return v.impact === 'serious' || v.impact === 'critical'; })
                 .map(function (v) { return v.id + ': ' + v.help + ' (' + v.nodes.map(function (n) { return n.target.join(' '); }).join(', ') + ')'; })); })
               .catch(function (e) { done(['axe failed: ' + e]); });",
            vec![],
        )
        .await
        .expect("axe runs");
    serde_json::from_value(found).unwrap_or_default()
}

/// Where the test leaves its screenshots, for a person to look at.
fn shots() -> PathBuf {
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join("screenshots");
    std::fs::create_dir_all(&dir).ok();
    dir
}

async fn fill(c: &Client, css: &str, text: &str) {
    let field = c
        .find(Locator::Css(css))
        .await
        .unwrap_or_else(|e| panic!("{css}: {e}"));
    field.clear().await.ok();
    field
        .send_keys(text)
        .await
        .unwrap_or_else(|e| panic!("{css}: {e}"));
}

async fn click(c: &Client, css: &str) {
    c.find(Locator::Css(css))
        .await
        .unwrap_or_else(|e| panic!("{css}: {e}"))
        .click()
        .await
        .unwrap_or_else(|e| panic!("{css}: {e}"));
}

/// The text of an element, waiting for it to appear (a click's navigation may still run).
async fn text_of(c: &Client, css: &str) -> String {
    c.wait()
        .at_most(Duration::from_secs(10))
        .for_element(Locator::Css(css))
        .await
        .unwrap_or_else(|e| panic!("{css}: {e}"))
        .text()
        .await
        .unwrap_or_default()
}

/// Whether an element matching `css` comes to hold `needle` within ten seconds: after a
/// click the old page may still be there, with the same element and the old text.
async fn shows(c: &Client, css: &str, needle: &str) -> bool {
    let deadline = Instant::now() + Duration::from_secs(10);
    loop {
        if let Ok(found) = c.find(Locator::Css(css)).await {
            if found.text().await.is_ok_and(|t| t.contains(needle)) {
                return true;
            }
        }
        if Instant::now() > deadline {
            eprintln!("{css} never showed {needle:?}: {}", text_of(c, css).await);
            return false;
        }
        rocket::tokio::time::sleep(Duration::from_millis(100)).await;
    }
}

/// The query of the page's address, once it holds `part` (or after ten seconds).
async fn query_of(c: &Client, part: &str) -> String {
    let deadline = Instant::now() + Duration::from_secs(10);
    loop {
        let query = c
            .current_url()
            .await
            .ok()
            .and_then(|u| u.query().map(str::to_string))
            .unwrap_or_default();
        if query.contains(part) || Instant::now() > deadline {
            return query;
        }
        rocket::tokio::time::sleep(Duration::from_millis(50)).await;
    }
}

/// The path of the page, once it is `expected` (or after ten seconds, whatever it is).
async fn path_of(c: &Client, expected: &str) -> String {
    let deadline = Instant::now() + Duration::from_secs(10);
    loop {
        let path = c
            .current_url()
            .await
            .map(|u| u.path().to_string())
            .unwrap_or_default();
        if path == expected || Instant::now() > deadline {
            return path;
        }
        rocket::tokio::time::sleep(Duration::from_millis(50)).await;
    }
}

#[rocket::async_test]
async fn the_secretariat_sets_up_and_the_invitee_signs_in_in_a_browser() {
    if !browser_available() {
        return;
    }
    let data = tempfile::tempdir().expect("tempdir");
    // A secretariat account, made as an operator would.
    let mut add = portplans(data.path())
        .args([
            "user",
            "add",
            "--email",
            "sofia@oas.example",
            "--name",
            "Sofía Secretariat",
            "--role",
            "secretariat",
            "--password-stdin",
        ])
        .stdin(Stdio::piped())
        .stdout(Stdio::null())
        .spawn()
        .expect("user add");
    add.stdin
        .take()
        .expect("stdin")
        .write_all(b"a long secretariat password\n")
        .expect("password");
    assert!(add.wait().expect("user add ends").success());

    let port = free_port();
    let _server = Running(
        portplans(data.path())
            .env("PORTPLANS_PORT", port.to_string())
            .stderr(Stdio::null())
            .spawn()
            .expect("serve"),
    );
    wait_for(port, "/healthz");
    let driver_port = free_port();
    let _driver = Running(
        Command::new(CHROMEDRIVER)
            .arg(format!("--port={driver_port}"))
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .expect("chromedriver"),
    );
    wait_for(driver_port, "/status");
    let profile = tempfile::tempdir().expect("profile");
    let c = open_browser(driver_port, profile.path()).await;
    let axe = axe_source();
    let axe = axe.as_deref();
    let base = format!("http://127.0.0.1:{port}");
    let result = async {
        // Signing in: the secretariat lands on its page.
        c.goto(&format!("{base}/admin")).await.expect("goto");
        assert_eq!(path_of(&c, "/login").await, "/login", "anonymous visitors are sent to sign in");
        assert_accessible(&c, axe, "the sign-in page").await;
        if axe.is_some() {
            // The check itself can fail: an input without a label is caught.
            c.execute("var i = document.createElement('input'); i.id = 'unlabelled'; document.querySelector('main').appendChild(i);", vec![])
                .await
                .expect("inject");
            let found = violations(&c, axe.unwrap_or_default()).await;
            assert!(found.iter().any(|v| v.starts_with("label")), "axe did not catch an unlabelled input: {found:?}");
        }
        fill(&c, "#email", "sofia@oas.example").await;
        fill(&c, "#password", "a long secretariat password").await;
        click(&c, "form[action='/login'] button[type=submit]").await;
        assert_eq!(path_of(&c, "/admin").await, "/admin");
        assert!(shows(&c, ".account", "Sofía Secretariat").await);

        // A port for Jamaica; a malformed one first, refused with the reason.
        c.goto(&format!("{base}/admin/states/JAM")).await.expect("goto");
        fill(&c, "#locode", "JM1").await;
        fill(&c, "#port-name", "Kingston").await;
        click(&c, "form[action$='/ports'] button").await;
        assert!(shows(&c, ".alert-error", "five characters").await);
        fill(&c, "#locode", "JMKIN").await;
        fill(&c, "#port-name", "Kingston").await;
        click(&c, "form[action$='/ports'] button").await;
        assert!(shows(&c, "#ports ~ table, section[aria-labelledby=ports] table", "JMKIN").await);

        // A focal point invited: the one-time link is shown.
        fill(&c, "#invite-name", "Ana Focal").await;
        fill(&c, "#invite-email", "ana@jam.example").await;
        click(&c, "form[action$='/invite'] button").await;
        let link = c
            .wait()
            .at_most(Duration::from_secs(10))
            .for_element(Locator::Css("#invitation-link"))
            .await
            .expect("the link")
            .prop("value")
            .await
            .expect("value")
            .expect("a link");
        assert!(link.starts_with(&format!("{base}/invitations/")), "an absolute link to send: {link}");
        c.screenshot().await.map(|png| std::fs::write(shots().join("admin-state.png"), png)).ok();
        assert_accessible(&c, axe, "a member state's page").await;

        // A reporting cycle opened.
        c.goto(&format!("{base}/admin")).await.expect("goto");
        fill(&c, "#cycle-title", "Reporting 2026").await;
        c.execute(
            "document.getElementById('opens-on').value = arguments[0]; document.getElementById('closes-on').value = arguments[1];",
            vec![serde_json::json!("2026-01-01"), serde_json::json!("2099-12-31")],
        )
        .await
        .expect("dates");
        click(&c, "form[action='/admin/cycles'] button").await;
        let table = text_of(&c, "section[aria-labelledby=cycles] table").await;
        assert!(table.contains("Reporting 2026") && table.contains("Open"), "{table}");
        c.screenshot().await.map(|png| std::fs::write(shots().join("admin-dashboard.png"), png)).ok();
        assert_accessible(&c, axe, "the secretariat's dashboard").await;

        // Signing out, then the invitee sets a password and signs in.
        click(&c, ".account button").await;
        assert_eq!(path_of(&c, "/").await, "/");
        c.goto(&link).await.expect("goto");
        assert!(shows(&c, "main", "Ana Focal").await);
        fill(&c, "#password", "ana's own long password").await;
        fill(&c, "#confirm", "ana's own long password").await;
        click(&c, "main form button").await;
        assert_eq!(path_of(&c, "/login").await, "/login");
        fill(&c, "#email", "ana@jam.example").await;
        fill(&c, "#password", "ana's own long password").await;
        click(&c, "form[action='/login'] button[type=submit]").await;
        assert_eq!(path_of(&c, "/reports").await, "/reports");
        assert!(shows(&c, ".account", "Ana Focal").await);
        // Her home lists Kingston in the open cycle; she starts its report.
        assert!(shows(&c, "main table", "Kingston").await);
        click(&c, "form[action$='/start'] button").await;
        let deadline = Instant::now() + Duration::from_secs(10);
        while !c.current_url().await.map(|u| u.path().ends_with("/sections/A")).unwrap_or(false) {
            assert!(Instant::now() < deadline, "section A never opened");
            rocket::tokio::time::sleep(Duration::from_millis(50)).await;
        }
        assert!(text_of(&c, "h1").await.starts_with("A."));
        fill(&c, "#f-A3", "JM-K").await;
        click(&c, "button[value=stay]").await;
        let problem = text_of(&c, "#f-A3-problems .problem").await;
        assert!(problem.contains("UN/LOCODE"), "{problem}");
        assert!(shows(&c, "#error-summary", "A3").await);
        c.screenshot().await.map(|png| std::fs::write(shots().join("section-a.png"), png)).ok();
        assert_accessible(&c, axe, "the questionnaire page with problems").await;

        // Section B: B2–B6 appear as soon as B1 is "yes" (the page's script, from the
        // compiled expressions), and the draft saves itself.
        let section_b = c.current_url().await.expect("url").as_str().replace("/sections/A", "/sections/B").replace("?saved=1", "");
        c.goto(&section_b).await.expect("goto");
        let b2 = c.find(Locator::Id("q-B2")).await.expect("B2");
        assert!(!b2.is_displayed().await.unwrap_or(true), "B2 hidden before B1 is answered");
        click(&c, "#f-B1-yes").await;
        let deadline = Instant::now() + Duration::from_secs(10);
        while !c.find(Locator::Id("q-B2")).await.expect("B2").is_displayed().await.unwrap_or(false) {
            assert!(Instant::now() < deadline, "B2 never appeared");
            rocket::tokio::time::sleep(Duration::from_millis(100)).await;
        }
        click(&c, "#f-B5-yes").await;
        let deadline = Instant::now() + Duration::from_secs(15);
        loop {
            let s = text_of(&c, "#autosave-status").await;
            if s.contains("saved") {
                break;
            }
            assert!(Instant::now() < deadline, "autosave never finished: {s}");
            rocket::tokio::time::sleep(Duration::from_millis(200)).await;
        }
        c.screenshot().await.map(|png| std::fs::write(shots().join("section-b.png"), png)).ok();
        let b1_problems = c.find(Locator::Css("#f-B1-problems")).await.expect("B1 problems").text().await.unwrap_or_default();
        assert!(b1_problems.trim().is_empty(), "answered: B1's problem is gone after the autosave: {b1_problems}");
        assert_accessible(&c, axe, "the questionnaire page, section B").await;
        // Leave and come back: every answer is there.
        c.goto(&format!("{base}/reports")).await.expect("goto");
        c.goto(&section_b).await.expect("goto");
        let yes = c.find(Locator::Css("#f-B1-yes")).await.expect("B1 yes");
        assert_eq!(yes.prop("checked").await.ok().flatten().as_deref(), Some("true"), "B1 kept");
        let b5 = c.find(Locator::Css("#f-B5-yes")).await.expect("B5 yes");
        assert_eq!(b5.prop("checked").await.ok().flatten().as_deref(), Some("true"), "B5 kept");
        assert!(c.find(Locator::Id("q-B2")).await.expect("B2").is_displayed().await.unwrap_or(false));

        // She uploads the plan to B6; it is listed, restricted, with a download link.
        let plan = data.path().join("plan-kingston.pdf");
        std::fs::write(&plan, b"%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n%%EOF\n").expect("a PDF");
        c.find(Locator::Css("#f-B6-file")).await.expect("file input").send_keys(&plan.display().to_string()).await.expect("choose");
        // An answer chosen just before uploading, its autosave still pending: the script
        // saves it before the upload reloads the page.
        click(&c, "#f-B4-yearly").await;
        click(&c, "button[form=upload-B6]").await;
        let files = text_of(&c, "#q-B6 ul.files").await;
        assert!(files.contains("plan-kingston.pdf") && files.contains("Restricted"), "{files}");
        let b4 = c.find(Locator::Css("#f-B4-yearly")).await.expect("B4");
        assert_eq!(b4.prop("checked").await.ok().flatten().as_deref(), Some("true"), "B4 saved before the upload");
        assert_accessible(&c, axe, "section B with a file").await;

        // The rest of the questionnaire through the API (the pages save the same way), then
        // she reviews and submits in the browser.
        let (status, session) = http_json(port, "POST", "/api/v1/session", None, Some(&serde_json::json!({"email": "ana@jam.example", "password": "ana's own long password"})));
        assert_eq!(status, 201, "{session}");
        let token = session["token"].as_str().expect("token").to_string();
        let (_, list) = http_json(port, "GET", "/api/v1/submissions", Some(&token), None);
        let id = list["items"][0]["id"].as_str().expect("submission").to_string();
        let (_, current) = http_json(port, "GET", &format!("/api/v1/submissions/{id}"), Some(&token), None);
        let mut doc: serde_json::Value = serde_json::from_str(include_str!("fixtures/documents/full-valid.json")).expect("fixture");
        doc["B6"] = current["answers"]["B6"].clone();
        doc.as_object_mut().map(|o| o.remove("H2"));
        let (status, saved) = http_json(port, "PUT", &format!("/api/v1/submissions/{id}/answers"), Some(&token),
            Some(&serde_json::json!({"version": current["version"], "answers": doc})));
        assert_eq!(status, 200, "{saved}");
        c.goto(&format!("{base}/submissions/{id}/review")).await.expect("goto");
        assert_accessible(&c, axe, "the review page").await;
        assert!(shows(&c, "main", "plan-kingston.pdf").await, "files by name on the review page");
        click(&c, "form[action$='/submit'] button").await;
        // Post, then redirect: the report's page, which a reload never submits again.
        let deadline = Instant::now() + Duration::from_secs(10);
        while !c.current_url().await.map(|u| u.query().unwrap_or("").contains("submitted=1")).unwrap_or(false) {
            assert!(Instant::now() < deadline, "the submit never redirected");
            rocket::tokio::time::sleep(Duration::from_millis(50)).await;
        }
        let notice = text_of(&c, ".alert-ok[role=status]").await;
        assert!(notice.contains("submission 1"), "{notice}");
        assert!(shows(&c, "main", "Submitted").await);
        c.screenshot().await.map(|png| std::fs::write(shots().join("submitted.png"), png)).ok();
        // A focal point is refused the secretariat's pages.
        c.goto(&format!("{base}/admin")).await.expect("goto");
        assert!(shows(&c, "main", "not allowed").await);

        // The secretariat reviews it: the inbox, the report in the questionnaire's wording,
        // a comment on B3, returned for revision.
        c.goto(&format!("{base}/reports")).await.expect("goto");
        click(&c, ".account button").await;
        sign_in(&c, &base, "sofia@oas.example", "a long secretariat password", "/admin").await;
        assert!(shows(&c, ".account", "Notices (1 new)").await, "told of the submission");
        c.goto(&format!("{base}/admin/submissions")).await.expect("goto");
        assert!(shows(&c, "main table", "Kingston").await);
        click(&c, "main table a").await;
        assert!(shows(&c, "h1", "Kingston").await);
        assert_accessible(&c, axe, "the secretariat's review page").await;
        click(&c, "#q-B3 details summary").await;
        fill(&c, "#c-B3", "Please give the date of the last revision, not of the approval.").await;
        click(&c, "button[value=return]").await;
        assert!(shows(&c, ".alert-ok", "returned").await, "the decision is confirmed");
        assert!(shows(&c, "#q-B3 .thread", "Please give the date").await);

        // The focal point finds the comment beside B3, replies, corrects, resubmits.
        click(&c, ".account button").await;
        sign_in(&c, &base, "ana@jam.example", "ana's own long password", "/reports").await;
        assert!(shows(&c, "main table", "Returned for revision").await);
        c.goto(&format!("{base}/submissions/{id}/sections/B")).await.expect("goto");
        let thread = text_of(&c, "#q-B3 .thread").await;
        assert!(thread.contains("Please give the date") && thread.contains("Secretariat"), "{thread}");
        assert_accessible(&c, axe, "a returned section with the secretariat's comment").await;
        fill(&c, "#reply-B3-body", "Corrected: the plan was last revised on 30 June 2025.").await;
        click(&c, "button[form=reply-B3]").await;
        assert!(shows(&c, "#q-B3 .thread", "Corrected: the plan").await);
        // A change, then at once a link away: the change is saved before leaving.
        click(&c, "#f-B4-biennial").await;
        click(&c, ".section-nav a[href$='/sections/C']").await;
        assert_eq!(path_of(&c, &format!("/submissions/{id}/sections/C")).await, format!("/submissions/{id}/sections/C"));
        c.goto(&format!("{base}/submissions/{id}/sections/B")).await.expect("goto");
        let b4 = c.find(Locator::Css("#f-B4-biennial")).await.expect("B4");
        assert_eq!(b4.prop("checked").await.ok().flatten().as_deref(), Some("true"), "B4 saved before leaving");
        c.execute("document.getElementById('f-B3').value = '2025-06-30';", vec![]).await.expect("B3");
        click(&c, "button[value=stay]").await;
        assert!(shows(&c, ".alert[role=status]", "Saved").await);
        c.goto(&format!("{base}/submissions/{id}/review")).await.expect("goto");
        click(&c, "form[action$='/submit'] button").await;
        let notice = text_of(&c, ".alert-ok[role=status]").await;
        assert!(notice.contains("submission 2"), "{notice}");

        // The reviewer sees what changed, and approves.
        click(&c, ".account button").await;
        sign_in(&c, &base, "sofia@oas.example", "a long secretariat password", "/admin").await;
        c.goto(&format!("{base}/admin/submissions/{id}")).await.expect("goto");
        assert!(shows(&c, "main", "2 answers changed since submission 1").await);
        let b3 = text_of(&c, "#q-B3.changed").await;
        assert!(b3.contains("Changed") && b3.contains("In submission 1") && b3.contains("2025-06-30"), "{b3}");
        c.screenshot().await.map(|png| std::fs::write(shots().join("review-changed.png"), png)).ok();
        click(&c, "button[value=approve]").await;
        assert!(shows(&c, ".alert-ok", "approved").await);
        assert!(shows(&c, "main", "Approved").await);

        // One click on the cycle's board gives the comparative summary, in Spanish.
        c.goto(&format!("{base}/admin")).await.expect("goto");
        click(&c, "main a[href^='/admin/cycles/']").await;
        c.find(Locator::Css("#s-lang")).await.expect("the language list")
            .select_by_value("es").await.expect("Spanish");
        click(&c, "form[action$='/summaries'] button").await;
        let deadline = Instant::now() + Duration::from_secs(30);
        loop {
            let row = text_of(&c, "#summaries table tbody tr").await;
            if row.contains("Ready") {
                assert!(row.contains("Spanish") && row.contains("SHA-256"), "{row}");
                break;
            }
            assert!(Instant::now() < deadline, "the summary was never ready: {row}");
            click(&c, "#summaries table tbody tr a").await;
        }
        assert!(shows(&c, ".alert-ok[role=status]", "The summary is ready").await);
        assert_accessible(&c, axe, "the board with a summary").await;
        let href = c
            .find(Locator::Css("#summaries a[href$='/pdf']"))
            .await
            .expect("the download link")
            .attr("href")
            .await
            .ok()
            .flatten()
            .expect("href");
        assert!(href.starts_with("/admin/summaries/"), "{href}");

        // The secretariat publishes it: the form comes filled in from the summary.
        click(&c, "#summaries a[href^='/admin/resources/new?summary=']").await;
        let title_es = c.find(Locator::Css("#r-title-es")).await.expect("the Spanish title")
            .prop("value").await.ok().flatten().unwrap_or_default();
        assert!(title_es.starts_with("Resumen comparativo"), "{title_es}");
        assert_accessible(&c, axe, "the form that describes a resource").await;
        c.screenshot().await.map(|png| std::fs::write(shots().join("resource-form.png"), png)).ok();
        click(&c, "#r-hazard-hurricane").await;
        click(&c, "form[action='/admin/resources'] button[type=submit]").await;
        assert!(shows(&c, ".alert-ok[role=status]", "not yet published").await);
        assert_accessible(&c, axe, "the secretariat's resources").await;
        c.screenshot().await.map(|png| std::fs::write(shots().join("resources-admin.png"), png)).ok();
        click(&c, "tr.marked form[action$='/publish'] button").await;
        assert!(shows(&c, ".alert-ok[role=status]", "Published").await);

        // An anonymous visitor, in Spanish, finds it by a word and a hazard, and downloads it.
        click(&c, ".account button").await;
        c.goto(&format!("{base}/")).await.expect("goto");
        click(&c, "a[hreflang=es]").await;
        click(&c, ".main-nav a[href='/resources']").await;
        fill(&c, "#repo-q", "resumen").await;
        click(&c, "form[role=search] button").await;
        assert!(query_of(&c, "q=resumen").await.contains("q=resumen"), "the search ran");
        click(&c, ".facets a[href*='hazard=hurricane']").await;
        let query = query_of(&c, "hazard=hurricane").await;
        assert!(query.contains("q=resumen") && query.contains("hazard=hurricane"), "{query}");
        // The filtered page is there once its selected facet is.
        let facet = text_of(&c, ".facets a.selected").await;
        assert_eq!(facet, "Huracán", "the hazard filter is on, in Spanish");
        let results = text_of(&c, ".results").await;
        assert!(results.contains("1 recurso") && results.contains(&title_es), "{results}");
        assert_accessible(&c, axe, "the catalogue, searched and filtered, in Spanish").await;
        click(&c, ".results h3 a").await;
        assert!(shows(&c, "h1", &title_es).await, "the resource's page");
        let digest = text_of(&c, "dl.meta code.digest").await;
        assert_accessible(&c, axe, "a resource's page in Spanish").await;
        c.screenshot().await.map(|png| std::fs::write(shots().join("resource-es.png"), png)).ok();
        click(&c, "a.button[href$='/file']").await;
        let downloads = profile.path().join("downloads");
        let deadline = Instant::now() + Duration::from_secs(20);
        let pdf = loop {
            let done: Vec<PathBuf> = std::fs::read_dir(&downloads)
                .map(|d| d.flatten().map(|e| e.path()).filter(|p| p.extension().is_some_and(|x| x == "pdf")).collect())
                .unwrap_or_default();
            if let Some(p) = done.into_iter().next() {
                break std::fs::read(p).expect("the downloaded file");
            }
            assert!(Instant::now() < deadline, "nothing was downloaded into {}", downloads.display());
            rocket::tokio::time::sleep(Duration::from_millis(100)).await;
        };
        use sha2::Digest;
        assert_eq!(hex::encode(sha2::Sha256::digest(&pdf)), digest, "the file is the one its page describes");
        assert!(pdf.starts_with(b"%PDF-"));
    }
    .await;
    c.close().await.ok();
    result
}
