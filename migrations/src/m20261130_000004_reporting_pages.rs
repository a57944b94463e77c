//! What the reporting pages remember between visits: the sections of a submission its
//! focal point has saved (their missing answers are shown from then on, not before), and
//! a reporting cycle's title in each language.

use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, m: &SchemaManager) -> Result<(), DbErr> {
        // One column per statement: SQLite adds a single column per ALTER TABLE.
        m.alter_table(
            Table::alter()
                .table("submissions")
                .add_column(json_binary_null("checked_sections"))
                .to_owned(),
        )
        .await?;
        m.alter_table(
            Table::alter()
                .table("cycles")
                .add_column(json_binary_null("titles"))
                .to_owned(),
        )
        .await
    }

    async fn down(&self, m: &SchemaManager) -> Result<(), DbErr> {
        m.alter_table(
            Table::alter()
                .table("cycles")
                .drop_column("titles")
                .to_owned(),
        )
        .await?;
        m.alter_table(
            Table::alter()
                .table("submissions")
                .drop_column("checked_sections")
                .to_owned(),
        )
        .await
    }
}
