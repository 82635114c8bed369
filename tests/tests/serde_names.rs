//! Wire names follow serde's naming rules exactly: for every `rename_all` value, the
//! names the derive gives marked fields are the keys `serde_json` writes for them, and
//! struct-level names written as serde spells them find their fields (a struct whose
//! names did not match would not compile). For every way of naming the page and size
//! that compiles, `page_query()` is what `serde_urlencoded` writes for the same struct.

use pagination_core::{Paginated, PaginatedRequest, PaginatedResponse};
use serde::{Deserialize, Serialize};
use std::collections::BTreeSet;

/// With page 3 and page size 2 set, the query is what serde writes for the request.
fn query_is_what_serde_sends<R: PaginatedRequest + Serialize>(request: R) {
    let request = request.with_page(3).with_page_size(2);
    let query = request.page_query().to_string();
    assert_eq!(query, serde_urlencoded::to_string(&request).unwrap());
    assert_eq!(
        query.matches("=3").count() + query.matches("=2").count(),
        2,
        "{query}"
    );
}

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
                query_is_what_serde_sends(Request::default());
                query_is_what_serde_sends(ByName::default());
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

/// A struct serde does not serialize names its parameters with `#[paginate(rename)]`; a
/// struct-level name then finds the field by that name.
#[test]
fn explicit_rename_without_serde() {
    #[derive(Default, Paginated)]
    #[paginate(page = "pageNumber", size = "pageSize", default = 1, max = 2)]
    struct Request {
        #[paginate(rename = "pageNumber")]
        page_number: u32,
        #[paginate(rename = "pageSize")]
        page_size: u32,
    }
    let request = Request::default().with_page(3).with_page_size(2);
    assert_eq!((request.page_number, request.page_size), (3, 2));
    assert_eq!(request.page_query().to_string(), "pageNumber=3&pageSize=2");
}

/// Every way of naming the page and size that compiles: the query and serde agree.
#[test]
fn page_query_is_what_serde_sends() {
    #[derive(Default, Serialize, Paginated)]
    #[paginate(default = 1, max = 9)]
    struct SerdeRename {
        #[serde(skip_serializing_if = "Option::is_none")]
        query: Option<String>,
        #[paginate(page)]
        #[serde(rename = "p")]
        page_number: Option<u32>,
        #[serde(rename(serialize = "limit", deserialize = "Limit"))]
        #[paginate(size)]
        per_page: u32,
    }
    #[derive(Default, Serialize, Paginated)]
    #[paginate(page = "p", size = "limit", default = 1, max = 9)]
    struct StructLevelSerdeRename {
        #[serde(rename = "p")]
        page_number: Option<u32>,
        #[serde(rename(serialize = "limit"))]
        per_page: u32,
    }
    #[derive(Default, Serialize, Paginated)]
    #[serde(rename_all = "SCREAMING_SNAKE_CASE")]
    #[paginate(size = "PER_PAGE", default = 1, max = 9)]
    struct DefaultPageRenamedByRule {
        #[serde(skip_serializing_if = "Option::is_none")]
        filter: Option<String>,
        page: Option<u8>,
        per_page: Option<u8>,
    }
    #[derive(Default, Serialize, Paginated)]
    #[paginate(size = "size", default = 1, max = 9)]
    struct DefaultPageBySerdeName {
        size: i64,
        #[serde(rename = "page")]
        page_number: i64,
    }
    query_is_what_serde_sends(SerdeRename::default());
    query_is_what_serde_sends(StructLevelSerdeRename::default());
    query_is_what_serde_sends(DefaultPageRenamedByRule::default());
    query_is_what_serde_sends(DefaultPageBySerdeName::default());
    query_is_what_serde_sends(HandSerialized::default());
    query_is_what_serde_sends(Flattened::default());
    query_is_what_serde_sends(pagination_tests::clarifai::ListInputs::default());
    query_is_what_serde_sends(pagination_tests::clarifai::Pagination::default());
    query_is_what_serde_sends(pagination_tests::cspr::ListAccounts::default());
    query_is_what_serde_sends(pagination_tests::codat::ListInvoices::default());
    assert_eq!(
        HandSerialized::default()
            .with_page(3)
            .page_query()
            .to_string(),
        "pageNumber=3"
    );
}

/// Serialized by hand, under names the derive cannot see: `#[paginate(rename)]` says them.
#[derive(Default, Paginated)]
#[paginate(default = 1, max = 9)]
struct HandSerialized {
    #[paginate(page, rename = "pageNumber")]
    page_number: Option<u32>,
    #[paginate(size, rename = "perPage")]
    per_page: Option<u32>,
}

impl Serialize for HandSerialized {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        let mut fields = serializer.serialize_struct("HandSerialized", 2)?;
        fields.serialize_field("pageNumber", &self.page_number)?;
        fields.serialize_field("perPage", &self.per_page)?;
        fields.end()
    }
}

/// Shared parameters, flattened into the query of a nested request.
#[derive(Default, Serialize, Paginated)]
#[serde(rename_all = "camelCase")]
#[paginate(size = "pageSize", default = 1, max = 9)]
struct Paging {
    #[serde(skip_serializing_if = "Option::is_none")]
    page: Option<u32>,
    #[serde(skip_serializing_if = "Option::is_none")]
    page_size: Option<u32>,
}

#[derive(Default, Serialize, Paginated)]
struct Flattened {
    #[serde(skip_serializing_if = "Option::is_none")]
    query: Option<String>,
    #[serde(flatten)]
    #[paginate(nested)]
    paging: Paging,
}

/// A response's struct-level name may be one of the names serde also reads the field by.
#[test]
fn response_names_bind_by_serde_alias() {
    #[derive(Deserialize, Paginated)]
    #[paginate(items = "data", total_items = "total")]
    struct Response {
        data: Vec<u8>,
        #[serde(alias = "total")]
        total_count: u64,
    }
    let response: Response = serde_json::from_str(r#"{"data": [1], "total": 4}"#).unwrap();
    assert_eq!(response.page_info().total_items, Some(4));
}
