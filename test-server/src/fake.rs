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
use crate::router::Shared;

/// Every fake numbers its pages from 1, and page 1 is the default.
const FIRST_PAGE: u32 = 1;

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

    /// The answer for one page of the data set.
    fn render(&self, page: &Served<'_>, params: &Self::Params) -> PageAnswer;

    /// Whether a path that no route matches looks like one of this API's, so that its 404 is
    /// recorded under this API (see [`Recorded::api`](crate::Recorded::api)).
    fn resembles(&self, _path: &str) -> bool {
        false
    }
}

/// How an API reads its page and page size.
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
}

/// Where a request carries its paging.
pub(crate) enum Source {
    /// In the query string.
    Query,
    /// In this object of a JSON body (Clarifai's POST: `{"pagination":{"page":2}}`).
    Body(&'static str),
}

/// What a page size above the maximum gets.
pub(crate) enum AboveMax {
    /// Served at the maximum.
    Clamp,
    /// Refused with [`Rejection::Size`].
    Reject,
}

/// Why a request is refused before any fault acts.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Rejection {
    /// Missing or wrong credentials: 401.
    Unauthorized,
    /// A page that is not a positive `u32`: 400.
    Page,
    /// A page size that is not a positive `u32`, or above a maximum that is not clamped: 400.
    Size,
}

impl Rejection {
    /// The status every API answers this rejection with.
    pub(crate) fn status(self) -> StatusCode {
        match self {
            Self::Unauthorized => StatusCode::UNAUTHORIZED,
            Self::Page | Self::Size => StatusCode::BAD_REQUEST,
        }
    }
}

impl Paging {
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
        let page = page.positive_or(FIRST_PAGE).ok_or(Rejection::Page)?;
        let size = size.positive_or(self.default_size).ok_or(Rejection::Size)?;
        match self.above_max {
            AboveMax::Clamp => Ok((page, size.min(self.max_size))),
            AboveMax::Reject if size > self.max_size => Err(Rejection::Size),
            AboveMax::Reject => Ok((page, size)),
        }
    }
}

/// The page a valid request is served, and what its links are made of.
pub(crate) struct Served<'a> {
    /// The page served: the one asked, or the first under `ignore_page`.
    pub(crate) page: u32,
    /// The page size, after the default and the maximum.
    pub(crate) size: u32,
    /// The data set's size for this answer.
    pub(crate) len: usize,
    /// The request's path, as sent: where links to other pages point.
    pub(crate) path: &'a str,
    base_url: &'a str,
    link_style: LinkStyle,
}

impl Served<'_> {
    /// The indices of this page's items in a list of `total` items; empty past the end.
    pub(crate) fn range(&self, total: usize) -> Range<usize> {
        http::page_range(self.page, self.size, total)
    }

    /// Whether a list of `total` items goes on after this page.
    pub(crate) fn has_next(&self, total: usize) -> bool {
        u64::from(self.page) * u64::from(self.size) < total as u64
    }

    /// The origin to write before every link but `next`: empty when links are relative.
    pub(crate) fn origin(&self) -> &str {
        self.link_style.origin(self.base_url)
    }

    /// The origin to write before the `next` link.
    pub(crate) fn next_origin(&self) -> &str {
        self.link_style.next_origin(self.base_url)
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
        let asked = page.recorded_page();
        let accepted = match accept(self, request, page, size) {
            Ok(accepted) => accepted,
            Err(refusal) => return shared.refused(api, request, asked, refusal.into_response()),
        };
        // Only the faults' decision and what rendering needs are taken under the lock.
        let (delay, (decision, link_style)) = shared.record(api, request, asked, |state| {
            let decision = state.decide(accepted.page);
            let link_style = state.faults.link_style.clone();
            ((decision, link_style), decision.status())
        });
        let response = match decision {
            Decision::Fail => http::internal_error(),
            Decision::Malformed => http::malformed(),
            Decision::Serve { page, len } => {
                let served = Served {
                    page,
                    size: accepted.size,
                    len,
                    path: request.uri.path(),
                    base_url: request.base_url,
                    link_style,
                };
                self.render(&served, &accepted.params).into_response()
            }
        };
        debug_assert_eq!(response.status(), decision.status(), "recorded as sent");
        (delay, response)
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
