//! How the generated methods read an answer: the module's `Error`, the private `send` every
//! method sends its request with, and the check of the body's success flag.

use crate::model::{Operation, Role};
use crate::types::StructDef;

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

const FAILED: Variant = Variant {
    decl: "/// The answer has a success status, but its body says the call failed.
    Failed {
        /// The answer's error message, if it has one.
        message: Option<String>,
    },",
    display: "Error::Failed { message: Some(message) } => write!(f, \"the answer says the call failed: {message}\"),
        Error::Failed { message: None } => f.write_str(\"the answer says the call failed\"),",
    source: Source::None("Error::Failed { .. }"),
};

/// The module's `Error`, with `Header` where an operation is paged in headers and `Failed`
/// where one has a success flag: every variant is one a method can return.
pub(crate) fn error_type(headers: bool, flags: bool) -> String {
    let mut variants = vec![HTTP, STATUS, DECODE];
    variants.extend(headers.then_some(HEADER));
    variants.extend(flags.then_some(FAILED));
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
    if op.output(Role::Ok).is_some() {
        doc.push_str(
            "\n/// [`Error::Failed`] when the answer's success flag says the call failed.",
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

/// The check of an operation's success flag on its decoded answer, `page`: an early
/// `return` of the module's `Error::Failed`; nothing when the operation has no flag.
pub(crate) fn check(op: &Operation<'_>, structs: &[StructDef]) -> String {
    let Some(flag) = op.output(Role::Ok) else {
        return String::new();
    };
    let to_flag = steps(structs, &flag.fields);
    let ((flag, optional), on_the_way) = to_flag.split_last().expect("a path has a field");
    // The objects on the way are borrowed: the page is returned after the check.
    let (parent, through_option) = access(on_the_way, true);
    let failed = match (through_option, optional) {
        (false, false) => format!("!{parent}.{flag}"),
        (false, true) => format!("{parent}.{flag} == Some(false)"),
        (true, false) => format!("{parent}.is_some_and(|v| !v.{flag})"),
        (true, true) => format!("{parent}.and_then(|v| v.{flag}) == Some(false)"),
    };
    // The message is moved out: the error is returned instead of the page.
    let message = match op.output(Role::Error) {
        Some(error) => match access(&steps(structs, &error.fields), false) {
            (message, true) => message,
            (message, false) => format!("Some({message})"),
        },
        None => "None".to_owned(),
    };
    format!(
        "if {failed} {{
    return Err(Error::Failed {{ message: {message} }});
}}
"
    )
}

/// The fields on the way to the value at `wires` in the response (the first of
/// `structs`): each one's Rust name and whether it is an `Option`.
fn steps(structs: &[StructDef], wires: &[String]) -> Vec<(String, bool)> {
    let mut def = &structs[0];
    let mut steps = Vec::new();
    for (index, wire) in wires.iter().enumerate() {
        let field = def
            .fields
            .iter()
            .find(|field| &field.wire == wire)
            .expect("every field on the way to an output is written");
        let inner = field
            .ty
            .strip_prefix("Option<")
            .and_then(|ty| ty.strip_suffix('>'));
        steps.push((field.ident.clone(), inner.is_some()));
        if index + 1 < wires.len() {
            let name = inner.unwrap_or(&field.ty);
            def = structs
                .iter()
                .find(|def| def.name == name)
                .expect("an object on the way to an output is a struct of the answer");
        }
    }
    steps
}

/// The expression of the value `steps` lead to from `page`, each field borrowed
/// (`by_ref`) or moved out, and whether it is an `Option`, as it is past any field that is.
fn access(steps: &[(String, bool)], by_ref: bool) -> (String, bool) {
    let (amp, as_ref) = if by_ref { ("&", ".as_ref()") } else { ("", "") };
    let mut expr = "page".to_owned();
    let mut optional = false;
    for (ident, option) in steps {
        expr = match (optional, option) {
            (false, false) => format!("{expr}.{ident}"),
            (false, true) => format!("{expr}.{ident}{as_ref}"),
            (true, false) => format!("{expr}.map(|v| {amp}v.{ident})"),
            (true, true) => format!("{expr}.and_then(|v| v.{ident}{as_ref})"),
        };
        optional |= option;
    }
    (expr, optional)
}

#[cfg(test)]
mod tests {
    use serde_json::{Value, json};

    /// A document with an operation whose answer has `meta` (required or not) with `ok` and
    /// `error` (required or not) in it, read by `x-pagination-ok` and `x-pagination-error`.
    fn document(meta_required: bool, ok_required: bool) -> Value {
        let meta = json!({
            "type": "object",
            "required": if ok_required { json!(["ok", "error"]) } else { json!([]) },
            "properties": {"ok": {"type": "boolean"}, "error": {"type": "string"}}
        });
        let page = json!({
            "type": "object",
            "required": if meta_required { json!(["data", "meta"]) } else { json!(["data"]) },
            "properties": {"data": {"type": "array", "items": {"type": "string"}}, "meta": meta}
        });
        json!({
            "openapi": "3.0.3",
            "paths": {"/names": {"get": {
                "operationId": "listNames",
                "parameters": [
                    {"name": "page", "in": "query", "schema": {"type": "integer"}},
                    {"name": "size", "in": "query", "schema": {"type": "integer"}}
                ],
                "responses": {"200": {"description": "A page.", "content": {"application/json": {
                    "schema": page
                }}}},
                "x-speakeasy-pagination": {
                    "type": "offsetLimit",
                    "inputs": [
                        {"name": "page", "in": "parameters", "type": "page"},
                        {"name": "size", "in": "parameters", "type": "limit"}
                    ],
                    "outputs": {"results": "$.data"}
                },
                "x-pagination-default-size": 10,
                "x-pagination-max-size": 100,
                "x-pagination-ok": "$.meta.ok",
                "x-pagination-error": "$.meta.error"
            }}}
        })
    }

    fn module(meta_required: bool, ok_required: bool) -> String {
        let document = document(meta_required, ok_required);
        crate::generate(&document, crate::Mode::Derive).unwrap()
    }

    #[test]
    fn a_flag_in_an_object_that_may_be_missing_is_read_through_it() {
        let code = module(false, false);
        assert!(
            code.contains("if page.meta.as_ref().and_then(|v| v.ok) == Some(false) {"),
            "{code}"
        );
        assert!(
            code.contains("message: page.meta.and_then(|v| v.error),"),
            "{code}"
        );
        let code = module(false, true);
        assert!(
            code.contains("if page.meta.as_ref().is_some_and(|v| !v.ok) {"),
            "{code}"
        );
        assert!(
            code.contains("message: page.meta.map(|v| v.error),"),
            "{code}"
        );
    }

    #[test]
    fn a_flag_in_an_object_that_is_always_there_is_read_directly() {
        let code = module(true, true);
        assert!(code.contains("if !page.meta.ok {"), "{code}");
        assert!(code.contains("message: Some(page.meta.error),"), "{code}");
        let code = module(true, false);
        assert!(code.contains("if page.meta.ok == Some(false) {"), "{code}");
        assert!(code.contains("message: page.meta.error,"), "{code}");
    }

    #[test]
    fn a_flag_without_a_message_and_no_flag_at_all() {
        let mut document = document(true, true);
        let operation = "/paths/~1names/get";
        let fields = document
            .pointer_mut(operation)
            .unwrap()
            .as_object_mut()
            .unwrap();
        fields.remove("x-pagination-error");
        let code = crate::generate(&document, crate::Mode::Derive).unwrap();
        assert!(
            code.contains("Err(Error::Failed { message: None })"),
            "{code}"
        );
        let fields = document
            .pointer_mut(operation)
            .unwrap()
            .as_object_mut()
            .unwrap();
        fields.remove("x-pagination-ok");
        let code = crate::generate(&document, crate::Mode::Derive).unwrap();
        assert!(!code.contains("Failed"), "{code}");
        // Nor headers or links to read.
        assert!(
            code.contains("struct Answer<B> {\n    body: B,\n}"),
            "{code}"
        );
    }
}
