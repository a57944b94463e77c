//! Attachments: files on file questions, stored by content hash in the blob store, with
//! their sniffed type, visibility, and the uploader's consent when public.

use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, m: &SchemaManager) -> Result<(), DbErr> {
        m.create_table(
            Table::create()
                .table("attachments")
                .col(pk_uuid("id"))
                .col(uuid("submission_id"))
                .col(string("question"))
                .col(string_len("sha256", 64))
                .col(big_integer("size"))
                .col(string("media_type"))
                .col(string("filename"))
                .col(string("visibility"))
                .col(string_null("licence"))
                .col(uuid_null("consent_by"))
                .col(timestamp_with_time_zone_null("consent_at"))
                .col(uuid("created_by"))
                .col(timestamp_with_time_zone("created_at"))
                .foreign_key(
                    ForeignKey::create()
                        .name("fk_attachments_submission")
                        .from("attachments", "submission_id")
                        .to("submissions", "id"),
                )
                .foreign_key(
                    ForeignKey::create()
                        .name("fk_attachments_created_by")
                        .from("attachments", "created_by")
                        .to("users", "id"),
                )
                .to_owned(),
        )
        .await?;
        m.create_index(
            Index::create()
                .name("idx_attachments_submission")
                .table("attachments")
                .col("submission_id")
                .to_owned(),
        )
        .await
    }

    async fn down(&self, m: &SchemaManager) -> Result<(), DbErr> {
        m.drop_table(Table::drop().table("attachments").to_owned())
            .await
    }
}
