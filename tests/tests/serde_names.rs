//! Wire names follow serde's naming rules exactly: for every `rename_all` value, the
//! names the derive gives marked fields are the keys `serde_json` writes for them, and
//! struct-level names written as serde spells them find their fields (a struct whose
//! names did not match would not compile).

use pagination_core::{Paginated, PaginatedRequest, PaginatedResponse};
use serde::{Deserialize, Serialize};
use std::collections::BTreeSet;

fn keys<T: Serialize>(value: &T) -> BTreeSet<String> {
    match serde_json::to_value(value).unwrap() {
        serde_json::Value::Object(map) => map.keys().cloned().collect(),
        other => panic!("not an object: {other}"),
    }
}

macro_rules! each_rule {
    ($($module:ident: [$($rule:literal)?] $page:literal $size:literal $items:literal $total:literal;)*) => {$(
        mod $module {
            use super::*;

            #[derive(Default, Serialize, Paginated)]
            $(#[serde(rename_all = $rule)])?
            #[paginate(default = 1, max = 2)]
            pub(super) struct Request {
                #[paginate(page)]
                current_page_2: u32,
                #[paginate(size)]
                items_per_page: u32,
            }

            #[derive(Default, Serialize, Deserialize, Paginated)]
            $(#[serde(rename_all = $rule)])?
            #[paginate(items = $items, total_items = $total)]
            pub(super) struct Response {
                result_list: Vec<u8>,
                total_item_count: u64,
            }

            #[derive(Default, Serialize, Paginated)]
            $(#[serde(rename_all = $rule)])?
            #[paginate(page = $page, size = $size, default = 1, max = 2)]
            pub(super) struct ByName {
                current_page_2: u32,
                items_per_page: u32,
            }

            #[test]
            fn names_are_serde_names() {
                let params = Request::PARAMS;
                assert_eq!((params.page_param, params.size_param), ($page, $size));
                let expected: BTreeSet<String> = [$page, $size].map(String::from).into();
                assert_eq!(keys(&Request::default()), expected);
                assert_eq!(keys(&ByName::default()), expected);
                assert_eq!(keys(&Response::default()), [$items, $total].map(String::from).into());
                let json = format!(r#"{{"{}": [1, 2], "{}": 9}}"#, $items, $total);
                let response: Response = serde_json::from_str(&json).unwrap();
                assert_eq!(response.items(), &[1, 2]);
                assert_eq!(response.page_info().total_items, Some(9));
            }
        }
    )*};
}

each_rule! {
    no_rule: [] "current_page_2" "items_per_page" "result_list" "total_item_count";
    lowercase: ["lowercase"] "current_page_2" "items_per_page" "result_list" "total_item_count";
    uppercase: ["UPPERCASE"] "CURRENT_PAGE_2" "ITEMS_PER_PAGE" "RESULT_LIST" "TOTAL_ITEM_COUNT";
    pascal: ["PascalCase"] "CurrentPage2" "ItemsPerPage" "ResultList" "TotalItemCount";
    camel: ["camelCase"] "currentPage2" "itemsPerPage" "resultList" "totalItemCount";
    snake: ["snake_case"] "current_page_2" "items_per_page" "result_list" "total_item_count";
    screaming_snake: ["SCREAMING_SNAKE_CASE"] "CURRENT_PAGE_2" "ITEMS_PER_PAGE" "RESULT_LIST" "TOTAL_ITEM_COUNT";
    kebab: ["kebab-case"] "current-page-2" "items-per-page" "result-list" "total-item-count";
    screaming_kebab: ["SCREAMING-KEBAB-CASE"] "CURRENT-PAGE-2" "ITEMS-PER-PAGE" "RESULT-LIST" "TOTAL-ITEM-COUNT";
}

/// With different serialize and deserialize rules, a request takes the serialize rule and
/// a response the deserialize rule.
#[test]
fn requests_serialize_and_responses_deserialize() {
    #[derive(Default, Serialize, Paginated)]
    #[serde(rename_all(serialize = "kebab-case", deserialize = "PascalCase"))]
    #[paginate(default = 1, max = 2)]
    struct Request {
        #[paginate(page)]
        page_number: u32,
        #[paginate(size)]
        #[serde(rename(serialize = "limit", deserialize = "Limit"))]
        page_size: u32,
    }
    #[derive(Deserialize, Paginated)]
    #[serde(rename_all(serialize = "kebab-case", deserialize = "PascalCase"))]
    #[paginate(items = "Results", total_pages = "PageCount")]
    struct Response {
        results: Vec<u8>,
        page_count: u32,
    }
    assert_eq!(Request::PARAMS.page_param, "page-number");
    assert_eq!(Request::PARAMS.size_param, "limit");
    assert_eq!(
        keys(&Request::default()),
        ["page-number", "limit"].map(String::from).into()
    );
    let response: Response = serde_json::from_str(r#"{"Results": [7], "PageCount": 3}"#).unwrap();
    assert_eq!(response.items(), &[7]);
    assert_eq!(response.page_info().total_pages, Some(3));
}

/// Raw identifiers are named without `r#`, as serde names them.
#[test]
fn raw_identifiers() {
    #[derive(Default, Serialize, Paginated)]
    #[serde(rename_all = "camelCase")]
    #[paginate(page = "type", size = "matchCount", default = 1, max = 2)]
    struct Request {
        r#type: u32,
        r#match_count: u32,
    }
    assert_eq!(
        keys(&Request::default()),
        ["type", "matchCount"].map(String::from).into()
    );
    assert_eq!(
        Request::default().with_page(4).page_query().to_string(),
        "type=4&matchCount=0"
    );
}

/// A wire name that is neither a serde name nor a field name finds the field whose name is
/// its `snake_case` form (for requests that are not serialized with serde).
#[test]
fn snake_case_fallback() {
    #[derive(Default, Paginated)]
    #[paginate(page = "pageNumber", size = "pageSize", default = 1, max = 2)]
    struct Request {
        page_number: u32,
        page_size: u32,
    }
    let request = Request::default().with_page(3).with_page_size(2);
    assert_eq!((request.page_number, request.page_size), (3, 2));
    assert_eq!(request.page_query().to_string(), "pageNumber=3&pageSize=2");
}
