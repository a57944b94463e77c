//! The product's rules that need no storage: member states, people and their rights,
//! UN/LOCODEs, reporting cycles, scoring.

pub mod comments;
pub mod cycles;
pub mod demo;
pub mod export;
pub mod licences;
pub mod locode;
pub mod member_states;
pub mod people;
pub mod resources;
pub mod scoring;
pub mod summary;
pub mod text;
pub mod workflow;
