//! The secretariat's review: decisions on revisions (return, approve, reopen) and the
//! comment threads, overall or per question, that the secretariat and the focal points
//! write. Nothing here is ever updated or deleted.

use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

fn fk(
    name: &str,
    from: (&'static str, &'static str),
    to: (&'static str, &'static str),
) -> ForeignKeyCreateStatement {
    ForeignKey::create()
        .name(name)
        .from(from.0, from.1)
        .to(to.0, to.1)
        .on_delete(ForeignKeyAction::Restrict)
        .to_owned()
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, m: &SchemaManager) -> Result<(), DbErr> {
        m.create_table(
            Table::create()
                .table("reviews")
                .col(pk_uuid("id"))
                .col(uuid("submission_id"))
                .col(integer("revision"))
                .col(string("decision"))
                .col(text_null("comment"))
                .col(uuid("reviewer_id"))
                .col(timestamp_with_time_zone("created_at"))
                .foreign_key(&mut fk(
                    "fk_reviews_submission",
                    ("reviews", "submission_id"),
                    ("submissions", "id"),
                ))
                .foreign_key(&mut fk(
                    "fk_reviews_reviewer",
                    ("reviews", "reviewer_id"),
                    ("users", "id"),
                ))
                .to_owned(),
        )
        .await?;
        m.create_index(
            Index::create()
                .name("idx_reviews_submission")
                .table("reviews")
                .col("submission_id")
                .to_owned(),
        )
        .await?;
        m.create_table(
            Table::create()
                .table("comments")
                .col(pk_uuid("id"))
                .col(uuid("submission_id"))
                .col(integer("revision"))
                .col(string_null("question"))
                .col(text("body"))
                .col(uuid("author_id"))
                .col(uuid_null("review_id"))
                .col(timestamp_with_time_zone("created_at"))
                .foreign_key(&mut fk(
                    "fk_comments_submission",
                    ("comments", "submission_id"),
                    ("submissions", "id"),
                ))
                .foreign_key(&mut fk(
                    "fk_comments_author",
                    ("comments", "author_id"),
                    ("users", "id"),
                ))
                .foreign_key(&mut fk(
                    "fk_comments_review",
                    ("comments", "review_id"),
                    ("reviews", "id"),
                ))
                .to_owned(),
        )
        .await?;
        m.create_index(
            Index::create()
                .name("idx_comments_submission")
                .table("comments")
                .col("submission_id")
                .col("created_at")
                .to_owned(),
        )
        .await
    }

    async fn down(&self, m: &SchemaManager) -> Result<(), DbErr> {
        m.drop_table(Table::drop().table("comments").to_owned())
            .await?;
        m.drop_table(Table::drop().table("reviews").to_owned())
            .await
    }
}
