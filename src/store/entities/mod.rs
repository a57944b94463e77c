//! SeaORM entities, one per table of `migrations/`.

pub mod attachment;
pub mod comment;
pub mod cycle;
pub mod event;
pub mod invitation;
pub mod member_state;
pub mod notification;
pub mod port;
pub mod questionnaire_version;
pub mod resource;
pub mod resource_facet;
pub mod resource_term;
pub mod review;
pub mod revision;
pub mod session;
pub mod submission;
pub mod summary;
pub mod user;
