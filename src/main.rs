//! The `portplans` command: serve (the default), migrate, check questionnaires, add
//! accounts, fill a demonstration, write a comparative summary.

use clap::{Parser, Subcommand};
use portplans::{services, store, Config};
use std::path::PathBuf;
use std::process::ExitCode;

#[derive(Parser)]
#[command(
    name = "portplans",
    version,
    about = "Ports' disaster and security contingency plans: survey, review and repository"
)]
struct Cli {
    #[command(subcommand)]
    command: Option<Command>,
}

#[derive(Subcommand)]
enum Command {
    /// Apply pending migrations, load and check forms/, seed the member states, and serve.
    Serve,
    /// Apply pending migrations and exit.
    Migrate,
    /// Accounts.
    User {
        #[command(subcommand)]
        command: UserCommand,
    },
    /// Questionnaire files.
    Forms {
        #[command(subcommand)]
        command: FormsCommand,
    },
    /// Fill an empty installation with a demonstration: every member state, its ports and
    /// focal point, a cycle with submissions in every status; prints the accounts.
    Demo {
        /// Ports per member state.
        #[arg(long, default_value_t = 3)]
        ports_per_state: u32,
        /// The same seed gives the same ports and answers.
        #[arg(long, default_value_t = 2026)]
        seed: u64,
    },
    /// Write the comparative PDF summary of a cycle's approved submissions.
    Summary {
        /// The cycle's id.
        #[arg(long)]
        cycle: String,
        /// en, es, fr or pt
        #[arg(long, default_value = "en")]
        lang: String,
        /// Where to write the PDF.
        #[arg(long)]
        output: PathBuf,
    },
}

#[derive(Subcommand)]
enum UserCommand {
    /// Create an account with a password read from standard input.
    Add {
        #[arg(long)]
        email: String,
        #[arg(long)]
        name: String,
        /// admin, secretariat or focal_point
        #[arg(long)]
        role: String,
        /// ISO 3166 alpha-3 code, for a focal point
        #[arg(long)]
        member_state: Option<String>,
        /// Read the password from standard input (one trailing newline removed).
        #[arg(long, required = true)]
        password_stdin: bool,
    },
}

#[derive(Subcommand)]
enum FormsCommand {
    /// Check every questionnaire file in DIR (default: the configured forms folder).
    Check { dir: Option<PathBuf> },
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let config = match Config::load() {
        Ok(c) => c,
        Err(e) => {
            eprintln!("portplans: configuration: {e}");
            return ExitCode::FAILURE;
        }
    };
    match cli.command.unwrap_or(Command::Serve) {
        Command::Serve => rocket::execute(serve(config)),
        Command::Migrate => rocket::execute(migrate(config)),
        Command::Forms {
            command: FormsCommand::Check { dir },
        } => forms_check(dir.unwrap_or(config.forms_dir)),
        Command::User {
            command:
                UserCommand::Add {
                    email,
                    name,
                    role,
                    member_state,
                    password_stdin: _,
                },
        } => rocket::execute(user_add(config, email, name, role, member_state)),
        Command::Demo {
            ports_per_state,
            seed,
        } => rocket::execute(demo(config, ports_per_state, seed)),
        Command::Summary {
            cycle,
            lang,
            output,
        } => rocket::execute(summary(config, cycle, lang, output)),
    }
}

async fn summary(config: Config, cycle: String, lang: String, output: PathBuf) -> ExitCode {
    let fail = |message: String| {
        eprintln!("portplans: summary: {message}");
        ExitCode::FAILURE
    };
    let Ok(cycle) = uuid::Uuid::parse_str(cycle.trim()) else {
        return fail(format!("--cycle: {cycle} is not a cycle id"));
    };
    let Some(lang) = portplans::i18n::Lang::parse(&lang).filter(|l| l.code() == lang) else {
        return fail(format!("--lang: expected en, es, fr or pt, not {lang}"));
    };
    let db = match open_database(&config).await {
        Ok(db) => db,
        Err(e) => return fail(e),
    };
    let (loaded, report) = services::forms::load_dir(&config.forms_dir);
    let Some(mut forms) = loaded else {
        for d in &report.diagnostics {
            eprintln!("{d}");
        }
        return fail("the questionnaires are not valid".into());
    };
    if let Err(e) = services::forms::record_versions(&db, &mut forms).await {
        return fail(e.to_string());
    }
    let i18n = match portplans::i18n::I18n::load() {
        Ok(i) => i,
        Err(e) => return fail(e),
    };
    let engine = match portplans::pdf::Engine::load() {
        Ok(e) => std::sync::Arc::new(e),
        Err(e) => return fail(e.to_string()),
    };
    match services::summaries::render(&db, &forms, &i18n, &engine, cycle, lang).await {
        Ok((rendered, _, _)) => match std::fs::write(&output, &rendered.bytes) {
            Ok(()) => {
                println!(
                    "portplans: wrote {} ({} pages, {} bytes)",
                    output.display(),
                    rendered.pages,
                    rendered.bytes.len()
                );
                ExitCode::SUCCESS
            }
            Err(e) => fail(format!("cannot write {}: {e}", output.display())),
        },
        Err(services::ServiceError::NotFound) => fail(format!("there is no cycle {cycle}")),
        Err(e) => fail(describe(&e)),
    }
}

