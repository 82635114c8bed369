//! The page rules: what a page says ([`Facts`], worked out once), whether there is a next
//! page ([`decide`]), and which page numbers and sizes are valid. `next_request` and both
//! walkers decide through these functions alone, so they can never disagree.

use crate::{EndReason, PageError, PageInfo, PageParams, PaginatedRequest, PaginatedResponse};

#[cfg(test)]
mod arithmetic;
pub(crate) mod cursor;
pub(crate) mod offset;

/// What comes after a page.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Next {
    /// There is a next page: the one after this (by number, offset, link or cursor).
    More,
    /// The walk is over, for this reason.
    End(EndReason),
}

/// A server that answered another place than the one asked for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Mismatch {
    /// It echoed another page number.
    Page { returned: u64 },
    /// It echoed another offset.
    Offset { asked: u64, returned: u64 },
}

/// What a walk knows beyond the page in hand. [`next_request`] knows nothing more, so it
/// passes the default.
///
/// [`next_request`]: crate::PaginatedRequest::next_request
#[derive(Debug, Clone, Copy, Default)]
pub(crate) struct Known {
    /// The exact number of items on the pages before this one, when the walk has seen
    /// them all (it started on the first page).
    pub(crate) before: Option<u64>,
    /// The server's page size, once an earlier page told it.
    pub(crate) size: Option<u64>,
    /// The pages this walk fetched before this one.
    pub(crate) pages: u64,
}

/// What one page says, worked out once: the next-page rules and the walk's guards all
/// read it, so they can never disagree.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Facts {
    /// The page that was asked for.
    pub(crate) page: u32,
    /// Its zero-based index.
    pub(crate) index: u64,
    /// How many items it holds.
    pub(crate) len: u64,
    /// The server's page size, when a page has told it: reported, or shown by the length
    /// of a page that the totals say is not the last.
    pub(crate) told: Option<u64>,
    /// The numbers as the server reported them.
    pub(crate) reported: PageInfo,
    /// The same, with the server's page size filled in and `total_pages` computed with it.
    pub(crate) info: PageInfo,
    /// The items through this page: exact when the walk has seen every page before it,
    /// else estimated with the server's page size.
    pub(crate) seen: u64,
    /// What the next role says: `None` when the response type has no `next` link and no
    /// `has_more` flag (or the flag is missing), else whether there is a next page.
    pub(crate) said: Option<Said>,
    /// The place the server says it answered, when it is not the one asked for.
    pub(crate) mismatch: Option<Mismatch>,
    /// Whether the page number (or offset) is the largest the request can hold.
    pub(crate) at_limit: bool,
    /// The most items the page may hold, by page number, once the server's page size is
    /// told (by an earlier page, or this one's report): that size, or the size asked when
    /// larger. More means the server ignored the size on this page. Offsets and cursors
    /// move by the items received, so no page of theirs is too long.
    pub(crate) room: Option<u64>,
    /// Whether the page's place in the whole list is known (its index, and the items
    /// before it), so that it can be held against the totals: always by page number and
    /// by offset; by cursor, only in a walk from the first page.
    pub(crate) placed: bool,
}

impl Facts {
    /// The facts of `response`, the answer to `request`, by page number.
    pub(crate) fn by_page<Req, Resp>(request: &Req, response: &Resp, known: Known) -> Facts
    where
        Req: PaginatedRequest,
        Resp: PaginatedResponse,
    {
        let page = request.page();
        let index = index_of::<Req>(page);
        let len = response.items().len() as u64;
        let reported = response.page_info();
        let asked = u64::from(request.page_size());
        // Only a page whose items before it are known exactly shows the size.
        let exact_before = known.before.or((index == 0).then_some(0));
        let told = reported
            .page_size
            .or(known.size)
            .or_else(|| exact_before.and_then(|before| shown_size(&reported, index, before, len)));
        let size = told.or((asked > 0).then_some(asked));
        // Without a size (a hand-written request's 0), the pages before hold any number.
        let before = known
            .before
            .unwrap_or_else(|| index.saturating_mul(size.unwrap_or(u64::MAX)));
        Facts {
            page,
            index,
            len,
            told,
            reported,
            info: PageInfo::new(
                reported.page,
                size,
                reported.total_items,
                reported.total_pages,
            ),
            seen: before.saturating_add(len),
            said: next_role(response),
            mismatch: reported
                .page
                .filter(|&returned| returned_index::<Req, Resp>(returned) != Some(index))
                .map(|returned| Mismatch::Page { returned }),
            at_limit: page >= Req::MAX_PAGE,
            // Not the size this page shows: it cannot be larger than its own length.
            room: reported
                .page_size
                .or(known.size)
                .map(|server| server.max(asked)),
            placed: true,
        }
    }

