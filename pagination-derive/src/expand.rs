//! The pipeline: parse and check the input, then generate the impl, or the errors and a
//! fallback impl.
//!
//! Generated code names everything through the runtime path (`::pagination_core` by
//! default) or `::core`, so it compiles whatever the user's module has in scope.

use crate::check::{self, Bound, Checked, Kind, Request, Response};
use crate::ctxt::Ctxt;
use proc_macro2::TokenStream;
use quote::{quote, quote_spanned};
use syn::spanned::Spanned;
use syn::{DeriveInput, Field};

/// `#[derive(Paginated)]` on `input` tokens. Never panics: bad input gives
/// `compile_error!`s, each on the span of the mistake.
pub(crate) fn derive(input: TokenStream) -> TokenStream {
    let input = match syn::parse2::<DeriveInput>(input) {
        Ok(input) => input,
        Err(error) => return error.to_compile_error(),
    };
    let mut cx = Ctxt::default();
    let checked = check::check(&mut cx, &input);
    match &checked.kind {
        Some(kind) if !cx.has_errors() => expand(&input, &checked.krate, kind),
        _ => {
            let mut tokens = cx.into_compile_errors();
            tokens.extend(fallback(&input, &checked));
            tokens
        }
    }
}

fn expand(input: &DeriveInput, krate: &syn::Path, kind: &Kind<'_>) -> TokenStream {
    let (trait_name, body) = match kind {
        Kind::Request(request) => ("PaginatedRequest", request_body(krate, request)),
        Kind::Nested(field) => ("PaginatedRequest", nested_body(krate, field)),
        Kind::Response(response) => ("PaginatedResponse", response_body(krate, response)),
    };
    implement(input, krate, trait_name, &body)
}

fn implement(
    input: &DeriveInput,
    krate: &syn::Path,
    trait_name: &str,
    body: &TokenStream,
) -> TokenStream {
    let ident = &input.ident;
    let trait_ident = syn::Ident::new(trait_name, proc_macro2::Span::call_site());
    let (impl_generics, ty_generics, where_clause) = input.generics.split_for_impl();
    quote! {
        #[automatically_derived]
        impl #impl_generics #krate::#trait_ident for #ident #ty_generics #where_clause {
            #body
        }
    }
}

