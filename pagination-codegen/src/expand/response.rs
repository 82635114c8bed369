//! The impl of a response: its items, the numbers it reports, and the consts that read
//! its next link, `has_more` flag and next cursor.

use super::{RuntimeTrait, Through, member};
use crate::ast::{Binding, Input};
use crate::attr::FieldPath;
use crate::keys::Key;
use proc_macro2::{Span, TokenStream};
use quote::{ToTokens, quote, quote_spanned};

pub(super) fn response_body(input: &Input<'_>, item: &syn::Type) -> TokenStream {
    let krate = &input.krate;
    let support = quote!(#krate::support);
    let [page, size, total_items, total_pages, offset] = [
        Key::Page,
        Key::Size,
        Key::TotalItems,
        Key::TotalPages,
        Key::Offset,
    ]
    .map(|role| reported(input, role));
    let with_offset = input
        .binding(Key::Offset)
        .map(|_| quote!(.with_offset(#offset)));
    let next_link = read_const(
        input,
        Key::Next,
        RuntimeTrait::root("NextLink"),
        "next_link",
    );
    let has_more = read_const(input, Key::HasMore, FLAG_FIELD, "get");
    let next_cursor = read_const(input, Key::NextCursor, TOKEN_FIELD, "token")
        .or_else(|| Some(item_cursor(input, input.attrs.fields(Key::ItemCursor)?)));
    let page_base = input.attrs.number(Key::PageBase).map(|base| {
        let base = base.narrow();
        quote!(const PAGE_BASE: #support::Option<#support::u32> = #support::Option::Some(#base);)
    });
    let items = input
        .binding(Key::Items)
        .map(|binding| items_fns(input, binding, item));
    quote! {
        type Item = #item;
        #next_link
        #has_more
        #next_cursor
        #page_base
        #items
        #[inline]
        fn page_info(&self) -> #krate::PageInfo {
            #krate::PageInfo::new(#page, #size, #total_items, #total_pages)#with_offset
        }
    }
}

const FLAG_FIELD: RuntimeTrait = RuntimeTrait::support("FlagField");
const TOKEN_FIELD: RuntimeTrait = RuntimeTrait::support("TokenField");

/// The number `role` reports, as `page_info()` reads it: `None` when no field gives it,
/// or when it is missing, negative or too large.
fn reported<'a>(input: &'a Input<'a>, role: Key) -> Read<'a> {
    let krate = &input.krate;
    input.binding(role).map_or_else(
        || Read::Tokens(quote!(#krate::support::Option::None)),
        |binding| {
            read(
                input,
                binding,
                "self",
                RuntimeTrait::support("IntField"),
                "get_u64",
            )
        },
    )
}

/// `NEXT_LINK`, `HAS_MORE` or `NEXT_CURSOR`, the const that reads `role` with
/// `trait_path::method`, when a field gives it.
fn read_const(
    input: &Input<'_>,
    role: Key,
    runtime_trait: RuntimeTrait,
    method: &'static str,
) -> Option<TokenStream> {
    let krate = &input.krate;
    let (name, ty) = match role {
        Key::Next => ("NEXT_LINK", "NextLinkFn"),
        Key::NextCursor => ("NEXT_CURSOR", "NextCursorFn"),
        _ => ("HAS_MORE", "HasMoreFn"),
    };
    let [name, ty] = [name, ty].map(|name| syn::Ident::new(name, Span::call_site()));
    let read = read(input, input.binding(role)?, "__page", runtime_trait, method);
    Some(quote! {
        const #name: #krate::support::#ty<Self> =
            #krate::support::Option::Some(|__page| #read);
    })
}

/// `NEXT_CURSOR` for `item_cursor = path`: the field `path` reaches in the page's last
/// item (Stripe's `starting_after`, the last customer's `id`); no cursor on an empty page.
fn item_cursor(input: &Input<'_>, path: &FieldPath) -> TokenStream {
    let krate = &input.krate;
    let support = quote!(#krate::support);
    let token = read_path(
        &support,
        path,
        &quote!((*__item)),
        &TOKEN_FIELD.path(krate),
        "token",
    );
    quote! {
        const NEXT_CURSOR: #support::NextCursorFn<Self> = #support::Option::Some(|__page| {
            <[Self::Item]>::last(<Self as #krate::PaginatedResponse>::items(__page))
                .and_then(|__item| #token)
        });
    }
}

/// `items()` and `into_items()`: through the field's `ItemsField` impl, and through a
/// path of fields to it, where a `None` on the way is an empty page. The item type is
/// written out rather than named `Self::Item`, which the compiler would have to normalize.
fn items_fns(input: &Input<'_>, binding: &Binding, item: &syn::Type) -> TokenStream {
    let krate = &input.krate;
    let Some(path) = binding.nested_path() else {
        // A field of the struct itself, in one piece: each stream built apart and copied
        // in costs the derive as much as a dozen tokens.
        let field = &input.fields[binding.field];
        let (ty, member) = (&field.original.ty, member(field));
        let items_trait =
            quote_spanned!(field.ty_span()=> <#ty as #krate::support::ItemsField<#item>>);
        return quote! {
            #[inline]
            fn items(&self) -> &[#item] {
                #items_trait::as_slice(&self.#member)
            }
            #[inline]
            fn into_items(self) -> #krate::support::Vec<#item> {
                #items_trait::into_vec(self.#member)
            }
        };
    };
    let support = quote!(#krate::support);
    let last = path.last();
    let [as_slice, take] = [
        quote!(as_slice(&(*__v).#last)),
        quote!(take(&mut (*__v).#last)),
    ]
    .map(|call| quote_spanned!(last.span()=> <_ as #support::ItemsField<#item>>::#call));
    let [parent, parent_mut] =
        [false, true].map(|unique| reach_parent(&support, path, &quote!(self), unique));
    let (items, into_items, by_value) = (
        quote!(#parent.map(|__v| #as_slice).unwrap_or_default()),
        quote!(#parent_mut.map(|__v| #take).unwrap_or_default()),
        quote!(mut self),
    );
    quote! {
        #[inline]
        fn items(&self) -> &[#item] {
            #items
        }
        #[inline]
        fn into_items(#by_value) -> #support::Vec<#item> {
            #into_items
        }
    }
}

/// The value of the role `binding` gives, from `root` (`self`, or a const's `__page`),
/// as an `Option`: `get(&field)` for a field of the struct, with `get` named through the
/// field's type so that a wrong type is reported there; through a path, as [`read_path`].
fn read<'a>(
    input: &'a Input<'a>,
    binding: &Binding,
    root: &'static str,
    runtime_trait: RuntimeTrait,
    method: &'static str,
) -> Read<'a> {
    let krate = &input.krate;
    let Some(path) = binding.nested_path() else {
        let field = &input.fields[binding.field];
        let through = Through::new(krate, field, runtime_trait);
        return Read::Field(through, method, root);
    };
    let root = syn::Ident::new(root, Span::call_site());
    let trait_path = runtime_trait.path(krate);
    Read::Tokens(read_path(
        &quote!(#krate::support),
        path,
        &quote!(#root),
        &trait_path,
        method,
    ))
}

/// What [`read`] writes: a call on a field of the struct, written straight into the impl,
/// or other tokens.
enum Read<'a> {
    /// `<FieldType as Trait>::method(&root.field)`.
    Field(Through<'a>, &'static str, &'static str),
    Tokens(TokenStream),
}

impl ToTokens for Read<'_> {
    fn to_tokens(&self, tokens: &mut TokenStream) {
        match self {
            Read::Field(through, method, root) => through.get(method, root).to_tokens(tokens),
            Read::Tokens(read) => read.to_tokens(tokens),
        }
    }
}

/// `trait_path::method` on the last field of `path`, from `root`, named through that
/// field's type and reported on its name; `None` when an `Option` on the way is `None`.
fn read_path(
    support: &TokenStream,
    path: &FieldPath,
    root: &TokenStream,
    trait_path: &TokenStream,
    method: &str,
) -> TokenStream {
    let method = syn::Ident::new(method, proc_macro2::Span::call_site());
    let last = path.last();
    if path.segments.len() == 1 {
        return quote_spanned!(last.span()=> <_ as #trait_path>::#method(&#root.#last));
    }
    let parent = reach_parent(support, path, root, false);
    let get = quote_spanned!(last.span()=> <_ as #trait_path>::#method(&(*__v).#last));
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
    support: &TokenStream,
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
        return quote!(#support::Option::Some(#borrow #root));
    };
    let mut chain = quote!(#support::#reach::new(#borrow #root.#first).#method());
    for segment in between {
        chain = quote!(
            #chain.and_then(|__v| #support::#reach::new(#borrow (*__v).#segment).#method())
        );
    }
    chain
}
