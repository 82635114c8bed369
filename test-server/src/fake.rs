//! The shape of one fake API, and the one skeleton that serves every fake: read the paging,
//! check auth, the paging and the rest, then, under the lock, let the faults decide and record
//! the request, and render the page after the lock is released.

use std::ops::Range;
use std::time::Duration;

use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};

use crate::Api;
use crate::faults::{Decision, LinkStyle};
use crate::http::{self, ErrorAnswer, Num, PageAnswer, Request};
use crate::links::{self, Order};
use crate::router::Shared;

/// What one fake API is: its route, its auth, its paging and how it renders a page. The
/// skeleton in [`Endpoint::answer`] does the rest, the same way for every API.
pub(crate) trait FakeApi: Sync {
    /// The method it answers, upper case; any other method on its path is a 405.
    const METHOD: &'static str;
    /// Its path; a `{name}` segment matches any non-empty segment.
    const PATH: &'static str;
    /// How many items its data set holds before a fault resizes it.
    const ITEMS: usize;
    /// How it reads, defaults and bounds the page and the page size.
    const PAGING: Paging;
    /// How it writes links to other pages, for the fakes that do.
    const LINKS: LinkFormat = LinkFormat::DEFAULT;
    /// What the request asks beyond paging (Codat's `query` filter); `()` for most.
    type Params: Default;

