//! Walking every page with a blocking fetch function: [`paginate`].

use super::Walk;
use super::api::walker_api;
use super::fetch::Fetch;
use super::style::{ByCursor, ByOffset, ByPage, Style, StyleFor};
use crate::{CursorRequest, Error, OffsetRequest, PaginatedRequest, PaginatedResponse};
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
    Pages::new(first, fetch)
}

/// Walks every page by offset, starting from `first`: each next page starts at the
/// offset of the one before plus the items it held (not plus the limit, so a server that
/// serves fewer than asked loses nothing). The guards, progress, checkpoints and
/// [`max_pages`](Pages::max_pages) are those of [`paginate`]; a server that echoes
/// another offset than the one asked for ends the walk with [`Error::OffsetIgnored`].
pub fn paginate_offsets<Req, Resp, E, F>(first: Req, fetch: F) -> Pages<Req, Resp, F, ByOffset>
where
    Req: OffsetRequest + Clone,
    Resp: PaginatedResponse,
    F: FnMut(Req) -> Result<Resp, E>,
{
    Pages::new(first, fetch)
}

/// Walks every page by cursor, starting from `first` (usually with no cursor): each next
/// request carries the cursor the page before gave, and the walk ends on a page with no
/// cursor, an empty one, or a `has_more` of `false`.
///
/// A cursor the walk already fetched by ends it with [`Error::CursorLoop`], wherever it
/// was seen: the walk keeps a 64-bit hash of each cursor, 8 bytes a page, so a cycle
/// A, B, A is caught as surely as a repeat. An API whose last page repeats its cursor to
/// say there is no more is walked with [`last_cursor_repeats`](Pages::last_cursor_repeats).
/// Checkpoints and resume values are requests holding the cursor.
pub fn paginate_cursors<Req, Resp, E, F>(first: Req, fetch: F) -> Pages<Req, Resp, F, ByCursor>
where
    Req: CursorRequest + Clone,
    Resp: PaginatedResponse,
    F: FnMut(Req) -> Result<Resp, E>,
{
    Pages::new(first, fetch)
}

/// An iterator over every page; see [`paginate`].
///
/// `F` is the fetch function: a closure, or a named type implementing [`Fetch`], which
/// lets an SDK method return the walk by name (or [`BoxPages`]).
///
/// `S` is how the walk moves from page to page: [`ByPage`] (the default),
/// [`ByLink`](crate::ByLink),
/// [`ByOffset`] or [`ByCursor`].
#[must_use = "an iterator fetches nothing until it is consumed"]
pub struct Pages<Req, Resp, F: Fetch<Req, Page = Resp>, S = ByPage> {
    walk: Walk<F::Error, Req, S>,
    fetch: F,
    response: PhantomData<fn() -> Resp>,
}

/// A walk over every page with a boxed fetch function: a type an SDK method can return.
pub type BoxPages<'a, Req, Resp, E, S = ByPage> =
    Pages<Req, Resp, Box<dyn FnMut(Req) -> Result<Resp, E> + Send + 'a>, S>;

impl<Req, Resp, F, S> Pages<Req, Resp, F, S>
where
    Req: Clone,
    S: Style<Req>,
    Resp: PaginatedResponse,
    F: Fetch<Req, Page = Resp>,
{
    /// A walk from `first` with any [`Fetch`], in style `S`: [`paginate`],
    /// [`follow_links`](crate::follow_links), [`paginate_offsets`] and [`paginate_cursors`]
    /// are this for
    /// closures.
    pub fn new(first: Req, fetch: F) -> Self {
        Pages {
            walk: Walk::new(first),
            fetch,
            response: PhantomData,
        }
    }

    /// The same walk with its fetch function boxed, so that its type can be named:
    /// [`BoxPages`].
    pub fn boxed<'a>(self) -> BoxPages<'a, Req, Resp, F::Error, S>
    where
        F: Send + 'a,
    {
        let mut fetch = self.fetch;
        Pages {
            walk: self.walk,
            fetch: Box::new(move |request| fetch.fetch(request)),
            response: PhantomData,
        }
    }

    /// The items of every page, in order.
    pub fn items(self) -> Items<Req, Resp, F, S> {
        Items {
            pages: self,
            current: Vec::new().into_iter(),
        }
    }
}

