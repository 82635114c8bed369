//! Walking by the server's next links, with `follow_links` and `follow_links_stream`:
//! every item once and in order, links resolved against the page they came with, never to
//! another origin, never in a loop, sequential whatever the concurrency, and resumable by
//! link from a checkpoint or an error.

use futures_executor::block_on;
use futures_util::TryStreamExt;
use pagination_core::{
    Error, Follow, LinkError, Linked, PageError, PageInfo, Paginated, PaginatedRequest,
    PaginatedResponse, follow_links, follow_links_stream,
};
use std::num::NonZeroUsize;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};

#[derive(Debug, Clone, Default, PartialEq, Paginated)]
#[paginate(size = "per_page", default = 10, max = 100)]
struct List {
    page: Option<u32>,
    per_page: Option<u32>,
}

#[derive(Debug, Paginated)]
struct Page {
    #[paginate(items)]
    items: Vec<u32>,
    #[paginate(total_items)]
    total: Option<u64>,
    #[paginate(next)]
    next: Option<String>,
}

/// How the scripted server writes the link to page `to`, on the page it links from.
type LinkFor = fn(to: u32) -> String;

const ORIGIN: &str = "https://api.example";

/// A server of `total` items, 10 a page, at `https://api.example/items?page=N`.
struct Server {
    total: u32,
    link: LinkFor,
    fetched: Mutex<Vec<String>>,
    in_flight: AtomicUsize,
    most_in_flight: AtomicUsize,
}

impl Server {
    fn new(total: u32, link: LinkFor) -> Arc<Self> {
        Arc::new(Server {
            total,
            link,
            fetched: Mutex::new(Vec::new()),
            in_flight: AtomicUsize::new(0),
            most_in_flight: AtomicUsize::new(0),
        })
    }

    fn url(page: u32) -> String {
        format!("{ORIGIN}/items?page={page}")
    }

    /// Answers `at`: the page its link names, else the page its request names.
    fn answer(&self, at: &Follow<List>) -> Result<Linked<Page>, String> {
        let url = at
            .link()
            .map_or_else(|| Self::url(at.request().page()), str::to_owned);
        assert!(url.starts_with(ORIGIN), "fetched another origin: {url}");
        self.fetched.lock().unwrap().push(url.clone());
        let page: u32 = url
            .rsplit('=')
            .next()
            .unwrap()
            .parse()
            .map_err(|_| url.clone())?;
        let start = (page - 1) * 10;
        let items: Vec<u32> = (start..(start + 10).min(self.total)).collect();
        let next = (start + 10 < self.total).then(|| (self.link)(page + 1));
        let total = Some(u64::from(self.total));
        Ok(Linked::new(Page { items, total, next }, url))
    }

    /// Starts answering `at`: a request is in flight from when it is sent (the fetch
    /// function is called) until its answer is read.
    fn send(
        self: &Arc<Self>,
        at: Follow<List>,
    ) -> impl Future<Output = Result<Linked<Page>, String>> + use<> {
        let now = self.in_flight.fetch_add(1, Ordering::SeqCst) + 1;
        self.most_in_flight.fetch_max(now, Ordering::SeqCst);
        let server = self.clone();
        async move {
            let answer = server.answer(&at);
            server.in_flight.fetch_sub(1, Ordering::SeqCst);
            answer
        }
    }

    fn fetched(&self) -> Vec<String> {
        self.fetched.lock().unwrap().clone()
    }
}

fn absolute(to: u32) -> String {
    Server::url(to)
}

fn relative(to: u32) -> String {
    format!("?page={to}")
}

fn walk(server: &Arc<Server>, first: List) -> Result<Vec<u32>, Error<String, Follow<List>>> {
    follow_links(first, |at: Follow<List>| server.answer(&at))
        .items()
        .collect()
}

#[test]
fn every_item_once_by_absolute_or_relative_links() {
    for link in [absolute as LinkFor, relative] {
        let server = Server::new(95, link);
        assert_eq!(
            walk(&server, List::default()).map_err(|e| e.to_string()),
            Ok((0..95).collect())
        );
        let pages: Vec<String> = (1..=10).map(Server::url).collect();
        assert_eq!(server.fetched(), pages);
    }
}

#[test]
fn a_link_walk_stays_sequential_whatever_the_concurrency() {
    let server = Server::new(95, relative);
    let walker = server.clone();
    let items: Result<Vec<u32>, _> = block_on(
        follow_links_stream(List::default(), move |at| walker.send(at))
            .concurrency(NonZeroUsize::new(4).unwrap())
            .items()
            .try_collect(),
    );
    assert_eq!(items.map_err(|e| e.to_string()), Ok((0..95).collect()));
    assert_eq!(server.most_in_flight.load(Ordering::SeqCst), 1);
    assert_eq!(server.fetched().len(), 10);
}

