//! The shape of one fake API, and the one skeleton that serves every fake: read the paging,
//! check auth, the paging and the rest, then, under the lock, let the faults decide and record
//! the request, and render the page after the lock is released.

use std::fmt::Display;
use std::ops::Range;
use std::time::Duration;

use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};

use crate::Api;
use crate::faults::{ApiState, Decision, LinkStyle, Totals};
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

    /// The answer to a position that is not valid, or a cursor that names nothing; `sent` is
    /// the query parameter as sent (empty when absent), for the APIs whose message quotes it
    /// (Stripe's `No such customer: 'cus_…'`). By default [`Rejection::Page`].
    fn reject_position(&self, _sent: &str) -> ErrorAnswer {
        self.reject(Rejection::Page)
    }

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

/// How an API reads where a page starts (its position) and the page size.
#[derive(Clone, Copy)]
pub(crate) struct Paging {
    /// Where the two parameters are.
    pub(crate) source: Source,
    /// What the position parameter holds: a page number, an offset or a cursor.
    pub(crate) mode: Mode,
    /// The position parameter's name: `page`, `startAt`, `cursor`, `starting_after`…
    pub(crate) position: &'static str,
    /// The page-size parameter's name.
    pub(crate) size: &'static str,
    /// The page size when none is sent.
    pub(crate) default_size: u32,
    /// The largest page size served.
    pub(crate) max_size: u32,
    /// What a larger page size gets.
    pub(crate) above_max: AboveMax,
    /// What a page size below 1, or not a `u32`, gets.
    pub(crate) bad_size: Bad,
}

/// What an API's position parameter holds.
#[derive(Clone, Copy)]
pub(crate) enum Mode {
    /// A page number.
    Page {
        /// The first page's number, which is also the page when none is sent: 1, or 0 where
        /// pages count from 0 (Spring).
        first: u32,
        /// What a page below the first one, or not a `u32`, gets.
        bad: Bad,
    },
    /// The index of the first item to serve, from 0 (Jira's `startAt`); one that is not a
    /// `u32` is refused with [`Rejection::Page`], one past the end serves no items.
    Offset,
    /// A cursor the API handed out, which this function turns into the index of the first
    /// item to serve; `None`, or an index past the end of the data set, is refused with
    /// [`FakeApi::reject_position`]. Cursors are read from the query string only.
    Cursor(fn(&str) -> Option<u32>),
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
    /// A page that is not a `u32` from the first page on, an offset that is not a `u32`, or a
    /// cursor that names nothing: 400 for most APIs.
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
    /// Page numbers in the query string, from page 1, refusing a page or page size below 1 or
    /// not a number.
    pub(crate) const fn query(
        page: &'static str,
        size: &'static str,
        default_size: u32,
        max_size: u32,
        above_max: AboveMax,
    ) -> Self {
        Self {
            source: Source::Query,
            mode: Mode::Page {
                first: 1,
                bad: Bad::Reject,
            },
            position: page,
            size,
            default_size,
            max_size,
            above_max,
            bad_size: Bad::Reject,
        }
    }

    /// The number of the first page, as the faults and [`Recorded::page`] count pages: the
    /// API's own first page number, or 1 where pages have no number.
    ///
    /// [`Recorded::page`]: crate::Recorded::page
    pub(crate) fn first_page(&self) -> u32 {
        match self.mode {
            Mode::Page { first, .. } => first,
            Mode::Offset | Mode::Cursor(_) => 1,
        }
    }

    /// The position and page size as sent, never failing, so that every request records a
    /// page.
    fn read(&self, request: &Request<'_>) -> (Num, Num) {
        match self.source {
            Source::Query => {
                let position = request.param(self.position);
                let position = match self.mode {
                    Mode::Cursor(decode) => position.map_or(Num::Absent, |cursor| {
                        decode(cursor).map_or(Num::Invalid, Num::Value)
                    }),
                    Mode::Page { .. } | Mode::Offset => Num::from_query(position),
                };
                (position, Num::from_query(request.param(self.size)))
            }
            Source::Body(object) => {
                let object = request.json_field(object);
                let field = |name| Num::from_json(object.and_then(|object| object.get(name)));
                (field(self.position), field(self.size))
            }
        }
    }

