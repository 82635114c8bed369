//! The expansion of `#[derive(Paginated)]` as a library: the same model, checks, messages
//! and generated impls as the derive, for code generators that write the impls themselves.
//!
//! A generator that emits an SDK can call [`expand`] on each request and response struct
//! it writes, pretty-print the impl (with `prettyplease`) into the SDK's sources, and
//! depend on `pagination-core` without its `derive` feature: the SDK's users then compile
//! no proc-macro. The impls name only the documented surface of `pagination-core` (its
//! traits and its `support` module), which follows semver.
//!
//! ```
//! let input: syn::DeriveInput = syn::parse_quote! {
//!     #[derive(Debug, Clone, Default, serde::Serialize)]
//!     #[paginate(size = "per_page", default = 30, max = 100)]
//!     pub struct ListRepos {
//!         pub page: Option<u32>,
//!         pub per_page: Option<u32>,
//!     }
//! };
//! let tokens = pagination_codegen::expand(&input)?;
//! let code = prettyplease::unparse(&syn::parse2(tokens)?);
//! assert!(code.starts_with(
//!     "#[automatically_derived]\nimpl ::pagination_core::PaginatedRequest for ListRepos {"
//! ));
//! assert!(code.contains("size_param: \"per_page\","));
//! assert!(!code.contains("__private"));
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```
//!
//! The steps, as `serde_derive` takes them: parse the attributes against the key table
//! (`keys`, `attr`), build the model (`ast`), run the checks that span several attributes
//! (`check`), then generate the impl (`expand`), or the errors and a fallback impl
//! (`fallback`). Every message is a template of `messages`. Nothing here touches
//! `proc_macro`, so tests and a fuzz target call it directly; `pagination-derive` is the
//! thin `proc_macro` entry point over [`derive()`].

mod ast;
mod attr;
mod case;
mod check;
mod ctxt;
mod error;
mod expand;
mod fallback;
mod keys;
mod messages;
mod ty;

pub use crate::error::Errors;

use proc_macro2::TokenStream;

/// The impl `#[derive(Paginated)]` generates for `input`, or every mistake in it.
///
/// `input` is the struct with its attributes, as a derive sees it (`#[derive(...)]` and
/// other attributes may be there too; only `#[paginate(...)]` and `#[serde(...)]` are
/// read). The result is one `impl` of `PaginatedRequest`, `OffsetRequest`,
/// `CursorRequest` or `PaginatedResponse` (and, for a response with fields read from
/// headers, of `FromHttp` inside `support::from_http!`), naming the runtime as
/// `::pagination_core` unless `#[paginate(crate = "...")]` says otherwise.
///
/// Never panics.
///
/// # Errors
///
/// Every mistake in the attributes, the field types the derive can see, or the shape of
/// the item (an enum, a union, a tuple struct), as the derive reports them: the same
/// messages, on the same spans.
///
/// ```
/// let input: syn::DeriveInput = syn::parse_quote! {
///     #[paginate(items = "data", total_items = "item_count")]
///     pub struct Page<T> {
///         pub data: Vec<T>,
///         pub item_count: u64,
///     }
/// };
/// let code = pagination_codegen::expand(&input)?.to_string();
/// assert!(code.contains("PaginatedResponse for Page"));
/// # Ok::<(), pagination_codegen::Errors>(())
/// ```
pub fn expand(input: &syn::DeriveInput) -> Result<TokenStream, Errors> {
    expand::run(input).map_err(|failure| failure.errors)
}

/// What `#[derive(Paginated)]` emits for `input` tokens: the impl, or a `compile_error!`
/// for each mistake plus a fallback impl of the trait the input meant to derive (so that
/// code using that trait does not bury the real errors under "trait not implemented"
/// ones). Tokens that do not parse as a struct, enum or union give syn's parse error.
/// Never panics, whatever the tokens.
///
/// ```
/// let output = pagination_codegen::derive(quote::quote! {
///     #[paginate(size = "limit", default = 0, max = 100)]
///     struct ListUsers {
///         page: u32,
///         limit: u32,
///     }
/// });
/// let output = output.to_string();
/// assert!(output.contains("compile_error"));
/// assert!(output.contains("PaginatedRequest for ListUsers"));
/// ```
pub fn derive(input: TokenStream) -> TokenStream {
    let input = match syn::parse2::<syn::DeriveInput>(input) {
        Ok(input) => input,
        Err(error) => return error.to_compile_error(),
    };
    match expand::run(&input) {
        Ok(tokens) => tokens,
        Err(failure) => {
            let mut tokens = failure.errors.to_compile_error();
            tokens.extend(failure.fallback);
            tokens
        }
    }
}

#[cfg(test)]
mod tests;
