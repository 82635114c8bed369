//! Walking every page with a blocking fetch function: [`paginate`].

use crate::walk::{Progress, Walk, walker_methods};
use crate::{Error, PaginatedRequest, PaginatedResponse};
use core::marker::PhantomData;

/// Walks every page, starting from `first`, calling `fetch` for one page at a time.
///
/// The result is an [`Iterator`] of pages; [`Pages::items`] flattens it into items.
/// Nothing is fetched before it is asked for, and one page is held at a time. The next
/// page is chosen by the same rules as [`PaginatedRequest::next_request`], and the walk
/// ends with an [`Error`], never an endless loop or a silently short result, when the
/// server ignores the page parameter or contradicts its own totals. After an error the
/// iterator is over; [`Error::resume`] holds the request to continue from.
///
/// ```
/// use pagination_core::{paginate, Paginated, PaginatedRequest};
///
/// #[derive(Debug, Clone, Default, Paginated)]
/// #[paginate(size = "per_page", default = 10, max = 100)]
/// struct ListUsers {
///     page: Option<u32>,
///     per_page: Option<u32>,
/// }
///
/// #[derive(Paginated)]
/// struct UserPage {
///     #[paginate(items)]
///     users: Vec<u32>,
///     #[paginate(total_items)]
///     total: u64,
/// }
///
/// // A fake server with 25 users.
/// let fetch = |request: ListUsers| -> Result<UserPage, std::io::Error> {
///     let start = (request.page() - 1) * request.page_size();
///     let end = (start + request.page_size()).min(25);
///     Ok(UserPage { users: (start..end).collect(), total: 25 })
/// };
///
/// let users: Vec<u32> = paginate(ListUsers::default(), fetch)
///     .items()
///     .collect::<Result<_, _>>()?;
/// assert_eq!(users, (0..25).collect::<Vec<_>>());
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
pub fn paginate<Req, Resp, E, F>(first: Req, fetch: F) -> Pages<Req, Resp, F>
where
    Req: PaginatedRequest + Clone,
    Resp: PaginatedResponse,
    F: FnMut(Req) -> Result<Resp, E>,
{
    Pages {
        walk: Walk::new(first),
        fetch,
        response: PhantomData,
    }
}

/// An iterator over every page; see [`paginate`].
#[must_use = "an iterator fetches nothing until it is consumed"]
pub struct Pages<Req, Resp, F> {
    walk: Walk<Req>,
    fetch: F,
    response: PhantomData<fn() -> Resp>,
}

impl<Req, Resp, F> Pages<Req, Resp, F>
where
    Req: PaginatedRequest + Clone,
{
    walker_methods!();

    /// The items of every page, in order.
    pub fn items(self) -> Items<Req, Resp, F>
    where
        Resp: PaginatedResponse,
    {
        Items {
            pages: self,
            current: Vec::new().into_iter(),
        }
    }
}

impl<Req, Resp, E, F> Iterator for Pages<Req, Resp, F>
where
    Req: PaginatedRequest + Clone,
    Resp: PaginatedResponse,
    F: FnMut(Req) -> Result<Resp, E>,
{
    type Item = Result<Resp, Error<E, Req>>;

    fn next(&mut self) -> Option<Self::Item> {
        let request = match self.walk.take_next()? {
            Ok(request) => request,
            Err(error) => return Some(Err(error)),
        };
        Some(match (self.fetch)(request.clone()) {
            Ok(response) => self.walk.accept(&request, &response).map(|()| response),
            Err(error) => Err(self.walk.fetch_failed(request, error)),
        })
    }
}

impl<Req, Resp, E, F> core::iter::FusedIterator for Pages<Req, Resp, F>
where
    Req: PaginatedRequest + Clone,
    Resp: PaginatedResponse,
    F: FnMut(Req) -> Result<Resp, E>,
{
}

/// An iterator over the items of every page; see [`Pages::items`].
#[must_use = "an iterator fetches nothing until it is consumed"]
pub struct Items<Req, Resp: PaginatedResponse, F> {
    pages: Pages<Req, Resp, F>,
    current: std::vec::IntoIter<Resp::Item>,
}

impl<Req, Resp, F> Items<Req, Resp, F>
where
    Req: PaginatedRequest + Clone,
    Resp: PaginatedResponse,
{
    /// The pages and items fetched so far and, when known, the totals.
    pub fn progress(&self) -> &Progress {
        self.pages.progress()
    }

    /// The request the walk will fetch next, once every item fetched so far has been
    /// yielded; `None` while items of the current page are still to come, or when the
    /// walk is over. Persist it between pages to resume with nothing lost or repeated.
    pub fn checkpoint(&self) -> Option<&Req> {
        self.pages.walk.item_checkpoint(self.current.len())
    }
}

impl<Req, Resp, E, F> Iterator for Items<Req, Resp, F>
where
    Req: PaginatedRequest + Clone,
    Resp: PaginatedResponse,
    F: FnMut(Req) -> Result<Resp, E>,
{
    type Item = Result<Resp::Item, Error<E, Req>>;

    fn next(&mut self) -> Option<Self::Item> {
        loop {
            if let Some(item) = self.current.next() {
                return Some(Ok(item));
            }
            match self.pages.next()? {
                Ok(page) => self.current = page.into_items().into_iter(),
                Err(error) => return Some(Err(error)),
            }
        }
    }
}

impl<Req, Resp, E, F> core::iter::FusedIterator for Items<Req, Resp, F>
where
    Req: PaginatedRequest + Clone,
    Resp: PaginatedResponse,
    F: FnMut(Req) -> Result<Resp, E>,
{
}
