//! Table `resources`: an item of the public repository and its metadata.

use sea_orm::entity::prelude::*;

#[sea_orm::model]
#[derive(Clone, Debug, PartialEq, DeriveEntityModel)]
#[sea_orm(table_name = "resources")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: Uuid,
    /// `summary`, `attachment` or `document`.
    pub kind: String,
    pub summary_id: Option<Uuid>,
    pub attachment_id: Option<Uuid>,
    pub sha256: String,
    pub size: i64,
    pub media_type: String,
    pub filename: String,
    #[sea_orm(column_type = "JsonBinary")]
    pub titles: Json,
    #[sea_orm(column_type = "JsonBinary")]
    pub descriptions: Json,
    pub language: String,
    pub licence: String,
    pub year: i32,
    pub created_by: Uuid,
    pub created_at: DateTimeUtc,
    pub published_at: Option<DateTimeUtc>,
    pub withdrawn_at: Option<DateTimeUtc>,
    #[sea_orm(column_type = "Text", nullable)]
    pub withdrawal_reason: Option<String>,
    pub supersedes: Option<Uuid>,
    pub downloads: i64,
}

impl ActiveModelBehavior for ActiveModel {}