    /// The position and page size to serve, after the defaults and the maximum.
    fn validate(&self, position: Num, size: Num) -> Result<(u32, u32), Rejection> {
        let position = match self.mode {
            Mode::Page { first, bad } => position
                .at_least_or(first, first)
                .or_else(|| bad.fallback(first)),
            Mode::Offset | Mode::Cursor(_) => position.at_least_or(0, 0),
        };
        let position = position.ok_or(Rejection::Page)?;
        let size = size
            .at_least_or(1, self.default_size)
            .or_else(|| self.bad_size.fallback(self.default_size))
            .ok_or(Rejection::Size)?;
        match self.above_max {
            AboveMax::Clamp => Ok((position, size.min(self.max_size))),
            AboveMax::Reject if size > self.max_size => Err(Rejection::Size),
            AboveMax::Reject => Ok((position, size)),
        }
    }

    /// The page a request at `position` with pages of `size` asks for, as the faults count
    /// pages: the page number itself, or `position / size + 1` where pages have no number.
    fn page_of(&self, position: u32, size: u32) -> u32 {
        match self.mode {
            Mode::Page { .. } => position,
            Mode::Offset | Mode::Cursor(_) => position / size.max(1) + 1,
        }
    }

    /// The page to record for a request, valid or not: [`Self::page_of`] the position at the
    /// page size sent (or its default, at most the maximum); the first page when no position
    /// is sent, 0 when it is not valid.
    fn recorded(&self, position: Num, size: Num) -> u32 {
        match (self.mode, position) {
            (Mode::Page { .. }, _) | (_, Num::Absent | Num::Invalid) => {
                position.recorded_page(self.first_page())
            }
            (Mode::Offset | Mode::Cursor(_), Num::Value(position)) => {
                let size = size.at_least_or(1, self.default_size);
                let size = size.unwrap_or(self.default_size).min(self.max_size);
                self.page_of(position, size)
            }
        }
    }

    /// The position of the first page, which `ignore_page` serves.
    fn first_position(&self) -> u32 {
        match self.mode {
            Mode::Page { first, .. } => first,
            Mode::Offset | Mode::Cursor(_) => 0,
        }
    }

    /// The index of the first item a request at `position` is served, with pages of `size`.
    fn start(&self, position: u32, size: u32) -> usize {
        match self.mode {
            Mode::Page { first, .. } => http::page_range(position - first, size, usize::MAX).start,
            Mode::Offset | Mode::Cursor(_) => position as usize,
        }
    }

    /// Whether a request starting at `start` names nothing in a data set of `len` items: a
    /// cursor past the end, which the API could not have handed out.
    fn names_nothing(&self, start: usize, len: usize) -> bool {
        matches!(self.mode, Mode::Cursor(_)) && start > len
    }
}

/// The page a valid request is served, and what its links are made of.
pub(crate) struct Served<'a> {
    /// The page served, as the request numbers it (the one asked, or the first under
    /// `ignore_page`); where pages have no number, as [`Paging::page_of`] counts them.
    pub(crate) page: u32,
    /// The index of the first item served.
    pub(crate) start: usize,
    /// The page size, after the default, the maximum and `cap_limit`.
    pub(crate) size: u32,
    /// How many items are served from `start`: the page size, or ten times it under
    /// `oversize_page`.
    count: u32,
    /// The data set's size for this answer.
    pub(crate) len: usize,
    /// The request's path, as sent: where links to other pages point.
    pub(crate) path: &'a str,
    /// Whether links are written as JSON:API link objects ([`Faults::link_objects`]).
    ///
    /// [`Faults::link_objects`]: crate::Faults::link_objects
    pub(crate) link_objects: bool,
    /// Where a cursor fault says the next page starts, whatever the data set holds.
    next_fault: Option<usize>,
    /// The page `loop_link` says the `next` link leads to.
    next_link_to: Option<u32>,
    /// What the totals faults make this answer say.
    totals: Totals,
    /// Whether `malformed_link_header` breaks this answer's `Link` header.
    malformed_link: bool,
    query: &'a [(String, String)],
    base_url: &'a str,
    paging: Paging,
    links: LinkFormat,
    link_style: LinkStyle,
}

