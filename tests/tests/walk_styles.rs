//! Walking by offset and by cursor, with both walkers: every item once and in order, the
//! next offset from the items received (a capped limit loses nothing), fetching ahead by
//! offset once the total is known, cursor loops caught wherever they close, `max_items`,
//! and resuming from a checkpoint or an error.

use futures_executor::block_on;
use futures_util::TryStreamExt;
use pagination_core::{
    CursorParams, CursorRequest, EndReason, Error, OffsetParams, OffsetRequest, PageError,
    PageInfo, PaginatedResponse, paginate_cursors, paginate_cursors_stream, paginate_offsets,
    paginate_offsets_stream,
};
use std::num::NonZeroUsize;
use std::sync::{Arc, Mutex};

// --- offsets ---

/// Jira's `startAt` / `maxResults`: default 50, at most 100.
#[derive(Debug, Clone, Default, PartialEq)]
struct Search {
    start_at: Option<u64>,
    max_results: Option<u32>,
}

impl OffsetRequest for Search {
    const PARAMS: OffsetParams = OffsetParams {
        offset_param: "startAt",
        limit_param: "maxResults",
        default_limit: 50,
        max_limit: 100,
        first_offset: 0,
    };
    fn offset(&self) -> u64 {
        self.start_at.unwrap_or(0)
    }
    fn limit(&self) -> u32 {
        self.max_results.unwrap_or(50)
    }
    fn set_offset(&mut self, offset: u64) {
        self.start_at = Some(offset);
    }
    fn set_limit(&mut self, limit: u32) {
        self.max_results = Some(Self::PARAMS.clamp_limit(limit));
    }
}

/// A page of `values`, with what the server reports.
#[derive(Debug, Clone)]
struct ValuesPage {
    values: Vec<u64>,
    start_at: Option<u64>,
    total: Option<u64>,
}

impl PaginatedResponse for ValuesPage {
    type Item = u64;
    fn items(&self) -> &[u64] {
        &self.values
    }
    fn into_items(self) -> Vec<u64> {
        self.values
    }
    fn page_info(&self) -> PageInfo {
        PageInfo::new(None, None, self.total, None).with_offset(self.start_at)
    }
}

/// An offset server of `total` items, serving at most `cap` a page, echoing `startAt`
/// and the total as `report` says; it records the offsets and limits asked for.
struct OffsetServer {
    total: u64,
    cap: u64,
    echo: bool,
    report_total: bool,
    ignore_offset: bool,
    asked: Mutex<Vec<(u64, u32)>>,
}

impl OffsetServer {
    fn new(total: u64, cap: u64) -> Self {
        OffsetServer {
            total,
            cap,
            echo: true,
            report_total: true,
            ignore_offset: false,
            asked: Mutex::new(Vec::new()),
        }
    }

    fn answer(&self, request: &Search) -> ValuesPage {
        self.asked
            .lock()
            .unwrap()
            .push((request.offset(), request.limit()));
        let start = if self.ignore_offset {
            0
        } else {
            request.offset()
        };
        let end = (start + u64::from(request.limit()).min(self.cap)).min(self.total);
        ValuesPage {
            values: (start.min(end)..end).collect(),
            start_at: self.echo.then_some(start),
            total: self.report_total.then_some(self.total),
        }
    }

    fn offsets(&self) -> Vec<u64> {
        let mut offsets: Vec<u64> = self.asked.lock().unwrap().iter().map(|a| a.0).collect();
        offsets.sort_unstable();
        offsets
    }
}

type OffsetError = Error<String, Search>;

fn walk_offsets(server: &OffsetServer, first: Search) -> Result<Vec<u64>, OffsetError> {
    paginate_offsets(first, |r: Search| Ok(server.answer(&r)))
        .items()
        .collect()
}

fn walk_offsets_stream(
    server: &Arc<OffsetServer>,
    first: Search,
    n: usize,
) -> Result<Vec<u64>, OffsetError> {
    let server = server.clone();
    block_on(
        paginate_offsets_stream(first, move |r: Search| {
            let answer = server.answer(&r);
            async move { Ok(answer) }
        })
        .concurrency(NonZeroUsize::new(n).unwrap())
        .items()
        .try_collect(),
    )
}

