//! The request side: which page to ask for, and how large.

use crate::{PageError, PageQuery, PaginatedResponse, rules};

/// How an API names and bounds its pagination parameters.
///
/// The derive fills this in from `#[paginate(...)]`; a hand-written
/// [`PaginatedRequest`] writes it as a constant.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct PageParams {
    /// Wire name of the page-number parameter, such as `"page"`.
    pub page_param: &'static str,
    /// Wire name of the page-size parameter, such as `"pageSize"` or `"per_page"`.
    pub size_param: &'static str,
    /// The page size the server uses when none is sent.
    pub default_size: u32,
    /// The largest page size the server accepts.
    pub max_size: u32,
    /// The number of the first page: `1` for most APIs, `0` for some.
    pub first_page: u32,
}

impl PageParams {
    /// Clamps a page size into `1..=max_size`.
    #[inline]
    pub const fn clamp_size(&self, size: u32) -> u32 {
        rules::clamp_size(size, self.max_size)
    }
}

/// A request for one page of a page-numbered API.
///
/// Usually derived: `#[derive(Paginated)]` on a struct without an `items` field.
/// The required methods read and write the request's own page and size fields;
/// the provided ones build on them.
#[diagnostic::on_unimplemented(
    message = "`{Self}` is not a paginated request",
    label = "`{Self}` does not implement `PaginatedRequest`",
    note = "add #[derive(Paginated)] and #[paginate(size = \"...\", default = N, max = N)] to `{Self}`"
)]
pub trait PaginatedRequest: Sized {
    /// The API's parameter names, default and maximum page size, and first page.
    const PARAMS: PageParams;

    /// The largest page number this request can hold (`u32::MAX` unless the page field
    /// is a smaller integer type). There is no page after it.
    const MAX_PAGE: u32 = u32::MAX;

    /// The effective page: the page field, or [`PageParams::first_page`] when unset.
    ///
    /// A value outside `first_page..=MAX_PAGE` (set on the field directly) is clamped into
    /// that range; [`validate`](Self::validate) reports it instead.
    fn page(&self) -> u32;

    /// The effective page size: the size field, or [`PageParams::default_size`] when unset.
    ///
    /// A value outside `1..=max_size` (set on the field directly) is clamped into that
    /// range; [`validate`](Self::validate) reports it instead.
    fn page_size(&self) -> u32;

    /// Sets the page number, saturating at [`MAX_PAGE`](Self::MAX_PAGE).
    fn set_page(&mut self, page: u32);

    /// Sets the page size, clamped into `1..=max_size`.
    fn set_page_size(&mut self, size: u32);

    /// Returns the request for page `page`.
    #[must_use]
    fn with_page(mut self, page: u32) -> Self {
        self.set_page(page);
        self
    }

    /// Returns the request with page size `size`, clamped into `1..=max_size`
    /// (as Spring Data and Django REST framework do).
    #[must_use]
    fn with_page_size(mut self, size: u32) -> Self {
        self.set_page_size(size);
        self
    }

    /// Returns the request with the largest page size the server accepts: the fewest
    /// requests for a full walk, and the gentlest on rate limits.
    #[must_use]
    fn with_max_page_size(self) -> Self {
        self.with_page_size(Self::PARAMS.max_size)
    }

    /// Returns the request with page size `size`, or an error if `size` is `0` or larger
    /// than the server's maximum.
    ///
    /// # Errors
    /// [`PageError::PageSizeOutOfRange`] when `size` is not in `1..=max_size`.
    fn try_with_page_size(self, size: u32) -> Result<Self, PageError> {
        if size == 0 || size > Self::PARAMS.max_size {
            return Err(PageError::PageSizeOutOfRange {
                size: size.into(),
                max: Self::PARAMS.max_size,
            });
        }
        Ok(self.with_page_size(size))
    }

    /// Checks the request's raw page and size fields: the page is in
    /// `first_page..=MAX_PAGE` and the size in `1..=max_size`. Unset fields are valid.
    ///
    /// The derive checks the fields as they are stored; this default, for hand-written
    /// impls, can only check [`page`](Self::page) and [`page_size`](Self::page_size).
    ///
    /// # Errors
    /// [`PageError::PageOutOfRange`] or [`PageError::PageSizeOutOfRange`].
    fn validate(&self) -> Result<(), PageError> {
        rules::validate::<Self>(Some(self.page().into()), Some(self.page_size().into()))
    }

    /// The page and size as query parameters, such as `page=5&pageSize=20`.
    ///
    /// Each set field is written as it is stored, as `serde_urlencoded` writes it; an
    /// unset (`None`) field writes nothing, as `serde_urlencoded` writes nothing for
    /// `None`, so the server applies its own default, which is what [`page`](Self::page)
    /// and [`page_size`](Self::page_size) report. A stored value that no `u32` can hold
    /// (negative, or above `u32::MAX`) is written saturated; [`validate`](Self::validate)
    /// rejects such a request, and so do the walkers.
    ///
    /// This default, for hand-written impls, writes both effective values.
    fn page_query(&self) -> PageQuery {
        PageQuery::new(
            Some((Self::PARAMS.page_param, self.page())),
            Some((Self::PARAMS.size_param, self.page_size())),
        )
    }

    /// The request for the page after `response`, or `None` when `response` was the last
    /// page.
    ///
    /// The rules, in order: a response type with a `next` link has a next page iff the
    /// link is present and non-empty; else, when the total number of pages is known
    /// (reported, or computed from the total number of items), iff this is not the last
    /// page; else, when the total number of items is known, iff fewer items have been
    /// seen than the total; else iff the page was full. An empty page is always the last,
    /// and so is [`MAX_PAGE`](Self::MAX_PAGE).
    ///
    /// The next request is this one with the page number advanced by one and everything
    /// else unchanged.
    fn next_request<R: PaginatedResponse>(&self, response: &R) -> Option<Self>
    where
        Self: Clone,
    {
        match rules::next_page(self, response) {
            rules::Next::More => Some(self.clone().with_page(self.page().saturating_add(1))),
            rules::Next::End(_) => None,
        }
    }
}
