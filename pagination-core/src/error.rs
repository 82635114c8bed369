//! Errors about page numbers and page sizes.

use crate::{LinkError, PageInfo};
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
    /// The offset is below the first offset, or above the largest the request can hold.
    OffsetOutOfRange {
        /// The offset that was given.
        offset: i128,
        /// The offset of the first item.
        first: u64,
        /// The largest offset the request can hold.
        last: u64,
    },
    /// A cursor that no request can carry: empty (ask for the first page with none), or
    /// longer than the request type allows.
    CursorOutOfRange {
        /// Its length in bytes.
        length: usize,
        /// The longest the request type allows.
        max: usize,
    },
    /// The page size (or limit) is `0` or larger than the server's maximum.
    PageSizeOutOfRange {
        /// The page size that was given.
        size: i128,
        /// The largest page size the server accepts.
        max: u32,
    },
}

impl fmt::Display for PageError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        // A plain integer field built with `Default` holds 0: say how to get past it.
        const ZERO: &str = "a plain integer field built with `Default` holds 0:";
        const UNSET: &str = "or make the field an `Option` so that unset means";
        match *self {
            PageError::PageOutOfRange { page, first, last } => {
                write!(
                    f,
                    "page {page} is out of range: pages are numbered from {first} to {last}"
                )?;
                // Only 0 is what `Default` leaves; a negative page is the caller's own.
                if page == 0 {
                    write!(
                        f,
                        "; {ZERO} start from `with_page({first})`, {UNSET} the first page"
                    )?;
                }
                Ok(())
            }
            PageError::OffsetOutOfRange {
                offset,
                first,
                last,
            } => write!(
                f,
                "offset {offset} is out of range: offsets go from {first} to {last}"
            ),
            PageError::CursorOutOfRange { length: 0, .. } => f.write_str(
                "the cursor is empty: a request for the first page has no cursor (`None`)",
            ),
            PageError::CursorOutOfRange { length, max } => write!(
                f,
                "the cursor is {length} bytes long, longer than the {max} the request type \
                 allows (`CursorRequest::MAX_CURSOR_LEN`)"
            ),
            PageError::PageSizeOutOfRange { size, max } => {
                write!(
                    f,
                    "page size {size} is out of range: use a size from 1 to {max}, or \
                     `with_page_size` to clamp it into that range"
                )?;
                if size == 0 {
                    write!(
                        f,
                        "; {ZERO} set one with `with_page_size(n)` or \
                         `with_max_page_size()`, {UNSET} the server's default"
                    )?;
                }
                Ok(())
            }
        }
    }
}

impl std::error::Error for PageError {}

/// Why a page was the last one a walk fetched.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum EndReason {
    /// The page had no items.
    EmptyPage,
    /// The response type has a `next` role and this response had no link.
    NoNextLink,
    /// The response's `has_more` flag said there are no more pages.
    NoMore,
    /// The page was the last of the reported (or computed) number of pages.
    LastPage,
    /// The items seen through the page reach the reported total.
    AllItemsSeen,
    /// Nothing is known about the totals and the page was not full.
    ShortPage,
    /// The page number (or offset) cannot go higher without overflowing the request's
    /// field.
    PageLimit,
    /// The response type has a next cursor and this response had none (or an empty one).
    NoNextCursor,
    /// The walk had the items [`max_items`](crate::Pages::max_items) asked for.
    MaxItems,
}

impl fmt::Display for EndReason {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            EndReason::EmptyPage => "the page was empty",
            EndReason::NoNextLink => "the response had no next link",
            EndReason::NoMore => "the response said there are no more pages",
            EndReason::LastPage => "it was the last page",
            EndReason::AllItemsSeen => "all items were seen",
            EndReason::ShortPage => "the page was not full",
            EndReason::PageLimit => "the page number cannot go higher",
            EndReason::NoNextCursor => "the response had no next cursor",
            EndReason::MaxItems => "the walk had all the items it was asked for",
        })
    }
}