#[test]
fn a_link_to_another_origin_is_refused_before_it_is_sent() {
    let server = Server::new(95, |to| {
        format!("https://elsewhere.example/items?page={to}")
    });
    let mut pages = follow_links(List::default(), |at: Follow<List>| server.answer(&at));
    let first = pages.next().unwrap().unwrap();
    assert_eq!(first.page.items.len(), 10, "page 1's items are yielded");
    let error = pages.next().unwrap().unwrap_err();
    match &error {
        Error::Link {
            page: 2,
            source: LinkError::CrossOrigin { link_origin, .. },
            resume,
        } => {
            assert_eq!(link_origin, "https://elsewhere.example");
            assert_eq!((resume.request().page(), resume.link()), (2, None));
        }
        other => panic!("{other:?}"),
    }
    assert!(pages.next().is_none());
    assert_eq!(server.fetched().len(), 1);
}

#[test]
fn a_link_back_to_a_page_already_fetched_is_a_loop() {
    // Pages 1, 2, 3, then back to 2: A, B, C, B.
    let server = Server::new(95, |to| Server::url(if to == 4 { 2 } else { to }));
    let result = walk(&server, List::default());
    match result {
        Err(Error::LinkLoop { page: 4, link, .. }) => assert_eq!(link, Server::url(2)),
        other => panic!("{other:?}"),
    }
    assert_eq!(server.fetched().len(), 3);
    // A link back to the first page, which was asked for by its request, is one too.
    let server = Server::new(95, |to| Server::url(if to == 3 { 1 } else { to }));
    assert!(matches!(
        walk(&server, List::default()),
        Err(Error::LinkLoop { page: 3, .. })
    ));
}

#[test]
fn a_link_back_to_the_link_a_redirected_page_was_asked_by_is_a_loop() {
    // Found by the `servers` fuzz target: page 2, asked for by its link, is redirected to
    // another URL, and links back to the link it was asked by. That link is a page the walk
    // fetched, though no page came from it.
    let fetched = Mutex::new(Vec::new());
    let result: Result<Vec<u32>, Error<String, Follow<List>>> =
        follow_links(List::default(), |at: Follow<List>| {
            fetched.lock().unwrap().push(at.link().map(str::to_owned));
            let (items, url) = match at.link() {
                None => (vec![0, 1], Server::url(1)),
                Some(_) => (vec![2, 3], format!("{ORIGIN}/items/2")),
            };
            let next = Some(Server::url(2));
            let page = Page {
                items,
                total: None,
                next,
            };
            Ok(Linked::new(page, url))
        })
        // Before the fix, the walk fetched page 2 again and again.
        .max_pages(10)
        .items()
        .collect();
    match result {
        Err(Error::LinkLoop { page: 3, link, .. }) => assert_eq!(link, Server::url(2)),
        other => panic!("{other:?}"),
    }
    assert_eq!(
        *fetched.lock().unwrap(),
        [None, Some(Server::url(2))],
        "page 2 is fetched once"
    );
}

#[test]
fn a_checkpoint_holds_the_link_and_a_new_walk_goes_on_by_it() {
    let server = Server::new(95, relative);
    let mut pages = follow_links(List::default(), |at: Follow<List>| server.answer(&at));
    let _ = pages.next().unwrap().unwrap();
    let _ = pages.next().unwrap().unwrap();
    let checkpoint = pages.checkpoint().cloned().unwrap();
    assert_eq!(checkpoint.link(), Some(Server::url(3).as_str()));
    assert_eq!(checkpoint.request().page(), 3);
    drop(pages);
    let rest: Result<Vec<u32>, _> = follow_links(checkpoint, |at: Follow<List>| server.answer(&at))
        .items()
        .collect();
    assert_eq!(rest.map_err(|e| e.to_string()), Ok((20..95).collect()));
    assert_eq!(server.fetched().len(), 10, "nothing fetched twice");
}

#[test]
fn a_failed_page_resumes_by_its_link() {
    let server = Server::new(95, relative);
    let failed = AtomicUsize::new(0);
    let fetch = |at: Follow<List>| {
        if at.request().page() == 4 && failed.fetch_add(1, Ordering::SeqCst) == 0 {
            return Err("timeout".to_owned());
        }
        server.answer(&at)
    };
    let mut items = Vec::new();
    let mut walk = follow_links(List::default(), fetch).items();
    let error = loop {
        match walk.next().unwrap() {
            Ok(item) => items.push(item),
            Err(error) => break error,
        }
    };
    assert!(matches!(error, Error::Fetch { page: 4, .. }), "{error:?}");
    let resume = error.into_resume();
    assert_eq!(resume.link(), Some(Server::url(4).as_str()));
    drop(walk);
    let rest: Result<Vec<u32>, _> = follow_links(resume, fetch).items().collect();
    items.extend(rest.unwrap());
    assert_eq!(items, (0..95).collect::<Vec<_>>());
}

