//! An operation of the document, read into what the generator writes.

use crate::Error;
use crate::document::{Cx, Node, join};
use crate::names::{pascal, snake};

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

/// What a response field is for: the derive's response roles.
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
        }
    }

    /// The role of a response field named by its derive key; none for `items`, which
    /// is the body and never a header.
    fn from_key(key: &str) -> Option<Role> {
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
            Role::Next | Role::NextCursor => ("string", "String"),
            Role::HasMore => ("boolean", "bool"),
            _ => ("integer", "u64"),
        }
    }
}

/// A query or path parameter of a request.
#[derive(Debug, Clone)]
pub(crate) struct Param {
    pub(crate) wire: String,
    pub(crate) field: String,
    pub(crate) ty: String,
    pub(crate) in_path: bool,
    pub(crate) doc: Option<String>,
    pub(crate) input: Option<Input>,
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
    pub(crate) route: String,
    pub(crate) fn_name: String,
    pub(crate) request: String,
    pub(crate) response: String,
    pub(crate) summary: Option<String>,
    pub(crate) style: Style,
    pub(crate) by_link: bool,
    pub(crate) params: Vec<Param>,
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

/// Reads the operation at `node`, whose `x-speakeasy-pagination` is `pagination`.
pub(crate) fn operation<'a>(
    cx: Cx<'a>,
    route: &str,
    method: &str,
    node: &Node<'a>,
    path_item: &Node<'a>,
) -> Result<Operation<'a>, Error> {
    let pagination = cx.required(node, "x-speakeasy-pagination")?;
    let id = cx.string(&cx.required(node, "operationId")?)?;
    if method != "get" {
        let message = "only GET operations are supported: a request body is not generated";
        return Err(cx.error(&pagination.path, message));
    }
    let mut params = params_of(cx, path_item)?;
    params.extend(params_of(cx, node)?);
    let kind = cx.string(&cx.required(&pagination, "type")?)?;
    let inputs = inputs(cx, &pagination, &mut params)?;
    let (style, by_link) = style(cx, &pagination, kind, &inputs)?;
    let (outputs, item_cursor) = outputs(cx, &pagination, kind)?;
    let mut operation = Operation {
        label: format!("{} {route}", method.to_ascii_uppercase()),
        route: route.to_owned(),
        fn_name: snake(id),
        request: pascal(id),
        response: format!("{}Page", pascal(id)),
        summary: node
            .value
            .get("summary")
            .and_then(|s| s.as_str())
            .map(str::to_owned),
        style,
        by_link,
        params,
        default_size: 0,
        max_size: 0,
        first_page: None,
        page_base: None,
        outputs,
        item_cursor,
        security: security(cx, node)?,
        schema: response_schema(cx, node)?,
        headers: headers(cx, node)?,
    };
    extensions(cx, node, &mut operation)?;
    bare_array(cx, node, kind, &operation)?;
    Ok(operation)
}

fn params_of<'a>(cx: Cx<'a>, at: &Node<'a>) -> Result<Vec<Param>, Error> {
    let Some(list) = cx.member(at, "parameters") else {
        return Ok(Vec::new());
    };
    let items = list
        .value
        .as_array()
        .ok_or_else(|| cx.error(&list.path, "expected an array"))?;
    let mut params = Vec::new();
    for (index, value) in items.iter().enumerate() {
        let node = Node {
            value,
            path: format!("{}[{index}]", list.path),
        };
        let (node, _) = cx.resolve(node)?;
        if let Some(param) = param(cx, &node)? {
            params.push(param);
        }
    }
    Ok(params)
}

/// A query or path parameter; none for a header or cookie.
fn param<'a>(cx: Cx<'a>, node: &Node<'a>) -> Result<Option<Param>, Error> {
    let wire = cx.string(&cx.required(node, "name")?)?;
    let location = cx.string(&cx.required(node, "in")?)?;
    if !matches!(location, "query" | "path") {
        return Ok(None);
    }
    let ty = match cx.member(node, "schema") {
        Some(schema) => {
            let (schema, _) = cx.resolve(schema)?;
            scalar(&schema).ok_or_else(|| {
                cx.error(
                    &schema.path,
                    "only parameters of scalar types are supported",
                )
            })?
        }
        None => "String",
    };
    Ok(Some(Param {
        wire: wire.to_owned(),
        field: snake(wire),
        ty: if location == "path" { "String" } else { ty }.to_owned(),
        in_path: location == "path",
        doc: description(node),
        input: None,
    }))
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

