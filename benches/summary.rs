//! One comparative summary of 35 member states × 300 ports of the full questionnaire, every
//! report approved (10,500): the demonstration's data in a SQLite file, then what a request
//! runs: read the approved revisions, score each, lay out and write the PDF.
//! Each measurement runs in a fresh child process, so that its peak resident memory
//! (VmHWM) is the summary's own and not the data generator's.
//!
//! Run: `cargo bench --bench summary`. Prints the time and peak memory of each run.

use portplans::i18n::{I18n, Lang};
use portplans::{services, store, Config};
use std::process::Command;
use std::sync::Arc;
use std::time::Instant;

const STATES: usize = 35;
const PORTS_PER_STATE: u32 = 300;
const RUNS: usize = 5;

fn status_kb(field: &str) -> f64 {
    std::fs::read_to_string("/proc/self/status")
        .ok()
        .and_then(|s| {
            s.lines()
                .find(|l| l.starts_with(field))
                .and_then(|l| l.split_whitespace().nth(1))
                .and_then(|kb| kb.parse::<f64>().ok())
        })
        .unwrap_or(0.0)
}

fn config(dir: &str) -> Config {
    let vars = vec![
        ("PORTPLANS_DATA_DIR".to_string(), dir.to_string()),
        ("PORTPLANS_LOG_LEVEL".to_string(), "off".to_string()),
    ];
    Config::from_env_pairs(&vars).expect("config")
}

async fn open(config: &Config) -> (sea_orm::DatabaseConnection, services::forms::Forms) {
    let db = store::connect(&config.database_url, config.pool_size)
        .await
        .expect("database");
    store::migrate(&db).await.expect("migrations");
    services::setup::seed_member_states(&db)
        .await
        .expect("member states");
    let (forms, _) = services::forms::load_dir(&config.forms_dir);
    let mut forms = forms.expect("forms");
    services::forms::record_versions(&db, &mut forms)
        .await
        .expect("versions");
    (db, forms)
}

/// The measured part, in its own process: prints `seconds peak_mb pages bytes`.
fn child(dir: &str, cycle: &str) {
    rocket::execute(async {
        let config = config(dir);
        let (db, forms) = open(&config).await;
        let i18n = I18n::load().expect("i18n");
        let cycle = uuid::Uuid::parse_str(cycle).expect("cycle");
        let started = Instant::now();
        // Loading the fonts is part of the work: a server does it once at start.
        let engine = Arc::new(portplans::pdf::Engine::load().expect("fonts"));
        let (pdf, _, _) = services::summaries::render(&db, &forms, &i18n, &engine, cycle, Lang::Es)
            .await
            .expect("summary");
        let seconds = started.elapsed().as_secs_f64();
        println!(
            "{seconds:.3} {:.1} {} {}",
            status_kb("VmHWM:") / 1024.0,
            pdf.pages,
            pdf.bytes.len()
        );
    });
}

fn main() {
    let args: Vec<String> = std::env::args().collect();
    if let Some(i) = args.iter().position(|a| a == "--child") {
        child(&args[i + 1], &args[i + 2]);
        return;
    }
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().display().to_string();
    let made = rocket::execute(async {
        let config = config(&path);
        let (db, forms) = open(&config).await;
        let started = Instant::now();
        let made = services::demo::seed(
            &db,
            &forms,
            services::demo::Options {
                ports_per_state: PORTS_PER_STATE,
                seed: 2026,
                all_approved: true,
            },
        )
        .await
        .expect("demo data");
        println!(
            "data: {} ports of {STATES} member states, all approved, made in {:.1} s",
            made.ports,
            started.elapsed().as_secs_f64()
        );
        made
    });
    let exe = std::env::current_exe().expect("this benchmark");
    let mut times = Vec::new();
    let mut peaks = Vec::new();
    for run in 1..=RUNS {
        let out = Command::new(&exe)
            .args(["--child", &path, &made.cycle.to_string()])
            .output()
            .expect("child");
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
        eprint!("{}", String::from_utf8_lossy(&out.stderr));
        let line = String::from_utf8_lossy(&out.stdout);
        let fields: Vec<&str> = line.split_whitespace().collect();
        let (seconds, peak): (f64, f64) = (
            fields[0].parse().expect("seconds"),
            fields[1].parse().expect("peak"),
        );
        println!(
            "run {run}: {seconds:.3} s, peak resident memory {peak:.1} MB, {} pages, {} bytes",
            fields[2], fields[3]
        );
        times.push(seconds);
        peaks.push(peak);
    }
    times.sort_by(f64::total_cmp);
    println!(
        "summary of {} approved ports (Spanish): median {:.3} s, peak memory at most {:.1} MB \
         (goal: under 1 s and 200 MB)",
        made.ports,
        times[times.len() / 2],
        peaks.iter().copied().fold(0.0, f64::max)
    );
}
