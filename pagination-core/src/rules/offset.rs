//! The offset/limit rules: a page's facts, and where the next page starts. Beside the
//! page rules, and decided by the same [`decide`](super::decide).

use super::{Facts, Known, Mismatch, next_role, shown_size};
use crate::{OffsetRequest, PageError, PageInfo, PaginatedResponse};

/// The facts of `response`, the answer to `request`, by offset.
///
/// The items before the page are its offset: exact, whatever the server's page size.
/// The page's number (for progress and errors) is where the offset falls in pages of the
/// server's size.
pub(crate) fn facts<Req, Resp>(request: &Req, response: &Resp, known: Known) -> Facts
where
    Req: OffsetRequest,
    Resp: PaginatedResponse,
{
    let before = request.offset().saturating_sub(Req::PARAMS.first_offset);
    let len = response.items().len() as u64;
    let reported = response.page_info();
    let asked = u64::from(request.limit());
    let index_at = |size: u64| before.checked_div(size).unwrap_or(0);
    let told = reported
        .page_size
        .or(known.size)
        .or_else(|| shown_size(&reported, index_at(asked.max(1)), before, len));
    let size = told.or((asked > 0).then_some(asked));
    let index = size.map_or(known.pages, index_at);
    Facts {
        page: u32::try_from(index.saturating_add(1)).unwrap_or(u32::MAX),
        index,
        len,
        told,
        reported,
        info: PageInfo::new(None, size, reported.total_items, reported.total_pages)
            .with_offset(reported.offset),
        seen: before.saturating_add(len),
        said: next_role(response),
        mismatch: reported
            .offset
            .filter(|&returned| returned != request.offset())
            .map(|returned| Mismatch::Offset {
                asked: request.offset(),
                returned,
            }),
        at_limit: request.offset().saturating_add(len) >= Req::MAX_OFFSET,
        room: None,
        placed: true,
    }
}

/// Where the page after `request`'s starts: its offset plus the items it held, never
/// wrapping.
pub(crate) fn next<Req: OffsetRequest>(request: &Req, facts: &Facts) -> u64 {
    request
        .offset()
        .saturating_add(facts.len)
        .min(Req::MAX_OFFSET)
}

/// Checks an offset and a limit against `Req`'s bounds.
pub(crate) fn validate<Req: OffsetRequest>(offset: i128, limit: i128) -> Result<(), PageError> {
    let first = Req::PARAMS.first_offset;
    if offset < first.into() || offset > Req::MAX_OFFSET.into() {
        return Err(PageError::OffsetOutOfRange {
            offset,
            first,
            last: Req::MAX_OFFSET,
        });
    }
    validate_limit(limit, Req::PARAMS.max_limit)
}

/// Checks a limit is in `1..=max`.
pub(crate) fn validate_limit(limit: i128, max: u32) -> Result<(), PageError> {
    if limit < 1 || limit > max.into() {
        return Err(PageError::PageSizeOutOfRange { size: limit, max });
    }
    Ok(())
}
