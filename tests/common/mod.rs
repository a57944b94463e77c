//! The test harness: one fresh database per test — a SQLite file in a temporary folder, or
//! a new PostgreSQL database on the server named by `PORTPLANS_TEST_POSTGRES_URL` — and a
//! Rocket client over the real application.

#![allow(dead_code)]

use portplans::Config;
use rocket::http::{ContentType, Header, Status};
use rocket::local::asynchronous::{Client, LocalResponse};
use sea_orm::{ConnectionTrait, Database};
use serde_json::Value;
use std::path::{Path, PathBuf};
use tempfile::TempDir;

pub const PG_VAR: &str = "PORTPLANS_TEST_POSTGRES_URL";

/// Which database a test runs on.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Backend {
    Sqlite,
    Postgres,
}

/// A PostgreSQL database made for one test and dropped after it.
pub struct PgDatabase {
    admin_url: String,
    name: String,
    pub url: String,
}

impl PgDatabase {
    /// A new empty database, or None (with a line saying the test is skipped) when the
    /// variable is absent. When the variable is set, an unreachable server fails the test.
    pub async fn create(test: &str) -> Option<PgDatabase> {
        let Ok(admin_url) = std::env::var(PG_VAR) else {
            assert!(
                std::env::var_os("PORTPLANS_TEST_REQUIRE_POSTGRES").is_none(),
                "{test}: PostgreSQL is required here but {PG_VAR} is not set"
            );
            eprintln!("skipped {test} on PostgreSQL: {PG_VAR} is not set");
            return None;
        };
        let name = format!("portplans_test_{}", uuid::Uuid::new_v4().simple());
        let admin = Database::connect(&admin_url)
            .await
            .unwrap_or_else(|e| panic!("{PG_VAR} is set but PostgreSQL is not reachable: {e}"));
        admin
            .execute_unprepared(&format!("CREATE DATABASE {name}"))
            .await
            .expect("create the test database");
        admin.close().await.ok();
        let url = match admin_url.rsplit_once('/') {
            Some((base, _)) => format!("{base}/{name}"),
            None => panic!("{PG_VAR} must end with /<database>"),
        };
        Some(PgDatabase {
            admin_url,
            name,
            url,
        })
    }
}

impl Drop for PgDatabase {
    fn drop(&mut self) {
        // Dropping needs async I/O: done on a thread of its own so it works inside a runtime.
        let (admin_url, name) = (self.admin_url.clone(), self.name.clone());
        let dropped = std::thread::spawn(move || {
            let rt = rocket::tokio::runtime::Builder::new_current_thread()
                .enable_all()
                .build()
                .ok()?;
            rt.block_on(async {
                let admin = Database::connect(&admin_url).await.ok()?;
                admin
                    .execute_unprepared(&format!("DROP DATABASE IF EXISTS {name} WITH (FORCE)"))
                    .await
                    .ok()?;
                admin.close().await.ok()
            })
        })
        .join();
        if !matches!(dropped, Ok(Some(()))) {
            eprintln!("could not drop test database {}", self.name);
        }
    }
}

/// The repository's own folders, whatever the working directory.
pub fn repo_path(rel: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join(rel)
}

/// A configuration for a test: its own data folder and database.
pub fn test_config(
    data_dir: &Path,
    database_url: Option<&str>,
    forms_dir: Option<&Path>,
) -> Config {
    test_config_with(data_dir, database_url, forms_dir, &[])
}

/// A test configuration with more settings (`PORTPLANS_*` pairs).
pub fn test_config_with(
    data_dir: &Path,
    database_url: Option<&str>,
    forms_dir: Option<&Path>,
    extra: &[(&str, &str)],
) -> Config {
    let mut vars = vec![
        (
            "PORTPLANS_DATA_DIR".to_string(),
            data_dir.display().to_string(),
        ),
        ("PORTPLANS_LOG_LEVEL".to_string(), "off".to_string()),
        (
            "PORTPLANS_FORMS_DIR".to_string(),
            forms_dir
                .map(Path::to_path_buf)
                .unwrap_or_else(|| repo_path("forms"))
                .display()
                .to_string(),
        ),
        (
            "PORTPLANS_TEMPLATES_DIR".to_string(),
            repo_path("templates").display().to_string(),
        ),
    ];
    if let Some(url) = database_url {
        vars.push(("PORTPLANS_DATABASE_URL".to_string(), url.to_string()));
    }
    vars.extend(extra.iter().map(|(k, v)| (k.to_string(), v.to_string())));
    Config::from_env_pairs(&vars).expect("test configuration")
}