#[test]
fn every_item_once_by_offset_with_both_walkers() {
    let server = OffsetServer::new(1234, 100);
    let first = Search::default().with_max_limit();
    assert_eq!(
        walk_offsets(&server, first.clone()).map_err(|e| e.to_string()),
        Ok((0..1234).collect())
    );
    let expected: Vec<u64> = (0..13).map(|page| page * 100).collect();
    assert_eq!(server.offsets(), expected);
    // A total that fills its last page exactly too: nothing is fetched from the total on.
    for total in [1234_u64, 1200] {
        let expected: Vec<u64> = (0..total.div_ceil(100)).map(|page| page * 100).collect();
        for n in [1, 2, 4, 8] {
            let server = Arc::new(OffsetServer::new(total, 100));
            let items = walk_offsets_stream(&server, first.clone(), n).map_err(|e| e.to_string());
            assert_eq!(items, Ok((0..total).collect()), "concurrency {n}");
            assert_eq!(
                server.offsets(),
                expected,
                "{total} items at concurrency {n}: never past the end"
            );
        }
    }
}

#[test]
fn a_capped_limit_loses_nothing_the_next_offset_is_the_items_received() {
    // Asked 100 a page; the server serves 25 and does not say so.
    let server = OffsetServer::new(95, 25);
    let first = Search::default().with_max_limit();
    assert_eq!(
        walk_offsets(&server, first.clone()).map_err(|e| e.to_string()),
        Ok((0..95).collect())
    );
    assert_eq!(server.offsets(), [0, 25, 50, 75]);
    for n in [2, 4, 8] {
        let server = Arc::new(OffsetServer::new(95, 25));
        let items = walk_offsets_stream(&server, first.clone(), n).map_err(|e| e.to_string());
        assert_eq!(items, Ok((0..95).collect()), "concurrency {n}");
        assert_eq!(server.offsets(), [0, 25, 50, 75], "concurrency {n}");
    }
    // Without a total, the short page is the last: nothing past it is known.
    let server = OffsetServer {
        report_total: false,
        ..OffsetServer::new(95, 25)
    };
    assert_eq!(
        walk_offsets(&server, first).unwrap(),
        (0..25).collect::<Vec<_>>()
    );
}

#[test]
fn a_server_that_ignores_the_offset_is_an_error_not_a_loop() {
    let server = OffsetServer {
        ignore_offset: true,
        ..OffsetServer::new(1234, 100)
    };
    let error = walk_offsets(&server, Search::default().with_max_limit()).unwrap_err();
    match &error {
        Error::OffsetIgnored {
            page: 2,
            offset: 100,
            returned: 0,
            resume,
        } => assert_eq!(resume.offset(), 100),
        other => panic!("{other:?}"),
    }
    assert!(error.to_string().contains("offset 100"), "{error}");
    // Without the echo, the items pass the total.
    let server = OffsetServer {
        ignore_offset: true,
        echo: false,
        ..OffsetServer::new(250, 100)
    };
    let error = walk_offsets(&server, Search::default().with_max_limit()).unwrap_err();
    assert!(matches!(error, Error::PastTotal { .. }), "{error:?}");
}

#[test]
fn offsets_never_wrap() {
    #[derive(Debug, Clone)]
    struct Near(u64);
    impl OffsetRequest for Near {
        const PARAMS: OffsetParams = Search::PARAMS;
        const MAX_OFFSET: u64 = u64::MAX;
        fn offset(&self) -> u64 {
            self.0
        }
        fn limit(&self) -> u32 {
            100
        }
        fn set_offset(&mut self, offset: u64) {
            self.0 = offset;
        }
        fn set_limit(&mut self, _: u32) {}
    }
    let pages: Vec<_> = paginate_offsets(Near(u64::MAX - 150), |_: Near| {
        Ok::<_, String>(ValuesPage {
            values: (0..100).collect(),
            start_at: None,
            total: None,
        })
    })
    .max_pages(10)
    .collect();
    // 100 items from MAX - 150, then 100 from MAX - 50: the offset would pass the end.
    assert_eq!(pages.len(), 2);
    assert!(pages.iter().all(Result::is_ok));
}

