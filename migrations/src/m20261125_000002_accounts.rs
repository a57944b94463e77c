//! Accounts: invitations (and the one-time set-up link) and sessions (browser cookies and
//! API tokens alike, stored as hashes); an index for counting recent sign-in failures.

use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, m: &SchemaManager) -> Result<(), DbErr> {
        m.create_table(
            Table::create()
                .table("invitations")
                .col(pk_uuid("id"))
                .col(string("purpose"))
                .col(uuid_null("user_id"))
                .col(string_len_uniq("token_hash", 64))
                .col(uuid_null("created_by"))
                .col(timestamp_with_time_zone("created_at"))
                .col(timestamp_with_time_zone("expires_at"))
                .col(timestamp_with_time_zone_null("used_at"))
                .foreign_key(
                    ForeignKey::create()
                        .name("fk_invitations_user")
                        .from("invitations", "user_id")
                        .to("users", "id"),
                )
                .foreign_key(
                    ForeignKey::create()
                        .name("fk_invitations_created_by")
                        .from("invitations", "created_by")
                        .to("users", "id"),
                )
                .to_owned(),
        )
        .await?;
        m.create_table(
            Table::create()
                .table("sessions")
                .col(pk_uuid("id"))
                .col(uuid("user_id"))
                .col(string("kind"))
                .col(string_len_uniq("token_hash", 64))
                .col(timestamp_with_time_zone("created_at"))
                .col(timestamp_with_time_zone("expires_at"))
                .col(timestamp_with_time_zone_null("revoked_at"))
                .col(string_null("address"))
                .foreign_key(
                    ForeignKey::create()
                        .name("fk_sessions_user")
                        .from("sessions", "user_id")
                        .to("users", "id"),
                )
                .to_owned(),
        )
        .await?;
        m.create_index(
            Index::create()
                .name("idx_events_action_at")
                .table("events")
                .col("action")
                .col("at")
                .to_owned(),
        )
        .await
    }

    async fn down(&self, m: &SchemaManager) -> Result<(), DbErr> {
        m.drop_index(
            Index::drop()
                .name("idx_events_action_at")
                .table("events")
                .to_owned(),
        )
        .await?;
        m.drop_table(Table::drop().table("sessions").to_owned())
            .await?;
        m.drop_table(Table::drop().table("invitations").to_owned())
            .await
    }
}
