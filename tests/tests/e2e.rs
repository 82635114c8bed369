//! End to end: the example SDK (`reqwest`) walks every item of the three seed APIs on a
//! real HTTP server (`axum`) on loopback, sequentially and concurrently, and sees what a
//! client should see when the server misbehaves. Every server a test starts, it stops.

use futures_util::StreamExt;
use pagination_core::{Error, LinkError, PaginatedRequest, Totals};
use pagination_test_server::{
    self as server, Api, Faults, LinkStyle, TestServer, clarifai_hit_input_id, clarifai_input_id,
    codat_invoice_id, cspr_account_hash,
};
use pagination_tests::sdk::{Client, Credentials, SdkError, WalkError};
use pagination_tests::{clarifai, codat, cspr};
use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::Duration;

use crate::common::{client, credentials, expected, ids, n};

async fn walk_inputs(
    client: &Client,
    first: clarifai::ListInputs,
    concurrency: usize,
) -> Result<Vec<String>, WalkError<clarifai::ListInputs>> {
    let pages = paginate_stream_of(client, first, concurrency, Client::list_inputs);
    ids(pages.items(), |input| input.id).await
}

async fn walk_searches(
    client: &Client,
    first: clarifai::PostAnnotationsSearches,
    concurrency: usize,
) -> Result<Vec<String>, WalkError<clarifai::PostAnnotationsSearches>> {
    let pages = paginate_stream_of(
        client,
        first,
        concurrency,
        Client::post_annotations_searches,
    );
    ids(pages.items(), |hit| hit.input.id).await
}

async fn walk_accounts(
    client: &Client,
    first: cspr::ListAccounts,
    concurrency: usize,
) -> Result<Vec<String>, WalkError<cspr::ListAccounts>> {
    let pages = paginate_stream_of(client, first, concurrency, Client::list_accounts);
    ids(pages.items(), |account| account.account_hash).await
}

async fn walk_invoices(
    client: &Client,
    first: codat::ListInvoices,
    concurrency: usize,
) -> Result<Vec<String>, WalkError<codat::ListInvoices>> {
    let pages = paginate_stream_of(client, first, concurrency, Client::list_invoices);
    ids(pages.items(), |invoice| invoice.id).await
}

fn inputs() -> clarifai::ListInputs {
    clarifai::ListInputs {
        user_id: "me".into(),
        app_id: "photos".into(),
        ..clarifai::ListInputs::default()
    }
}

fn searches() -> clarifai::PostAnnotationsSearches {
    clarifai::PostAnnotationsSearches {
        user_id: "me".into(),
        app_id: "photos".into(),
        searches: vec![serde_json::json!({"query": {"filters": []}})],
        ..clarifai::PostAnnotationsSearches::default()
    }
}

fn invoices() -> codat::ListInvoices {
    codat::ListInvoices {
        company_id: "8a210b68".into(),
        ..codat::ListInvoices::default()
    }
}

fn pages_asked(server: &TestServer, api: Api) -> Vec<u32> {
    server
        .requests()
        .into_iter()
        .filter(|request| request.api == api)
        .map(|request| request.page)
        .collect()
}

#[tokio::test]
async fn every_item_of_each_api_with_and_without_concurrency() {
    let server = TestServer::start().await.unwrap();
    let client = client(&server);
    for concurrency in [1, 4] {
        let got = walk_inputs(&client, inputs().with_max_page_size(), concurrency)
            .await
            .unwrap();
        assert_eq!(got, expected(server::CLARIFAI_INPUTS, clarifai_input_id));

        let got = walk_searches(&client, searches().with_max_page_size(), concurrency)
            .await
            .unwrap();
        assert_eq!(got, expected(server::CLARIFAI_HITS, clarifai_hit_input_id));

        let got = walk_accounts(
            &client,
            cspr::ListAccounts::default().with_max_page_size(),
            concurrency,
        )
        .await
        .unwrap();
        assert_eq!(got, expected(server::CSPR_ACCOUNTS, cspr_account_hash));

        let got = walk_invoices(&client, invoices().with_page_size(500), concurrency)
            .await
            .unwrap();
        assert_eq!(got, expected(server::CODAT_INVOICES, codat_invoice_id));
    }
    // Each page once per walk, and none past the last: 10 full pages and the empty one
    // that tells Clarifai's end, 11 pages of hits, 50 of accounts, 21 of invoices.
    let twice = |pages: std::ops::RangeInclusive<u32>| {
        let mut pages: Vec<u32> = pages.clone().chain(pages).collect();
        pages.sort_unstable();
        pages
    };
    for (api, last) in [
        (Api::ClarifaiInputs, 11),
        (Api::ClarifaiSearches, 11),
        (Api::Cspr, 50),
        (Api::Codat, 21),
    ] {
        let mut asked = pages_asked(&server, api);
        asked.sort_unstable();
        assert_eq!(asked, twice(1..=last), "{api:?}");
    }
    server.stop().await;
}

