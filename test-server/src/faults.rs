//! The faults a test can inject, per API, and the state they act on.

use std::time::Duration;

/// Misbehaviours to inject into one API's answers, and how it writes its links
/// ([`LinkStyle`]), with [`TestServer::set_faults`].
///
/// Every page number here is the page the request *asked for* (in its query string or JSON
/// body), whatever page is served. Where pages have no number (Stripe, Slack and Jira page by
/// cursor or offset), the page asked for is `start / limit + 1`: `start` the index of the
/// first item asked for, `limit` the page size asked for after its default and maximum. A
/// walk at one limit thus asks for pages 1, 2, 3… The faults act only on requests that pass
/// authentication and validation, except `delay`, which delays every answer recorded under
/// the API (401s, 400s, and the 404s and 405s that [`Recorded::api`](crate::Recorded::api)
/// attributes to it). They are checked in this order: `fail_page_once`,
/// `malformed_json_page`, then the page is served (with `ignore_page`, `cap_limit`,
/// `repeat_cursor`, `cursor_cycle`, `oversize_page`, the totals faults, `loop_link` and
/// `malformed_link_header`), then `resize_after_page` takes effect.
///
/// [`TestServer::set_faults`]: crate::TestServer::set_faults
#[derive(Debug, Clone, Default)]
pub struct Faults {
    /// Always serve the first page's content, whatever page is asked; what the server echoes
    /// (Codat's `pageNumber` and `_links`, GitLab's `X-Page`, Jira's `startAt`, …) is what it
    /// would echo for the first page. Offset and cursor APIs serve from the first item
    /// whatever `startAt`, `cursor` or `starting_after` says.
    pub ignore_page: bool,
    /// Answer `500` with `{"error":"internal"}` the first time this page is asked, then serve it
    /// normally.
    pub fail_page_once: Option<u32>,
    /// Sleep this long before every answer of this API.
    pub delay: Option<Duration>,
    /// `(page, len)`: once this page has been served for the first time, the data set holds
    /// `len` items (the first `len` of the same generator, so it shrinks or grows at its end).
    pub resize_after_page: Option<(u32, usize)>,
    /// Answer this page, every time it is asked, with status 200, content type
    /// `application/json` and the truncated body `{"data": [`.
    pub malformed_json_page: Option<u32>,
    /// How links to other pages are written: Codat's `_links` hrefs, the `Link` headers of
    /// GitHub, GitLab and WordPress, DRF's `next` and `previous`, JSON:API's `links`. APIs
    /// without links ignore it.
    pub link_style: LinkStyle,
    /// Write JSON:API's `links` as link objects, `{"href": "…"}`, instead of strings (JSON:API
    /// 1.1 allows both). Other APIs ignore it.
    pub link_objects: bool,
    /// Start with a data set of this many items instead of the API's default (the first ones
    /// of the same generator): a GitLab collection of at most
    /// [`GITLAB_COUNT_LIMIT`](crate::GITLAB_COUNT_LIMIT) items is counted.
    pub items: Option<usize>,
    /// Serve at most this many items a page (0 counts as 1), whatever the limit asked, as if
    /// it were the limit asked. What echoes the page size says this number (Jira's
    /// `maxResults`, Codat's `pageSize`, the links' `per_page`…); Stripe and Slack echo none,
    /// so there the cap goes unsaid.
    pub cap_limit: Option<u32>,
    /// This page hands out, as where the next page starts, the position that asked for it, so
    /// a walk asks for it again and again: Slack's `next_cursor` is the cursor sent, Jira's
    /// `nextPage` has the same `startAt`, and Stripe serves the page that ends just before
    /// it, so that its last `id` is the `starting_after` sent. Only the APIs that page by
    /// cursor or offset; the others ignore it.
    pub repeat_cursor: Option<u32>,
    /// `(k, j)`, `j < k`: page `k` hands out page `j`'s next position (as `repeat_cursor`
    /// does its own), so a walk goes round pages `j + 1 ..= k` for ever: with `(3, 1)` the
    /// cursors go A, B, A, B… Page `j`'s next position is where page `j + 1` starts at the
    /// limit page `k` asks for. Only the APIs that page by cursor or offset.
    pub cursor_cycle: Option<(u32, u32)>,
    /// Report this number as the total number of items instead of the real one: negative,
    /// or past `u64::MAX`, as well. It is CSPR.cloud's `item_count`, Codat's
    /// `totalResults`, Spring's `totalElements`, DRF's `count`, JSON:API's `meta.total`,
    /// Jira's `total`, GitLab's `X-Total` and WordPress's `X-WP-Total`. Where the API also
    /// reports a number of pages (and the page of a `rel="last"` link), it follows from
    /// this number at the page size served, a number below 1 as it is, unless
    /// `total_pages` says otherwise: so GitHub, which reports no total of items, writes its
    /// `rel="last"` from it. Clarifai, Stripe and Slack report no totals and ignore it.
    pub total_items: Option<i128>,
    /// Report this number as the total number of pages instead of the real one: CSPR.cloud's
    /// `page_count`, Spring's `totalPages`, JSON:API's `meta.total-pages`, GitLab's
    /// `X-Total-Pages` and WordPress's `X-WP-TotalPages`; and the page of the `rel="last"`
    /// link (GitHub, GitLab, JSON:API) is the first page plus this number minus 1. Set
    /// alone, the totals disagree with each other (or, on GitHub, with the `next` links).
    pub total_pages: Option<i128>,
    /// The pages asked after this one leave out every total (the fields and headers above,
    /// and the `rel="last"` link), as GitLab does past its count limit: totals given on the
    /// first pages that vanish later. A field the real API always sends is left out too.
    pub totals_until_page: Option<u32>,
    /// This page is served with ten times the items asked for, from where it starts (as far
    /// as the data set goes), while what it echoes, its page count and its links are those
    /// of the page asked. Where the server hands out where the next page starts (Slack's
    /// `next_cursor`, Jira's `nextPage`, Stripe's last `id` and `has_more`), it is after the
    /// items served.
    pub oversize_page: Option<u32>,
    /// `(k, j)`, `j <= k`: page `k`'s `next` link leads back to page `j`, which a walk by
    /// links fetched already: Codat's `_links.next`, DRF's `next`, JSON:API's `links.next`,
    /// Jira's `nextPage` (at page `j`'s offset) and the `rel="next"` of GitHub, GitLab and
    /// WordPress.
    pub loop_link: Option<(u32, u32)>,
    /// This page's `Link` header is malformed: its hrefs lose their angle brackets,
    /// `http://…?page=2; rel="next"`. GitHub, GitLab and WordPress; the other APIs send no
    /// `Link` header.
    pub malformed_link_header: Option<u32>,
}

