//! The request side: effective values, setters and builders, validation, the query, and
//! every integer type a page or size field may have, `NonZero` ones included.

use pagination_core::{PageError, PageInfo, Paginated, PaginatedRequest, PaginatedResponse};
use serde::{Deserialize, Serialize};
use std::num::{NonZeroU8, NonZeroU16, NonZeroU32, NonZeroU64};

#[derive(Debug, Clone, Default, PartialEq, Serialize, Paginated)]
#[serde(rename_all = "camelCase")]
#[paginate(size = "pageSize", default = 100, max = 5000)]
struct Optional {
    #[serde(skip_serializing_if = "Option::is_none")]
    filter: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    page: Option<u32>,
    #[serde(skip_serializing_if = "Option::is_none")]
    page_size: Option<u32>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Paginated)]
#[paginate(default = 20, max = 50, first = 0)]
struct ZeroBased {
    #[paginate(size)]
    limit: i64,
    #[paginate(page)]
    offset_page: i64,
}

/// A response with no totals, for the next-page rule of last resort.
#[derive(Paginated)]
struct Items {
    #[paginate(items)]
    items: Vec<u32>,
}

fn items(n: u32) -> Items {
    Items {
        items: (0..n).collect(),
    }
}

#[test]
fn unset_fields_are_the_first_page_and_the_default_size() {
    let request = Optional::default();
    assert_eq!((request.page(), request.page_size()), (1, 100));
    assert_eq!(request.validate(), Ok(()));
    assert!(request.page_query().is_empty());
    let zero = ZeroBased::default();
    assert_eq!(zero.page(), 0);
    assert_eq!(
        zero.validate(),
        Err(PageError::PageSizeOutOfRange { size: 0, max: 50 })
    );
}

#[test]
fn builders_set_the_fields() {
    let request = Optional::default().with_page(7).with_page_size(30);
    assert_eq!((request.page, request.page_size), (Some(7), Some(30)));
    assert_eq!((request.page(), request.page_size()), (7, 30));
    assert_eq!(request.validate(), Ok(()));
}

#[test]
fn page_size_is_clamped_into_range() {
    assert_eq!(Optional::default().with_page_size(0).page_size, Some(1));
    assert_eq!(
        Optional::default().with_page_size(5001).page_size,
        Some(5000)
    );
    assert_eq!(
        Optional::default().with_page_size(u32::MAX).page_size,
        Some(5000)
    );
    assert_eq!(
        Optional::default().with_max_page_size().page_size,
        Some(5000)
    );
    let mut request = Optional::default();
    request.set_page_size(9999);
    assert_eq!(request.page_size(), 5000);
}

#[test]
fn try_with_page_size_rejects_what_with_page_size_would_clamp() {
    assert_eq!(
        Optional::default()
            .try_with_page_size(20)
            .unwrap()
            .page_size,
        Some(20)
    );
    assert_eq!(
        Optional::default()
            .try_with_page_size(5000)
            .unwrap()
            .page_size,
        Some(5000)
    );
    let error = Optional::default().try_with_page_size(0).unwrap_err();
    assert_eq!(error, PageError::PageSizeOutOfRange { size: 0, max: 5000 });
    let error = Optional::default().try_with_page_size(5001).unwrap_err();
    assert_eq!(
        error,
        PageError::PageSizeOutOfRange {
            size: 5001,
            max: 5000
        }
    );
    assert_eq!(
        error.to_string(),
        "page size 5001 is out of range: use a size from 1 to 5000, \
         or `with_page_size` to clamp it into that range"
    );
}

#[test]
fn validate_names_the_raw_value_and_the_range() {
    let request = Optional {
        page: Some(0),
        ..Optional::default()
    };
    let error = request.validate().unwrap_err();
    assert_eq!(
        error,
        PageError::PageOutOfRange {
            page: 0,
            first: 1,
            last: u32::MAX
        }
    );
    assert_eq!(
        error.to_string(),
        "page 0 is out of range: pages are numbered from 1 to 4294967295; a plain \
         integer field built with `Default` holds 0: start from `with_page(1)`, or make the \
         field an `Option` so that unset means the first page"
    );
    // The effective page is clamped; `validate` is what reports the raw value.
    assert_eq!(request.page(), 1);

    let request = Optional {
        page_size: Some(6000),
        ..Optional::default()
    };
    assert_eq!(
        request.validate(),
        Err(PageError::PageSizeOutOfRange {
            size: 6000,
            max: 5000
        })
    );
    assert_eq!(request.page_size(), 5000);
}

