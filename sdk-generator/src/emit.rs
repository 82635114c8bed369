//! Writes the module's source, which `lib.rs` parses and pretty-prints.

use std::collections::BTreeMap;
use std::fmt::Write as _;

use crate::document::{Cx, Node, join};
use crate::model::{Input, Operation, Style};
use crate::names::{literal, snake};
use crate::types::{Kind, StructDef};
use crate::{Error, Mode};

/// How a security scheme sends its credentials.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Auth {
    /// `apiKey` in a header: the key as the header's value.
    Header(String),
    /// `http` `bearer`.
    Bearer,
    /// `http` `basic`: a user and a password.
    Basic,
}

/// A security scheme an operation uses.
#[derive(Debug, Clone)]
struct Scheme {
    field: String,
    auth: Auth,
    doc: String,
}

/// The module for the operations and their structs.
pub(crate) fn module(
    cx: Cx<'_>,
    ops: &[(Operation<'_>, Vec<StructDef>)],
    mode: Mode,
) -> Result<String, Error> {
    let schemes = schemes(cx, ops)?;
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
    out.push_str("use serde::{Deserialize, Serialize};\n");
    if ops.iter().any(|(op, _)| op.by_link) {
        out.push_str(
            "use pagination_core::{BoxLinkStream, Follow, Linked, follow_links_stream};\n",
        );
    }
    if ops.iter().any(|(op, _)| !op.headers.is_empty()) {
        out.push_str(ERROR);
    }
    out.push_str(&credentials(&schemes));
    out.push_str(&client(ops, &schemes));
    let mut written = BTreeMap::new();
    for (op, structs) in ops {
        out.push_str(&request(op));
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

/// The schemes the operations use, by name.
fn schemes(
    cx: Cx<'_>,
    ops: &[(Operation<'_>, Vec<StructDef>)],
) -> Result<BTreeMap<String, Scheme>, Error> {
    let mut schemes = BTreeMap::new();
    for (op, _) in ops {
        let Some(name) = &op.security else { continue };
        if schemes.contains_key(name) {
            continue;
        }
        let cx = Cx {
            root: cx.root,
            operation: Some(&op.label),
        };
        let path = join("components.securitySchemes", name);
        let node = cx
            .root
            .pointer(&format!("/components/securitySchemes/{name}"))
            .ok_or_else(|| {
                cx.error(
                    &path,
                    format!(
                        "the operation's security names the scheme `{name}`, which is not defined"
                    ),
                )
            })?;
        let node = Node { value: node, path };
        let kind = cx.required(&node, "type")?;
        let auth =
            match cx.string(&kind)? {
                "apiKey" if node.value.get("in").and_then(|i| i.as_str()) == Some("header") => {
                    Auth::Header(cx.string(&cx.required(&node, "name")?)?.to_owned())
                }
                "http" => match cx
                    .string(&cx.required(&node, "scheme")?)?
                    .to_ascii_lowercase()
                    .as_str()
                {
                    "bearer" => Auth::Bearer,
                    "basic" => Auth::Basic,
                    other => return Err(cx.error(
                        &join(&node.path, "scheme"),
                        format!(
                            "the HTTP scheme `{other}` is not supported: expected bearer or basic"
                        ),
                    )),
                },
                _ => {
                    return Err(cx.error(
                        &kind.path,
                        "only `apiKey` in a header and `http` bearer or basic are supported",
                    ));
                }
            };
        let doc = crate::model::description(&node)
            .unwrap_or_else(|| format!("The credentials of the `{name}` scheme."));
        schemes.insert(
            name.clone(),
            Scheme {
                field: snake(name),
                auth,
                doc,
            },
        );
    }
    Ok(schemes)
}

fn credentials(schemes: &BTreeMap<String, Scheme>) -> String {
    let mut out = String::from(
        "/// The credentials of the API's security schemes.\n#[derive(Debug, Clone, Default)]\npub struct Credentials {\n",
    );
    for scheme in schemes.values() {
        let (ty, how) = match &scheme.auth {
            Auth::Header(header) => ("String", format!("Sent as the `{header}` header.")),
            Auth::Bearer => (
                "String",
                "Sent as `Authorization: Bearer <token>`.".to_owned(),
            ),
            Auth::Basic => (
                "(String, String)",
                "A user and a password, sent as HTTP Basic.".to_owned(),
            ),
        };
        write!(
            out,
            "{}\n///\n/// {how}\npub {}: {ty},\n",
            doc(&scheme.doc),
            scheme.field
        )
        .ok();
    }
    out.push_str("}\n");
    out
}

/// The error of the methods of operations paged in headers.
const ERROR: &str =
    "/// What goes wrong in a call to an operation whose pages are in the response headers.
#[derive(Debug)]
pub enum Error {
    /// The request cannot be sent, the server answers with an error status, or the body
    /// is not the JSON the operation documents.
    Http(reqwest::Error),
    /// A pagination header of the answer (a `Link` header) is malformed.
    Header(pagination_core::LinkHeaderError),
}

impl std::fmt::Display for Error {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Error::Http(error) => std::fmt::Display::fmt(error, f),
            Error::Header(error) => std::fmt::Display::fmt(error, f),
        }
    }
}

impl std::error::Error for Error {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            Error::Http(error) => Some(error),
            Error::Header(error) => Some(error),
        }
    }
}

impl From<reqwest::Error> for Error {
    fn from(error: reqwest::Error) -> Self {
        Error::Http(error)
    }
}

impl From<pagination_core::LinkHeaderError> for Error {
    fn from(error: pagination_core::LinkHeaderError) -> Self {
        Error::Header(error)
    }
}
";

/// The client struct, its constructor, and the start of its `impl`.
const CLIENT: &str = "/// A client of the API: one async method per paginated operation.
#[derive(Debug, Clone)]
pub struct Client {
    http: reqwest::Client,
    base: String,
    credentials: Credentials,
}

impl Client {
    /// A client of the API at `base` (such as `https://api.example.com`), sending with `http`.
    #[must_use]
    pub fn new(base: &str, http: reqwest::Client, credentials: Credentials) -> Self {
        Client { http, base: base.trim_end_matches('/').to_owned(), credentials }
    }
";

fn client(ops: &[(Operation<'_>, Vec<StructDef>)], schemes: &BTreeMap<String, Scheme>) -> String {
    let mut out = String::from(CLIENT);
    for (op, _) in ops {
        let auth = op
            .security
            .as_ref()
            .and_then(|name| schemes.get(name))
            .map_or_else(String::new, auth);
        if op.headers.is_empty() {
            out.push_str(&method(op, &auth));
        } else {
            out.push_str(&header_method(op, &auth));
        }
        if op.by_link {
            out.push_str(&by_link(op, &auth));
        }
    }
    out.push_str("}\n");
    out
}

/// The call that adds a scheme's credentials to a request.
fn auth(scheme: &Scheme) -> String {
    let field = &scheme.field;
    match &scheme.auth {
        Auth::Header(header) => format!(".header({}, &self.credentials.{field})", literal(header)),
        Auth::Bearer => format!(".bearer_auth(&self.credentials.{field})"),
        Auth::Basic => {
            format!(".basic_auth(&self.credentials.{field}.0, Some(&self.credentials.{field}.1))")
        }
    }
}

/// The URL of the operation, with the path parameters of `request`.
fn url(op: &Operation<'_>, request: &str) -> String {
    let mut template = op.route.clone();
    let mut args = String::new();
    for param in op.params.iter().filter(|p| p.in_path) {
        template = template.replace(&format!("{{{}}}", param.wire), "{}");
        write!(args, ", {request}.{}", param.field).ok();
    }
    format!(
        "format!({}, self.base{args})",
        literal(&format!("{{}}{template}"))
    )
}

fn method(op: &Operation<'_>, auth: &str) -> String {
    let summary = summary_doc(op);
    format!(
        "/// `{label}`{summary}
///
/// # Errors
/// When the request cannot be sent, the server answers with an error status, or the
/// answer is not the JSON the operation documents.
pub async fn {name}(&self, request: {req}) -> Result<{resp}, reqwest::Error> {{
    let url = {url};
    let response = self.http.get(url).query(&request){auth}.send().await?;
    response.error_for_status()?.json().await
}}
",
        label = op.label,
        name = op.fn_name,
        req = op.request,
        resp = op.response,
        url = url(op, "request"),
    )
}

/// The operation's summary as a doc paragraph after its first line, if it has one.
fn summary_doc(op: &Operation<'_>) -> String {
    op.summary
        .as_deref()
        .map_or_else(String::new, |s| format!("\n///\n{}", doc(s)))
}

/// The method of an operation paged in headers: the body is decoded as the items, and
/// the page built from it and the headers.
fn header_method(op: &Operation<'_>, auth: &str) -> String {
    let summary = summary_doc(op);
    format!(
        "/// `{label}`{summary}
///
/// # Errors
/// [`Error::Http`] when the request cannot be sent, the server answers with an error
/// status, or the body is not the JSON the operation documents; [`Error::Header`] when a
/// pagination header of the answer is malformed.
pub async fn {name}(&self, request: {req}) -> Result<{resp}, Error> {{
    let url = {url};
    let response = self.http.get(url).query(&request){auth}.send().await?.error_for_status()?;
    let headers = response.headers().clone();
    let body = response.json().await?;
    pagination_core::FromHttp::from_http(&headers, body).map_err(Error::from)
}}
",
        label = op.label,
        name = op.fn_name,
        req = op.request,
        resp = op.response,
        url = url(op, "request"),
    )
}

fn by_link(op: &Operation<'_>, auth: &str) -> String {
    format!(
        "/// Every page of `{label}`, by the next link of each answer: the walk refuses a link
/// to another origin before anything, the credentials included, is sent to it.
pub fn {name}_by_link(&self, first: {req}) -> BoxLinkStream<'_, {req}, {resp}, reqwest::Error> {{
    follow_links_stream(first, move |at: Follow<{req}>| async move {{
        let request = match at.link() {{
            Some(link) => self.http.get(link),
            None => self.http.get({url}).query(at.request()),
        }};
        let response = request{auth}.send().await?.error_for_status()?;
        let url = response.url().to_string();
        Ok(Linked::new(response.json().await?, url))
    }})
    .boxed()
}}
",
        label = op.label,
        name = op.fn_name,
        req = op.request,
        resp = op.response,
        url = url(op, "at.request()"),
    )
}

/// The request struct, with the derive's keys.
fn request(op: &Operation<'_>) -> String {
    let wire = |input| {
        op.params
            .iter()
            .find(|p| p.input == Some(input))
            .map(|p| literal(&p.wire))
            .unwrap_or_default()
    };
    let keys = match op.style {
        Style::Page => format!(
            "page = {}, size = {}",
            wire(Input::Page),
            wire(Input::Limit)
        ),
        Style::Offset => format!(
            "offset = {}, limit = {}",
            wire(Input::Offset),
            wire(Input::Limit)
        ),
        Style::Cursor => format!(
            "cursor = {}, limit = {}",
            wire(Input::Cursor),
            wire(Input::Limit)
        ),
    };
    let first = op
        .first_page
        .map_or_else(String::new, |first| format!(", first = {first}"));
    let mut out = format!(
        "/// `{}`\n#[derive(Debug, Clone, Default, PartialEq, Serialize, Paginated)]\n#[paginate({keys}, default = {}, max = {}{first})]\npub struct {} {{\n",
        op.label, op.default_size, op.max_size, op.request
    );
    for param in &op.params {
        let ty = match param.input {
            Some(Input::Page | Input::Limit) => "u32",
            Some(Input::Offset) => "u64",
            Some(Input::Cursor) => "String",
            None => &param.ty,
        };
        let rename = if param.field == param.wire {
            String::new()
        } else {
            format!("rename = {}, ", literal(&param.wire))
        };
        let fallback = if param.in_path {
            "Path parameter."
        } else {
            "Query parameter."
        };
        out.push_str(&doc(param.doc.as_deref().unwrap_or(fallback)));
        if param.in_path {
            write!(out, "\n#[serde(skip)]\npub {}: String,\n", param.field).ok();
        } else {
            write!(out, "\n#[serde({rename}skip_serializing_if = \"Option::is_none\")]\npub {}: Option<{ty}>,\n", param.field).ok();
        }
    }
    out.push_str("}\n");
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
fn doc(text: &str) -> String {
    text.lines()
        .map(|line| format!("/// {line}").trim_end().to_owned())
        .collect::<Vec<_>>()
        .join("\n")
}