impl Faults {
    /// The page size served for `asked`, after `cap_limit`.
    pub(crate) fn limit(&self, asked: u32) -> u32 {
        self.cap_limit.map_or(asked, |cap| asked.min(cap.max(1)))
    }

    /// Where the cursor faults say the page after `page` starts, for a request asking for
    /// `size` items from `start`; `None` when they leave it alone.
    pub(crate) fn next_start(&self, page: u32, start: usize, size: u32) -> Option<usize> {
        if self.repeat_cursor == Some(page) {
            return Some(start);
        }
        let (_, to) = self.cursor_cycle.filter(|&(from, _)| from == page)?;
        Some((to as usize).saturating_mul(size as usize))
    }
}

/// What the totals faults make one answer say of its totals.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub(crate) struct Totals {
    /// Every total is left out.
    hidden: bool,
    /// The number of items reported instead of the real one.
    items: Option<i128>,
    /// The number of pages reported instead of the real one.
    pages: Option<i128>,
}

impl Totals {
    /// The totals of the answer to page `asked`.
    pub(crate) fn of(faults: &Faults, asked: u32) -> Self {
        Self {
            hidden: faults.totals_until_page.is_some_and(|last| asked > last),
            items: faults.total_items,
            pages: faults.total_pages,
        }
    }

    /// The total number of items to report, when the real one is `real`.
    pub(crate) fn items(self, real: usize) -> Option<i128> {
        (!self.hidden).then(|| self.items.unwrap_or_else(|| wide(real)))
    }