walker_api!(
    [Req, Resp, F, S] Pages<Req, Resp, F, S>, request: Req,
    where [Req: Clone, S: Style<Req>, F: Fetch<Req, Page = Resp>],
    walk: walk, pending: |_this| 0
);

impl<Req, Resp, F, S> Iterator for Pages<Req, Resp, F, S>
where
    Req: Clone,
    S: StyleFor<Req, Resp>,
    Resp: PaginatedResponse,
    F: Fetch<Req, Page = Resp>,
{
    type Item = Result<Resp, Error<F::Error, Req>>;

    fn next(&mut self) -> Option<Self::Item> {
        let request = match self.walk.take_next()? {
            Ok(request) => request,
            Err(error) => return Some(Err(error)),
        };
        Some(match self.fetch.fetch(request) {
            Ok(response) => self.walk.accept(&response).map(|()| response),
            Err(error) => Err(self.walk.fetch_failed(error)),
        })
    }
}

impl<Req, Resp, F, S> core::iter::FusedIterator for Pages<Req, Resp, F, S>
where
    Req: Clone,
    S: StyleFor<Req, Resp>,
    Resp: PaginatedResponse,
    F: Fetch<Req, Page = Resp>,
{
}

/// An iterator over the items of every page; see [`Pages::items`].
#[must_use = "an iterator fetches nothing until it is consumed"]
pub struct Items<Req, Resp: PaginatedResponse, F: Fetch<Req, Page = Resp>, S = ByPage> {
    pages: Pages<Req, Resp, F, S>,
    current: std::vec::IntoIter<Resp::Item>,
}

walker_api!(
    [Req, Resp, F, S] Items<Req, Resp, F, S>, request: Req,
    where [Req: Clone, S: Style<Req>, Resp: PaginatedResponse, F: Fetch<Req, Page = Resp>],
    walk: pages.walk, pending: |this| this.current.len()
);

impl<Req, Resp, F, S> Iterator for Items<Req, Resp, F, S>
where
    Req: Clone,
    S: StyleFor<Req, Resp>,
    Resp: PaginatedResponse,
    F: Fetch<Req, Page = Resp>,
{
    type Item = Result<Resp::Item, Error<F::Error, Req>>;

    #[inline]
    fn next(&mut self) -> Option<Self::Item> {
        if let Some(item) = self.current.next() {
            return Some(Ok(item));
        }
        match self.load()? {
            Ok(()) => self.current.next().map(Ok),
            Err(error) => Some(Err(error)),
        }
    }

    /// Folds over each page's items with the `Vec`'s own fold, which a sum vectorises as
    /// a loop over the pages would.
    fn fold<B, G>(mut self, init: B, mut f: G) -> B
    where
        G: FnMut(B, Self::Item) -> B,
    {
        let mut acc = core::mem::take(&mut self.current)
            .map(Ok)
            .fold(init, &mut f);
        while let Some(loaded) = self.load() {
            acc = match loaded {
                Ok(()) => core::mem::take(&mut self.current).map(Ok).fold(acc, &mut f),
                Err(error) => f(acc, Err(error)),
            };
        }
        acc
    }
}

impl<Req, Resp, F, S> Items<Req, Resp, F, S>
where
    Req: Clone,
    S: StyleFor<Req, Resp>,
    Resp: PaginatedResponse,
    F: Fetch<Req, Page = Resp>,
{
    /// Once the page's items are all yielded: the next page that has any, as `current`,
    /// or the error that ends the walk, or `None` when it is over.
    #[cold]
    fn load(&mut self) -> Option<Result<(), Error<F::Error, Req>>> {
        loop {
            // Free the emptied page before the next is fetched: one page is held at a time.
            self.current = Vec::new().into_iter();
            if !self.pages.walk.wants_more() {
                return None;
            }
            let mut items = match self.pages.next()? {
                Ok(page) => page.into_items(),
                Err(error) => return Some(Err(error)),
            };
            // Items past `max_items` are never yielded: cut them once, not per item.
            items.truncate(self.pages.walk.room(items.len()));
            if !items.is_empty() {
                self.current = items.into_iter();
                return Some(Ok(()));
            }
        }
    }
}

impl<Req, Resp, F, S> core::iter::FusedIterator for Items<Req, Resp, F, S>
where
    Req: Clone,
    S: StyleFor<Req, Resp>,
    Resp: PaginatedResponse,
    F: Fetch<Req, Page = Resp>,
{
}
