//! The page rules: whether there is a next page, and which page numbers and sizes are
//! valid. Everything that walks pages decides through [`next_page`], so that
//! `next_request` and the walkers can never disagree.

use crate::{PageError, PageInfo, PageParams, PaginatedRequest, PaginatedResponse};

/// What comes after a page.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Next {
    /// Fetch this page number next.
    Page(u32),
    /// The walk is over, for this reason.
    End(End),
}

/// Why a page was the last one.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum End {
    /// The page had no items.
    EmptyPage,
    /// The response type has a `next` role and this response had no link.
    NoNextLink,
    /// The page was the last of the reported (or computed) number of pages.
    LastPage,
    /// The items seen through this page reach the reported total.
    AllItemsSeen,
    /// Nothing is known about the total and the page was not full.
    ShortPage,
    /// The page number cannot be advanced without overflowing the request's page field.
    PageLimit,
}

/// Applies the next-page rules to `response`, the answer to `request`.
pub(crate) fn next_page<Req, Resp>(request: &Req, response: &Resp) -> Next
where
    Req: PaginatedRequest,
    Resp: PaginatedResponse,
{
    let len = response.items().len() as u64;
    if len == 0 {
        return Next::End(End::EmptyPage);
    }
    let page = request.page();
    let info = response.page_info().or_page_size(request.page_size());
    if let Some(end) = last_page_reason::<Resp>(response, &info, index_of::<Req>(page), len) {
        return Next::End(end);
    }
    if page >= Req::MAX_PAGE {
        return Next::End(End::PageLimit);
    }
    Next::Page(page + 1)
}

/// Rules 1 to 4 of the next-page decision, for the page at zero-based `index` holding
/// `len` (> 0) items: `Some(reason)` when it is the last page.
fn last_page_reason<Resp: PaginatedResponse>(
    response: &Resp,
    info: &PageInfo,
    index: u64,
    len: u64,
) -> Option<End> {
    if Resp::HAS_NEXT_LINK {
        let linked = response.next_link().is_some_and(|link| !link.is_empty());
        return (!linked).then_some(End::NoNextLink);
    }
    // `or_page_size` has filled in the page size, so it is always known here.
    let size = info.page_size.unwrap_or(u64::MAX);
    if let Some(total_pages) = info.total_pages {
        return (index.saturating_add(1) >= total_pages).then_some(End::LastPage);
    }
    if let Some(total_items) = info.total_items {
        let seen = index.saturating_mul(size).saturating_add(len);
        return (seen >= total_items).then_some(End::AllItemsSeen);
    }
    (len < size).then_some(End::ShortPage)
}

/// The zero-based index of page `page` of a request of type `Req`.
pub(crate) fn index_of<Req: PaginatedRequest>(page: u32) -> u64 {
    u64::from(page.saturating_sub(Req::PARAMS.first_page))
}

/// Checks raw page and size values (`None` = unset) against `Req`'s bounds.
pub(crate) fn validate<Req: PaginatedRequest>(
    page: Option<i128>,
    size: Option<i128>,
) -> Result<(), PageError> {
    let PageParams {
        first_page,
        max_size,
        ..
    } = Req::PARAMS;
    if let Some(page) = page {
        if page < first_page.into() || page > Req::MAX_PAGE.into() {
            return Err(PageError::PageOutOfRange {
                page,
                first: first_page,
                last: Req::MAX_PAGE,
            });
        }
    }
    if let Some(size) = size {
        if size < 1 || size > max_size.into() {
            return Err(PageError::PageSizeOutOfRange {
                size,
                max: max_size,
            });
        }
    }
    Ok(())
}

/// The effective page for a raw page value: `first_page` when unset, else the value
/// clamped into `first_page..=max_page`.
pub(crate) fn effective_page(raw: Option<i128>, params: &PageParams, max_page: u32) -> u32 {
    let first = params.first_page;
    raw.map_or(first, |page| clamp(page, first, max_page.max(first)))
}

/// The effective page size for a raw size value: `default_size` when unset, else the
/// value clamped into `1..=max_size`.
pub(crate) fn effective_size(raw: Option<i128>, params: &PageParams) -> u32 {
    raw.map_or(params.default_size, |size| clamp(size, 1, params.max_size))
}

fn clamp(value: i128, low: u32, high: u32) -> u32 {
    saturate(value.clamp(low.into(), high.into()))
}

/// `value` saturated into the range of `u32`.
pub(crate) fn saturate(value: i128) -> u32 {
    u32::try_from(value.max(0)).unwrap_or(u32::MAX)
}