/// Marks the parameters Speakeasy's `inputs` name, and returns what they are.
fn inputs<'a>(
    cx: Cx<'a>,
    pagination: &Node<'a>,
    params: &mut [Param],
) -> Result<Vec<Input>, Error> {
    let Some(list) = cx.member(pagination, "inputs") else {
        return Ok(Vec::new());
    };
    let items = list
        .value
        .as_array()
        .ok_or_else(|| cx.error(&list.path, "expected an array"))?;
    let mut found = Vec::new();
    for (index, value) in items.iter().enumerate() {
        let node = Node {
            value,
            path: format!("{}[{index}]", list.path),
        };
        let name = cx.string(&cx.required(&node, "name")?)?;
        let location = cx.required(&node, "in")?;
        if cx.string(&location)? != "parameters" {
            let message = "only `in: parameters` is supported: inputs in the request body are not";
            return Err(cx.error(&location.path, message));
        }
        let kind = cx.required(&node, "type")?;
        let input = match cx.string(&kind)? {
            "page" => Input::Page,
            "offset" => Input::Offset,
            "limit" => Input::Limit,
            "cursor" => Input::Cursor,
            other => {
                let message =
                    format!("unknown input type `{other}`: expected page, offset, limit or cursor");
                return Err(cx.error(&kind.path, message));
            }
        };
        let param = params
            .iter_mut()
            .find(|param| param.wire == name && !param.in_path)
            .ok_or_else(|| {
                cx.error(
                    &join(&node.path, "name"),
                    format!("the operation has no query parameter `{name}`"),
                )
            })?;
        if found.contains(&input) {
            return Err(cx.error(
                &kind.path,
                format!("a second `{}` input", cx.string(&kind)?),
            ));
        }
        param.input = Some(input);
        found.push(input);
    }
    Ok(found)
}

/// The request's style, and whether the answers link their next page.
fn style(
    cx: Cx<'_>,
    pagination: &Node<'_>,
    kind: &str,
    inputs: &[Input],
) -> Result<(Style, bool), Error> {
    let path = join(&pagination.path, "inputs");
    let has = |input| inputs.contains(&input);
    let style = match kind {
        "offsetLimit" if has(Input::Page) && has(Input::Offset) => {
            return Err(cx.error(&path, "both a `page` and an `offset` input: a request pages one way"));
        }
        "offsetLimit" | "url" if has(Input::Page) => Style::Page,
        "offsetLimit" if has(Input::Offset) => Style::Offset,
        "offsetLimit" => return Err(cx.error(&path, "an `offsetLimit` operation needs a `page` or an `offset` input")),
        "url" => return Err(cx.error(&path, "a `url` operation needs a `page` input, for walks by page number and for its first page")),
        "cursor" if has(Input::Cursor) => Style::Cursor,
        "cursor" => return Err(cx.error(&path, "a `cursor` operation needs a `cursor` input")),
        other => {
            let message = format!("unknown pagination type `{other}`: expected offsetLimit, cursor or url");
            return Err(cx.error(&join(&pagination.path, "type"), message));
        }
    };
    if !has(Input::Limit) {
        let message = "needs a `limit` input: the page size the derive clamps and walks by";
        return Err(cx.error(&path, message));
    }
    if style == Style::Cursor && has(Input::Page) || style != Style::Cursor && has(Input::Cursor) {
        return Err(cx.error(&path, format!("inputs that do not go with `type: {kind}`")));
    }
    Ok((style, kind == "url"))
}

