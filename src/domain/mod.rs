//! The product's rules that need no storage: member states, scoring.

pub mod member_states;
pub mod scoring;
