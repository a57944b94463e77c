//! Table `summaries`: a requested comparative summary and where its generation stands.

use sea_orm::entity::prelude::*;

#[sea_orm::model]
#[derive(Clone, Debug, PartialEq, DeriveEntityModel)]
#[sea_orm(table_name = "summaries")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: Uuid,
    pub cycle_id: Uuid,
    pub lang: String,
    /// `pending`, `running`, `ready` or `failed`.
    pub status: String,
    pub requested_by: Option<Uuid>,
    pub created_at: DateTimeUtc,
    pub started_at: Option<DateTimeUtc>,
    pub finished_at: Option<DateTimeUtc>,
    pub attempts: i32,
    pub pages: Option<i32>,
    pub size: Option<i64>,
    pub sha256: Option<String>,
    pub data_as_of: Option<DateTimeUtc>,
    #[sea_orm(column_type = "Text", nullable)]
    pub error: Option<String>,
    /// The section-score table the PDF prints (`domain::summary::ScoreTable`), once ready.
    #[sea_orm(column_type = "JsonBinary", nullable)]
    pub scores: Option<Json>,
}

impl ActiveModelBehavior for ActiveModel {}