#[test]
fn max_items_stops_after_them_and_asks_only_for_what_is_left() {
    let server = OffsetServer::new(1234, 100);
    let items: Vec<u64> = paginate_offsets(Search::default().with_limit(10), |r: Search| {
        Ok::<_, String>(server.answer(&r))
    })
    .max_items(37)
    .items()
    .collect::<Result<_, _>>()
    .unwrap();
    assert_eq!(items, (0..37).collect::<Vec<_>>());
    assert_eq!(
        *server.asked.lock().unwrap(),
        [(0, 10), (10, 10), (20, 10), (30, 7)]
    );
    for n in [1, 4, 8] {
        let server = Arc::new(OffsetServer::new(1234, 100));
        let walker = server.clone();
        let items: Vec<u64> = block_on(
            paginate_offsets_stream(Search::default().with_limit(10), move |r: Search| {
                let answer = walker.answer(&r);
                async move { Ok::<_, String>(answer) }
            })
            .concurrency(NonZeroUsize::new(n).unwrap())
            .max_items(37)
            .items()
            .try_collect(),
        )
        .unwrap();
        assert_eq!(items, (0..37).collect::<Vec<_>>(), "concurrency {n}");
        // Fetched ahead or not, the last page asks only for what is left.
        let mut asked = server.asked.lock().unwrap().clone();
        asked.sort_unstable();
        assert_eq!(
            asked,
            [(0, 10), (10, 10), (20, 10), (30, 7)],
            "concurrency {n}"
        );
    }
}

// --- cursors ---

/// Slack's `cursor` / `limit`.
#[derive(Debug, Clone, Default, PartialEq)]
struct List {
    cursor: Option<String>,
    limit: Option<u32>,
}

impl CursorRequest for List {
    const PARAMS: CursorParams = CursorParams {
        cursor_param: "cursor",
        limit_param: "limit",
        default_limit: 100,
        max_limit: 1000,
    };
    fn cursor(&self) -> Option<&str> {
        self.cursor.as_deref()
    }
    fn limit(&self) -> u32 {
        self.limit.unwrap_or(100)
    }
    fn set_cursor(&mut self, cursor: Option<String>) {
        self.cursor = cursor;
    }
    fn set_limit(&mut self, limit: u32) {
        self.limit = Some(limit.clamp(1, 1000));
    }
}

#[derive(Debug, Clone)]
struct ChannelPage {
    channels: Vec<u64>,
    next_cursor: String,
    has_more: Option<bool>,
}

impl PaginatedResponse for ChannelPage {
    type Item = u64;
    const NEXT_CURSOR: Option<fn(&Self) -> Option<&str>> = Some(|page| Some(&page.next_cursor));
    const HAS_MORE: Option<fn(&Self) -> Option<bool>> = Some(|page| page.has_more);
    fn items(&self) -> &[u64] {
        &self.channels
    }
    fn into_items(self) -> Vec<u64> {
        self.channels
    }
    fn page_info(&self) -> PageInfo {
        PageInfo::default()
    }
}

/// A cursor server of `total` items whose cursor encodes the next offset; `cursor_for`
/// may rewrite the cursor page `k` (from 1) gives.
struct CursorServer {
    total: u64,
    cursor_for: fn(u64, String) -> String,
    asked: Mutex<Vec<Option<String>>>,
}

impl CursorServer {
    fn new(total: u64) -> Self {
        CursorServer {
            total,
            cursor_for: |_, cursor| cursor,
            asked: Mutex::new(Vec::new()),
        }
    }

    fn answer(&self, request: &List) -> ChannelPage {
        let mut asked = self.asked.lock().unwrap();
        asked.push(request.cursor.clone());
        let page = asked.len() as u64;
        let start: u64 = request
            .cursor()
            .map_or(0, |cursor| cursor.trim_start_matches('c').parse().unwrap());
        let end = (start + u64::from(request.limit())).min(self.total);
        let next = if end < self.total {
            format!("c{end}")
        } else {
            String::new()
        };
        ChannelPage {
            channels: (start..end).collect(),
            next_cursor: (self.cursor_for)(page, next),
            has_more: None,
        }
    }
}

fn walk_cursors(server: &CursorServer, first: List) -> Result<Vec<u64>, Error<String, List>> {
    paginate_cursors(first, |r: List| Ok(server.answer(&r)))
        .items()
        .collect()
}

