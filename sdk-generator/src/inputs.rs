//! Speakeasy's `inputs`: which request fields carry the page, offset, cursor and limit, and
//! how the request pages.

use crate::Error;
use crate::document::{Cx, Node, join};
use crate::model::{Input, Place, RequestDef, Style};

/// An input as the document names it.
#[derive(Debug, Clone)]
pub(crate) struct InputRef {
    pub(crate) input: Input,
    /// `in: requestBody`, else `in: parameters`.
    pub(crate) in_body: bool,
    /// The parameter's name, or the path of property names to a body field.
    pub(crate) name: Vec<String>,
    /// Where the document says it.
    pub(crate) at: String,
}

/// Reads the `inputs` of `pagination`.
pub(crate) fn inputs(cx: Cx<'_>, pagination: &Node<'_>) -> Result<Vec<InputRef>, Error> {
    let Some(list) = cx.member(pagination, "inputs") else {
        return Ok(Vec::new());
    };
    let items = list
        .value
        .as_array()
        .ok_or_else(|| cx.error(&list.path, "expected an array"))?;
    let mut found: Vec<InputRef> = Vec::new();
    for (index, value) in items.iter().enumerate() {
        let node = Node {
            value,
            path: format!("{}[{index}]", list.path),
        };
        let name = cx.string(&cx.required(&node, "name")?)?;
        let location = cx.required(&node, "in")?;
        let in_body = match cx.string(&location)? {
            "parameters" => false,
            "requestBody" => true,
            other => {
                let message =
                    format!("unknown input place `{other}`: expected parameters or requestBody");
                return Err(cx.error(&location.path, message));
            }
        };
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
        if found.iter().any(|other| other.input == input) {
            let message = format!("a second `{}` input", cx.string(&kind)?);
            return Err(cx.error(&kind.path, message));
        }
        let name = if in_body {
            name.split('.').map(str::to_owned).collect()
        } else {
            vec![name.to_owned()]
        };
        found.push(InputRef {
            input,
            in_body,
            name,
            at: node.path,
        });
    }
    Ok(found)
}

/// The object of the body that holds the inputs (`pagination` for `pagination.page`), if
/// they are not properties of the body itself; they must all be in one place.
pub(crate) fn nested_object(cx: Cx<'_>, inputs: &[InputRef]) -> Result<Option<String>, Error> {
    let place = |input: &InputRef| match input.name.as_slice() {
        [_] => Ok(None),
        [object, _] => Ok(Some(object.clone())),
        _ => {
            let message = "a body input is a property of the body, or of an object in it, such \
                           as `pagination.page`";
            Err(cx.error(&join(&input.at, "name"), message))
        }
    };
    let mut body = inputs.iter().filter(|input| input.in_body);
    let Some(first) = body.next() else {
        return Ok(None);
    };
    let object = place(first)?;
    for input in body {
        if place(input)? != object {
            let message = format!(
                "the pagination inputs must be in one place: here `{}`, at `{}` `{}`",
                input.name.join("."),
                first.at,
                first.name.join(".")
            );
            return Err(cx.error(&join(&input.at, "name"), message));
        }
    }
    Ok(object)
}

/// Marks the request fields the inputs name, and gives each its type; returns what they
/// are.
pub(crate) fn mark(
    cx: Cx<'_>,
    inputs: &[InputRef],
    requests: &mut [RequestDef],
    body: bool,
) -> Result<Vec<Input>, Error> {
    for input in inputs {
        if input.in_body != body {
            let message = if body {
                "the operation sends its request as a JSON body: its inputs are \
                 `in: requestBody`"
            } else {
                "the operation has no JSON request body: its inputs are `in: parameters`"
            };
            return Err(cx.error(&join(&input.at, "in"), message));
        }
        // `pagination.page` is in the struct of the body's `pagination`, the second.
        let def = match input.name.len() {
            1 => requests.first_mut(),
            2 => requests.get_mut(1),
            _ => None,
        };
        let wire = input.name.last().map(String::as_str);
        let place = if body { Place::Body } else { Place::Query };
        let field = def
            .and_then(|def| {
                def.fields.iter_mut().find(|field| {
                    Some(field.wire.as_str()) == wire && field.place == place && !field.nested
                })
            })
            .ok_or_else(|| {
                let what = if body {
                    "the request body has no property"
                } else {
                    "the operation has no query parameter"
                };
                let message = format!("{what} `{}`", input.name.join("."));
                cx.error(&join(&input.at, "name"), message)
            })?;
        field.input = Some(input.input);
        field.optional = true;
        let ty = match input.input {
            Input::Page | Input::Limit => "u32",
            Input::Offset => "u64",
            Input::Cursor => "String",
        };
        ty.clone_into(&mut field.ty);
    }
    Ok(inputs.iter().map(|input| input.input).collect())
}

/// The request's style, and whether the answers link their next page.
pub(crate) fn style(
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