/// One running application over a fresh database.
pub struct TestApp {
    pub client: Client,
    pub backend: Backend,
    pub dir: TempDir,
    pub database_url: String,
    pg: Option<PgDatabase>,
}

impl TestApp {
    /// The application on `backend`, or None when that backend is not available here.
    pub async fn on(backend: Backend, test: &str) -> Option<TestApp> {
        TestApp::on_with(backend, test, &[]).await
    }

    /// The application with more settings.
    pub async fn on_with(backend: Backend, test: &str, extra: &[(&str, &str)]) -> Option<TestApp> {
        let dir = tempfile::tempdir().expect("tempdir");
        let pg = match backend {
            Backend::Sqlite => None,
            Backend::Postgres => Some(PgDatabase::create(test).await?),
        };
        let url = match &pg {
            Some(p) => p.url.clone(),
            None => portplans::config::default_sqlite_url(dir.path()),
        };
        let config = test_config_with(dir.path(), Some(&url), None, extra);
        let rocket = portplans::build(config)
            .await
            .expect("the application builds");
        let client = Client::tracked(rocket).await.expect("a Rocket client");
        Some(TestApp {
            client,
            backend,
            dir,
            database_url: url,
            pg,
        })
    }

    pub async fn get(&self, uri: &str) -> LocalResponse<'_> {
        self.client.get(uri.to_string()).dispatch().await
    }

    pub async fn get_lang(&self, uri: &str, lang: &str) -> LocalResponse<'_> {
        self.client
            .get(uri.to_string())
            .header(Header::new("Accept-Language", lang.to_string()))
            .dispatch()
            .await
    }

    pub async fn post_json(&self, uri: &str, body: &Value, lang: &str) -> LocalResponse<'_> {
        self.client
            .post(uri.to_string())
            .header(ContentType::JSON)
            .header(Header::new("Accept-Language", lang.to_string()))
            .body(body.to_string())
            .dispatch()
            .await
    }

    pub async fn post_raw(&self, uri: &str, body: &str) -> LocalResponse<'_> {
        self.client
            .post(uri.to_string())
            .header(ContentType::JSON)
            .body(body)
            .dispatch()
            .await
    }

    /// A direct connection to the test's database, to look at what was stored.
    pub async fn db(&self) -> sea_orm::DatabaseConnection {
        Database::connect(&self.database_url)
            .await
            .expect("connect to the test database")
    }
}

/// Status and JSON body of a response.
pub async fn json(res: LocalResponse<'_>) -> (Status, Value) {
    let status = res.status();
    let text = res.into_string().await.unwrap_or_default();
    let value = serde_json::from_str(&text).unwrap_or_else(|e| panic!("not JSON ({e}): {text}"));
    (status, value)
}

/// Asserts the API's one error shape and returns its code.
pub fn assert_error_shape(v: &Value) -> String {
    assert!(v["error"].is_string(), "error code missing: {v}");
    assert!(
        v["message"].as_str().is_some_and(|m| !m.is_empty()),
        "message missing: {v}"
    );
    assert!(
        v["details"].is_array(),
        "details must always be an array: {v}"
    );
    v["error"].as_str().unwrap_or_default().to_string()
}

/// Runs one async test body on SQLite and on PostgreSQL, as two tests.
#[macro_export]
macro_rules! on_both {
    ($name:ident, $body:path) => {
        mod $name {
            use super::*;
            #[rocket::async_test]
            async fn sqlite() {
                let app =
                    $crate::common::TestApp::on($crate::common::Backend::Sqlite, stringify!($name))
                        .await
                        .expect("SQLite is always available");
                $body(app).await;
            }
            #[rocket::async_test]
            async fn postgres() {
                if let Some(app) = $crate::common::TestApp::on(
                    $crate::common::Backend::Postgres,
                    stringify!($name),
                )
                .await
                {
                    $body(app).await;
                }
            }
        }
    };
}

/// A password that passes the rules, for test accounts.
pub const PASSWORD: &str = "correct horse battery staple";

impl TestApp {
    /// An account with a password, made as `portplans user add` makes it.
    pub async fn user(&self, role: &str, member_state: Option<&str>) -> (uuid::Uuid, String) {
        let email = format!(
            "{}-{}@example.org",
            role.replace('_', "-"),
            &uuid::Uuid::new_v4().simple().to_string()[..8]
        );
        let account = portplans::services::accounts::NewAccount::parse(
            &email,
            "Test Person",
            role,
            member_state,
        )
        .expect("valid account");
        let db = self.db().await;
        let u = portplans::services::accounts::create_with_password(&db, account, PASSWORD)
            .await
            .expect("account created");
        (u.id, email)
    }

