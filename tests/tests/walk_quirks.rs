//! Servers that behave legally but unusually, through both walkers: totals that stop
//! being reported (GitHub's last page, GitLab past 10,000 items), a server that caps the
//! page size without saying so, a response that numbers its pages from another base
//! (Spring with `one-indexed-parameters`), requests built with `Default`, and hand-written
//! impls that return any numbers at all.

use futures_executor::block_on;
use futures_util::TryStreamExt;
use pagination_core::{
    Error, PageInfo, PageParams, Paginated, PaginatedRequest, PaginatedResponse, paginate,
    paginate_stream,
};
use proptest::prelude::*;
use std::cell::RefCell;
use std::num::NonZeroUsize;
use std::sync::{Arc, Mutex};

#[derive(Debug, Clone, Default, PartialEq, Paginated)]
#[paginate(size = "size", default = 10, max = 5000)]
struct Req {
    page: Option<u32>,
    size: Option<u32>,
}

/// A page as a scripted server answers it.
#[derive(Debug, Clone, Default)]
struct Page {
    items: Vec<u64>,
    info: PageInfo,
}

impl PaginatedResponse for Page {
    type Item = u64;
    fn items(&self) -> &[u64] {
        &self.items
    }
    fn into_items(self) -> Vec<u64> {
        self.items
    }
    fn page_info(&self) -> PageInfo {
        self.info
    }
}

/// What a scripted server reports on a page: a set of these bits.
const PAGE: u8 = 1;
const SIZE: u8 = 2;
const ITEMS: u8 = 4;
const PAGES: u8 = 8;

/// A server with `total` items, `cap` at most a page whatever is asked (or exactly `own`
/// a page, when set), which reports what `reports(page)` says on each page. Records the
/// pages asked for.
struct Server {
    total: u64,
    cap: u64,
    own: Option<u64>,
    reports: Box<dyn Fn(u32) -> u8 + Send + Sync>,
    asked: Mutex<Vec<u32>>,
}

impl Server {
    fn new(total: u64, cap: u64, reports: impl Fn(u32) -> u8 + Send + Sync + 'static) -> Self {
        Server {
            total,
            cap,
            own: None,
            reports: Box::new(reports),
            asked: Mutex::new(Vec::new()),
        }
    }

    /// The same server, serving `size` items a page whatever is asked.
    fn with_own_size(mut self, size: u64) -> Self {
        self.own = Some(size);
        self
    }

    fn answer(&self, request: &Req) -> Page {
        let page = request.page();
        self.asked.lock().unwrap().push(page);
        let size = self
            .own
            .unwrap_or_else(|| u64::from(request.page_size()).min(self.cap));
        let start = (u64::from(page) - 1) * size;
        let end = (start + size).min(self.total);
        let reports = (self.reports)(page);
        let reported = |bit: u8, value: u64| (reports & bit != 0).then_some(value);
        Page {
            items: (start.min(end)..end).collect(),
            info: PageInfo::new(
                reported(PAGE, page.into()),
                reported(SIZE, size),
                reported(ITEMS, self.total),
                reported(PAGES, self.total.div_ceil(size)),
            ),
        }
    }

    fn asked(&self) -> Vec<u32> {
        self.asked.lock().unwrap().clone()
    }
}

type WalkError = Error<std::convert::Infallible, Req>;

fn walk_sync(server: &Server, first: Req) -> Result<Vec<u64>, WalkError> {
    paginate(first, |request: Req| Ok(server.answer(&request)))
        .items()
        .collect()
}

fn walk_async(server: &Arc<Server>, first: Req, n: usize) -> Result<Vec<u64>, WalkError> {
    let server = server.clone();
    block_on(
        paginate_stream(first, move |request: Req| {
            let server = server.clone();
            async move { Ok(server.answer(&request)) }
        })
        .concurrency(NonZeroUsize::new(n).unwrap())
        .items()
        .try_collect(),
    )
}

/// Walks `server` (made afresh by `make`) with `paginate` and with `paginate_stream` at
/// concurrency 1, 2, 4 and 8, and checks every walk yields `0..total` in order with the
/// pages `asked`.
fn check_all_walkers(make: impl Fn() -> Server, first: &Req, total: u64, asked: &[u32]) {
    let server = make();
    let items = walk_sync(&server, first.clone()).map_err(|e| e.to_string());
    assert_eq!(items, Ok((0..total).collect()), "paginate");
    assert_eq!(server.asked(), asked, "paginate");
    for n in [1, 2, 4, 8] {
        let server = Arc::new(make());
        let items = walk_async(&server, first.clone(), n).map_err(|e| e.to_string());
        assert_eq!(items, Ok((0..total).collect()), "concurrency {n}");
        let mut pages = server.asked();
        pages.sort_unstable();
        assert_eq!(pages, asked, "concurrency {n}");
    }
}

