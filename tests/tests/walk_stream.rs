//! Walking every page with `paginate_stream`, sequentially and with `concurrency(n)`,
//! against in-memory fakes of the three seed APIs whose answers take different times.
//! Tests run on tokio's paused clock, so delays cost nothing and a walk that hangs fails
//! at its timeout instead of blocking the suite.

use futures_util::{StreamExt, TryStreamExt};
use pagination_core::{Error, Paginated, PaginatedRequest, Totals, paginate_stream};
use pagination_tests::fake::{FakeError, FakeServer, Faults, ItemId, all_ids, item_id};
use proptest::prelude::*;
use std::num::NonZeroUsize;
use std::sync::Arc;
use std::time::Duration;

#[derive(Debug, Clone, Default, PartialEq, Paginated)]
#[paginate(size = "size", default = 10, max = 5000)]
struct OneBased {
    page: Option<u32>,
    size: Option<u32>,
}

#[derive(Debug, Clone, Default, PartialEq, Paginated)]
#[paginate(size = "size", default = 10, max = 5000, first = 0)]
struct ZeroBased {
    page: Option<u32>,
    size: Option<u32>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Style {
    Clarifai,
    Cspr,
    Codat,
}

const STYLES: [Style; 3] = [Style::Clarifai, Style::Cspr, Style::Codat];

fn n(count: usize) -> NonZeroUsize {
    NonZeroUsize::new(count).expect("a positive count")
}

/// How long the fake takes to answer `page`: later pages often answer sooner, so answers
/// arrive out of order.
fn delay(page: u32) -> Duration {
    Duration::from_millis(u64::from(37 - (page * 7) % 31))
}

/// Walks every item of `server` in `style` from `first` with `concurrency`, answering
/// after `delay`, and returns their ids; fails if the walk takes over a (virtual) hour.
async fn walk_ids<R>(
    server: &Arc<FakeServer>,
    style: Style,
    first: R,
    concurrency: usize,
    max_pages: Option<u64>,
) -> Result<Vec<String>, Error<FakeError, R>>
where
    R: PaginatedRequest + Clone + Send + 'static,
{
    async fn collect<S, I, R>(items: S) -> Result<Vec<String>, Error<FakeError, R>>
    where
        S: futures_util::Stream<Item = Result<I, Error<FakeError, R>>>,
        I: ItemId,
    {
        items
            .map_ok(|item| item.item_id().to_owned())
            .try_collect()
            .await
    }
    let walk = async {
        macro_rules! walk {
            ($method:ident) => {{
                let server = server.clone();
                let mut pages = paginate_stream(first, move |request: R| {
                    let server = server.clone();
                    async move {
                        let _in_flight = server.begin();
                        tokio::time::sleep(delay(request.page())).await;
                        server.$method(&request)
                    }
                })
                .concurrency(n(concurrency));
                if let Some(limit) = max_pages {
                    pages = pages.max_pages(limit);
                }
                collect(pages.items()).await
            }};
        }
        match style {
            Style::Clarifai => walk!(clarifai),
            Style::Cspr => walk!(cspr),
            Style::Codat => walk!(codat),
        }
    };
    tokio::time::timeout(Duration::from_secs(3600), walk)
        .await
        .expect("the walk did not finish: it loops or hangs")
}

fn requests_needed(style: Style, total: u64, size: u32) -> u64 {
    let pages = total.div_ceil(size.into()).max(1);
    let extra_empty_page = style == Style::Clarifai && total > 0 && total % u64::from(size) == 0;
    pages + u64::from(extra_empty_page)
}

#[tokio::test(start_paused = true)]
async fn every_item_once_in_order_at_any_concurrency() {
    for style in STYLES {
        for concurrency in [1, 2, 4, 8] {
            for (total, size) in [(0, 10), (10, 10), (11, 10), (95, 10), (1000, 7)] {
                let server = Arc::new(FakeServer::new(total));
                let first = OneBased::default().with_page_size(size);
                let ids = walk_ids(&server, style, first, concurrency, None)
                    .await
                    .unwrap();
                assert_eq!(
                    ids,
                    all_ids(total),
                    "{style:?}, n = {concurrency}, {total}/{size}"
                );
                assert_eq!(
                    server.requests(),
                    requests_needed(style, total, size),
                    "no page past the last: {style:?}, n = {concurrency}, {total}/{size}"
                );
                let last = u32::try_from(requests_needed(style, total, size)).unwrap();
                assert!(server.pages_asked().iter().all(|&page| page <= last));
            }
        }
    }
}

#[tokio::test(start_paused = true)]
async fn zero_based_pages_with_concurrency() {
    for style in STYLES {
        let server = Arc::new(FakeServer::new(333));
        let first = ZeroBased::default().with_page_size(10);
        let ids = walk_ids(&server, style, first, 5, None).await.unwrap();
        assert_eq!(ids, all_ids(333), "{style:?}");
        // 34 pages, numbered 0 to 33; the last is short, so even Clarifai stops there.
        assert_eq!(server.pages_asked().iter().max(), Some(&33));
    }
}

#[tokio::test(start_paused = true)]
async fn requests_really_overlap_up_to_the_limit() {
    for style in [Style::Cspr, Style::Codat] {
        for concurrency in [1, 3, 8] {
            let server = Arc::new(FakeServer::new(500));
            walk_ids(&server, style, OneBased::default(), concurrency, None)
                .await
                .unwrap();
            assert_eq!(server.max_in_flight(), concurrency, "{style:?}");
        }
    }
}

#[tokio::test(start_paused = true)]
async fn concurrency_shortens_the_walk() {
    let server = Arc::new(FakeServer::new(500));
    let start = tokio::time::Instant::now();
    walk_ids(&server, Style::Cspr, OneBased::default(), 1, None)
        .await
        .unwrap();
    let sequential = start.elapsed();
    let start = tokio::time::Instant::now();
    walk_ids(&server, Style::Cspr, OneBased::default(), 8, None)
        .await
        .unwrap();
    let concurrent = start.elapsed();
    assert!(
        concurrent * 3 < sequential,
        "{concurrent:?} vs {sequential:?}"
    );
}

#[tokio::test(start_paused = true)]
async fn without_totals_the_walk_stays_sequential() {
    let server = Arc::new(FakeServer::new(200));
    let ids = walk_ids(&server, Style::Clarifai, OneBased::default(), 8, None)
        .await
        .unwrap();
    assert_eq!(ids, all_ids(200));
    assert_eq!(
        server.max_in_flight(),
        1,
        "the next page is known only from the last one"
    );
}

#[tokio::test(start_paused = true)]
async fn a_failed_page_with_pages_in_flight_resumes_exactly() {
    for style in [Style::Cspr, Style::Codat] {
        let server = Arc::new(FakeServer::new(200).with_faults(Faults {
            fail_page_once: [5].into(),
            ..Faults::default()
        }));
        let s = server.clone();
        let mut items = Box::pin(
            paginate_stream(OneBased::default(), move |request: OneBased| {
                let server = s.clone();
                async move {
                    tokio::time::sleep(delay(request.page())).await;
                    match style {
                        Style::Codat => server
                            .codat(&request)
                            .map(|page| page.results.into_iter().map(|i| i.id).collect::<Vec<_>>()),
                        _ => server
                            .cspr(&request)
                            .map(|page| page.data.into_iter().map(|a| a.account_hash).collect()),
                    }
                    .map(|ids| Ids { ids, total: 200 })
                }
            })
            .concurrency(n(4))
            .items(),
        );
        let mut seen = Vec::new();
        let error = loop {
            match items.next().await.expect("the walk fails on page 5") {
                Ok(id) => seen.push(id),
                Err(error) => break error,
            }
        };
        assert!(items.next().await.is_none(), "nothing after an error");
        assert!(matches!(error, Error::Fetch { page: 5, .. }), "{error:?}");
        assert_eq!(seen, all_ids(40));
        let rest = walk_ids(&server, style, error.into_resume(), 4, None)
            .await
            .unwrap();
        assert_eq!([seen, rest].concat(), all_ids(200), "{style:?}");
    }
}

/// A response of ids with a total, for a fetch that picks the style at run time.
#[derive(Paginated)]
struct Ids {
    #[paginate(items)]
    ids: Vec<String>,
    #[paginate(total_items)]
    total: u64,
}

#[tokio::test(start_paused = true)]
async fn max_pages_bounds_the_pages_fetched_ahead() {
    let server = Arc::new(FakeServer::new(1000));
    let error = walk_ids(&server, Style::Cspr, OneBased::default(), 8, Some(5))
        .await
        .unwrap_err();
    assert!(
        matches!(
            error,
            Error::MaxPages {
                page: 6,
                limit: 5,
                ..
            }
        ),
        "{error:?}"
    );
    assert_eq!(
        server.pages_asked().iter().max(),
        Some(&5),
        "nothing past the limit is fetched"
    );
}

#[tokio::test(start_paused = true)]
async fn the_checkpoint_is_the_next_page_to_yield_not_the_next_in_flight() {
    let server = Arc::new(FakeServer::new(300));
    let s = server.clone();
    let mut pages = paginate_stream(OneBased::default(), move |request: OneBased| {
        let server = s.clone();
        async move {
            let _in_flight = server.begin();
            tokio::time::sleep(delay(request.page())).await;
            server.cspr(&request)
        }
    })
    .concurrency(n(6));
    let mut seen: Vec<String> = Vec::new();
    for _ in 0..4 {
        let page = pages.next().await.unwrap().unwrap();
        seen.extend(page.data.into_iter().map(|a| a.account_hash));
    }
    assert_eq!(server.max_in_flight(), 6, "pages are in flight ahead");
    let checkpoint = pages.checkpoint().unwrap().clone();
    assert_eq!(checkpoint.page(), 5);
    drop(pages);
    let rest = walk_ids(&server, Style::Cspr, checkpoint, 6, None)
        .await
        .unwrap();
    assert_eq!([seen, rest].concat(), all_ids(300));
}

#[tokio::test(start_paused = true)]
async fn the_guards_hold_with_concurrency() {
    let server = Arc::new(FakeServer::new(100).with_faults(Faults {
        ignore_page: true,
        ..Faults::default()
    }));
    let error = walk_ids(&server, Style::Codat, OneBased::default(), 4, None)
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

    let server = Arc::new(FakeServer::new(100).with_faults(Faults {
        resize_after_page: Some((3, 150)),
        ..Faults::default()
    }));
    // Pages are answered out of order, so any page answered after page 3 may be the
    // first to report the new total.
    let error = walk_ids(&server, Style::Cspr, OneBased::default(), 4, None)
        .await
        .unwrap_err();
    match &error {
        Error::TotalChanged {
            page,
            before,
            after,
            resume,
        } => {
            assert!((2..=4).contains(page), "{error:?}");
            assert_eq!(
                (*before, *after),
                (
                    Totals::new(Some(100), Some(10)),
                    Totals::new(Some(150), Some(15))
                )
            );
            assert_eq!(resume.page(), *page);
        }
        other => panic!("{other:?}"),
    }

    let server = Arc::new(FakeServer::new(95).with_faults(Faults {
        report_total: Some(145),
        ..Faults::default()
    }));
    let error = walk_ids(&server, Style::Codat, OneBased::default(), 4, None)
        .await
        .unwrap_err();
    assert!(
        matches!(error, Error::StoppedShort { page: 11, .. }),
        "{error:?}"
    );
}

#[tokio::test(start_paused = true)]
async fn progress_and_hook_in_streams() {
    let server = Arc::new(FakeServer::new(45));
    let s = server.clone();
    let (sender, receiver) = std::sync::mpsc::channel();
    let pages = paginate_stream(OneBased::default(), move |request: OneBased| {
        let server = s.clone();
        async move { server.codat(&request) }
    })
    .concurrency(n(3))
    .on_progress(move |progress| {
        sender
            .send((progress.pages, progress.items, progress.total_pages))
            .unwrap();
    });
    let count = pages.count().await;
    assert_eq!(count, 5);
    let reports: Vec<_> = receiver.try_iter().collect();
    assert_eq!(
        reports,
        (1..=5)
            .map(|p| (p, (p * 10).min(45), Some(5)))
            .collect::<Vec<_>>()
    );
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    /// Any total, page size, first page and concurrency: the same items as a sequential
    /// walk, every one exactly once and in order, with no page past the last requested.
    #[test]
    fn concurrency_gives_the_sequential_result(
        total in 0u64..1500,
        size in 1u32..200,
        concurrency in 1usize..10,
        zero_based: bool,
        style in 0..3usize,
    ) {
        let style = STYLES[style];
        let runtime = tokio::runtime::Builder::new_current_thread().enable_time().start_paused(true).build().unwrap();
        runtime.block_on(async {
            let server = Arc::new(FakeServer::new(total));
            let ids = if zero_based {
                walk_ids(&server, style, ZeroBased::default().with_page_size(size), concurrency, None).await.map_err(|e| e.to_string())
            } else {
                walk_ids(&server, style, OneBased::default().with_page_size(size), concurrency, None).await.map_err(|e| e.to_string())
            };
            assert_eq!(ids, Ok(all_ids(total)));
            assert_eq!(server.requests(), requests_needed(style, total, size));
        });
    }
}

#[test]
fn streams_run_on_any_executor() {
    let server = Arc::new(FakeServer::new(57));
    let s = server.clone();
    let ids: Vec<String> = futures_executor::block_on(
        paginate_stream(OneBased::default(), move |request: OneBased| {
            let server = s.clone();
            async move { server.cspr(&request) }
        })
        .concurrency(n(4))
        .items()
        .map_ok(|account| account.account_hash)
        .try_collect(),
    )
    .unwrap();
    assert_eq!(ids, (0..57).map(item_id).collect::<Vec<_>>());
}

/// A walk of the CSPR.cloud fake, each page slower or faster by its number, with
/// `concurrency(6)`, its in-flight pages counted.
fn counted_walk(
    server: &Arc<FakeServer>,
) -> pagination_core::PageStream<
    OneBased,
    pagination_tests::cspr::Page<pagination_tests::cspr::Account>,
    impl pagination_core::FetchAsync<
        OneBased,
        Page = pagination_tests::cspr::Page<pagination_tests::cspr::Account>,
        Error = FakeError,
    >,
> {
    let server = server.clone();
    paginate_stream(OneBased::default(), move |request: OneBased| {
        let server = server.clone();
        async move {
            let _in_flight = server.begin();
            tokio::time::sleep(delay(request.page())).await;
            server.cspr(&request)
        }
    })
    .concurrency(n(6))
}

#[tokio::test(start_paused = true)]
async fn totals_taken_as_estimates_fetch_nothing_ahead() {
    let server = Arc::new(FakeServer::new(300));
    let items = counted_walk(&server).totals_are_estimates().items();
    let ids: Vec<String> = items
        .map_ok(|a| a.account_hash)
        .try_collect()
        .await
        .unwrap();
    assert_eq!(ids, all_ids(300));
    assert_eq!(server.max_in_flight(), 1, "one page at a time");
}

#[tokio::test(start_paused = true)]
async fn max_items_still_fetches_ahead_up_to_the_page_that_reaches_it() {
    let server = Arc::new(FakeServer::new(300));
    let items = counted_walk(&server).max_items(95).items();
    let ids: Vec<String> = items
        .map_ok(|a| a.account_hash)
        .try_collect()
        .await
        .unwrap();
    assert_eq!(ids, all_ids(300)[..95]);
    assert_eq!(server.max_in_flight(), 6, "pages are in flight ahead");
    assert_eq!(
        server.pages_asked().iter().max(),
        Some(&10),
        "none past the 95th item"
    );
}
