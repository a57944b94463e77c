//! The public catalogue's search at 10,000 published resources, on a SQLite file: words
//! found through the index of folded words, facets counted by the database, one page of
//! results with its metadata. Each query is what `GET /api/v1/resources?…` runs.
//!
//! Then the pages over real HTTP: the server on a socket, in this process, answering keep-
//! alive connections as fast as it can, against a bare Rocket route serving a 5 KB page
//! (DESIGN's yardstick: the catalogue pages should reach a quarter of it).
//!
//! Run: `cargo bench --bench search`. Prints the median time of each query, then requests
//! per second for each page.

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
        drop(db);

        // Over HTTP: a bare route first, then the catalogue's pages and API.
        let bare = free_port();
        let figment = rocket::Config::figment()
            .merge(("port", bare))
            .merge(("address", "127.0.0.1"))
            .merge(("log_level", "off"))
            // Any key: the bare route sets no cookie, but a release build wants one.
            .merge(("secret_key", "hPRYyVRiMyxpw5sBB1XeCMN1kFsDCqKvBi2QJxBVHQk="));
        let server = rocket::custom(figment)
            .mount("/", rocket::routes![five_kb])
            .ignite()
            .await
            .expect("bare route");
        rocket::tokio::spawn(server.launch());
        let port = free_port();
        let mut vars = vars.clone();
        vars.push(("PORTPLANS_PORT".to_string(), port.to_string()));
        let config = Config::from_env_pairs(&vars).expect("config");
        let app = portplans::build(config)
            .await
            .expect("app")
            .ignite()
            .await
            .expect("ignite");
        rocket::tokio::spawn(app.launch());
        wait_for(bare, "/").await;
        wait_for(port, "/healthz").await;
        let baseline = load(bare, "/", "en").await;
        println!("bare Rocket route, 5 KB page: {baseline:.0} requests/s");
        for (what, path) in [
            ("the home page", "/"),
            ("catalogue page, first page", "/resources"),
            ("catalogue page, one word", "/resources?q=huracan"),
            (
                "catalogue page, a word and two facets",
                "/resources?q=puerto&hazard=flood&language=es",
            ),
            ("catalogue API, one word", "/api/v1/resources?q=huracan"),
        ] {
            let rate = load(port, path, "es").await;
            println!(
                "{what} ({path}): {rate:.0} requests/s, {:.0} % of the bare route",
                rate / baseline * 100.0
            );
        }
    });
}

fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0")
        .and_then(|l| l.local_addr())
        .map(|a| a.port())
        .expect("a free port")
}

#[rocket::get("/")]
fn five_kb() -> rocket::response::content::RawHtml<String> {
    rocket::response::content::RawHtml(format!(
        "<!DOCTYPE html><html lang=\"en\"><title>x</title><p>{}</p>",
        "x".repeat(5 * 1024)
    ))
}

async fn wait_for(port: u16, path: &str) {
    for _ in 0..200 {
        if get_once(port, path).await.is_some() {
            return;
        }
        rocket::tokio::time::sleep(std::time::Duration::from_millis(50)).await;
    }
    panic!("nothing answers on {port}");
}

async fn get_once(port: u16, path: &str) -> Option<()> {
    use rocket::tokio::io::{AsyncReadExt, AsyncWriteExt};
    let mut s = rocket::tokio::net::TcpStream::connect(("127.0.0.1", port))
        .await
        .ok()?;
    s.write_all(
        format!("GET {path} HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n").as_bytes(),
    )
    .await
    .ok()?;
    let mut head = [0u8; 12];
    s.read_exact(&mut head).await.ok()?;
    head.starts_with(b"HTTP/1.1 200").then_some(())
}

/// Requests per second over 16 keep-alive connections for 5 s, every answer read whole
/// and checked to be a 200.
async fn load(port: u16, path: &str, lang: &str) -> f64 {
    const CONNECTIONS: usize = 16;
    let seconds = 5.0;
    let until = Instant::now() + std::time::Duration::from_secs_f64(seconds);
    let request =
        format!("GET {path} HTTP/1.1\r\nHost: localhost\r\nAccept-Language: {lang}\r\n\r\n");
    let tasks: Vec<_> = (0..CONNECTIONS)
        .map(|_| {
            let request = request.clone();
            let path = path.to_string();
            rocket::tokio::spawn(async move {
                use rocket::tokio::io::{AsyncReadExt, AsyncWriteExt};
                let mut s = rocket::tokio::net::TcpStream::connect(("127.0.0.1", port))
                    .await
                    .expect("connect");
                s.set_nodelay(true).ok();
                let mut buf: Vec<u8> = Vec::with_capacity(64 * 1024);
                let mut done = 0u64;
                while Instant::now() < until {
                    s.write_all(request.as_bytes()).await.expect("write");
                    buf.clear();
                    // The head, then as many body bytes as Content-Length says.
                    let (head_end, length) = loop {
                        let mut chunk = [0u8; 16 * 1024];
                        let n = s.read(&mut chunk).await.expect("read");
                        assert!(n > 0, "the server closed the connection");
                        buf.extend_from_slice(&chunk[..n]);
                        if let Some(i) = buf.windows(4).position(|w| w == b"\r\n\r\n") {
                            let head = String::from_utf8_lossy(&buf[..i]).to_ascii_lowercase();
                            assert!(head.starts_with("http/1.1 200"), "{path}: {head}");
                            let length = head
                                .lines()
                                .find_map(|l| l.strip_prefix("content-length:"))
                                .and_then(|v| v.trim().parse::<usize>().ok())
                                .expect("a content length");
                            break (i + 4, length);
                        }
                    };
                    while buf.len() < head_end + length {
                        let mut chunk = [0u8; 16 * 1024];
                        let n = s.read(&mut chunk).await.expect("read");
                        assert!(n > 0, "the server closed the connection");
                        buf.extend_from_slice(&chunk[..n]);
                    }
                    done += 1;
                }
                done
            })
        })
        .collect();
    let mut total = 0;
    for t in tasks {
        total += t.await.expect("a load task");
    }
    total as f64 / seconds
}
