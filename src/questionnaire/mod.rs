//! The questionnaire engine, with no I/O: the definition model, the checker, the expression
//! language and answer validation.

pub mod check;
pub mod definition;
pub mod diff;
pub mod expr;
pub mod form;
pub mod validate;

pub use form::Form;
