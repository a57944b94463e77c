//! The public repository: resources (a published summary, a public attachment of an
//! approved submission, or a document the secretariat uploads), the words of their titles
//! and descriptions in every language (an index for search, the same on SQLite and
//! PostgreSQL) and their facets (member states, hazards) for filtering and counting.

use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, m: &SchemaManager) -> Result<(), DbErr> {
        m.create_table(
            Table::create()
                .table("resources")
                .col(pk_uuid("id"))
                // summary, attachment, document
                .col(string("kind"))
                .col(uuid_null("summary_id"))
                .col(uuid_null("attachment_id"))
                .col(string("sha256"))
                .col(big_integer("size"))
                .col(string("media_type"))
                .col(string("filename"))
                // {"en": "…", "es": "…"}: every language given
                .col(json_binary("titles"))
                .col(json_binary("descriptions"))
                // the language of the file
                .col(string("language"))
                .col(string("licence"))
                .col(integer("year"))
                .col(uuid("created_by"))
                .col(timestamp_with_time_zone("created_at"))
                .col(timestamp_with_time_zone_null("published_at"))
                .col(timestamp_with_time_zone_null("withdrawn_at"))
                .col(text_null("withdrawal_reason"))
                .col(uuid_null("supersedes"))
                .col(big_integer("downloads"))
                .foreign_key(
                    ForeignKey::create()
                        .name("fk_resources_user")
                        .from("resources", "created_by")
                        .to("users", "id"),
                )
                .to_owned(),
        )
        .await?;
        m.create_index(
            Index::create()
                .name("idx_resources_published")
                .table("resources")
                .col("published_at")
                .to_owned(),
        )
        .await?;
        m.create_table(
            Table::create()
                .table("resource_terms")
                .col(string("term"))
                .col(uuid("resource_id"))
                .primary_key(Index::create().col("term").col("resource_id"))
                .foreign_key(
                    ForeignKey::create()
                        .name("fk_resource_terms_resource")
                        .from("resource_terms", "resource_id")
                        .to("resources", "id"),
                )
                .to_owned(),
        )
        .await?;
        m.create_table(
            Table::create()
                .table("resource_facets")
                .col(uuid("resource_id"))
                // member_state, hazard
                .col(string("facet"))
                .col(string("value"))
                .primary_key(Index::create().col("resource_id").col("facet").col("value"))
                .foreign_key(
                    ForeignKey::create()
                        .name("fk_resource_facets_resource")
                        .from("resource_facets", "resource_id")
                        .to("resources", "id"),
                )
                .to_owned(),
        )
        .await?;
        m.create_index(
            Index::create()
                .name("idx_resource_facets_value")
                .table("resource_facets")
                .col("facet")
                .col("value")
                .to_owned(),
        )
        .await
    }

    async fn down(&self, m: &SchemaManager) -> Result<(), DbErr> {
        for t in ["resource_facets", "resource_terms", "resources"] {
            m.drop_table(Table::drop().table(t).to_owned()).await?;
        }
        Ok(())
    }
}