    /// The number of pages to report at `size` items a page, when the API counts `real`.
    pub(crate) fn pages(self, real: usize, size: u32) -> Option<i128> {
        (!self.hidden).then(|| self.faulted_pages(size).unwrap_or_else(|| wide(real)))
    }

    /// The number of the `rel="last"` page, for an API whose pages start at `first`, when its
    /// real last page is `real`.
    pub(crate) fn last_page(self, real: u32, first: u32, size: u32) -> Option<i128> {
        (!self.hidden).then(|| {
            self.faulted_pages(size).map_or(real.into(), |pages| {
                i128::from(first).saturating_add(pages.saturating_sub(1))
            })
        })
    }

    /// The number of pages the faults say: `pages`, or else as many as `items` fill at `size`
    /// a page (a number of items below 1 as it is).
    fn faulted_pages(self, size: u32) -> Option<i128> {
        self.pages.or_else(|| {
            self.items.map(|items| {
                if items < 1 {
                    items
                } else {
                    (items - 1) / i128::from(size.max(1)) + 1
                }
            })
        })
    }
}

/// A count, as an `i128`.
fn wide(count: usize) -> i128 {
    i128::try_from(count).unwrap_or(i128::MAX)
}

/// How a fake writes the links of its answers.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub enum LinkStyle {
    /// As the API writes them: relative for Codat, as its documentation shows
    /// (`/companies/{companyId}/data/invoices?page=2&pageSize=100`); absolute on this server's
    /// origin for GitHub, GitLab, DRF, JSON:API and WordPress.
    #[default]
    Native,
    /// Every href is relative to the origin, starting with `/`.
    Relative,
    /// Every href is absolute, on this server's own origin: `http://127.0.0.1:PORT/companies/…`.
    Absolute,
    /// The `next` href is on this other origin (`"http://127.0.0.1:PORT"`, no trailing slash
    /// needed), and the other hrefs are as the API writes them: a server that tries to send
    /// the client elsewhere.
    CrossOrigin(String),
}

impl LinkStyle {
    /// The origin written before every link but `next`, given the server's own and whether
    /// the API writes absolute links: empty when relative.
    pub(crate) fn origin<'a>(&'a self, own: &'a str, absolute: bool) -> &'a str {
        match self {
            Self::Absolute => own,
            Self::Native | Self::CrossOrigin(_) if absolute => own,
            Self::Relative | Self::Native | Self::CrossOrigin(_) => "",
        }
    }

    /// The origin written before the `next` link.
    pub(crate) fn next_origin<'a>(&'a self, own: &'a str, absolute: bool) -> &'a str {
        match self {
            Self::CrossOrigin(elsewhere) => elsewhere.trim_end_matches('/'),
            Self::Native | Self::Relative | Self::Absolute => self.origin(own, absolute),
        }
    }
}

/// What the faults decided for one valid request.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Decision {
    /// Answer 500 `{"error":"internal"}`.
    Fail,
    /// Answer the truncated JSON body.
    Malformed,
    /// Serve `page` of a data set of `len` items.
    Serve {
        /// The page to serve (the first under `ignore_page`).
        page: u32,
        /// The data set's size for this answer.
        len: usize,
    },
}

/// One API's faults and the state they have built up.
#[derive(Debug, Clone)]
pub(crate) struct ApiState {
    pub(crate) faults: Faults,
    failed_once: bool,
    resized: bool,
    len: usize,
    first_page: u32,
}

impl ApiState {
    /// A fresh state: these faults, none fired yet, the data set at `len` items unless the
    /// faults say otherwise, pages numbered from `first_page`.
    pub(crate) fn new(faults: Faults, len: usize, first_page: u32) -> Self {
        Self {
            len: faults.items.unwrap_or(len),
            faults,
            failed_once: false,
            resized: false,
            first_page,
        }
    }

