//! Generated code is hygienic: it compiles in a `#![no_implicit_prelude]` module, beside
//! user types named like std's, with generics, lifetimes, const generics, where clauses
//! and raw identifiers, through a re-exported runtime path (also one that re-exports only
//! the documented names, one by one, so nothing hidden is reached), and under strict lints
//! (`cargo clippy` checks `clippy::pedantic` here); for roles on fields, for roles
//! reached through nested fields, and for fields read from HTTP headers alike.
#![deny(missing_docs, unsafe_code, warnings, clippy::pedantic)]

/// Std's names, taken by user types, and no prelude at all.
pub mod no_prelude {
    #![no_implicit_prelude]
    #![allow(non_camel_case_types, dead_code)]

    /// Shadows `Result`.
    pub struct Result;
    /// Shadows `Option`.
    pub struct Option;
    /// Shadows `Vec`.
    pub struct Vec;
    /// Shadows `Some`.
    pub struct Some;
    /// Shadows `None`.
    pub struct None;
    /// Shadows `Ok`.
    pub struct Ok;
    /// Shadows the primitive `u32`.
    pub struct u32;
    /// Shadows the primitive `str`.
    pub struct str;
    /// Shadows `bool`.
    pub struct bool;
    /// Shadows `String`.
    pub struct String;
    /// Shadows `Err`.
    pub struct Err;
    /// Shadows `http`, the crate the `FromHttp` impl names.
    pub mod http {}
    /// Shadows `Self`-less helpers a careless expansion might call.
    pub fn unreachable() {}

    /// A request.
    #[derive(::pagination_core::Paginated)]
    #[paginate(size = "per_page", default = 10, max = 100)]
    pub struct Request {
        /// The page.
        pub page: ::core::option::Option<::core::primitive::u32>,
        /// The size.
        pub per_page: ::core::primitive::u64,
    }

    /// A nested request.
    #[derive(::pagination_core::Paginated)]
    pub struct Outer {
        /// The parameters.
        #[paginate(nested)]
        pub inner: Request,
    }

    /// A response.
    #[derive(::pagination_core::Paginated)]
    #[paginate(page_base = 1)]
    pub struct Response {
        /// The items.
        #[paginate(items)]
        pub items: ::std::vec::Vec<::std::string::String>,
        /// The total.
        #[paginate(total_items)]
        pub total: ::core::option::Option<::core::primitive::i64>,
        /// The link.
        #[paginate(next)]
        pub next: ::core::option::Option<::std::string::String>,
    }

    /// Counts, two levels down.
    pub struct Counts {
        /// The total.
        pub total: ::core::primitive::u64,
        /// Whether there is more.
        pub more: ::core::option::Option<::core::primitive::bool>,
    }

    /// What a nested response's fields lead to.
    pub struct Meta {
        /// The counts, perhaps.
        pub counts: ::core::option::Option<Counts>,
        /// The link.
        pub next: ::std::string::String,
    }

    /// The items, one level down.
    pub struct Body {
        /// The items.
        pub list: ::core::option::Option<::std::vec::Vec<::std::string::String>>,
    }

    /// A response whose roles are reached through nested fields.
    #[derive(::pagination_core::Paginated)]
    #[paginate(items = body.list, item = ::std::string::String)]
    #[paginate(total_items = meta.counts.total, has_more = meta.counts.more)]
    #[paginate(next = meta.next, page_base = 0)]
    pub struct Nested {
        /// The items, perhaps.
        pub body: ::core::option::Option<Body>,
        /// The rest.
        pub meta: Meta,
    }

    /// An offset request, Jira's.
    #[derive(::pagination_core::Paginated)]
    #[paginate(offset = "startAt", limit = "maxResults", default = 50, max = 100)]
    pub struct Search {
        /// The offset.
        #[paginate(rename = "startAt")]
        pub start_at: ::core::option::Option<::core::primitive::u64>,
        /// The limit.
        #[paginate(rename = "maxResults")]
        pub max_results: ::core::num::NonZeroU8,
    }

    /// A cursor request, Stripe's.
    #[derive(::pagination_core::Paginated)]
    #[paginate(default = 10, max = 100)]
    pub struct ListCustomers {
        /// The cursor.
        #[paginate(cursor)]
        pub starting_after: ::core::option::Option<::std::string::String>,
        /// The limit.
        #[paginate(limit)]
        pub limit: ::core::primitive::u32,
    }

