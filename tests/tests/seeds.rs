//! The three seed APIs, described by the derive alone: their parameters, their real
//! responses (from `fixtures/`), and the next-page rule each one relies on.

use pagination_core::{PageInfo, PaginatedRequest, PaginatedResponse};
use pagination_tests::{clarifai, codat, cspr};

fn fixture(name: &str) -> String {
    let path = format!("{}/fixtures/{name}", env!("CARGO_MANIFEST_DIR"));
    std::fs::read_to_string(&path).unwrap_or_else(|error| panic!("{path}: {error}"))
}

mod codat_api {
    use super::*;
    use codat::{InvoicePage, ListInvoices};

    fn list(page: u32) -> ListInvoices {
        ListInvoices {
            company_id: "8a210b68".into(),
            query: Some("status=paid".into()),
            ..ListInvoices::default()
        }
        .with_page(page)
        .with_page_size(20)
    }

    #[test]
    fn params_are_the_documented_ones() {
        let params = ListInvoices::PARAMS;
        assert_eq!(params.page_param, "page");
        assert_eq!(params.size_param, "pageSize");
        assert_eq!((params.default_size, params.max_size), (100, 5000));
        assert_eq!(params.first_page, 1);
        let request = ListInvoices::default();
        assert_eq!((request.page(), request.page_size()), (1, 100));
        assert_eq!(request.page_query().to_string(), "");
    }

    #[test]
    fn the_documented_request_writes_the_documented_query() {
        let request = ListInvoices::default().with_page(5).with_page_size(20);
        assert_eq!(request.page_query().to_string(), "page=5&pageSize=20");
        assert_eq!(
            serde_urlencoded::to_string(&request).unwrap(),
            "page=5&pageSize=20"
        );
    }

    #[test]
    fn the_documented_response_reads_and_is_the_last_page() {
        let page: InvoicePage =
            serde_json::from_str(&fixture("codat_invoices_page5.json")).unwrap();
        assert_eq!(page.items().len(), 10);
        assert_eq!(page.items()[0].id, "inv-0081");
        assert_eq!(
            page.page_info(),
            PageInfo::new(Some(5), Some(20), Some(90), Some(5))
        );
        assert_eq!(page.page_info().total_pages, Some(5), "ceil(90 / 20)");
        const { assert!(InvoicePage::NEXT_LINK.is_some()) };
        assert_eq!(page.next_link(), None);
        // Rule 1: no `next` link, no next page.
        assert_eq!(list(5).next_request(&page), None);
    }

    #[test]
    fn a_next_link_means_a_next_page_with_everything_else_kept() {
        let page: InvoicePage =
            serde_json::from_str(&fixture("codat_invoices_page4.json")).unwrap();
        assert_eq!(page.next_link(), Some("/companies?page=5&pageSize=20"));
        let next = list(4).next_request(&page).expect("page 4 links to page 5");
        assert_eq!(next, list(5));
        assert_eq!(next.query.as_deref(), Some("status=paid"));
        assert_eq!(next.company_id, "8a210b68");
    }

    #[test]
    fn the_link_decides_even_against_the_totals() {
        // Rule 1 comes first: a link past the reported total is still followed ...
        let mut page: InvoicePage =
            serde_json::from_str(&fixture("codat_invoices_page5.json")).unwrap();
        page.links.next = Some(pagination_core::Link {
            href: "/companies?page=6&pageSize=20".into(),
        });
        assert_eq!(list(5).next_request(&page), Some(list(6)));
        // ... and a missing link ends the walk although the totals say more.
        let mut page: InvoicePage =
            serde_json::from_str(&fixture("codat_invoices_page4.json")).unwrap();
        page.links.next = None;
        assert_eq!(list(4).next_request(&page), None);
        // An empty link is no link.
        page.links.next = Some(pagination_core::Link {
            href: String::new(),
        });
        assert_eq!(list(4).next_request(&page), None);
    }

