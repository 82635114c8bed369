//! `#[derive(Paginated)]`: the derive of `pagination-core`.
//!
//! Depend on `pagination-core`, which re-exports this macro under its default `derive`
//! feature; its documentation describes the attributes.
//!
//! This entry point only converts tokens: the model, the checks and the generation live in
//! `pagination-codegen`, whose `derive` it calls, so a code generator that writes the impls
//! itself gets the same checks and the same messages.

/// Implements `PaginatedResponse` for a struct with an `items` field; for any other, the
/// request trait its keys say: `PaginatedRequest` (by page number), `OffsetRequest` (with
/// `offset`) or `CursorRequest` (with `cursor`). See the `pagination-core` documentation
/// for the attributes.
#[proc_macro_derive(Paginated, attributes(paginate))]
pub fn derive_paginated(input: proc_macro::TokenStream) -> proc_macro::TokenStream {
    pagination_codegen::derive(input.into()).into()
}