#[test]
fn max_pages_holds_for_a_link_walk() {
    let server = Server::new(95, relative);
    let mut pages =
        follow_links(List::default(), |at: Follow<List>| server.answer(&at)).max_pages(3);
    for _ in 0..3 {
        pages.next().unwrap().unwrap();
    }
    match pages.next().unwrap() {
        Err(Error::MaxPages {
            page: 4, resume, ..
        }) => {
            assert_eq!(resume.link(), Some(Server::url(4).as_str()));
        }
        other => panic!("{other:?}"),
    }
}

/// A page with a `has_more` flag and no link (Stripe, GraphQL's `hasNextPage`).
struct Flagged {
    items: Vec<u32>,
    has_more: Option<bool>,
    total: Option<u64>,
}

impl PaginatedResponse for Flagged {
    type Item = u32;
    const HAS_MORE: Option<fn(&Self) -> Option<bool>> = Some(|page| page.has_more);
    fn items(&self) -> &[u32] {
        &self.items
    }
    fn into_items(self) -> Vec<u32> {
        self.items
    }
    fn page_info(&self) -> PageInfo {
        PageInfo::new(None, None, self.total, None)
    }
}

fn flagged(request: &List, has_more: impl Fn(u32) -> Option<bool>) -> Flagged {
    let start = (request.page() - 1) * 10;
    Flagged {
        items: (start..(start + 10).min(95)).collect(),
        has_more: has_more(request.page()),
        total: None,
    }
}

#[test]
fn a_has_more_flag_decides_as_a_link_does() {
    // `true` goes on even past a short page; `false` ends even a full one.
    let items: Result<Vec<u32>, Error<String, List>> =
        pagination_core::paginate(List::default(), |r: List| {
            Ok(flagged(&r, |page| Some(page < 10)))
        })
        .items()
        .collect();
    assert_eq!(items.map_err(|e| e.to_string()), Ok((0..95).collect()));
    let items: Result<Vec<u32>, Error<String, List>> =
        pagination_core::paginate(List::default(), |r: List| {
            Ok(flagged(&r, |page| Some(page < 3)))
        })
        .items()
        .collect();
    assert_eq!(items.map_err(|e| e.to_string()), Ok((0..30).collect()));
    // A flag left out decides nothing: the full-page rule goes on, the short page ends.
    let items: Result<Vec<u32>, Error<String, List>> =
        pagination_core::paginate(List::default(), |r: List| Ok(flagged(&r, |_| None)))
            .items()
            .collect();
    assert_eq!(items.map_err(|e| e.to_string()), Ok((0..95).collect()));
}

#[test]
fn a_has_more_flag_that_ends_short_of_the_total_says_so() {
    let result: Result<Vec<u32>, Error<String, List>> =
        pagination_core::paginate(List::default(), |r: List| {
            let mut page = flagged(&r, |page| Some(page < 3));
            page.total = Some(95);
            Ok(page)
        })
        .items()
        .collect();
    let error = result.unwrap_err();
    assert!(
        matches!(error, Error::StoppedShort { page: 3, .. }),
        "{error:?}"
    );
    assert!(error.to_string().contains("no more pages"), "{error}");
}

#[test]
fn a_link_walk_from_a_later_page_names_its_pages_and_checks_its_first_request() {
    let down = |_: Follow<List>| Err::<Linked<Page>, _>("down".to_owned());
    let error = follow_links(List::default().with_page(3), down)
        .next()
        .unwrap()
        .unwrap_err();
    assert!(matches!(error, Error::Fetch { page: 3, .. }), "{error:?}");

    let invalid = List {
        page: Some(0),
        ..List::default()
    };
    let fetched = AtomicUsize::new(0);
    let error = follow_links(invalid, |at: Follow<List>| {
        fetched.fetch_add(1, Ordering::SeqCst);
        down(at)
    })
    .next()
    .unwrap()
    .unwrap_err();
    assert!(
        matches!(
            error,
            Error::InvalidRequest {
                page: 1,
                source: PageError::PageOutOfRange { page: 0, .. },
                ..
            }
        ),
        "{error:?}"
    );
    assert_eq!(fetched.load(Ordering::SeqCst), 0);
}

/// A page shorter than the others before the last (a server that filters after paging)
/// is counted as it is: the total is reached on the last page, not passed.
#[test]
fn a_short_page_before_the_last_is_counted_exactly() {
    let ranges = [0..10, 10..15, 15..25];
    let walked: Result<Vec<u32>, _> = follow_links(List::default(), |at: Follow<List>| {
        let page = at.request().page();
        let items: Vec<u32> = ranges[page as usize - 1].clone().collect();
        let next = (page < 3).then(|| relative(page + 1));
        let answer = Page {
            items,
            total: Some(25),
            next,
        };
        Ok::<_, String>(Linked::new(answer, Server::url(page)))
    })
    .items()
    .collect();
    assert_eq!(walked.map_err(|e| e.to_string()), Ok((0..25).collect()));
}
