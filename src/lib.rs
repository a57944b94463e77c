//! portplans: the survey and repository of ports' disaster and security contingency plans
//! for the member states of the Organization of American States.
//!
//! [`build`] turns a [`Config`] into a ready Rocket: the binary and the tests share it.

pub mod config;
pub mod domain;
pub mod export;
pub mod i18n;
pub mod mail;
pub mod memo;
pub mod pdf;
pub mod questionnaire;
pub mod services;
pub mod store;
pub mod web;

pub use config::Config;

use services::forms::{self, DirReport, RecordError};
use std::sync::Arc;

/// How long a catalogue page is served from memory at most: download counts, and what
/// another server process on the same database published, show within this time.
const CATALOGUE_KEPT: std::time::Duration = std::time::Duration::from_secs(30);

/// Why the server could not start; each says what to fix.
#[derive(Debug, thiserror::Error)]
pub enum StartError {
    #[error("cannot create the data directory {path}: {source}")]
    DataDir {
        path: String,
        source: std::io::Error,
    },
    #[error("the questionnaires in {dir} are not valid ({} error(s)):\n{}", .report.errors(), render(.report))]
    Forms { dir: String, report: DirReport },
    #[error("cannot open the database: {0}")]
    Database(sea_orm::DbErr),
    #[error("cannot apply the migrations: {0}")]
    Migrations(sea_orm::DbErr),
    #[error("{0}")]
    Record(#[from] RecordError),
    #[error("cannot seed the member states: {0}")]
    Seed(sea_orm::DbErr),
    #[error("cannot read or write the secret key: {0}")]
    Secret(std::io::Error),
    #[error("cannot prepare the set-up link: {0}")]
    Setup(String),
    #[error("translations: {0}")]
    Locales(String),
    #[error("mail: {0}")]
    Mail(String),
    #[error("PDF: {0}")]
    Pdf(#[from] pdf::PdfError),
}

fn render(report: &DirReport) -> String {
    report
        .diagnostics
        .iter()
        .map(|d| format!("  {d}"))
        .collect::<Vec<_>>()
        .join("\n")
}

/// Prepares everything the server needs and returns the Rocket to launch: the data
/// directory, the checked questionnaires, the migrated and seeded database, the secret key.
pub async fn build(config: Config) -> Result<rocket::Rocket<rocket::Build>, StartError> {
    std::fs::create_dir_all(&config.data_dir).map_err(|source| StartError::DataDir {
        path: config.data_dir.display().to_string(),
        source,
    })?;
    let i18n = i18n::I18n::load().map_err(StartError::Locales)?;
    let (loaded, report) = forms::load_dir(&config.forms_dir);
    for d in report.diagnostics.iter() {
        log::warn!("{d}");
    }
    let Some(mut loaded) = loaded else {
        return Err(StartError::Forms {
            dir: config.forms_dir.display().to_string(),
            report,
        });
    };
    let db = store::connect(&config.database_url, config.pool_size)
        .await
        .map_err(StartError::Database)?;
    store::migrate(&db).await.map_err(StartError::Migrations)?;
    forms::record_versions(&db, &mut loaded).await?;
    services::setup::seed_member_states(&db)
        .await
        .map_err(StartError::Seed)?;
    match services::accounts::setup_link_if_needed(&db).await {
        Ok(Some(token)) => {
            let base = config
                .public_url
                .clone()
                .unwrap_or_else(|| format!("http://{}:{}", config.address, config.port));
            eprintln!(
                "portplans: there is no administrator yet. Create one at {base}/setup/{token} \
                 (this link works once, for 7 days; a restart issues a new one)"
            );
        }
        Ok(None) => {}
        Err(e) => return Err(StartError::Setup(e.to_string())),
    }
    let secret = store::secret::load_or_create(config.secret_key.as_deref(), &config.data_dir)
        .map_err(StartError::Secret)?;

    let figment = rocket::Config::figment()
        .merge(("address", config.address))
        .merge(("port", config.port))
        .merge(("secret_key", secret))
        .merge(("template_dir", config.templates_dir.clone()))
        .merge(("log_level", config.log_level.clone()))
        .merge(("ident", "portplans"))
        .merge((
            "limits",
            rocket::data::Limits::default()
                .limit("file", rocket::data::ByteUnit::from(config.upload_limit))
                .limit(
                    "data-form",
                    rocket::data::ByteUnit::from(config.upload_limit + 1_000_000),
                ),
        ))
        .merge(("cli_colors", false));
    let mailer = match &config.smtp {
        Some(smtp) => Some(mail::Mailer::new(smtp).map_err(StartError::Mail)?),
        None => None,
    };
    let pdf = Arc::new(pdf::LazyEngine::default());
    let state = web::AppState {
        pdf,
        mailer,
        blobs: store::blobs::BlobStore::new(&config.data_dir),
        db,
        forms: Arc::new(loaded),
        i18n: i18n.clone(),
        config,
        catalogue: Arc::new(services::resources::CatalogueCache::new(CATALOGUE_KEPT)),
        catalogue_html: Arc::new(memo::Memo::new(CATALOGUE_KEPT, 512)),
    };
    Ok(web::mount(rocket::custom(figment).manage(state), i18n))
}
