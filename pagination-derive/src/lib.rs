//! `#[derive(Paginated)]`: the derive of `pagination-core`.
//!
//! Depend on `pagination-core`, which re-exports this macro under its default `derive`
//! feature; its documentation describes the attributes.
//!
//! This entry point only converts tokens; everything below it works on `proc_macro2`
//! tokens, so tests and a fuzz target can call it. The steps, as `serde_derive` takes
//! them: parse the attributes against the key table (`keys`, `attr`), build the model
//! (`ast`), run the checks that span several attributes (`check`), then generate the
//! impl (`expand`), or the errors and a fallback impl (`fallback`).

mod ast;
mod attr;
mod case;
mod check;
mod ctxt;
mod expand;
mod fallback;
mod keys;
mod ty;

/// Implements `PaginatedResponse` for a struct with an `items` field; for any other, the
/// request trait its keys say: `PaginatedRequest` (by page number), `OffsetRequest` (with
/// `offset`) or `CursorRequest` (with `cursor`). See the `pagination-core` documentation
/// for the attributes.
#[proc_macro_derive(Paginated, attributes(paginate))]
pub fn derive_paginated(input: proc_macro::TokenStream) -> proc_macro::TokenStream {
    expand::derive(input.into()).into()
}

#[cfg(test)]
mod tests;