/// `paginate_stream` over an SDK method.
fn paginate_stream_of<'c, Req, Resp, Fut>(
    client: &'c Client,
    first: Req,
    concurrency: usize,
    method: fn(&'c Client, Req) -> Fut,
) -> pagination_core::PageStream<Req, Resp, impl FnMut(Req) -> Fut + 'c>
where
    Req: PaginatedRequest + Clone + 'c,
    Resp: pagination_core::PaginatedResponse,
    Fut: Future<Output = Result<Resp, SdkError>> + 'c,
{
    pagination_core::paginate_stream(first, move |request| method(client, request))
        .concurrency(n(concurrency))
}

#[tokio::test]
async fn the_servers_defaults_and_maximums() {
    let server = TestServer::start().await.unwrap();
    let client = client(&server);
    // Defaults: 128 Clarifai inputs, 10 CSPR.cloud accounts, 100 Codat invoices a page.
    let page = client.list_inputs(inputs()).await.unwrap();
    assert_eq!(page.inputs.map(|inputs| inputs.len()), Some(128));
    let page = client
        .list_accounts(cspr::ListAccounts::default())
        .await
        .unwrap();
    assert_eq!((page.data.len(), page.page_count), (10, 1235));
    let page = client.list_invoices(invoices()).await.unwrap();
    assert_eq!((page.results.len(), page.page_size), (100, 100));

    // Over the maximum: CSPR.cloud rejects it; Codat and Clarifai clamp it.
    let too_large = cspr::ListAccounts {
        page_size: Some(251),
        ..cspr::ListAccounts::default()
    };
    assert!(
        too_large.validate().is_err(),
        "the walkers would refuse it before sending"
    );
    match client.list_accounts(too_large).await {
        Err(SdkError::Status { status: 400, body }) => {
            assert!(body.contains("page_size"), "{body}");
        }
        other => panic!("{other:?}"),
    }
    let page = client
        .list_invoices(codat::ListInvoices {
            page_size: Some(6000),
            ..invoices()
        })
        .await
        .unwrap();
    assert_eq!((page.results.len(), page.page_size), (5000, 5000));
    let page = client
        .list_inputs(clarifai::ListInputs {
            per_page: Some(5000),
            ..inputs()
        })
        .await
        .unwrap();
    assert_eq!(page.inputs.map(|inputs| inputs.len()), Some(1000));

    // A Codat walk asked with too large a size goes by the size the server reports.
    let got = walk_invoices(&client, invoices().with_max_page_size(), 1)
        .await
        .unwrap();
    assert_eq!(got.len(), server::CODAT_INVOICES);

    // A filter is kept on every page, and the totals count the filtered set.
    let paid = codat::ListInvoices {
        query: Some("status=Paid".into()),
        ..invoices()
    }
    .with_page_size(1000);
    let got = walk_invoices(&client, paid, 2).await.unwrap();
    let paid_ids: Vec<String> = (0..server::CODAT_INVOICES)
        .filter(|i| i % 3 != 0)
        .map(codat_invoice_id)
        .collect();
    assert_eq!(got, paid_ids);
    server.stop().await;
}

#[tokio::test]
async fn a_wrong_key_is_an_error_on_the_first_page() {
    let server = TestServer::start().await.unwrap();
    let client = Client::local(
        &server.base_url(),
        Credentials {
            cspr_key: "wrong".into(),
            ..credentials()
        },
    )
    .expect("an HTTP client");
    let error = walk_accounts(&client, cspr::ListAccounts::default(), 1)
        .await
        .unwrap_err();
    assert!(
        matches!(
            error,
            Error::Fetch {
                page: 1,
                source: SdkError::Status { status: 401, .. },
                ..
            }
        ),
        "{error:?}"
    );
    server.stop().await;
}

