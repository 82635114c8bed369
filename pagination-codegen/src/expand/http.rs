//! The `FromHttp` impl of a response with fields read from headers.

use super::{implement_from_http, member};
use crate::ast::{HeaderSource, Http, Input};
use proc_macro2::TokenStream;
use quote::{quote, quote_spanned};
use syn::spanned::Spanned;

/// `FromHttp`: the body moved into its field, and each header field read with its type's
/// `HeaderField` impl (named through the field's type, so that a type that cannot be read
/// from a header is reported there); the `Link` header parsed once, when a field reads it.
pub(super) fn from_http(input: &Input<'_>, http: &Http) -> TokenStream {
    let krate = &input.krate;
    let support = quote!(#krate::support);
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
            ) -> #support::Result<Self, #krate::LinkHeaderError> {
                #links
                #support::Result::Ok(Self { #(#fields,)* })
            }
        },
    )
}
