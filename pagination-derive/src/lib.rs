//! `#[derive(Paginated)]`: the derive of `pagination-core`.
//!
//! Depend on `pagination-core`, which re-exports this macro under its default `derive`
//! feature; its documentation describes the attributes.
//!
//! This entry point only converts tokens: everything else works on `proc_macro2` tokens,
//! in three steps a reader can follow: parse the attributes into a small model
//! (`attr`), check it (`check`), generate the impl (`expand`).

mod attr;
mod case;
mod check;
mod ctxt;
mod expand;

#[cfg(test)]
mod tests;

/// Implements `PaginatedRequest` or, for a struct with an `items` field,
/// `PaginatedResponse`. See the `pagination-core` documentation for the attributes.
#[proc_macro_derive(Paginated, attributes(paginate))]
pub fn derive_paginated(input: proc_macro::TokenStream) -> proc_macro::TokenStream {
    expand::derive(input.into()).into()
}
