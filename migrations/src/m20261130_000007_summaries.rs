//! Comparative summaries: one row per request, generated off the request thread. The PDF
//! itself lives in the blob store under its SHA-256; the row says where the work stands.

use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, m: &SchemaManager) -> Result<(), DbErr> {
        m.create_table(
            Table::create()
                .table("summaries")
                .col(pk_uuid("id"))
                .col(uuid("cycle_id"))
                .col(string("lang"))
                // pending, running, ready, failed
                .col(string("status"))
                .col(uuid_null("requested_by"))
                .col(timestamp_with_time_zone("created_at"))
                // When a worker claimed it; a claim older than a few minutes is retried.
                .col(timestamp_with_time_zone_null("started_at"))
                .col(timestamp_with_time_zone_null("finished_at"))
                .col(integer("attempts"))
                .col(integer_null("pages"))
                .col(big_integer_null("size"))
                .col(string_null("sha256"))
                // The moment the data describes: the last approval included.
                .col(timestamp_with_time_zone_null("data_as_of"))
                .col(text_null("error"))
                .foreign_key(
                    ForeignKey::create()
                        .name("fk_summaries_cycle")
                        .from("summaries", "cycle_id")
                        .to("cycles", "id"),
                )
                .foreign_key(
                    ForeignKey::create()
                        .name("fk_summaries_user")
                        .from("summaries", "requested_by")
                        .to("users", "id"),
                )
                .to_owned(),
        )
        .await?;
        m.create_index(
            Index::create()
                .name("idx_summaries_cycle")
                .table("summaries")
                .col("cycle_id")
                .col("created_at")
                .to_owned(),
        )
        .await?;
        m.create_index(
            Index::create()
                .name("idx_summaries_status")
                .table("summaries")
                .col("status")
                .to_owned(),
        )
        .await
    }

    async fn down(&self, m: &SchemaManager) -> Result<(), DbErr> {
        m.drop_table(Table::drop().table("summaries").to_owned())
            .await
    }
}
