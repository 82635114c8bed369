//! The client and its methods: one per operation, and one more that walks by links where
//! the answers link their next page.

use std::collections::BTreeMap;
use std::fmt::Write as _;

use crate::answer::{check, errors_doc};
use crate::emit::doc;
use crate::model::{Operation, Place};
use crate::names::literal;
use crate::security::{Scheme, auth};
use crate::types::StructDef;

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

    /// The credentials the client sends (read here even when no operation sends any).
    #[must_use]
    pub fn credentials(&self) -> &Credentials {
        &self.credentials
    }
";

pub(crate) fn client(
    ops: &[(Operation<'_>, Vec<StructDef>)],
    schemes: &BTreeMap<String, Scheme>,
) -> String {
    let mut out = String::from(CLIENT);
    for (op, structs) in ops {
        let auth = op
            .security
            .as_ref()
            .and_then(|name| schemes.get(name))
            .map_or_else(String::new, auth);
        let check = check(op, structs);
        out.push_str(&method(op, &auth, &check));
        if op.by_link {
            out.push_str(&by_link(op, &auth, &check));
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
fn builder(op: &Operation<'_>, url: &str, request: &str) -> String {
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

/// The operation's method: it sends the request with the module's `send`. An operation
/// paged in headers builds its page from them and the body; one with a success flag
/// returns an error when the flag is false (`check`).
fn method(op: &Operation<'_>, auth: &str, check: &str) -> String {
    let read = if !op.headers.is_empty() {
        "let answer = send(request).await?;
    pagination_core::FromHttp::from_http(&answer.headers, answer.body).map_err(Error::Header)"
            .to_owned()
    } else if check.is_empty() {
        "Ok(send(request).await?.body)".to_owned()
    } else {
        format!(
            "let page: {} = send(request).await?.body;\n{check}Ok(page)",
            op.response
        )
    };
    format!(
        "/// `{label}`{summary}
///
/// # Errors
/// {errors}
pub async fn {name}(&self, request: {req}) -> Result<{resp}, Error> {{
    let url = {url};
    let request = {builder}{auth};
    {read}
}}
",
        label = op.label,
        summary = summary_doc(op),
        errors = errors_doc(op),
        name = op.fn_name,
        req = op.request(),
        resp = op.response,
        url = url(op, "request"),
        builder = builder(op, "url", "&request"),
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
fn by_link(op: &Operation<'_>, auth: &str, check: &str) -> String {
    let read = if !op.headers.is_empty() {
        format!(
            "let page: {} = pagination_core::FromHttp::from_http(&answer.headers, answer.body)
            .map_err(Error::Header)?;
        Ok(Linked::new(page, answer.url))",
            op.response
        )
    } else if check.is_empty() {
        "Ok(Linked::new(answer.body, answer.url))".to_owned()
    } else {
        format!(
            "let page: {} = answer.body;\n{check}Ok(Linked::new(page, answer.url))",
            op.response
        )
    };
    format!(
        "/// Every page of `{label}`, by the next link of each answer: the walk refuses a link
/// to another origin before anything, the credentials included, is sent to it.
pub fn {name}_by_link(&self, first: {req}) -> BoxLinkStream<'_, {req}, {resp}, Error> {{
    follow_links_stream(first, move |at: Follow<{req}>| async move {{
        let request = match at.link() {{
            Some(link) => self.http.get(link),
            None => {builder},
        }};
        let answer = send(request{auth}).await?;
        {read}
    }})
    .boxed()
}}
",
        label = op.label,
        name = op.fn_name,
        req = op.request(),
        resp = op.response,
        builder = builder(op, &url(op, "at.request()"), "at.request()"),
    )
}
