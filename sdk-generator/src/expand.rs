//! `Mode::Expand`: each `#[derive(Paginated)]` struct of the module, without its
//! pagination attributes, followed by the impls `pagination_codegen::expand` writes for it.

use std::collections::BTreeMap;

use syn::punctuated::Punctuated;
use syn::{Attribute, DeriveInput, Item, ItemStruct, Path, Token};

use crate::Error;

/// The operation a struct belongs to: its label and the JSON path of its operation.
pub(crate) type Owners = BTreeMap<String, (String, String)>;

/// Replaces the derive on each paginated struct of `file` by the impls it expands to.
pub(crate) fn expand(file: &mut syn::File, owners: &Owners) -> Result<(), Error> {
    let mut items = Vec::with_capacity(file.items.len());
    for item in std::mem::take(&mut file.items) {
        let Item::Struct(mut def) = item else {
            items.push(item);
            continue;
        };
        if !derives_paginated(&def.attrs) {
            items.push(Item::Struct(def));
            continue;
        }
        let impls = impls(&def, owners)?;
        strip(&mut def);
        items.push(Item::Struct(def));
        items.extend(impls);
    }
    file.items = items;
    Ok(())
}

/// The items `pagination_codegen::expand` writes for `def`, as the derive sees it.
fn impls(def: &ItemStruct, owners: &Owners) -> Result<Vec<Item>, Error> {
    let name = def.ident.to_string();
    let (operation, path) = owners.get(&name).map_or((None, ""), |(label, path)| {
        (Some(label.as_str()), path.as_str())
    });
    let failed = |message: String| Error::new(operation, path, message);
    let input: DeriveInput = syn::parse2(quote_struct(def))
        .map_err(|error| failed(format!("`{name}` is not a derive input: {error}")))?;
    let tokens = pagination_codegen::expand(&input)
        .map_err(|errors| failed(format!("`#[derive(Paginated)]` on `{name}`: {errors}")))?;
    let mut file: syn::File = syn::parse2(tokens)
        .map_err(|error| failed(format!("the impls of `{name}` do not parse: {error}")))?;
    for item in &mut file.items {
        if let Item::Impl(item) = item {
            // Written for a derive, whose output clippy does not lint: the fields are
            // reached through explicit derefs, as `&(*__page).total`.
            item.attrs
                .push(syn::parse_quote!(#[allow(clippy::explicit_auto_deref)]));
        }
    }
    Ok(file.items)
}

fn quote_struct(def: &ItemStruct) -> proc_macro2::TokenStream {
    let mut tokens = proc_macro2::TokenStream::new();
    quote::ToTokens::to_tokens(def, &mut tokens);
    tokens
}

/// The paths a `#[derive(...)]` attribute names, if it is one.
fn derives(attr: &Attribute) -> Option<Punctuated<Path, Token![,]>> {
    if !attr.path().is_ident("derive") {
        return None;
    }
    attr.parse_args_with(Punctuated::parse_terminated).ok()
}

fn derives_paginated(attrs: &[Attribute]) -> bool {
    attrs
        .iter()
        .filter_map(derives)
        .any(|paths| paths.iter().any(|path| path.is_ident("Paginated")))
}

/// `def` without `Paginated` in its derives and without its `#[paginate(...)]`, on the
/// struct or on a field.
fn strip(def: &mut ItemStruct) {
    def.attrs.retain(|attr| !attr.path().is_ident("paginate"));
    for field in &mut def.fields {
        field.attrs.retain(|attr| !attr.path().is_ident("paginate"));
    }
    for attr in &mut def.attrs {
        let Some(paths) = derives(attr) else { continue };
        let kept: Punctuated<Path, Token![,]> = paths
            .into_iter()
            .filter(|path| !path.is_ident("Paginated"))
            .collect();
        *attr = syn::parse_quote!(#[derive(#kept)]);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_mistake_the_derive_reports_names_the_operation() {
        let mut file: syn::File = syn::parse_quote! {
            #[derive(Debug, Paginated)]
            #[paginate(size = "limit", default = 0, max = 100)]
            pub struct ListUsers {
                pub page: Option<u32>,
                pub limit: Option<u32>,
            }
        };
        let owners = Owners::from([(
            "ListUsers".to_owned(),
            ("GET /users".to_owned(), "paths./users.get".to_owned()),
        )]);
        let error = expand(&mut file, &owners).unwrap_err();
        assert_eq!(error.operation(), Some("GET /users"));
        assert_eq!(error.path(), "paths./users.get");
        assert!(
            error
                .message()
                .starts_with("`#[derive(Paginated)]` on `ListUsers`: "),
            "{error}"
        );
    }

    #[test]
    fn the_struct_keeps_its_other_derives_and_is_followed_by_its_impl() {
        let mut file: syn::File = syn::parse_quote! {
            #[derive(Debug, Paginated, Clone)]
            #[paginate(size = "limit", default = 10, max = 100)]
            pub struct ListUsers {
                pub page: Option<u32>,
                pub limit: Option<u32>,
            }
        };
        expand(&mut file, &Owners::new()).unwrap();
        let code = prettyplease::unparse(&file);
        assert!(
            code.starts_with("#[derive(Debug, Clone)]\npub struct ListUsers {"),
            "{code}"
        );
        assert!(code.contains("impl ::pagination_core::PaginatedRequest for ListUsers"));
        assert!(!code.contains("paginate"));
    }
}