fn member(field: &Field) -> TokenStream {
    let ident = &field.ident;
    quote!(#ident)
}

/// `<FieldType as IntField>::get(&self.field)`, spanned at the field's type so that a
/// non-integer field is reported there.
fn int_get(krate: &syn::Path, field: &Field) -> TokenStream {
    let ty = &field.ty;
    let member = member(field);
    let path = quote_spanned!(ty.span()=> <#ty as #krate::__private::IntField>::get);
    quote!(#path(&self.#member))
}

fn int_set(krate: &syn::Path, field: &Field, value: &TokenStream) -> TokenStream {
    let ty = &field.ty;
    let member = member(field);
    let path = quote_spanned!(ty.span()=> <#ty as #krate::__private::IntField>::set);
    quote!(#path(&mut self.#member, #value))
}

fn request_body(krate: &syn::Path, request: &Request<'_>) -> TokenStream {
    let Request {
        page,
        size,
        default,
        max,
        first,
    } = request;
    let (page_wire, size_wire) = (&page.wire, &size.wire);
    let page_ty = &page.field.ty;
    let page_get = int_get(krate, page.field);
    let size_get = int_get(krate, size.field);
    let page_set = int_set(krate, page.field, &quote!(__page));
    let size_set = int_set(krate, size.field, &quote!(Self::PARAMS.clamp_size(__size)));
    let private = quote!(#krate::__private);
    let u32 = quote!(#private::u32);
    let page_pair = quote!(#private::page_pair::<Self>(#page_get));
    let size_pair = quote!(#private::size_pair::<Self>(#size_get));
    let (first_pair, second_pair) = in_field_order(page, size, page_pair, size_pair);
    quote! {
        const PARAMS: #krate::PageParams = #krate::PageParams {
            page_param: #page_wire,
            size_param: #size_wire,
            default_size: #default,
            max_size: #max,
            first_page: #first,
        };
        const MAX_PAGE: #u32 = <#page_ty as #private::IntField>::MAX;
        #[inline]
        fn page(&self) -> #u32 {
            #private::page::<Self>(#page_get)
        }
        #[inline]
        fn page_size(&self) -> #u32 {
            #private::page_size::<Self>(#size_get)
        }
        #[inline]
        fn set_page(&mut self, __page: #u32) {
            #page_set;
        }
        #[inline]
        fn set_page_size(&mut self, __size: #u32) {
            #size_set;
        }
        fn validate(&self) -> #private::Result<(), #krate::PageError> {
            #private::validate::<Self>(#page_get, #size_get)
        }
        fn page_query(&self) -> #krate::PageQuery {
            #krate::PageQuery::new(#first_pair, #second_pair)
        }
    }
}

fn in_field_order<T>(page: &Bound<'_>, size: &Bound<'_>, page_item: T, size_item: T) -> (T, T) {
    if page.index <= size.index {
        (page_item, size_item)
    } else {
        (size_item, page_item)
    }
}

fn nested_body(krate: &syn::Path, field: &Field) -> TokenStream {
    let ty = &field.ty;
    let member = member(field);
    let private = quote!(#krate::__private);
    let u32 = quote!(#private::u32);
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
        fn validate(&self) -> #private::Result<(), #krate::PageError> {
            #inner::validate(&self.#member)
        }
        fn page_query(&self) -> #krate::PageQuery {
            #inner::page_query(&self.#member)
        }
    }
}

fn response_body(krate: &syn::Path, response: &Response<'_>) -> TokenStream {
    let private = quote!(#krate::__private);
    let items = response.items;
    let items_ty = &items.ty;
    let items_member = member(items);
    let items_trait = quote_spanned!(items_ty.span()=> <#items_ty as #private::ItemsField>);
    let item_ty = response.item;
    let reported = |field: Option<&Field>| {
        field.map_or_else(
            || quote!(#private::Option::None),
            |field| {
                let get = int_get(krate, field);
                quote!(#private::reported(#get))
            },
        )
    };
    let page = reported(response.page);
    let size = reported(response.size);
    let total_items = reported(response.total_items);
    let total_pages = reported(response.total_pages);
    let next = response.next.map(|field| {
        let ty = &field.ty;
        let member = member(field);
        let path = quote_spanned!(ty.span()=> <#ty as #krate::NextLink>::next_link);
        quote! {
            const NEXT_LINK: #private::Option<fn(&Self) -> #private::Option<&#private::str>> =
                #private::Option::Some(|__page| #path(&__page.#member));
        }
    });
    quote! {
        type Item = #item_ty;
        #next
        #[inline]
        fn items(&self) -> &[Self::Item] {
            #items_trait::as_slice(&self.#items_member)
        }
        #[inline]
        fn into_items(self) -> #private::Vec<Self::Item> {
            #items_trait::into_vec(self.#items_member)
        }
        fn page_info(&self) -> #krate::PageInfo {
            #krate::PageInfo::new(#page, #size, #total_items, #total_pages)
        }
    }
}

/// Beside the errors, an impl of the trait the user meant, so that code using it does not
/// add "trait not implemented" errors to the real ones.
fn fallback(input: &DeriveInput, checked: &Checked<'_>) -> TokenStream {
    let krate = &checked.krate;
    let private = quote!(#krate::__private);
    let u32 = quote!(#private::u32);
    let unreachable = quote!(::core::unreachable!(
        "#[derive(Paginated)] failed to compile"
    ));
    if checked.response {
        let item = checked
            .items
            .and_then(|field| check::vec_item(&field.ty))
            .map_or_else(|| quote!(()), |item| quote!(#item));
        let body = quote! {
            type Item = #item;
            fn items(&self) -> &[Self::Item] { #unreachable }
            fn into_items(self) -> #private::Vec<Self::Item> { #unreachable }
            fn page_info(&self) -> #krate::PageInfo { #unreachable }
        };
        implement(input, krate, "PaginatedResponse", &body)
    } else {
        let body = quote! {
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
        };
        implement(input, krate, "PaginatedRequest", &body)
    }
}