    /// Whether the totals say there is more than the items and pages through this one.
    pub(crate) fn short_of_totals(&self) -> bool {
        self.placed
            && (self.info.total_items.is_some_and(|total| self.seen < total)
                || self
                    .info
                    .total_pages
                    .is_some_and(|total| self.index.saturating_add(1) < total))
    }
}

/// The size a page shows when the totals say more follows it: it is full at the
/// server's size, whatever was asked (a server that caps the size, or ignores it, without
/// saying so). `before` is the exact number of items before it.
pub(crate) fn shown_size(reported: &PageInfo, index: u64, before: u64, len: u64) -> Option<u64> {
    let more_follow = reported
        .total_items
        .is_some_and(|total| before.saturating_add(len) < total)
        || reported
            .total_pages
            .is_some_and(|total| index.saturating_add(1) < total);
    (len > 0 && more_follow).then_some(len)
}

/// What a response's next role says about the page after it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Said {
    /// There is a next page.
    More,
    /// This is the last page, for this reason.
    Last(EndReason),
}

/// Rule 1's answer: a next link, present and non-empty, or else a `has_more` flag.
pub(crate) fn next_role<Resp: PaginatedResponse>(response: &Resp) -> Option<Said> {
    if let Some(link) = Resp::NEXT_LINK {
        let linked = link(response).is_some_and(|link| !link.is_empty());
        return Some(if linked {
            Said::More
        } else {
            Said::Last(EndReason::NoNextLink)
        });
    }
    let has_more = Resp::HAS_MORE.and_then(|has_more| has_more(response))?;
    Some(if has_more {
        Said::More
    } else {
        Said::Last(EndReason::NoMore)
    })
}

/// The next-page rules of SPEC 4.3, on one page's facts.
pub(crate) fn decide(facts: &Facts) -> Next {
    if facts.len == 0 {
        return Next::End(EndReason::EmptyPage);
    }
    if let Some(end) = last_page_reason(facts) {
        return Next::End(end);
    }
    if facts.at_limit {
        return Next::End(EndReason::PageLimit);
    }
    Next::More
}

/// Rules 1 to 4: `Some(reason)` when the page (which has items) is the last.
fn last_page_reason(facts: &Facts) -> Option<EndReason> {
    let info = &facts.info;
    match facts.said {
        Some(Said::More) => return None,
        Some(Said::Last(reason)) => return Some(reason),
        None => {}
    }
    if let Some(total_pages) = info.total_pages {
        return (facts.index.saturating_add(1) >= total_pages).then_some(EndReason::LastPage);
    }
    if let Some(total_items) = info.total_items {
        return (facts.seen >= total_items).then_some(EndReason::AllItemsSeen);
    }
    // Without a known size (a hand-written request's 0) nothing is full: the walk ends.
    let full = info.page_size.is_some_and(|size| facts.len >= size);
    (!full).then_some(EndReason::ShortPage)
}

/// The rules applied to `response`, the answer to `request`, knowing nothing else.
pub(crate) fn next_page<Req, Resp>(request: &Req, response: &Resp) -> Next
where
    Req: PaginatedRequest,
    Resp: PaginatedResponse,
{
    decide(&Facts::by_page(request, response, Known::default()))
}

/// Whether some page size makes `total_items` fill exactly `total_pages` pages: the
/// server's (`info.page_size`) when it is known, else any. An empty result may say it
/// has one page.
pub(crate) fn totals_explained(reported: &PageInfo) -> bool {
    let (Some(items), Some(pages)) = (reported.total_items, reported.total_pages) else {
        return true;
    };
    if items == 0 {
        return pages <= 1;
    }
    // A size of 0 is unknown, as in `PageInfo::new`.
    if let Some(size) = reported.page_size.filter(|&size| size > 0) {
        return items.div_ceil(size) == pages;
    }
    // ceil(items / size) == pages for some size iff the smallest candidate works.
    pages >= 1 && pages <= items && {
        let size = items.div_ceil(pages);
        (pages - 1).saturating_mul(size) < items
    }
}

