//! `pagination_codegen::expand` on arbitrary items with malformed attributes: it returns
//! the impl or the errors, never panics; every error has a message, and every impl parses.
//! The items come from the generator the stable proptest uses
//! (`pagination-codegen/tests/malformed_attrs.rs`).

#![no_main]

use libfuzzer_sys::fuzz_target;

#[path = "../../pagination-codegen/tests/shapes/mod.rs"]
mod shapes;

fuzz_target!(|item: shapes::Item| {
    shapes::check(&item);
});
