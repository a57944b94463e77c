//! The questionnaire API, health check and member states, on SQLite and PostgreSQL.

mod common;

use common::{assert_error_shape, json, TestApp};
use rocket::http::Status;
use serde_json::{json, Value};

const FORM: &str = "/api/v1/forms/port-contingency";

/// A complete, valid document (Argentina, Buenos Aires), as of `TODAY`.
pub fn valid_answers() -> Value {
    json!({
        "A1": "ARG", "A2": "Puerto de Buenos Aires", "A3": "ARBUE", "A4": ["ARBUE-0001"],
        "A5": ["container", "passenger"], "A6": 1450, "A7": "no", "A8": "2026-05-31",
        "B1": "no", "B7": "no", "B9": "national",
        "C1": ["flood"], "C2": {"flood": {"likelihood": 3, "impact": 4}},
        "C3": "2025-11-02", "C4": "yes", "C5": "yes", "C6": "partly",
        "D1": 0, "D5": "1", "D6": "yes", "D7": "quarterly_or_more", "D8": "2026-03-10",
        "D9": "yes", "D10": "yes", "D12": "no", "D13": "yes",
        "E3": "partly", "E4": ["weather_service"], "E5": "yes", "E6": 48,
        "E7": ["vhf"], "E8": ["ports"], "E9": "yes"
    })
}

const TODAY: &str = "2026-06-30";

async fn validate(app: &TestApp, answers: Value, lang: &str) -> (Status, Value) {
    json(
        app.post_json(
            &format!("{FORM}/validate"),
            &json!({"answers": answers, "today": TODAY}),
            lang,
        )
        .await,
    )
    .await
}

fn errors_on<'a>(v: &'a Value, question: &str) -> Vec<&'a Value> {
    v["problems"]
        .as_array()
        .map(|ps| ps.iter().filter(|p| p["question"] == question).collect())
        .unwrap_or_default()
}

async fn health_and_listing(app: TestApp) {
    let res = app.get("/healthz").await;
    assert_eq!(res.status(), Status::Ok);

    let (status, list) = json(app.get("/api/v1/forms").await).await;
    assert_eq!(status, Status::Ok);
    let forms = list.as_array().expect("an array");
    let pc = forms
        .iter()
        .find(|f| f["id"] == "port-contingency")
        .expect("the built-in form");
    assert_eq!(pc["version"], "2026.1");
    let hash = pc["hash"].as_str().expect("hash");
    assert!(
        hash.len() == 64 && hash.chars().all(|c| c.is_ascii_hexdigit()),
        "{hash}"
    );
    let (_, whole) = json(app.get("/api/v1/forms/port-contingency").await).await;
    assert_eq!(whole["hash"], hash);
    assert_eq!(
        pc["title"]["es"].as_str().map(|t| !t.is_empty()),
        Some(true)
    );
}
on_both!(health_and_listing, health_and_listing);

async fn whole_definition(app: TestApp) {
    let (status, form) = json(app.get(FORM).await).await;
    assert_eq!(status, Status::Ok);
    let ids: Vec<&str> = form["sections"]
        .as_array()
        .expect("sections")
        .iter()
        .map(|s| s["id"].as_str().unwrap_or_default())
        .collect();
    assert_eq!(ids, ["A", "B", "C", "D", "E", "F", "G", "H"]);
    let b2 = &form["sections"][1]["questions"][1];
    assert_eq!(b2["id"], "B2");
    assert_eq!(b2["relevant"], "${B1} = 'yes'");
    // The browser gets the compiled expression as data.
    assert_eq!(b2["compiled"]["relevant"]["op"], "=");
    let states = form["choices"]["member_states"]
        .as_array()
        .expect("built-in list");
    assert_eq!(states.len(), 35);
    assert!(states
        .iter()
        .any(|s| s["name"] == "BRA" && s["properties"]["alpha2"] == "BR"));

    let (status, same) = json(app.get(&format!("{FORM}?version=2026.1")).await).await;
    assert_eq!(status, Status::Ok);
    assert_eq!(same["hash"], form["hash"]);
    for uri in [
        "/api/v1/forms/no-such-form",
        "/api/v1/forms/port-contingency?version=1999.1",
    ] {
        let (status, err) = json(app.get(uri).await).await;
        assert_eq!(status, Status::NotFound, "{uri}");
        assert_eq!(assert_error_shape(&err), "not_found");
    }
}
on_both!(whole_definition, whole_definition);

