//! The integration tests, in one binary: each module is a file of `tests/`, and `common`
//! and `load` are what several of them share. The compile-fail suite (`ui.rs`) and the
//! hygiene tests (`hygiene.rs`, crate-level lints) are binaries of their own.
//!
//! `cargo test -p pagination-tests --test integration faults::` runs one file's tests.

mod common;
mod load;

mod e2e;
mod e2e_apis;
mod envelopes;
mod faults;
mod headers;
mod many_walks;
mod request;
mod response;
mod seeds;
mod serde_names;
mod styles_derived;
mod walk;
mod walk_links;
mod walk_quirks;
mod walk_stream;
mod walk_styles;
mod walker_types;