/// A page size or limit clamped into `1..=max` (and 1 when `max` is 0).
#[inline]
pub(crate) const fn clamp_size(size: u32, max: u32) -> u32 {
    if size == 0 {
        1
    } else if size > max {
        if max == 0 { 1 } else { max }
    } else {
        size
    }
}

/// The zero-based index of page `page` of a request of type `Req`.
#[inline]
pub(crate) fn index_of<Req: PaginatedRequest>(page: u32) -> u64 {
    u64::from(page.saturating_sub(Req::PARAMS.first_page))
}

/// The zero-based index of the page number `returned` in a response numbering its pages
/// from `Resp::PAGE_BASE` (else the request's first page); `None` below that base.
pub(crate) fn returned_index<Req, Resp>(returned: u64) -> Option<u64>
where
    Req: PaginatedRequest,
    Resp: PaginatedResponse,
{
    returned.checked_sub(Resp::PAGE_BASE.unwrap_or(Req::PARAMS.first_page).into())
}

/// Checks raw page and size values (`None` = unset) against `Req`'s bounds.
#[inline]
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
#[inline]
pub(crate) fn effective_page(raw: Option<i128>, params: &PageParams, max_page: u32) -> u32 {
    let first = params.first_page;
    raw.map_or(first, |page| clamp(page, first, max_page.max(first)))
}

/// The effective page size for a raw size value: `default_size` when unset, else the
/// value clamped into `1..=max_size`.
#[inline]
pub(crate) fn effective_size(raw: Option<i128>, params: &PageParams) -> u32 {
    raw.map_or(params.default_size, |size| {
        clamp(size, 1, params.max_size.max(1))
    })
}

#[inline]
fn clamp(value: i128, low: u32, high: u32) -> u32 {
    saturate(value.clamp(low.into(), high.into()))
}

/// `value` saturated into the range of `u32`.
#[inline]
pub(crate) fn saturate(value: i128) -> u32 {
    u32::try_from(value.max(0)).unwrap_or(u32::MAX)
}

#[cfg(test)]
mod tests {
    use super::{effective_page, effective_size, index_of, saturate, totals_explained, validate};
    use crate::EndReason as End;

    /// What the rules say comes after a page, with the number of the next page.
    #[derive(Debug, PartialEq, Eq)]
    enum Next {
        Page(u32),
        End(End),
    }

    fn next_page<R: PaginatedRequest>(request: &R, response: &impl PaginatedResponse) -> Next {
        match super::next_page(request, response) {
            super::Next::More => Next::Page(request.page() + 1),
            super::Next::End(end) => Next::End(end),
        }
    }
    use crate::{PageError, PageInfo, PageParams, PaginatedRequest, PaginatedResponse};

    /// A hand-written request: first page `FIRST`, largest page `LAST`, sizes `1..=100`
    /// (default 10).
    #[derive(Debug, Clone, PartialEq, Eq)]
    struct Req<const FIRST: u32 = 1, const LAST: u32 = { u32::MAX }> {
        page: u32,
        size: u32,
        filter: &'static str,
    }

    impl<const FIRST: u32, const LAST: u32> PaginatedRequest for Req<FIRST, LAST> {
        const PARAMS: PageParams = PageParams {
            page_param: "page",
            size_param: "size",
            default_size: 10,
            max_size: 100,
            first_page: FIRST,
        };
        const MAX_PAGE: u32 = LAST;

        fn page(&self) -> u32 {
            self.page
        }
        fn page_size(&self) -> u32 {
            self.size
        }
        fn set_page(&mut self, page: u32) {
            self.page = page.min(LAST);
        }
        fn set_page_size(&mut self, size: u32) {
            self.size = Self::PARAMS.clamp_size(size);
        }
    }

    /// Page 1 of a `first = 1` API, asking for 20 items a page.
    fn req(page: u32) -> Req {
        Req {
            page,
            size: 20,
            filter: "f",
        }
    }

    fn req0(page: u32) -> Req<0> {
        Req {
            page,
            size: 20,
            filter: "f",
        }
    }

