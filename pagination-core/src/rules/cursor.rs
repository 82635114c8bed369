//! The cursor rules: a page's facts, and the next page's cursor. Beside the page rules,
//! and decided by the same [`decide`](super::decide).

use super::{Facts, Known, Said, next_role};
use crate::{CursorRequest, EndReason, PageError, PageInfo, PaginatedResponse};

/// The facts of `response`, the answer to `request`, by cursor.
///
/// A cursor page has no number: it is numbered by its place in the walk, and the items
/// before it are those the walk has seen. The next cursor decides first: absent or empty,
/// the page is the last; a `has_more` flag the server sends must agree.
pub(crate) fn facts<Req, Resp>(request: &Req, response: &Resp, known: Known) -> Facts
where
    Req: CursorRequest,
    Resp: PaginatedResponse,
{
    let len = response.items().len() as u64;
    let reported = response.page_info();
    // `PageInfo::new` reads a size of 0 (a hand-written request's limit) as unknown.
    let size = reported.page_size.or(Some(request.limit().into()));
    let said = match (next(response), next_role(response)) {
        (_, Some(Said::Last(reason))) => Some(Said::Last(reason)),
        (Some(_), _) => Some(Said::More),
        (None, _) if Resp::NEXT_CURSOR.is_some() => Some(Said::Last(EndReason::NoNextCursor)),
        (None, said) => said,
    };
    Facts {
        page: u32::try_from(known.pages.saturating_add(1)).unwrap_or(u32::MAX),
        index: known.pages,
        len,
        told: reported.page_size,
        reported,
        info: PageInfo::new(None, size, reported.total_items, reported.total_pages),
        seen: known.before.unwrap_or(0).saturating_add(len),
        said,
        mismatch: None,
        at_limit: false,
        room: None,
        // A walk resumed from a cursor knows neither the pages nor the items before it.
        placed: known.before.is_some(),
    }
}

/// The next page's cursor, when the response has one that is not empty.
pub(crate) fn next<Resp: PaginatedResponse>(response: &Resp) -> Option<&str> {
    Resp::NEXT_CURSOR
        .and_then(|cursor| cursor(response))
        .filter(|cursor| !cursor.is_empty())
}

/// Checks a cursor a request of type `Req` would carry.
pub(crate) fn validate_cursor<Req: CursorRequest>(cursor: Option<&str>) -> Result<(), PageError> {
    match cursor {
        Some(cursor) if cursor.is_empty() || cursor.len() > Req::MAX_CURSOR_LEN => {
            Err(PageError::CursorOutOfRange {
                length: cursor.len(),
                max: Req::MAX_CURSOR_LEN,
            })
        }
        _ => Ok(()),
    }
}
