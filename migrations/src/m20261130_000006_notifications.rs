//! Notices to people: a report submitted (to the secretariat), returned, approved or
//! reopened (to its state's focal points). Each is shown in its reader's in-app list and,
//! when mail is configured, mailed after the change is committed, retried on failure.

use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, m: &SchemaManager) -> Result<(), DbErr> {
        m.create_table(
            Table::create()
                .table("notifications")
                .col(pk_uuid("id"))
                .col(uuid("user_id"))
                .col(string("kind"))
                .col(uuid_null("submission_id"))
                .col(json_binary_null("data"))
                .col(timestamp_with_time_zone("created_at"))
                .col(timestamp_with_time_zone_null("read_at"))
                // pending, sent, failed
                .col(string("mail_status"))
                .col(integer("mail_attempts"))
                .col(timestamp_with_time_zone("mail_next_at"))
                .col(timestamp_with_time_zone_null("mail_sent_at"))
                .col(text_null("mail_error"))
                .foreign_key(
                    ForeignKey::create()
                        .name("fk_notifications_user")
                        .from("notifications", "user_id")
                        .to("users", "id"),
                )
                .to_owned(),
        )
        .await?;
        m.create_index(
            Index::create()
                .name("idx_notifications_user")
                .table("notifications")
                .col("user_id")
                .col("created_at")
                .to_owned(),
        )
        .await?;
        m.create_index(
            Index::create()
                .name("idx_notifications_mail")
                .table("notifications")
                .col("mail_status")
                .col("mail_next_at")
                .to_owned(),
        )
        .await
    }

    async fn down(&self, m: &SchemaManager) -> Result<(), DbErr> {
        m.drop_table(Table::drop().table("notifications").to_owned())
            .await
    }
}
