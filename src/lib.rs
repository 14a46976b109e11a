//! onrecord reads news articles, pulls out every statement in them — who said
//! what, when, and where in the article — and lets a person browse, search and
//! compare those statements.
//!
//! The core modules ([`article`], [`extract`], [`themes`], [`search`],
//! [`compare`]) know nothing of the terminal; [`tui`] turns their state into
//! frames and [`cli`] wires everything to the command line.

pub mod accuracy;
pub mod article;
pub mod cli;
pub mod compare;
pub mod corpus;
pub mod extract;
pub mod samples;
pub mod sanitize;
pub mod search;
pub mod text;
pub mod themes;
pub mod tui;

pub use article::Article;
pub use corpus::Corpus;
pub use extract::{Kind, Statement};