    /// A hand-written response; `LINKED` says whether the type has a `next` role.
    struct Resp<const LINKED: bool = false> {
        items: Vec<u8>,
        info: PageInfo,
        link: Option<&'static str>,
    }

    impl<const LINKED: bool> PaginatedResponse for Resp<LINKED> {
        type Item = u8;
        const NEXT_LINK: Option<fn(&Self) -> Option<&str>> =
            if LINKED { Some(|page| page.link) } else { None };

        fn items(&self) -> &[u8] {
            &self.items
        }
        fn into_items(self) -> Vec<u8> {
            self.items
        }
        fn page_info(&self) -> PageInfo {
            self.info
        }
    }

    fn info(size: Option<u64>, total_items: Option<u64>, total_pages: Option<u64>) -> PageInfo {
        PageInfo::new(None, size, total_items, total_pages)
    }

    /// `len` items and nothing reported.
    fn bare(len: usize) -> Resp {
        with_info(len, PageInfo::default())
    }

    fn with_info(len: usize, info: PageInfo) -> Resp {
        Resp {
            items: vec![0; len],
            info,
            link: None,
        }
    }

    fn linked(len: usize, link: Option<&'static str>) -> Resp<true> {
        Resp {
            items: vec![0; len],
            info: PageInfo::default(),
            link,
        }
    }

    // --- empty page ---

    #[test]
    fn empty_page_ends_even_with_a_next_link() {
        assert_eq!(
            next_page(&req(1), &linked(0, Some("/p2"))),
            Next::End(End::EmptyPage)
        );
    }

    #[test]
    fn empty_page_ends_even_when_totals_say_more() {
        let response = with_info(0, info(Some(20), Some(1000), Some(50)));
        assert_eq!(next_page(&req(1), &response), Next::End(End::EmptyPage));
    }

    // --- rule 1: next link ---

    #[test]
    fn next_link_present_continues() {
        assert_eq!(next_page(&req(1), &linked(3, Some("/p2"))), Next::Page(2));
    }

    #[test]
    fn next_link_missing_ends() {
        assert_eq!(
            next_page(&req(1), &linked(20, None)),
            Next::End(End::NoNextLink)
        );
    }

    #[test]
    fn next_link_empty_is_no_link() {
        assert_eq!(
            next_page(&req(1), &linked(20, Some(""))),
            Next::End(End::NoNextLink)
        );
    }

    #[test]
    fn next_link_outranks_totals() {
        let mut response = linked(20, Some("/p2"));
        response.info = info(Some(20), Some(20), Some(1));
        assert_eq!(next_page(&req(1), &response), Next::Page(2));

        response.link = None;
        response.info = info(Some(20), Some(1000), Some(50));
        assert_eq!(next_page(&req(1), &response), Next::End(End::NoNextLink));
    }

    #[test]
    fn next_link_is_ignored_without_the_role() {
        let mut response = bare(5);
        response.link = Some("/p2");
        assert_eq!(next_page(&req(1), &response), Next::End(End::ShortPage));
    }

    // --- rule 2: total pages ---

    #[test]
    fn reported_total_pages_ends_on_the_last_page() {
        let response = with_info(20, info(None, None, Some(3)));
        assert_eq!(next_page(&req(2), &response), Next::Page(3));
        assert_eq!(next_page(&req(3), &response), Next::End(End::LastPage));
    }

    #[test]
    fn page_beyond_total_pages_is_the_last() {
        let response = with_info(20, info(None, None, Some(3)));
        assert_eq!(next_page(&req(7), &response), Next::End(End::LastPage));
    }

    #[test]
    fn zero_total_pages_with_items_is_the_last() {
        let response = with_info(5, info(None, None, Some(0)));
        assert_eq!(next_page(&req(1), &response), Next::End(End::LastPage));
    }

    #[test]
    fn total_pages_outranks_a_short_page() {
        let response = with_info(1, info(Some(20), None, Some(3)));
        assert_eq!(next_page(&req(1), &response), Next::Page(2));
    }

    #[test]
    fn total_pages_computed_with_request_size_when_response_has_none() {
        // 41 items of 20 (the request's size) = 3 pages; the default size 10 would be 5.
        let response = with_info(20, info(None, Some(41), None));
        assert_eq!(next_page(&req(2), &response), Next::Page(3));
        assert_eq!(next_page(&req(3), &response), Next::End(End::LastPage));
    }

