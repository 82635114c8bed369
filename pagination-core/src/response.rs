//! The response side: a page's items and what the server says about the rest.

/// One page of results from a page-numbered API.
///
/// Usually derived: `#[derive(Paginated)]` on a struct with an `items` field.
#[diagnostic::on_unimplemented(
    message = "`{Self}` is not a paginated response",
    label = "`{Self}` does not implement `PaginatedResponse`",
    note = "add #[derive(Paginated)] to `{Self}` and mark its list of items with #[paginate(items)]",
    note = "a bare JSON array of items is a struct with #[serde(transparent)] around its `Vec`, with #[derive(Paginated)] and #[paginate(items)]"
)]
pub trait PaginatedResponse {
    /// The type of one item of the page.
    type Item;

    /// The `next` role: how to read this response's link to the next page, or `None`
    /// (the default) when the type has no such role.
    ///
    /// This one constant says both whether the type has links and how to read them, so a
    /// type cannot have one without the other. When it is `Some`, the link alone decides
    /// whether there is a next page: present and non-empty means yes, absent means no,
    /// whatever the totals say. The derive sets it for a struct with a `next` field; a
    /// hand-written impl sets it to `Some(|page| ...)`.
    const NEXT_LINK: Option<fn(&Self) -> Option<&str>> = None;

    /// A `has_more` flag (Stripe's `has_more`, GraphQL's `hasNextPage`): how to read it,
    /// or `None` (the default) when the type has none.
    ///
    /// It decides as a next link does: `true` means there is a next page and `false` that
    /// this is the last, whatever the totals say. A flag the server leaves out (`None`)
    /// decides nothing, and the other rules apply. A next link, when the type has one,
    /// decides first.
    const HAS_MORE: Option<fn(&Self) -> Option<bool>> = None;

    /// The cursor of the page after this one (Slack's `response_metadata.next_cursor`,
    /// Google's `nextPageToken`, the last item's id for Stripe's `starting_after`): how
    /// to read it, or `None` (the default) when the type has none. A walk by cursors ends
    /// when it is absent or empty.
    const NEXT_CURSOR: Option<fn(&Self) -> Option<&str>> = None;

    /// The number this response type gives the first page, when it differs from the
    /// request's [`first_page`](crate::PageParams::first_page): Spring with
    /// `one-indexed-parameters` takes `page=1` and answers `"number": 0`, so its page
    /// type says `Some(0)`. `None` (the default) means the response numbers pages as the
    /// request does. The derive sets it with `#[paginate(page_base = N)]`.
    const PAGE_BASE: Option<u32> = None;

    /// The items of this page.
    fn items(&self) -> &[Self::Item];

    /// The items of this page, by value.
    fn into_items(self) -> Vec<Self::Item>;

    /// What the server reported about this page and the whole result set, with the total
    /// number of pages computed from the total number of items where it can be.
    fn page_info(&self) -> PageInfo;

    /// The link to the next page, or `None` when the type has no `next` role or the
    /// server sent no link. Read through [`NEXT_LINK`](Self::NEXT_LINK).
    fn next_link(&self) -> Option<&str> {
        Self::NEXT_LINK.and_then(|link| link(self))
    }
}

/// What a response says about its page and the whole result set.
///
/// Every number is `None` when the server did not report it, or reported a number that
/// cannot be right (negative, too large for a `u64`, or a page size of 0).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub struct PageInfo {
    /// The page number the server says it returned.
    pub page: Option<u64>,
    /// The page size the server says it used.
    pub page_size: Option<u64>,
    /// The total number of items across all pages.
    pub total_items: Option<u64>,
    /// The total number of pages: reported, or `ceil(total_items / page_size)`.
    pub total_pages: Option<u64>,
    /// The offset of the page's first item, as the server says it answered (Jira's
    /// `startAt`).
    pub offset: Option<u64>,
}

impl PageInfo {
    /// Builds a `PageInfo` from what the server reported, computing `total_pages` from
    /// `total_items` and `page_size` when the server left it out. A page size of 0 is
    /// treated as unknown.
    #[inline]
    pub fn new(
        page: Option<u64>,
        page_size: Option<u64>,
        total_items: Option<u64>,
        total_pages: Option<u64>,
    ) -> Self {
        let page_size = page_size.filter(|&size| size > 0);
        PageInfo {
            page,
            page_size,
            total_items,
            total_pages: total_pages.or_else(|| Some(total_items?.div_ceil(page_size?))),
            offset: None,
        }
    }

    /// The same, with the offset the server says it answered.
    #[must_use]
    #[inline]
    pub fn with_offset(mut self, offset: Option<u64>) -> Self {
        self.offset = offset;
        self
    }

