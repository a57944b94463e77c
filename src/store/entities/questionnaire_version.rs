//! Table `questionnaire_versions`.

use sea_orm::entity::prelude::*;

#[sea_orm::model]
#[derive(Clone, Debug, PartialEq, DeriveEntityModel)]
#[sea_orm(table_name = "questionnaire_versions")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: Uuid,
    pub form_id: String,
    pub version: String,
    pub hash: String,
    #[sea_orm(column_type = "JsonBinary")]
    pub title: Json,
    #[sea_orm(column_type = "Text")]
    pub source: String,
    pub loaded_at: DateTimeUtc,
}

impl ActiveModelBehavior for ActiveModel {}
