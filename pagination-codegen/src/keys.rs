//! Every key and marker `#[paginate(...)]` accepts, in one table.
//!
//! Parsing, "did you mean" suggestions, the request/response side checks, the messages
//! that show a key's use, and the documentation test all read this table, so a new key
//! is one row here plus its meaning (the model field that holds it and its expansion).

/// Which kind of struct a key belongs to.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Side {
    Request,
    Response,
    Both,
}

impl Side {
    /// Whether a key of this side is allowed on a struct of side `of`.
    pub(crate) fn fits(self, of: Side) -> bool {
        self == Side::Both || self == of
    }
}

/// What follows a key where it is allowed.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Value {
    /// `key = "wire name"`.
    WireName,
    /// A role: `key = "wire name"`, or on a response `key = field.path`, the Rust field
    /// names that reach the role's value through nested structs.
    Role,
    /// `key = Type`.
    Type,
    /// `key = field.path`: the Rust field names that reach a value inside one item.
    ItemPath,
    /// `key = 100`, an integer literal within `Range`.
    Integer(Range),
    /// `key = "path::to::pagination_core"`.
    Path,
    /// `key = "X-Total"`, an HTTP header name.
    HeaderName,
    /// A bare `key`.
    Marker,
}

/// The integers an integer key accepts.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Range {
    /// A page size or limit: at least 1, within a `u32`.
    PageSize,
    /// A page base: 0 or 1.
    ZeroOrOne,
    /// Any `u64`: an offset.
    Any,
}

/// How a request pages, which its keys decide: each style's keys make a request of that
/// style, and a request has one.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Style {
    /// By page number and page size: `PaginatedRequest`.
    Page,
    /// By offset and limit: `OffsetRequest`.
    Offset,
    /// By cursor and limit: `CursorRequest`.
    Cursor,
}

impl Style {
    /// The kind of request, as messages name it: "page-number".
    pub(crate) fn noun(self) -> &'static str {
        match self {
            Style::Page => "page-number",
            Style::Offset => "offset/limit",
            Style::Cursor => "cursor",
        }
    }

    /// The runtime trait the derive implements for a request of this style.
    pub(crate) fn trait_name(self) -> &'static str {
        match self {
            Style::Page => "PaginatedRequest",
            Style::Offset => "OffsetRequest",
            Style::Cursor => "CursorRequest",
        }
    }
}

/// Where `#[paginate(...)]` is written.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Level {
    Struct,
    Field,
}

/// One row of the table.
#[derive(Debug)]
pub(crate) struct Spec {
    pub(crate) name: &'static str,
    pub(crate) side: Side,
    /// What the key takes on the struct; `None` when it is not allowed there.
    pub(crate) on_struct: Option<Value>,
    /// What the key takes on a field; `None` when it is not allowed there.
    pub(crate) on_field: Option<Value>,
    /// A value for messages, as written after `=`.
    pub(crate) example: &'static str,
    /// What the key is, as messages say it; `None` for a key no message describes.
    pub(crate) about: Option<&'static str>,
    /// On a request, the styles the key belongs to; empty for a key of any style.
    pub(crate) styles: &'static [Style],
    /// Where a key of the other side is wanted, what to write there instead.
    pub(crate) instead: Option<&'static str>,
}

macro_rules! keys {
    ($(
        $key:ident: $name:literal, $side:ident, $on_struct:expr, $on_field:expr,
        $example:literal, $about:expr, [$($style:ident),*], $instead:expr;
    )*) => {
        /// A key or marker of `#[paginate(...)]`.
        #[derive(Clone, Copy, Debug, PartialEq, Eq)]
        pub(crate) enum Key {
            $($key,)*
        }

        impl Key {
            /// Every key, in the order messages list them.
            pub(crate) const ALL: &[Key] = &[$(Key::$key,)*];

            pub(crate) fn spec(self) -> &'static Spec {
                match self {
                    $(Key::$key => &Spec {
                        name: $name,
                        side: Side::$side,
                        on_struct: $on_struct,
                        on_field: $on_field,
                        example: $example,
                        about: $about,
                        styles: &[$(Style::$style),*],
                        instead: $instead,
                    },)*
                }
            }
        }
    };
}

use Range::{Any, PageSize, ZeroOrOne};
use Value::{HeaderName, Integer, ItemPath, Marker, Path, Role, Type, WireName};