    /// Fills in the page size when the server did not report one (with the size that was
    /// asked for), and computes `total_pages` when it is missing and can be.
    #[must_use]
    #[inline]
    pub fn or_page_size(self, page_size: u32) -> Self {
        // Through `new` even when the size is known, so that a `total_pages` left out by a
        // hand-written impl is computed too.
        PageInfo::new(
            self.page,
            self.page_size.or(Some(page_size.into())),
            self.total_items,
            self.total_pages,
        )
        .with_offset(self.offset)
    }
}

#[cfg(test)]
mod tests {
    use super::PageInfo;

    #[test]
    fn total_pages_is_the_ceiling_of_items_over_size() {
        assert_eq!(
            PageInfo::new(None, Some(20), Some(41), None).total_pages,
            Some(3)
        );
        assert_eq!(
            PageInfo::new(None, Some(20), Some(40), None).total_pages,
            Some(2)
        );
        assert_eq!(
            PageInfo::new(None, Some(20), Some(1), None).total_pages,
            Some(1)
        );
    }

    #[test]
    fn reported_numbers_are_kept_as_given() {
        let info = PageInfo::new(Some(2), Some(20), Some(41), None);
        assert_eq!(info.page, Some(2));
        assert_eq!(info.page_size, Some(20));
        assert_eq!(info.total_items, Some(41));
    }

    #[test]
    fn reported_total_pages_wins_over_computed() {
        // 41 items of 20 would be 3 pages; the server says 7.
        assert_eq!(
            PageInfo::new(None, Some(20), Some(41), Some(7)).total_pages,
            Some(7)
        );
    }

    #[test]
    fn reported_total_pages_kept_without_size_or_items() {
        assert_eq!(
            PageInfo::new(None, None, None, Some(4)).total_pages,
            Some(4)
        );
    }

    #[test]
    fn page_size_zero_is_unknown() {
        let info = PageInfo::new(None, Some(0), Some(10), None);
        assert_eq!(info.page_size, None);
        assert_eq!(info.total_pages, None);
    }

    #[test]
    fn page_size_zero_keeps_reported_total_pages() {
        assert_eq!(
            PageInfo::new(None, Some(0), Some(10), Some(2)).total_pages,
            Some(2)
        );
    }

    #[test]
    fn total_pages_unknown_without_items_or_size() {
        assert_eq!(PageInfo::new(None, Some(20), None, None).total_pages, None);
        assert_eq!(PageInfo::new(None, None, Some(41), None).total_pages, None);
        assert_eq!(PageInfo::new(None, None, None, None), PageInfo::default());
    }

    #[test]
    fn zero_items_is_zero_pages() {
        assert_eq!(
            PageInfo::new(None, Some(20), Some(0), None).total_pages,
            Some(0)
        );
    }

    #[test]
    fn huge_values_do_not_overflow() {
        assert_eq!(
            PageInfo::new(None, Some(1), Some(u64::MAX), None).total_pages,
            Some(u64::MAX)
        );
        assert_eq!(
            PageInfo::new(None, Some(u64::MAX), Some(u64::MAX), None).total_pages,
            Some(1)
        );
        assert_eq!(
            PageInfo::new(None, Some(u64::MAX), Some(1), None).total_pages,
            Some(1)
        );
        assert_eq!(
            PageInfo::new(None, Some(2), Some(u64::MAX), None).total_pages,
            Some(u64::MAX / 2 + 1)
        );
    }

    #[test]
    fn or_page_size_fills_a_missing_size_and_computes_total_pages() {
        let info = PageInfo::new(Some(1), None, Some(41), None).or_page_size(20);
        assert_eq!(info.page_size, Some(20));
        assert_eq!(info.total_pages, Some(3));
        assert_eq!(info.page, Some(1));
        assert_eq!(info.total_items, Some(41));
    }

    #[test]
    fn or_page_size_keeps_a_reported_size() {
        let info = PageInfo::new(None, Some(10), Some(41), None);
        assert_eq!(info.or_page_size(20), info);
        assert_eq!(info.or_page_size(20).total_pages, Some(5));
    }

    #[test]
    fn or_page_size_replaces_a_reported_zero_size() {
        let info = PageInfo::new(None, Some(0), Some(41), None).or_page_size(20);
        assert_eq!(info.page_size, Some(20));
        assert_eq!(info.total_pages, Some(3));
    }

    #[test]
    fn or_page_size_keeps_reported_total_pages() {
        let info = PageInfo::new(None, None, Some(41), Some(9)).or_page_size(20);
        assert_eq!(info.total_pages, Some(9));
    }

    #[test]
    fn or_page_size_zero_leaves_size_unknown() {
        let info = PageInfo::new(None, None, Some(41), None).or_page_size(0);
        assert_eq!(info.page_size, None);
        assert_eq!(info.total_pages, None);
    }
}
