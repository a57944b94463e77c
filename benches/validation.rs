//! Validation throughput: how many full answers documents per second the questionnaire
//! engine checks (relevance, types, choices, constraints, grids, warnings), in process, and
//! through the HTTP validate endpoint (Rocket's local client, JSON in and out).
//!
//! Run: `cargo bench --bench validation`. Prints documents per second.

use portplans::questionnaire::{check, validate};
use std::time::{Duration, Instant};

fn rate(name: &str, min_time: Duration, mut f: impl FnMut()) -> f64 {
    // Warm-up, then as many rounds as fit in `min_time`.
    for _ in 0..50 {
        f();
    }
    let start = Instant::now();
    let mut n = 0u64;
    while start.elapsed() < min_time {
        for _ in 0..100 {
            f();
        }
        n += 100;
    }
    let per_sec = n as f64 / start.elapsed().as_secs_f64();
    println!(
        "{name}: {per_sec:.0} documents/s ({n} in {:.2} s)",
        start.elapsed().as_secs_f64()
    );
    per_sec
}

fn main() {
    let source = include_str!("../forms/port-contingency-2026.toml");
    let (form, diags) = check::compile("port-contingency-2026.toml", source);
    let Some(form) = form else {
        panic!("the shipped form does not compile: {diags:?}");
    };
    let doc: serde_json::Value =
        serde_json::from_str(include_str!("../tests/fixtures/documents/full-valid.json"))
            .expect("fixture");
    let answers = doc.as_object().cloned().expect("an object");
    let today = chrono::NaiveDate::from_ymd_opt(2026, 6, 30).expect("date");
    let report = validate::validate(&form, &answers, today);
    assert!(report.is_valid(), "fixture is valid: {:?}", report.problems);

    let mut broken = answers.clone();
    for (k, v) in [
        ("A3", "XX1"),
        ("B3", "2020-01-01"),
        ("D2", "x"),
        ("E7", "none"),
    ] {
        broken.insert(k.into(), serde_json::json!(v));
    }

    let t = Duration::from_secs(3);
    rate("validate, full valid document (in process)", t, || {
        std::hint::black_box(validate::validate(
            &form,
            std::hint::black_box(&answers),
            today,
        ));
    });
    rate("validate, document with errors (in process)", t, || {
        std::hint::black_box(validate::validate(
            &form,
            std::hint::black_box(&broken),
            today,
        ));
    });
    rate(
        "compile the questionnaire (forms check of one file)",
        t,
        || {
            std::hint::black_box(check::compile("f.toml", std::hint::black_box(source)));
        },
    );

    // Through HTTP: the same document posted to the validate endpoint.
    rocket::execute(async move {
        let dir = tempfile::tempdir().expect("tempdir");
        let vars = vec![
            (
                "PORTPLANS_DATA_DIR".to_string(),
                dir.path().display().to_string(),
            ),
            ("PORTPLANS_LOG_LEVEL".to_string(), "off".to_string()),
        ];
        let config = portplans::Config::from_env_pairs(&vars).expect("config");
        let rocket = portplans::build(config).await.expect("build");
        let client = rocket::local::asynchronous::Client::untracked(rocket)
            .await
            .expect("client");
        let body = serde_json::json!({"answers": doc, "today": "2026-06-30"}).to_string();
        let start = Instant::now();
        let mut n = 0u64;
        while start.elapsed() < t {
            let res = client
                .post("/api/v1/forms/port-contingency/validate")
                .header(rocket::http::ContentType::JSON)
                .body(&body)
                .dispatch()
                .await;
            assert_eq!(res.status(), rocket::http::Status::Ok);
            std::hint::black_box(res.into_bytes().await);
            n += 1;
        }
        let per_sec = n as f64 / start.elapsed().as_secs_f64();
        println!("POST /api/v1/forms/port-contingency/validate (local client): {per_sec:.0} documents/s ({n})");
    });
}
