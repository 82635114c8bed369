//! Errors about page numbers and page sizes.

use crate::PageInfo;
use core::fmt;

/// A page number or page size outside what the API accepts.
///
/// Returned by [`PaginatedRequest::validate`](crate::PaginatedRequest::validate) and
/// [`PaginatedRequest::try_with_page_size`](crate::PaginatedRequest::try_with_page_size).
/// Every variant names the offending value and the range that is allowed.
///
/// Values are carried as `i128` so that a negative number in a signed field can be
/// reported as it is; a `u128` beyond `i128::MAX` is reported as `i128::MAX`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum PageError {
    /// The page number is below the first page, or above the largest page the request
    /// can ask for.
    PageOutOfRange {
        /// The page number that was given.
        page: i128,
        /// The first page (`0` or `1`).
        first: u32,
        /// The largest page number the request can hold.
        last: u32,
    },
    /// The page size is `0` or larger than the server's maximum.
    PageSizeOutOfRange {
        /// The page size that was given.
        size: i128,
        /// The largest page size the server accepts.
        max: u32,
    },
}

impl fmt::Display for PageError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match *self {
            PageError::PageOutOfRange { page, first, last } => write!(
                f,
                "page {page} is out of range: pages are numbered from {first} to {last}"
            ),
            PageError::PageSizeOutOfRange { size, max } => write!(
                f,
                "page size {size} is out of range: use a size from 1 to {max}, \
                 or `with_page_size` to clamp it into that range"
            ),
        }
    }
}

impl std::error::Error for PageError {}

/// Why a walk over every page ended early.
///
/// Every variant names the page it concerns and carries the request to resume from
/// ([`resume`](Error::resume)): a new walk started from it yields every remaining item
/// exactly once, with nothing lost and nothing repeated. A walk yields nothing after an
/// error. The request is boxed to keep the error small, whatever the request's size.
#[derive(Debug)]
#[non_exhaustive]
pub enum Error<E, Req> {
    /// The fetch function failed on `page`.
    Fetch {
        /// The page that failed.
        page: u32,
        /// The fetch function's error.
        source: E,
        /// The request of that page: resume with it.
        resume: Box<Req>,
    },
    /// The first request is out of range.
    InvalidRequest {
        /// Its page number.
        page: u32,
        /// What is wrong with it.
        source: PageError,
        /// The request, to correct and start again.
        resume: Box<Req>,
    },
    /// The server ignores the page parameter: it answered another page than the one asked
    /// for, or sent items past its own total. The walk stops rather than loop.
    PageIgnored {
        /// The page that was asked for.
        page: u32,
        /// The page number the server answered with, when it said one.
        returned: Option<u64>,
        /// What the server reported with that page.
        info: PageInfo,
        /// The request of that page.
        resume: Box<Req>,
    },
    /// The walk needs more pages than [`max_pages`](crate::Pages::max_pages) allows.
    MaxPages {
        /// The first page not fetched.
        page: u32,
        /// The limit.
        limit: u64,
        /// The request of that page: resume with it to go on.
        resume: Box<Req>,
    },
    /// The walk ended (an empty page, no next link, the largest page number) while the
    /// server's totals say there is more. Never a silently short result.
    StoppedShort {
        /// The last page fetched.
        page: u32,
        /// Why the walk ended there.
        reason: &'static str,
        /// The items up to and including that page.
        seen: u64,
        /// The totals the server reported.
        info: PageInfo,
        /// Where to resume: that page when it was empty (it was not yielded), else the
        /// page after it.
        resume: Box<Req>,
    },
    /// The server's totals changed during the walk, so items may have moved between
    /// pages (CSPR.cloud warns of this when items are added).
    TotalChanged {
        /// The page that reported the new totals; it was not yielded.
        page: u32,
        /// `(total_items, total_pages)` as first reported.
        before: (Option<u64>, Option<u64>),
        /// `(total_items, total_pages)` as now reported.
        after: (Option<u64>, Option<u64>),
        /// The request of that page: a walk resumed with it takes the new totals.
        resume: Box<Req>,
    },
    /// The server's numbers contradict each other: its total number of pages is not the
    /// total number of items divided by the page size.
    Inconsistent {
        /// The page that reported them; it was not yielded.
        page: u32,
        /// The numbers.
        info: PageInfo,
        /// The request of that page.
        resume: Box<Req>,
    },
}

impl<E, Req> Error<E, Req> {
    /// The page the error concerns.
    pub fn page(&self) -> u32 {
        self.parts().0
    }

    /// The request to resume from: a walk started from it yields every remaining item
    /// exactly once.
    pub fn resume(&self) -> &Req {
        self.parts().1
    }

