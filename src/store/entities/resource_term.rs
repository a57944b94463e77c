//! Table `resource_terms`: each word of a resource's titles and descriptions, folded (no
//! case, no accents), for search by index rather than by reading every row.

use sea_orm::entity::prelude::*;

#[sea_orm::model]
#[derive(Clone, Debug, PartialEq, DeriveEntityModel)]
#[sea_orm(table_name = "resource_terms")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub term: String,
    #[sea_orm(primary_key, auto_increment = false)]
    pub resource_id: Uuid,
}

impl ActiveModelBehavior for ActiveModel {}
