//! Where the answer says what the derive reads: Speakeasy's `outputs`, their paths, and
//! the checks between them and `x-pagination-headers`.

use crate::Error;
use crate::document::{Cx, Node, join};
use crate::extensions::Extension;
use crate::model::{Operation, Output, Role};

/// A JSONPath of the forms `$.a.b` and `$.a[-1].b`: the fields to the value and, after
/// `[-1]`, the fields in the last item.
pub(crate) fn json_path(
    cx: Cx<'_>,
    node: &Node<'_>,
) -> Result<(Vec<String>, Option<Vec<String>>), Error> {
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
pub(crate) fn outputs(
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
        let role = output_role(cx, &at, key, kind)?;
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

/// The role of the Speakeasy output `key` of an operation of type `kind`.
fn output_role(cx: Cx<'_>, at: &Node<'_>, key: &str, kind: &str) -> Result<Role, Error> {
    match (key, kind) {
        ("results", _) => Ok(Role::Items),
        ("numPages", "offsetLimit" | "url") => Ok(Role::TotalPages),
        ("nextCursor", "cursor") => Ok(Role::NextCursor),
        ("nextUrl", "url") => Ok(Role::Next),
        ("numPages" | "nextCursor" | "nextUrl", _) => {
            Err(cx.error(&at.path, format!("`{key}` does not go with `type: {kind}`")))
        }
        _ => {
            let message = format!(
                "unknown output `{key}`: expected results, numPages, nextCursor or nextUrl"
            );
            Err(cx.error(&at.path, message))
        }
    }
}

/// Checks that the body is a bare array (`results: "$"`) exactly when the pagination is
/// in headers, and that nothing else is read from the body then.
pub(crate) fn bare_array(cx: Cx<'_>, node: &Node<'_>, op: &Operation<'_>) -> Result<(), Error> {
    let results = op
        .outputs
        .iter()
        .find(|o| o.role == Role::Items)
        .expect("results, checked");
    let bare = results.fields.is_empty();
    let headers = Extension::Headers.name();
    if op.headers.is_empty() {
        if bare {
            let message = format!("`$` (the body is a bare array) needs `{headers}`");
            return Err(cx.error(&results.at, message));
        }
        return Ok(());
    }
    if !bare {
        let message = format!(
            "with `{headers}` (at `{}`), the body is a bare array: `results` must be `$`",
            join(&node.path, headers)
        );
        return Err(cx.error(&results.at, message));
    }
    if let Some(other) = op.outputs.iter().find(|o| o.role != Role::Items) {
        let message = if other.role.derives() {
            format!("the body is a bare array: with `{headers}`, name a header there")
        } else {
            "the body is a bare array: it has no success flag or error message".to_owned()
        };
        return Err(cx.error(&other.at, message));
    }
    Ok(())
}

/// Checks that an operation walked by links (`type: url`) says where its next link is:
/// `nextUrl` in the body, or a `next` header.
pub(crate) fn next_link(
    cx: Cx<'_>,
    pagination: &Node<'_>,
    op: &Operation<'_>,
) -> Result<(), Error> {
    let in_body = op.outputs.iter().any(|o| o.role == Role::Next);
    let in_header = op.headers.iter().any(|(role, _)| *role == Role::Next);
    if !op.by_link || in_body || in_header {
        return Ok(());
    }
    let message = format!(
        "`type: url` needs the next page's link: `nextUrl`, or a `next` header in `{}`",
        Extension::Headers.name()
    );
    Err(cx.error(&join(&pagination.path, "outputs"), message))
}