/// A JSONPath of the forms `$.a.b` and `$.a[-1].b`: the fields to the value and, after
/// `[-1]`, the fields in the last item.
fn json_path(cx: Cx<'_>, node: &Node<'_>) -> Result<(Vec<String>, Option<Vec<String>>), Error> {
    let text = cx.string(node)?;
    let malformed = || {
        let message = format!(
            "`{text}` is not a JSONPath of the forms `$.data`, `$.meta.total` or `$.data[-1].id`"
        );
        cx.error(&node.path, message)
    };
    let rest = text.strip_prefix("$.").ok_or_else(malformed)?;
    let (fields, item) = match rest.split_once("[-1]") {
        Some((fields, item)) => (fields, Some(item.strip_prefix('.').ok_or_else(malformed)?)),
        None => (rest, None),
    };
    let split = |text: &str| -> Result<Vec<String>, Error> {
        let parts: Vec<String> = text.split('.').map(str::to_owned).collect();
        if parts
            .iter()
            .any(|p| p.is_empty() || p.contains(['[', ']', '*', '$']))
        {
            return Err(malformed());
        }
        Ok(parts)
    };
    Ok((split(fields)?, item.map(split).transpose()?))
}

/// Speakeasy's `outputs`, and the item field that is the next cursor, if any.
#[allow(clippy::type_complexity, reason = "a private pair")]
fn outputs(
    cx: Cx<'_>,
    pagination: &Node<'_>,
    kind: &str,
) -> Result<(Vec<Output>, Option<(Vec<String>, String)>), Error> {
    let node = cx.required(pagination, "outputs")?;
    let map = cx.object(&node)?;
    let mut outputs = Vec::new();
    let mut item_cursor = None;
    cx.required(&node, "results")?;
    for key in map.keys() {
        let at = cx.member(&node, key).expect("a key of the map");
        if key == "results" && at.value.as_str() == Some("$") {
            outputs.push(Output {
                role: Role::Items,
                fields: Vec::new(),
                at: at.path,
            });
            continue;
        }
        let (fields, item) = json_path(cx, &at)?;
        let role = match (key.as_str(), kind) {
            ("results", _) => Role::Items,
            ("numPages", "offsetLimit" | "url") => Role::TotalPages,
            ("nextCursor", "cursor") => Role::NextCursor,
            ("nextUrl", "url") => Role::Next,
            ("numPages" | "nextCursor" | "nextUrl", _) => {
                return Err(cx.error(&at.path, format!("`{key}` does not go with `type: {kind}`")));
            }
            _ => {
                let message = format!(
                    "unknown output `{key}`: expected results, numPages, nextCursor or nextUrl"
                );
                return Err(cx.error(&at.path, message));
            }
        };
        match item {
            Some(item) if role == Role::NextCursor => item_cursor = Some((fields, item, at.path)),
            Some(_) => return Err(cx.error(&at.path, "`[-1]` is only for `nextCursor`")),
            None => outputs.push(Output {
                role,
                fields,
                at: at.path,
            }),
        }
    }
    let Some((fields, item, at)) = item_cursor else {
        return Ok((outputs, None));
    };
    let results = outputs
        .iter()
        .find(|o| o.role == Role::Items)
        .expect("results, checked");
    if results.fields != fields {
        let message = format!(
            "a cursor from the last item must come from the results, `$.{}[-1]`",
            results.fields.join(".")
        );
        return Err(cx.error(&at, message));
    }
    Ok((outputs, Some((item, at))))
}

/// Our `x-pagination-*` fields of the operation.
fn extensions<'a>(cx: Cx<'a>, node: &Node<'a>, op: &mut Operation<'a>) -> Result<(), Error> {
    op.default_size = cx.count(&cx.required(node, "x-pagination-default-size")?)?;
    let max = cx.required(node, "x-pagination-max-size")?;
    op.max_size = cx.count(&max)?;
    if op.default_size == 0 || op.default_size > op.max_size {
        let message = format!(
            "the default page size {} must be between 1 and the maximum, {}",
            op.default_size, op.max_size
        );
        return Err(cx.error(&max.path, message));
    }
    for (key, slot) in [
        ("x-pagination-first-page", &mut op.first_page),
        ("x-pagination-page-base", &mut op.page_base),
    ] {
        if let Some(at) = cx.member(node, key) {
            let n = at.value.as_u64().filter(|n| *n <= 1);
            *slot = Some(
                n.and_then(|n| u32::try_from(n).ok())
                    .ok_or_else(|| cx.error(&at.path, "expected 0 or 1"))?,
            );
            if op.style != Style::Page {
                return Err(cx.error(&at.path, "is for operations paged by page number"));
            }
        }
    }
    let roles = [
        ("x-pagination-total-items", Role::TotalItems),
        ("x-pagination-has-more", Role::HasMore),
        ("x-pagination-page", Role::Page),
        ("x-pagination-size", Role::Size),
        ("x-pagination-offset", Role::Offset),
    ];
    for (key, role) in roles {
        if let Some(at) = cx.member(node, key) {
            let (fields, item) = json_path(cx, &at)?;
            if item.is_some() {
                return Err(cx.error(&at.path, "`[-1]` is only for `nextCursor`"));
            }
            op.outputs.push(Output {
                role,
                fields,
                at: at.path,
            });
        }
    }
    if op.page_base.is_some() && !op.outputs.iter().any(|o| o.role == Role::Page) {
        return Err(cx.error(
            &join(&node.path, "x-pagination-page-base"),
            "needs `x-pagination-page`, the page number the answer gives",
        ));
    }
    Ok(())
}