#[test]
fn negative_values_are_invalid_not_a_panic() {
    let request = ZeroBased {
        limit: -5,
        offset_page: -1,
    };
    assert_eq!(
        request.validate(),
        Err(PageError::PageOutOfRange {
            page: -1,
            first: 0,
            last: u32::MAX
        })
    );
    assert_eq!((request.page(), request.page_size()), (0, 1));
    let request = ZeroBased {
        limit: -5,
        offset_page: 3,
    };
    assert_eq!(
        request.validate(),
        Err(PageError::PageSizeOutOfRange { size: -5, max: 50 })
    );
    assert!(request.validate().unwrap_err().to_string().contains("-5"));
}

#[test]
fn zero_based_pages_count_from_zero() {
    let request = ZeroBased::default().with_page_size(10);
    assert_eq!(request.page(), 0);
    assert_eq!(request.validate(), Ok(()));
    let next = request.next_request(&items(10)).unwrap();
    assert_eq!(next.offset_page, 1);
    assert_eq!(next.page_query().to_string(), "limit=10&offset_page=1");
}

#[test]
fn the_last_page_number_has_no_successor() {
    let request = Optional::default().with_page(u32::MAX).with_page_size(10);
    assert_eq!(request.next_request(&items(10)), None);
    let before = Optional::default()
        .with_page(u32::MAX - 1)
        .with_page_size(10);
    assert_eq!(
        before.next_request(&items(10)).map(|r| r.page()),
        Some(u32::MAX)
    );
}

/// One request type per integer type a page or size field may have.
macro_rules! each_integer_type {
    ($($module:ident: $int:ty, $max_page:expr;)*) => {$(
        mod $module {
            use super::*;

            #[derive(Debug, Clone, Default, PartialEq, Serialize, Paginated)]
            #[paginate(size = "per_page", default = 10, max = 100)]
            pub(super) struct Plain {
                pub(super) page: $int,
                pub(super) per_page: $int,
            }

            #[derive(Debug, Clone, Default, PartialEq, Serialize, Paginated)]
            #[paginate(size = "per_page", default = 10, max = 100)]
            pub(super) struct Optional {
                #[serde(skip_serializing_if = "Option::is_none")]
                pub(super) page: Option<$int>,
                #[serde(skip_serializing_if = "Option::is_none")]
                pub(super) per_page: Option<$int>,
            }

            #[test]
            fn round_trips_and_saturates() {
                assert_eq!(<Plain as PaginatedRequest>::MAX_PAGE, $max_page);
                let request = Plain::default().with_page(3).with_page_size(40);
                assert_eq!((request.page(), request.page_size()), (3, 40));
                assert_eq!(request.validate(), Ok(()));
                assert_eq!(request.page_query().to_string(), "page=3&per_page=40");
                assert_eq!(serde_urlencoded::to_string(&request).unwrap(), "page=3&per_page=40");
                let top = Plain::default().with_page(u32::MAX);
                assert_eq!(top.page(), $max_page);
                assert_eq!(top.next_request(&items(10)), None, "no page after MAX_PAGE");

                let request = Optional::default();
                assert_eq!((request.page(), request.page_size()), (1, 10));
                assert_eq!(request.page_query().to_string(), "");
                let request = request.with_page(2);
                assert_eq!(request.page_query().to_string(), "page=2");
                assert_eq!(serde_urlencoded::to_string(&request).unwrap(), "page=2");
                assert_eq!(request.next_request(&items(10)).unwrap().page, Some(3));
            }
        }
    )*};
}

each_integer_type! {
    int_u8: u8, 255;
    int_u16: u16, 65_535;
    int_u32: u32, u32::MAX;
    int_u64: u64, u32::MAX;
    int_u128: u128, u32::MAX;
    int_usize: usize, u32::MAX;
    int_i8: i8, 127;
    int_i16: i16, 32_767;
    int_i32: i32, 2_147_483_647;
    int_i64: i64, u32::MAX;
    int_i128: i128, u32::MAX;
    int_isize: isize, u32::MAX;
}

