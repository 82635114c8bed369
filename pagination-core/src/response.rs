//! The response side: a page's items and what the server says about the rest.

/// One page of results from a page-numbered API.
///
/// Usually derived: `#[derive(Paginated)]` on a struct with an `items` field.
#[diagnostic::on_unimplemented(
    message = "`{Self}` is not a paginated response",
    label = "`{Self}` does not implement `PaginatedResponse`",
    note = "add #[derive(Paginated)] to `{Self}` and mark its list of items with #[paginate(items)]"
)]
pub trait PaginatedResponse {
    /// The type of one item of the page.
    type Item;

    /// Whether this response type carries a link to the next page (a `next` role).
    ///
    /// When `true`, the link alone decides whether there is a next page: present and
    /// non-empty means yes, absent means no, whatever the totals say. The derive sets it
    /// for a struct with a `next` field; a hand-written impl that has a link sets it too.
    const HAS_NEXT_LINK: bool = false;

    /// The items of this page.
    fn items(&self) -> &[Self::Item];

    /// The items of this page, by value.
    fn into_items(self) -> Vec<Self::Item>;

    /// What the server reported about this page and the whole result set, with the total
    /// number of pages computed from the total number of items where it can be.
    fn page_info(&self) -> PageInfo;

    /// The link to the next page, or `None` when the type has no `next` role or the
    /// server sent no link.
    fn next_link(&self) -> Option<&str> {
        None
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
}

impl PageInfo {
    /// Builds a `PageInfo` from what the server reported, computing `total_pages` from
    /// `total_items` and `page_size` when the server left it out. A page size of 0 is
    /// treated as unknown.
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
        }
    }

    /// Fills in the page size when the server did not report one (with the size that was
    /// asked for), and recomputes what depends on it.
    #[must_use]
    pub fn or_page_size(self, page_size: u32) -> Self {
        match self.page_size {
            Some(_) => self,
            None => PageInfo::new(
                self.page,
                Some(page_size.into()),
                self.total_items,
                self.total_pages,
            ),
        }
    }
}
