//! Table `submissions`.

use sea_orm::entity::prelude::*;

#[sea_orm::model]
#[derive(Clone, Debug, PartialEq, DeriveEntityModel)]
#[sea_orm(table_name = "submissions")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: Uuid,
    pub cycle_id: Uuid,
    pub member_state: String,
    pub port_id: Option<Uuid>,
    pub status: String,
    pub version: i32,
    #[sea_orm(column_type = "JsonBinary")]
    pub answers: Json,
    #[sea_orm(column_type = "JsonBinary")]
    pub problems: Json,
    pub created_by: Option<Uuid>,
    pub created_at: DateTimeUtc,
    pub updated_at: DateTimeUtc,
    pub submitted_at: Option<DateTimeUtc>,
    /// The sections whose page the focal point has saved: from then on their missing
    /// answers are shown (a JSON array of section ids).
    #[sea_orm(column_type = "JsonBinary", nullable)]
    pub checked_sections: Option<Json>,
}

impl ActiveModelBehavior for ActiveModel {}