    /// Whether the request carries the credentials this API accepts.
    fn authorized(&self, request: &Request<'_>) -> bool;

    /// The answer to a request refused before any fault acts, in this API's error shape.
    fn reject(&self, rejection: Rejection) -> ErrorAnswer;

    /// Reads and checks what the request asks beyond paging, after paging is checked; `Err`
    /// is the 400 to answer. By default the request asks nothing more.
    fn params(&self, _request: &Request<'_>) -> Result<Self::Params, ErrorAnswer> {
        Ok(Self::Params::default())
    }

    /// The refusal of a page past the last one, for the APIs that refuse it (DRF's 404);
    /// `None`, the default, serves it with no items. Called under the lock, once the faults
    /// have decided the data set's size, so it must be cheap.
    fn past_end(&self, _page: &Served<'_>) -> Option<ErrorAnswer> {
        None
    }

    /// The answer for one page of the data set.
    fn render(&self, page: &Served<'_>, params: &Self::Params) -> PageAnswer;

    /// Whether a path that no route matches looks like one of this API's, so that its 404 is
    /// recorded under this API (see [`Recorded::api`](crate::Recorded::api)).
    fn resembles(&self, _path: &str) -> bool {
        false
    }
}

/// How an API reads its page and page size.
#[derive(Clone, Copy)]
pub(crate) struct Paging {
    /// Where the two parameters are.
    pub(crate) source: Source,
    /// The page parameter's name.
    pub(crate) page: &'static str,
    /// The page-size parameter's name.
    pub(crate) size: &'static str,
    /// The page size when none is sent.
    pub(crate) default_size: u32,
    /// The largest page size served.
    pub(crate) max_size: u32,
    /// What a larger page size gets.
    pub(crate) above_max: AboveMax,
    /// The first page's number, which is also the page when none is sent: 1, or 0 where pages
    /// count from 0 (Spring).
    pub(crate) first_page: u32,
    /// What a page below the first one, or not a `u32`, gets.
    pub(crate) bad_page: Bad,
    /// What a page size below 1, or not a `u32`, gets.
    pub(crate) bad_size: Bad,
}

/// Where a request carries its paging.
#[derive(Clone, Copy)]
pub(crate) enum Source {
    /// In the query string.
    Query,
    /// In this object of a JSON body (Clarifai's POST: `{"pagination":{"page":2}}`).
    Body(&'static str),
}

/// What a page size above the maximum gets.
#[derive(Clone, Copy)]
pub(crate) enum AboveMax {
    /// Served at the maximum.
    Clamp,
    /// Refused with [`Rejection::Size`].
    Reject,
}

/// What a page or page size that is out of range or not a number gets.
#[derive(Clone, Copy)]
pub(crate) enum Bad {
    /// Refused with [`Rejection::Page`] or [`Rejection::Size`].
    Reject,
    /// The default: the first page, or the default page size (DRF's `page_size`, Spring).
    Default,
}

impl Bad {
    fn fallback(self, default: u32) -> Option<u32> {
        match self {
            Self::Reject => None,
            Self::Default => Some(default),
        }
    }
}

/// How an API writes links to its other pages.
#[derive(Clone, Copy)]
pub(crate) struct LinkFormat {
    /// Absolute on the server's origin, or relative (Codat), unless [`LinkStyle`] says
    /// otherwise.
    pub(crate) absolute: bool,
    /// The order of the query parameters.
    pub(crate) order: Order,
    /// Whether the page size is written, as served; otherwise it stays as sent, if sent.
    pub(crate) size: bool,
}

impl LinkFormat {
    /// Absolute links, the query parameters in the order sent, the page size written.
    pub(crate) const DEFAULT: Self = Self {
        absolute: true,
        order: Order::AsSent,
        size: true,
    };
}

/// Why a request is refused before any fault acts.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Rejection {
    /// Missing or wrong credentials: 401.
    Unauthorized,
    /// A page that is not a `u32` from the first page on: 400.
    Page,
    /// A page size that is not a positive `u32`, or above a maximum that is not clamped: 400.
    Size,
}

impl Rejection {
    /// The status most APIs answer this rejection with.
    pub(crate) fn status(self) -> StatusCode {
        match self {
            Self::Unauthorized => StatusCode::UNAUTHORIZED,
            Self::Page | Self::Size => StatusCode::BAD_REQUEST,
        }
    }
}

impl Paging {
    /// Paging in the query string, from page 1, refusing a page or page size below 1 or not
    /// a number.
    pub(crate) const fn query(
        page: &'static str,
        size: &'static str,
        default_size: u32,
        max_size: u32,
        above_max: AboveMax,
    ) -> Self {
        Self {
            source: Source::Query,
            page,
            size,
            default_size,
            max_size,
            above_max,
            first_page: 1,
            bad_page: Bad::Reject,
            bad_size: Bad::Reject,
        }
    }

    /// The page and page size as sent, never failing, so that every request records a page.
    fn read(&self, request: &Request<'_>) -> (Num, Num) {
        match self.source {
            Source::Query => (
                Num::from_query(request.param(self.page)),
                Num::from_query(request.param(self.size)),
            ),
            Source::Body(object) => {
                let object = request.json_field(object);
                let field = |name| Num::from_json(object.and_then(|object| object.get(name)));
                (field(self.page), field(self.size))
            }
        }
    }

    /// The page and page size to serve, after the defaults and the maximum.
    fn validate(&self, page: Num, size: Num) -> Result<(u32, u32), Rejection> {
        let first = self.first_page;
        let page = page
            .at_least_or(first, first)
            .or_else(|| self.bad_page.fallback(first))
            .ok_or(Rejection::Page)?;
        let size = size
            .at_least_or(1, self.default_size)
            .or_else(|| self.bad_size.fallback(self.default_size))
            .ok_or(Rejection::Size)?;
        match self.above_max {
            AboveMax::Clamp => Ok((page, size.min(self.max_size))),
            AboveMax::Reject if size > self.max_size => Err(Rejection::Size),
            AboveMax::Reject => Ok((page, size)),
        }
    }
}

/// The page a valid request is served, and what its links are made of.
pub(crate) struct Served<'a> {
    /// The page served, as the request numbers it: the one asked, or the first under
    /// `ignore_page`.
    pub(crate) page: u32,
    /// The page size, after the default and the maximum.
    pub(crate) size: u32,
    /// The data set's size for this answer.
    pub(crate) len: usize,
    /// The request's path, as sent: where links to other pages point.
    pub(crate) path: &'a str,
    /// Whether links are written as JSON:API link objects ([`Faults::link_objects`]).
    ///
    /// [`Faults::link_objects`]: crate::Faults::link_objects
    pub(crate) link_objects: bool,
    query: &'a [(String, String)],
    base_url: &'a str,
    paging: Paging,
    links: LinkFormat,
    link_style: LinkStyle,
}

impl Served<'_> {
    /// The page's index from 0, whatever number the API gives its first page.
    pub(crate) fn index(&self) -> u32 {
        self.page - self.paging.first_page
    }

