//! An operation of the document, read into what the generator writes.

use crate::document::{Cx, Node, join};
use crate::extensions::{self, Extension};
use crate::names::{pascal, snake};
use crate::{Error, inputs, outputs, request};

/// How a request asks for its page.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Style {
    /// By page number.
    Page,
    /// By offset and limit.
    Offset,
    /// By cursor.
    Cursor,
}

/// What a request parameter is for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Input {
    Page,
    Offset,
    Limit,
    Cursor,
}

/// What a response field is for: the derive's response roles, and two the methods read
/// themselves.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Role {
    Items,
    Page,
    Size,
    Offset,
    TotalItems,
    TotalPages,
    Next,
    HasMore,
    NextCursor,
    /// Not the derive's: the body's success flag; false is an error, whatever the status.
    Ok,
    /// Not the derive's: the error message of an answer whose flag is false.
    Error,
}

impl Role {
    /// The derive's key for the role.
    pub(crate) fn key(self) -> &'static str {
        match self {
            Role::Items => "items",
            Role::Page => "page",
            Role::Size => "size",
            Role::Offset => "offset",
            Role::TotalItems => "total_items",
            Role::TotalPages => "total_pages",
            Role::Next => "next",
            Role::HasMore => "has_more",
            Role::NextCursor => "next_cursor",
            Role::Ok => "ok",
            Role::Error => "error",
        }
    }

    /// Whether the derive reads the role, rather than the methods.
    pub(crate) fn derives(self) -> bool {
        !matches!(self, Role::Ok | Role::Error)
    }

    /// The role of a response field named by its derive key; none for `items`, which
    /// is the body and never a header.
    pub(crate) fn from_key(key: &str) -> Option<Role> {
        [
            Role::Page,
            Role::Size,
            Role::Offset,
            Role::TotalItems,
            Role::TotalPages,
            Role::Next,
            Role::HasMore,
            Role::NextCursor,
        ]
        .into_iter()
        .find(|role| role.key() == key)
    }

    /// The JSON Schema type the role's field must have, and its Rust type.
    pub(crate) fn scalar(self) -> (&'static str, &'static str) {
        match self {
            Role::Items => ("array", "Vec"),
            Role::Next | Role::NextCursor | Role::Error => ("string", "String"),
            Role::HasMore | Role::Ok => ("boolean", "bool"),
            _ => ("integer", "u64"),
        }
    }
}

/// Where a request field goes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Place {
    /// In the URL's path: skipped by serde.
    Path,
    /// In the query string.
    Query,
    /// In the JSON body.
    Body,
}

/// A field of a request struct: a path or query parameter, or a property of the body.
#[derive(Debug, Clone)]
pub(crate) struct Param {
    pub(crate) wire: String,
    pub(crate) field: String,
    pub(crate) ty: String,
    pub(crate) place: Place,
    pub(crate) doc: Option<String>,
    /// An `Option`, left out when `None`.
    pub(crate) optional: bool,
    /// The body's object that holds the inputs: a struct of its own, `#[paginate(nested)]`.
    pub(crate) nested: bool,
    pub(crate) input: Option<Input>,
}

/// A request struct: the request, or the object of its body that holds the inputs.
#[derive(Debug, Clone)]
pub(crate) struct RequestDef {
    pub(crate) name: String,
    pub(crate) doc: String,
    pub(crate) fields: Vec<Param>,
}

/// A response field the derive reads, by its JSON path.
#[derive(Debug, Clone)]
pub(crate) struct Output {
    pub(crate) role: Role,
    pub(crate) fields: Vec<String>,
    /// Where the document says it, for errors.
    pub(crate) at: String,
}

/// One paginated operation.
#[derive(Debug, Clone)]
pub(crate) struct Operation<'a> {
    pub(crate) label: String,
    pub(crate) method: String,
    pub(crate) route: String,
    pub(crate) fn_name: String,
    /// The request struct, then the struct of the body's object that holds the inputs.
    pub(crate) requests: Vec<RequestDef>,
    /// The request is sent as a JSON body, not as the query string.
    pub(crate) body: bool,
    pub(crate) response: String,
    pub(crate) summary: Option<String>,
    pub(crate) style: Style,
    pub(crate) by_link: bool,
    pub(crate) default_size: u32,
    pub(crate) max_size: u32,
    pub(crate) first_page: Option<u32>,
    pub(crate) page_base: Option<u32>,
    pub(crate) outputs: Vec<Output>,
    /// The item's field that is the next cursor (`$.data[-1].id`), and where it is said.
    pub(crate) item_cursor: Option<(Vec<String>, String)>,
    pub(crate) security: Option<String>,
    pub(crate) schema: Node<'a>,
    /// `x-pagination-headers`: the roles read from response headers, and each header's
    /// name; when there are any, the body is a bare array of items.
    pub(crate) headers: Vec<(Role, String)>,
}

impl Operation<'_> {
    /// The request struct's name.
    pub(crate) fn request(&self) -> &str {
        &self.requests[0].name
    }

    /// The request field that carries `input`.
    pub(crate) fn input(&self, input: Input) -> Option<&Param> {
        self.requests
            .iter()
            .flat_map(|def| &def.fields)
            .find(|field| field.input == Some(input))
    }

    /// Where the answer says `role`, if it does.
    pub(crate) fn output(&self, role: Role) -> Option<&Output> {
        self.outputs.iter().find(|output| output.role == role)
    }

    /// The JSON path of the operation, `paths./route.get`.
    pub(crate) fn path(&self) -> String {
        join(&join("paths", &self.route), &self.method)
    }
}

