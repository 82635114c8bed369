//! The request side of offset/limit pagination: Jira's `startAt`/`maxResults`, Spotify's
//! `offset`/`limit`, JSON:API's `page[offset]`/`page[limit]`.

use crate::{PageError, PaginatedResponse, rules};

/// How an API names and bounds its offset and limit parameters.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct OffsetParams {
    /// Wire name of the offset parameter, such as `"offset"` or `"startAt"`.
    pub offset_param: &'static str,
    /// Wire name of the limit parameter, such as `"limit"` or `"maxResults"`.
    pub limit_param: &'static str,
    /// The limit the server uses when none is sent.
    pub default_limit: u32,
    /// The largest limit the server accepts.
    pub max_limit: u32,
    /// The offset of the first item: `0` for most APIs.
    pub first_offset: u64,
}

impl OffsetParams {
    /// Clamps a limit into `1..=max_limit`.
    #[inline]
    pub const fn clamp_limit(&self, limit: u32) -> u32 {
        rules::clamp_size(limit, self.max_limit)
    }
}

/// A request for one page of an API paged by offset and limit.
///
/// The next request asks from the current offset plus the items received, not plus the
/// limit, so a server that serves fewer items than asked loses nothing.
#[diagnostic::on_unimplemented(
    message = "`{Self}` is not an offset/limit request",
    label = "`{Self}` does not implement `OffsetRequest`",
    note = "add #[derive(Paginated)] and #[paginate(offset = \"...\", limit = \"...\", default = N, max = N)] to `{Self}`"
)]
pub trait OffsetRequest: Sized {
    /// The API's parameter names, default and maximum limit, and first offset.
    const PARAMS: OffsetParams;

    /// The largest offset the request can hold. There is no page after it.
    const MAX_OFFSET: u64 = u64::MAX;

    /// The effective offset: the offset field, or [`OffsetParams::first_offset`] when unset.
    fn offset(&self) -> u64;

    /// The effective limit: the limit field, or [`OffsetParams::default_limit`] when unset.
    fn limit(&self) -> u32;

    /// Sets the offset, saturating at [`MAX_OFFSET`](Self::MAX_OFFSET).
    fn set_offset(&mut self, offset: u64);

    /// Sets the limit, clamped into `1..=max_limit`.
    fn set_limit(&mut self, limit: u32);

    /// Returns the request from offset `offset`.
    #[must_use]
    fn with_offset(mut self, offset: u64) -> Self {
        self.set_offset(offset);
        self
    }

    /// Returns the request with limit `limit`, clamped into `1..=max_limit`.
    #[must_use]
    fn with_limit(mut self, limit: u32) -> Self {
        self.set_limit(limit);
        self
    }

    /// Returns the request with the largest limit the server accepts.
    #[must_use]
    fn with_max_limit(self) -> Self {
        self.with_limit(Self::PARAMS.max_limit)
    }

    /// Checks the offset and limit: the offset is at least the first offset, and the
    /// limit in `1..=max_limit`.
    ///
    /// # Errors
    /// [`PageError::OffsetOutOfRange`] or [`PageError::PageSizeOutOfRange`].
    fn validate(&self) -> Result<(), PageError> {
        rules::offset::validate::<Self>(self.offset().into(), self.limit().into())
    }

    /// The request for the page after `response`, or `None` when `response` was the last.
    ///
    /// The rules, in order: a `has_more` flag decides when the server sends it; else the
    /// total number of items, when known: iff fewer items have been seen than the total;
    /// else iff the page held as many items as asked. An empty page is always the last.
    /// The next request starts at this one's offset plus the items received.
    fn next_request<R: PaginatedResponse>(&self, response: &R) -> Option<Self>
    where
        Self: Clone,
    {
        let facts = rules::offset::facts(self, response, rules::Known::default());
        match rules::decide(&facts) {
            rules::Next::More => Some(self.clone().with_offset(rules::offset::next(self, &facts))),
            rules::Next::End(_) => None,
        }
    }
}