impl Served<'_> {
    /// The page's index from 0, whatever number the API gives its first page.
    pub(crate) fn index(&self) -> u32 {
        self.page - self.paging.first_page()
    }

    /// The indices of the items served in a list of `total` items; empty past the end.
    pub(crate) fn range(&self, total: usize) -> Range<usize> {
        http::item_range(self.start, self.count, total)
    }

    /// Whether a list of `total` items goes on after this page, as its number says: its
    /// page size from its start.
    pub(crate) fn has_next(&self, total: usize) -> bool {
        self.start.saturating_add(self.size as usize) < total
    }

    /// Where the next page of a list of `total` items starts, after the items served, when
    /// there is one or a cursor fault says so.
    pub(crate) fn next_start(&self, total: usize) -> Option<usize> {
        self.next_fault.or_else(|| {
            let end = self.start.saturating_add(self.count as usize);
            (end < total).then_some(end)
        })
    }

    /// The number of the page the `next` link leads to in a list of `total` items: the one
    /// after this, when there is one, or the one `loop_link` says.
    pub(crate) fn next_page(&self, total: usize) -> Option<u32> {
        self.next_link_to
            .or_else(|| self.has_next(total).then(|| self.page + 1))
    }

    /// The total number of items to report for a list of `total`: that, or what the totals
    /// faults say; `None` when they leave it out.
    pub(crate) fn total_items(&self, total: usize) -> Option<i128> {
        self.totals.items(total)
    }

    /// The number of pages to report when the API counts `pages`: that, or what the totals
    /// faults say; `None` when they leave it out.
    pub(crate) fn total_pages(&self, pages: usize) -> Option<i128> {
        self.totals.pages(pages, self.size)
    }

    /// Where a cursor fault says the next page starts, if one does.
    pub(crate) fn next_fault(&self) -> Option<usize> {
        self.next_fault
    }

    /// Whether this page comes after the first, by its number.
    pub(crate) fn has_prev(&self) -> bool {
        self.page > self.paging.first_page()
    }

    /// How many pages a list of `total` items fills: 0 when it is empty.
    pub(crate) fn pages(&self, total: usize) -> usize {
        total.div_ceil(self.size as usize)
    }

    /// The number of the last page of a list of `total` items; the first page when it is
    /// empty.
    pub(crate) fn last_page(&self, total: usize) -> u32 {
        let pages = u32::try_from(self.pages(total)).unwrap_or(u32::MAX);
        self.paging.first_page().saturating_add(pages.max(1) - 1)
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

    /// The link to `position` (a page number or an offset; the parameter dropped when
    /// `None`) on `origin`: the request's path and query with the position and, if the API
    /// writes it, the page size as served.
    pub(crate) fn href<P: Display>(&self, origin: &str, position: Option<P>) -> String {
        let mut set = vec![(
            self.paging.position,
            position.map(|position| position.to_string()),
        )];
        if self.links.size {
            set.push((self.paging.size, Some(self.size.to_string())));
        }
        let href = links::href(self.path, self.query, &set, self.links.order);
        format!("{origin}{href}")
    }

    /// The link to the next page, on the `next` origin, when a list of `total` items goes on
    /// (or `loop_link` says where): the next page number, or the next page's start where the
    /// position is an offset.
    pub(crate) fn next_href(&self, total: usize) -> Option<String> {
        let next = match (self.paging.mode, self.next_link_to) {
            (Mode::Page { .. }, _) => self.next_page(total).map(|page| page as usize),
            (Mode::Offset | Mode::Cursor(_), Some(page)) => {
                let index = page.saturating_sub(self.paging.first_page());
                Some(http::page_range(index, self.size, usize::MAX).start)
            }
            (Mode::Offset | Mode::Cursor(_), None) => self.next_start(total),
        };
        next.map(|position| self.href(self.next_origin(), Some(position)))
    }

    /// The link to the previous page, when there is one.
    pub(crate) fn prev_href(&self) -> Option<String> {
        self.has_prev()
            .then(|| self.href(self.origin(), Some(self.page - 1)))
    }

    /// The link to the first page.
    pub(crate) fn first_href(&self) -> String {
        self.href(self.origin(), Some(self.paging.first_page()))
    }

    /// The link to the last page of a list of `total` items, or to the one the totals faults
    /// say; `None` when they leave the totals out.
    pub(crate) fn last_href(&self, total: usize) -> Option<String> {
        let last =
            self.totals
                .last_page(self.last_page(total), self.paging.first_page(), self.size)?;
        Some(self.href(self.origin(), Some(last)))
    }

    /// `answer` with a `Link` header of these `(rel, href)`, unless there are none; malformed
    /// under `malformed_link_header`.
    pub(crate) fn link_header(&self, answer: PageAnswer, links: &[(&str, String)]) -> PageAnswer {
        if self.malformed_link {
            answer.malformed_link_header(links)
        } else {
            answer.link_header(links)
        }
    }
}

