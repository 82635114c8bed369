//! Our `x-pagination-*` fields, in one table: each field's name and what it holds. Reading,
//! the check for unknown fields and the messages that name a field all go through it.

use crate::Error;
use crate::document::{Cx, Node};
use crate::model::{Output, Role};
use crate::outputs::json_path;

/// An `x-pagination-*` field of an operation.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Extension {
    DefaultSize,
    MaxSize,
    FirstPage,
    PageBase,
    TotalItems,
    HasMore,
    Page,
    Size,
    Offset,
    Headers,
    Ok,
    Error,
}

/// What a field holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Holds {
    /// A page size: a positive integer.
    Count,
    /// A page number's base: 0 or 1.
    ZeroOrOne,
    /// A JSONPath in the body to the value of a response role, or of the success flag and
    /// error message the methods read.
    Path(Role),
    /// An object, role → the response header it is read from.
    Headers,
}

const TABLE: &[(Extension, &str, Holds)] = &[
    (
        Extension::DefaultSize,
        "x-pagination-default-size",
        Holds::Count,
    ),
    (Extension::MaxSize, "x-pagination-max-size", Holds::Count),
    (
        Extension::FirstPage,
        "x-pagination-first-page",
        Holds::ZeroOrOne,
    ),
    (
        Extension::PageBase,
        "x-pagination-page-base",
        Holds::ZeroOrOne,
    ),
    (
        Extension::TotalItems,
        "x-pagination-total-items",
        Holds::Path(Role::TotalItems),
    ),
    (
        Extension::HasMore,
        "x-pagination-has-more",
        Holds::Path(Role::HasMore),
    ),
    (
        Extension::Page,
        "x-pagination-page",
        Holds::Path(Role::Page),
    ),
    (
        Extension::Size,
        "x-pagination-size",
        Holds::Path(Role::Size),
    ),
    (
        Extension::Offset,
        "x-pagination-offset",
        Holds::Path(Role::Offset),
    ),
    (Extension::Headers, "x-pagination-headers", Holds::Headers),
    (Extension::Ok, "x-pagination-ok", Holds::Path(Role::Ok)),
    (
        Extension::Error,
        "x-pagination-error",
        Holds::Path(Role::Error),
    ),
];

/// What every `x-pagination-*` field starts with.
const PREFIX: &str = "x-pagination-";

impl Extension {
    /// The field's name, `x-pagination-...`.
    pub(crate) fn name(self) -> &'static str {
        TABLE
            .iter()
            .find(|(field, ..)| *field == self)
            .map(|(_, name, _)| *name)
            .expect("every field is in the table")
    }
}

/// The `x-pagination-*` fields of an operation, read.
#[derive(Debug, Default)]
pub(crate) struct Extensions {
    pub(crate) default_size: Option<u32>,
    pub(crate) max_size: Option<u32>,
    pub(crate) first_page: Option<u32>,
    pub(crate) page_base: Option<u32>,
    /// The roles read from the body by a JSONPath.
    pub(crate) outputs: Vec<Output>,
    /// The roles read from response headers, and each header's name, in role order.
    pub(crate) headers: Vec<(Role, String)>,
}

/// Reads every `x-pagination-*` field of the operation at `node`; an unknown one is an
/// error, never ignored.
pub(crate) fn read(cx: Cx<'_>, node: &Node<'_>) -> Result<Extensions, Error> {
    let mut read = Extensions::default();
    for key in cx
        .object(node)?
        .keys()
        .filter(|key| key.starts_with(PREFIX))
    {
        let at = cx.member(node, key).expect("a key of the map");
        let Some(&(field, _, holds)) = TABLE.iter().find(|(_, name, _)| name == key) else {
            let known: Vec<&str> = TABLE.iter().map(|(_, name, _)| *name).collect();
            let message = format!(
                "unknown field `{key}`: expected one of {}",
                known.join(", ")
            );
            return Err(cx.error(&at.path, message));
        };
        match holds {
            Holds::Count => {
                let slot = match field {
                    Extension::DefaultSize => &mut read.default_size,
                    _ => &mut read.max_size,
                };
                *slot = Some(cx.count(&at)?);
            }
            Holds::ZeroOrOne => {
                let slot = match field {
                    Extension::FirstPage => &mut read.first_page,
                    _ => &mut read.page_base,
                };
                let n = at.value.as_u64().filter(|n| *n <= 1);
                *slot = Some(
                    n.and_then(|n| u32::try_from(n).ok())
                        .ok_or_else(|| cx.error(&at.path, "expected 0 or 1"))?,
                );
            }
            Holds::Path(role) => read.outputs.push(output(cx, &at, role)?),
            Holds::Headers => read.headers = headers(cx, &at)?,
        }
    }
    Ok(read)
}

/// A role read from the body by the JSONPath at `at`.
fn output(cx: Cx<'_>, at: &Node<'_>, role: Role) -> Result<Output, Error> {
    let (fields, item) = json_path(cx, at)?;
    if item.is_some() {
        return Err(cx.error(&at.path, "`[-1]` is only for `nextCursor`"));
    }
    Ok(Output {
        role,
        fields,
        at: at.path.clone(),
    })
}

/// `x-pagination-headers`: each role (a derive key) and the response header it is read
/// from, in the order of the roles.
fn headers(cx: Cx<'_>, map: &Node<'_>) -> Result<Vec<(Role, String)>, Error> {
    let mut headers = Vec::new();
    for key in cx.object(map)?.keys() {
        let at = cx.member(map, key).expect("a key of the map");
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
