//! Table `attachments`.

use sea_orm::entity::prelude::*;

#[sea_orm::model]
#[derive(Clone, Debug, PartialEq, DeriveEntityModel)]
#[sea_orm(table_name = "attachments")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: Uuid,
    pub submission_id: Uuid,
    pub question: String,
    pub sha256: String,
    pub size: i64,
    pub media_type: String,
    pub filename: String,
    pub visibility: String,
    pub licence: Option<String>,
    pub consent_by: Option<Uuid>,
    pub consent_at: Option<DateTimeUtc>,
    pub created_by: Uuid,
    pub created_at: DateTimeUtc,
}

impl ActiveModelBehavior for ActiveModel {}