    /// A cursor request whose cursor is empty for none, Slack's.
    #[derive(::pagination_core::Paginated)]
    #[paginate(cursor = "cursor", limit = "limit", default = 100, max = 1000)]
    pub struct ListConversations {
        /// The cursor.
        pub cursor: ::std::string::String,
        /// The limit.
        pub limit: ::core::option::Option<::core::primitive::u16>,
    }

    /// A response that echoes its offset, Jira's.
    #[derive(::pagination_core::Paginated)]
    #[paginate(
        items = "values",
        offset = "startAt",
        size = "maxResults",
        total_items = "total"
    )]
    pub struct ProjectPage {
        /// The offset.
        #[paginate(rename = "startAt")]
        pub start_at: ::core::primitive::u64,
        /// The limit.
        #[paginate(rename = "maxResults")]
        pub max_results: ::core::primitive::u32,
        /// The total.
        pub total: ::core::primitive::u64,
        /// The items.
        pub values: ::std::vec::Vec<::core::primitive::u8>,
    }

    /// One customer.
    pub struct Customer {
        /// Its id, the next page's cursor when it is the page's last.
        pub id: ::std::string::String,
    }

    /// A response whose next cursor is its last item's id, Stripe's.
    #[derive(::pagination_core::Paginated)]
    #[paginate(items = data, has_more = has_more, item_cursor = id)]
    pub struct CustomerList {
        /// The items.
        pub data: ::std::vec::Vec<Customer>,
        /// Whether there is more.
        pub has_more: ::core::primitive::bool,
    }

    /// What holds Slack's next cursor.
    pub struct ResponseMetadata {
        /// The next cursor, empty on the last page.
        pub next_cursor: ::std::string::String,
    }

    /// A response whose next cursor is nested, Slack's.
    #[derive(::pagination_core::Paginated)]
    #[paginate(items = "channels", next_cursor = response_metadata.next_cursor)]
    pub struct ConversationsPage {
        /// The items.
        pub channels: ::std::vec::Vec<::core::primitive::u8>,
        /// The metadata, perhaps.
        pub response_metadata: ::core::option::Option<ResponseMetadata>,
    }

    /// A response read from headers: every way a field is read, and the body beside them.
    #[derive(::pagination_core::Paginated)]
    pub struct Headers {
        /// The body: the items.
        #[paginate(items)]
        pub items: ::std::vec::Vec<::std::string::String>,
        /// A header's value.
        #[paginate(total_items, header = "X-Total")]
        pub total: ::core::option::Option<::core::primitive::u64>,
        /// A flag from a header.
        #[paginate(has_more, header = "X-Next-Page")]
        pub more: ::core::option::Option<::core::primitive::bool>,
        /// The `rel="next"` link.
        #[paginate(next, header = "Link")]
        pub next: ::core::option::Option<::std::string::String>,
        /// The page number of the `rel="last"` link.
        #[paginate(total_pages, header = "link", param = "p")]
        pub pages: ::core::option::Option<::core::primitive::u32>,
    }
}

/// Generics, lifetimes, const generics, where clauses and raw identifiers.
pub mod generics {
    use pagination_core::Paginated;

    /// A request generic over everything.
    #[derive(Paginated)]
    #[paginate(page = "type", size = "match", default = 3, max = 3)]
    pub struct r#Request<'a, T: Clone + 'a, const N: usize>
    where
        T: Default,
    {
        /// Borrowed data.
        pub r#ref: &'a [T; N],
        /// The page, behind a keyword.
        pub r#type: u16,
        /// The size, behind a keyword.
        pub r#match: Option<i32>,
    }

    /// A response generic over its items.
    #[derive(Paginated)]
    pub struct Page<'a, T, const N: usize>
    where
        T: 'a,
    {
        /// The items.
        #[paginate(items)]
        pub r#in: Option<Vec<&'a T>>,
        /// The link.
        #[paginate(next)]
        pub r#loop: &'a str,
    }