/// `bits` on every page where `on` holds, nothing elsewhere.
fn when(on: bool, bits: u8) -> u8 {
    if on { bits } else { 0 }
}

// --- a total that stops being reported is unknown, not changed ---

#[test]
fn total_pages_missing_on_the_last_page_is_unknown_not_changed() {
    // GitHub: `rel="last"` on pages 1 to 33, not on page 34.
    let make = || Server::new(340, 10, |page| when(page < 34, PAGES));
    let first = Req::default().with_page_size(10);
    let pages: Vec<u32> = (1..=35).collect();
    check_all_walkers(make, &first, 340, &pages);
}

#[test]
fn totals_that_stop_past_a_threshold_are_unknown_not_changed() {
    // GitLab: totals on the first pages, none past a threshold.
    let make = || Server::new(95, 10, |page| PAGE | SIZE | when(page <= 3, ITEMS | PAGES));
    let first = Req::default().with_page_size(10);
    check_all_walkers(make, &first, 95, &(1..=10).collect::<Vec<_>>());
}

#[test]
fn totals_that_appear_later_are_not_a_change() {
    let make = || Server::new(95, 10, |page| PAGE | SIZE | when(page > 2, ITEMS | PAGES));
    let first = Req::default().with_page_size(10);
    check_all_walkers(make, &first, 95, &(1..=10).collect::<Vec<_>>());
}

#[test]
fn a_total_reported_twice_with_different_values_has_changed() {
    let flips = RefCell::new(0_u64);
    let first = Req::default().with_page_size(10);
    let result: Result<Vec<u64>, WalkError> = paginate(first, |request: Req| {
        let total = 95 + *flips.borrow();
        *flips.borrow_mut() += 1;
        let start = u64::from(request.page() - 1) * 10;
        Ok(Page {
            items: (start..(start + 10).min(total)).collect(),
            info: PageInfo::new(None, None, Some(total), None),
        })
    })
    .items()
    .collect();
    let error = result.unwrap_err();
    assert!(
        matches!(error, Error::TotalChanged { page: 2, .. }),
        "{error:?}"
    );
}

// --- a page longer than the page size ---

#[test]
fn a_server_that_serves_more_than_asked_walks_every_item() {
    // Asked 10, served 30 a page: with totals its size shows on page 1; without, the pages
    // are never held against a size the server has not told.
    let first = Req::default().with_page_size(10);
    let make = || Server::new(95, u64::MAX, |_| ITEMS | PAGES).with_own_size(30);
    check_all_walkers(make, &first, 95, &[1, 2, 3, 4]);
    let make = || Server::new(95, u64::MAX, |_| 0).with_own_size(30);
    check_all_walkers(make, &first, 95, &[1, 2, 3, 4]);
}

#[test]
fn a_short_page_before_a_full_one_is_not_too_long() {
    // Page 1 holds 8 of the 10 asked (the server filtered 2 out) while the total says more
    // follow, so it shows a size of 8; page 2's 10 are still within the 10 asked.
    let first = Req::default().with_page_size(10);
    let items = paginate(first, |request: Req| {
        let items: Vec<u64> = match request.page() {
            1 => (0..8).collect(),
            2 => (8..18).collect(),
            _ => Vec::new(),
        };
        Ok(Page {
            items,
            info: PageInfo::new(None, None, Some(18), None),
        })
    })
    .items()
    .collect::<Result<Vec<u64>, WalkError>>();
    assert_eq!(items.map_err(|e| e.to_string()), Ok((0..18).collect()));
}

#[test]
fn a_page_longer_than_its_own_reported_size_is_overfull() {
    // The server says 10 a page and sends 30: the 20 more are the next pages' items.
    let first = Req::default().with_page_size(10);
    let mut pages = paginate(first, |request: Req| {
        let start = u64::from(request.page() - 1) * 10;
        Ok::<_, std::convert::Infallible>(Page {
            items: (start..start + 30).collect(),
            info: PageInfo::new(None, Some(10), None, None),
        })
    });
    let error = pages.next().unwrap().unwrap_err();
    assert!(
        matches!(
            error,
            Error::Overfull {
                page: 1,
                len: 30,
                size: 10,
                ..
            }
        ),
        "{error:?}"
    );
    assert_eq!(error.resume().page(), 1);
    assert!(pages.next().is_none());
}