    #[test]
    fn total_pages_computed_with_response_size_when_server_clamped() {
        // Asked for 100 a page; the server sent 20: 41 items are 3 pages, not 1.
        let request = Req {
            size: 100,
            ..req(1)
        };
        let response = with_info(20, info(Some(20), Some(41), None));
        assert_eq!(next_page(&request, &response), Next::Page(2));
        let last = Req { page: 3, ..request };
        assert_eq!(next_page(&last, &response), Next::End(End::LastPage));
    }

    #[test]
    fn reported_zero_size_falls_back_to_request_size() {
        let response = with_info(20, info(Some(0), Some(41), None));
        assert_eq!(next_page(&req(2), &response), Next::Page(3));
        assert_eq!(next_page(&req(3), &response), Next::End(End::LastPage));
    }

    #[test]
    fn total_items_alone_ends_by_last_page_not_all_items_seen() {
        // `PageInfo::new` always turns total_items into total_pages once the size is known,
        // so rule 3 is not reached for a response built the usual way.
        let response = with_info(1, info(None, Some(41), None));
        assert_eq!(next_page(&req(3), &response), Next::End(End::LastPage));
    }

    // --- rule 3: total items. A `PageInfo` built field by field without `total_pages`
    // still gets it computed (rule 2), so rule 3 decides only when no page size is known.

    fn items_only(page_size: u64, total_items: u64) -> PageInfo {
        PageInfo {
            page: None,
            page_size: Some(page_size),
            total_items: Some(total_items),
            total_pages: None,
            offset: None,
        }
    }

    #[test]
    fn missing_total_pages_is_computed_for_hand_built_info() {
        let response = with_info(1, items_only(20, 41));
        assert_eq!(next_page(&req(3), &response), Next::End(End::LastPage));
    }

    #[test]
    fn fewer_items_seen_than_total_continues() {
        let response = with_info(20, items_only(20, 41));
        assert_eq!(next_page(&req(2), &response), Next::Page(3));
    }

    #[test]
    fn computed_total_pages_counts_from_page_zero() {
        let response = with_info(20, items_only(20, 40));
        assert_eq!(next_page(&req0(1), &response), Next::End(End::LastPage));
        assert_eq!(next_page(&req0(0), &response), Next::Page(1));
    }

    #[test]
    fn all_items_seen_when_request_size_is_zero() {
        // A hand-written request reporting size 0 leaves the size unknown, so
        // total_pages cannot be computed and rule 3 decides.
        let request = Req { size: 0, ..req(1) };
        let response = with_info(5, info(None, Some(5), None));
        assert_eq!(next_page(&request, &response), Next::End(End::AllItemsSeen));
    }

    #[test]
    fn absurd_totals_saturate_instead_of_overflowing() {
        let response = with_info(1, items_only(u64::MAX, u64::MAX));
        assert_eq!(
            next_page(&req(u32::MAX - 1), &response),
            Next::End(End::LastPage)
        );
        let request = Req {
            size: 0,
            ..req(u32::MAX - 1)
        };
        let response = with_info(1, info(None, Some(u64::MAX), None));
        assert_eq!(next_page(&request, &response), Next::End(End::AllItemsSeen));
    }

    // --- rule 4: full or short page ---

    #[test]
    fn short_page_ends_without_totals() {
        assert_eq!(next_page(&req(1), &bare(19)), Next::End(End::ShortPage));
    }

    #[test]
    fn full_page_continues_without_totals() {
        assert_eq!(next_page(&req(1), &bare(20)), Next::Page(2));
    }

    #[test]
    fn overfull_page_continues_without_totals() {
        assert_eq!(next_page(&req(1), &bare(25)), Next::Page(2));
    }

    #[test]
    fn full_page_judged_by_response_size_when_reported() {
        let request = Req {
            size: 100,
            ..req(1)
        };
        let response = with_info(20, info(Some(20), None, None));
        assert_eq!(next_page(&request, &response), Next::Page(2));
        assert_eq!(next_page(&request, &bare(20)), Next::End(End::ShortPage));
    }

    // --- page limit ---

    #[test]
    fn page_limit_at_custom_max_page() {
        let at = Req::<1, 255> {
            page: 255,
            size: 20,
            filter: "f",
        };
        assert_eq!(next_page(&at, &bare(20)), Next::End(End::PageLimit));
        let before = Req { page: 254, ..at };
        assert_eq!(next_page(&before, &bare(20)), Next::Page(255));
    }