    /// Signs in through the API from `addr` and returns the bearer token.
    pub async fn token(&self, email: &str) -> String {
        let res = self
            .client
            .post("/api/v1/session")
            .header(ContentType::JSON)
            .remote("127.0.0.1:40000".parse().expect("addr"))
            .body(serde_json::json!({"email": email, "password": PASSWORD}).to_string())
            .dispatch()
            .await;
        let (status, v) = json(res).await;
        assert_eq!(status, Status::Created, "{v}");
        v["token"].as_str().expect("token").to_string()
    }

    /// A request with a bearer token: `method` is GET, POST, PUT or DELETE.
    pub async fn api(
        &self,
        method: &str,
        uri: &str,
        token: Option<&str>,
        body: Option<&Value>,
    ) -> (Status, Value) {
        let uri = uri.to_string();
        let mut req = match method {
            "GET" => self.client.get(uri),
            "POST" => self.client.post(uri),
            "PUT" => self.client.put(uri),
            "DELETE" => self.client.delete(uri),
            other => panic!("method {other}"),
        };
        if let Some(t) = token {
            req = req.header(Header::new("Authorization", format!("Bearer {t}")));
        }
        if let Some(b) = body {
            req = req.header(ContentType::JSON).body(b.to_string());
        }
        let res = req.dispatch().await;
        let status = res.status();
        let text = res.into_string().await.unwrap_or_default();
        let value = if text.is_empty() {
            Value::Null
        } else {
            serde_json::from_str(&text).unwrap_or(Value::String(text))
        };
        (status, value)
    }
}

// Pages: forms, CSRF tokens and sign-in through the HTML pages.

/// The CSRF token in a page's forms.
pub fn csrf_of(html: &str) -> String {
    let marker = r#"name="csrf_token" value=""#;
    let start = html
        .find(marker)
        .map(|i| i + marker.len())
        .expect("a form with a CSRF token");
    html[start..]
        .split('"')
        .next()
        .unwrap_or_default()
        .to_string()
}

pub fn form(fields: &[(&str, &str)]) -> String {
    fields
        .iter()
        .map(|(k, v)| format!("{k}={}", rocket::http::RawStr::new(v).percent_encode()))
        .collect::<Vec<_>>()
        .join("&")
}

pub async fn post_form<'a>(
    app: &'a TestApp,
    uri: &str,
    fields: &[(&str, &str)],
) -> LocalResponse<'a> {
    app.client
        .post(uri.to_string())
        .header(ContentType::Form)
        .body(form(fields))
        .dispatch()
        .await
}

pub async fn page(app: &TestApp, uri: &str) -> (Status, String) {
    let res = app.get(uri).await;
    (res.status(), res.into_string().await.unwrap_or_default())
}

/// Signs in through the page; returns the CSRF token of the session's pages.
pub async fn sign_in(app: &TestApp, email: &str, password: &str) -> (Status, String) {
    let (_, html) = page(app, "/login").await;
    let csrf = csrf_of(&html);
    let res = post_form(
        app,
        "/login",
        &[
            ("csrf_token", &csrf),
            ("email", email),
            ("password", password),
            ("next", "/"),
        ],
    )
    .await;
    let status = res.status();
    let location = res
        .headers()
        .get_one("Location")
        .unwrap_or_default()
        .to_string();
    (status, location)
}

// Uploads through the API.

pub fn multipart(fields: &[(&str, &str)], file: (&str, &[u8])) -> (String, Vec<u8>) {
    multipart_parts(fields, Some(file))
}

/// A multipart body and its content type: the fields, then the file part when given.
pub fn multipart_parts(fields: &[(&str, &str)], file: Option<(&str, &[u8])>) -> (String, Vec<u8>) {
    let boundary = "----portplans-test-boundary";
    let mut body = Vec::new();
    for (k, v) in fields {
        body.extend_from_slice(
            format!("--{boundary}\r\nContent-Disposition: form-data; name=\"{k}\"\r\n\r\n{v}\r\n")
                .as_bytes(),
        );
    }
    if let Some((name, bytes)) = file {
        body.extend_from_slice(
            format!("--{boundary}\r\nContent-Disposition: form-data; name=\"file\"; filename=\"{name}\"\r\nContent-Type: application/pdf\r\n\r\n").as_bytes(),
        );
        body.extend_from_slice(bytes);
        body.extend_from_slice(b"\r\n");
    }
    body.extend_from_slice(format!("--{boundary}--\r\n").as_bytes());
    (format!("multipart/form-data; boundary={boundary}"), body)
}

