//! The HTTP interface: HTML pages with Tera and the JSON API, over the same services.

pub mod api;
pub mod assets;
pub mod error;
pub mod guards;
pub mod headers;
pub mod locale;
pub mod pages;

use crate::config::Config;
use crate::i18n::I18n;
use crate::services::forms::Forms;
use rocket::{Build, Rocket};
use rocket_dyn_templates::Template;
use sea_orm::DatabaseConnection;
use std::sync::Arc;

/// What every request may reach: the pool, the questionnaires, the translations, settings.
pub struct AppState {
    pub db: DatabaseConnection,
    pub blobs: crate::store::blobs::BlobStore,
    pub forms: Arc<Forms>,
    pub i18n: I18n,
    pub config: Config,
    /// Present when SMTP is configured.
    pub mailer: Option<crate::mail::Mailer>,
    /// Fonts and metrics for the PDF summaries, loaded by the first one.
    pub pdf: Arc<crate::pdf::LazyEngine>,
    /// The public catalogue's pages, kept until the next publication.
    pub catalogue: Arc<crate::services::resources::CatalogueCache>,
    /// The catalogue's HTML as an anonymous visitor gets it, by language and query: the
    /// same for every such visitor until the catalogue's generation moves on.
    pub catalogue_html: Arc<CatalogueHtml>,
}

pub type CatalogueHtml =
    crate::memo::Memo<(crate::i18n::Lang, crate::services::resources::Query), Arc<String>>;

impl AppState {
    /// Makes summary `id` in the background; the handle says when it is done.
    pub fn make_summary(
        &self,
        id: uuid::Uuid,
    ) -> rocket::tokio::task::JoinHandle<Result<(), crate::services::ServiceError>> {
        let (db, forms, i18n) = (self.db.clone(), self.forms.clone(), self.i18n.clone());
        let (pdf, blobs) = (self.pdf.clone(), self.blobs.clone());
        rocket::tokio::spawn(async move {
            crate::services::summaries::run(&db, &forms, &i18n, &pdf, &blobs, id)
                .await
                .map(|_| ())
        })
    }

    /// Mails an invitation after its commit, in the background: tried three times over a
    /// few minutes and logged; the link shown to the inviter works whatever happens here.
    pub fn mail_invitation(&self, email: &str, name: &str, link: &str, lang: crate::i18n::Lang) {
        let Some(mailer) = self.mailer.clone() else {
            return;
        };
        let args = [("name", name.to_string()), ("link", link.to_string())];
        let subject = self.i18n.t_args(lang, "mail-invitation-subject", &args);
        let body = self.i18n.t_args(lang, "mail-invitation", &args);
        let to = email.to_string();
        rocket::tokio::spawn(async move {
            for (attempt, wait) in [0u64, 30, 120].into_iter().enumerate() {
                rocket::tokio::time::sleep(std::time::Duration::from_secs(wait)).await;
                match mailer.send(&to, &subject, &body).await {
                    Ok(()) => {
                        log::info!("mailed the invitation to {to}");
                        return;
                    }
                    Err(e) => {
                        log::warn!("invitation mail to {to} failed (try {}): {e}", attempt + 1)
                    }
                }
            }
            log::error!("gave up mailing the invitation to {to}; the inviter has the link");
        });
    }
}

/// `GET /healthz`: 200 once the server is ready (migrations applied, forms loaded).
#[rocket::get("/healthz")]
fn healthz() -> &'static str {
    "ok"
}

/// Mounts every route, catcher and fairing on `rocket`.
pub fn mount(rocket: Rocket<Build>, i18n: I18n) -> Rocket<Build> {
    rocket
        .attach(headers::SecurityHeaders)
        .attach(Template::custom(move |engines| {
            pages::register_functions(&mut engines.tera, i18n.clone())
        }))
        .mount("/", rocket::routes![healthz])
        .mount(
            "/",
            rocket::routes![
                api::resources::file,
                api::resources::feed,
                api::resources::catalog
            ],
        )
        .mount("/", pages::routes())
        .mount("/static", assets::routes())
        .mount("/api/v1", api::routes())
        .register("/", rocket::catchers![pages::html_catcher])
        .register("/api", rocket::catchers![error::api_catcher])
        .attach(rocket::fairing::AdHoc::on_liftoff("mail", |rocket| {
            Box::pin(async move { start_mail(rocket) })
        }))
        .attach(rocket::fairing::AdHoc::on_liftoff("summaries", |rocket| {
            Box::pin(async move { start_summaries(rocket) })
        }))
}

/// Makes the summaries left waiting (a restart, a passing failure), now and every half
/// minute, until the server shuts down. Requests start their own at once.
fn start_summaries(rocket: &rocket::Rocket<rocket::Orbit>) {
    let Some(state) = rocket.state::<AppState>() else {
        return;
    };
    let (db, forms, i18n) = (state.db.clone(), state.forms.clone(), state.i18n.clone());
    let (pdf, blobs) = (state.pdf.clone(), state.blobs.clone());
    let mut shutdown = rocket.shutdown();
    rocket::tokio::spawn(async move {
        loop {
            if let Err(e) =
                crate::services::summaries::run_due(&db, &forms, &i18n, &pdf, &blobs).await
            {
                log::warn!("making summaries: {e}");
            }
            rocket::tokio::select! {
                _ = rocket::tokio::time::sleep(std::time::Duration::from_secs(30)) => {}
                _ = &mut shutdown => break,
            }
        }
    });
}

/// With SMTP configured, mails the notices that are due, every few seconds, until the
/// server shuts down.
fn start_mail(rocket: &rocket::Rocket<rocket::Orbit>) {
    let Some(state) = rocket.state::<AppState>() else {
        return;
    };
    let Some(mailer) = state.mailer.clone() else {
        return;
    };
    let (db, i18n) = (state.db.clone(), state.i18n.clone());
    let public_url = state.config.public_url.clone();
    let mut shutdown = rocket.shutdown();
    rocket::tokio::spawn(async move {
        loop {
            if let Err(e) = crate::services::notifications::deliver_due(
                &db,
                &mailer,
                &i18n,
                public_url.as_deref(),
            )
            .await
            {
                log::warn!("mailing notices: {e}");
            }
            rocket::tokio::select! {
                _ = rocket::tokio::time::sleep(std::time::Duration::from_secs(2)) => {}
                _ = &mut shutdown => break,
            }
        }
    });
}