/// Reads the operation `method` at `route`, whose node is `node`.
pub(crate) fn operation<'a>(
    cx: Cx<'a>,
    route: &str,
    method: &str,
    node: &Node<'a>,
    path_item: &Node<'a>,
) -> Result<Operation<'a>, Error> {
    let pagination = cx.required(node, "x-speakeasy-pagination")?;
    let id = cx.string(&cx.required(node, "operationId")?)?;
    let label = format!("{} {route}", method.to_ascii_uppercase());
    let kind = cx.string(&cx.required(&pagination, "type")?)?;
    let inputs = inputs::inputs(cx, &pagination)?;
    let nested = inputs::nested_object(cx, &inputs)?;
    let name = pascal(id);
    let names = (method, name.as_str(), label.as_str());
    let (mut requests, body) = request::requests(cx, node, path_item, names, nested.as_deref())?;
    let found = inputs::mark(cx, &inputs, &mut requests, body)?;
    let (style, by_link) = inputs::style(cx, &pagination, kind, &found)?;
    let (mut outputs, item_cursor) = outputs::outputs(cx, &pagination, kind)?;
    let extensions = extensions::read(cx, node)?;
    outputs.extend(extensions.outputs);
    let (default_size, max_size) = sizes(cx, node, extensions.default_size, extensions.max_size)?;
    let op = Operation {
        label,
        method: method.to_owned(),
        route: route.to_owned(),
        fn_name: snake(id),
        response: format!("{name}Page"),
        requests,
        body,
        summary: node
            .value
            .get("summary")
            .and_then(|s| s.as_str())
            .map(str::to_owned),
        style,
        by_link,
        default_size,
        max_size,
        first_page: extensions.first_page,
        page_base: extensions.page_base,
        outputs,
        item_cursor,
        security: crate::security::requirement(cx, node)?,
        schema: response_schema(cx, node)?,
        headers: extensions.headers,
    };
    checks(cx, node, &pagination, &op)?;
    Ok(op)
}

/// The default and the largest page size, which every operation gives.
fn sizes(
    cx: Cx<'_>,
    node: &Node<'_>,
    default: Option<u32>,
    max: Option<u32>,
) -> Result<(u32, u32), Error> {
    let missing =
        |field: Extension| cx.error(&join(&node.path, field.name()), "is required but missing");
    let default = default.ok_or_else(|| missing(Extension::DefaultSize))?;
    let max = max.ok_or_else(|| missing(Extension::MaxSize))?;
    if default == 0 || default > max {
        let message =
            format!("the default page size {default} must be between 1 and the maximum, {max}");
        return Err(cx.error(&join(&node.path, Extension::MaxSize.name()), message));
    }
    Ok((default, max))
}

/// The checks across the parts of an operation, once it is read.
fn checks(
    cx: Cx<'_>,
    node: &Node<'_>,
    pagination: &Node<'_>,
    op: &Operation<'_>,
) -> Result<(), Error> {
    let at = |field: Extension| join(&node.path, field.name());
    for (value, field) in [
        (op.first_page, Extension::FirstPage),
        (op.page_base, Extension::PageBase),
    ] {
        if value.is_some() && op.style != Style::Page {
            return Err(cx.error(&at(field), "is for operations paged by page number"));
        }
    }
    let needs = |needed: Extension, what: &str| format!("needs `{}`, {what}", needed.name());
    if op.page_base.is_some() && op.output(Role::Page).is_none() {
        let message = needs(Extension::Page, "the page number the answer gives");
        return Err(cx.error(&at(Extension::PageBase), message));
    }
    if op.output(Role::Error).is_some() && op.output(Role::Ok).is_none() {
        let message = needs(Extension::Ok, "the flag that says the answer is an error");
        return Err(cx.error(&at(Extension::Error), message));
    }
    // A second request struct is the body's object that holds the inputs.
    if op.requests.len() > 1 && op.style != Style::Page {
        let message = "inputs in an object of the body are for paging by page number only: the \
                       derive's `nested` hands on a page-number request";
        return Err(cx.error(&join(&pagination.path, "inputs"), message));
    }
    if op.by_link && op.body {
        let message = "`type: url` with a request body: a next link is followed with GET, \
                       without the body";
        return Err(cx.error(&join(&pagination.path, "type"), message));
    }
    outputs::bare_array(cx, node, op)?;
    outputs::next_link(cx, pagination, op)
}

/// The Rust type of a scalar schema.
pub(crate) fn scalar(schema: &Node<'_>) -> Option<&'static str> {
    let unsigned = schema
        .value
        .get("minimum")
        .and_then(serde_json::Value::as_f64)
        .is_some_and(|minimum| minimum >= 0.0);
    match schema.value.get("type")?.as_str()? {
        "string" => Some("String"),
        "boolean" => Some("bool"),
        "number" => Some("f64"),
        "integer" if unsigned => Some("u64"),
        "integer" => Some("i64"),
        _ => None,
    }
}

/// The `description` of a schema or parameter.
pub(crate) fn description(node: &Node<'_>) -> Option<String> {
    node.value
        .get("description")
        .and_then(|d| d.as_str())
        .map(str::to_owned)
}

/// The JSON schema of the operation's successful answer.
fn response_schema<'a>(cx: Cx<'a>, node: &Node<'a>) -> Result<Node<'a>, Error> {
    let responses = cx.required(node, "responses")?;
    let ok = cx
        .object(&responses)?
        .keys()
        .find(|code| code.starts_with('2'))
        .ok_or_else(|| cx.error(&responses.path, "no successful (2XX) response"))?;
    let response = cx.member(&responses, ok).expect("a key of the map");
    let (response, _) = cx.resolve(response)?;
    let content = cx.required(&response, "content")?;
    let json = cx.required(&content, "application/json")?;
    let (schema, _) = cx.resolve(cx.required(&json, "schema")?)?;
    Ok(schema)
}
