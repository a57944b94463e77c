//! Table `comments`: the threads of a submission, overall (no question) or per question.

use sea_orm::entity::prelude::*;

#[sea_orm::model]
#[derive(Clone, Debug, PartialEq, DeriveEntityModel)]
#[sea_orm(table_name = "comments")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: Uuid,
    pub submission_id: Uuid,
    /// The latest revision when it was written (0 before the first submit).
    pub revision: i32,
    pub question: Option<String>,
    #[sea_orm(column_type = "Text")]
    pub body: String,
    pub author_id: Uuid,
    /// The decision it came with, when written in a return or an approval.
    pub review_id: Option<Uuid>,
    pub created_at: DateTimeUtc,
}

impl ActiveModelBehavior for ActiveModel {}