    /// The indices of this page's items in a list of `total` items; empty past the end.
    pub(crate) fn range(&self, total: usize) -> Range<usize> {
        http::page_range(self.index(), self.size, total)
    }

    /// Whether a list of `total` items goes on after this page.
    pub(crate) fn has_next(&self, total: usize) -> bool {
        (u64::from(self.index()) + 1) * u64::from(self.size) < total as u64
    }

    /// Whether this page comes after the first.
    pub(crate) fn has_prev(&self) -> bool {
        self.page > self.paging.first_page
    }

    /// How many pages a list of `total` items fills: 0 when it is empty.
    pub(crate) fn pages(&self, total: usize) -> usize {
        total.div_ceil(self.size as usize)
    }

    /// The number of the last page of a list of `total` items; the first page when it is
    /// empty.
    pub(crate) fn last_page(&self, total: usize) -> u32 {
        let pages = u32::try_from(self.pages(total)).unwrap_or(u32::MAX);
        self.paging.first_page.saturating_add(pages.max(1) - 1)
    }

    /// The origin to write before every link but `next`: empty when links are relative.
    pub(crate) fn origin(&self) -> &str {
        self.link_style.origin(self.base_url, self.links.absolute)
    }

    /// The origin to write before the `next` link.
    pub(crate) fn next_origin(&self) -> &str {
        self.link_style
            .next_origin(self.base_url, self.links.absolute)
    }

    /// The link to `page` (its page parameter dropped when `None`) on `origin`: the request's
    /// path and query with the page and, if the API writes it, the page size as served.
    pub(crate) fn href(&self, origin: &str, page: Option<u32>) -> String {
        let mut set = vec![(self.paging.page, page.map(|page| page.to_string()))];
        if self.links.size {
            set.push((self.paging.size, Some(self.size.to_string())));
        }
        let href = links::href(self.path, self.query, &set, self.links.order);
        format!("{origin}{href}")
    }

    /// The link to the next page, on the `next` origin, when a list of `total` items goes on.
    pub(crate) fn next_href(&self, total: usize) -> Option<String> {
        self.has_next(total)
            .then(|| self.href(self.next_origin(), Some(self.page + 1)))
    }

    /// The link to the previous page, when there is one.
    pub(crate) fn prev_href(&self) -> Option<String> {
        self.has_prev()
            .then(|| self.href(self.origin(), Some(self.page - 1)))
    }

    /// The link to the first page.
    pub(crate) fn first_href(&self) -> String {
        self.href(self.origin(), Some(self.paging.first_page))
    }

    /// The link to the last page of a list of `total` items.
    pub(crate) fn last_href(&self, total: usize) -> String {
        self.href(self.origin(), Some(self.last_page(total)))
    }
}

/// A request that passed auth and validation.
struct Accepted<P> {
    page: u32,
    size: u32,
    params: P,
}

/// A fake as the router holds it, whatever its [`FakeApi::Params`].
pub(crate) trait Endpoint: Sync {
    /// [`FakeApi::METHOD`].
    fn method(&self) -> &'static str;
    /// [`FakeApi::PATH`].
    fn path(&self) -> &'static str;
    /// [`FakeApi::ITEMS`].
    fn items(&self) -> usize;
    /// [`Paging::first_page`] of [`FakeApi::PAGING`].
    fn first_page(&self) -> u32;
    /// [`FakeApi::resembles`].
    fn resembles(&self, path: &str) -> bool;
    /// Answers a request routed to this fake, records it under `api`, and returns the delay
    /// to sleep before sending the answer.
    fn answer(
        &self,
        api: Api,
        request: &Request<'_>,
        shared: &Shared,
    ) -> (Option<Duration>, Response);
}

