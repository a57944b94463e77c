//! The schema of portplans: only migrations change it. Each migration is applied once, in
//! order, on SQLite and PostgreSQL alike.

pub use sea_orm_migration::prelude::*;

mod m20261125_000001_domain;
mod m20261125_000002_accounts;
mod m20261125_000003_attachments;
mod m20261130_000004_reporting_pages;
mod m20261130_000005_reviews;
mod m20261130_000006_notifications;
mod m20261130_000007_summaries;
mod m20261130_000008_resources;
mod m20261130_000009_summary_scores;

pub struct Migrator;

#[async_trait::async_trait]
impl MigratorTrait for Migrator {
    fn migrations() -> Vec<Box<dyn MigrationTrait>> {
        vec![
            Box::new(m20261125_000001_domain::Migration),
            Box::new(m20261125_000002_accounts::Migration),
            Box::new(m20261125_000003_attachments::Migration),
            Box::new(m20261130_000004_reporting_pages::Migration),
            Box::new(m20261130_000005_reviews::Migration),
            Box::new(m20261130_000006_notifications::Migration),
            Box::new(m20261130_000007_summaries::Migration),
            Box::new(m20261130_000008_resources::Migration),
            Box::new(m20261130_000009_summary_scores::Migration),
        ]
    }
}