#[test]
fn values_beyond_u32_are_reported_not_wrapped() {
    let request = int_u64::Plain {
        page: 5_000_000_000,
        per_page: 10,
    };
    assert_eq!(request.page(), u32::MAX);
    assert_eq!(
        request.validate(),
        Err(PageError::PageOutOfRange {
            page: 5_000_000_000,
            first: 1,
            last: u32::MAX
        })
    );
    let request = int_u128::Plain {
        page: 1,
        per_page: u128::MAX,
    };
    assert_eq!(request.page_size(), 100);
    assert!(request.validate().is_err());
    let request = int_i8::Plain {
        page: i8::MIN,
        per_page: i8::MIN,
    };
    assert_eq!((request.page(), request.page_size()), (1, 1));
    assert_eq!(
        request.validate(),
        Err(PageError::PageOutOfRange {
            page: -128,
            first: 1,
            last: 127
        })
    );
}

/// The query and `serde_urlencoded` of the same struct agree, for every combination of
/// set and unset fields, in both field orders.
#[test]
fn page_query_agrees_with_serde_urlencoded() {
    #[derive(Clone, Default, Serialize, Paginated)]
    #[paginate(page = "p", size = "n", default = 5, max = 9)]
    struct SizeFirst {
        #[serde(skip_serializing_if = "Option::is_none")]
        n: Option<u8>,
        #[serde(skip_serializing_if = "Option::is_none")]
        p: Option<u64>,
    }
    #[derive(Clone, Default, Serialize, Paginated)]
    #[paginate(page = "page[number]", size = "page[size]", default = 5, max = 9)]
    struct Bracketed {
        #[serde(rename = "page[number]", skip_serializing_if = "Option::is_none")]
        number: Option<i32>,
        #[serde(rename = "page[size]", skip_serializing_if = "Option::is_none")]
        size: Option<i32>,
    }
    let values = [None, Some(1), Some(2), Some(9), Some(1_000)];
    for page in values {
        for size in values {
            let mut a = SizeFirst::default();
            let mut b = Bracketed::default();
            let mut c = Optional::default();
            if let Some(page) = page {
                a.set_page(page);
                b.set_page(page);
                c.set_page(page);
            }
            if let Some(size) = size {
                a.set_page_size(size);
                b.set_page_size(size);
                c.set_page_size(size);
            }
            for (query, encoded) in [
                (a.page_query(), serde_urlencoded::to_string(&a).unwrap()),
                (b.page_query(), serde_urlencoded::to_string(&b).unwrap()),
                (c.page_query(), serde_urlencoded::to_string(&c).unwrap()),
            ] {
                assert_eq!(query.to_string(), encoded, "page {page:?}, size {size:?}");
                // The pairs serialize to the same string too.
                assert_eq!(serde_urlencoded::to_string(query).unwrap(), encoded);
                let pairs: Vec<(&str, u32)> = query.into_iter().collect();
                let decoded: Vec<(String, u32)> = serde_urlencoded::from_str(&encoded).unwrap();
                assert_eq!(
                    pairs,
                    decoded
                        .iter()
                        .map(|(k, v)| (k.as_str(), *v))
                        .collect::<Vec<_>>()
                );
            }
        }
    }
}

#[test]
fn page_query_applies_to_a_url() {
    let mut url = url::Url::parse("https://api.example/items?pageSize=7&q=a%20b&page=1").unwrap();
    Optional::default()
        .with_page(3)
        .with_page_size(20)
        .page_query()
        .apply_to(&mut url);
    assert_eq!(
        url.as_str(),
        "https://api.example/items?q=a%20b&page=3&pageSize=20"
    );
    let mut bare = url::Url::parse("https://api.example/items").unwrap();
    Optional::default().page_query().apply_to(&mut bare);
    assert_eq!(bare.as_str(), "https://api.example/items");
}

#[test]
fn next_request_keeps_everything_but_the_page() {
    let request = Optional {
        filter: Some("status=paid".into()),
        ..Optional::default()
    }
    .with_page_size(3);
    let next = request.next_request(&items(3)).unwrap();
    assert_eq!(
        next,
        Optional {
            filter: Some("status=paid".into()),
            page: Some(2),
            page_size: Some(3),
        }
    );
    assert_eq!(next.next_request(&items(2)), None);
    assert_eq!(next.next_request(&items(0)), None);
    assert_eq!(items(3).items().len(), 3);
}

/// `Option<NonZeroU32>` page and size, as generated SDKs write them.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Paginated)]
#[paginate(size = "per_page", default = 10, max = 100)]
struct NonZeroOptional {
    #[serde(skip_serializing_if = "Option::is_none")]
    page: Option<NonZeroU32>,
    #[serde(skip_serializing_if = "Option::is_none")]
    per_page: Option<NonZeroU32>,
}