/// An upload through the API (multipart), as `POST /api/v1/submissions/{id}/attachments`.
pub async fn upload(
    app: &TestApp,
    token: &str,
    id: &str,
    fields: &[(&str, &str)],
    file: (&str, &[u8]),
) -> (Status, Value) {
    let (ct, body) = multipart(fields, file);
    let res = app
        .client
        .post(format!("/api/v1/submissions/{id}/attachments"))
        .header(ContentType::parse_flexible(&ct).expect("content type"))
        .header(Header::new("Authorization", format!("Bearer {token}")))
        .body(body)
        .dispatch()
        .await;
    json(res).await
}

// A report of Jamaica's port of Kingston, complete and submitted once (revision 1).

pub struct Submitted {
    pub sec: String,
    pub sec_email: String,
    pub jam: String,
    pub jam_email: String,
    pub cycle: String,
    pub id: String,
}

/// The full fixture document without its file answers (they would name no upload).
pub fn full_document() -> Value {
    let mut doc: Value =
        serde_json::from_str(include_str!("../fixtures/documents/full-valid.json"))
            .expect("fixture");
    for key in ["B6", "H2"] {
        doc.as_object_mut().map(|o| o.remove(key));
    }
    doc
}

/// A secretariat account and Jamaica's focal point (API tokens and e-mail addresses), an
/// open cycle "Reporting 2026" (titled in Spanish too), and Kingston's report submitted.
pub async fn submitted_report(app: &TestApp) -> Submitted {
    use serde_json::json;
    let Started {
        sec,
        sec_email,
        jam,
        jam_email,
        cycle,
        id,
        ..
    } = started_report(app).await;
    let (status, v) = app
        .api(
            "PUT",
            &format!("/api/v1/submissions/{id}/answers"),
            Some(&jam),
            Some(&json!({"version": 1, "answers": full_document()})),
        )
        .await;
    assert_eq!(status, Status::Ok, "{v}");
    let (status, v) = app
        .api(
            "POST",
            &format!("/api/v1/submissions/{id}/submit"),
            Some(&jam),
            Some(&json!({"version": 2})),
        )
        .await;
    assert_eq!(status, Status::Ok, "{v}");
    Submitted {
        sec,
        sec_email,
        jam,
        jam_email,
        cycle,
        id,
    }
}

/// Kingston's report begun (revision 1, nothing answered but what the port gives): the
/// accounts, the open cycle "Reporting 2026" (titled in Spanish too) and the draft.
pub struct Started {
    pub sec: String,
    pub sec_email: String,
    pub jam: String,
    pub jam_email: String,
    pub cycle: String,
    pub id: String,
    /// The draft's answers as the server began them.
    pub answers: Value,
}

pub async fn started_report(app: &TestApp) -> Started {
    use serde_json::json;
    let (_, sec_email) = app.user("secretariat", None).await;
    let (_, jam_email) = app.user("focal_point", Some("JAM")).await;
    let (sec, jam) = (app.token(&sec_email).await, app.token(&jam_email).await);
    let (status, v) = app
        .api(
            "POST",
            "/api/v1/member-states/JAM/ports",
            Some(&sec),
            Some(&json!({"locode": "JMKIN", "name": "Kingston"})),
        )
        .await;
    assert_eq!(status, Status::Created, "{v}");
    let today = chrono::Utc::now().date_naive();
    let (status, c) = app
        .api(
            "POST",
            "/api/v1/cycles",
            Some(&sec),
            Some(&json!({"form": "port-contingency",
            "title": {"en": "Reporting 2026", "es": "Informe 2026"},
            "opens_on": (today - chrono::Duration::days(1)).to_string(),
            "closes_on": (today + chrono::Duration::days(30)).to_string()})),
        )
        .await;
    assert_eq!(status, Status::Created, "{c}");
    let cycle = c["id"].as_str().expect("cycle").to_string();
    let (status, s) = app
        .api(
            "POST",
            &format!("/api/v1/cycles/{cycle}/submissions"),
            Some(&jam),
            Some(&json!({"port": "JMKIN"})),
        )
        .await;
    assert_eq!(status, Status::Created, "{s}");
    let id = s["id"].as_str().expect("id").to_string();
    Started {
        sec,
        sec_email,
        jam,
        jam_email,
        cycle,
        id,
        answers: s["answers"].clone(),
    }
}