// --- a server that caps the page size without saying so ---

#[test]
fn a_capped_size_with_both_totals_walks_every_item() {
    // Asked 100 a page; the server gives 25 and reports 95 items in 4 pages.
    let make = || Server::new(95, 25, |_| ITEMS | PAGES);
    check_all_walkers(make, &Req::default().with_page_size(100), 95, &[1, 2, 3, 4]);
}

#[test]
fn a_capped_size_with_only_total_items_walks_every_item() {
    let make = || Server::new(95, 25, |_| PAGE | ITEMS);
    check_all_walkers(make, &Req::default().with_page_size(100), 95, &[1, 2, 3, 4]);
}

#[test]
fn a_capped_size_with_only_total_pages_walks_every_item() {
    let make = || Server::new(95, 25, |_| PAGES);
    check_all_walkers(make, &Req::default().with_page_size(100), 95, &[1, 2, 3, 4]);
}

#[test]
fn a_capped_size_on_a_single_exact_page() {
    let make = || Server::new(25, 25, |_| ITEMS | PAGES);
    check_all_walkers(make, &Req::default().with_page_size(100), 25, &[1]);
}

#[test]
fn totals_no_page_size_explains_are_inconsistent() {
    // 95 items cannot fill 96 pages, whatever the size.
    let result = walk_sync(&Server::new(95, 25, |_| ITEMS), Req::default());
    assert!(result.is_ok());
    let result: Result<Vec<u64>, WalkError> = paginate(Req::default(), |_: Req| {
        Ok(Page {
            items: vec![0; 10],
            info: PageInfo::new(None, None, Some(95), Some(96)),
        })
    })
    .items()
    .collect();
    let error = result.unwrap_err();
    assert!(
        matches!(error, Error::Inconsistent { page: 1, .. }),
        "{error:?}"
    );
    // A reported size makes the numbers checkable: 95 items of 25 are 4 pages, not 5.
    let result: Result<Vec<u64>, WalkError> = paginate(Req::default(), |_: Req| {
        Ok(Page {
            items: vec![0; 25],
            info: PageInfo::new(None, Some(25), Some(95), Some(5)),
        })
    })
    .items()
    .collect();
    assert!(matches!(result, Err(Error::Inconsistent { .. })));
}

#[test]
fn an_empty_result_may_say_it_has_one_page() {
    for pages in [0, 1] {
        let result: Result<Vec<u64>, WalkError> = paginate(Req::default(), |_: Req| {
            Ok(Page {
                items: Vec::new(),
                info: PageInfo::new(Some(1), Some(10), Some(0), Some(pages)),
            })
        })
        .items()
        .collect();
        assert_eq!(result.map_err(|e| e.to_string()), Ok(Vec::new()), "{pages}");
    }
}

// --- a response that numbers its pages from another base ---

/// Spring with `one-indexed-parameters`: asked `page=1`, it answers `"number": 0`.
struct SpringPage<const BASE: u32> {
    content: Vec<u64>,
    number: u64,
    total_elements: u64,
}

impl<const BASE: u32> PaginatedResponse for SpringPage<BASE> {
    type Item = u64;
    const PAGE_BASE: Option<u32> = if BASE == 0 { Some(0) } else { None };
    fn items(&self) -> &[u64] {
        &self.content
    }
    fn into_items(self) -> Vec<u64> {
        self.content
    }
    fn page_info(&self) -> PageInfo {
        PageInfo::new(Some(self.number), None, Some(self.total_elements), None)
    }
}

fn spring<const BASE: u32>(request: &Req) -> SpringPage<BASE> {
    let start = u64::from(request.page() - 1) * 10;
    SpringPage {
        content: (start..(start + 10).min(45)).collect(),
        number: u64::from(request.page()) - 1,
        total_elements: 45,
    }
}