/// The totals a server reports: each `None` when it did not report it.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub struct Totals {
    /// The total number of items.
    pub items: Option<u64>,
    /// The total number of pages.
    pub pages: Option<u64>,
}

impl Totals {
    /// Totals of `items` items in `pages` pages.
    pub fn new(items: Option<u64>, pages: Option<u64>) -> Self {
        Totals { items, pages }
    }
}

impl fmt::Display for Totals {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{} items in {} pages",
            known(self.items),
            known(self.pages)
        )
    }
}

/// Why a walk over every page ended early.
///
/// Every variant names the page it concerns and carries the request to resume from
/// ([`resume`](Error::resume)): a new walk started from it yields every remaining item
/// exactly once, with nothing lost and nothing repeated, unless the server's cursors lead
/// back to pages fetched before, which a new walk cannot know: the resume of a
/// [`CursorLoop`](Error::CursorLoop) is the last page fetched, so its items come again. A
/// walk yields nothing after an error. The request is boxed to keep the error small, whatever the request's size.
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
    /// The first request is out of range; nothing was fetched.
    InvalidRequest {
        /// Its effective page number.
        page: u32,
        /// What is wrong with it, naming the value its field holds.
        source: PageError,
        /// The request, to correct and start again.
        resume: Box<Req>,
    },
    /// The server answered another page than the one asked for: it ignores the page
    /// parameter, or numbers its answers from another base. The walk stops rather than
    /// loop.
    PageIgnored {
        /// The page that was asked for.
        page: u32,
        /// The page number the server answered with.
        returned: u64,
        /// What the server reported with that page.
        info: PageInfo,
        /// The request of that page.
        resume: Box<Req>,
    },
    /// The server answered from another offset than the one asked for: it ignores the
    /// offset parameter. The walk stops rather than loop.
    OffsetIgnored {
        /// The page that was asked for.
        page: u32,
        /// The offset asked for.
        offset: u64,
        /// The offset the server answered from.
        returned: u64,
        /// The request of that page.
        resume: Box<Req>,
    },
    /// The server sent items past its own totals: it seems to ignore the page parameter.
    /// The walk stops rather than loop.
    PastTotal {
        /// The page that holds them; it was not yielded.
        page: u32,
        /// The items through that page.
        seen: u64,
        /// What the server reported with that page.
        info: PageInfo,
        /// The request of that page.
        resume: Box<Req>,
    },
    /// A walk by links could not follow the server's next link: it is not a URL, or it
    /// leads to another origin than the page that gave it. Nothing was sent to it.
    Link {
        /// The page the link was for; it was not fetched.
        page: u32,
        /// Why the link was not followed.
        source: LinkError,
        /// That page, to be asked for by number.
        resume: Box<Req>,
    },
    /// A walk by links was linked back to a page it already fetched: the walk stops
    /// rather than loop.
    LinkLoop {
        /// The page the link was for; it was not fetched.
        page: u32,
        /// The link, resolved.
        link: String,
        /// That page, to be asked for by number.
        resume: Box<Req>,
    },
    /// A walk by cursors was given a cursor no request can carry (see
    /// [`PageError::CursorOutOfRange`]); nothing was sent with it.
    BadCursor {
        /// The page the cursor was for.
        page: u32,
        /// What is wrong with it.
        source: PageError,
        /// The request that carries it.
        resume: Box<Req>,
    },
    /// A walk by cursors was given a cursor it fetched by already: the walk stops rather
    /// than loop.
    CursorLoop {
        /// The page the cursor was for; it was not fetched.
        page: u32,
        /// The cursor.
        cursor: String,
        /// The request of the page before it, the last one fetched.
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
        reason: EndReason,
        /// The items up to and including that page.
        seen: u64,
        /// The totals the server reported.
        info: PageInfo,
        /// Where to resume: that page when it was empty (it was not yielded), else the
        /// page after it.
        resume: Box<Req>,
    },
    /// The server's totals changed during the walk, so items may have moved between
    /// pages (CSPR.cloud warns of this when items are added). A total that one page
    /// reports and another leaves out is not a change: it is unknown there.
    TotalChanged {
        /// The page that reported the new totals; it was not yielded.
        page: u32,
        /// The totals as reported before.
        before: Totals,
        /// The totals as now reported.
        after: Totals,
        /// The request of that page: a walk resumed with it takes the new totals.
        resume: Box<Req>,
    },
    /// A page held more items than the server's own page size, as earlier pages (or the
    /// page itself) told it: the server ignored the page size on that page, so the pages
    /// asked after it would hold some of its items again. The walk stops rather than
    /// yield them twice.
    Overfull {
        /// The page that held them; it was not yielded.
        page: u32,
        /// How many items it held.
        len: u64,
        /// The most a page holds: the server's page size, or the size asked where that
        /// is larger.
        size: u64,
        /// The request of that page.
        resume: Box<Req>,
    },
    /// The server's numbers contradict each other: no page size makes its total number
    /// of items fill its total number of pages (or, when it reports its page size, that
    /// size does not).
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
    /// exactly once (after a [`CursorLoop`](Error::CursorLoop), the last page's items
    /// again).
    pub fn resume(&self) -> &Req {
        self.parts().1
    }

    fn parts(&self) -> (u32, &Req) {
        match self {
            Error::Fetch { page, resume, .. }
            | Error::InvalidRequest { page, resume, .. }
            | Error::PageIgnored { page, resume, .. }
            | Error::PastTotal { page, resume, .. }
            | Error::Link { page, resume, .. }
            | Error::LinkLoop { page, resume, .. }
            | Error::CursorLoop { page, resume, .. }
            | Error::BadCursor { page, resume, .. }
            | Error::OffsetIgnored { page, resume, .. }
            | Error::MaxPages { page, resume, .. }
            | Error::StoppedShort { page, resume, .. }
            | Error::TotalChanged { page, resume, .. }
            | Error::Overfull { page, resume, .. }
            | Error::Inconsistent { page, resume, .. } => (*page, resume),
        }
    }

    /// The request to resume from, by value.
    pub fn into_resume(self) -> Req {
        match self {
            Error::Fetch { resume, .. }
            | Error::InvalidRequest { resume, .. }
            | Error::PageIgnored { resume, .. }
            | Error::PastTotal { resume, .. }
            | Error::Link { resume, .. }
            | Error::LinkLoop { resume, .. }
            | Error::CursorLoop { resume, .. }
            | Error::BadCursor { resume, .. }
            | Error::OffsetIgnored { resume, .. }
            | Error::MaxPages { resume, .. }
            | Error::StoppedShort { resume, .. }
            | Error::TotalChanged { resume, .. }
            | Error::Overfull { resume, .. }
            | Error::Inconsistent { resume, .. } => *resume,
        }
    }
}

