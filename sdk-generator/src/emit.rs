//! Writes the module's source, which `lib.rs` parses and pretty-prints.

use std::collections::BTreeMap;
use std::fmt::Write as _;

use crate::answer;
use crate::document::Cx;
use crate::methods::client;
use crate::model::{Input, Operation, Param, Place, RequestDef, Role, Style};
use crate::names::literal;
use crate::security::{credentials, schemes};
use crate::types::{Kind, StructDef};
use crate::{Error, Mode};

/// The module for the operations and their structs.
pub(crate) fn module(
    cx: Cx<'_>,
    ops: &[(Operation<'_>, Vec<StructDef>)],
    mode: Mode,
) -> Result<String, Error> {
    let schemes = schemes(cx, ops)?;
    own_names(cx, ops)?;
    let title = cx
        .root
        .pointer("/info/title")
        .and_then(|t| t.as_str())
        .unwrap_or("The API");
    let mut out = String::new();
    writeln!(
        out,
        "//! {title}: the paginated operations of the API, with one async method each on"
    )
    .ok();
    let how = match mode {
        Mode::Derive => "`#[derive(Paginated)]` on their request and response structs.",
        Mode::Expand => {
            "the impls `#[derive(Paginated)]` writes for their request and response\n//! structs, expanded."
        }
    };
    writeln!(out, "//! [`Client`] and {how}").ok();
    writeln!(out, "//!").ok();
    writeln!(
        out,
        "//! Generated from the API's OpenAPI document; do not edit."
    )
    .ok();
    if mode == Mode::Derive {
        out.push_str("use pagination_core::Paginated;\n");
    }
    let links = ops.iter().any(|(op, _)| op.by_link);
    out.push_str("use serde::{Deserialize, Serialize};\n");
    if links {
        out.push_str(
            "use pagination_core::{BoxLinkStream, Follow, Linked, follow_links_stream};\n",
        );
    }
    let headers = ops.iter().any(|(op, _)| !op.headers.is_empty());
    let flags = ops.iter().any(|(op, _)| op.output(Role::Ok).is_some());
    out.push_str(&answer::error_type(headers, flags));
    out.push_str(&answer::send(headers, links));
    out.push_str(&credentials(&schemes));
    out.push_str(&client(ops, &schemes));
    let mut written = BTreeMap::new();
    for (op, structs) in ops {
        for def in &op.requests {
            out.push_str(&request(op, def));
        }
        for def in structs {
            match written.get(&def.name) {
                Some(previous) if previous == def => {}
                Some(_) => {
                    let message = format!("two different structs would be named `{}`", def.name);
                    return Err(cx.error("paths", message));
                }
                None => {
                    out.push_str(&struct_def(def));
                    written.insert(def.name.clone(), def.clone());
                }
            }
        }
    }
    Ok(out)
}

/// The names of the module's own items and of what it imports, which no struct of an
/// operation can take.
const OWN_NAMES: &[&str] = &[
    "Answer",
    "BoxLinkStream",
    "Client",
    "Credentials",
    "Deserialize",
    "Error",
    "Follow",
    "Linked",
    "Paginated",
    "Serialize",
];

/// Checks that no struct of an operation would take a name of the module's own (a schema
/// named `Error` is common): the module would not compile.
fn own_names(cx: Cx<'_>, ops: &[(Operation<'_>, Vec<StructDef>)]) -> Result<(), Error> {
    for (op, structs) in ops {
        let names = op.requests.iter().map(|def| &def.name);
        let mut names = names.chain(structs.iter().map(|def| &def.name));
        if let Some(name) = names.find(|name| OWN_NAMES.contains(&name.as_str())) {
            let cx = Cx {
                root: cx.root,
                operation: Some(&op.label),
            };
            let message = format!(
                "a struct would be named `{name}`, a name the module gives an item of its own"
            );
            return Err(cx.error(&op.path(), message));
        }
    }
    Ok(())
}

