//! Walking every page with `paginate`, against in-memory fakes of the three seed APIs:
//! every item exactly once and in order, for many totals, page sizes and first pages; and
//! each way a server can misbehave ends with the right error or a correct result. Walks
//! that a broken implementation could loop in run under a time bound.

use pagination_core::{Error, Paginated, PaginatedRequest, Progress, Totals, paginate};
use pagination_tests::fake::{FakeError, FakeServer, Faults, ItemId, all_ids};
use pagination_tests::{clarifai, codat, cspr};
use proptest::prelude::*;
use serde::{Deserialize, Serialize};
use std::sync::{Arc, Mutex};
use std::time::Duration;

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, Paginated)]
#[paginate(size = "size", default = 10, max = 5000)]
struct OneBased {
    filter: Option<String>,
    page: Option<u32>,
    size: Option<u32>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, Paginated)]
#[paginate(size = "size", default = 10, max = 5000, first = 0)]
struct ZeroBased {
    page: Option<u32>,
    size: Option<u32>,
}

/// Runs `walk` on another thread and fails if it does not finish in 20 seconds, so that a
/// walk that loops fails instead of hanging the suite.
fn bounded<T: Send + 'static>(walk: impl FnOnce() -> T + Send + 'static) -> T {
    let (sender, receiver) = std::sync::mpsc::channel();
    std::thread::spawn(move || sender.send(walk()));
    receiver
        .recv_timeout(Duration::from_secs(20))
        .expect("the walk did not finish: it loops or hangs")
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Style {
    Clarifai,
    Cspr,
    Codat,
}

type WalkError<R> = Error<FakeError, R>;

/// Walks every item of `server` in `style`, from `first`, and returns their ids.
fn walk_ids<R>(
    server: &Arc<FakeServer>,
    style: Style,
    first: R,
) -> Result<Vec<String>, WalkError<R>>
where
    R: PaginatedRequest + Clone,
{
    fn ids<I: ItemId, E>(items: impl Iterator<Item = Result<I, E>>) -> Result<Vec<String>, E> {
        items
            .map(|item| item.map(|item| item.item_id().to_owned()))
            .collect()
    }
    let s = server.clone();
    match style {
        Style::Clarifai => ids(paginate(first, move |r: R| s.clarifai(&r)).items()),
        Style::Cspr => ids(paginate(first, move |r: R| s.cspr(&r)).items()),
        Style::Codat => ids(paginate(first, move |r: R| s.codat(&r)).items()),
    }
}

/// The requests a correct walk makes: one per page, plus, without totals, an empty page
/// after a last page that was full.
fn expected_requests(style: Style, total: u64, size: u32) -> u64 {
    let pages = total.div_ceil(size.into()).max(1);
    if style == Style::Clarifai && total % u64::from(size) == 0 && total > 0 {
        pages + 1
    } else {
        pages
    }
}

fn check_every_item_once(style: Style, total: u64, size: u32, zero_based: bool) {
    let server = Arc::new(FakeServer::new(total));
    let ids = if zero_based {
        walk_ids(&server, style, ZeroBased::default().with_page_size(size))
            .map_err(|e| e.to_string())
    } else {
        walk_ids(&server, style, OneBased::default().with_page_size(size))
            .map_err(|e| e.to_string())
    };
    assert_eq!(
        ids.as_deref(),
        Ok(all_ids(total).as_slice()),
        "{style:?}, {total} items, {size} a page, zero-based: {zero_based}"
    );
    assert_eq!(
        server.requests(),
        expected_requests(style, total, size),
        "{style:?}, {total}, {size}"
    );
}

#[test]
fn every_item_once_in_order_at_the_edges() {
    for style in [Style::Clarifai, Style::Cspr, Style::Codat] {
        for zero_based in [false, true] {
            for (total, size) in [
                (0, 10),  // no items
                (10, 10), // exactly one full page
                (11, 10), // one item over a full page
                (9, 10),  // one short page
                (1, 1),   // one item a page
                (250, 7), // many pages, a short last one
                (5000, 5000),
                (10_000, 250),
            ] {
                check_every_item_once(style, total, size, zero_based);
            }
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(200))]

    /// Any total, page size and first page, in any of the three styles: every item
    /// exactly once, in order, with exactly the requests needed.
    #[test]
    fn every_item_once_in_order(total in 0u64..3000, size in 1u32..400, zero_based: bool, style in 0..3u8) {
        let style = [Style::Clarifai, Style::Cspr, Style::Codat][usize::from(style)];
        check_every_item_once(style, total, size, zero_based);
    }
}

#[test]
fn the_seed_request_types_walk_too() {
    let server = Arc::new(FakeServer::new(1234));
    let s = server.clone();
    let codat = paginate(
        codat::ListInvoices::default().with_max_page_size(),
        move |r| s.codat(&r),
    );
    let ids: Vec<String> = codat.items().map(|i| i.unwrap().id).collect();
    assert_eq!(ids, all_ids(1234));
    assert_eq!(server.requests(), 1, "5000 a page: one request");

    let server = Arc::new(FakeServer::new(1234));
    let s = server.clone();
    let cspr = paginate(
        cspr::ListAccounts::default().with_max_page_size(),
        move |r| s.cspr(&r),
    );
    assert_eq!(cspr.count(), 5, "250 a page: 5 pages");

    let server = Arc::new(FakeServer::new(1000));
    let s = server.clone();
    let clarifai = paginate(clarifai::ListInputs::default(), move |r| s.clarifai(&r));
    let ids: Vec<String> = clarifai.items().map(|i| i.unwrap().id).collect();
    assert_eq!(ids, all_ids(1000));
    assert_eq!(
        server.pages_asked(),
        (1..=8).collect::<Vec<_>>(),
        "128 a page by default"
    );
}

#[test]
fn pages_are_fetched_lazily() {
    let server = Arc::new(FakeServer::new(100));
    let s = server.clone();
    let mut pages = paginate(OneBased::default(), move |r: OneBased| s.cspr(&r));
    assert_eq!(server.requests(), 0);
    pages.next().unwrap().unwrap();
    assert_eq!(server.requests(), 1);
    let s = server.clone();
    let mut items = paginate(OneBased::default(), move |r: OneBased| s.cspr(&r)).items();
    items.next().unwrap().unwrap();
    items.next().unwrap().unwrap();
    assert_eq!(
        server.requests(),
        2,
        "two items of one page: one more request"
    );
}

#[test]
fn up_to_the_largest_page_number() {
    // One item a page and u32::MAX pages: the walk starts three pages before the end.
    let total = u64::from(u32::MAX);
    let server = Arc::new(FakeServer::new(total));
    for style in [Style::Cspr, Style::Codat, Style::Clarifai] {
        let first = OneBased::default()
            .with_page_size(1)
            .with_page(u32::MAX - 2);
        let ids = bounded({
            let server = server.clone();
            move || walk_ids(&server, style, first)
        });
        match style {
            Style::Clarifai => {
                // No totals: full pages up to the last page number, which has no successor.
                assert_eq!(ids.unwrap().len(), 3);
            }
            _ => assert_eq!(
                ids.unwrap(),
                (total - 3..total)
                    .map(pagination_tests::fake::item_id)
                    .collect::<Vec<_>>()
            ),
        }
    }
    // Zero-based, u32::MAX + 1 pages: the last page is u32::MAX.
    let server = Arc::new(FakeServer::new(total + 1));
    let first = ZeroBased::default()
        .with_page_size(1)
        .with_page(u32::MAX - 1);
    let ids = bounded(move || walk_ids(&server, Style::Cspr, first));
    assert_eq!(ids.unwrap().len(), 2);
}

#[test]
fn more_pages_than_a_page_number_holds_is_an_error_not_a_wrap() {
    #[derive(Debug, Clone, Default, Paginated)]
    #[paginate(size = "size", default = 1, max = 10)]
    struct Small {
        page: u8,
        size: u8,
    }

    let server = Arc::new(FakeServer::new(u64::from(u32::MAX) + 10));
    let first = OneBased::default()
        .with_page_size(1)
        .with_page(u32::MAX - 1);
    let error = bounded(move || walk_ids(&server, Style::Cspr, first)).unwrap_err();
    assert!(
        matches!(error, Error::StoppedShort { page: u32::MAX, .. }),
        "{error:?}"
    );
    assert!(
        error
            .to_string()
            .contains("the page number cannot go higher"),
        "{error}"
    );

    // A page field of a small type: its largest value is the last page.
    let server = Arc::new(FakeServer::new(1000));
    let first = Small::default().with_page(250).with_page_size(1);
    let error = bounded(move || walk_ids(&server, Style::Codat, first)).unwrap_err();
    assert!(
        matches!(error, Error::StoppedShort { page: 255, .. }),
        "{error:?}"
    );
}

#[test]
fn a_server_that_ignores_the_page_and_echoes_it() {
    let server = Arc::new(FakeServer::new(100).with_faults(Faults {
        ignore_page: true,
        ..Faults::default()
    }));
    let error = bounded(move || walk_ids(&server, Style::Codat, OneBased::default())).unwrap_err();
    match &error {
        Error::PageIgnored {
            page: 2,
            returned: 1,
            resume,
            ..
        } => assert_eq!(resume.page(), 2),
        other => panic!("{other:?}"),
    }
    assert!(
        error
            .to_string()
            .contains("asked for page 2, the server answered page 1"),
        "{error}"
    );
}

#[test]
fn a_server_that_ignores_the_page_and_keeps_sending_items() {
    // CSPR.cloud style: no page number echoed, but the items pass the reported total.
    let server = Arc::new(FakeServer::new(95).with_faults(Faults {
        ignore_page: true,
        ..Faults::default()
    }));
    let error = bounded(move || walk_ids(&server, Style::Cspr, OneBased::default())).unwrap_err();
    assert!(
        matches!(
            error,
            Error::PastTotal {
                page: 10,
                seen: 100,
                ..
            }
        ),
        "{error:?}"
    );
    assert!(
        error.to_string().contains("past the server's own total"),
        "{error}"
    );
}

#[test]
fn a_server_without_totals_that_ignores_the_page_is_stopped_by_max_pages() {
    let server = Arc::new(FakeServer::new(1000).with_faults(Faults {
        ignore_page: true,
        ..Faults::default()
    }));
    let s = server.clone();
    let error = bounded(move || {
        paginate(OneBased::default(), move |r: OneBased| s.clarifai(&r))
            .max_pages(50)
            .items()
            .collect::<Result<Vec<_>, _>>()
    })
    .unwrap_err();
    assert!(
        matches!(
            error,
            Error::MaxPages {
                page: 51,
                limit: 50,
                ..
            }
        ),
        "{error:?}"
    );
    assert_eq!(server.requests(), 50);
}

#[test]
fn max_pages_yields_the_pages_it_allows_then_resumes() {
    let server = Arc::new(FakeServer::new(100));
    let s = server.clone();
    let mut items = paginate(OneBased::default(), move |r: OneBased| s.codat(&r))
        .max_pages(3)
        .items();
    let first: Vec<String> = items.by_ref().map_while(Result::ok).map(|i| i.id).collect();
    assert_eq!(first, all_ids(30));
    assert!(items.next().is_none(), "nothing after the error");
    let mut pages = paginate(OneBased::default(), {
        let s = server.clone();
        move |r: OneBased| s.codat(&r)
    })
    .max_pages(3);
    let error = pages.by_ref().find_map(Result::err).unwrap();
    assert_eq!(error.page(), 4);
    let rest = walk_ids(&server, Style::Codat, error.into_resume()).unwrap();
    assert_eq!([first, rest].concat(), all_ids(100));
}

#[test]
fn a_failed_page_resumes_with_nothing_lost_or_repeated() {
    for style in [Style::Clarifai, Style::Cspr, Style::Codat] {
        let server = Arc::new(FakeServer::new(95).with_faults(Faults {
            fail_page_once: [3].into(),
            ..Faults::default()
        }));
        let s = server.clone();
        let mut seen = Vec::new();
        let mut walk: Box<dyn Iterator<Item = Result<String, WalkError<OneBased>>>> = match style {
            Style::Clarifai => Box::new(
                paginate(OneBased::default(), move |r: OneBased| s.clarifai(&r))
                    .items()
                    .map(|i| i.map(|i| i.id)),
            ),
            Style::Cspr => Box::new(
                paginate(OneBased::default(), move |r: OneBased| s.cspr(&r))
                    .items()
                    .map(|i| i.map(|i| i.account_hash)),
            ),
            Style::Codat => Box::new(
                paginate(OneBased::default(), move |r: OneBased| s.codat(&r))
                    .items()
                    .map(|i| i.map(|i| i.id)),
            ),
        };
        let error = loop {
            match walk.next().expect("the walk fails on page 3") {
                Ok(id) => seen.push(id),
                Err(error) => break error,
            }
        };
        assert!(
            walk.next().is_none(),
            "a walk yields nothing after an error"
        );
        assert!(
            matches!(
                &error,
                Error::Fetch {
                    page: 3,
                    source: FakeError { page: 3 },
                    ..
                }
            ),
            "{error:?}"
        );
        assert_eq!(
            error.to_string(),
            "fetching page 3 failed; `Error::resume` holds the request to continue from"
        );
        assert_eq!(
            std::error::Error::source(&error).unwrap().to_string(),
            "the fake server failed page 3"
        );
        assert_eq!(seen.len(), 20);
        let rest = walk_ids(&server, style, error.into_resume()).unwrap();
        assert_eq!([seen, rest].concat(), all_ids(95), "{style:?}");
    }
}

#[test]
fn a_checkpoint_resumes_in_a_new_walk() {
    let server = Arc::new(FakeServer::new(77));
    let s = server.clone();
    let first = OneBased {
        filter: Some("status=paid".into()),
        ..OneBased::default()
    };
    let mut pages = paginate(first, move |r: OneBased| s.cspr(&r));
    let mut seen: Vec<String> = Vec::new();
    for _ in 0..3 {
        seen.extend(
            pages
                .next()
                .unwrap()
                .unwrap()
                .data
                .into_iter()
                .map(|a| a.account_hash),
        );
    }
    // Persist the checkpoint as a new process would, and drop the walk.
    let saved = serde_json::to_string(pages.checkpoint().unwrap()).unwrap();
    drop(pages);
    assert_eq!(saved, r#"{"filter":"status=paid","page":4,"size":null}"#);
    let resumed: OneBased = serde_json::from_str(&saved).unwrap();
    let rest = walk_ids(&server, Style::Cspr, resumed).unwrap();
    assert_eq!([seen, rest].concat(), all_ids(77));
}

#[test]
fn an_item_checkpoint_is_given_between_pages_only() {
    let server = Arc::new(FakeServer::new(25));
    let s = server.clone();
    let mut items = paginate(OneBased::default(), move |r: OneBased| s.codat(&r)).items();
    assert_eq!(items.checkpoint().map(PaginatedRequest::page), Some(1));
    for _ in 0..9 {
        items.next().unwrap().unwrap();
        assert_eq!(
            items.checkpoint(),
            None,
            "items of page 1 are still to come"
        );
    }
    items.next().unwrap().unwrap();
    assert_eq!(items.checkpoint().map(PaginatedRequest::page), Some(2));
    assert_eq!(items.by_ref().count(), 15);
    assert_eq!(items.checkpoint(), None, "the walk is over");
}

#[test]
fn a_total_that_changes_is_surfaced_and_resumable() {
    for new_total in [60, 140] {
        let server = Arc::new(FakeServer::new(100).with_faults(Faults {
            resize_after_page: Some((2, new_total)),
            ..Faults::default()
        }));
        let s = server.clone();
        let mut pages = paginate(OneBased::default(), move |r: OneBased| s.cspr(&r));
        assert!(pages.next().unwrap().is_ok());
        assert!(pages.next().unwrap().is_ok());
        let error = pages.next().unwrap().unwrap_err();
        match &error {
            Error::TotalChanged {
                page: 3,
                before,
                after,
                resume,
            } => {
                assert_eq!(*before, Totals::new(Some(100), Some(10)));
                assert_eq!(*after, Totals::new(Some(new_total), Some(new_total / 10)));
                assert_eq!(resume.page(), 3);
            }
            other => panic!("{other:?}"),
        }
        assert!(
            error.to_string().contains("totals changed at page 3"),
            "{error}"
        );
        // A walk resumed from it takes the new totals and finishes.
        let rest = walk_ids(&server, Style::Cspr, error.into_resume()).unwrap();
        assert_eq!(
            rest,
            (20..new_total)
                .map(pagination_tests::fake::item_id)
                .collect::<Vec<_>>()
        );
    }
}

#[test]
fn a_walk_that_stops_short_of_the_total_says_so() {
    // The server claims 50 more items than it has: an empty page comes early.
    let server = Arc::new(FakeServer::new(95).with_faults(Faults {
        report_total: Some(145),
        report_pages: Some(15),
        ..Faults::default()
    }));
    let s = server.clone();
    let result: Result<Vec<_>, _> = paginate(OneBased::default(), move |r: OneBased| s.cspr(&r))
        .items()
        .collect();
    let error = result.unwrap_err();
    match &error {
        Error::StoppedShort {
            page: 11,
            seen: 95,
            resume,
            ..
        } => assert_eq!(resume.page(), 11),
        other => panic!("{other:?}"),
    }
    assert!(
        error.to_string().contains("because the page was empty"),
        "{error}"
    );
    // Progress and its hook count the pages yielded, not the empty page that ended it.
    let server = Arc::new(FakeServer::new(95).with_faults(Faults {
        report_total: Some(145),
        report_pages: Some(15),
        ..Faults::default()
    }));
    let s = server.clone();
    let reported = Arc::new(Mutex::new(Vec::new()));
    let hook = reported.clone();
    let mut pages = paginate(OneBased::default(), move |r: OneBased| s.cspr(&r))
        .on_progress(move |progress| hook.lock().unwrap().push(progress.pages));
    assert_eq!(pages.by_ref().take_while(Result::is_ok).count(), 10);
    assert_eq!(pages.progress().pages, 10);
    assert_eq!(*reported.lock().unwrap(), (1..=10).collect::<Vec<u64>>());
    assert_eq!(server.requests(), 11);

    // Codat style: the last link comes, but the totals say more.
    let server = Arc::new(FakeServer::new(95).with_faults(Faults {
        report_total: Some(145),
        ..Faults::default()
    }));
    let error = walk_ids(&server, Style::Codat, OneBased::default()).unwrap_err();
    assert!(
        matches!(error, Error::StoppedShort { page: 11, .. }),
        "{error:?}"
    );
}

#[test]
fn a_short_page_with_items_is_yielded_before_the_error() {
    // Codat style: page 2 holds 5 items and no next link, but `totalResults` says 30.
    let fetch = |r: OneBased| -> Result<codat::InvoicePage, FakeError> {
        let server = FakeServer::new(15);
        let mut page = server.codat(&r)?;
        page.total_results = 30;
        Ok(page)
    };
    let mut items = paginate(OneBased::default(), fetch).items();
    let ids: Vec<String> = items.by_ref().map_while(Result::ok).map(|i| i.id).collect();
    assert_eq!(ids, all_ids(15), "both pages are yielded");
    let mut pages = paginate(OneBased::default(), fetch);
    assert_eq!(pages.by_ref().take_while(Result::is_ok).count(), 2);
    let mut pages = paginate(OneBased::default(), fetch);
    let error = pages.by_ref().find_map(Result::err).unwrap();
    match &error {
        Error::StoppedShort {
            page: 2,
            seen: 15,
            resume,
            ..
        } => assert_eq!(resume.page(), 3),
        other => panic!("{other:?}"),
    }
    assert!(error.to_string().contains("because the response had no next link, after 15 items, but the server reported 30 items"), "{error}");
    assert!(pages.next().is_none());
}

#[test]
fn totals_that_are_estimates_are_not_errors() {
    let server = Arc::new(FakeServer::new(95).with_faults(Faults {
        report_total: Some(145),
        report_pages: Some(15),
        ..Faults::default()
    }));
    let s = server.clone();
    let ids: Result<Vec<String>, _> = paginate(OneBased::default(), move |r: OneBased| s.cspr(&r))
        .totals_are_estimates()
        .items()
        .map(|i| i.map(|a| a.account_hash))
        .collect();
    assert_eq!(ids.unwrap(), all_ids(95));
}

#[test]
fn contradictory_totals_are_an_error() {
    let server = Arc::new(FakeServer::new(95).with_faults(Faults {
        report_pages: Some(3),
        ..Faults::default()
    }));
    let error = walk_ids(&server, Style::Cspr, OneBased::default()).unwrap_err();
    assert!(
        matches!(error, Error::Inconsistent { page: 1, .. }),
        "{error:?}"
    );
    assert_eq!(
        error.to_string(),
        "page 1: the server reports 3 pages, but 95 items at 10 a page make 10; if its \
         totals are estimates, call `totals_are_estimates()`"
    );
}

#[test]
fn negative_and_absurd_totals() {
    #[derive(Deserialize, Paginated)]
    #[paginate(items = "data", total_items = "item_count", total_pages = "page_count")]
    struct Signed {
        data: Vec<u32>,
        item_count: i64,
        page_count: i128,
    }
    // Negative totals are unknown: the walk goes on by full pages and ends on a short one.
    let fetch = |r: OneBased| -> Result<Signed, FakeError> {
        let start = (r.page() - 1) * r.page_size();
        Ok(Signed {
            data: (start..(start + r.page_size()).min(25)).collect(),
            item_count: -1,
            page_count: -7,
        })
    };
    let items: Vec<u32> = bounded(move || {
        paginate(OneBased::default(), fetch)
            .items()
            .map(Result::unwrap)
            .collect()
    });
    assert_eq!(items, (0..25).collect::<Vec<_>>());

    // Absurd totals: the walk goes on until an empty page, then says it stopped short.
    let fetch = |r: OneBased| -> Result<Signed, FakeError> {
        let start = (r.page() - 1) * r.page_size();
        Ok(Signed {
            data: (start..(start + r.page_size()).min(25)).collect(),
            item_count: i64::MAX,
            page_count: i128::MAX,
        })
    };
    let error = bounded(move || {
        paginate(OneBased::default(), fetch)
            .items()
            .collect::<Result<Vec<_>, _>>()
    })
    .unwrap_err();
    assert!(
        matches!(error, Error::StoppedShort { page: 4, .. }),
        "{error:?}"
    );
}

#[test]
fn an_invalid_first_request_fetches_nothing() {
    let server = Arc::new(FakeServer::new(10));
    let s = server.clone();
    let first = OneBased {
        page: Some(0),
        ..OneBased::default()
    };
    let mut pages = paginate(first, move |r: OneBased| s.cspr(&r));
    let error = pages.next().unwrap().unwrap_err();
    assert!(
        matches!(error, Error::InvalidRequest { page: 1, .. }),
        "{error:?}"
    );
    assert!(
        error.to_string().contains("page 0 is out of range"),
        "{error}"
    );
    assert!(pages.next().is_none());
    assert_eq!(server.requests(), 0);
}

/// A walk from a later page numbers its pages from it, from the first fetch on.
#[test]
fn a_walk_from_a_later_page_names_that_page() {
    let down = |r: OneBased| Err::<cspr::Page<cspr::Account>, _>(FakeError { page: r.page() });
    let error = paginate(OneBased::default().with_page(3), down)
        .next()
        .unwrap()
        .unwrap_err();
    assert!(matches!(error, Error::Fetch { page: 3, .. }), "{error:?}");
}

#[test]
fn progress_after_each_page() {
    let server = Arc::new(FakeServer::new(25));
    let s = server.clone();
    let seen: Arc<Mutex<Vec<Progress>>> = Arc::default();
    let hook = seen.clone();
    let mut pages = paginate(OneBased::default(), move |r: OneBased| s.cspr(&r))
        .on_progress(move |progress| hook.lock().unwrap().push(*progress));
    assert_eq!(pages.progress().pages, 0);
    assert_eq!(pages.by_ref().count(), 3);
    let progress = *pages.progress();
    assert_eq!((progress.pages, progress.items, progress.page), (3, 25, 3));
    assert_eq!(
        (progress.total_items, progress.total_pages),
        (Some(25), Some(3))
    );
    let seen = seen.lock().unwrap();
    assert_eq!(
        seen.iter().map(|p| (p.pages, p.items)).collect::<Vec<_>>(),
        [(1, 10), (2, 20), (3, 25)]
    );
}

/// `paginate` and `next_request` follow the same rules: walking by hand with
/// `next_request` asks for exactly the pages `paginate` asks for.
#[test]
fn paginate_and_next_request_agree() {
    for style in [Style::Clarifai, Style::Cspr, Style::Codat] {
        for total in [0, 9, 10, 11, 95] {
            let walked = Arc::new(FakeServer::new(total));
            walk_ids(&walked, style, OneBased::default()).unwrap();
            let by_hand = FakeServer::new(total);
            let mut request = Some(OneBased::default());
            while let Some(current) = request {
                request = match style {
                    Style::Clarifai => current.next_request(&by_hand.clarifai(&current).unwrap()),
                    Style::Cspr => current.next_request(&by_hand.cspr(&current).unwrap()),
                    Style::Codat => current.next_request(&by_hand.codat(&current).unwrap()),
                };
            }
            assert_eq!(
                walked.pages_asked(),
                by_hand.pages_asked(),
                "{style:?}, {total}"
            );
        }
    }
}