    /// What a generic nested response's fields lead to.
    pub struct r#Box<'a, T, const N: usize> {
        /// The items.
        pub r#in: Vec<&'a T>,
        /// The flag.
        pub r#loop: bool,
        /// The page.
        pub r#type: [u8; N],
    }

    /// A generic response whose roles are reached through nested fields with raw names.
    #[derive(Paginated)]
    #[paginate(items = r#box.r#in, item = &'a T, has_more = r#box.r#loop)]
    pub struct Nested<'a, T, const N: usize>
    where
        T: 'a,
    {
        /// The items and the flag.
        pub r#box: Option<r#Box<'a, T, N>>,
    }

    /// A generic response whose body is reached through a path, beside raw-named header
    /// fields.
    #[derive(Paginated)]
    #[paginate(items = r#box.r#in, item = &'a T)]
    pub struct Headers<'a, T, const N: usize>
    where
        T: 'a,
    {
        /// The body.
        pub r#box: r#Box<'a, T, N>,
        /// A header's value, behind a keyword.
        #[paginate(page, header = "X-Page")]
        pub r#type: Option<u8>,
        /// A link from another header, behind a keyword.
        #[paginate(next, header = "X-Next")]
        pub r#loop: Option<String>,
    }
}

/// Offset and cursor requests and responses, generic and behind keywords.
pub mod generic_styles {
    use pagination_core::Paginated;
    use std::borrow::Cow;

    /// An offset request generic over everything.
    #[derive(Paginated)]
    #[paginate(
        offset = "type",
        limit = "match",
        default = 3,
        max = 3,
        first_offset = 1
    )]
    pub struct r#Offset<'a, T: Clone + 'a, const N: usize>
    where
        T: Default,
    {
        /// Borrowed data.
        pub r#ref: &'a [T; N],
        /// The offset, behind a keyword.
        pub r#type: Option<core::num::NonZero<u64>>,
        /// The limit, behind a keyword.
        pub r#match: i8,
    }

    /// A cursor request with a borrowed-or-owned cursor.
    #[derive(Paginated)]
    #[paginate(cursor = "loop", limit = "in", default = 3, max = 3)]
    pub struct r#Cursor<'a, T>
    where
        T: 'a,
    {
        /// The cursor, behind a keyword.
        pub r#loop: Option<Cow<'a, str>>,
        /// The limit, behind a keyword.
        pub r#in: usize,
        /// Borrowed data.
        pub r#ref: &'a [T],
    }

    /// An item whose raw-named field is the next cursor.
    pub struct r#Item<'a> {
        /// The cursor, borrowed.
        pub r#fn: &'a str,
    }

    /// A generic response whose next cursor is its last item's raw-named field.
    #[derive(Paginated)]
    #[paginate(items = r#in, item_cursor = r#fn, offset = r#type)]
    pub struct Page<'a, const N: usize> {
        /// The items.
        pub r#in: Vec<r#Item<'a>>,
        /// The offset, behind a keyword.
        pub r#type: u64,
        /// Data of the const size.
        pub r#box: [u8; N],
    }
}

/// The runtime reached through an SDK's re-export.
pub mod sdk {
    /// The SDK's re-export of the runtime.
    pub mod pagination {
        pub use ::pagination_core::*;
    }

    /// A request that names the runtime by the SDK's path.
    #[derive(crate::sdk::pagination::Paginated, Default)]
    #[paginate(crate = "crate::sdk::pagination")]
    #[paginate(size = "limit", default = 1, max = 9)]
    pub struct Request {
        /// The page.
        pub page: u8,
        /// The size.
        pub limit: u8,
    }

    /// A response that names the runtime by the SDK's path.
    #[derive(crate::sdk::pagination::Paginated)]
    #[paginate(crate = "crate::sdk::pagination", items = "data")]
    pub struct Response {
        /// The items.
        pub data: Vec<u8>,
    }

    /// An offset request that names the runtime by the SDK's path.
    #[derive(crate::sdk::pagination::Paginated, Default)]
    #[paginate(crate = "crate::sdk::pagination")]
    #[paginate(offset = "offset", limit = "limit", default = 1, max = 9)]
    pub struct OffsetRequest {
        /// The offset.
        pub offset: u8,
        /// The limit.
        pub limit: u8,
    }

    /// A cursor request that names the runtime by the SDK's path.
    #[derive(crate::sdk::pagination::Paginated, Default)]
    #[paginate(crate = "crate::sdk::pagination")]
    #[paginate(cursor = "cursor", limit = "limit", default = 1, max = 9)]
    pub struct CursorRequest {
        /// The cursor.
        pub cursor: Option<Box<str>>,
        /// The limit.
        pub limit: u8,
    }

