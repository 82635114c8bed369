//! The pipeline, and the generation of a valid model's impl.
//!
//! Generated code names everything through the runtime path (`::pagination_core` by
//! default) or `::core`, so it compiles whatever the user's module has in scope.

use crate::ast::{Field, Input, Kind};
use crate::check;
use crate::ctxt::Ctxt;
use crate::fallback::fallback;
use crate::keys::Key;
use crate::ty;
use proc_macro2::TokenStream;
use quote::{quote, quote_spanned};
use syn::DeriveInput;
use syn::spanned::Spanned;

/// `#[derive(Paginated)]` on `input` tokens: build the model, check it, then generate
/// the impl, or the errors and a fallback impl. Never panics: bad input gives
/// `compile_error!`s, each on the span of the mistake.
pub(crate) fn derive(input: TokenStream) -> TokenStream {
    let input = match syn::parse2::<DeriveInput>(input) {
        Ok(input) => input,
        Err(error) => return error.to_compile_error(),
    };
    let mut cx = Ctxt::default();
    let model = Input::from_ast(&mut cx, &input);
    check::check(&mut cx, &model);
    match &model.kind {
        Some(kind) if !cx.has_errors() => expand(&model, kind),
        _ => {
            let mut tokens = cx.into_compile_errors();
            tokens.extend(fallback(&model));
            tokens
        }
    }
}

fn expand(input: &Input<'_>, kind: &Kind) -> TokenStream {
    let field = |index: usize| &input.fields[index];
    match *kind {
        Kind::Request {
            page,
            size,
            default,
            max,
            first,
        } => {
            let body = request_body(input, [page, size], [default, max, first]);
            implement(input, "PaginatedRequest", &body)
        }
        Kind::Nested(nested) => implement(
            input,
            "PaginatedRequest",
            &nested_body(input, field(nested)),
        ),
        Kind::Response { items } => implement(
            input,
            "PaginatedResponse",
            &response_body(input, field(items)),
        ),
    }
}

/// `impl Trait for Type { body }`, with the input's generics.
pub(crate) fn implement(input: &Input<'_>, trait_name: &str, body: &TokenStream) -> TokenStream {
    let krate = &input.krate;
    let ident = input.ident();
    let trait_ident = syn::Ident::new(trait_name, proc_macro2::Span::call_site());
    let (impl_generics, ty_generics, where_clause) = input.original.generics.split_for_impl();
    quote! {
        #[automatically_derived]
        impl #impl_generics #krate::#trait_ident for #ident #ty_generics #where_clause {
            #body
        }
    }
}

fn member(field: &Field<'_>) -> TokenStream {
    let ident = &field.original.ident;
    quote!(#ident)
}

/// `<FieldType as IntField>::get(&self.field)`, spanned at the field's type so that a
/// non-integer field is reported there.
fn int_get(krate: &syn::Path, field: &Field<'_>) -> TokenStream {
    let ty = &field.original.ty;
    let member = member(field);
    let path = quote_spanned!(ty.span()=> <#ty as #krate::__private::IntField>::get);
    quote!(#path(&self.#member))
}

fn int_set(krate: &syn::Path, field: &Field<'_>, value: &TokenStream) -> TokenStream {
    let ty = &field.original.ty;
    let member = member(field);
    let path = quote_spanned!(ty.span()=> <#ty as #krate::__private::IntField>::set);
    quote!(#path(&mut self.#member, #value))
}

fn request_body(
    input: &Input<'_>,
    [page_index, size_index]: [usize; 2],
    [default, max, first]: [u32; 3],
) -> TokenStream {
    let krate = &input.krate;
    let (page, size) = (&input.fields[page_index], &input.fields[size_index]);
    let (page_wire, size_wire) = (&page.wire, &size.wire);
    let page_ty = &page.original.ty;
    let page_get = int_get(krate, page);
    let size_get = int_get(krate, size);
    let page_set = int_set(krate, page, &quote!(__page));
    let size_set = int_set(krate, size, &quote!(Self::PARAMS.clamp_size(__size)));
    let private = quote!(#krate::__private);
    let u32 = quote!(#private::u32);
    let mut pairs = [
        quote!(#private::page_pair::<Self>(#page_get)),
        quote!(#private::size_pair::<Self>(#size_get)),
    ];
    // serde writes fields in declaration order; the query does too.
    if page_index > size_index {
        pairs.reverse();
    }
    let [first_pair, second_pair] = pairs;
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

fn nested_body(input: &Input<'_>, field: &Field<'_>) -> TokenStream {
    let krate = &input.krate;
    let ty = &field.original.ty;
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

fn response_body(input: &Input<'_>, items: &Field<'_>) -> TokenStream {
    let krate = &input.krate;
    let private = quote!(#krate::__private);
    let items_ty = &items.original.ty;
    let items_member = member(items);
    let items_trait = quote_spanned!(items_ty.span()=> <#items_ty as #private::ItemsField>);
    let item_ty = ty::vec_item(items_ty);
    let [page, size, total_items, total_pages] =
        [Key::Page, Key::Size, Key::TotalItems, Key::TotalPages].map(|role| {
            input.role(role).map_or_else(
                || quote!(#private::Option::None),
                |field| {
                    let get = int_get(krate, field);
                    quote!(#private::reported(#get))
                },
            )
        });
    let next_link = input.role(Key::Next).map(|field| {
        let ty = &field.original.ty;
        let member = member(field);
        let path = quote_spanned!(ty.span()=> <#ty as #krate::NextLink>::next_link);
        quote! {
            const NEXT_LINK: #private::NextLinkFn<Self> =
                #private::Option::Some(|__page| #path(&__page.#member));
        }
    });
    let page_base = input.attrs.number(Key::PageBase).map(|base| {
        let base = base.value;
        quote!(const PAGE_BASE: #private::Option<#private::u32> = #private::Option::Some(#base);)
    });
    quote! {
        type Item = #item_ty;
        #next_link
        #page_base
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
