//! What a walker calls to fetch one page. A closure is the usual fetch function; an SDK
//! that returns walks from its methods implements these traits on a named type, or boxes
//! its closure, so that the walk's type can be written down.

use crate::PaginatedResponse;
use core::future::Future;
use core::pin::Pin;

/// Fetches one page with a blocking call; see [`paginate`](crate::paginate).
///
/// Implemented for every `FnMut(Req) -> Result<Resp, E>`.
pub trait Fetch<Req> {
    /// The page it answers with.
    type Page: PaginatedResponse;
    /// Why a fetch fails.
    type Error;
    /// Fetches the page `request` asks for.
    ///
    /// # Errors
    /// Whatever the transport reports; the walk ends with it as [`Error::Fetch`](crate::Error::Fetch).
    fn fetch(&mut self, request: Req) -> Result<Self::Page, Self::Error>;
}

impl<Req, Resp, E, F> Fetch<Req> for F
where
    F: FnMut(Req) -> Result<Resp, E>,
    Resp: PaginatedResponse,
{
    type Page = Resp;
    type Error = E;
    fn fetch(&mut self, request: Req) -> Result<Resp, E> {
        self(request)
    }
}

/// Fetches one page asynchronously; see [`paginate_stream`](crate::paginate_stream).
///
/// Implemented for every `FnMut(Req) -> Fut` where `Fut` resolves to `Result<Resp, E>`.
pub trait FetchAsync<Req> {
    /// The page it answers with.
    type Page: PaginatedResponse;
    /// Why a fetch fails.
    type Error;
    /// The future of one page.
    type Future: Future<Output = Result<Self::Page, Self::Error>>;
    /// Starts fetching the page `request` asks for.
    fn fetch(&mut self, request: Req) -> Self::Future;
}

impl<Req, Resp, E, F, Fut> FetchAsync<Req> for F
where
    F: FnMut(Req) -> Fut,
    Fut: Future<Output = Result<Resp, E>>,
    Resp: PaginatedResponse,
{
    type Page = Resp;
    type Error = E;
    type Future = Fut;
    fn fetch(&mut self, request: Req) -> Fut {
        self(request)
    }
}

/// A boxed future of one page, as [`BoxFetch`] returns it.
pub type BoxPageFuture<'a, Resp, E> = Pin<Box<dyn Future<Output = Result<Resp, E>> + Send + 'a>>;

/// Any async fetch function, boxed: the fetch of a walk whose type an SDK method names,
/// [`BoxPageStream`](crate::BoxPageStream).
pub struct BoxFetch<'a, Req, Resp, E>(
    Box<dyn FnMut(Req) -> BoxPageFuture<'a, Resp, E> + Send + 'a>,
);

impl<'a, Req, Resp, E> BoxFetch<'a, Req, Resp, E> {
    /// Boxes `fetch` and each future it returns.
    pub fn new<F>(mut fetch: F) -> Self
    where
        F: FetchAsync<Req, Page = Resp, Error = E> + Send + 'a,
        F::Future: Send + 'a,
    {
        BoxFetch(Box::new(move |request| Box::pin(fetch.fetch(request))))
    }
}

impl<'a, Req, Resp: PaginatedResponse, E> FetchAsync<Req> for BoxFetch<'a, Req, Resp, E> {
    type Page = Resp;
    type Error = E;
    type Future = BoxPageFuture<'a, Resp, E>;
    fn fetch(&mut self, request: Req) -> Self::Future {
        (self.0)(request)
    }
}