/// A request struct; the one with the inputs carries the derive's keys.
fn request(op: &Operation<'_>, def: &RequestDef) -> String {
    let keys = keys(op, def).map_or_else(String::new, |keys| format!("\n#[paginate({keys})]"));
    let mut out = format!(
        "{}\n#[derive(Debug, Clone, Default, PartialEq, Serialize, Paginated)]{keys}\npub struct {} {{\n",
        doc(&def.doc),
        def.name
    );
    for field in &def.fields {
        out.push_str(&request_field(field));
    }
    out.push_str("}\n");
    out
}

/// The derive's keys for the request struct `def`, if it has the inputs.
fn keys(op: &Operation<'_>, def: &RequestDef) -> Option<String> {
    let wire = |input| {
        def.fields
            .iter()
            .find(|p| p.input == Some(input))
            .map(|p| literal(&p.wire))
    };
    let keys = match op.style {
        Style::Page => format!(
            "page = {}, size = {}",
            wire(Input::Page)?,
            wire(Input::Limit)?
        ),
        Style::Offset => format!(
            "offset = {}, limit = {}",
            wire(Input::Offset)?,
            wire(Input::Limit)?
        ),
        Style::Cursor => format!(
            "cursor = {}, limit = {}",
            wire(Input::Cursor)?,
            wire(Input::Limit)?
        ),
    };
    let first = op
        .first_page
        .map_or_else(String::new, |first| format!(", first = {first}"));
    Some(format!(
        "{keys}, default = {}, max = {}{first}",
        op.default_size, op.max_size
    ))
}

/// A field of a request struct: a path parameter is skipped, an optional field left out
/// when `None`.
fn request_field(field: &Param) -> String {
    let fallback = match field.place {
        Place::Path => "Path parameter.",
        Place::Query => "Query parameter.",
        Place::Body => "A field of the body.",
    };
    let mut out = doc(field.doc.as_deref().unwrap_or(fallback));
    let mut serde = Vec::new();
    let mut ty = field.ty.clone();
    if field.field != field.wire {
        serde.push(format!("rename = {}", literal(&field.wire)));
    }
    if field.place == Place::Path {
        serde = vec!["skip".to_owned()];
    } else if field.optional {
        serde.push("skip_serializing_if = \"Option::is_none\"".to_owned());
        ty = format!("Option<{ty}>");
    }
    if !serde.is_empty() {
        write!(out, "\n#[serde({})]", serde.join(", ")).ok();
    }
    if field.nested {
        out.push_str("\n#[paginate(nested)]");
    }
    write!(out, "\npub {}: {ty},\n", field.field).ok();
    out
}

fn struct_def(def: &StructDef) -> String {
    let mut out = doc(&def.doc);
    match &def.kind {
        Kind::Response(attrs) => {
            out.push_str(
                "\n#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Paginated)]\n",
            );
            writeln!(out, "#[paginate({})]", attrs.join(", ")).ok();
        }
        Kind::Headers => {
            out.push_str("\n#[derive(Debug, Clone, PartialEq, Paginated)]\n");
        }
        Kind::Envelope | Kind::Item => {
            out.push_str("\n#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]\n");
        }
    }
    writeln!(out, "pub struct {} {{", def.name).ok();
    for field in &def.fields {
        out.push_str(&doc(&field.doc));
        if let Some(marker) = &field.marker {
            write!(
                out,
                "\n#[paginate({marker})]\npub {}: {},\n",
                field.ident, field.ty
            )
            .ok();
            continue;
        }
        let mut serde = Vec::new();
        if field.ident != field.wire {
            serde.push(format!("rename = {}", literal(&field.wire)));
        }
        if field.default {
            serde.push("default".to_owned());
        }
        if field.default && field.ty.starts_with("Option<") {
            serde.push("skip_serializing_if = \"Option::is_none\"".to_owned());
        }
        if !serde.is_empty() {
            write!(out, "\n#[serde({})]", serde.join(", ")).ok();
        }
        write!(out, "\npub {}: {},\n", field.ident, field.ty).ok();
    }
    out.push_str("}\n");
    out
}

/// Doc comment lines for `text`.
pub(crate) fn doc(text: &str) -> String {
    text.lines()
        .map(|line| format!("/// {line}").trim_end().to_owned())
        .collect::<Vec<_>>()
        .join("\n")
}
