//! Exports of a cycle, on SQLite and PostgreSQL: CSV and XLSX parsed back and checked cell
//! by cell against what was submitted; the codebook; the status filter; labels in a
//! language; files as ids, never contents; who may export.

mod common;

use calamine::{Data, Reader, Xlsx};
use common::{assert_error_shape, upload, TestApp};
use rocket::http::{Header, Status};
use serde_json::{json, Value};
use std::collections::HashMap;

const PDF: &[u8] = b"%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n%% SECRET-PLAN-BYTES\n%%EOF\n";

struct World {
    sec: String,
    jam: String,
    cycle: String,
    jam_id: String,
    file: String,
    doc: Value,
}

async fn submit(
    app: &TestApp,
    token: &str,
    cycle: &str,
    locode: &str,
    edit: impl Fn(&mut Value),
) -> (String, Value) {
    let (_, s) = app
        .api(
            "POST",
            &format!("/api/v1/cycles/{cycle}/submissions"),
            Some(token),
            Some(&json!({"port": locode})),
        )
        .await;
    let id = s["id"].as_str().expect("id").to_string();
    let mut doc: Value =
        serde_json::from_str(include_str!("fixtures/documents/full-valid.json")).expect("fixture");
    for key in ["B6", "H2"] {
        doc.as_object_mut().map(|o| o.remove(key));
    }
    doc["A1"] = s["answers"]["A1"].clone();
    doc["A2"] = s["answers"]["A2"].clone();
    doc["A3"] = s["answers"]["A3"].clone();
    doc["A4"] = json!([]);
    edit(&mut doc);
    let (status, v) = app
        .api(
            "PUT",
            &format!("/api/v1/submissions/{id}/answers"),
            Some(token),
            Some(&json!({"version": 1, "answers": doc})),
        )
        .await;
    assert_eq!(status, Status::Ok, "{v}");
    (id, doc)
}

async fn world(app: &TestApp) -> World {
    let (_, sec) = app.user("secretariat", None).await;
    let (_, jam) = app.user("focal_point", Some("JAM")).await;
    let (_, brb) = app.user("focal_point", Some("BRB")).await;
    let (sec, jam, brb) = (
        app.token(&sec).await,
        app.token(&jam).await,
        app.token(&brb).await,
    );
    for (state, locode, name) in [("JAM", "JMKIN", "Kingston"), ("BRB", "BBBGI", "Bridgetown")] {
        app.api(
            "POST",
            &format!("/api/v1/member-states/{state}/ports"),
            Some(&sec),
            Some(&json!({"locode": locode, "name": name})),
        )
        .await;
    }
    let today = chrono::Utc::now().date_naive();
    let (_, c) = app
        .api("POST", "/api/v1/cycles", Some(&sec), Some(&json!({"form": "port-contingency", "title": "2026",
            "opens_on": (today - chrono::Duration::days(1)).to_string(), "closes_on": (today + chrono::Duration::days(30)).to_string()})))
        .await;
    let cycle = c["id"].as_str().expect("cycle").to_string();
    // Jamaica: a plan attached to B6 (restricted), approved.
    let (jam_id, mut doc) = submit(app, &jam, &cycle, "JMKIN", |_| {}).await;
    let (status, f) = upload(app, &jam, &jam_id, &[("question", "B6")], ("plan.pdf", PDF)).await;
    assert_eq!(status, Status::Created, "{f}");
    let file = f["id"].as_str().expect("file").to_string();
    doc["B6"] = json!(file);
    let (_, cur) = app
        .api(
            "GET",
            &format!("/api/v1/submissions/{jam_id}"),
            Some(&jam),
            None,
        )
        .await;
    let (status, v) = app
        .api(
            "PUT",
            &format!("/api/v1/submissions/{jam_id}/answers"),
            Some(&jam),
            Some(&json!({"version": cur["version"], "answers": doc})),
        )
        .await;
    assert_eq!(status, Status::Ok, "{v}");
    let (status, v) = app
        .api(
            "POST",
            &format!("/api/v1/submissions/{jam_id}/submit"),
            Some(&jam),
            Some(&json!({"version": v["version"]})),
        )
        .await;
    assert_eq!(status, Status::Ok, "{v}");
    let (status, _) = app
        .api(
            "POST",
            &format!("/api/v1/submissions/{jam_id}/approve"),
            Some(&sec),
            Some(&json!({})),
        )
        .await;
    assert_eq!(status, Status::Ok);
    // Barbados: submitted, not approved; fewer hazards.
    let (brb_id, _) = submit(app, &brb, &cycle, "BBBGI", |d| {
        d["C1"] = json!(["hurricane"]);
        d["C2"] = json!({"hurricane": {"likelihood": 5, "impact": 4}});
    })
    .await;
    let (status, v) = app
        .api(
            "POST",
            &format!("/api/v1/submissions/{brb_id}/submit"),
            Some(&brb),
            Some(&json!({"version": 2})),
        )
        .await;
    assert_eq!(status, Status::Ok, "{v}");
    World {
        sec,
        jam,
        cycle,
        jam_id,
        file,
        doc,
    }
}