    #[test]
    fn page_limit_at_u32_max_does_not_overflow() {
        let response = with_info(20, info(None, None, Some(u64::MAX)));
        assert_eq!(
            next_page(&req(u32::MAX), &response),
            Next::End(End::PageLimit)
        );
        assert_eq!(
            next_page(&req(u32::MAX - 1), &response),
            Next::Page(u32::MAX)
        );
    }

    #[test]
    fn page_limit_applies_to_linked_responses() {
        let at = Req::<1, 255> {
            page: 255,
            size: 20,
            filter: "f",
        };
        assert_eq!(
            next_page(&at, &linked(20, Some("/p256"))),
            Next::End(End::PageLimit)
        );
    }

    #[test]
    fn last_page_reason_wins_over_page_limit() {
        let response = with_info(20, info(None, None, Some(u64::from(u32::MAX))));
        assert_eq!(
            next_page(&req(u32::MAX), &response),
            Next::End(End::LastPage)
        );
    }

    // --- first page 0 and 1 ---

    #[test]
    fn first_page_zero_indexes_from_zero() {
        let response = with_info(20, info(None, None, Some(2)));
        assert_eq!(next_page(&req0(0), &response), Next::Page(1));
        assert_eq!(next_page(&req0(1), &response), Next::End(End::LastPage));
    }

    #[test]
    fn first_page_one_indexes_from_one() {
        let response = with_info(20, info(None, None, Some(2)));
        assert_eq!(next_page(&req(1), &response), Next::Page(2));
        assert_eq!(next_page(&req(2), &response), Next::End(End::LastPage));
    }

    #[test]
    fn single_page_result_ends_on_the_first_page() {
        let response = with_info(20, info(None, None, Some(1)));
        assert_eq!(next_page(&req0(0), &response), Next::End(End::LastPage));
        assert_eq!(next_page(&req(1), &response), Next::End(End::LastPage));
    }

    #[test]
    fn index_of_counts_from_the_first_page() {
        assert_eq!(index_of::<Req>(1), 0);
        assert_eq!(index_of::<Req>(3), 2);
        assert_eq!(index_of::<Req<0>>(0), 0);
        assert_eq!(index_of::<Req<0>>(3), 3);
        assert_eq!(index_of::<Req<0>>(u32::MAX), u64::from(u32::MAX));
    }

    #[test]
    fn index_of_a_page_below_first_is_zero() {
        assert_eq!(index_of::<Req>(0), 0);
        let response = with_info(20, info(None, None, Some(1)));
        assert_eq!(next_page(&req(0), &response), Next::End(End::LastPage));
    }

    // --- absurd numbers from the server ---

    #[test]
    fn absurd_total_pages_continues() {
        let response = with_info(20, info(None, None, Some(u64::MAX)));
        assert_eq!(next_page(&req(1), &response), Next::Page(2));
    }

    #[test]
    fn absurd_page_size_is_a_short_page() {
        let response = with_info(20, info(Some(u64::MAX), None, None));
        assert_eq!(next_page(&req(1), &response), Next::End(End::ShortPage));
    }

    #[test]
    fn absurd_total_items_with_request_size_continues() {
        let response = with_info(20, info(None, Some(u64::MAX), None));
        assert_eq!(
            next_page(&req(u32::MAX - 1), &response),
            Next::Page(u32::MAX)
        );
    }

    #[test]
    fn absurd_total_items_and_page_size_is_one_page() {
        let response = with_info(20, info(Some(u64::MAX), Some(u64::MAX), None));
        assert_eq!(next_page(&req(1), &response), Next::End(End::LastPage));
    }

    // --- next_request, which is built on next_page ---

    #[test]
    fn next_request_advances_only_the_page() {
        let request = Req {
            filter: "status=open",
            ..req(4)
        };
        assert_eq!(
            request.next_request(&bare(20)),
            Some(Req {
                page: 5,
                ..request.clone()
            })
        );
        assert_eq!(request.next_request(&bare(3)), None);
    }

    // --- totals_explained ---