async fn validate_endpoint(app: TestApp) {
    // A valid document passes, nothing dropped.
    let (status, v) = validate(&app, valid_answers(), "en").await;
    assert_eq!(status, Status::Ok);
    assert_eq!(v["valid"], true, "{v}");
    assert_eq!(v["problems"], json!([]));
    assert_eq!(v["dropped"], json!([]));

    // Each broken rule: an error on the right question with the right code.
    let cases: Vec<(&str, Value, &str, &str)> = vec![
        ("A2", Value::Null, "A2", "required"),
        ("A3", json!("ar-bue"), "A3", "pattern"),
        ("A3", json!("BRSSZ"), "A3", "constraint"),
        ("A6", json!(-1), "A6", "min"),
        ("A6", json!(2.5), "A6", "type"),
        ("A7", json!("maybe"), "A7", "choice"),
        ("A8", json!("2027-01-01"), "A8", "constraint"),
        ("E7", json!(["none", "vhf"]), "E7", "constraint"),
        ("ZZ9", json!("x"), "ZZ9", "unknown_question"),
    ];
    for (key, value, question, code) in cases {
        let mut doc = valid_answers();
        if value.is_null() {
            doc.as_object_mut().map(|o| o.remove(key));
        } else {
            doc[key] = value.clone();
        }
        let (status, v) = validate(&app, doc, "en").await;
        assert_eq!(status, Status::Ok);
        assert_eq!(v["valid"], false, "{key}={value}: {v}");
        let found = errors_on(&v, question);
        assert!(
            found
                .iter()
                .any(|p| p["code"] == code && p["severity"] == "error"),
            "{key}={value}: expected {code} on {question}, got {v}"
        );
    }

    // A grid cell names the grid and the cell.
    let mut doc = valid_answers();
    doc["C2"]["flood"]["likelihood"] = json!(9);
    let (_, v) = validate(&app, doc, "en").await;
    let p = errors_on(&v, "C2");
    assert_eq!(p.len(), 1, "{v}");
    assert_eq!(p[0]["path"], "C2.flood.likelihood");
    assert_eq!(p[0]["code"], "max");

    // Answers to questions that are not relevant are dropped, not problems.
    let mut doc = valid_answers();
    doc["B2"] = json!("2020-01-01");
    doc["F1"] = json!("yes");
    let (_, v) = validate(&app, doc, "en").await;
    assert_eq!(v["valid"], true, "{v}");
    assert_eq!(v["dropped"], json!(["B2", "F1"]));

    // Warnings are reported and never block.
    let mut doc = valid_answers();
    doc["D8"] = json!("2024-06-01");
    let (_, v) = validate(&app, doc, "en").await;
    assert_eq!(v["valid"], true, "{v}");
    let w = errors_on(&v, "D8");
    assert_eq!(w.len(), 1, "{v}");
    assert_eq!(w[0]["severity"], "warning");

    // Messages in the caller's language.
    let mut doc = valid_answers();
    doc.as_object_mut().map(|o| o.remove("A2"));
    let (_, en) = validate(&app, doc.clone(), "en").await;
    let (_, es) = validate(&app, doc, "es-MX,es;q=0.9").await;
    let en_msg = errors_on(&en, "A2")[0]["message"]
        .as_str()
        .unwrap_or_default()
        .to_string();
    let es_msg = errors_on(&es, "A2")[0]["message"]
        .as_str()
        .unwrap_or_default()
        .to_string();
    assert!(!en_msg.is_empty() && !es_msg.is_empty());
    assert_ne!(
        en_msg, es_msg,
        "the Spanish message differs from the English one"
    );
}
on_both!(validate_endpoint, validate_endpoint);