#[test]
fn every_item_once_by_cursor_and_sequential_whatever_the_concurrency() {
    let server = CursorServer::new(2500);
    assert_eq!(
        walk_cursors(&server, List::default().with_limit(200)).map_err(|e| e.to_string()),
        Ok((0..2500).collect())
    );
    assert_eq!(server.asked.lock().unwrap().len(), 13);
    let server = Arc::new(CursorServer::new(2500));
    let walker = server.clone();
    let in_flight = Arc::new(Mutex::new((0_usize, 0_usize)));
    let counter = in_flight.clone();
    let items: Vec<u64> = block_on(
        paginate_cursors_stream(List::default().with_limit(200), move |r: List| {
            let mut count = counter.lock().unwrap();
            count.0 += 1;
            count.1 = count.1.max(count.0);
            drop(count);
            let answer = walker.answer(&r);
            let counter = counter.clone();
            async move {
                counter.lock().unwrap().0 -= 1;
                Ok::<_, String>(answer)
            }
        })
        .concurrency(NonZeroUsize::new(8).unwrap())
        .items()
        .try_collect(),
    )
    .unwrap();
    assert_eq!(items, (0..2500).collect::<Vec<_>>());
    assert_eq!(in_flight.lock().unwrap().1, 1, "one request at a time");
}

#[test]
fn has_more_false_ends_even_with_a_cursor() {
    let pages: Vec<_> = paginate_cursors(List::default(), |r: List| {
        let mut page = CursorServer::new(1000).answer(&r);
        page.has_more = Some(r.cursor.is_none());
        Ok::<_, String>(page)
    })
    .collect();
    assert_eq!(pages.len(), 2);
}

#[test]
fn a_repeated_cursor_and_a_cycle_are_loops_wherever_they_close() {
    // Page 2 gives its own cursor again: A, B, B.
    let server = CursorServer {
        cursor_for: |page, cursor| if page == 2 { "c100".into() } else { cursor },
        ..CursorServer::new(1000)
    };
    match walk_cursors(&server, List::default()) {
        Err(Error::CursorLoop {
            page: 3, cursor, ..
        }) => assert_eq!(cursor, "c100"),
        other => panic!("{other:?}"),
    }
    // Page 3 links back to page 2's cursor: A, B, C, B. Only a walk that remembers every
    // cursor, not just the last, catches it.
    let server = CursorServer {
        cursor_for: |page, cursor| if page == 3 { "c100".into() } else { cursor },
        ..CursorServer::new(1000)
    };
    let error = walk_cursors(&server, List::default()).unwrap_err();
    assert!(
        matches!(error, Error::CursorLoop { page: 4, .. }),
        "{error:?}"
    );
    assert!(error.to_string().contains("last_cursor_repeats"), "{error}");
    assert_eq!(
        server.asked.lock().unwrap().len(),
        3,
        "nothing fetched twice"
    );
}

#[test]
fn the_opt_out_ends_a_walk_whose_last_page_repeats_its_cursor() {
    // The last page (page 10) repeats the cursor it was fetched with.
    let server = CursorServer {
        cursor_for: |page, cursor| if page == 10 { "c900".into() } else { cursor },
        ..CursorServer::new(1000)
    };
    let items: Result<Vec<u64>, Error<String, List>> =
        paginate_cursors(List::default(), |r: List| Ok(server.answer(&r)))
            .last_cursor_repeats()
            .items()
            .collect();
    assert_eq!(items.map_err(|e| e.to_string()), Ok((0..1000).collect()));
    // A cycle is still a loop.
    let server = CursorServer {
        cursor_for: |page, cursor| if page == 3 { "c100".into() } else { cursor },
        ..CursorServer::new(1000)
    };
    let error = paginate_cursors(List::default(), |r: List| {
        Ok::<_, String>(server.answer(&r))
    })
    .last_cursor_repeats()
    .items()
    .collect::<Result<Vec<u64>, _>>()
    .unwrap_err();
    assert!(matches!(error, Error::CursorLoop { .. }), "{error:?}");
}

#[test]
fn a_checkpoint_and_a_failed_page_resume_by_cursor() {
    let server = CursorServer::new(1000);
    let mut failed = false;
    let mut walk = paginate_cursors(List::default(), |r: List| {
        if r.cursor.as_deref() == Some("c300") && !failed {
            failed = true;
            return Err("timeout".to_owned());
        }
        Ok(server.answer(&r))
    })
    .items();
    let mut items = Vec::new();
    let error = loop {
        match walk.next().unwrap() {
            Ok(item) => items.push(item),
            Err(error) => break error,
        }
    };
    drop(walk);
    assert!(matches!(error, Error::Fetch { page: 4, .. }), "{error:?}");
    let resume = error.into_resume();
    assert_eq!(resume.cursor(), Some("c300"));
    let rest: Vec<u64> = paginate_cursors(resume, |r: List| Ok::<_, String>(server.answer(&r)))
        .items()
        .collect::<Result<_, _>>()
        .unwrap();
    items.extend(rest);
    assert_eq!(items, (0..1000).collect::<Vec<_>>());
}