/// Plain `NonZeroU64` page and size.
#[derive(Debug, Clone, PartialEq, Serialize, Paginated)]
#[paginate(size = "per_page", default = 10, max = 100)]
struct NonZeroPlain {
    page: NonZeroU64,
    per_page: NonZeroU64,
}

fn nz32(n: u32) -> Option<NonZeroU32> {
    NonZeroU32::new(n)
}

#[test]
fn nonzero_optional_fields() {
    let request = NonZeroOptional::default();
    assert_eq!((request.page(), request.page_size()), (1, 10));
    assert_eq!(request.validate(), Ok(()));
    assert_eq!(request.page_query().to_string(), "");

    let request = request.with_page(3).with_page_size(40);
    assert_eq!((request.page, request.per_page), (nz32(3), nz32(40)));
    assert_eq!((request.page(), request.page_size()), (3, 40));
    assert_eq!(request.validate(), Ok(()));
    assert_eq!(request.page_query().to_string(), "page=3&per_page=40");
    assert_eq!(
        serde_urlencoded::to_string(&request).unwrap(),
        "page=3&per_page=40"
    );
    assert_eq!(request.next_request(&items(40)).unwrap().page, nz32(4));

    // 0 cannot be stored: the size clamps to 1, the page stores 1.
    assert_eq!(
        NonZeroOptional::default().with_page_size(0).per_page,
        nz32(1)
    );
    assert_eq!(NonZeroOptional::default().with_page(0).page, nz32(1));
    assert_eq!(
        NonZeroOptional::default().with_page_size(1000).per_page,
        nz32(100)
    );
    let too_large = NonZeroOptional {
        per_page: nz32(200),
        ..NonZeroOptional::default()
    };
    assert_eq!(
        too_large.validate(),
        Err(PageError::PageSizeOutOfRange {
            size: 200,
            max: 100
        })
    );
}

#[test]
fn nonzero_plain_fields() {
    let request = NonZeroPlain {
        page: NonZeroU64::MIN,
        per_page: NonZeroU64::new(10).unwrap(),
    };
    assert_eq!(<NonZeroPlain as PaginatedRequest>::MAX_PAGE, u32::MAX);
    assert_eq!((request.page(), request.page_size()), (1, 10));
    assert_eq!(request.validate(), Ok(()));
    let request = request.with_page(5).with_page_size(500);
    assert_eq!(
        (request.page.get(), request.per_page.get()),
        (5, 100),
        "the size is clamped to max"
    );
    assert_eq!((request.page(), request.page_size()), (5, 100));
    assert_eq!(request.validate(), Ok(()));
    assert_eq!(request.page_query().to_string(), "page=5&per_page=100");
    assert_eq!(
        serde_urlencoded::to_string(&request).unwrap(),
        "page=5&per_page=100"
    );
    let request = request.with_page_size(0).with_page(0);
    assert_eq!((request.page.get(), request.per_page.get()), (1, 1));
    assert_eq!(request.next_request(&items(1)).unwrap().page.get(), 2);
}

/// A response whose page, size and totals are `NonZero`.
#[derive(Deserialize, Paginated)]
#[serde(rename_all = "camelCase")]
#[paginate(items = "results", page = "pageNumber", size = "pageSize")]
#[paginate(total_items = "totalResults", total_pages = "totalPages")]
struct NonZeroCounts {
    results: Vec<u8>,
    page_number: NonZeroU32,
    page_size: Option<NonZeroU16>,
    total_results: Option<NonZeroU64>,
    total_pages: Option<NonZeroU8>,
}

#[test]
fn nonzero_response_counts() {
    let page: NonZeroCounts = serde_json::from_str(
        r#"{"results": [1, 2], "pageNumber": 2, "pageSize": 2, "totalResults": 5}"#,
    )
    .unwrap();
    assert_eq!(
        page.page_info(),
        PageInfo::new(Some(2), Some(2), Some(5), None)
    );
    assert_eq!(page.page_info().total_pages, Some(3));
    let page: NonZeroCounts =
        serde_json::from_str(r#"{"results": [], "pageNumber": 1, "totalPages": 4}"#).unwrap();
    assert_eq!(
        page.page_info(),
        PageInfo::new(Some(1), None, None, Some(4))
    );
    let request = NonZeroOptional::default().with_page(2).with_page_size(2);
    let full: NonZeroCounts = serde_json::from_str(
        r#"{"results": [1, 2], "pageNumber": 2, "pageSize": 2, "totalResults": 5}"#,
    )
    .unwrap();
    assert_eq!(request.next_request(&full).unwrap().page, nz32(3));
}
