//! Walking every page with an async fetch function: [`paginate_stream`].

use super::Walk;
use super::api::walker_api;
use super::fetch::{BoxFetch, FetchAsync};
use super::style::{ByCursor, ByOffset, ByPage, Style, StyleFor};
use crate::{CursorRequest, Error, OffsetRequest, PaginatedRequest, PaginatedResponse};
use core::future::Future;
use core::marker::PhantomData;
use core::num::NonZeroUsize;
use core::pin::Pin;
use core::task::{Context, Poll, ready};
use futures_core::Stream;
use futures_util::stream::{FuturesOrdered, StreamExt};
use std::collections::VecDeque;

/// Walks every page, starting from `first`, as a [`Stream`] of pages; see [`paginate`]
/// for the rules, the guards and what an error carries.
///
/// By default one request is in flight at a time. With
/// [`concurrency(n)`](PageStream::concurrency), once the totals tell the last page, up to
/// `n` requests are in flight at once; pages are still yielded strictly in order, no page
/// past the last is requested, and at most `n` pages are held. It runs on any executor.
///
/// ```
/// use futures_util::TryStreamExt;
/// use pagination_core::{paginate_stream, Paginated, PaginatedRequest};
/// use std::num::NonZeroUsize;
///
/// #[derive(Debug, Clone, Default, Paginated)]
/// #[paginate(size = "page_size", default = 10, max = 250)]
/// struct ListAccounts {
///     page: Option<u32>,
///     page_size: Option<u32>,
/// }
///
/// #[derive(Paginated)]
/// #[paginate(items = "data", total_items = "item_count", total_pages = "page_count")]
/// struct Page {
///     data: Vec<u32>,
///     item_count: u64,
///     page_count: u64,
/// }
///
/// // A fake server with 1000 accounts.
/// async fn fetch(request: ListAccounts) -> Result<Page, std::io::Error> {
///     let start = (request.page() - 1) * request.page_size();
///     let end = (start + request.page_size()).min(1000);
///     Ok(Page { data: (start..end).collect(), item_count: 1000, page_count: 1000u64.div_ceil(request.page_size().into()) })
/// }
///
/// # futures_executor::block_on(async {
/// let accounts: Vec<u32> = paginate_stream(ListAccounts::default(), fetch)
///     .concurrency(NonZeroUsize::new(4).unwrap())
///     .items()
///     .try_collect()
///     .await?;
/// assert_eq!(accounts, (0..1000).collect::<Vec<_>>());
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// # }).unwrap();
/// ```
///
/// [`paginate`]: crate::paginate
pub fn paginate_stream<Req, Resp, E, F, Fut>(first: Req, fetch: F) -> PageStream<Req, Resp, F>
where
    Req: PaginatedRequest + Clone,
    Resp: PaginatedResponse,
    F: FnMut(Req) -> Fut,
    Fut: Future<Output = Result<Resp, E>>,
{
    PageStream::new(first, fetch)
}

/// Walks every page by offset, as a [`Stream`]; see
/// [`paginate_offsets`](crate::paginate_offsets). With
/// [`concurrency`](PageStream::concurrency), once the total number of items is known,
/// pages are fetched ahead at offsets a page size apart, never past the total; a page
/// shorter than that size (a server that caps the limit) is noticed, and what was fetched
/// ahead of it at the wrong offsets is dropped and fetched again.
pub fn paginate_offsets_stream<Req, Resp, E, F, Fut>(
    first: Req,
    fetch: F,
) -> PageStream<Req, Resp, F, ByOffset>
where
    Req: OffsetRequest + Clone,
    Resp: PaginatedResponse,
    F: FnMut(Req) -> Fut,
    Fut: Future<Output = Result<Resp, E>>,
{
    PageStream::new(first, fetch)
}

/// Walks every page by cursor, as a [`Stream`]; see
/// [`paginate_cursors`](crate::paginate_cursors). A walk by cursors is sequential
/// whatever its [`concurrency`](PageStream::concurrency): each cursor comes with the page
/// before it.
pub fn paginate_cursors_stream<Req, Resp, E, F, Fut>(
    first: Req,
    fetch: F,
) -> PageStream<Req, Resp, F, ByCursor>
where
    Req: CursorRequest + Clone,
    Resp: PaginatedResponse,
    F: FnMut(Req) -> Fut,
    Fut: Future<Output = Result<Resp, E>>,
{
    PageStream::new(first, fetch)
}

