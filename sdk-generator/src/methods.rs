//! The client and its methods: one per operation, and one more that walks by links where
//! the answers link their next page.

use std::collections::BTreeMap;
use std::fmt::Write as _;

use crate::emit::doc;
use crate::model::{Operation, Place};
use crate::names::literal;
use crate::security::{Scheme, auth};
use crate::types::StructDef;

/// The error of the methods of operations paged in headers.
pub(crate) const ERROR: &str =
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

pub(crate) fn client(
    ops: &[(Operation<'_>, Vec<StructDef>)],
    schemes: &BTreeMap<String, Scheme>,
) -> String {
    let mut out = String::from(CLIENT);
    for (op, _) in ops {
        let auth = op
            .security
            .as_ref()
            .and_then(|name| schemes.get(name))
            .map_or_else(String::new, auth);
        out.push_str(&method(op, &auth));
        if op.by_link {
            out.push_str(&by_link(op, &auth));
        }
    }
    out.push_str("}\n");
    out
}

/// The URL of the operation, with the path parameters of `request`.
fn url(op: &Operation<'_>, request: &str) -> String {
    let mut template = op.route.clone();
    let mut args = String::new();
    for param in op.requests[0]
        .fields
        .iter()
        .filter(|p| p.place == Place::Path)
    {
        template = template.replace(&format!("{{{}}}", param.wire), "{}");
        write!(args, ", {request}.{}", param.field).ok();
    }
    format!(
        "format!({}, self.base{args})",
        literal(&format!("{{}}{template}"))
    )
}

/// The request builder for `url` with `request` (a reference): as the query string of a
/// GET, or as the JSON body.
fn send(op: &Operation<'_>, url: &str, request: &str) -> String {
    let builder = match op.method.as_str() {
        "get" | "post" | "put" | "patch" | "delete" => format!("self.http.{}({url})", op.method),
        other => format!(
            "self.http.request(reqwest::Method::{}, {url})",
            other.to_ascii_uppercase()
        ),
    };
    let how = if op.body { "json" } else { "query" };
    format!("{builder}.{how}({request})")
}

/// The error type of the operation's methods, and the `# Errors` section of their docs.
fn error(op: &Operation<'_>) -> (&'static str, &'static str) {
    if op.headers.is_empty() {
        return (
            "reqwest::Error",
            "When the request cannot be sent, the server answers with an error status, or the
/// answer is not the JSON the operation documents.",
        );
    }
    (
        "Error",
        "[`Error::Http`] when the request cannot be sent, the server answers with an error
/// status, or the body is not the JSON the operation documents; [`Error::Header`] when a
/// pagination header of the answer is malformed.",
    )
}

/// The operation's method. An operation paged in headers decodes the body as the items,
/// and builds the page from them and the headers.
fn method(op: &Operation<'_>, auth: &str) -> String {
    let summary = summary_doc(op);
    let (error, errors) = error(op);
    let (status, read) = if op.headers.is_empty() {
        ("", "response.error_for_status()?.json().await")
    } else {
        (
            ".error_for_status()?",
            "let headers = response.headers().clone();
    let body = response.json().await?;
    pagination_core::FromHttp::from_http(&headers, body).map_err(Error::from)",
        )
    };
    format!(
        "/// `{label}`{summary}
///
/// # Errors
/// {errors}
pub async fn {name}(&self, request: {req}) -> Result<{resp}, {error}> {{
    let url = {url};
    let response = {send}{auth}.send().await?{status};
    {read}
}}
",
        label = op.label,
        name = op.fn_name,
        req = op.request(),
        resp = op.response,
        url = url(op, "request"),
        send = send(op, "url", "&request"),
    )
}

/// The operation's summary as a doc paragraph after its first line, if it has one.
fn summary_doc(op: &Operation<'_>) -> String {
    op.summary
        .as_deref()
        .map_or_else(String::new, |s| format!("\n///\n{}", doc(s)))
}

/// The walk by links of an operation whose answers link their next page, in the body or
/// in a header.
fn by_link(op: &Operation<'_>, auth: &str) -> String {
    let (error, _) = error(op);
    let read = if op.headers.is_empty() {
        "Ok(Linked::new(response.json().await?, url))".to_owned()
    } else {
        format!(
            "let headers = response.headers().clone();
        let page: {} = pagination_core::FromHttp::from_http(&headers, response.json().await?)?;
        Ok(Linked::new(page, url))",
            op.response
        )
    };
    format!(
        "/// Every page of `{label}`, by the next link of each answer: the walk refuses a link
/// to another origin before anything, the credentials included, is sent to it.
pub fn {name}_by_link(&self, first: {req}) -> BoxLinkStream<'_, {req}, {resp}, {error}> {{
    follow_links_stream(first, move |at: Follow<{req}>| async move {{
        let request = match at.link() {{
            Some(link) => self.http.get(link),
            None => {send},
        }};
        let response = request{auth}.send().await?.error_for_status()?;
        let url = response.url().to_string();
        {read}
    }})
    .boxed()
}}
",
        label = op.label,
        name = op.fn_name,
        req = op.request(),
        resp = op.response,
        send = send(op, &url(op, "at.request()"), "at.request()"),
    )
}