/// At most 80 characters of a server's token, for messages.
fn excerpt(token: &str) -> String {
    match token.char_indices().nth(80) {
        Some((end, _)) => format!("{}…", &token[..end]),
        None => token.to_owned(),
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
            Error::InvalidRequest { source, .. } => {
                write!(
                    f,
                    "the first request is invalid, so nothing was fetched: {source}"
                )
            }
            Error::PageIgnored { .. }
            | Error::PastTotal { .. }
            | Error::OffsetIgnored { .. }
            | Error::Link { .. }
            | Error::LinkLoop { .. }
            | Error::CursorLoop { .. }
            | Error::BadCursor { .. }
            | Error::Overfull { .. } => self.fmt_lost_place(f),
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
                 the server reported {}; {ESTIMATES}; {RESUME}",
                Totals::new(info.total_items, info.total_pages)
            ),
            Error::TotalChanged {
                page,
                before,
                after,
                ..
            } => write!(
                f,
                "the server's totals changed at page {page}, from {before} to {after}, so \
                 items may have moved between pages; {RESUME} with the new totals, or start \
                 over"
            ),
            Error::Inconsistent { page, info, .. } => inconsistent(f, *page, info),
        }
    }
}

impl<E, Req> Error<E, Req> {
    /// The messages of the errors that stop a walk which would lose its place: a server
    /// that ignores the page, offset or cursor, and links it cannot follow.
    fn fmt_lost_place(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        const RESUME: &str = "`Error::resume` holds the request to continue from";
        match self {
            Error::PageIgnored { page, returned, .. } => write!(
                f,
                "asked for page {page}, the server answered page {returned}: either it \
                 ignores the page parameter (check the parameter's name), or it numbers the \
                 pages of its answers from another base than its requests (declare it with \
                 #[paginate(page_base = N)] on the response); the walk stopped rather than \
                 loop"
            ),
            Error::PastTotal {
                page, seen, info, ..
            } => write!(
                f,
                "page {page} brings the items to {seen}, past the server's own total ({}): \
                 it seems to ignore the page parameter (check the parameter's name); the \
                 walk stopped rather than loop; {ESTIMATES}",
                Totals::new(info.total_items, info.total_pages)
            ),
            Error::Link { page, source, .. } => write!(
                f,
                "the next link to page {page} was not followed: {source}; {RESUME} by page \
                 number"
            ),
            Error::LinkLoop { page, link, .. } => write!(
                f,
                "the next link to page {page} leads back to a page this walk already \
                 fetched ({link}); the walk stopped rather than loop; {RESUME} by page number"
            ),
            Error::OffsetIgnored {
                page,
                offset,
                returned,
                ..
            } => write!(
                f,
                "asked for page {page} from offset {offset}, the server answered from offset \
                 {returned}: it seems to ignore the offset parameter (check the parameter's \
                 name); the walk stopped rather than loop"
            ),
            Error::CursorLoop { page, cursor, .. } => write!(
                f,
                "the cursor of page {page} is one this walk already fetched by (`{}`); the \
                 walk stopped rather than loop; if the API repeats its last page's cursor to \
                 say there is no more, call `last_cursor_repeats()`",
                excerpt(cursor)
            ),
            Error::BadCursor { page, source, .. } => write!(
                f,
                "the server gave page {page} a cursor no request can carry, so it was not \
                 sent: {source}"
            ),
            Error::Overfull {
                page, len, size, ..
            } => write!(
                f,
                "page {page} holds {len} items, more than the server's page size of {size}: \
                 it ignored the page size there, so the pages after it would repeat some of \
                 its items; the walk stopped rather than yield them twice"
            ),
            _ => unreachable!("only the errors of a lost place are written here"),
        }
    }
}

