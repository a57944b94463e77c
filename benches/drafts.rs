//! Draft saves over HTTP: `PUT /api/v1/submissions/{id}/answers` with the full answers
//! document, each validated, written with its problems and audited in one transaction,
//! through Rocket's local client on a SQLite file (synchronous=FULL) — the figure DESIGN
//! compares with ODK Central's ~350 submissions per second. Also: the process's resident
//! memory before and after.
//!
//! Run: `cargo bench --bench drafts`. Prints saves per second.

use rocket::http::{ContentType, Header, Status};
use rocket::local::asynchronous::Client;
use serde_json::{json, Value};
use std::time::{Duration, Instant};

fn rss_mb() -> f64 {
    std::fs::read_to_string("/proc/self/status")
        .ok()
        .and_then(|s| {
            s.lines()
                .find(|l| l.starts_with("VmRSS:"))
                .and_then(|l| l.split_whitespace().nth(1))
                .and_then(|kb| kb.parse::<f64>().ok())
        })
        .map_or(0.0, |kb| kb / 1024.0)
}

async fn call(
    client: &Client,
    method: &str,
    uri: &str,
    token: Option<&str>,
    body: Option<Value>,
) -> Value {
    let mut req = match method {
        "POST" => client.post(uri.to_string()),
        "PUT" => client.put(uri.to_string()),
        _ => client.get(uri.to_string()),
    };
    if let Some(t) = token {
        req = req.header(Header::new("Authorization", format!("Bearer {t}")));
    }
    if let Some(b) = body {
        req = req.header(ContentType::JSON).body(b.to_string());
    }
    let res = req.dispatch().await;
    assert!(res.status().code < 400, "{method} {uri}: {}", res.status());
    res.into_json::<Value>().await.unwrap_or(Value::Null)
}

fn main() {
    rocket::execute(async {
        let dir = tempfile::tempdir().expect("tempdir");
        let vars = vec![
            (
                "PORTPLANS_DATA_DIR".to_string(),
                dir.path().display().to_string(),
            ),
            ("PORTPLANS_LOG_LEVEL".to_string(), "off".to_string()),
        ];
        let config = portplans::Config::from_env_pairs(&vars).expect("config");
        let db_url = config.database_url.clone();
        let rocket = portplans::build(config).await.expect("build");
        let client = Client::untracked(rocket).await.expect("client");
        let db = sea_orm::Database::connect(&db_url).await.expect("db");
        use portplans::services::accounts::{create_with_password, NewAccount};
        let password = "a long benchmark password";
        for (email, role, state) in [
            ("sec@bench.example", "secretariat", None),
            ("fp@bench.example", "focal_point", Some("JAM")),
        ] {
            let a = NewAccount::parse(email, "Bench", role, state).expect("account");
            create_with_password(&db, a, password)
                .await
                .expect("created");
        }
        let token = |email: &'static str| {
            let client = &client;
            async move {
                call(
                    client,
                    "POST",
                    "/api/v1/session",
                    None,
                    Some(json!({"email": email, "password": password})),
                )
                .await["token"]
                    .as_str()
                    .unwrap_or_default()
                    .to_string()
            }
        };
        let (sec, fp) = (
            token("sec@bench.example").await,
            token("fp@bench.example").await,
        );
        call(
            &client,
            "POST",
            "/api/v1/member-states/JAM/ports",
            Some(&sec),
            Some(json!({"locode": "JMKIN", "name": "Kingston"})),
        )
        .await;
        let cycle = call(
            &client,
            "POST",
            "/api/v1/cycles",
            Some(&sec),
            Some(json!({"form": "port-contingency", "title": "Bench",
            "opens_on": "2026-01-01", "closes_on": "2099-12-31"})),
        )
        .await;
        let mut ids = Vec::new();
        for (i, locode) in ["JMKIN", "JMMBJ", "JMOCJ", "JMPOT", "JMLUC"]
            .iter()
            .enumerate()
        {
            if i > 0 {
                let port = json!({"locode": locode, "name": format!("Port {i}")});
                call(
                    &client,
                    "POST",
                    "/api/v1/member-states/JAM/ports",
                    Some(&sec),
                    Some(port),
                )
                .await;
            }
            let uri = format!(
                "/api/v1/cycles/{}/submissions",
                cycle["id"].as_str().unwrap_or("")
            );
            let s = call(
                &client,
                "POST",
                &uri,
                Some(&fp),
                Some(json!({"port": locode})),
            )
            .await;
            ids.push(s["id"].as_str().expect("submission").to_string());
        }
        let id = ids[0].clone();
        let mut doc: Value =
            serde_json::from_str(include_str!("../tests/fixtures/documents/full-valid.json"))
                .expect("fixture");
        for key in ["B6", "H2"] {
            doc.as_object_mut().map(|o| o.remove(key));
        }
        let uri = format!("/api/v1/submissions/{id}/answers");
        let before = rss_mb();
        let mut version = 1;
        let run = Duration::from_secs(5);
        let start = Instant::now();
        let mut n = 0u64;
        while start.elapsed() < run {
            let res = client
                .put(uri.clone())
                .header(Header::new("Authorization", format!("Bearer {fp}")))
                .header(ContentType::JSON)
                .body(json!({"version": version, "answers": doc}).to_string())
                .dispatch()
                .await;
            assert_eq!(res.status(), Status::Ok);
            let v: Value = res.into_json().await.unwrap_or(Value::Null);
            version = v["version"].as_i64().unwrap_or(version + 1);
            n += 1;
        }
        let secs = start.elapsed().as_secs_f64();
        println!(
            "PUT {uri} with the full document (SQLite, local client): {:.0} saves/s ({n} in {secs:.1} s)",
            n as f64 / secs
        );
        // Four focal points saving at once, each their own report.
        let client = std::sync::Arc::new(client);
        let start = Instant::now();
        let mut tasks = Vec::new();
        for id in ids.into_iter().skip(1) {
            let (client, fp, doc) = (client.clone(), fp.clone(), doc.clone());
            tasks.push(rocket::tokio::spawn(async move {
                let uri = format!("/api/v1/submissions/{id}/answers");
                let (mut version, mut n) = (1i64, 0u64);
                while start.elapsed() < run {
                    let res = client
                        .put(uri.clone())
                        .header(Header::new("Authorization", format!("Bearer {fp}")))
                        .header(ContentType::JSON)
                        .body(json!({"version": version, "answers": doc}).to_string())
                        .dispatch()
                        .await;
                    assert_eq!(res.status(), Status::Ok);
                    let v: Value = res.into_json().await.unwrap_or(Value::Null);
                    version = v["version"].as_i64().unwrap_or(version + 1);
                    n += 1;
                }
                n
            }));
        }
        let mut total = 0;
        for t in tasks {
            total += t.await.unwrap_or(0);
        }
        let secs = start.elapsed().as_secs_f64();
        println!(
            "the same, four reports saved at once: {:.0} saves/s ({total} in {secs:.1} s)",
            total as f64 / secs
        );
        println!(
            "resident memory: {before:.0} MB before, {:.0} MB after",
            rss_mb()
        );
    });
}