async fn demo(config: Config, ports_per_state: u32, seed: u64) -> ExitCode {
    let db = match open_database(&config).await {
        Ok(db) => db,
        Err(e) => {
            eprintln!("portplans: demo: {e}");
            return ExitCode::FAILURE;
        }
    };
    let (loaded, report) = services::forms::load_dir(&config.forms_dir);
    let Some(mut forms) = loaded else {
        for d in &report.diagnostics {
            eprintln!("{d}");
        }
        eprintln!("portplans: demo: the questionnaires are not valid");
        return ExitCode::FAILURE;
    };
    if let Err(e) = services::forms::record_versions(&db, &mut forms).await {
        eprintln!("portplans: demo: {e}");
        return ExitCode::FAILURE;
    }
    let options = services::demo::Options {
        ports_per_state,
        seed,
        all_approved: false,
    };
    match services::demo::seed(&db, &forms, options).await {
        Ok(made) => {
            println!(
                "portplans: demonstration ready: {} ports, cycle {}",
                made.ports, made.cycle
            );
            for (status, n) in &made.statuses {
                println!("  {status}: {n}");
            }
            println!("Sign in with the password {} as:", made.password);
            println!("  {} (secretariat)", made.secretariat);
            for (state, email) in &made.focal_points {
                println!("  {email} (focal point, {state})");
            }
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("portplans: demo: {}", describe(&e));
            ExitCode::FAILURE
        }
    }
}

async fn serve(config: Config) -> ExitCode {
    let started = std::time::Instant::now();
    let rocket = match portplans::build(config).await {
        Ok(r) => r,
        Err(e) => {
            eprintln!("portplans: cannot start: {e}");
            return ExitCode::FAILURE;
        }
    };
    let rocket = rocket.attach(rocket::fairing::AdHoc::on_liftoff("ready", move |r| {
        Box::pin(async move {
            let c = r.config();
            println!(
                "portplans: serving on http://{}:{} (ready in {} ms)",
                c.address,
                c.port,
                started.elapsed().as_millis()
            );
        })
    }));
    match rocket.launch().await {
        Ok(_) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("portplans: {e}");
            ExitCode::FAILURE
        }
    }
}

/// The data directory and the database, migrated and seeded, for the administrative commands.
async fn open_database(config: &Config) -> Result<sea_orm::DatabaseConnection, String> {
    std::fs::create_dir_all(&config.data_dir)
        .map_err(|e| format!("cannot create {}: {e}", config.data_dir.display()))?;
    let db = store::connect(&config.database_url, config.pool_size)
        .await
        .map_err(|e| format!("database: {e}"))?;
    store::migrate(&db)
        .await
        .map_err(|e| format!("database: {e}"))?;
    services::setup::seed_member_states(&db)
        .await
        .map_err(|e| format!("database: {e}"))?;
    Ok(db)
}

async fn migrate(config: Config) -> ExitCode {
    match open_database(&config).await.map(|_| ()) {
        Ok(()) => {
            println!("portplans: the database is up to date");
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("portplans: migrate: {e}");
            ExitCode::FAILURE
        }
    }
}

async fn user_add(
    config: Config,
    email: String,
    name: String,
    role: String,
    member_state: Option<String>,
) -> ExitCode {
    let mut password = String::new();
    if let Err(e) = std::io::stdin().read_line(&mut password) {
        eprintln!("portplans: cannot read the password from standard input: {e}");
        return ExitCode::FAILURE;
    }
    let password = password
        .strip_suffix('\n')
        .map(|p| p.strip_suffix('\r').unwrap_or(p))
        .unwrap_or(&password);
    let account = match services::accounts::NewAccount::parse(
        &email,
        &name,
        &role,
        member_state.as_deref(),
    ) {
        Ok(a) => a,
        Err(e) => {
            eprintln!("portplans: user add: {}", describe(&e));
            return ExitCode::FAILURE;
        }
    };
    let db = match open_database(&config).await {
        Ok(db) => db,
        Err(e) => {
            eprintln!("portplans: user add: {e}");
            return ExitCode::FAILURE;
        }
    };
    match services::accounts::create_with_password(&db, account, password).await {
        Ok(u) => {
            println!(
                "portplans: created {} ({}) with id {}",
                u.email, u.role, u.id
            );
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("portplans: user add: {}", describe(&e));
            ExitCode::FAILURE
        }
    }
}

/// A service error in the operator's words (the CLI speaks English).
fn describe(e: &services::ServiceError) -> String {
    use services::ServiceError as E;
    match e {
        E::Rule { key, .. } | E::Conflict { key, .. } => portplans::i18n::I18n::load()
            .map(|i| i.t(portplans::i18n::Lang::En, key))
            .unwrap_or_else(|_| key.to_string()),
        other => other.to_string(),
    }
}

fn forms_check(dir: PathBuf) -> ExitCode {
    let (_, report) = services::forms::load_dir(&dir);
    for d in &report.diagnostics {
        println!("{d}");
    }
    println!(
        "{} file(s) checked: {} error(s), {} warning(s)",
        report.files,
        report.errors(),
        report.warnings()
    );
    if report.errors() == 0 {
        ExitCode::SUCCESS
    } else {
        ExitCode::FAILURE
    }
}
