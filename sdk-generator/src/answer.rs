//! How the generated methods read an answer: the module's `Error`, and the private `send`
//! every method sends its request with.

use crate::model::Operation;

/// A variant of the module's `Error`: its declaration, and its arms in `Display` and in
/// `source()`.
struct Variant {
    decl: &'static str,
    display: &'static str,
    source: Source,
}

/// What `source()` gives for a variant.
enum Source {
    /// The arm that gives the variant's source.
    Arm(&'static str),
    /// Nothing: the variant's pattern, in the one arm that gives `None` (one arm for them
    /// all, for clippy's `match_same_arms`).
    None(&'static str),
}

const HTTP: Variant = Variant {
    decl: "/// The request cannot be sent, or the answer cannot be read.
    Http(reqwest::Error),",
    display: "Error::Http(error) => std::fmt::Display::fmt(error, f),",
    source: Source::Arm("Error::Http(error) => Some(error),"),
};

const STATUS: Variant = Variant {
    decl: "/// The server answers with an error status.
    Status {
        /// The HTTP status.
        status: u16,
        /// The body of the answer, which often says why.
        body: String,
    },",
    display: "Error::Status { status, body } => write!(f, \"the server answered {status}: {body}\"),",
    source: Source::None("Error::Status { .. }"),
};

const DECODE: Variant = Variant {
    decl: "/// The body is not the JSON the operation documents.
    Decode {
        /// Where in the body: `data[3].id`, or `.` for the whole body.
        path: String,
        /// What is wrong there.
        source: serde_json::Error,
    },",
    display: "Error::Decode { path, source } => write!(f, \"the answer cannot be read at `{path}`: {source}\"),",
    source: Source::Arm("Error::Decode { source, .. } => Some(source),"),
};

const HEADER: Variant = Variant {
    decl: "/// A pagination header of the answer (a `Link` header) is malformed.
    Header(pagination_core::LinkHeaderError),",
    display: "Error::Header(error) => std::fmt::Display::fmt(error, f),",
    source: Source::Arm("Error::Header(error) => Some(error),"),
};

/// The module's `Error`, with `Header` where an operation is paged in headers: every
/// variant is one a method can return.
pub(crate) fn error_type(headers: bool) -> String {
    let mut variants = vec![HTTP, STATUS, DECODE];
    variants.extend(headers.then_some(HEADER));
    let decls: Vec<&str> = variants.iter().map(|v| v.decl).collect();
    let display: Vec<&str> = variants.iter().map(|v| v.display).collect();
    let mut sources = Vec::new();
    let mut none = Vec::new();
    for variant in &variants {
        match variant.source {
            Source::Arm(arm) => sources.push(arm.to_owned()),
            Source::None(pattern) => none.push(pattern),
        }
    }
    sources.push(format!("{} => None,", none.join(" | ")));
    format!(
        "/// What goes wrong in a call to the API.
#[derive(Debug)]
pub enum Error {{
    {decls}
}}

impl std::fmt::Display for Error {{
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {{
        match self {{
            {display}
        }}
    }}
}}

impl std::error::Error for Error {{
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {{
        match self {{
            {sources}
        }}
    }}
}}

impl From<reqwest::Error> for Error {{
    fn from(error: reqwest::Error) -> Self {{
        Error::Http(error)
    }}
}}
",
        decls = decls.join("\n"),
        display = display.join("\n"),
        sources = sources.join("\n"),
    )
}

/// The `# Errors` section of a method's docs: the variants it can return.
pub(crate) fn errors_doc(op: &Operation<'_>) -> String {
    let mut doc = String::from(
        "[`Error::Http`] when the request cannot be sent, [`Error::Status`] when the server
/// answers with an error status, [`Error::Decode`] when the body is not the JSON the
/// operation documents.",
    );
    if !op.headers.is_empty() {
        doc.push_str(
            "\n/// [`Error::Header`] when a pagination header of the answer is malformed.",
        );
    }
    doc
}

/// The private `Answer` and `send`: sends a request and reads a successful answer, its
/// JSON body decoded where it says what is wrong, and its headers and URL where an
/// operation needs them.
pub(crate) fn send(headers: bool, links: bool) -> String {
    let mut fields = String::from("body: B,");
    let mut reads = String::new();
    let mut names = String::from("body");
    if headers {
        names.push_str(", headers");
        fields.push_str("\nheaders: reqwest::header::HeaderMap,");
        reads.push_str("\nlet headers = response.headers().clone();");
    }
    if links {
        names.push_str(", url");
        fields.push_str("\nurl: String,");
        reads.push_str("\nlet url = response.url().to_string();");
    }
    let what = match (headers, links) {
        (false, false) => "its JSON body",
        (true, false) => "its JSON body and its headers",
        (false, true) => "its JSON body and the URL its links are relative to",
        (true, true) => "its JSON body, its headers and the URL its links are relative to",
    };
    format!(
        "/// A successful answer: {what}.
struct Answer<B> {{
    {fields}
}}

/// Sends `request` and reads a successful answer. An error status is [`Error::Status`], with
/// the body if it can be read; a body that is not a `B`, or has more after the JSON value
/// (as `serde_json::from_slice` refuses), is [`Error::Decode`], with where.
async fn send<B: serde::de::DeserializeOwned>(
    request: reqwest::RequestBuilder,
) -> Result<Answer<B>, Error> {{
    let response = request.send().await?;
    let status = response.status();
    if !status.is_success() {{
        let body = response.text().await.unwrap_or_default();
        return Err(Error::Status {{ status: status.as_u16(), body }});
    }}{reads}
    let bytes = response.bytes().await?;
    let mut json = serde_json::Deserializer::from_slice(&bytes);
    let body = serde_path_to_error::deserialize(&mut json).map_err(|error| Error::Decode {{
        path: error.path().to_string(),
        source: error.into_inner(),
    }})?;
    json.end().map_err(|source| Error::Decode {{ path: \".\".to_owned(), source }})?;
    Ok(Answer {{ {names} }})
}}
"
    )
}