    /// The envelope of a nested response.
    pub struct Envelope {
        /// The items.
        pub data: Vec<u8>,
        /// The total.
        pub total: u8,
    }

    /// A response read from headers that names the runtime by the SDK's path.
    #[derive(crate::sdk::pagination::Paginated)]
    #[paginate(crate = "crate::sdk::pagination", items = "data")]
    pub struct HeaderResponse {
        /// The items.
        pub data: Vec<u8>,
        /// The total.
        #[paginate(total_items, header = "X-Total")]
        pub total: Option<u8>,
    }

    /// A nested response that names the runtime by the SDK's path.
    #[derive(crate::sdk::pagination::Paginated)]
    #[paginate(crate = "crate::sdk::pagination")]
    #[paginate(items = envelope.data, item = u8, total_items = envelope.total)]
    pub struct NestedResponse {
        /// The envelope.
        pub envelope: Envelope,
    }
}

/// The runtime reached through an SDK that re-exports, name by name, only the documented
/// items generated code uses: a path through a hidden module would not resolve here.
pub mod documented_sdk {
    /// The SDK's re-export of the runtime's documented surface.
    pub mod pagination {
        pub use ::pagination_core::{
            CursorParams, CursorRequest, FromHttp, HeaderField, LinkHeader, LinkHeaderError,
            NextLink, OffsetParams, OffsetRequest, PageError, PageInfo, PageParams, PageQuery,
            Paginated, PaginatedRequest, PaginatedResponse, header_value, http, support,
        };
    }

    /// A request by page number.
    #[derive(crate::documented_sdk::pagination::Paginated, Default)]
    #[paginate(crate = "crate::documented_sdk::pagination")]
    #[paginate(size = "limit", default = 1, max = 9)]
    pub struct Request {
        /// The page.
        pub page: Option<u8>,
        /// The size.
        pub limit: u8,
    }

    /// A request by offset.
    #[derive(crate::documented_sdk::pagination::Paginated, Default)]
    #[paginate(crate = "crate::documented_sdk::pagination")]
    #[paginate(offset = "offset", limit = "limit", default = 1, max = 9)]
    pub struct OffsetRequest {
        /// The offset.
        pub offset: Option<u64>,
        /// The limit.
        pub limit: u8,
    }

    /// A request by cursor.
    #[derive(crate::documented_sdk::pagination::Paginated, Default)]
    #[paginate(crate = "crate::documented_sdk::pagination")]
    #[paginate(cursor = "cursor", limit = "limit", default = 1, max = 9)]
    pub struct CursorRequest {
        /// The cursor.
        pub cursor: Option<String>,
        /// The limit.
        pub limit: Option<u8>,
    }

    /// The envelope of a nested response.
    pub struct Meta {
        /// The total.
        pub total: Option<u64>,
        /// Whether there is more.
        pub has_more: Option<bool>,
        /// The next cursor.
        pub next_cursor: Option<String>,
    }

    /// A response whose roles are reached through a nested field.
    #[derive(crate::documented_sdk::pagination::Paginated)]
    #[paginate(crate = "crate::documented_sdk::pagination")]
    #[paginate(items = "data", total_items = meta.total, has_more = meta.has_more)]
    #[paginate(next_cursor = meta.next_cursor)]
    pub struct Response {
        /// The items.
        pub data: Option<Vec<u8>>,
        /// The envelope.
        pub meta: Option<Meta>,
        /// The page.
        #[paginate(page)]
        pub page: u32,
    }

    /// A response with a next link, read partly from headers.
    #[derive(crate::documented_sdk::pagination::Paginated)]
    #[paginate(crate = "crate::documented_sdk::pagination", items = "data")]
    pub struct HeaderResponse {
        /// The items.
        pub data: Vec<u8>,
        /// The total.
        #[paginate(total_items, header = "X-Total")]
        pub total: Option<u8>,
        /// The next link.
        #[paginate(next, header = "Link")]
        pub next: Option<String>,
    }
}

#[cfg(test)]
mod tests {
    use pagination_core::http::{HeaderMap, HeaderValue};
    use pagination_core::{
        CursorRequest, FromHttp, OffsetRequest, PaginatedRequest, PaginatedResponse,
    };

