//! The public catalogue's search at 10,000 published resources, on a SQLite file: words
//! found through the index of folded words, facets counted by the database, one page of
//! results with its metadata. Each query is what `GET /api/v1/resources?…` runs.
//!
//! Run: `cargo bench --bench search`. Prints the median time of each query.

use portplans::domain::resources::{Draft, Metadata};
use portplans::services::resources::{catalogue, Query};
use portplans::store::entities::{resource, user};
use portplans::{services, store, Config};
use sea_orm::{ActiveModelTrait, Set};
use serde_json::json;
use std::collections::BTreeMap;
use std::time::Instant;

const RESOURCES: usize = 10_000;

const WORDS: [&str; 16] = [
    "plan",
    "huracán",
    "tsunami",
    "evaluación",
    "puerto",
    "contingencia",
    "seismic",
    "flood",
    "security",
    "exercise",
    "pandemic",
    "santé",
    "plano",
    "emergência",
    "guidance",
    "report",
];

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
        let config = Config::from_env_pairs(&vars).expect("config");
        let db = store::connect(&config.database_url, config.pool_size)
            .await
            .expect("database");
        store::migrate(&db).await.expect("migrations");
        services::setup::seed_member_states(&db)
            .await
            .expect("states");
        let author = uuid::Uuid::new_v4();
        user::ActiveModel {
            id: Set(author),
            email: Set("bench@example.org".into()),
            name: Set("Bench".into()),
            role: Set("secretariat".into()),
            member_state: Set(None),
            password_hash: Set(None),
            active: Set(true),
            language: Set(None),
            created_at: Set(chrono::Utc::now()),
            updated_at: Set(chrono::Utc::now()),
        }
        .insert(&db)
        .await
        .expect("author");
        let states: Vec<&str> = portplans::domain::member_states::MEMBER_STATES
            .iter()
            .map(|s| s.code)
            .collect();
        let hazards: Vec<String> = ["hurricane", "tsunami", "earthquake", "flood", "pandemic"]
            .map(String::from)
            .to_vec();
        let started = Instant::now();
        let txn = store::begin_write(&db).await.expect("txn");
        for i in 0..RESOURCES {
            let w = |k: usize| WORDS[(i * 7 + k * 3) % WORDS.len()];
            let meta = Metadata::parse(
                Draft {
                    titles: BTreeMap::from([
                        ("en".into(), format!("{} {} {} {i}", w(0), w(1), w(2))),
                        (
                            "es".into(),
                            format!("{} {} de {}", w(3), w(4), states[i % 35]),
                        ),
                    ]),
                    descriptions: BTreeMap::from([(
                        "fr".into(),
                        format!("{} {} {} {}", w(5), w(6), w(7), w(8)),
                    )]),
                    language: ["en", "es", "fr", "pt"][i % 4].into(),
                    licence: "CC-BY-4.0".into(),
                    year: 2020 + (i % 7) as i32,
                    member_states: vec![states[i % 35].to_string()],
                    hazards: vec![hazards[i % 5].clone()],
                },
                &hazards,
            )
            .expect("metadata");
            let id = uuid::Uuid::new_v4();
            resource::ActiveModel {
                id: Set(id),
                kind: Set(["summary", "attachment", "document"][i % 3].into()),
                summary_id: Set(None),
                attachment_id: Set(None),
                sha256: Set(format!("{:064x}", i)),
                size: Set(1000 + i as i64),
                media_type: Set("application/pdf".into()),
                filename: Set(format!("r{i}.pdf")),
                titles: Set(json!(meta.titles)),
                descriptions: Set(json!(meta.descriptions)),
                language: Set(meta.language.clone()),
                licence: Set(meta.licence.clone()),
                year: Set(meta.year),
                created_by: Set(author),
                created_at: Set(chrono::Utc::now()),
                published_at: Set(Some(chrono::Utc::now())),
                withdrawn_at: Set(None),
                withdrawal_reason: Set(None),
                supersedes: Set(None),
                downloads: Set(0),
            }
            .insert(&txn)
            .await
            .expect("resource");
            portplans::services::resources::write_index(&txn, id, &meta)
                .await
                .expect("index");
        }
        txn.commit().await.expect("commit");
        println!(
            "data: {RESOURCES} published resources in {:.1} s",
            started.elapsed().as_secs_f64()
        );
        let queries: Vec<(&str, Query)> = vec![
            (
                "no words, first page",
                Query {
                    page: 1,
                    ..Query::default()
                },
            ),
            (
                "one word (huracan)",
                Query {
                    q: Some("huracan".into()),
                    page: 1,
                    ..Query::default()
                },
            ),
            (
                "two words (plan tsunami)",
                Query {
                    q: Some("plan tsunami".into()),
                    page: 1,
                    ..Query::default()
                },
            ),
            (
                "a prefix (emerg)",
                Query {
                    q: Some("emerg".into()),
                    page: 1,
                    ..Query::default()
                },
            ),
            (
                "a word and two facets",
                Query {
                    q: Some("puerto".into()),
                    hazard: Some("flood".into()),
                    language: Some("es".into()),
                    page: 1,
                    ..Query::default()
                },
            ),
            (
                "a member state, page 5",
                Query {
                    member_state: Some("JAM".into()),
                    page: 5,
                    ..Query::default()
                },
            ),
            (
                "nothing found",
                Query {
                    q: Some("zzzz".into()),
                    page: 1,
                    ..Query::default()
                },
            ),
        ];
        for (what, q) in queries {
            let mut times = Vec::new();
            let mut total = 0;
            for _ in 0..21 {
                let t = Instant::now();
                let c = catalogue(&db, &q).await.expect("catalogue");
                times.push(t.elapsed().as_secs_f64() * 1000.0);
                total = c.total;
            }
            times.sort_by(f64::total_cmp);
            println!(
                "{what}: {total} found, median {:.1} ms (fastest {:.1}, slowest {:.1})",
                times[times.len() / 2],
                times[0],
                times[times.len() - 1]
            );
        }
    });
}