#[test]
fn a_response_numbered_from_zero_answers_a_request_numbered_from_one() {
    let first = Req::default().with_page_size(10);
    let items: Result<Vec<u64>, WalkError> = paginate(first.clone(), |r: Req| Ok(spring::<0>(&r)))
        .items()
        .collect();
    assert_eq!(items.map_err(|e| e.to_string()), Ok((0..45).collect()));
    let items: Result<Vec<u64>, WalkError> = block_on(
        paginate_stream(first.clone(), |r: Req| async move { Ok(spring::<0>(&r)) })
            .concurrency(NonZeroUsize::new(3).unwrap())
            .items()
            .try_collect(),
    );
    assert_eq!(items.map_err(|e| e.to_string()), Ok((0..45).collect()));
}

/// The same page declared with the derive alone.
#[derive(Paginated)]
#[paginate(page_base = 0)]
struct DerivedSpringPage {
    #[paginate(items)]
    content: Vec<u64>,
    #[paginate(page)]
    number: u64,
    #[paginate(total_items)]
    total_elements: u64,
}

#[test]
fn a_derived_page_base_walks_every_item() {
    let items: Result<Vec<u64>, WalkError> = paginate(Req::default(), |r: Req| {
        let page = spring::<0>(&r);
        Ok(DerivedSpringPage {
            content: page.content,
            number: page.number,
            total_elements: page.total_elements,
        })
    })
    .items()
    .collect();
    assert_eq!(items.map_err(|e| e.to_string()), Ok((0..45).collect()));
}

#[test]
fn an_undeclared_base_names_what_was_asked_and_answered_and_both_causes() {
    let first = Req::default().with_page_size(10);
    let result: Result<Vec<u64>, WalkError> = paginate(first, |r: Req| Ok(spring::<1>(&r)))
        .items()
        .collect();
    let error = result.unwrap_err();
    let message = error.to_string();
    assert!(message.contains("asked for page 1"), "{message}");
    assert!(message.contains("answered page 0"), "{message}");
    assert!(message.contains("page parameter"), "{message}");
    assert!(message.contains("page_base"), "{message}");
    assert_eq!(error.page(), 1);
}

// --- requests built with `Default` ---

#[derive(Debug, Clone, Default, PartialEq, Paginated)]
#[paginate(size = "per_page", default = 30, max = 100)]
struct Plain {
    page: u32,
    per_page: u32,
}

#[test]
fn a_default_built_plain_request_fails_before_any_request_saying_what_to_write() {
    let fetched = RefCell::new(0);
    let mut pages = paginate(Plain::default(), |_: Plain| {
        *fetched.borrow_mut() += 1;
        Ok::<_, std::convert::Infallible>(Page::default())
    });
    let error = pages.next().unwrap().unwrap_err();
    let message = error.to_string();
    assert!(message.contains("page 0"), "{message}");
    assert!(
        !message.contains("page 1 "),
        "names one page only: {message}"
    );
    assert!(message.contains("with_page(1)"), "{message}");
    assert!(message.contains("Option"), "{message}");
    assert!(pages.next().is_none());
    assert_eq!(*fetched.borrow(), 0);

    let sized = Plain::default().with_page(1);
    let error = paginate(sized, |_: Plain| {
        Ok::<_, std::convert::Infallible>(Page::default())
    })
    .next()
    .unwrap()
    .unwrap_err();
    let message = error.to_string();
    assert!(message.contains("page size 0"), "{message}");
    assert!(message.contains("with_page_size"), "{message}");
}

#[test]
fn a_default_built_plain_request_reports_what_it_holds() {
    let request = Plain::default();
    assert_eq!(request.page_query().to_string(), "page=0&per_page=0");
    assert!(request.validate().is_err());
    let fixed = request.with_page(1).with_page_size(30);
    assert_eq!(fixed.page_query().to_string(), "page=1&per_page=30");
    assert_eq!((fixed.page(), fixed.page_size()), (1, 30));
    assert_eq!(fixed.validate(), Ok(()));
}

// --- hand-written impls returning any numbers never panic, and every walk ends ---

/// A hand-written request whose accessors return whatever it holds, 0 included.
#[derive(Debug, Clone)]
struct Wild {
    page: u32,
    size: u32,
    first: u32,
}

impl PaginatedRequest for Wild {
    const PARAMS: PageParams = PageParams {
        page_param: "page",
        size_param: "size",
        default_size: 0,
        max_size: 0,
        first_page: 1,
    };
    fn page(&self) -> u32 {
        self.page.max(self.first)
    }
    fn page_size(&self) -> u32 {
        self.size
    }
    fn set_page(&mut self, page: u32) {
        self.page = page;
    }
    fn set_page_size(&mut self, size: u32) {
        self.size = size;
    }
    fn validate(&self) -> Result<(), pagination_core::PageError> {
        Ok(())
    }
}

