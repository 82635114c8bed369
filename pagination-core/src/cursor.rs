//! The request side of cursor pagination: Stripe's `starting_after`, Slack's `cursor`,
//! Google's `pageToken`.

use crate::{PageError, PaginatedResponse, rules};

/// How an API names and bounds its cursor and limit parameters.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct CursorParams {
    /// Wire name of the cursor parameter, such as `"cursor"` or `"starting_after"`.
    pub cursor_param: &'static str,
    /// Wire name of the limit parameter, such as `"limit"`.
    pub limit_param: &'static str,
    /// The limit the server uses when none is sent.
    pub default_limit: u32,
    /// The largest limit the server accepts.
    pub max_limit: u32,
}

impl CursorParams {
    /// Clamps a limit into `1..=max_limit`.
    #[inline]
    pub const fn clamp_limit(&self, limit: u32) -> u32 {
        rules::clamp_size(limit, self.max_limit)
    }
}

/// A request for one page of an API paged by cursor: the first page has no cursor, and
/// each page's response gives the cursor of the next.
#[diagnostic::on_unimplemented(
    message = "`{Self}` is not a cursor request",
    label = "`{Self}` does not implement `CursorRequest`",
    note = "add #[derive(Paginated)] and #[paginate(cursor = \"...\", limit = \"...\", default = N, max = N)] to `{Self}`"
)]
pub trait CursorRequest: Sized {
    /// The API's parameter names and its default and maximum limit.
    const PARAMS: CursorParams;

    /// The longest cursor, in bytes, a request carries: a server's cursor longer than
    /// this ends a walk with an error rather than be sent. 64 KiB unless set.
    const MAX_CURSOR_LEN: usize = 65_536;

    /// The cursor this request continues from; `None` for the first page.
    fn cursor(&self) -> Option<&str>;

    /// The effective limit: the limit field, or [`CursorParams::default_limit`] when unset.
    fn limit(&self) -> u32;

    /// Sets the cursor; `None` asks for the first page.
    fn set_cursor(&mut self, cursor: Option<String>);

    /// Sets the limit, clamped into `1..=max_limit`.
    fn set_limit(&mut self, limit: u32);

    /// Returns the request continuing from `cursor`.
    #[must_use]
    fn with_cursor(mut self, cursor: impl Into<String>) -> Self {
        self.set_cursor(Some(cursor.into()));
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

    /// Checks the cursor can be sent (not empty, at most
    /// [`MAX_CURSOR_LEN`](Self::MAX_CURSOR_LEN) bytes) and the limit is in `1..=max_limit`.
    ///
    /// # Errors
    /// [`PageError::CursorOutOfRange`] or [`PageError::PageSizeOutOfRange`].
    fn validate(&self) -> Result<(), PageError> {
        rules::cursor::validate_cursor::<Self>(self.cursor())?;
        rules::offset::validate_limit(self.limit().into(), Self::PARAMS.max_limit)
    }

    /// The request for the page after `response`, or `None` when `response` was the last:
    /// there is a next page iff the response has a next cursor, present and non-empty
    /// (and its `has_more` flag, when it sends one, is `true`). The next request is this
    /// one with the cursor replaced.
    fn next_request<R: PaginatedResponse>(&self, response: &R) -> Option<Self>
    where
        Self: Clone,
    {
        let facts = rules::cursor::facts(self, response, rules::Known::default());
        match rules::decide(&facts) {
            rules::Next::More => {
                let cursor = rules::cursor::next(response)?;
                Some(self.clone().with_cursor(cursor))
            }
            rules::Next::End(_) => None,
        }
    }
}
