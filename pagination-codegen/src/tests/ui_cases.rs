//! Every compile-fail case of `tests/ui/`, through [`expand`](crate::expand) alone: each
//! item of a case that derives `Paginated` is expanded, and the derive's errors must be
//! the case's `.stderr` errors that are messages of `crate::messages`, no more and no
//! fewer. trybuild checks the same cases through rustc, a few minutes for all of them;
//! this checks what the derive says about each in a second, so that a mutant of a check
//! (`cargo mutants -p pagination-codegen`) is caught without rustc.

use super::messages::{Piece, fits, of_kind, pieces, read_dir};
use crate::messages::Kind;
use quote::ToTokens;
use std::collections::BTreeSet;
use std::path::Path;

/// The items of `items`, and of the modules among them, that derive `Paginated`.
fn derived(items: &[syn::Item], found: &mut Vec<syn::DeriveInput>) {
    for item in items {
        let attrs = match item {
            syn::Item::Struct(item) => &item.attrs,
            syn::Item::Enum(item) => &item.attrs,
            syn::Item::Union(item) => &item.attrs,
            syn::Item::Mod(module) => {
                if let Some((_, items)) = &module.content {
                    derived(items, found);
                }
                continue;
            }
            _ => continue,
        };
        if attrs.iter().any(derives_paginated) {
            let input = syn::parse2(item.to_token_stream()).expect("an item is a DeriveInput");
            found.push(input);
        }
    }
}

/// Whether `attr` is a `#[derive(..)]` naming `Paginated` (by any path).
fn derives_paginated(attr: &syn::Attribute) -> bool {
    if !attr.path().is_ident("derive") {
        return false;
    }
    let paths = attr.parse_args_with(
        syn::punctuated::Punctuated::<syn::Path, syn::Token![,]>::parse_terminated,
    );
    paths.is_ok_and(|paths| {
        paths.iter().any(|path| {
            path.segments
                .last()
                .is_some_and(|last| last.ident == "Paginated")
        })
    })
}

/// The derive's messages for the items of the case at `path`.
fn expanded(path: &Path) -> BTreeSet<String> {
    let source = std::fs::read_to_string(path).unwrap();
    let file =
        syn::parse_file(&source).unwrap_or_else(|error| panic!("{}: {error}", path.display()));
    let mut inputs = Vec::new();
    derived(&file.items, &mut inputs);
    inputs
        .iter()
        .filter_map(|input| crate::expand(input).err())
        .flat_map(|errors| errors.into_iter().map(|error| error.to_string()))
        .collect()
}

/// The `error: ` lines of `stderr` that are messages of `crate::messages`.
fn held(stderr: &str, known: &[Vec<Piece>]) -> BTreeSet<String> {
    stderr
        .lines()
        .filter_map(|line| line.strip_prefix("error: "))
        .filter(|message| known.iter().any(|pieces| fits(pieces, message)))
        .map(str::to_owned)
        .collect()
}

#[test]
fn expansion_gives_each_case_its_errors() {
    let known: Vec<Vec<Piece>> = of_kind(&[Kind::Message, Kind::Syn, Kind::Unreachable])
        .map(|template| pieces(template.text))
        .collect();
    let ui = Path::new(env!("CARGO_MANIFEST_DIR")).join("../tests/ui");
    let (mut cases, mut wrong) = (0, Vec::new());
    for group in read_dir(&ui) {
        for case in read_dir(&group) {
            if case.extension().is_none_or(|ext| ext != "rs") {
                continue;
            }
            let stderr = std::fs::read_to_string(case.with_extension("stderr")).unwrap();
            let (got, want) = (expanded(&case), held(&stderr, &known));
            cases += 1;
            if got != want {
                wrong.push(format!(
                    "\n  {}:\n    expand: {got:?}\n    stderr: {want:?}",
                    case.strip_prefix(&ui).unwrap().display()
                ));
            }
        }
    }
    assert!(
        cases > 150,
        "found only {cases} cases under {}",
        ui.display()
    );
    assert!(
        wrong.is_empty(),
        "expand's errors are not the .stderr's:{}",
        wrong.concat()
    );
}