/// A request that passed auth and validation.
struct Accepted<P> {
    position: u32,
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
        F::PAGING.first_page()
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
        let (position, size) = F::PAGING.read(request);
        let asked = F::PAGING.recorded(position, size);
        let accepted = match accept(self, request, position, size) {
            Ok(accepted) => accepted,
            Err(refusal) => return shared.refused(api, request, asked, refusal.into_response()),
        };
        // Only the faults' decision, and what rendering needs, is taken under the lock.
        let (delay, outcome) = shared.record(api, request, asked, |state| {
            let outcome = decide(self, state, &accepted, request);
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
    /// A page past the last, or a cursor past the end, refused.
    Refused(ErrorAnswer),
    /// This page, rendered after the lock is released; boxed, as it is the largest.
    Serve(Box<Served<'a>>),
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

/// Under the lock: lets the faults decide how to answer a valid request, and what it is
/// served.
fn decide<'r, F: FakeApi>(
    fake: &F,
    state: &mut ApiState,
    accepted: &Accepted<F::Params>,
    request: &'r Request<'_>,
) -> Outcome<'r> {
    let paging = F::PAGING;
    let asked = paging.page_of(accepted.position, accepted.size);
    let (page, len) = match state.decide(asked) {
        Decision::Fail => return Outcome::Fail,
        Decision::Malformed => return Outcome::Malformed,
        Decision::Serve { page, len } => (page, len),
    };
    let faults = &state.faults;
    // Served from the first page wherever the request starts, as `decide` numbered it.
    let position = if faults.ignore_page {
        paging.first_position()
    } else {
        accepted.position
    };
    let size = faults.limit(accepted.size);
    let count = if faults.oversize_page == Some(asked) {
        size.saturating_mul(10)
    } else {
        size
    };
    let start = paging.start(position, size);
    if paging.names_nothing(start, len) {
        return Outcome::Refused(fake.reject_position(sent_position::<F>(request)));
    }
    // A repeated cursor is the one sent, not the one served.
    let asked_start = paging.start(accepted.position, accepted.size);
    let served = Served {
        page,
        start,
        size,
        count,
        len,
        path: request.uri.path(),
        link_objects: faults.link_objects,
        next_fault: faults.next_start(asked, asked_start, accepted.size),
        next_link_to: faults
            .loop_link
            .filter(|&(from, _)| from == asked)
            .map(|(_, to)| to),
        totals: Totals::of(faults, asked),
        malformed_link: faults.malformed_link_header == Some(asked),
        query: request.query(),
        base_url: request.base_url,
        paging,
        links: F::LINKS,
        link_style: faults.link_style.clone(),
    };
    match fake.past_end(&served) {
        Some(refusal) => Outcome::Refused(refusal),
        None => Outcome::Serve(Box::new(served)),
    }
}

/// The position parameter as sent in the query string, empty when it is not there.
fn sent_position<'r, F: FakeApi>(request: &'r Request<'_>) -> &'r str {
    request.param(F::PAGING.position).unwrap_or_default()
}

/// Checks auth, then paging, then the rest, in that order, so a request with several faults
/// gets the first one's answer.
fn accept<F: FakeApi>(
    fake: &F,
    request: &Request<'_>,
    position: Num,
    size: Num,
) -> Result<Accepted<F::Params>, ErrorAnswer> {
    if !fake.authorized(request) {
        return Err(fake.reject(Rejection::Unauthorized));
    }
    let (position, size) =
        F::PAGING
            .validate(position, size)
            .map_err(|rejection| match rejection {
                Rejection::Page => fake.reject_position(sent_position::<F>(request)),
                Rejection::Unauthorized | Rejection::Size => fake.reject(rejection),
            })?;
    let params = fake.params(request)?;
    Ok(Accepted {
        position,
        size,
        params,
    })
}
