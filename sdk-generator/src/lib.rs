#![doc = include_str!("../docs/crate.md")]

mod answer;
mod document;
mod emit;
mod error;
mod expand;
mod extensions;
mod inputs;
mod methods;
mod model;
mod names;
mod outputs;
mod request;
mod security;
mod types;

pub use error::Error;

use document::{Cx, Node};

/// How the generated module implements pagination.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
#[non_exhaustive]
pub enum Mode {
    /// `#[derive(Paginated)]` on the request and response structs.
    #[default]
    Derive,
    /// No derive: each request and response struct is followed by the impls
    /// `#[derive(Paginated)]` would generate for it, written by `pagination_codegen::expand`,
    /// so the module compiles with `pagination-core` and no proc-macro.
    Expand,
}

/// The Rust module for the OpenAPI 3 document `json`: pretty-printed source.
///
/// # Errors
/// When `json` is not JSON, or the document is malformed or asks for what the generator
/// does not support: the [`Error`] names the operation and the JSON path.
pub fn generate_str(json: &str, mode: Mode) -> Result<String, Error> {
    let document: serde_json::Value = serde_json::from_str(json)
        .map_err(|error| Error::new(None, "", format!("the document is not JSON: {error}")))?;
    generate(&document, mode)
}

/// The Rust module for the OpenAPI 3 `document`: pretty-printed source.
///
/// # Errors
/// When the document is malformed or asks for what the generator does not support: the
/// [`Error`] names the operation and the JSON path.
pub fn generate(document: &serde_json::Value, mode: Mode) -> Result<String, Error> {
    let cx = Cx {
        root: document,
        operation: None,
    };
    let root = Node::root(document);
    let version = cx.string(&cx.required(&root, "openapi")?)?;
    if !version.starts_with("3.") {
        let message = format!("OpenAPI {version} is not supported: expected 3.x");
        return Err(cx.error("openapi", message));
    }
    let paths = cx.required(&root, "paths")?;
    let mut found = Vec::new();
    for route in cx.object(&paths)?.keys() {
        let Some(item) = cx.member(&paths, route) else {
            continue;
        };
        for method in [
            "get", "put", "post", "delete", "options", "head", "patch", "trace",
        ] {
            let Some(node) = cx.member(&item, method) else {
                continue;
            };
            if node.value.get("x-speakeasy-pagination").is_some() {
                let label = format!("{} {route}", method.to_ascii_uppercase());
                found.push((label, route, method, node, item.clone()));
            }
        }
    }
    let mut operations = Vec::new();
    for (label, route, method, node, item) in &found {
        let cx = Cx {
            root: document,
            operation: Some(label),
        };
        let operation = model::operation(cx, route, method, node, item)?;
        let types = types::types(cx, &operation)?;
        operations.push((operation, types));
    }
    let source = emit::module(cx, &operations, mode)?;
    let mut file = syn::parse_file(&source).map_err(|error| {
        Error::new(
            None,
            "",
            format!("the generated code does not parse: {error}"),
        )
    })?;
    if mode == Mode::Expand {
        expand::expand(&mut file, &owners(&operations))?;
    }
    Ok(prettyplease::unparse(&file))
}

/// The operation of each request and response struct: its label and JSON path.
fn owners(operations: &[(model::Operation<'_>, Vec<types::StructDef>)]) -> expand::Owners {
    let mut owners = expand::Owners::new();
    for (op, structs) in operations {
        let owner = (op.label.clone(), op.path());
        for request in &op.requests {
            owners.insert(request.name.clone(), owner.clone());
        }
        for def in structs {
            if matches!(def.kind, types::Kind::Response(_) | types::Kind::Headers) {
                owners.insert(def.name.clone(), owner.clone());
            }
        }
    }
    owners
}