#[tokio::test]
async fn a_server_that_ignores_the_page() {
    let server = TestServer::start().await.unwrap();
    let client = client(&server);
    let ignore = Faults {
        ignore_page: true,
        ..Faults::default()
    };
    // Codat echoes the page it served: caught on page 2.
    server.set_faults(Api::Codat, ignore.clone());
    let error = walk_invoices(&client, invoices().with_page_size(1000), 4)
        .await
        .unwrap_err();
    assert!(
        matches!(
            error,
            Error::PageIgnored {
                page: 2,
                returned: 1,
                ..
            }
        ),
        "{error:?}"
    );

    // CSPR.cloud echoes nothing, but the last page overflows the total.
    server.set_faults(Api::Cspr, ignore.clone());
    let error = walk_accounts(
        &client,
        cspr::ListAccounts::default().with_max_page_size(),
        4,
    )
    .await
    .unwrap_err();
    assert!(
        matches!(error, Error::PastTotal { page: 50, .. }),
        "{error:?}"
    );

    // Clarifai says nothing at all: `max_pages` is the guard.
    server.set_faults(Api::ClarifaiInputs, ignore);
    let error = ids(
        paginate_stream_of(
            &client,
            inputs().with_max_page_size(),
            1,
            Client::list_inputs,
        )
        .max_pages(30)
        .items(),
        |input| input.id,
    )
    .await
    .unwrap_err();
    assert!(
        matches!(
            error,
            Error::MaxPages {
                page: 31,
                limit: 30,
                ..
            }
        ),
        "{error:?}"
    );
    server.stop().await;
}

#[tokio::test]
async fn a_page_that_fails_once_is_resumed() {
    let server = TestServer::start().await.unwrap();
    let client = client(&server);
    server.set_faults(
        Api::Cspr,
        Faults {
            fail_page_once: Some(3),
            ..Faults::default()
        },
    );
    let mut items = Box::pin(
        paginate_stream_of(
            &client,
            cspr::ListAccounts::default().with_max_page_size(),
            4,
            Client::list_accounts,
        )
        .items(),
    );
    let mut seen = Vec::new();
    let error = loop {
        match items.next().await.expect("page 3 fails") {
            Ok(account) => seen.push(account.account_hash),
            Err(error) => break error,
        }
    };
    assert!(
        matches!(
            &error,
            Error::Fetch {
                page: 3,
                source: SdkError::Status { status: 500, .. },
                ..
            }
        ),
        "{error:?}"
    );
    assert!(items.next().await.is_none());
    let rest = walk_accounts(&client, error.into_resume(), 4)
        .await
        .unwrap();
    assert_eq!(
        [seen, rest].concat(),
        expected(server::CSPR_ACCOUNTS, cspr_account_hash)
    );
    server.stop().await;
}

#[tokio::test]
async fn malformed_json_is_an_error_on_its_page() {
    let server = TestServer::start().await.unwrap();
    let client = client(&server);
    server.set_faults(
        Api::Codat,
        Faults {
            malformed_json_page: Some(4),
            ..Faults::default()
        },
    );
    let error = walk_invoices(&client, invoices().with_page_size(1000), 2)
        .await
        .unwrap_err();
    match &error {
        Error::Fetch {
            page: 4,
            source: SdkError::Decode { path, .. },
            ..
        } => assert!(!path.is_empty(), "{error}"),
        other => panic!("{other:?}"),
    }
    server.set_faults(Api::Codat, Faults::default());
    let rest = walk_invoices(&client, error.into_resume(), 2)
        .await
        .unwrap();
    assert_eq!(
        rest,
        (3000..server::CODAT_INVOICES)
            .map(codat_invoice_id)
            .collect::<Vec<_>>()
    );
    server.stop().await;
}

#[tokio::test]
async fn slow_answers_overlap_with_concurrency() {
    let server = TestServer::start().await.unwrap();
    let client = client(&server);
    server.set_faults(
        Api::Cspr,
        Faults {
            delay: Some(Duration::from_millis(20)),
            ..Faults::default()
        },
    );
    let in_flight = Arc::new(AtomicUsize::new(0));
    let most = Arc::new(AtomicUsize::new(0));
    let walk = pagination_core::paginate_stream(
        cspr::ListAccounts::default().with_page_size(200),
        |request| {
            let (client, in_flight, most) = (&client, in_flight.clone(), most.clone());
            async move {
                let now = in_flight.fetch_add(1, Ordering::SeqCst) + 1;
                most.fetch_max(now, Ordering::SeqCst);
                let page = client.list_accounts(request).await;
                in_flight.fetch_sub(1, Ordering::SeqCst);
                page
            }
        },
    )
    .concurrency(n(6));
    let got = ids(walk.items(), |account| account.account_hash)
        .await
        .unwrap();
    assert_eq!(got, expected(server::CSPR_ACCOUNTS, cspr_account_hash));
    assert_eq!(most.load(Ordering::SeqCst), 6);
    server.stop().await;
}

