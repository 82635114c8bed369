//! The impl emitted beside errors, as thiserror does: code that uses the trait the user
//! meant to derive then compiles, so the real errors are not buried under "trait not
//! implemented" ones.

use crate::ast::Input;
use crate::expand::{implement, implement_from_http};
use crate::keys::{Key, Side, Style};
use crate::ty;
use proc_macro2::TokenStream;
use quote::quote;

/// An impl of the trait `input` meant to derive whose methods are never called: the
/// errors beside it stop the build.
pub(crate) fn fallback(input: &Input<'_>) -> TokenStream {
    let krate = &input.krate;
    let support = quote!(#krate::support);
    let unreachable = unreachable();
    if input.side == Side::Response {
        let item = input
            .attrs
            .ty(Key::Item)
            .or_else(|| items_field(input).and_then(|field| ty::vec_item(&field.ty)))
            .map_or_else(|| quote!(()), |item| quote!(#item));
        let body = quote! {
            type Item = #item;
            fn items(&self) -> &[Self::Item] { #unreachable }
            fn into_items(self) -> #support::Vec<Self::Item> { #unreachable }
            fn page_info(&self) -> #krate::PageInfo { #unreachable }
        };
        let mut tokens = implement(input, "PaginatedResponse", &body);
        tokens.extend(from_http_fallback(input));
        tokens
    } else {
        let style = input.style.map_or(Style::Page, |style| style.style);
        implement(input, style.trait_name(), &request_fallback(input, style))
    }
}

/// The body of a request's fallback impl, of the trait of its style.
fn request_fallback(input: &Input<'_>, style: Style) -> TokenStream {
    let krate = &input.krate;
    let support = quote!(#krate::support);
    let u32 = quote!(#support::u32);
    let unreachable = unreachable();
    let limit_fns = quote! {
        fn limit(&self) -> #u32 { #unreachable }
        fn set_limit(&mut self, _: #u32) { #unreachable }
    };
    match style {
        Style::Page => quote! {
            const PARAMS: #krate::PageParams = #krate::PageParams {
                page_param: "page",
                size_param: "size",
                default_size: 1,
                max_size: 1,
                first_page: 1,
            };
            fn page(&self) -> #u32 { #unreachable }
            fn page_size(&self) -> #u32 { #unreachable }
            fn set_page(&mut self, _: #u32) { #unreachable }
            fn set_page_size(&mut self, _: #u32) { #unreachable }
        },
        Style::Offset => quote! {
            const PARAMS: #krate::OffsetParams = #krate::OffsetParams {
                offset_param: "offset",
                limit_param: "limit",
                default_limit: 1,
                max_limit: 1,
                first_offset: 0,
            };
            fn offset(&self) -> #support::u64 { #unreachable }
            fn set_offset(&mut self, _: #support::u64) { #unreachable }
            #limit_fns
        },
        Style::Cursor => quote! {
            const PARAMS: #krate::CursorParams = #krate::CursorParams {
                cursor_param: "cursor",
                limit_param: "limit",
                default_limit: 1,
                max_limit: 1,
            };
            fn cursor(&self) -> #support::Option<&#support::str> { #unreachable }
            fn set_cursor(&mut self, _: #support::Option<#support::String>) { #unreachable }
            #limit_fns
        },
    }
}

/// For a response with a header field, `FromHttp` too; its body is the one field not read
/// from a header, else `()`.
fn from_http_fallback(input: &Input<'_>) -> Option<TokenStream> {
    if !input.has_header_fields() {
        return None;
    }
    let krate = &input.krate;
    let unreachable = unreachable();
    let body = if let &[body] = input.body_fields().as_slice() {
        let ty = &input.fields[body].original.ty;
        quote!(#ty)
    } else {
        quote!(())
    };
    let body = quote! {
        type Body = #body;
        fn from_http(
            _: &#krate::http::HeaderMap,
            _: Self::Body,
        ) -> #krate::support::Result<Self, #krate::LinkHeaderError> {
            #unreachable
        }
    };
    Some(implement_from_http(input, &body))
}

/// The items field: the one the role resolved to, else (for a tuple struct, where roles
/// are not resolved) the first one marked.
fn items_field<'a>(input: &'a Input<'_>) -> Option<&'a syn::Field> {
    input
        .role(Key::Items)
        .or_else(|| {
            input
                .fields
                .iter()
                .find(|field| field.attrs.marker(Key::Items).is_some())
        })
        .map(|field| field.original)
}

/// The body of a fallback method, which is never called.
fn unreachable() -> TokenStream {
    quote!(::core::unreachable!(
        "#[derive(Paginated)] failed to compile"
    ))
}