    #[test]
    fn a_response_without_links_has_no_next_page() {
        let mut json: serde_json::Value =
            serde_json::from_str(&fixture("codat_invoices_page4.json")).unwrap();
        json.as_object_mut().unwrap().remove("_links");
        let page: InvoicePage = serde_json::from_value(json.clone()).unwrap();
        assert_eq!(page.next_link(), None);
        assert_eq!(list(4).next_request(&page), None);
        json["_links"] = serde_json::Value::Null;
        let page: InvoicePage = serde_json::from_value(json).unwrap();
        assert_eq!(list(4).next_request(&page), None);
    }

    #[test]
    fn page_size_is_clamped_to_the_documented_maximum() {
        assert_eq!(
            ListInvoices::default().with_max_page_size().page_size(),
            5000
        );
        assert_eq!(
            ListInvoices::default().with_page_size(10_000).page_size(),
            5000
        );
        assert!(ListInvoices::default().try_with_page_size(5001).is_err());
    }
}

mod cspr_api {
    use super::*;
    use cspr::{Account, ListAccounts, Page};

    fn list(page: u32) -> ListAccounts {
        ListAccounts::default().with_page(page).with_page_size(25)
    }

    #[test]
    fn params_are_the_documented_ones() {
        let params = ListAccounts::PARAMS;
        assert_eq!(
            (params.page_param, params.size_param),
            ("page", "page_size")
        );
        assert_eq!(
            (params.default_size, params.max_size, params.first_page),
            (10, 250, 1)
        );
        let request = ListAccounts::default();
        assert_eq!((request.page(), request.page_size()), (1, 10));
    }

    #[test]
    fn the_documented_request_writes_the_documented_query() {
        assert_eq!(list(2).page_query().to_string(), "page=2&page_size=25");
        // The docs advise the maximum page size to stay under rate limits.
        assert_eq!(
            ListAccounts::default()
                .with_max_page_size()
                .page_query()
                .to_string(),
            "page_size=250"
        );
    }

    #[test]
    fn the_documented_response_reads_and_has_a_next_page() {
        let page: Page<Account> =
            serde_json::from_str(&fixture("cspr_accounts_page2.json")).unwrap();
        assert_eq!(page.items().len(), 3);
        assert_eq!(page.items()[1].balance, "252442325961483");
        let info = page.page_info();
        assert_eq!(
            (info.total_items, info.total_pages),
            (Some(63_584), Some(2544))
        );
        assert_eq!((info.page, info.page_size), (None, None));
        const { assert!(Page::<Account>::NEXT_LINK.is_none()) };
        // Rule 2: page 2 of 2544 is not the last, although it holds only 3 items here.
        assert_eq!(list(2).next_request(&page), Some(list(3)));
    }

    #[test]
    fn the_last_reported_page_has_no_next_page() {
        let mut page: Page<Account> =
            serde_json::from_str(&fixture("cspr_accounts_page2.json")).unwrap();
        assert_eq!(list(2543).next_request(&page), Some(list(2544)));
        assert_eq!(list(2544).next_request(&page), None);
        page.page_count = 2;
        assert_eq!(list(2).next_request(&page), None);
    }

    #[test]
    fn items_counted_against_the_total_when_pages_are_not_reported() {
        // Rule 3, on a CSPR.cloud-shaped endpoint that reports only `item_count`.
        #[derive(serde::Deserialize, pagination_core::Paginated)]
        #[paginate(items = "data", total_items = "item_count")]
        struct CountOnly {
            data: Vec<Account>,
            item_count: u64,
        }
        let page: CountOnly = serde_json::from_str(&fixture("cspr_accounts_page2.json")).unwrap();
        // `total_pages` is computed from the request's page size: ceil(63584 / 25).
        assert_eq!(page.page_info().total_pages, None);
        assert_eq!(page.page_info().or_page_size(25).total_pages, Some(2544));
        assert_eq!(list(2).next_request(&page), Some(list(3)));
        assert_eq!(list(2544).next_request(&page), None);
        let last = CountOnly {
            data: page.data.clone(),
            item_count: 28, // 25 on page 1, 3 on page 2
        };
        assert_eq!(list(2).next_request(&last), None);
        let more = CountOnly {
            data: page.data,
            item_count: 51, // a third page
        };
        assert_eq!(list(2).next_request(&more), Some(list(3)));
    }

