//! Table `revisions`.

use sea_orm::entity::prelude::*;

#[sea_orm::model]
#[derive(Clone, Debug, PartialEq, DeriveEntityModel)]
#[sea_orm(table_name = "revisions")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: Uuid,
    pub submission_id: Uuid,
    pub number: i32,
    pub questionnaire_version_id: Uuid,
    #[sea_orm(column_type = "JsonBinary")]
    pub answers: Json,
    #[sea_orm(column_type = "JsonBinary")]
    pub dropped: Json,
    pub submitted_by: Option<Uuid>,
    pub submitted_at: DateTimeUtc,
}

impl ActiveModelBehavior for ActiveModel {}
