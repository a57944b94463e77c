//! Table `notifications`: a notice to one person, in-app and, when configured, by mail.

use sea_orm::entity::prelude::*;

#[sea_orm::model]
#[derive(Clone, Debug, PartialEq, DeriveEntityModel)]
#[sea_orm(table_name = "notifications")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: Uuid,
    pub user_id: Uuid,
    /// `submitted`, `returned`, `approved`, `reopened`.
    pub kind: String,
    pub submission_id: Option<Uuid>,
    #[sea_orm(column_type = "JsonBinary", nullable)]
    pub data: Option<Json>,
    pub created_at: DateTimeUtc,
    pub read_at: Option<DateTimeUtc>,
    /// `pending`, `sent` or `failed`.
    pub mail_status: String,
    pub mail_attempts: i32,
    pub mail_next_at: DateTimeUtc,
    pub mail_sent_at: Option<DateTimeUtc>,
    #[sea_orm(column_type = "Text", nullable)]
    pub mail_error: Option<String>,
}

impl ActiveModelBehavior for ActiveModel {}