    #[test]
    fn an_empty_page_ends_the_walk_whatever_the_totals() {
        let page = Page::<Account> {
            data: Vec::new(),
            item_count: 63_584,
            page_count: 2544,
        };
        assert_eq!(list(2).next_request(&page), None);
    }
}

mod clarifai_api {
    use super::*;
    use clarifai::{
        Hit, Input, ListInputs, MultiInputResponse, MultiSearchResponse, Pagination,
        PostAnnotationsSearches, Status,
    };

    fn inputs(n: usize) -> MultiInputResponse {
        MultiInputResponse {
            status: Status {
                code: 10000,
                description: "Ok".into(),
            },
            inputs: Some(
                (0..n)
                    .map(|i| Input {
                        id: format!("input-{i}"),
                        created_at: "2024-01-01T00:00:00Z".into(),
                    })
                    .collect(),
            ),
        }
    }

    #[test]
    fn params_are_the_documented_ones() {
        let params = ListInputs::PARAMS;
        assert_eq!((params.page_param, params.size_param), ("page", "per_page"));
        assert_eq!(
            (params.default_size, params.max_size, params.first_page),
            (128, 1000, 1)
        );
        assert_eq!(PostAnnotationsSearches::PARAMS, ListInputs::PARAMS);
    }

    #[test]
    fn get_puts_the_documented_parameters_in_the_query() {
        let request = ListInputs::default().with_page(2).with_page_size(20);
        assert_eq!(request.page_query().to_string(), "page=2&per_page=20");
        assert_eq!(
            serde_urlencoded::to_string(&request).unwrap(),
            "page=2&per_page=20"
        );
    }

    #[test]
    fn a_full_page_has_a_next_page_and_a_short_one_does_not() {
        // Rule 4: no totals, so a full page means there may be more.
        let request = ListInputs::default().with_page(2).with_page_size(20);
        assert_eq!(
            request.next_request(&inputs(20)),
            Some(request.clone().with_page(3))
        );
        assert_eq!(request.next_request(&inputs(19)), None);
        // The server's default size when none is sent.
        let default = ListInputs::default();
        assert_eq!(
            default.next_request(&inputs(128)).map(|r| r.page()),
            Some(2)
        );
        assert_eq!(default.next_request(&inputs(127)), None);
    }

    #[test]
    fn an_empty_page_without_inputs_is_the_last() {
        let json = r#"{"status": {"code": 10000, "description": "Ok"}}"#;
        let page: MultiInputResponse = serde_json::from_str(json).unwrap();
        assert!(page.items().is_empty());
        assert!(page.clone().into_items().is_empty());
        assert_eq!(ListInputs::default().next_request(&page), None);
    }

    #[test]
    fn post_nests_the_parameters_in_the_body() {
        let request = PostAnnotationsSearches {
            user_id: "me".into(),
            app_id: "app".into(),
            searches: vec![serde_json::json!({"query": {"filters": []}})],
            pagination: Pagination::default(),
        }
        .with_page(2)
        .with_page_size(20);
        assert_eq!(request.pagination.page, Some(2));
        assert_eq!(request.pagination.per_page, Some(20));
        assert_eq!(
            serde_json::to_value(&request).unwrap(),
            serde_json::json!({
                "searches": [{"query": {"filters": []}}],
                "pagination": {"page": 2, "per_page": 20}
            })
        );
        assert_eq!(request.page_query().to_string(), "page=2&per_page=20");
        assert_eq!(request.with_page_size(5000).page_size(), 1000);
    }

    #[test]
    fn post_advances_the_nested_page() {
        let request = PostAnnotationsSearches::default().with_page_size(2);
        let hit = |id: &str| Hit {
            score: 0.9,
            input: Input {
                id: id.into(),
                created_at: String::new(),
            },
        };
        let full = MultiSearchResponse {
            status: Status {
                code: 10000,
                description: "Ok".into(),
            },
            hits: vec![hit("a"), hit("b")],
        };
        let next = request.next_request(&full).expect("a full page");
        assert_eq!(next.pagination.page, Some(2));
        assert_eq!(next.pagination.per_page, Some(2));
        let short = MultiSearchResponse {
            hits: vec![hit("c")],
            ..full
        };
        assert_eq!(next.next_request(&short), None);
    }
}