#[test]
fn max_items_by_cursor_asks_the_last_page_for_what_is_left() {
    let server = CursorServer::new(1000);
    let pages: Vec<ChannelPage> = paginate_cursors(List::default(), |r: List| {
        Ok::<_, String>(server.answer(&r))
    })
    .max_items(250)
    .collect::<Result<_, _>>()
    .unwrap();
    let lens: Vec<usize> = pages.iter().map(|page| page.channels.len()).collect();
    assert_eq!(lens, [100, 100, 50]);
    // The walk ended because it had its items, not because the server said so.
    let mut walk = paginate_cursors(List::default(), |r: List| {
        Ok::<_, String>(server.answer(&r))
    })
    .max_items(100);
    assert!(walk.next().unwrap().is_ok());
    assert!(walk.next().is_none());
}

#[test]
fn next_request_by_offset_and_by_cursor() {
    let request = Search::default().with_limit(10);
    let page = ValuesPage {
        values: (0..10).collect(),
        start_at: Some(0),
        total: Some(25),
    };
    assert_eq!(
        request.next_request(&page).map(|next| next.offset()),
        Some(10)
    );
    let last = ValuesPage {
        values: (20..25).collect(),
        start_at: Some(20),
        total: Some(25),
    };
    assert_eq!(request.clone().with_offset(20).next_request(&last), None);

    let request = List::default();
    let page = CursorServer::new(150).answer(&request);
    let next = request.next_request(&page).unwrap();
    assert_eq!(next.cursor(), Some("c100"));
    assert!(
        next.next_request(&CursorServer::new(150).answer(&next))
            .is_none()
    );
}

#[test]
fn max_items_cuts_the_last_page_of_a_walk_by_page_number() {
    use pagination_core::{Paginated, PaginatedRequest, paginate};
    #[derive(Debug, Clone, Default, Paginated)]
    #[paginate(size = "size", default = 10, max = 100)]
    struct ByNumber {
        page: Option<u32>,
        size: Option<u32>,
    }
    let fetched = Mutex::new(0);
    let items: Vec<u64> = paginate(ByNumber::default(), |r: ByNumber| {
        *fetched.lock().unwrap() += 1;
        let start = u64::from(r.page() - 1) * 10;
        Ok::<_, String>(ValuesPage {
            values: (start..start + 10).collect(),
            start_at: None,
            total: Some(1000),
        })
    })
    .max_items(25)
    .items()
    .collect::<Result<_, _>>()
    .unwrap();
    assert_eq!(items, (0..25).collect::<Vec<_>>());
    assert_eq!(*fetched.lock().unwrap(), 3, "no page past the items");
}

#[test]
fn max_items_zero_fetches_nothing() {
    let server = Arc::new(OffsetServer::new(1234, 100));
    let walker = server.clone();
    let items: Vec<u64> = paginate_offsets(Search::default().with_limit(10), |r: Search| {
        Ok::<_, String>(walker.answer(&r))
    })
    .max_items(0)
    .items()
    .collect::<Result<_, _>>()
    .unwrap();
    assert!(items.is_empty());
    let walker = server.clone();
    let streamed: Vec<u64> = block_on(
        paginate_offsets_stream(Search::default().with_limit(10), move |r: Search| {
            let answer = walker.answer(&r);
            async move { Ok::<_, String>(answer) }
        })
        .concurrency(NonZeroUsize::new(4).unwrap())
        .max_items(0)
        .items()
        .try_collect(),
    )
    .unwrap();
    assert!(streamed.is_empty());
    assert_eq!(server.offsets(), Vec::<u64>::new(), "no request at all");
}