async fn hostile_input_is_refused_cleanly(app: TestApp) {
    let cases: Vec<(&str, Value, &str)> = vec![
        ("A6", json!(1e300), "type"),
        ("A6", json!(9007199254740993u64), "type"),
        ("A2", json!("Port\u{0}of Kingston"), "type"),
        ("A2", json!("x".repeat(2001)), "max"),
        ("A4", json!(["ARBUE-١٢٣٤"]), "pattern"),
    ];
    for (key, value, code) in cases {
        let mut doc = valid_answers();
        doc[key] = value;
        let (status, v) = validate(&app, doc, "en").await;
        assert_eq!(status, Status::Ok);
        assert!(
            errors_on(&v, key).iter().any(|p| p["code"] == code),
            "{key}: {v}"
        );
    }
    // Choices are trimmed like every other text.
    let mut doc = valid_answers();
    doc["C1"] = json!([" flood "]);
    let (_, v) = validate(&app, doc, "en").await;
    assert_eq!(v["valid"], true, "{v}");
    // Thousands of unknown keys: a bounded answer.
    let mut doc = valid_answers();
    for i in 0..5000 {
        doc[format!("Z{i}")] = json!(1);
    }
    let (_, v) = validate(&app, doc, "en").await;
    assert_eq!(v["problems"].as_array().map(Vec::len), Some(100));
    // A body over the limit is 413, in the error shape.
    let huge = format!(
        r#"{{"answers": {{"A2": "{}"}}}}"#,
        "x".repeat(2 * 1024 * 1024)
    );
    let (status, v) = json(app.post_raw(&format!("{FORM}/validate"), &huge).await).await;
    assert_eq!(status, Status::PayloadTooLarge);
    assert_eq!(assert_error_shape(&v), "too_large");
}
on_both!(
    hostile_input_is_refused_cleanly,
    hostile_input_is_refused_cleanly
);

async fn validate_bad_requests(app: TestApp) {
    for body in [
        "{not json",
        "[]",
        r#"{"answers": []}"#,
        r#"{"answers": {}, "today": "30/06/2026"}"#,
        r#"{"answers": {}, "extra": 1}"#,
    ] {
        let res = app.post_raw(&format!("{FORM}/validate"), body).await;
        let (status, v) = json(res).await;
        assert_eq!(status, Status::BadRequest, "{body}: {v}");
        assert_eq!(assert_error_shape(&v), "bad_request", "{body}");
    }
    let (status, v) = json(
        app.post_json("/api/v1/forms/nope/validate", &json!({"answers": {}}), "fr")
            .await,
    )
    .await;
    assert_eq!(status, Status::NotFound);
    assert_eq!(assert_error_shape(&v), "not_found");
    assert_ne!(
        v["message"], "Nothing was found at this address.",
        "French, not English"
    );
}
on_both!(validate_bad_requests, validate_bad_requests);

async fn member_states(app: TestApp) {
    let (status, v) = json(app.get("/api/v1/member-states").await).await;
    assert_eq!(status, Status::Ok);
    let states = v.as_array().expect("array");
    assert_eq!(states.len(), 35);
    let hti = states.iter().find(|s| s["code"] == "HTI").expect("Haiti");
    assert_eq!(hti["alpha2"], "HT");
    assert_eq!(hti["status"], "active");
    assert_eq!(
        hti["names"],
        json!({"en": "Haiti", "es": "Haití", "fr": "Haïti", "pt": "Haiti"})
    );
}
on_both!(member_states, member_states);