#[tokio::test]
async fn data_that_changes_during_the_walk() {
    let server = TestServer::start().await.unwrap();
    let client = client(&server);
    // CSPR.cloud shrinks after page 2: the new totals arrive with page 3.
    server.set_faults(
        Api::Cspr,
        Faults {
            resize_after_page: Some((2, 5000)),
            ..Faults::default()
        },
    );
    let error = walk_accounts(
        &client,
        cspr::ListAccounts::default().with_max_page_size(),
        1,
    )
    .await
    .unwrap_err();
    match &error {
        Error::TotalChanged {
            page: 3,
            before,
            after,
            ..
        } => {
            assert_eq!(*before, Totals::new(Some(12_345), Some(50)));
            assert_eq!(*after, Totals::new(Some(5000), Some(20)));
        }
        other => panic!("{other:?}"),
    }
    // Codat grows after page 2.
    server.set_faults(
        Api::Codat,
        Faults {
            resize_after_page: Some((2, 11_000)),
            ..Faults::default()
        },
    );
    let error = walk_invoices(&client, invoices().with_page_size(1000), 1)
        .await
        .unwrap_err();
    assert!(
        matches!(
            error,
            Error::TotalChanged {
                page: 3,
                before: Totals {
                    items: Some(10_500),
                    ..
                },
                after: Totals {
                    items: Some(11_000),
                    ..
                },
                ..
            }
        ),
        "{error:?}"
    );
    // Clarifai reports no totals: a shrink only ends the walk where the data now ends.
    server.set_faults(
        Api::ClarifaiInputs,
        Faults {
            resize_after_page: Some((2, 2500)),
            ..Faults::default()
        },
    );
    let got = walk_inputs(&client, inputs().with_max_page_size(), 1)
        .await
        .unwrap();
    assert_eq!(got, (0..2500).map(clarifai_input_id).collect::<Vec<_>>());
    server.stop().await;
}

#[tokio::test]
async fn codat_next_links_are_followed_on_the_same_origin_only() {
    let server = TestServer::start().await.unwrap();
    let client = client(&server);
    for mode in [LinkStyle::Relative, LinkStyle::Absolute] {
        server.set_faults(
            Api::Codat,
            Faults {
                link_style: mode,
                ..Faults::default()
            },
        );
        let got = ids(
            client
                .invoices_by_link(invoices().with_page_size(1000))
                .items(),
            |invoice| invoice.id,
        )
        .await
        .unwrap();
        assert_eq!(got, expected(server::CODAT_INVOICES, codat_invoice_id));
    }

    // A link to another origin: a second server on another port receives nothing.
    let elsewhere = TestServer::start().await.unwrap();
    server.set_faults(
        Api::Codat,
        Faults {
            link_style: LinkStyle::CrossOrigin(elsewhere.base_url()),
            ..Faults::default()
        },
    );
    let asked_before = server.requests().len();
    let error = ids(
        client
            .invoices_by_link(invoices().with_page_size(1000))
            .items(),
        |invoice| invoice.id,
    )
    .await
    .unwrap_err();
    // Page 1's items are real and yielded; the link to page 2 is refused before it is
    // sent, and the walk resumes at page 2 by number.
    match &error {
        Error::Link {
            page: 2,
            source: LinkError::CrossOrigin { link_origin, .. },
            resume,
        } => {
            assert_eq!(*link_origin, elsewhere.base_url());
            assert_eq!((resume.request().page(), resume.link()), (2, None));
        }
        other => panic!("{other:?}"),
    }
    assert!(error.to_string().contains("page 2"), "{error}");
    assert_eq!(
        server.requests().len(),
        asked_before + 1,
        "only page 1 was asked"
    );
    assert!(
        elsewhere.requests().is_empty(),
        "the other origin received nothing"
    );
    elsewhere.stop().await;
    server.stop().await;
}