/// A stream of every page; see [`paginate_stream`].
///
/// `F` is the fetch function: a closure, or a named type implementing [`FetchAsync`],
/// which lets an SDK method return the walk by name (or [`BoxPageStream`]).
#[must_use = "a stream fetches nothing until it is polled"]
pub struct PageStream<Req, Resp, F: FetchAsync<Req, Page = Resp>, S = ByPage> {
    walk: Walk<F::Error, Req, S>,
    fetch: F,
    /// Pages in flight, in order. The front answers the walk's next request.
    in_flight: FuturesOrdered<F::Future>,
    /// Where each page in flight is (its page number or offset), front first:
    /// `FuturesOrdered` cannot be looked into, and a page fetched ahead must be checked
    /// against the walk's next request before it is awaited.
    keys: VecDeque<u64>,
    concurrency: NonZeroUsize,
    response: PhantomData<fn() -> Resp>,
}

/// A walk over every page with a boxed async fetch function: the type an SDK method
/// returns, `BoxPageStream<'_, ListInvoices, InvoicePage, SdkError>`.
pub type BoxPageStream<'a, Req, Resp, E, S = ByPage> =
    PageStream<Req, Resp, BoxFetch<'a, Req, Resp, E>, S>;

// No field is ever pinned: the futures live in `FuturesOrdered`, which pins them itself.
impl<Req, Resp, F: FetchAsync<Req, Page = Resp>, S> Unpin for PageStream<Req, Resp, F, S> {}

impl<Req, Resp, F, S> PageStream<Req, Resp, F, S>
where
    Req: Clone,
    S: Style<Req>,
    Resp: PaginatedResponse,
    F: FetchAsync<Req, Page = Resp>,
{
    /// A walk from `first` with any [`FetchAsync`], in style `S`: [`paginate_stream`],
    /// [`follow_links_stream`](crate::follow_links_stream), [`paginate_offsets_stream`] and
    /// [`paginate_cursors_stream`] are this for closures.
    pub fn new(first: Req, fetch: F) -> Self {
        PageStream {
            walk: Walk::new(first),
            fetch,
            in_flight: FuturesOrdered::new(),
            keys: VecDeque::new(),
            concurrency: NonZeroUsize::MIN,
            response: PhantomData,
        }
    }

    /// Once the totals tell the last page, keeps up to `n` requests in flight. Pages are
    /// still yielded in order, and never is a page past the last one requested. Without
    /// totals (or when they are [estimates](Self::totals_are_estimates)) the walk stays
    /// sequential, since the next page is known only from the one before.
    pub fn concurrency(mut self, n: NonZeroUsize) -> Self {
        self.concurrency = n;
        self
    }

    /// The same walk with its fetch function and futures boxed, so that its type can be
    /// named: [`BoxPageStream`]. Call it before polling: pages already in flight are
    /// dropped and fetched again.
    pub fn boxed<'a>(self) -> BoxPageStream<'a, Req, Resp, F::Error, S>
    where
        F: Send + 'a,
        F::Future: Send + 'a,
    {
        PageStream {
            walk: self.walk,
            fetch: BoxFetch::new(self.fetch),
            in_flight: FuturesOrdered::new(),
            keys: VecDeque::new(),
            concurrency: self.concurrency,
            response: PhantomData,
        }
    }

    /// The items of every page, in order.
    pub fn items(self) -> ItemStream<Req, Resp, F, S> {
        ItemStream {
            pages: self,
            current: Vec::new().into_iter(),
        }
    }

    fn send(&mut self, request: Req) {
        self.keys.push_back(S::key(&request));
        self.in_flight.push_back(self.fetch.fetch(request));
    }

    fn cancel_in_flight(&mut self) {
        self.in_flight = FuturesOrdered::new();
        self.keys.clear();
    }

    /// Makes the front of `in_flight` the page the walk yields next: `Some(Ok(()))`,
    /// or the error that ends the walk here, or `None` when it is over.
    fn schedule(&mut self) -> Option<Result<(), Error<F::Error, Req>>> {
        let next = self.walk.next_request().map(S::key);
        if next.is_some() && self.keys.front().copied() == next {
            return Some(Ok(()));
        }
        // What was fetched ahead is not what comes next (the walk ended or moved
        // differently).
        self.cancel_in_flight();
        let request = match self.walk.take_next()? {
            Ok(request) => request,
            Err(error) => return Some(Err(error)),
        };
        self.send(request);
        Some(Ok(()))
    }

    /// Fetches ahead, up to the concurrency and what the walk says exists.
    fn fetch_ahead(&mut self) {
        while self.in_flight.len() < self.concurrency.get() {
            let steps = self.in_flight.len() as u64;
            let Some(request) = self.walk.ahead(steps) else {
                break;
            };
            self.send(request);
        }
    }
}

