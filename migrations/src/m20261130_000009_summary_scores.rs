//! A summary keeps the section-score table its PDF prints, so that the public progress
//! page shows exactly the published numbers without scoring every report again.

use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, m: &SchemaManager) -> Result<(), DbErr> {
        m.alter_table(
            Table::alter()
                .table("summaries")
                .add_column(json_binary_null("scores"))
                .to_owned(),
        )
        .await
    }

    async fn down(&self, m: &SchemaManager) -> Result<(), DbErr> {
        m.alter_table(
            Table::alter()
                .table("summaries")
                .drop_column("scores")
                .to_owned(),
        )
        .await
    }
}
