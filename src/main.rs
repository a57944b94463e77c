//! The `portplans` command: serve (the default), migrate, and check questionnaires.

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
    /// Questionnaire files.
    Forms {
        #[command(subcommand)]
        command: FormsCommand,
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

async fn migrate(config: Config) -> ExitCode {
    if let Err(e) = std::fs::create_dir_all(&config.data_dir) {
        eprintln!(
            "portplans: cannot create {}: {e}",
            config.data_dir.display()
        );
        return ExitCode::FAILURE;
    }
    let result = async {
        let db = store::connect(&config.database_url, config.pool_size).await?;
        store::migrate(&db).await?;
        services::setup::seed_member_states(&db).await?;
        Ok::<_, sea_orm::DbErr>(())
    }
    .await;
    match result {
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
