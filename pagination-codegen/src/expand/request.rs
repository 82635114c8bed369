//! The impl of a request, in each style.

use super::{RuntimeTrait, Through, member};
use crate::ast::{Field, Input, Limit};
use proc_macro2::{Span, TokenStream};
use quote::{ToTokens, quote, quote_spanned};
use syn::spanned::Spanned;

pub(super) fn request_body(
    input: &Input<'_>,
    [page_index, size_index]: [usize; 2],
    [default, max, first]: [u32; 3],
) -> TokenStream {
    let krate = &input.krate;
    let (page, size) = (&input.fields[page_index], &input.fields[size_index]);
    let (page_wire, size_wire) = (&page.wire, &size.wire);
    let page_ty = &page.original.ty;
    let [page_int, size_int] = [page, size].map(|field| Through::int(krate, field));
    let [page_get, size_get] = [&page_int, &size_int].map(|int| int.get("get_u32", "self"));
    let [page_raw, size_raw] = [&page_int, &size_int].map(|int| int.get("get", "self"));
    let page_set = page_int.set("set", quote!(__page));
    let size_set = size_int.set("set", quote!(Self::PARAMS.clamp_size(__size)));
    // serde writes fields in declaration order; the query does too.
    let (page_query, [first_get, second_get]) = if page_index < size_index {
        ("page_query", [&page_get, &size_get])
    } else {
        ("size_page_query", [&size_get, &page_get])
    };
    let page_query = syn::Ident::new(page_query, Span::call_site());
    let support = quote!(#krate::support);
    let u32 = quote!(#support::u32);
    quote! {
        const PARAMS: #krate::PageParams = #krate::PageParams {
            page_param: #page_wire,
            size_param: #size_wire,
            default_size: #default,
            max_size: #max,
            first_page: #first,
        };
        const MAX_PAGE: #u32 = <#page_ty as #support::IntField>::MAX;
        #[inline]
        fn page(&self) -> #u32 {
            #support::effective_page::<Self>(#page_get)
        }
        #[inline]
        fn page_size(&self) -> #u32 {
            #support::effective_size::<Self>(#size_get)
        }
        #[inline]
        fn set_page(&mut self, __page: #u32) {
            #page_set;
        }
        #[inline]
        fn set_page_size(&mut self, __size: #u32) {
            #size_set;
        }
        #[inline]
        fn validate(&self) -> #support::Result<(), #krate::PageError> {
            #support::validate::<Self>(#page_raw, #size_raw)
        }
        #[inline]
        fn page_query(&self) -> #krate::PageQuery {
            #support::#page_query::<Self>(#first_get, #second_get)
        }
    }
}

pub(super) fn nested_body(input: &Input<'_>, field: &Field<'_>) -> TokenStream {
    let krate = &input.krate;
    let ty = &field.original.ty;
    let member = member(field);
    let support = quote!(#krate::support);
    let u32 = quote!(#support::u32);
    let inner = quote_spanned!(ty.span()=> <#ty as #krate::PaginatedRequest>);
    quote! {
        const PARAMS: #krate::PageParams = #inner::PARAMS;
        const MAX_PAGE: #u32 = #inner::MAX_PAGE;
        #[inline]
        fn page(&self) -> #u32 {
            #inner::page(&self.#member)
        }
        #[inline]
        fn page_size(&self) -> #u32 {
            #inner::page_size(&self.#member)
        }
        #[inline]
        fn set_page(&mut self, __page: #u32) {
            #inner::set_page(&mut self.#member, __page);
        }
        #[inline]
        fn set_page_size(&mut self, __size: #u32) {
            #inner::set_page_size(&mut self.#member, __size);
        }
        #[inline]
        fn validate(&self) -> #support::Result<(), #krate::PageError> {
            #inner::validate(&self.#member)
        }
        #[inline]
        fn page_query(&self) -> #krate::PageQuery {
            #inner::page_query(&self.#member)
        }
    }
}