    #[test]
    fn totals_some_page_size_explains_are_consistent() {
        // 95 items in 4 pages: any size from 24 to 31.
        assert!(totals_explained(&info(None, Some(95), Some(4))));
        assert!(totals_explained(&info(None, Some(95), Some(1))));
        assert!(totals_explained(&info(None, Some(95), Some(95))));
        assert!(totals_explained(&info(None, Some(u64::MAX), Some(2))));
        assert!(totals_explained(&info(None, None, Some(7))));
        assert!(totals_explained(&info(None, Some(7), None)));
    }

    #[test]
    fn totals_no_page_size_explains_are_not() {
        assert!(!totals_explained(&info(None, Some(95), Some(96))));
        assert!(!totals_explained(&info(None, Some(95), Some(0))));
        // 10 items: 4 pages need sizes in [2.5, 3.33): 3 gives 4 pages, fine; but 7 pages
        // need a size in [1.43, 1.67): none.
        assert!(totals_explained(&info(None, Some(10), Some(4))));
        assert!(!totals_explained(&info(None, Some(10), Some(7))));
    }

    #[test]
    fn a_reported_size_must_explain_the_totals_itself() {
        assert!(totals_explained(&info(Some(25), Some(95), Some(4))));
        assert!(!totals_explained(&info(Some(25), Some(95), Some(5))));
    }

    #[test]
    fn an_empty_result_may_have_zero_pages_or_one() {
        assert!(totals_explained(&info(Some(10), Some(0), Some(0))));
        assert!(totals_explained(&info(Some(10), Some(0), Some(1))));
        assert!(!totals_explained(&info(Some(10), Some(0), Some(2))));
    }

    // --- validate ---

    #[test]
    fn unset_values_are_valid() {
        assert_eq!(validate::<Req>(None, None), Ok(()));
    }

    #[test]
    fn values_in_range_are_valid() {
        assert_eq!(validate::<Req>(Some(1), Some(1)), Ok(()));
        assert_eq!(validate::<Req>(Some(u32::MAX.into()), Some(100)), Ok(()));
        assert_eq!(validate::<Req<0>>(Some(0), Some(20)), Ok(()));
        assert_eq!(validate::<Req<1, 255>>(Some(255), None), Ok(()));
    }

    #[test]
    fn page_below_first_is_out_of_range() {
        assert_eq!(
            validate::<Req>(Some(0), None),
            Err(PageError::PageOutOfRange {
                page: 0,
                first: 1,
                last: u32::MAX
            })
        );
    }

    #[test]
    fn negative_page_is_out_of_range() {
        for page in [-1, i128::MIN] {
            assert_eq!(
                validate::<Req<0>>(Some(page), None),
                Err(PageError::PageOutOfRange {
                    page,
                    first: 0,
                    last: u32::MAX
                })
            );
        }
    }

    #[test]
    fn page_above_u32_is_out_of_range() {
        for page in [i128::from(u32::MAX) + 1, i128::MAX] {
            assert_eq!(
                validate::<Req>(Some(page), None),
                Err(PageError::PageOutOfRange {
                    page,
                    first: 1,
                    last: u32::MAX
                })
            );
        }
    }

    #[test]
    fn page_above_custom_max_page_is_out_of_range() {
        assert_eq!(
            validate::<Req<1, 255>>(Some(256), None),
            Err(PageError::PageOutOfRange {
                page: 256,
                first: 1,
                last: 255
            })
        );
    }

    #[test]
    fn size_out_of_range_is_an_error() {
        for size in [0, -1, i128::MIN, 101, i128::from(u32::MAX), i128::MAX] {
            assert_eq!(
                validate::<Req>(None, Some(size)),
                Err(PageError::PageSizeOutOfRange { size, max: 100 }),
                "size {size}"
            );
        }
    }

    #[test]
    fn page_is_checked_before_size() {
        assert!(matches!(
            validate::<Req>(Some(0), Some(0)),
            Err(PageError::PageOutOfRange { .. })
        ));
    }

    // --- effective_page ---

    const P1: PageParams = <Req as PaginatedRequest>::PARAMS;
    const P0: PageParams = <Req<0> as PaginatedRequest>::PARAMS;

    #[test]
    fn unset_page_is_the_first_page() {
        assert_eq!(effective_page(None, &P1, u32::MAX), 1);
        assert_eq!(effective_page(None, &P0, u32::MAX), 0);
    }