keys! {
    // key: name, side, on the struct, on a field, example, about (`None` where no message
    //     describes the key), request styles, what to write on the other side instead
    Page: "page", Both, Some(Role), Some(Marker), "\"page\"", Some("the page number"), [Page],
        None;
    Size: "size", Both, Some(Role), Some(Marker), "\"pageSize\"", Some("the page size"), [Page],
        None;
    Offset: "offset", Both, Some(Role), Some(Marker), "\"startAt\"",
        Some("the offset of the page's first item"), [Offset], None;
    Limit: "limit", Request, Some(Role), Some(Marker), "\"limit\"",
        Some("the number of items to ask for"), [Offset, Cursor],
        Some("on a response, the limit the server says it used is the `size` role");
    Cursor: "cursor", Request, Some(Role), Some(Marker), "\"starting_after\"", None, [Cursor],
        Some("on a response, the cursor of the next page is the `next_cursor` role");
    Default: "default", Request, Some(Integer(PageSize)), None, "100",
        Some("the page size or limit the server uses when none is sent"), [], None;
    Max: "max", Request, Some(Integer(PageSize)), None, "5000",
        Some("the largest page size or limit the server accepts"), [], None;
    First: "first", Request, Some(Integer(ZeroOrOne)), None, "1",
        Some("the number of the first page"), [Page], None;
    FirstOffset: "first_offset", Request, Some(Integer(Any)), None, "0", None, [Offset], None;
    Crate: "crate", Both, Some(Path), None, "\"my_sdk::pagination\"",
        Some("a path to the pagination_core crate"), [], None;
    Nested: "nested", Request, None, Some(Marker), "\"pagination\"",
        Some("the field that holds the pagination parameters"), [], None;
    Items: "items", Response, Some(Role), Some(Marker), "\"results\"", None, [], None;
    Item: "item", Response, Some(Type), None, "Person", None, [], None;
    TotalItems: "total_items", Response, Some(Role), Some(Marker), "\"totalResults\"",
        Some("the total number of items"), [], None;
    TotalPages: "total_pages", Response, Some(Role), Some(Marker), "\"page_count\"", None, [],
        None;
    Next: "next", Response, Some(Role), Some(Marker), "\"_links\"", None, [], None;
    HasMore: "has_more", Response, Some(Role), Some(Marker), "\"has_more\"",
        Some("the flag that says whether there is a next page"), [], None;
    NextCursor: "next_cursor", Response, Some(Role), Some(Marker), "\"next_cursor\"",
        Some("the cursor of the next page"), [],
        Some("on a request, the cursor to send is the `cursor` role");
    ItemCursor: "item_cursor", Response, Some(ItemPath), None, "id", None, [],
        Some("on a request, the cursor to send is the `cursor` role");
    PageBase: "page_base", Response, Some(Integer(ZeroOrOne)), None, "0",
        Some("the number the response gives the first page"), [], None;
    Rename: "rename", Both, None, Some(WireName), "\"perPage\"",
        Some("the field whose wire name it sets"), [], None;
    Header: "header", Response, None, Some(HeaderName), "\"X-Total\"",
        Some("a role's field, to read it from an HTTP response header"), [], None;
    Param: "param", Response, None, Some(WireName), "\"page\"",
        Some("a `total_pages` field read from the `Link` header, naming the query parameter of \
              its `rel=\"last\"` link that holds the last page's number"), [], None;
}

/// The header whose links (RFC 8288) the `next` and `total_pages` roles read by relation
/// rather than by value.
pub(crate) const LINK_HEADER: &str = "Link";

/// The query parameter `param` names by default: GitHub's and GitLab's.
pub(crate) const DEFAULT_PARAM: &str = "page";

/// The key that makes a struct a response (SPEC 3: a struct with an `items` role).
pub(crate) const RESPONSE_ROLE: Key = Key::Items;

impl Key {
    pub(crate) fn name(self) -> &'static str {
        self.spec().name
    }

    /// What the key is, as messages say it; empty for a key no message describes.
    pub(crate) fn about(self) -> &'static str {
        self.spec().about.unwrap_or_default()
    }

    pub(crate) fn from_name(name: &str) -> Option<Key> {
        Key::ALL.iter().copied().find(|key| key.name() == name)
    }

    /// Every key allowed at `level`, in table order.
    pub(crate) fn at(level: Level) -> impl Iterator<Item = Key> {
        Key::ALL
            .iter()
            .copied()
            .filter(move |key| key.spec().value_at(level).is_some())
    }

    /// A role binds a field: a bare marker on the field itself.
    pub(crate) fn is_role(self) -> bool {
        self.spec().on_field == Some(Value::Marker)
    }

    /// The one request style the key makes a request of, if it belongs to one alone.
    pub(crate) fn style(self) -> Option<Style> {
        match self.spec().styles {
            &[style] => Some(style),
            _ => None,
        }
    }

    /// The key as written, with its example value: `size = "pageSize"`, or `items` for a
    /// marker on a field.
    pub(crate) fn usage(self, level: Level) -> String {
        let spec = self.spec();
        match spec.value_at(level) {
            Some(Value::Marker) => spec.name.to_owned(),
            _ => format!("{} = {}", spec.name, spec.example),
        }
    }
}

impl Spec {
    pub(crate) fn value_at(&self, level: Level) -> Option<Value> {
        match level {
            Level::Struct => self.on_struct,
            Level::Field => self.on_field,
        }
    }
}
