//! Generated code is hygienic: it compiles in a `#![no_implicit_prelude]` module, beside
//! user types named like std's, with generics, lifetimes, const generics, where clauses
//! and raw identifiers, through a re-exported runtime path, and under strict lints
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

#[cfg(test)]
mod tests {
    use pagination_core::http::{HeaderMap, HeaderValue};
    use pagination_core::{FromHttp, PaginatedRequest, PaginatedResponse};

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
}
