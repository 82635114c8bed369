//! Walking every page with an async fetch function: [`paginate_stream`].

use crate::walk::{Progress, Walk, walker_methods};
use crate::{Error, PaginatedRequest, PaginatedResponse};
use core::future::Future;
use core::marker::PhantomData;
use core::num::NonZeroUsize;
use core::ops::ControlFlow;
use core::pin::Pin;
use core::task::{Context, Poll};
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
pub fn paginate_stream<Req, Resp, E, F, Fut>(first: Req, fetch: F) -> PageStream<Req, Resp, F, Fut>
where
    Req: PaginatedRequest + Clone,
    Resp: PaginatedResponse,
    F: FnMut(Req) -> Fut,
    Fut: Future<Output = Result<Resp, E>>,
{
    PageStream {
        walk: Walk::new(first),
        fetch,
        in_flight: FuturesOrdered::new(),
        requests: VecDeque::new(),
        awaiting: false,
        concurrency: NonZeroUsize::MIN,
        response: PhantomData,
    }
}

/// A stream of every page; see [`paginate_stream`].
#[must_use = "a stream fetches nothing until it is polled"]
pub struct PageStream<Req, Resp, F, Fut: Future> {
    walk: Walk<Req>,
    fetch: F,
    /// Requests in flight, in page order; `requests` holds their requests.
    in_flight: FuturesOrdered<Fut>,
    requests: VecDeque<Req>,
    /// Whether the front of `in_flight` is the page the walk will yield next.
    awaiting: bool,
    concurrency: NonZeroUsize,
    response: PhantomData<fn() -> Resp>,
}

// No field is ever pinned: the futures live in `FuturesOrdered`, which pins them itself.
impl<Req, Resp, F, Fut: Future> Unpin for PageStream<Req, Resp, F, Fut> {}

impl<Req, Resp, F, Fut> PageStream<Req, Resp, F, Fut>
where
    Req: PaginatedRequest + Clone,
    Fut: Future,
{
    /// Once the totals tell the last page, keeps up to `n` requests in flight. Pages are
    /// still yielded in order, and never is a page past the last one requested. Without
    /// totals (or when they are [estimates](Self::totals_are_estimates)) the walk stays
    /// sequential, since the next page is known only from the one before.
    pub fn concurrency(mut self, n: NonZeroUsize) -> Self {
        self.concurrency = n;
        self
    }

    walker_methods!();

    /// The items of every page, in order.
    pub fn items(self) -> ItemStream<Req, Resp, F, Fut>
    where
        Resp: PaginatedResponse,
    {
        ItemStream {
            pages: self,
            current: Vec::new().into_iter(),
        }
    }

    fn cancel_in_flight(&mut self) {
        self.in_flight = FuturesOrdered::new();
        self.requests.clear();
        self.awaiting = false;
    }
}

impl<Req, Resp, E, F, Fut> PageStream<Req, Resp, F, Fut>
where
    Req: PaginatedRequest + Clone,
    Resp: PaginatedResponse,
    F: FnMut(Req) -> Fut,
    Fut: Future<Output = Result<Resp, E>>,
{
    fn send(&mut self, request: Req) {
        self.in_flight.push_back((self.fetch)(request.clone()));
        self.requests.push_back(request);
    }

    /// Makes the front of `in_flight` the page the walk yields next, and fetches ahead up
    /// to the concurrency and the last page. `Break` with what to yield when the walk
    /// ends here.
    fn schedule(&mut self) -> ControlFlow<Option<Result<Resp, Error<E, Req>>>> {
        let request = match self.walk.take_next() {
            None => {
                self.cancel_in_flight();
                return ControlFlow::Break(None);
            }
            Some(Err(error)) => {
                self.cancel_in_flight();
                return ControlFlow::Break(Some(Err(error)));
            }
            Some(Ok(request)) => request,
        };
        let page = request.page();
        if self.requests.front().map(PaginatedRequest::page) != Some(page) {
            // What was fetched ahead is not what comes next (the walk ended differently).
            self.cancel_in_flight();
            self.send(request);
        }
        self.awaiting = true;
        if let Some((last, left)) = self.walk.fetch_ahead() {
            let most = usize::try_from(left)
                .unwrap_or(usize::MAX)
                .min(self.concurrency.get());
            while self.in_flight.len() < most {
                let Some(newest) = self.requests.back() else {
                    break;
                };
                let next = newest.page();
                if next >= last {
                    break;
                }
                let ahead = newest.clone().with_page(next + 1);
                self.send(ahead);
            }
        }
        ControlFlow::Continue(())
    }
}