    /// Decides how to answer a valid request for page `asked`, and updates the state.
    pub(crate) fn decide(&mut self, asked: u32) -> Decision {
        if self.faults.fail_page_once == Some(asked) && !self.failed_once {
            self.failed_once = true;
            return Decision::Fail;
        }
        if self.faults.malformed_json_page == Some(asked) {
            return Decision::Malformed;
        }
        let page = if self.faults.ignore_page {
            self.first_page
        } else {
            asked
        };
        let len = self.len;
        if let Some((after, new_len)) = self.faults.resize_after_page {
            if after == asked && !self.resized {
                self.resized = true;
                self.len = new_len;
            }
        }
        Decision::Serve { page, len }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fail_page_once_then_serve() {
        let faults = Faults {
            fail_page_once: Some(2),
            ..Faults::default()
        };
        let mut state = ApiState::new(faults, 10, 1);
        assert_eq!(state.decide(1), Decision::Serve { page: 1, len: 10 });
        assert_eq!(state.decide(2), Decision::Fail);
        assert_eq!(state.decide(2), Decision::Serve { page: 2, len: 10 });
    }

    #[test]
    fn resize_applies_after_the_page_is_served_once() {
        let faults = Faults {
            resize_after_page: Some((2, 3)),
            ..Faults::default()
        };
        let mut state = ApiState::new(faults, 10, 1);
        assert_eq!(state.decide(2), Decision::Serve { page: 2, len: 10 });
        assert_eq!(state.decide(3), Decision::Serve { page: 3, len: 3 });
        assert_eq!(state.decide(2), Decision::Serve { page: 2, len: 3 });
    }

    #[test]
    fn cap_limit_and_cursor_faults() {
        let faults = Faults {
            cap_limit: Some(7),
            repeat_cursor: Some(2),
            cursor_cycle: Some((3, 1)),
            ..Faults::default()
        };
        assert_eq!((faults.limit(10), faults.limit(5)), (7, 5));
        assert_eq!(Faults::default().limit(10), 10);
        assert_eq!(faults.next_start(1, 0, 10), None);
        assert_eq!(faults.next_start(2, 10, 10), Some(10), "the cursor sent");
        assert_eq!(faults.next_start(3, 20, 10), Some(10), "page 1's next");
    }

    #[test]
    fn totals_faulted_hidden_or_real() {
        let real = Totals::of(&Faults::default(), 1);
        assert_eq!(real.items(95), Some(95));
        assert_eq!(real.pages(10, 10), Some(10));
        assert_eq!(real.last_page(10, 1, 10), Some(10));
        let absurd = Faults {
            total_items: Some(u64::MAX.into()),
            totals_until_page: Some(2),
            ..Faults::default()
        };
        let totals = Totals::of(&absurd, 2);
        assert_eq!(totals.items(95), Some(u64::MAX.into()));
        let pages = i128::from(u64::MAX.div_ceil(250));
        assert_eq!(totals.pages(50, 250), Some(pages));
        assert_eq!(totals.last_page(50, 1, 250), Some(pages));
        assert_eq!(totals.last_page(49, 0, 250), Some(pages - 1));
        let hidden = Totals::of(&absurd, 3);
        assert_eq!(
            (
                hidden.items(95),
                hidden.pages(10, 10),
                hidden.last_page(1, 1, 10)
            ),
            (None, None, None)
        );
        let negative = Totals::of(
            &Faults {
                total_items: Some(-5),
                ..Faults::default()
            },
            1,
        );
        assert_eq!(
            (negative.items(95), negative.pages(10, 10)),
            (Some(-5), Some(-5))
        );
        assert_eq!(negative.last_page(10, 1, 10), Some(-5));
        let disagree = Totals::of(
            &Faults {
                total_pages: Some(3),
                ..Faults::default()
            },
            1,
        );
        assert_eq!(
            (disagree.items(95), disagree.pages(10, 10)),
            (Some(95), Some(3))
        );
        let huge = Totals::of(
            &Faults {
                total_pages: Some(i128::MAX),
                ..Faults::default()
            },
            1,
        );
        assert_eq!(huge.last_page(1, 1, 10), Some(i128::MAX));
    }

    #[test]
    fn malformed_every_time_and_ignore_page() {
        let faults = Faults {
            malformed_json_page: Some(3),
            ignore_page: true,
            ..Faults::default()
        };
        let mut state = ApiState::new(faults, 10, 1);
        assert_eq!(state.decide(3), Decision::Malformed);
        assert_eq!(state.decide(3), Decision::Malformed);
        assert_eq!(state.decide(4), Decision::Serve { page: 1, len: 10 });
    }
}