/// Kingston's report approved and the cycle's summary made in `lang`, waited for until
/// ready: the report and the summary's id.
pub async fn approved_with_summary(app: &TestApp, lang: &str) -> (Submitted, String) {
    use serde_json::json;
    let w = submitted_report(app).await;
    let (status, v) = app
        .api(
            "POST",
            &format!("/api/v1/submissions/{}/approve", w.id),
            Some(&w.sec),
            Some(&json!({})),
        )
        .await;
    assert_eq!(status, Status::Ok, "{v}");
    let id = ready_summary(app, &w.sec, &w.cycle, lang).await;
    (w, id)
}

/// A small PDF, as a public plan.
pub const PUBLIC_PDF: &[u8] = b"%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n%%EOF\n";

/// Kingston's report, submitted (not approved), with two plans on H2: one public and
/// licensed, one restricted.
pub struct WithFiles {
    pub sec: String,
    pub sec_email: String,
    pub jam: String,
    pub jam_email: String,
    pub cycle: String,
    pub id: String,
    pub public: String,
    pub restricted: String,
    /// Public and licensed, uploaded, but not in the answers.
    pub orphan: String,
}

pub async fn report_with_files(app: &TestApp) -> WithFiles {
    use serde_json::json;
    let Started {
        sec,
        sec_email,
        jam,
        jam_email,
        cycle,
        id,
        answers,
    } = started_report(app).await;
    let (status, public) = upload(
        app,
        &jam,
        &id,
        &[
            ("question", "H2"),
            ("visibility", "public"),
            ("licence", "CC-BY-4.0"),
        ],
        ("public.pdf", PUBLIC_PDF),
    )
    .await;
    assert_eq!(status, Status::Created, "{public}");
    let (status, restricted) = upload(
        app,
        &jam,
        &id,
        &[("question", "H2")],
        ("restricted.pdf", b"%PDF-1.4\n% another plan\n%%EOF\n"),
    )
    .await;
    assert_eq!(status, Status::Created, "{restricted}");
    let (public, restricted) = (
        public["id"].as_str().expect("id").to_string(),
        restricted["id"].as_str().expect("id").to_string(),
    );
    // Public and licensed too, but never put in the answers: never offered.
    let (status, orphan) = upload(
        app,
        &jam,
        &id,
        &[
            ("question", "H2"),
            ("visibility", "public"),
            ("licence", "CC-BY-4.0"),
        ],
        ("orphan.pdf", b"%PDF-1.4\n% a file taken back\n%%EOF\n"),
    )
    .await;
    assert_eq!(status, Status::Created, "{orphan}");
    let orphan = orphan["id"].as_str().expect("id").to_string();
    let mut doc = full_document();
    for key in ["A1", "A2", "A3"] {
        doc[key] = answers[key].clone();
    }
    doc["A4"] = json!([]);
    doc["H2"] = json!([public, restricted]);
    let (status, v) = app
        .api(
            "PUT",
            &format!("/api/v1/submissions/{id}/answers"),
            Some(&jam),
            Some(&json!({"version": 1, "answers": doc})),
        )
        .await;
    assert_eq!(status, Status::Ok, "{v}");
    let (status, v) = app
        .api(
            "POST",
            &format!("/api/v1/submissions/{id}/submit"),
            Some(&jam),
            Some(&json!({"version": v["version"]})),
        )
        .await;
    assert_eq!(status, Status::Ok, "{v}");
    WithFiles {
        sec,
        sec_email,
        jam,
        jam_email,
        cycle,
        id,
        public,
        restricted,
        orphan,
    }
}

/// A summary of `cycle` in `lang`, asked for and waited for until ready: its id.
pub async fn ready_summary(app: &TestApp, sec: &str, cycle: &str, lang: &str) -> String {
    use serde_json::json;
    let (status, mut v) = app
        .api(
            "POST",
            &format!("/api/v1/cycles/{cycle}/summaries"),
            Some(sec),
            Some(&json!({ "lang": lang })),
        )
        .await;
    assert_eq!(status, Status::Created, "{v}");
    let id = v["id"].as_str().expect("id").to_string();
    for _ in 0..600 {
        if v["status"] == "ready" {
            break;
        }
        rocket::tokio::time::sleep(std::time::Duration::from_millis(100)).await;
        v = app
            .api("GET", &format!("/api/v1/summaries/{id}"), Some(sec), None)
            .await
            .1;
    }
    assert_eq!(v["status"], "ready", "{v}");
    id
}
