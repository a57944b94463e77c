//! Table `cycles`.

use sea_orm::entity::prelude::*;

#[sea_orm::model]
#[derive(Clone, Debug, PartialEq, DeriveEntityModel)]
#[sea_orm(table_name = "cycles")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: Uuid,
    pub questionnaire_version_id: Uuid,
    pub title: String,
    /// The title in other languages (`{"es": "…"}`); `title` stands for any missing one.
    #[sea_orm(column_type = "JsonBinary", nullable)]
    pub titles: Option<Json>,
    pub opens_on: Date,
    pub closes_on: Date,
    pub closed_at: Option<DateTimeUtc>,
    pub created_by: Option<Uuid>,
    pub created_at: DateTimeUtc,
    pub updated_at: DateTimeUtc,
    #[sea_orm(belongs_to, from = "questionnaire_version_id", to = "id")]
    pub questionnaire_version: BelongsTo<super::questionnaire_version::Entity>,
}

impl ActiveModelBehavior for ActiveModel {}