walker_api!(
    [Req, Resp, F, S] PageStream<Req, Resp, F, S>, request: Req,
    where [Req: Clone, S: Style<Req>, F: FetchAsync<Req, Page = Resp>],
    walk: walk, pending: |_this| 0
);

impl<Req, Resp, F, S> Stream for PageStream<Req, Resp, F, S>
where
    Req: Clone,
    S: StyleFor<Req, Resp>,
    Resp: PaginatedResponse,
    F: FetchAsync<Req, Page = Resp>,
{
    type Item = Result<Resp, Error<F::Error, Req>>;

    fn poll_next(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Option<Self::Item>> {
        let this = self.get_mut();
        match this.schedule() {
            Some(Ok(())) => {}
            Some(Err(error)) => return Poll::Ready(Some(Err(error))),
            None => return Poll::Ready(None),
        }
        this.fetch_ahead();
        let Some(result) = ready!(this.in_flight.poll_next_unpin(cx)) else {
            unreachable!("`schedule` put the page to yield next in flight")
        };
        this.keys.pop_front();
        let item = match result {
            Ok(response) => this.walk.accept(&response).map(|()| response),
            Err(error) => Err(this.walk.fetch_failed(error)),
        };
        if item.is_err() {
            this.cancel_in_flight();
        }
        Poll::Ready(Some(item))
    }
}

/// A stream of the items of every page; see [`PageStream::items`].
#[must_use = "a stream fetches nothing until it is polled"]
pub struct ItemStream<Req, Resp: PaginatedResponse, F: FetchAsync<Req, Page = Resp>, S = ByPage> {
    pages: PageStream<Req, Resp, F, S>,
    current: std::vec::IntoIter<Resp::Item>,
}

impl<Req, Resp: PaginatedResponse, F: FetchAsync<Req, Page = Resp>, S> Unpin
    for ItemStream<Req, Resp, F, S>
{
}

walker_api!(
    [Req, Resp, F, S] ItemStream<Req, Resp, F, S>, request: Req,
    where [Req: Clone, S: Style<Req>, Resp: PaginatedResponse, F: FetchAsync<Req, Page = Resp>],
    walk: pages.walk, pending: |this| this.current.len()
);

impl<Req, Resp, F, S> Stream for ItemStream<Req, Resp, F, S>
where
    Req: Clone,
    S: StyleFor<Req, Resp>,
    Resp: PaginatedResponse,
    F: FetchAsync<Req, Page = Resp>,
{
    type Item = Result<Resp::Item, Error<F::Error, Req>>;

    fn poll_next(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Option<Self::Item>> {
        let this = self.get_mut();
        if let Some(item) = this.current.next() {
            return Poll::Ready(Some(Ok(item)));
        }
        loop {
            // Free the emptied page before the next is polled for: with `concurrency(n)`,
            // the pages in flight and this one are never more than `n`.
            this.current = Vec::new().into_iter();
            if !this.pages.walk.wants_more() {
                return Poll::Ready(None);
            }
            let mut items = match ready!(this.pages.poll_next_unpin(cx)) {
                Some(Ok(page)) => page.into_items(),
                Some(Err(error)) => return Poll::Ready(Some(Err(error))),
                None => return Poll::Ready(None),
            };
            // Items past `max_items` are never yielded: cut them once, not per item.
            items.truncate(this.pages.walk.room(items.len()));
            this.current = items.into_iter();
            if let Some(item) = this.current.next() {
                return Poll::Ready(Some(Ok(item)));
            }
        }
    }
}
