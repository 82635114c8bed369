//! Compile-fail (UI) tests of `#[derive(Paginated)]`.
//!
//! Each file under `ui/<category>/` is a small program with one mistake; its `.stderr`
//! pins the error the derive gives: the message, and the span of the key, field or type
//! the mistake is in. The categories are `keys` (parsing `#[paginate(...)]` on the
//! struct), `bounds` (`default`, `max`, `first`, `first_offset` and the required keys),
//! `fields` (field markers, matching wire names to fields, and paths of fields to nested
//! roles), `sides` (request keys on a response and response keys on a request, `nested`),
//! `styles` (a request pages by page number, by offset or by cursor: keys of two styles on
//! one struct), `types` (field types that cannot play their role), `headers` (fields read from HTTP headers: header names, the roles a header
//! can give, `param`, and the one body field), `shape` (enums, unions, tuple and unit
//! structs) and `walk` (what the walkers' types rule out, such as a concurrency of 0).
//!
//! Where a case also uses the trait it meant to derive, the `.stderr` shows that the
//! fallback impl emitted beside the errors keeps "trait not implemented" errors from
//! piling onto the real one.
//!
//! Every message the derive can give is in some `.stderr` here: `pagination-codegen`'s
//! `tests/messages.rs` checks it, so a new message comes with its case.
//!
//! Regenerate the `.stderr` files with
//! `TRYBUILD=overwrite cargo test -p pagination-tests --test ui`, then read every one.

#[test]
fn ui() {
    let t = trybuild::TestCases::new();
    t.compile_fail("ui/*/*.rs");
}