const ESTIMATES: &str = "if its totals are estimates, call `totals_are_estimates()`";

/// The message of [`Error::Inconsistent`]: with the server's page size when it is known.
fn inconsistent(f: &mut fmt::Formatter<'_>, page: u32, info: &PageInfo) -> fmt::Result {
    // A size of 0 is unknown, as `PageInfo` says; its fields are public, so one can hold it.
    match (info.total_items, info.page_size.filter(|&size| size > 0)) {
        (Some(items), Some(size)) => write!(
            f,
            "page {page}: the server reports {} pages, but {items} items at {size} a page \
             make {}; {ESTIMATES}",
            known(info.total_pages),
            items.div_ceil(size),
        ),
        _ => write!(
            f,
            "page {page}: the server reports {}, which no page size explains; {ESTIMATES}",
            Totals::new(info.total_items, info.total_pages)
        ),
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
            Error::InvalidRequest { source, .. } | Error::BadCursor { source, .. } => Some(source),
            Error::Link { source, .. } => Some(source),
            _ => None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::{Error, PageError};
    use crate::{LinkError, PageInfo};
    use std::error::Error as _;

    #[test]
    fn only_a_zero_page_or_size_is_told_about_default() {
        let hint = "built with `Default` holds 0";
        let zero = PageError::PageOutOfRange {
            page: 0,
            first: 1,
            last: 9,
        };
        assert!(zero.to_string().contains("start from `with_page(1)`"));
        for page in [-5, 10] {
            let error = PageError::PageOutOfRange {
                page,
                first: 1,
                last: 9,
            };
            assert_eq!(
                error.to_string(),
                format!("page {page} is out of range: pages are numbered from 1 to 9")
            );
        }
        let zero = PageError::PageSizeOutOfRange { size: 0, max: 100 };
        assert!(zero.to_string().contains(hint), "{zero}");
        assert!(zero.to_string().contains("`with_max_page_size()`"));
        for size in [-5, 1, 101] {
            let error = PageError::PageSizeOutOfRange { size, max: 100 };
            assert!(!error.to_string().contains(hint), "{error}");
            assert!(error.to_string().starts_with(&format!("page size {size} ")));
        }
    }

    #[test]
    fn a_cursor_in_a_message_is_cut_at_80_characters() {
        let cursor_loop = |cursor: &str| {
            Error::<(), ()>::CursorLoop {
                page: 3,
                cursor: cursor.to_owned(),
                resume: Box::new(()),
            }
            .to_string()
        };
        assert!(cursor_loop("c_2").contains("(`c_2`)"));
        let exactly = "é".repeat(80);
        assert!(cursor_loop(&exactly).contains(&format!("(`{exactly}`)")));
        let long = "é".repeat(81);
        assert!(cursor_loop(&long).contains(&format!("(`{exactly}…`)")));
    }

    #[test]
    fn every_lost_place_is_written_and_its_cause_is_its_source() {
        let resume = || Box::new(());
        let bad = PageError::CursorOutOfRange { length: 0, max: 9 };
        let cross = LinkError::CrossOrigin {
            href: "http://b.test/?page=2".to_owned(),
            request_origin: "http://a.test".to_owned(),
            link_origin: "http://b.test".to_owned(),
        };
        let cases: [(Error<std::fmt::Error, ()>, &str, bool); 8] = [
            (
                Error::PageIgnored {
                    page: 2,
                    returned: 1,
                    info: PageInfo::default(),
                    resume: resume(),
                },
                "asked for page 2, the server answered page 1",
                false,
            ),
            (
                Error::PastTotal {
                    page: 5,
                    seen: 50,
                    info: PageInfo::default(),
                    resume: resume(),
                },
                "page 5 brings the items to 50",
                false,
            ),
            (
                Error::Link {
                    page: 2,
                    source: cross,
                    resume: resume(),
                },
                "the next link to page 2 was not followed",
                true,
            ),
            (
                Error::LinkLoop {
                    page: 4,
                    link: "/?page=2".to_owned(),
                    resume: resume(),
                },
                "the next link to page 4 leads back to a page this walk already fetched (/?page=2)",
                false,
            ),
            (
                Error::OffsetIgnored {
                    page: 2,
                    offset: 100,
                    returned: 0,
                    resume: resume(),
                },
                "asked for page 2 from offset 100, the server answered from offset 0",
                false,
            ),
            (
                Error::BadCursor {
                    page: 3,
                    source: bad,
                    resume: resume(),
                },
                "the server gave page 3 a cursor no request can carry",
                true,
            ),
            (
                Error::InvalidRequest {
                    page: 0,
                    source: bad,
                    resume: resume(),
                },
                "the first request is invalid",
                true,
            ),
            (
                Error::Overfull {
                    page: 2,
                    len: 20,
                    size: 10,
                    resume: resume(),
                },
                "page 2 holds 20 items, more than the server's page size of 10",
                false,
            ),
        ];
        for (error, start, has_source) in cases {
            let message = error.to_string();
            assert!(message.starts_with(start), "{message}");
            assert_eq!(error.source().is_some(), has_source, "{message}");
            if let Some(source) = error.source() {
                assert!(message.contains(&source.to_string()), "{message}");
            }
        }
    }
}