impl<F: FakeApi> Endpoint for F {
    fn method(&self) -> &'static str {
        F::METHOD
    }

    fn path(&self) -> &'static str {
        F::PATH
    }

    fn items(&self) -> usize {
        F::ITEMS
    }

    fn first_page(&self) -> u32 {
        F::PAGING.first_page
    }

    fn resembles(&self, path: &str) -> bool {
        FakeApi::resembles(self, path)
    }

    fn answer(
        &self,
        api: Api,
        request: &Request<'_>,
        shared: &Shared,
    ) -> (Option<Duration>, Response) {
        let (page, size) = F::PAGING.read(request);
        let asked = page.recorded_page(F::PAGING.first_page);
        let accepted = match accept(self, request, page, size) {
            Ok(accepted) => accepted,
            Err(refusal) => return shared.refused(api, request, asked, refusal.into_response()),
        };
        // Only the faults' decision, and what rendering needs, is taken under the lock.
        let (delay, outcome) = shared.record(api, request, asked, |state| {
            let outcome = match state.decide(accepted.page) {
                Decision::Fail => Outcome::Fail,
                Decision::Malformed => Outcome::Malformed,
                Decision::Serve { page, len } => {
                    let served = Served {
                        page,
                        size: accepted.size,
                        len,
                        path: request.uri.path(),
                        link_objects: state.faults.link_objects,
                        query: request.query(),
                        base_url: request.base_url,
                        paging: F::PAGING,
                        links: F::LINKS,
                        link_style: state.faults.link_style.clone(),
                    };
                    match self.past_end(&served) {
                        Some(refusal) => Outcome::Refused(refusal),
                        None => Outcome::Serve(served),
                    }
                }
            };
            let status = outcome.status();
            (outcome, status)
        });
        let status = outcome.status();
        let response = match outcome {
            Outcome::Fail => http::internal_error(),
            Outcome::Malformed => http::malformed(),
            Outcome::Refused(refusal) => refusal.into_response(),
            Outcome::Serve(served) => self.render(&served, &accepted.params).into_response(),
        };
        debug_assert_eq!(response.status(), status, "recorded as sent");
        (delay, response)
    }
}

/// How a valid request is answered, once the faults have decided.
enum Outcome<'a> {
    /// 500 `{"error":"internal"}`.
    Fail,
    /// The truncated JSON body.
    Malformed,
    /// A page past the last, refused.
    Refused(ErrorAnswer),
    /// This page, rendered after the lock is released.
    Serve(Served<'a>),
}

impl Outcome<'_> {
    /// The status of the answer, known before the page is rendered.
    fn status(&self) -> StatusCode {
        match self {
            Self::Fail => StatusCode::INTERNAL_SERVER_ERROR,
            Self::Malformed | Self::Serve(_) => StatusCode::OK,
            Self::Refused(refusal) => refusal.status(),
        }
    }
}

/// Checks auth, then paging, then the rest, in that order, so a request with several faults
/// gets the first one's answer.
fn accept<F: FakeApi>(
    fake: &F,
    request: &Request<'_>,
    page: Num,
    size: Num,
) -> Result<Accepted<F::Params>, ErrorAnswer> {
    if !fake.authorized(request) {
        return Err(fake.reject(Rejection::Unauthorized));
    }
    let (page, size) = F::PAGING
        .validate(page, size)
        .map_err(|rejection| fake.reject(rejection))?;
    let params = fake.params(request)?;
    Ok(Accepted { page, size, params })
}