    #[test]
    fn page_in_range_is_kept() {
        assert_eq!(effective_page(Some(7), &P1, u32::MAX), 7);
        assert_eq!(effective_page(Some(0), &P0, u32::MAX), 0);
        assert_eq!(
            effective_page(Some(u32::MAX.into()), &P1, u32::MAX),
            u32::MAX
        );
    }

    #[test]
    fn page_below_first_clamps_to_first() {
        assert_eq!(effective_page(Some(0), &P1, u32::MAX), 1);
        assert_eq!(effective_page(Some(-5), &P1, u32::MAX), 1);
        assert_eq!(effective_page(Some(i128::MIN), &P1, u32::MAX), 1);
        assert_eq!(effective_page(Some(i128::MIN), &P0, u32::MAX), 0);
    }

    #[test]
    fn page_above_max_clamps_to_max() {
        assert_eq!(effective_page(Some(i128::MAX), &P1, u32::MAX), u32::MAX);
        assert_eq!(effective_page(Some(256), &P1, 255), 255);
        assert_eq!(effective_page(Some(i128::MAX), &P0, 255), 255);
    }

    #[test]
    fn max_page_below_first_page_does_not_panic() {
        assert_eq!(effective_page(Some(5), &P1, 0), 1);
        assert_eq!(effective_page(None, &P1, 0), 1);
    }

    // --- effective_size ---

    #[test]
    fn unset_size_is_the_default() {
        assert_eq!(effective_size(None, &P1), 10);
    }

    #[test]
    fn size_in_range_is_kept() {
        assert_eq!(effective_size(Some(1), &P1), 1);
        assert_eq!(effective_size(Some(42), &P1), 42);
        assert_eq!(effective_size(Some(100), &P1), 100);
    }

    #[test]
    fn size_below_one_clamps_to_one() {
        assert_eq!(effective_size(Some(0), &P1), 1);
        assert_eq!(effective_size(Some(-3), &P1), 1);
        assert_eq!(effective_size(Some(i128::MIN), &P1), 1);
    }

    #[test]
    fn size_above_max_clamps_to_max() {
        assert_eq!(effective_size(Some(101), &P1), 100);
        assert_eq!(effective_size(Some(u32::MAX.into()), &P1), 100);
        assert_eq!(effective_size(Some(i128::MAX), &P1), 100);
    }

    #[test]
    fn size_with_zero_max_size_does_not_panic() {
        let params = PageParams { max_size: 0, ..P1 };
        assert_eq!(effective_size(Some(5), &params), 1);
    }

    // --- saturate ---

    #[test]
    fn saturate_clamps_into_u32() {
        assert_eq!(saturate(i128::MIN), 0);
        assert_eq!(saturate(-1), 0);
        assert_eq!(saturate(0), 0);
        assert_eq!(saturate(7), 7);
        assert_eq!(saturate(u32::MAX.into()), u32::MAX);
        assert_eq!(saturate(i128::from(u32::MAX) + 1), u32::MAX);
        assert_eq!(saturate(i128::MAX), u32::MAX);
    }

    // --- PageError messages ---

    #[test]
    fn page_out_of_range_message_names_page_and_range() {
        let message = validate::<Req<1, 255>>(Some(256), None)
            .unwrap_err()
            .to_string();
        assert!(message.contains("page 256"), "{message}");
        assert!(message.contains("from 1 to 255"), "{message}");
    }

    #[test]
    fn negative_page_message_keeps_the_sign() {
        let message = validate::<Req<0>>(Some(i128::MIN), None)
            .unwrap_err()
            .to_string();
        assert!(
            message.contains(&format!("page {}", i128::MIN)),
            "{message}"
        );
        assert!(message.contains("from 0 to 4294967295"), "{message}");
    }

    #[test]
    fn page_size_message_names_size_and_range() {
        let message = validate::<Req>(None, Some(0)).unwrap_err().to_string();
        assert!(message.contains("page size 0"), "{message}");
        assert!(message.contains("from 1 to 100"), "{message}");
        let message = validate::<Req>(None, Some(-7)).unwrap_err().to_string();
        assert!(message.contains("page size -7"), "{message}");
    }

    #[test]
    fn page_error_is_a_std_error_without_source() {
        let error: Box<dyn std::error::Error> =
            Box::new(PageError::PageSizeOutOfRange { size: 0, max: 1 });
        assert!(error.source().is_none());
    }
}