async fn get(app: &TestApp, uri: &str, token: Option<&str>) -> (Status, Option<String>, Vec<u8>) {
    let mut req = app.client.get(uri.to_string());
    if let Some(t) = token {
        req = req.header(Header::new("Authorization", format!("Bearer {t}")));
    }
    let res = req.dispatch().await;
    let status = res.status();
    let ct = res.content_type().map(|c| c.to_string());
    (status, ct, res.into_bytes().await.unwrap_or_default())
}

/// A CSV as header → value maps, one per row.
fn parse_csv(bytes: &[u8]) -> (Vec<String>, Vec<HashMap<String, String>>) {
    let mut r = csv::Reader::from_reader(bytes);
    let header: Vec<String> = r
        .headers()
        .expect("header")
        .iter()
        .map(str::to_string)
        .collect();
    let rows = r
        .records()
        .map(|rec| {
            let rec = rec.expect("record");
            header
                .iter()
                .cloned()
                .zip(rec.iter().map(str::to_string))
                .collect()
        })
        .collect();
    (header, rows)
}

async fn csv_and_xlsx(app: TestApp) {
    let w = world(&app).await;
    let base = format!("/api/v1/cycles/{}/export", w.cycle);

    // Approved only, by default: Jamaica's report.
    let (status, ct, body) = get(&app, &format!("{base}.csv"), Some(&w.sec)).await;
    assert_eq!(status, Status::Ok);
    assert!(ct.unwrap_or_default().starts_with("text/csv"));
    let (header, rows) = parse_csv(&body);
    assert_eq!(
        &header[..5],
        ["submission", "member_state", "port", "status", "revision"]
    );
    assert_eq!(rows.len(), 1);
    let r = &rows[0];
    assert_eq!(
        (
            r["submission"].as_str(),
            r["member_state"].as_str(),
            r["port"].as_str(),
            r["status"].as_str(),
            r["revision"].as_str()
        ),
        (w.jam_id.as_str(), "JAM", "JMKIN", "approved", "1")
    );
    // Cell by cell against the document submitted.
    for (k, v) in w.doc.as_object().expect("doc") {
        match v {
            Value::String(s) => assert_eq!(r.get(k).map(String::as_str), Some(s.as_str()), "{k}"),
            Value::Number(n) => assert_eq!(r[k].parse::<f64>().ok(), n.as_f64(), "{k}"),
            _ => {}
        }
    }
    // A multiple choice: one 0/1 column per choice; a grid: one column per cell.
    for name in [
        "C1/hurricane",
        "C1/tsunami",
        "C2/hurricane/likelihood",
        "C2/cyber/impact",
        "D11/stowaways/count",
    ] {
        assert!(header.iter().any(|h| h == name), "{name} in {header:?}");
    }
    let hazards: Vec<&str> = w.doc["C1"]
        .as_array()
        .expect("C1")
        .iter()
        .filter_map(Value::as_str)
        .collect();
    for h in header.iter().filter(|h| h.starts_with("C1/")) {
        let choice = &h[3..];
        assert_eq!(
            r[h],
            if hazards.contains(&choice) { "1" } else { "0" },
            "{h}"
        );
    }
    for (hazard, cells) in w.doc["C2"].as_object().expect("C2") {
        for (col, v) in cells.as_object().expect("cells") {
            assert_eq!(
                r[&format!("C2/{hazard}/{col}")],
                v.to_string(),
                "C2/{hazard}/{col}"
            );
        }
    }
    // Choices by name without a language; the file by its id, never its bytes.
    assert_eq!(r["B1"], "yes");
    assert_eq!(r["B6"], w.file);
    assert!(!String::from_utf8_lossy(&body).contains("SECRET-PLAN-BYTES"));

    // Every status; labels in Spanish.
    let (_, _, body) = get(
        &app,
        &format!("{base}.csv?status=all&lang=es"),
        Some(&w.sec),
    )
    .await;
    let (_, rows) = parse_csv(&body);
    assert_eq!(
        rows.iter()
            .map(|r| r["member_state"].as_str())
            .collect::<Vec<_>>(),
        vec!["BRB", "JAM"]
    );
    assert_eq!(rows[1]["B1"], "Sí", "{:?}", rows[1].get("B1"));
    assert_eq!(rows[0]["C1/storm_surge"], "0");
    assert_eq!(
        rows[0]["C2/storm_surge/likelihood"], "",
        "a row not asked is empty"
    );
    let (_, _, body) = get(&app, &format!("{base}.csv?status=submitted"), Some(&w.sec)).await;
    assert_eq!(parse_csv(&body).1.len(), 1);

    // The XLSX: the same cells, numbers as numbers, and a codebook in the chosen language.
    let (status, ct, body) = get(&app, &format!("{base}.xlsx?lang=es"), Some(&w.sec)).await;
    assert_eq!(status, Status::Ok);
    assert_eq!(
        ct.as_deref(),
        Some("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
    );
    let mut book: Xlsx<_> =
        calamine::open_workbook_from_rs(std::io::Cursor::new(body.clone())).expect("an XLSX");
    let data = book.worksheet_range("data").expect("sheet data");
    let rows: Vec<Vec<Data>> = data.rows().map(<[Data]>::to_vec).collect();
    let head: Vec<String> = rows[0].iter().map(|c| c.to_string()).collect();
    assert_eq!(head, header, "the same columns as the CSV");
    let at = |name: &str| head.iter().position(|h| h == name).expect(name);
    assert_eq!(rows.len(), 2);
    assert_eq!(
        rows[1][at("A6")],
        Data::Float(w.doc["A6"].as_f64().expect("A6"))
    );
    assert_eq!(rows[1][at("C2/hurricane/likelihood")], Data::Float(5.0));
    assert_eq!(rows[1][at("B1")], Data::String("Sí".into()));
    assert_eq!(rows[1][at("A3")], Data::String("JMKIN".into()));
    let codebook = book.worksheet_range("codebook").expect("sheet codebook");
    let lines: Vec<Vec<String>> = codebook
        .rows()
        .map(|r| r.iter().map(|c| c.to_string()).collect())
        .collect();
    assert_eq!(
        lines[0],
        vec!["columna", "pregunta", "texto", "tipo", "valores"]
    );
    let c1 = lines
        .iter()
        .find(|l| l[0] == "C1/hurricane")
        .expect("C1/hurricane in the codebook");
    assert!(c1[2].contains("Huracán") && c1[3] == "0/1", "{c1:?}");
    let b1 = lines.iter().find(|l| l[0] == "B1").expect("B1");
    assert!(b1[4].contains("yes = Sí"), "{b1:?}");
    assert_eq!(lines.len() - 1, head.len(), "one codebook line per column");
    assert!(!String::from_utf8_lossy(&body).contains("SECRET-PLAN-BYTES"));
}
on_both!(csv_and_xlsx, csv_and_xlsx);

async fn who_may_export(app: TestApp) {
    let w = world(&app).await;
    let base = format!("/api/v1/cycles/{}/export", w.cycle);
    for ext in ["csv", "xlsx"] {
        let (status, _, _) = get(&app, &format!("{base}.{ext}"), Some(&w.jam)).await;
        assert_eq!(status, Status::Forbidden, "{ext}");
        let (status, _, _) = get(&app, &format!("{base}.{ext}"), None).await;
        assert_eq!(status, Status::Unauthorized, "{ext}");
    }
    let (status, _, body) = get(&app, &format!("{base}.csv?status=deleted"), Some(&w.sec)).await;
    let v: Value = serde_json::from_slice(&body).expect("json error");
    assert_eq!(
        (status, assert_error_shape(&v).as_str()),
        (Status::BadRequest, "bad_request")
    );
    let (status, _, _) = get(&app, &format!("{base}.csv?lang=de"), Some(&w.sec)).await;
    assert_eq!(status, Status::BadRequest);
    let (status, _, _) = get(
        &app,
        &format!("/api/v1/cycles/{}/export.csv", uuid::Uuid::new_v4()),
        Some(&w.sec),
    )
    .await;
    assert_eq!(status, Status::NotFound);
}
on_both!(who_may_export, who_may_export);