impl<Req, Resp, E, F, Fut> Stream for PageStream<Req, Resp, F, Fut>
where
    Req: PaginatedRequest + Clone,
    Resp: PaginatedResponse,
    F: FnMut(Req) -> Fut,
    Fut: Future<Output = Result<Resp, E>>,
{
    type Item = Result<Resp, Error<E, Req>>;

    fn poll_next(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Option<Self::Item>> {
        let this = self.get_mut();
        if !this.awaiting {
            if let ControlFlow::Break(end) = this.schedule() {
                return Poll::Ready(end);
            }
        }
        let Poll::Ready(Some(result)) = this.in_flight.poll_next_unpin(cx) else {
            return Poll::Pending;
        };
        this.awaiting = false;
        let Some(request) = this.requests.pop_front() else {
            return Poll::Ready(None);
        };
        let item = match result {
            Ok(response) => this.walk.accept(&request, &response).map(|()| response),
            Err(error) => Err(this.walk.fetch_failed(request, error)),
        };
        if item.is_err() {
            this.cancel_in_flight();
        }
        Poll::Ready(Some(item))
    }
}

/// A stream of the items of every page; see [`PageStream::items`].
#[must_use = "a stream fetches nothing until it is polled"]
pub struct ItemStream<Req, Resp: PaginatedResponse, F, Fut: Future> {
    pages: PageStream<Req, Resp, F, Fut>,
    current: std::vec::IntoIter<Resp::Item>,
}

impl<Req, Resp: PaginatedResponse, F, Fut: Future> Unpin for ItemStream<Req, Resp, F, Fut> {}

impl<Req, Resp, F, Fut> ItemStream<Req, Resp, F, Fut>
where
    Req: PaginatedRequest + Clone,
    Resp: PaginatedResponse,
    Fut: Future,
{
    /// The pages and items fetched so far and, when known, the totals.
    pub fn progress(&self) -> &Progress {
        self.pages.progress()
    }

    /// The request of the next page, once every item fetched so far has been yielded;
    /// `None` while items of the current page are still to come, or when the walk is over.
    pub fn checkpoint(&self) -> Option<&Req> {
        self.pages.walk.item_checkpoint(self.current.len())
    }
}

impl<Req, Resp, E, F, Fut> Stream for ItemStream<Req, Resp, F, Fut>
where
    Req: PaginatedRequest + Clone,
    Resp: PaginatedResponse,
    F: FnMut(Req) -> Fut,
    Fut: Future<Output = Result<Resp, E>>,
{
    type Item = Result<Resp::Item, Error<E, Req>>;

    fn poll_next(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Option<Self::Item>> {
        let this = self.get_mut();
        loop {
            if let Some(item) = this.current.next() {
                return Poll::Ready(Some(Ok(item)));
            }
            match this.pages.poll_next_unpin(cx) {
                Poll::Ready(Some(Ok(page))) => this.current = page.into_items().into_iter(),
                Poll::Ready(Some(Err(error))) => return Poll::Ready(Some(Err(error))),
                Poll::Ready(None) => return Poll::Ready(None),
                Poll::Pending => return Poll::Pending,
            }
        }
    }
}