    fn parts(&self) -> (u32, &Req) {
        match self {
            Error::Fetch { page, resume, .. }
            | Error::InvalidRequest { page, resume, .. }
            | Error::PageIgnored { page, resume, .. }
            | Error::MaxPages { page, resume, .. }
            | Error::StoppedShort { page, resume, .. }
            | Error::TotalChanged { page, resume, .. }
            | Error::Inconsistent { page, resume, .. } => (*page, resume),
        }
    }

    /// The request to resume from, by value.
    pub fn into_resume(self) -> Req {
        *self.into_boxed_resume()
    }

    fn into_boxed_resume(self) -> Box<Req> {
        match self {
            Error::Fetch { resume, .. }
            | Error::InvalidRequest { resume, .. }
            | Error::PageIgnored { resume, .. }
            | Error::MaxPages { resume, .. }
            | Error::StoppedShort { resume, .. }
            | Error::TotalChanged { resume, .. }
            | Error::Inconsistent { resume, .. } => resume,
        }
    }
}

impl<Req> Error<core::convert::Infallible, Req> {
    /// The same error, for a walk whose fetch function fails with `E`.
    pub(crate) fn widen<E>(self) -> Error<E, Req> {
        match self {
            Error::Fetch { source, .. } => match source {},
            Error::InvalidRequest {
                page,
                source,
                resume,
            } => Error::InvalidRequest {
                page,
                source,
                resume,
            },
            Error::PageIgnored {
                page,
                returned,
                info,
                resume,
            } => Error::PageIgnored {
                page,
                returned,
                info,
                resume,
            },
            Error::MaxPages {
                page,
                limit,
                resume,
            } => Error::MaxPages {
                page,
                limit,
                resume,
            },
            Error::StoppedShort {
                page,
                reason,
                seen,
                info,
                resume,
            } => Error::StoppedShort {
                page,
                reason,
                seen,
                info,
                resume,
            },
            Error::TotalChanged {
                page,
                before,
                after,
                resume,
            } => Error::TotalChanged {
                page,
                before,
                after,
                resume,
            },
            Error::Inconsistent { page, info, resume } => {
                Error::Inconsistent { page, info, resume }
            }
        }
    }
}

fn known(value: Option<u64>) -> String {
    value.map_or_else(|| "unknown".to_owned(), |value| value.to_string())
}

impl<E, Req> fmt::Display for Error<E, Req> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        const RESUME: &str = "`Error::resume` holds the request to continue from";
        match self {
            Error::Fetch { page, .. } => write!(f, "fetching page {page} failed; {RESUME}"),
            Error::InvalidRequest { page, source, .. } => {
                write!(f, "the first request (page {page}) is invalid: {source}")
            }
            Error::PageIgnored {
                page,
                returned: Some(returned),
                ..
            } => write!(
                f,
                "asked for page {page}, the server answered page {returned}: it seems to \
                 ignore the page parameter (is its name right?); the walk stopped rather \
                 than loop"
            ),
            Error::PageIgnored { page, info, .. } => write!(
                f,
                "page {page} holds items past the server's own total ({} items, {} pages): \
                 it seems to ignore the page parameter (is its name right?); the walk \
                 stopped rather than loop",
                known(info.total_items),
                known(info.total_pages)
            ),
            Error::MaxPages { page, limit, .. } => write!(
                f,
                "the walk needs more than the {limit} pages `max_pages` allows; page {page} \
                 was not fetched; {RESUME}"
            ),
            Error::StoppedShort {
                page,
                reason,
                seen,
                info,
                ..
            } => write!(
                f,
                "the walk stopped at page {page} because {reason}, after {seen} items, but \
                 the server reported {} items in {} pages; if its totals are estimates, \
                 call `totals_are_estimates()`; {RESUME}",
                known(info.total_items),
                known(info.total_pages)
            ),
            Error::TotalChanged {
                page,
                before,
                after,
                ..
            } => write!(
                f,
                "the server's totals changed at page {page}, from {} items in {} pages to {} \
                 items in {} pages, so items may have moved between pages; {RESUME} with the \
                 new totals, or start over",
                known(before.0),
                known(before.1),
                known(after.0),
                known(after.1)
            ),
            Error::Inconsistent { page, info, .. } => write!(
                f,
                "page {page}: the server reports {} pages, but {} items at {} a page make {}; \
                 if its totals are estimates, call `totals_are_estimates()`",
                known(info.total_pages),
                known(info.total_items),
                known(info.page_size),
                known(
                    info.total_items
                        .zip(info.page_size)
                        .map(|(items, size)| items.div_ceil(size))
                )
            ),
        }
    }
}

impl<E, Req> std::error::Error for Error<E, Req>
where
    E: std::error::Error + 'static,
    Req: fmt::Debug,
{
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            Error::Fetch { source, .. } => Some(source),
            Error::InvalidRequest { source, .. } => Some(source),
            _ => None,
        }
    }
}