#[test]
fn an_absurd_cursor_is_a_clear_error_never_sent() {
    // An enormous cursor from the server.
    let fetched = Mutex::new(0);
    let result: Result<Vec<u64>, Error<String, List>> = paginate_cursors(List::default(), |_| {
        *fetched.lock().unwrap() += 1;
        Ok(ChannelPage {
            channels: vec![1, 2],
            next_cursor: "x".repeat(70_000),
            has_more: None,
        })
    })
    .items()
    .collect();
    let error = result.unwrap_err();
    assert!(
        matches!(error, Error::BadCursor { page: 2, .. }),
        "{error:?}"
    );
    let message = error.to_string();
    assert!(
        message.contains("page 2") && message.contains("70000 bytes"),
        "{message}"
    );
    assert_eq!(*fetched.lock().unwrap(), 1, "the cursor was not sent");
    // An empty cursor in the first request.
    let error = paginate_cursors(List::default().with_cursor(""), |r: List| {
        Ok::<_, String>(CursorServer::new(10).answer(&r))
    })
    .next()
    .unwrap()
    .unwrap_err();
    assert!(matches!(error, Error::InvalidRequest { .. }), "{error:?}");
    assert!(error.to_string().contains("cursor is empty"), "{error}");
}

#[test]
fn an_error_numbers_offset_pages_by_the_servers_size() {
    // Asked 100 a page, served 25: the page from offset 50 is the third.
    let server = OffsetServer::new(95, 25);
    let error = paginate_offsets(Search::default().with_max_limit(), |r: Search| {
        if r.offset() == 50 {
            return Err("timeout".to_owned());
        }
        Ok(server.answer(&r))
    })
    .items()
    .collect::<Result<Vec<u64>, _>>()
    .unwrap_err();
    match error {
        Error::Fetch {
            page: 3, resume, ..
        } => assert_eq!(resume.offset(), 50),
        other => panic!("{other:?}"),
    }
}

/// A cursor page that also reports the total number of items, as GraphQL connections'
/// `totalCount` does.
struct Counted {
    page: ChannelPage,
    total: u64,
}

impl PaginatedResponse for Counted {
    type Item = u64;
    const NEXT_CURSOR: Option<fn(&Self) -> Option<&str>> =
        Some(|counted| Some(&counted.page.next_cursor));
    fn items(&self) -> &[u64] {
        &self.page.channels
    }
    fn into_items(self) -> Vec<u64> {
        self.page.channels
    }
    fn page_info(&self) -> PageInfo {
        PageInfo::new(None, None, Some(self.total), None)
    }
}

#[test]
fn a_cursor_walk_with_a_total_ends_at_it_from_the_start_and_resumed() {
    let server = CursorServer::new(95);
    let answer = |r: List| {
        Ok::<_, String>(Counted {
            page: server.answer(&r),
            total: 95,
        })
    };
    let first = List::default().with_limit(10);
    let all: Result<Vec<u64>, _> = paginate_cursors(first.clone(), answer).items().collect();
    assert_eq!(all.map_err(|e| e.to_string()), Ok((0..95).collect()));

    let mut pages = paginate_cursors(first, answer);
    for _ in 0..3 {
        pages.next().unwrap().unwrap();
    }
    let checkpoint = pages.checkpoint().cloned().unwrap();
    assert_eq!(checkpoint.cursor(), Some("c30"));
    let rest: Result<Vec<u64>, _> = paginate_cursors(checkpoint.clone(), answer)
        .items()
        .collect();
    assert_eq!(rest.map_err(|e| e.to_string()), Ok((30..95).collect()));

    // A total the items fall short of: a walk from the first page knows it stopped
    // short; one resumed from a cursor cannot know how many items came before it.
    let short = |r: List| {
        Ok::<_, String>(Counted {
            page: server.answer(&r),
            total: 120,
        })
    };
    let error = paginate_cursors(List::default().with_limit(10), short)
        .items()
        .collect::<Result<Vec<u64>, _>>()
        .unwrap_err();
    assert!(
        matches!(
            error,
            Error::StoppedShort {
                page: 10,
                reason: EndReason::NoNextCursor,
                seen: 95,
                ..
            }
        ),
        "{error:?}"
    );
    let rest: Result<Vec<u64>, _> = paginate_cursors(checkpoint, short).items().collect();
    assert_eq!(rest.map_err(|e| e.to_string()), Ok((30..95).collect()));
}

#[test]
fn an_invalid_first_offset_request_fetches_nothing() {
    let server = OffsetServer::new(100, 100);
    let zero = Search {
        max_results: Some(0),
        ..Search::default()
    };
    let error = walk_offsets(&server, zero).unwrap_err();
    assert!(
        matches!(
            error,
            Error::InvalidRequest {
                page: 1,
                source: PageError::PageSizeOutOfRange { size: 0, max: 100 },
                ..
            }
        ),
        "{error:?}"
    );
    assert_eq!(server.offsets(), Vec::<u64>::new());
}