/// `OffsetRequest`: the offset stored as a `u64`, saturating at its field's type, which
/// also bounds `MAX_OFFSET`.
pub(super) fn offset_body(
    input: &Input<'_>,
    offset: &Field<'_>,
    first: u64,
    limit: &Limit,
) -> TokenStream {
    let krate = &input.krate;
    let support = quote!(#krate::support);
    let (wire, offset_ty) = (&offset.wire, &offset.original.ty);
    let offset_int = Through::int(krate, offset);
    let offset_get = offset_int.get("get", "self");
    let offset_set = offset_int.set("set_wide", quote!(__offset));
    let LimitParts {
        params: limit_params,
        get: limit_get,
        fns: limit_fns,
    } = limit_parts(input, limit, "OffsetRequest", "offset_limit");
    quote! {
        const PARAMS: #krate::OffsetParams = #krate::OffsetParams {
            offset_param: #wire,
            #limit_params
            first_offset: #first,
        };
        const MAX_OFFSET: #support::u64 = <#offset_ty as #support::IntField>::WIDE_MAX;
        #[inline]
        fn offset(&self) -> #support::u64 {
            #support::offset::<Self>(#offset_get)
        }
        #[inline]
        fn set_offset(&mut self, __offset: #support::u64) {
            #offset_set;
        }
        #limit_fns
        #[inline]
        fn validate(&self) -> #support::Result<(), #krate::PageError> {
            #support::validate_offset::<Self>(#offset_get, #limit_get)
        }
    }
}

/// `CursorRequest`: the cursor read and written through its field's `CursorField` impl.
pub(super) fn cursor_body(input: &Input<'_>, cursor: &Field<'_>, limit: &Limit) -> TokenStream {
    let krate = &input.krate;
    let support = quote!(#krate::support);
    let wire = &cursor.wire;
    let cursor_field = Through::new(krate, cursor, RuntimeTrait::support("CursorField"));
    let get = cursor_field.get("get", "self");
    let set = cursor_field.set("set", quote!(__cursor));
    let LimitParts {
        params: limit_params,
        get: limit_get,
        fns: limit_fns,
    } = limit_parts(input, limit, "CursorRequest", "cursor_limit");
    quote! {
        const PARAMS: #krate::CursorParams = #krate::CursorParams {
            cursor_param: #wire,
            #limit_params
        };
        #[inline]
        fn cursor(&self) -> #support::Option<&#support::str> {
            #get
        }
        #[inline]
        fn set_cursor(&mut self, __cursor: #support::Option<#support::String>) {
            #set;
        }
        #limit_fns
        #[inline]
        fn validate(&self) -> #support::Result<(), #krate::PageError> {
            #support::validate_cursor::<Self>(#get, #limit_get)
        }
    }
}

/// What the limit of an offset or cursor request adds to its impl.
struct LimitParts {
    /// The `limit_param`, `default_limit` and `max_limit` fields of its `PARAMS`.
    params: TokenStream,
    /// The raw limit field, for `validate`.
    get: TokenStream,
    /// `limit()` and `set_limit()`.
    fns: TokenStream,
}

fn limit_parts(input: &Input<'_>, limit: &Limit, trait_name: &str, effective: &str) -> LimitParts {
    let Limit {
        field,
        default,
        max,
    } = *limit;
    let field = &input.fields[field];
    let wire = &field.wire;
    LimitParts {
        params: quote! {
            limit_param: #wire,
            default_limit: #default,
            max_limit: #max,
        },
        get: Through::int(&input.krate, field)
            .get("get", "self")
            .into_token_stream(),
        fns: limit_fns(input, field, trait_name, effective),
    }
}

/// `limit()` and `set_limit()` of an offset or cursor request (`trait_name`): the limit
/// field read by the runtime's `effective` function, and set clamped into
/// `1..=max_limit`.
fn limit_fns(
    input: &Input<'_>,
    limit: &Field<'_>,
    trait_name: &str,
    effective: &str,
) -> TokenStream {
    let krate = &input.krate;
    let support = quote!(#krate::support);
    let trait_ident = syn::Ident::new(trait_name, proc_macro2::Span::call_site());
    let effective = syn::Ident::new(effective, proc_macro2::Span::call_site());
    let int = Through::int(krate, limit);
    let get = int.get("get", "self");
    let clamped = quote!(<Self as #krate::#trait_ident>::PARAMS.clamp_limit(__limit));
    let set = int.set("set", clamped);
    quote! {
        #[inline]
        fn limit(&self) -> #support::u32 {
            #support::#effective::<Self>(#get)
        }
        #[inline]
        fn set_limit(&mut self, __limit: #support::u32) {
            #set;
        }
    }
}
