//! The request structs of an operation: its path and query parameters, or its path
//! parameters and the properties of its JSON body, with the object of the body that holds
//! the pagination inputs as a struct of its own.

use crate::Error;
use crate::document::{Cx, Node, join};
use crate::model::{Param, Place, RequestDef, description, scalar};
use crate::names::{pascal, snake};

/// The request structs of the operation at `node` named `name`: the request, then the
/// object of its body named `nested`, if any; and whether it sends a JSON body.
pub(crate) fn requests<'a>(
    cx: Cx<'a>,
    node: &Node<'a>,
    path_item: &Node<'a>,
    (method, name, label): (&str, &str, &str),
    nested: Option<&str>,
) -> Result<(Vec<RequestDef>, bool), Error> {
    let mut fields = params_of(cx, path_item)?;
    fields.extend(params_of(cx, node)?);
    let mut requests = vec![RequestDef {
        name: name.to_owned(),
        doc: format!("`{label}`"),
        fields: Vec::new(),
    }];
    let Some(body) = cx.member(node, "requestBody") else {
        if method != "get" {
            let message = format!(
                "a {} operation needs a JSON request body: only GET operations, and operations \
                 with one, are supported",
                method.to_ascii_uppercase()
            );
            return Err(cx.error(&node.path, message));
        }
        requests[0].fields = fields;
        return Ok((requests, false));
    };
    if method == "get" {
        return Err(cx.error(&body.path, "a GET request has no body"));
    }
    if let Some(query) = fields.iter().find(|f| f.place == Place::Query) {
        let message = format!(
            "the query parameter `{}` beside a request body is not supported: the request is \
             the body",
            query.wire
        );
        return Err(cx.error(&join(&node.path, "parameters"), message));
    }
    let schema = body_schema(cx, body)?;
    for (wire, property) in properties(cx, &schema)? {
        if Some(wire.as_str()) == nested {
            let inner = format!("{name}{}", pascal(&wire));
            let doc = format!("The `{wire}` object of [`{name}`]'s body.");
            let inner_fields = properties(cx, &property)?
                .into_iter()
                .map(|(wire, node)| body_field(&wire, &node, &property))
                .collect();
            requests.push(RequestDef {
                name: inner.clone(),
                doc,
                fields: inner_fields,
            });
            fields.push(Param {
                ty: inner,
                optional: false,
                nested: true,
                ..body_field(&wire, &property, &schema)
            });
        } else {
            fields.push(body_field(&wire, &property, &schema));
        }
    }
    requests[0].fields = fields;
    Ok((requests, true))
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
    let place = match cx.string(&cx.required(node, "in")?)? {
        "query" => Place::Query,
        "path" => Place::Path,
        _ => return Ok(None),
    };
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
        ty: if place == Place::Path { "String" } else { ty }.to_owned(),
        place,
        doc: description(node),
        optional: place == Place::Query,
        nested: false,
        input: None,
    }))
}

/// The schema of the JSON request body at `body`, an object.
fn body_schema<'a>(cx: Cx<'a>, body: Node<'a>) -> Result<Node<'a>, Error> {
    let (body, _) = cx.resolve(body)?;
    let content = cx.required(&body, "content")?;
    let json = cx.required(&content, "application/json")?;
    let (schema, _) = cx.resolve(cx.required(&json, "schema")?)?;
    Ok(schema)
}

/// The properties of the object `schema`, each resolved, in order.
fn properties<'a>(cx: Cx<'a>, schema: &Node<'a>) -> Result<Vec<(String, Node<'a>)>, Error> {
    let node = cx.required(schema, "properties")?;
    let mut found = Vec::new();
    for wire in cx.object(&node)?.keys() {
        let property = cx.member(&node, wire).expect("a key of the map");
        found.push((wire.clone(), cx.resolve(property)?.0));
    }
    Ok(found)
}

/// The request field of the property `wire` of the body object `parent`: a scalar, a list,
/// or any other JSON value.
fn body_field(wire: &str, property: &Node<'_>, parent: &Node<'_>) -> Param {
    let ty = match property.value.get("type").and_then(|t| t.as_str()) {
        Some("array") => {
            let items = property.value.get("items").map(|value| Node {
                value,
                path: String::new(),
            });
            let item = items
                .as_ref()
                .and_then(scalar)
                .unwrap_or("serde_json::Value");
            format!("Vec<{item}>")
        }
        _ => scalar(property).unwrap_or("serde_json::Value").to_owned(),
    };
    let required = parent
        .value
        .get("required")
        .and_then(|r| r.as_array())
        .is_some_and(|list| list.iter().any(|name| name.as_str() == Some(wire)));
    Param {
        wire: wire.to_owned(),
        field: snake(wire),
        ty,
        place: Place::Body,
        doc: description(property),
        optional: !required,
        nested: false,
        input: None,
    }
}