    #[test]
    fn the_hygienic_impls_work() {
        let request = super::no_prelude::Request {
            page: None,
            per_page: 5,
        };
        assert_eq!((request.page(), request.page_size()), (1, 5));
        let outer = super::no_prelude::Outer { inner: request }.with_page(4);
        assert_eq!(outer.inner.page, Some(4));
        assert_eq!(outer.page_query().to_string(), "page=4&per_page=5");
        let response = super::no_prelude::Response {
            items: vec!["a".into()],
            total: Some(-1),
            next: Some("/2".into()),
        };
        assert_eq!(response.page_info().total_items, None);
        assert_eq!(response.next_link(), Some("/2"));

        let data = [1, 2, 3];
        let request = super::generics::Request {
            r#ref: &data,
            r#type: 2,
            r#match: None,
        };
        assert_eq!(request.page_size(), 3);
        assert_eq!(request.page_query().to_string(), "type=2");
        assert_eq!(<super::generics::Request<'_, i32, 3>>::PARAMS.max_size, 3);
        let page = super::generics::Page::<'_, i32, 3> {
            r#in: Some(data.iter().collect()),
            r#loop: "",
        };
        assert_eq!(page.items().len(), 3);
        assert_eq!(page.next_link(), None);

        let request = super::sdk::Request::default().with_page_size(100);
        assert_eq!(request.limit, 9);
        let request = super::documented_sdk::Request::default()
            .with_page(3)
            .with_page_size(4);
        assert_eq!(request.page_query().to_string(), "page=3&limit=4");
        let response = super::documented_sdk::Response {
            data: None,
            meta: None,
            page: 2,
        };
        assert_eq!(
            (response.items().len(), response.page_info().page),
            (0, Some(2))
        );
        let response = super::sdk::Response { data: vec![1] };
        assert_eq!(response.into_items(), vec![1]);
    }

