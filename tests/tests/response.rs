//! The response side: items, page info with computed totals, next links, generic
//! responses, and numbers from a server that cannot be trusted.

use pagination_core::{HalLinks, Link, PageInfo, Paginated, PaginatedRequest, PaginatedResponse};
use serde::Deserialize;

#[derive(Debug, Deserialize, Paginated)]
#[serde(rename_all = "camelCase")]
#[paginate(items = "results", total_items = "totalResults")]
struct Signed {
    results: Option<Vec<String>>,
    #[paginate(page)]
    page_number: i64,
    #[paginate(size)]
    page_size: Option<i32>,
    total_results: Option<i64>,
    #[paginate(total_pages)]
    pages: Option<i128>,
}

#[derive(Debug, Clone, Default, PartialEq, Paginated)]
#[paginate(size = "size", default = 10, max = 100)]
struct Request {
    page: u32,
    size: u32,
}

fn signed(json: &str) -> Signed {
    serde_json::from_str(json).unwrap()
}

#[test]
fn missing_items_are_an_empty_page() {
    let page = signed(r#"{"pageNumber": 1}"#);
    assert!(page.items().is_empty());
    assert_eq!(page.page_info(), PageInfo::new(Some(1), None, None, None));
    assert!(page.into_items().is_empty());
}

#[test]
fn total_pages_is_computed_from_total_items() {
    let page = signed(r#"{"results": ["a"], "pageNumber": 2, "pageSize": 20, "totalResults": 41}"#);
    let info = page.page_info();
    assert_eq!((info.page, info.page_size), (Some(2), Some(20)));
    assert_eq!((info.total_items, info.total_pages), (Some(41), Some(3)));
    let exact =
        signed(r#"{"results": ["a"], "pageNumber": 2, "pageSize": 20, "totalResults": 40}"#);
    assert_eq!(exact.page_info().total_pages, Some(2));
    let none = signed(r#"{"results": [], "pageNumber": 1, "pageSize": 20, "totalResults": 0}"#);
    assert_eq!(none.page_info().total_pages, Some(0));
    // A reported number of pages is kept as reported.
    let reported = signed(
        r#"{"results": ["a"], "pageNumber": 2, "pageSize": 20, "totalResults": 40, "pages": 7}"#,
    );
    assert_eq!(reported.page_info().total_pages, Some(7));
}

#[test]
fn the_request_page_size_fills_in_for_a_missing_one() {
    let page = signed(r#"{"results": ["a"], "pageNumber": 1, "totalResults": 25}"#);
    assert_eq!(page.page_info().total_pages, None);
    assert_eq!(page.page_info().or_page_size(10).total_pages, Some(3));
    // `next_request` uses the request's page size: page 3 of 3 is the last.
    let request = Request { page: 2, size: 10 };
    assert_eq!(request.next_request(&page).map(|r| r.page), Some(3));
    assert_eq!(Request { page: 3, size: 10 }.next_request(&page), None);
}

#[test]
fn untrusted_numbers_are_unknown() {
    let page = signed(
        r#"{"results": ["a"], "pageNumber": -3, "pageSize": -20, "totalResults": -1, "pages": -5}"#,
    );
    assert_eq!(page.page_info(), PageInfo::default());
    let page = signed(r#"{"results": ["a"], "pageNumber": 1, "pageSize": 0, "totalResults": 50}"#);
    assert_eq!(
        page.page_info().page_size,
        None,
        "a page size of 0 is no page size"
    );
    assert_eq!(page.page_info().total_pages, None);
    let page = signed(
        r#"{"results": ["a"], "pageNumber": 1, "pageSize": 1, "pages": 170141183460469231731687303715884105727}"#,
    );
    assert_eq!(
        page.page_info().total_pages,
        None,
        "beyond u64 is no number"
    );
    let page = signed(
        r#"{"results": ["a"], "pageNumber": 1, "pageSize": 1, "totalResults": 9223372036854775807}"#,
    );
    assert_eq!(
        page.page_info().total_pages,
        Some(9_223_372_036_854_775_807)
    );
    // Absurd totals neither panic nor overflow in the next-page rules.
    let request = Request {
        page: u32::MAX - 1,
        size: 100,
    };
    assert_eq!(request.next_request(&page).map(|r| r.page), Some(u32::MAX));
}

#[test]
fn generic_responses_with_lifetimes() {
    #[derive(Paginated)]
    struct Borrowed<'a, T: 'a>
    where
        T: Clone,
    {
        #[paginate(items)]
        items: Vec<&'a T>,
        #[paginate(next)]
        next: Option<&'a str>,
    }
    let values = [1, 2, 3];
    let page = Borrowed {
        items: values.iter().collect(),
        next: Some("?page=2"),
    };
    assert_eq!(page.items(), &[&1, &2, &3]);
    assert_eq!(page.next_link(), Some("?page=2"));
    const { assert!(Borrowed::<'static, i32>::NEXT_LINK.is_some()) };
    assert_eq!(page.into_items(), vec![&1, &2, &3]);
}

#[test]
fn every_next_link_type() {
    #[derive(Paginated)]
    struct WithString {
        #[paginate(items)]
        items: Vec<u8>,
        #[paginate(next)]
        next: String,
    }
    #[derive(Paginated)]
    struct WithOptionString {
        #[paginate(items)]
        items: Vec<u8>,
        #[paginate(next)]
        next: Option<String>,
    }
    #[derive(Paginated)]
    struct WithOptionHal {
        #[paginate(items)]
        items: Vec<u8>,
        #[paginate(next)]
        links: Option<HalLinks>,
    }
    let request = Request { page: 1, size: 10 };
    let string = |next: &str| WithString {
        items: vec![1],
        next: next.into(),
    };
    assert_eq!(string("").next_link(), None);
    assert_eq!(request.next_request(&string("")), None);
    assert_eq!(string("/next").next_link(), Some("/next"));
    assert_eq!(
        request.next_request(&string("/next")).map(|r| r.page),
        Some(2)
    );

    let option = |next: Option<&str>| WithOptionString {
        items: vec![1],
        next: next.map(Into::into),
    };
    assert_eq!(option(None).next_link(), None);
    assert_eq!(option(Some("")).next_link(), None);
    assert_eq!(option(Some("x")).next_link(), Some("x"));

    let hal = |links: Option<HalLinks>| WithOptionHal {
        items: vec![1],
        links,
    };
    assert_eq!(hal(None).next_link(), None);
    assert_eq!(hal(Some(HalLinks::default())).next_link(), None);
    let linked = HalLinks {
        next: Some(Link { href: "/p2".into() }),
        ..HalLinks::default()
    };
    assert_eq!(hal(Some(linked)).next_link(), Some("/p2"));
}

#[test]
fn hal_links_read_codat_links() {
    let links: HalLinks = serde_json::from_str(
        r#"{"self": {"href": "/companies"}, "current": {"href": "/companies?page=1"},
            "next": {"href": "/companies?page=2"}, "other": {"href": "/ignored"}}"#,
    )
    .unwrap();
    assert_eq!(links.self_link.unwrap().href, "/companies");
    assert_eq!(links.current.unwrap().href, "/companies?page=1");
    assert_eq!(links.next.unwrap().href, "/companies?page=2");
    assert_eq!(links.previous, None);
    let links = HalLinks {
        self_link: Some(Link { href: "/c".into() }),
        ..HalLinks::default()
    };
    assert_eq!(
        serde_json::to_string(&links).unwrap(),
        r#"{"self":{"href":"/c"}}"#
    );
}

/// `page_base` sets `PAGE_BASE`, for a response that numbers pages from another base than
/// the request (Spring with `one-indexed-parameters` takes `page=1` and answers
/// `"number": 0`); without it the response numbers pages as the request does.
#[test]
fn page_base_sets_the_const() {
    #[derive(Paginated)]
    #[paginate(page_base = 0)]
    struct SpringPage {
        #[paginate(items)]
        content: Vec<u8>,
        #[paginate(page)]
        number: u32,
    }
    #[derive(Paginated)]
    #[paginate(items = "data", page_base = 1)]
    struct OneBased {
        data: Vec<u8>,
    }
    assert_eq!(SpringPage::PAGE_BASE, Some(0));
    assert_eq!(OneBased::PAGE_BASE, Some(1));
    assert_eq!(Signed::PAGE_BASE, None);
    let page = SpringPage {
        content: vec![1],
        number: 0,
    };
    assert_eq!((page.items(), page.page_info().page), (&[1][..], Some(0)));
    assert_eq!(OneBased { data: vec![] }.items(), &[] as &[u8]);
}
