//! Walks have types an SDK method can return and a user can keep in a field: boxed, or
//! over a named fetch type. They are `Send` and `Sync` whenever what they hold is, with
//! or without a progress hook.

use futures_executor::block_on;
use futures_util::TryStreamExt;
use pagination_core::{
    BoxPageStream, BoxPages, FetchAsync, PageStream, Pages, Paginated, PaginatedRequest, Progress,
    paginate, paginate_stream,
};
use std::future::Ready;
use std::num::NonZeroUsize;
use std::sync::{Arc, Mutex};

#[derive(Debug, Clone, Default, PartialEq, Paginated)]
#[paginate(size = "size", default = 10, max = 100)]
struct List {
    page: Option<u32>,
    size: Option<u32>,
}

#[derive(Debug, Paginated)]
struct Page {
    #[paginate(items)]
    items: Vec<u32>,
    #[paginate(total_items)]
    total: u64,
}

/// A server of 45 items, answering at once.
fn answer(request: &List) -> Page {
    let start = (request.page() - 1) * request.page_size();
    Page {
        items: (start..(start + request.page_size()).min(45)).collect(),
        total: 45,
    }
}

/// A client as an SDK would write it: methods that return walks by name.
struct Client {
    calls: Mutex<u32>,
}

impl Client {
    async fn list(&self, request: List) -> Result<Page, std::io::Error> {
        *self.calls.lock().unwrap() += 1;
        // Stands in for the HTTP call.
        std::future::ready(Ok(answer(&request))).await
    }

    fn every_page(&self, first: List) -> BoxPageStream<'_, List, Page, std::io::Error> {
        paginate_stream(first, move |request| self.list(request)).boxed()
    }

    fn every_page_blocking(&self, first: List) -> BoxPages<'_, List, Page, std::io::Error> {
        paginate(first, move |request: List| {
            *self.calls.lock().unwrap() += 1;
            Ok(answer(&request))
        })
        .boxed()
    }
}

/// A user keeps a walk in a field of their own struct.
struct Export<'a> {
    pages: BoxPageStream<'a, List, Page, std::io::Error>,
}

#[test]
fn an_sdk_method_returns_a_walk_by_name() {
    let client = Client {
        calls: Mutex::new(0),
    };
    let export = Export {
        pages: client
            .every_page(List::default())
            .concurrency(NonZeroUsize::new(3).unwrap()),
    };
    let items: Vec<u32> = block_on(export.pages.items().try_collect()).unwrap();
    assert_eq!(items, (0..45).collect::<Vec<_>>());
    assert_eq!(*client.calls.lock().unwrap(), 5);

    let items: Result<Vec<u32>, _> = client
        .every_page_blocking(List::default())
        .items()
        .collect();
    assert_eq!(items.unwrap(), (0..45).collect::<Vec<_>>());
    assert_eq!(*client.calls.lock().unwrap(), 10);
}

/// A fetch function as a named type, with a named future.
struct Fake;

impl FetchAsync<List> for Fake {
    type Page = Page;
    type Error = std::io::Error;
    type Future = Ready<Result<Page, std::io::Error>>;
    fn fetch(&mut self, request: List) -> Self::Future {
        std::future::ready(Ok(answer(&request)))
    }
}

#[test]
fn a_named_fetch_type_gives_a_walk_type_with_no_closure() {
    let walk: PageStream<List, Page, Fake> = PageStream::new(List::default(), Fake);
    let items: Vec<u32> = block_on(walk.items().try_collect()).unwrap();
    assert_eq!(items, (0..45).collect::<Vec<_>>());
}

fn send_and_sync<T: Send + Sync>(_: &T) {}

#[test]
fn walks_are_send_and_sync_with_a_hook_that_is_only_send() {
    // `Cell` makes the hook `Send` but not `Sync`.
    let seen = std::cell::Cell::new(0_u64);
    let log = Arc::new(Mutex::new(Vec::new()));
    let hook_log = log.clone();
    let hook = move |progress: &Progress| {
        seen.set(progress.pages);
        hook_log.lock().unwrap().push(seen.get());
    };
    let pages = paginate(List::default(), |request: List| {
        Ok::<_, std::io::Error>(answer(&request))
    })
    .on_progress(hook);
    send_and_sync(&pages);
    let items = pages.items();
    send_and_sync(&items);
    assert_eq!(items.count(), 45);
    assert_eq!(*log.lock().unwrap(), vec![1, 2, 3, 4, 5]);

    let stream = paginate_stream(List::default(), |request: List| async move {
        Ok::<_, std::io::Error>(answer(&request))
    })
    .on_progress(|_| {});
    send_and_sync(&stream);
    send_and_sync(&stream.items());
}

#[test]
fn a_named_walk_over_a_closure_is_written_with_impl_trait() {
    fn walk(first: List) -> Pages<List, Page, impl FnMut(List) -> Result<Page, std::io::Error>> {
        paginate(first, |request: List| Ok(answer(&request)))
    }
    assert_eq!(walk(List::default()).count(), 5);
}
