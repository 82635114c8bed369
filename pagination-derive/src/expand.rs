//! The pipeline, and the generation of a valid model's impl.
//!
//! Generated code names everything through the runtime path (`::pagination_core` by
//! default) or `::core`, so it compiles whatever the user's module has in scope.

use crate::ast::{Binding, Field, HeaderSource, Http, Input, Kind};
use crate::attr::FieldPath;
use crate::check;
use crate::ctxt::Ctxt;
use crate::fallback::fallback;
use crate::keys::Key;
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
        Kind::Response { ref item, ref http } => {
            let mut tokens = implement(input, "PaginatedResponse", &response_body(input, item));
            tokens.extend(http.as_ref().map(|http| from_http(input, http)));
            tokens
        }
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

/// `impl FromHttp`, inside the runtime's `from_http!`, which keeps it when the runtime has
/// its `http` feature and says to turn that on when it has not.
pub(crate) fn implement_from_http(input: &Input<'_>, body: &TokenStream) -> TokenStream {
    let krate = &input.krate;
    let implementation = implement(input, "FromHttp", body);
    quote! {
        #krate::__private::from_http! {
            #implementation
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

fn response_body(input: &Input<'_>, item: &syn::Type) -> TokenStream {
    let krate = &input.krate;
    let private = quote!(#krate::__private);
    let [page, size, total_items, total_pages] =
        [Key::Page, Key::Size, Key::TotalItems, Key::TotalPages].map(|role| {
            input.binding(role).map_or_else(
                || quote!(#private::Option::None),
                |binding| {
                    let get = read(
                        input,
                        binding,
                        &quote!(self),
                        [&quote!(#private::IntField), &quote!(get)],
                    );
                    quote!(#private::reported(#get))
                },
            )
        });
    let next_link = read_const(
        input,
        Key::Next,
        [&quote!(#krate::NextLink), &quote!(next_link)],
    );
    let has_more = read_const(
        input,
        Key::HasMore,
        [&quote!(#private::FlagField), &quote!(get)],
    );
    let page_base = input.attrs.number(Key::PageBase).map(|base| {
        let base = base.value;
        quote!(const PAGE_BASE: #private::Option<#private::u32> = #private::Option::Some(#base);)
    });
    let items = input
        .binding(Key::Items)
        .map(|binding| items_fns(input, binding));
    quote! {
        type Item = #item;
        #next_link
        #has_more
        #page_base
        #items
        fn page_info(&self) -> #krate::PageInfo {
            #krate::PageInfo::new(#page, #size, #total_items, #total_pages)
        }
    }
}

/// `NEXT_LINK` or `HAS_MORE`, the const that reads `role` with `get`, when a field gives it.
fn read_const(input: &Input<'_>, role: Key, get: [&TokenStream; 2]) -> Option<TokenStream> {
    let krate = &input.krate;
    let (name, ty) = match role {
        Key::Next => (quote!(NEXT_LINK), quote!(NextLinkFn)),
        _ => (quote!(HAS_MORE), quote!(HasMoreFn)),
    };
    let read = read(input, input.binding(role)?, &quote!(__page), get);
    Some(quote! {
        const #name: #krate::__private::#ty<Self> =
            #krate::__private::Option::Some(|__page| #read);
    })
}

/// `items()` and `into_items()`: through the field's `ItemsField` impl, and through a
/// path of fields to it, where a `None` on the way is an empty page.
fn items_fns(input: &Input<'_>, binding: &Binding) -> TokenStream {
    let krate = &input.krate;
    let private = quote!(#krate::__private);
    let (items, into_items, by_value) = match binding.nested_path() {
        None => {
            let field = &input.fields[binding.field];
            let ty = &field.original.ty;
            let member = member(field);
            let items_trait = quote_spanned!(ty.span()=> <#ty as #private::ItemsField<Self::Item>>);
            (
                quote!(#items_trait::as_slice(&self.#member)),
                quote!(#items_trait::into_vec(self.#member)),
                quote!(self),
            )
        }
        Some(path) => {
            let last = path.last();
            let [as_slice, take] = [
                quote!(as_slice(&(*__v).#last)),
                quote!(take(&mut (*__v).#last)),
            ]
            .map(
                |call| quote_spanned!(last.span()=> <_ as #private::ItemsField<Self::Item>>::#call),
            );
            let [parent, parent_mut] =
                [false, true].map(|unique| reach_parent(&private, path, &quote!(self), unique));
            (
                quote!(#parent.map(|__v| #as_slice).unwrap_or_default()),
                quote!(#parent_mut.map(|__v| #take).unwrap_or_default()),
                quote!(mut self),
            )
        }
    };
    quote! {
        #[inline]
        fn items(&self) -> &[Self::Item] {
            #items
        }
        #[inline]
        fn into_items(#by_value) -> #private::Vec<Self::Item> {
            #into_items
        }
    }
}

/// The value of the role `binding` gives, from `root` (`self`, or a const's `__page`),
/// as an `Option`: `get(&field)` for a field of the struct, with `get` named through the
/// field's type so that a wrong type is reported there; through a path, `get` on the last
/// field, reported there, or `None` when an `Option` on the way is `None`.
fn read(
    input: &Input<'_>,
    binding: &Binding,
    root: &TokenStream,
    [trait_path, get]: [&TokenStream; 2],
) -> TokenStream {
    let Some(path) = binding.nested_path() else {
        let field = &input.fields[binding.field];
        let ty = &field.original.ty;
        let member = member(field);
        let get = quote_spanned!(ty.span()=> <#ty as #trait_path>::#get);
        return quote!(#get(&#root.#member));
    };
    let krate = &input.krate;
    let parent = reach_parent(&quote!(#krate::__private), path, root, false);
    let last = path.last();
    let get = quote_spanned!(last.span()=> <_ as #trait_path>::#get(&(*__v).#last));
    quote!(#parent.and_then(|__v| #get))
}

/// An `Option` of a reference to the struct that holds the last field of `path`, reached
/// from `root` through the fields before it; `None` when one of them is an `Option` that
/// is `None`. Each step is `Reach::new(&field).reach()`, which reads an `Option` field or
/// any other alike, so the derive needs not see the nested fields' types; `unique` steps
/// by `&mut`.
///
/// Fields are read as `(*__v).field`, of the struct rather than of a reference to it, so
/// that a misspelt field is one error ("no field on type `Meta`"), not one for `&Meta` in
/// `items()` and another for `&mut Meta` in `into_items()`.
fn reach_parent(
    private: &TokenStream,
    path: &FieldPath,
    root: &TokenStream,
    unique: bool,
) -> TokenStream {
    let (reach, method, borrow) = if unique {
        (quote!(ReachMut), quote!(reach_mut), quote!(&mut))
    } else {
        (quote!(Reach), quote!(reach), quote!(&))
    };
    let [first, between @ .., _] = path.segments.as_slice() else {
        // A path of one field: its parent is the root.
        return quote!(#private::Option::Some(#borrow #root));
    };
    let mut chain = quote!(#private::#reach::new(#borrow #root.#first).#method());
    for segment in between {
        chain = quote!(
            #chain.and_then(|__v| #private::#reach::new(#borrow (*__v).#segment).#method())
        );
    }
    chain
}

/// `FromHttp`: the body moved into its field, and each header field read with its type's
/// `HeaderField` impl (named through the field's type, so that a type that cannot be read
/// from a header is reported there); the `Link` header parsed once, when a field reads it.
fn from_http(input: &Input<'_>, http: &Http) -> TokenStream {
    let krate = &input.krate;
    let private = quote!(#krate::__private);
    let body = &input.fields[http.body];
    let body_ty = &body.original.ty;
    let reads_links = http
        .headers
        .iter()
        .any(|read| !matches!(read.source, HeaderSource::Value(_)));
    let links =
        reads_links.then(|| quote!(let __links = #krate::LinkHeader::from_headers(__headers)?;));
    let mut fields = vec![(http.body, quote!(__body))];
    fields.extend(http.headers.iter().map(|read| {
        let value = match &read.source {
            HeaderSource::Value(name) => quote!(#krate::header_value(__headers, #name)),
            HeaderSource::NextLink => quote!(__links.rel("next")),
            HeaderSource::LastPage(param) => quote!(__links.rel_param("last", #param).as_deref()),
        };
        let ty = &input.fields[read.field].original.ty;
        let from_header = quote_spanned!(ty.span()=> <#ty as #krate::HeaderField>::from_header);
        (read.field, quote!(#from_header(#value)))
    }));
    fields.sort_by_key(|(index, _)| *index);
    let fields = fields.iter().map(|(index, value)| {
        let member = member(&input.fields[*index]);
        quote!(#member: #value)
    });
    implement_from_http(
        input,
        &quote! {
            type Body = #body_ty;
            fn from_http(
                __headers: &#krate::http::HeaderMap,
                __body: Self::Body,
            ) -> #private::Result<Self, #krate::LinkHeaderError> {
                #links
                #private::Result::Ok(Self { #(#fields,)* })
            }
        },
    )
}