/// `x-pagination-headers`: each role (a derive key) and the response header it is read
/// from, in the order of the roles.
fn headers(cx: Cx<'_>, node: &Node<'_>) -> Result<Vec<(Role, String)>, Error> {
    let Some(map) = cx.member(node, "x-pagination-headers") else {
        return Ok(Vec::new());
    };
    let mut headers = Vec::new();
    for key in cx.object(&map)?.keys() {
        let at = cx.member(&map, key).expect("a key of the map");
        let role = Role::from_key(key).ok_or_else(|| {
            let message = format!(
                "unknown role `{key}`: expected page, size, offset, total_items, total_pages, \
                 next, has_more or next_cursor"
            );
            cx.error(&at.path, message)
        })?;
        headers.push((role, cx.string(&at)?.to_owned()));
    }
    if headers.is_empty() {
        return Err(cx.error(&map.path, "names no header"));
    }
    headers.sort_by_key(|(role, _)| role.key());
    Ok(headers)
}

/// Checks that the body is a bare array (`results: "$"`) exactly when the pagination is
/// in headers, and that nothing else is read from the body then.
fn bare_array(cx: Cx<'_>, node: &Node<'_>, kind: &str, op: &Operation<'_>) -> Result<(), Error> {
    let results = op
        .outputs
        .iter()
        .find(|o| o.role == Role::Items)
        .expect("results, checked");
    let bare = results.fields.is_empty();
    if op.headers.is_empty() {
        if bare {
            let message = "`$` (the body is a bare array) needs `x-pagination-headers`";
            return Err(cx.error(&results.at, message));
        }
        return Ok(());
    }
    if !bare {
        let message = format!(
            "with `x-pagination-headers` (at `{}`), the body is a bare array: `results` must be `$`",
            join(&node.path, "x-pagination-headers")
        );
        return Err(cx.error(&results.at, message));
    }
    if let Some(other) = op.outputs.iter().find(|o| o.role != Role::Items) {
        let message = "the body is a bare array: with `x-pagination-headers`, name a header there";
        return Err(cx.error(&other.at, message));
    }
    if kind == "url" {
        let message = "`type: url` reads links from the body: with `x-pagination-headers`, use \
                       `offsetLimit` and a `next` header";
        return Err(cx.error(&join(&node.path, "x-speakeasy-pagination.type"), message));
    }
    Ok(())
}

/// The security scheme of the operation: its own `security`, else the document's.
fn security(cx: Cx<'_>, node: &Node<'_>) -> Result<Option<String>, Error> {
    let root = Node::root(cx.root);
    let Some(list) = cx
        .member(node, "security")
        .or_else(|| cx.member(&root, "security"))
    else {
        return Ok(None);
    };
    let Some(first) = list.value.as_array().and_then(|list| list.first()) else {
        return Ok(None);
    };
    let names = first
        .as_object()
        .map(|map| map.keys().collect::<Vec<_>>())
        .unwrap_or_default();
    match names.as_slice() {
        [] => Ok(None),
        [name] => Ok(Some((*name).clone())),
        _ => Err(cx.error(
            &format!("{}[0]", list.path),
            "a requirement of more than one scheme is not supported",
        )),
    }
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