    #[test]
    fn the_hygienic_nested_impls_work() {
        use super::no_prelude::{Body, Counts, Meta, Nested};
        let nested = Nested {
            body: Some(Body {
                list: Some(vec!["a".into()]),
            }),
            meta: Meta {
                counts: Some(Counts {
                    total: 3,
                    more: Some(true),
                }),
                next: "/2".into(),
            },
        };
        assert_eq!(nested.items(), ["a"]);
        assert_eq!(nested.page_info().total_items, Some(3));
        assert_eq!(nested.next_link(), Some("/2"));
        assert_eq!(Nested::HAS_MORE.and_then(|more| more(&nested)), Some(true));
        assert_eq!(nested.into_items(), ["a"]);
        let empty = Nested {
            body: None,
            meta: Meta {
                counts: None,
                next: String::new(),
            },
        };
        assert!(empty.items().is_empty());
        assert_eq!(empty.page_info().total_items, None);
        assert_eq!(Nested::HAS_MORE.and_then(|more| more(&empty)), None);
        assert_eq!(empty.next_link(), None);

        let data = [1, 2];
        let generic = super::generics::Nested::<'_, i32, 2> {
            r#box: Some(super::generics::r#Box {
                r#in: data.iter().collect(),
                r#loop: false,
                r#type: [0; 2],
            }),
        };
        assert_eq!(generic.items(), [&1, &2]);
        let flag = super::generics::Nested::<'_, i32, 2>::HAS_MORE.unwrap();
        assert_eq!(flag(&generic), Some(false));
        assert_eq!(generic.into_items(), [&1, &2]);

        let response = super::sdk::NestedResponse {
            envelope: super::sdk::Envelope {
                data: vec![4],
                total: 1,
            },
        };
        assert_eq!(response.page_info().total_items, Some(1));
        assert_eq!(response.into_items(), [4]);
    }

    #[test]
    fn the_hygienic_header_impls_work() {
        let mut headers = HeaderMap::new();
        headers.insert("x-total", HeaderValue::from_static("7"));
        headers.insert("x-next-page", HeaderValue::from_static("2"));
        headers.insert("x-page", HeaderValue::from_static("1"));
        headers.insert("x-next", HeaderValue::from_static("/n"));
        headers.insert(
            "link",
            HeaderValue::from_static("</2?p=2>; rel=next, </4?p=4>; rel=last"),
        );
        let page = super::no_prelude::Headers::from_http(&headers, vec!["a".into()]).unwrap();
        assert_eq!(page.items(), ["a"]);
        assert_eq!(
            (page.total, page.more, page.pages),
            (Some(7), Some(true), Some(4))
        );
        assert_eq!(page.next_link(), Some("/2?p=2"));

        let data = [1, 2];
        let body = super::generics::r#Box {
            r#in: data.iter().collect(),
            r#loop: true,
            r#type: [0; 2],
        };
        let page = super::generics::Headers::<'_, i32, 2>::from_http(&headers, body).unwrap();
        assert_eq!(page.items(), [&1, &2]);
        assert_eq!(page.page_info().page, Some(1));
        assert_eq!(page.next_link(), Some("/n"));

        let page = super::sdk::HeaderResponse::from_http(&headers, vec![9]).unwrap();
        assert_eq!(page.page_info().total_items, Some(7));
    }

    #[test]
    fn the_hygienic_offset_and_cursor_impls_work() {
        use super::no_prelude::{
            ConversationsPage, Customer, CustomerList, ListConversations, ListCustomers,
            ProjectPage, ResponseMetadata, Search,
        };
        let search = Search {
            start_at: None,
            max_results: core::num::NonZeroU8::MIN,
        }
        .with_offset(u64::from(u32::MAX) + 1)
        .with_max_limit();
        assert_eq!((search.offset(), search.limit()), (1 << 32, 100));
        assert_eq!(Search::MAX_OFFSET, u64::MAX);
        assert!(search.validate().is_ok());
        let page = ProjectPage {
            start_at: 7,
            max_results: 2,
            total: 9,
            values: vec![1, 2],
        };
        assert_eq!(page.page_info().offset, Some(7));
        assert_eq!(page.page_info().page_size, Some(2));

        let customers = ListCustomers {
            starting_after: None,
            limit: 0,
        }
        .with_cursor("cus_1")
        .with_limit(500);
        assert_eq!(
            (customers.cursor(), customers.limit()),
            (Some("cus_1"), 100)
        );
        let list = CustomerList {
            data: vec![Customer { id: "cus_2".into() }],
            has_more: true,
        };
        let next = CustomerList::NEXT_CURSOR.and_then(|cursor| cursor(&list));
        assert_eq!(next, Some("cus_2"));

        let mut conversations = ListConversations {
            cursor: String::new(),
            limit: None,
        };
        assert_eq!((conversations.cursor(), conversations.limit()), (None, 100));
        conversations.set_cursor(Some("dXNlcg==".into()));
        assert_eq!(conversations.cursor, "dXNlcg==");
        conversations.set_cursor(None);
        assert_eq!(conversations.cursor(), None);
        let page = ConversationsPage {
            channels: vec![1],
            response_metadata: Some(ResponseMetadata {
                next_cursor: "bmV4dA==".into(),
            }),
        };
        let next = ConversationsPage::NEXT_CURSOR.and_then(|cursor| cursor(&page));
        assert_eq!(next, Some("bmV4dA=="));
    }

    #[test]
    fn the_hygienic_generic_and_sdk_styles_work() {
        use super::generic_styles::{Cursor, Item, Offset, Page};
        let data = [1, 2];
        let offset = Offset {
            r#ref: &data,
            r#type: None,
            r#match: 0,
        };
        assert_eq!((offset.offset(), offset.limit()), (1, 1));
        let offset = offset.with_offset(0).with_limit(9);
        assert_eq!((offset.offset(), offset.limit()), (1, 3));
        let cursor = Cursor {
            r#loop: None,
            r#in: 2,
            r#ref: &data,
        }
        .with_cursor("c");
        assert_eq!((cursor.cursor(), cursor.limit()), (Some("c"), 2));
        let page = Page::<'_, 1> {
            r#in: vec![Item { r#fn: "a" }, Item { r#fn: "b" }],
            r#type: 3,
            r#box: [0],
        };
        assert_eq!(
            Page::<'_, 1>::NEXT_CURSOR.and_then(|next| next(&page)),
            Some("b")
        );
        assert_eq!(page.page_info().offset, Some(3));

        let request = super::sdk::OffsetRequest::default().with_offset(300);
        assert_eq!(
            (request.offset, super::sdk::OffsetRequest::MAX_OFFSET),
            (255, 255)
        );
        let request = super::sdk::CursorRequest::default().with_cursor("x");
        assert_eq!(request.cursor.as_deref(), Some("x"));
    }
}
