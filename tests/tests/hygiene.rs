//! Generated code is hygienic: it compiles in a `#![no_implicit_prelude]` module, beside
//! user types named like std's, with generics, lifetimes, const generics, where clauses
//! and raw identifiers, through a re-exported runtime path, and under strict lints
//! (`cargo clippy` checks `clippy::pedantic` here).
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
}

#[cfg(test)]
mod tests {
    use pagination_core::{PaginatedRequest, PaginatedResponse};

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
}