#[derive(Debug, Clone)]
struct WildPage {
    len: usize,
    info: PageInfo,
    link: Option<&'static str>,
}

impl PaginatedResponse for WildPage {
    type Item = ();
    fn items(&self) -> &[()] {
        static UNITS: [(); 64] = [(); 64];
        &UNITS[..self.len]
    }
    fn into_items(self) -> Vec<()> {
        vec![(); self.len]
    }
    fn page_info(&self) -> PageInfo {
        self.info
    }
}

struct Linked(WildPage);

impl PaginatedResponse for Linked {
    type Item = ();
    const NEXT_LINK: Option<fn(&Self) -> Option<&str>> = Some(|page| page.0.link);
    fn items(&self) -> &[()] {
        self.0.items()
    }
    fn into_items(self) -> Vec<()> {
        self.0.into_items()
    }
    fn page_info(&self) -> PageInfo {
        self.0.info
    }
}

fn number() -> impl Strategy<Value = Option<u64>> {
    prop_oneof![
        Just(None),
        Just(Some(0)),
        Just(Some(1)),
        Just(Some(u64::from(u32::MAX))),
        Just(Some(u64::MAX)),
        Just(Some(u64::MAX - 1)),
        (0_u64..100).prop_map(Some),
    ]
}

fn wild_page() -> impl Strategy<Value = WildPage> {
    (
        0_usize..=64,
        number(),
        number(),
        number(),
        number(),
        prop_oneof![Just(None), Just(Some("")), Just(Some("/next"))],
    )
        .prop_map(|(len, page, size, items, pages, link)| WildPage {
            len,
            info: PageInfo::new(page, size, items, pages),
            link,
        })
}

fn wild_u32() -> impl Strategy<Value = u32> {
    prop_oneof![
        Just(0),
        Just(1),
        Just(u32::MAX),
        Just(u32::MAX - 1),
        0_u32..100
    ]
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(300))]

    /// Whatever a hand-written request and a scripted server return, `next_request` and
    /// both walkers never panic, and every walk ends within the script (after which the
    /// server answers empty pages).
    #[test]
    fn any_numbers_never_panic_and_every_walk_ends(
        page in wild_u32(),
        size in wild_u32(),
        first in 0_u32..=1,
        script in prop::collection::vec(wild_page(), 1..8),
        n in 1_usize..4,
    ) {
        let request = Wild { page, size, first };
        for response in &script {
            let _ = request.next_request(response);
            let _ = request.next_request(&Linked(response.clone()));
        }
        let answer = |i: usize| script.get(i).cloned().unwrap_or(WildPage {
            len: 0,
            info: PageInfo::default(),
            link: None,
        });
        let calls = RefCell::new(0_usize);
        let fetched = paginate(request.clone(), |_: Wild| {
            let i = *calls.borrow();
            *calls.borrow_mut() += 1;
            Ok::<_, std::convert::Infallible>(answer(i))
        })
        .count();
        prop_assert!(*calls.borrow() <= script.len() + 1);
        prop_assert!(fetched <= script.len() + 1);

        let calls = RefCell::new(0_usize);
        let _ = paginate(request.clone(), |_: Wild| {
            let i = *calls.borrow();
            *calls.borrow_mut() += 1;
            Ok::<_, std::convert::Infallible>(Linked(answer(i)))
        })
        .count();
        prop_assert!(*calls.borrow() <= script.len() + 1);

        let calls = Arc::new(Mutex::new(0_usize));
        let counter = calls.clone();
        let script = Arc::new(script);
        let pages = script.clone();
        let walked: Vec<_> = block_on(
            paginate_stream(request, move |_: Wild| {
                let mut calls = counter.lock().unwrap();
                let i = *calls;
                *calls += 1;
                let page = pages.get(i).cloned().unwrap_or(WildPage {
                    len: 0,
                    info: PageInfo::default(),
                    link: None,
                });
                async move { Ok::<_, std::convert::Infallible>(page) }
            })
            .concurrency(NonZeroUsize::new(n).unwrap())
            .max_pages(64)
            .collect::<Vec<_>>(),
        );
        prop_assert!(walked.len() <= 65);
    }
}

use futures_util::StreamExt as _;
