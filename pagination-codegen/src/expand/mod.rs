//! The pipeline, and the generation of a valid model's impl.
//!
//! Generated code names everything through the runtime path (`::pagination_core` by
//! default) or `::core`, so it compiles whatever the user's module has in scope.

mod http;
mod request;
mod response;

use crate::ast::{Field, Input, Kind};
use crate::check;
use crate::ctxt::Ctxt;
use crate::error::Errors;
use crate::fallback::fallback;
use crate::keys::Style;
use crate::messages;
use proc_macro2::{Delimiter, Group, Punct, Spacing, Span, TokenStream};
use quote::{ToTokens, TokenStreamExt, quote, quote_spanned};
use syn::DeriveInput;

/// What a failed expansion gives: every error, and the fallback impl the derive emits
/// beside them.
pub(crate) struct Failure {
    pub(crate) errors: Errors,
    pub(crate) fallback: TokenStream,
}

/// The pipeline: build the model of `input`, check it, then generate the impl, or give
/// the errors and a fallback impl. Never panics.
pub(crate) fn run(input: &DeriveInput) -> Result<TokenStream, Failure> {
    let mut cx = Ctxt::default();
    let model = Input::from_ast(&mut cx, input);
    check::check(&mut cx, &model);
    match (&model.kind, cx.into_errors()) {
        (Some(kind), None) => Ok(expand(&model, kind)),
        (_, Some(errors)) => Err(Failure {
            errors,
            fallback: fallback(&model),
        }),
        // Every input the model cannot implement has an error already; should one slip
        // through, it is still an error, never a panic.
        (None, None) => Err(Failure {
            errors: Errors::one(messages::no_impl().spanned_by(&input.ident)),
            fallback: fallback(&model),
        }),
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
            let body = request::request_body(input, [page, size], [default, max, first]);
            implement(input, Style::Page.trait_name(), &body)
        }
        Kind::Offset {
            offset,
            first,
            ref limit,
        } => {
            let body = request::offset_body(input, field(offset), first, limit);
            implement(input, Style::Offset.trait_name(), &body)
        }
        Kind::Cursor { cursor, ref limit } => {
            let body = request::cursor_body(input, field(cursor), limit);
            implement(input, Style::Cursor.trait_name(), &body)
        }
        Kind::Nested(nested) => implement(
            input,
            Style::Page.trait_name(),
            &request::nested_body(input, field(nested)),
        ),
        Kind::Response { ref item, ref http } => {
            let body = response::response_body(input, item);
            let mut tokens = implement(input, "PaginatedResponse", &body);
            tokens.extend(http.as_ref().map(|http| http::from_http(input, http)));
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
        #krate::support::from_http! {
            #implementation
        }
    }
}

fn member<'a>(field: &'a Field<'_>) -> Option<&'a syn::Ident> {
    field.original.ident.as_ref()
}

/// A trait of the runtime that a field plays its role through.
#[derive(Clone, Copy)]
pub(super) struct RuntimeTrait {
    name: &'static str,
    /// In the `support` module, rather than at the crate's root.
    support: bool,
}

impl RuntimeTrait {
    pub(super) const fn support(name: &'static str) -> Self {
        RuntimeTrait {
            name,
            support: true,
        }
    }

    pub(super) const fn root(name: &'static str) -> Self {
        RuntimeTrait {
            name,
            support: false,
        }
    }

    /// The trait's path, under the runtime's `krate`.
    pub(super) fn path(self, krate: &syn::Path) -> TokenStream {
        let name = syn::Ident::new(self.name, Span::call_site());
        if self.support {
            quote!(#krate::support::#name)
        } else {
            quote!(#krate::#name)
        }
    }
}

/// `<FieldType as Trait>`, spanned at the field's type so that a field of a type that
/// cannot play its role is reported there; built once for every call through it. The
/// calls are written straight into the impl where they are interpolated, rather than
/// built apart and copied in, which costs the derive as much as building them again.
pub(super) struct Through<'a> {
    field: &'a Field<'a>,
    qself: TokenStream,
}

impl<'a> Through<'a> {
    pub(super) fn new(krate: &syn::Path, field: &'a Field<'a>, role: RuntimeTrait) -> Self {
        let ty = &field.original.ty;
        let name = syn::Ident::new(role.name, Span::call_site());
        let span = field.ty_span();
        let qself = if role.support {
            quote_spanned!(span=> <#ty as #krate::support::#name>)
        } else {
            quote_spanned!(span=> <#ty as #krate::#name>)
        };
        Through { field, qself }
    }

    /// `<FieldType as IntField>`.
    pub(super) fn int(krate: &syn::Path, field: &'a Field<'a>) -> Self {
        Through::new(krate, field, RuntimeTrait::support("IntField"))
    }

    /// `<FieldType as Trait>::method(&root.field)`, with `root` `self` or a const's
    /// `__page`.
    pub(super) fn get(
        &self,
        method: &'static str,
        root: &'static str,
    ) -> FieldCall<'_, TokenStream> {
        FieldCall {
            through: self,
            method,
            root,
            value: None,
        }
    }

    /// `<FieldType as Trait>::method(&mut self.field, value)`.
    pub(super) fn set<T>(&self, method: &'static str, value: T) -> FieldCall<'_, T> {
        FieldCall {
            through: self,
            method,
            root: "self",
            value: Some(value),
        }
    }
}

/// A call through a field's trait, written into the impl where it is interpolated.
pub(super) struct FieldCall<'a, T> {
    through: &'a Through<'a>,
    method: &'static str,
    root: &'static str,
    value: Option<T>,
}

impl<T: ToTokens> ToTokens for FieldCall<'_, T> {
    fn to_tokens(&self, tokens: &mut TokenStream) {
        tokens.extend(core::iter::once(self.through.qself.clone()));
        // `::method`, the `::` spanned at the type as in the rest of the path.
        let span = self.through.field.ty_span();
        let mut colon = Punct::new(':', Spacing::Joint);
        colon.set_span(span);
        tokens.append(colon);
        let mut colon = Punct::new(':', Spacing::Alone);
        colon.set_span(span);
        tokens.append(colon);
        tokens.append(syn::Ident::new(self.method, Span::call_site()));
        let member = member(self.through.field);
        let root = syn::Ident::new(self.root, Span::call_site());
        let args = match &self.value {
            None => quote!(&#root.#member),
            Some(value) => quote!(&mut #root.#member, #value),
        };
        tokens.append(Group::new(Delimiter::Parenthesis, args));
    }
}
