//! How a walk moves from page to page: by page number, by the server's next links, by
//! offset, or by cursor. Each style is a marker type implementing [`Style`]: the facts
//! of a page and the request of the next come from it, and everything else (the guards,
//! progress, checkpoints, concurrency) is the one walk state machine's.

// The sealed steps name the crate's own page facts: users can neither implement nor call
// them, so those types stay private.
#![allow(private_interfaces)]

use crate::rules::{self, Facts, Known};
use crate::{
    CursorRequest, Error, LinkError, OffsetRequest, PageError, PaginatedRequest, PaginatedResponse,
};

/// What only this crate implements and calls: the style traits' supertraits.
pub(crate) mod sealed {
    use super::{Facts, Known, LinkError};

    pub trait Sealed {}

    /// The steps of a style that read a page's facts.
    pub trait Step<Req, Resp> {
        /// The facts of `response`, the answer to `request`.
        fn facts(request: &Req, response: &Resp, known: Known) -> Facts;

        /// The URL `response` came from, when the walk must remember it beside the token
        /// it was asked by: a link walk's page after a redirect.
        fn came_from<'a>(_: &'a Req, _: &'a Resp) -> Option<&'a str> {
            None
        }

        /// The request of the page after `response`.
        fn advance(request: &Req, facts: &Facts, response: &Resp) -> Result<Req, LinkError>;

        /// Where a link to `response` would lead, when it was not fetched by one, so that
        /// a link back to it is seen as a loop.
        fn address(_: &Req, _: &Resp) -> Option<String> {
            None
        }
    }
}

/// How a walk over requests of type `Req` moves from page to page. Sealed: the styles
/// are [`ByPage`], [`ByLink`](crate::ByLink) (with the `links` feature), [`ByOffset`] and
/// [`ByCursor`].
pub trait Style<Req>: sealed::Sealed {
    /// Whether the pages after the next one can be asked for before it is answered, so
    /// that a walk can fetch ahead. Walks by links and cursors cannot: each address comes
    /// with the page before it.
    #[doc(hidden)]
    const AHEAD: bool;

    /// The number errors and progress give the page `request` asks for, in pages of the
    /// server's `size` where a style counts by it (0: the walk numbers it by its place).
    #[doc(hidden)]
    fn page(request: &Req, size: Option<u64>) -> u32;

    /// Checks the first request.
    ///
    /// # Errors
    /// What is wrong with it.
    #[doc(hidden)]
    fn validate(request: &Req) -> Result<(), PageError>;

    /// Checks a request a server's answer made, before it is sent: what no such request
    /// can carry ends the walk with [`Error::BadCursor`].
    ///
    /// # Errors
    /// What is wrong with it.
    #[doc(hidden)]
    fn check(_: &Req) -> Result<(), PageError> {
        Ok(())
    }

    /// Whether `request` asks for the first page, so that the walk counts items exactly.
    #[doc(hidden)]
    fn starts(request: &Req) -> bool;

    /// Where `request` is, to tell a page fetched ahead from another: its page number, or
    /// its offset.
    #[doc(hidden)]
    fn key(request: &Req) -> u64;

    /// The link or cursor `request` fetches by, which a walk must not see twice.
    #[doc(hidden)]
    fn token(request: &Req) -> Option<&str>;

    /// What a walk remembers of a token it fetched by, to tell it again: a hash of it.
    #[doc(hidden)]
    fn fingerprint(token: &str) -> u64 {
        super::hash(token)
    }

    /// The request `steps` pages after `request` (the walk's next), when the totals
    /// (`total_items`, `total_pages` with the server's page `size`) say it exists.
    #[doc(hidden)]
    fn ahead(request: &Req, steps: u64, ahead: &Ahead) -> Option<Req>;

    /// The request of page `page`, asked for by number (a resume value).
    #[doc(hidden)]
    fn at_page(request: &Req, page: u32) -> Req;

    /// Lowers the request's limit to `left` items, where the style has a limit.
    #[doc(hidden)]
    fn at_most(request: Req, left: u64) -> Req;

    /// The error of a walk whose next page's link or cursor, `token`, it fetched by
    /// already.
    #[doc(hidden)]
    fn revisited<E>(page: u32, token: String, resume: Req) -> Error<E, Req> {
        Error::LinkLoop {
            page,
            link: token,
            resume: Box::new(resume),
        }
    }
}

/// What a walk knows of the pages after the next one.
#[doc(hidden)]
#[derive(Debug, Clone, Copy)]
pub struct Ahead {
    /// The server's page size.
    pub size: Option<u64>,
    /// The total number of items.
    pub total_items: Option<u64>,
    /// The total number of pages.
    pub total_pages: Option<u64>,
}

/// How a walk moves on once `Resp` answered a request of type `Req`: implemented by each
/// style for the responses it can read.
pub trait StyleFor<Req, Resp>: Style<Req> + sealed::Step<Req, Resp> {}

impl<S: Style<Req> + sealed::Step<Req, Resp>, Req, Resp> StyleFor<Req, Resp> for S {}

/// Pages by number: [`paginate`](crate::paginate).
#[derive(Debug, Clone, Copy, Default)]
pub struct ByPage;

/// Pages by offset: [`paginate_offsets`](crate::paginate_offsets).
#[derive(Debug, Clone, Copy, Default)]
pub struct ByOffset;

/// Pages by cursor: [`paginate_cursors`](crate::paginate_cursors).
#[derive(Debug, Clone, Copy, Default)]
pub struct ByCursor;

impl sealed::Sealed for ByPage {}
impl sealed::Sealed for ByOffset {}
impl sealed::Sealed for ByCursor {}

/// A limit of `limit` lowered to the `left` items a walk still wants (at least 1).
fn lowered(limit: u32, left: u64) -> u32 {
    u32::try_from(left.max(1)).map_or(limit, |left| limit.min(left))
}

/// The last page number the totals tell, for a request type numbering from `first`.
fn last_page<Req: PaginatedRequest>(ahead: &Ahead) -> Option<u32> {
    let total = ahead.total_pages?;
    let last = u64::from(Req::PARAMS.first_page).saturating_add(total.saturating_sub(1));
    Some(u32::try_from(last).unwrap_or(u32::MAX).min(Req::MAX_PAGE))
}

impl<Req: PaginatedRequest + Clone> Style<Req> for ByPage {
    const AHEAD: bool = true;

    fn page(request: &Req, _: Option<u64>) -> u32 {
        request.page()
    }

    fn validate(request: &Req) -> Result<(), PageError> {
        request.validate()
    }

    fn starts(request: &Req) -> bool {
        request.page() == Req::PARAMS.first_page
    }

    fn key(request: &Req) -> u64 {
        request.page().into()
    }

    fn token(_: &Req) -> Option<&str> {
        None
    }

    fn ahead(request: &Req, steps: u64, ahead: &Ahead) -> Option<Req> {
        let page = u64::from(request.page()).checked_add(steps)?;
        let page = u32::try_from(page).ok()?;
        (page <= last_page::<Req>(ahead)?).then(|| Self::at_page(request, page))
    }

    fn at_page(request: &Req, page: u32) -> Req {
        request.clone().with_page(page)
    }

    fn at_most(request: Req, _: u64) -> Req {
        // A page's size is part of its number's arithmetic: it stays.
        request
    }
}

impl<Req: PaginatedRequest + Clone, Resp: PaginatedResponse> sealed::Step<Req, Resp> for ByPage {
    fn facts(request: &Req, response: &Resp, known: Known) -> Facts {
        Facts::by_page(request, response, known)
    }

    fn advance(request: &Req, facts: &Facts, _: &Resp) -> Result<Req, LinkError> {
        Ok(Self::at_page(request, facts.page.saturating_add(1)))
    }
}

impl<Req: OffsetRequest + Clone> Style<Req> for ByOffset {
    const AHEAD: bool = true;

    fn page(request: &Req, size: Option<u64>) -> u32 {
        let before = request.offset().saturating_sub(Req::PARAMS.first_offset);
        let size = size.unwrap_or_else(|| request.limit().into());
        let index = before.checked_div(size).unwrap_or(0);
        u32::try_from(index.saturating_add(1)).unwrap_or(u32::MAX)
    }

    fn validate(request: &Req) -> Result<(), PageError> {
        request.validate()
    }

    fn starts(request: &Req) -> bool {
        request.offset() == Req::PARAMS.first_offset
    }

    fn key(request: &Req) -> u64 {
        request.offset()
    }

    fn token(_: &Req) -> Option<&str> {
        None
    }

    fn ahead(request: &Req, steps: u64, ahead: &Ahead) -> Option<Req> {
        let size = ahead.size.or(Some(request.limit().into()))?;
        let offset = request.offset().checked_add(steps.checked_mul(size)?)?;
        let before = offset.saturating_sub(Req::PARAMS.first_offset);
        (before < ahead.total_items? && offset <= Req::MAX_OFFSET)
            .then(|| request.clone().with_offset(offset))
    }

    fn at_page(request: &Req, _: u32) -> Req {
        request.clone()
    }

    fn at_most(request: Req, left: u64) -> Req {
        let limit = lowered(request.limit(), left);
        request.with_limit(limit)
    }
}

impl<Req: OffsetRequest + Clone, Resp: PaginatedResponse> sealed::Step<Req, Resp> for ByOffset {
    fn facts(request: &Req, response: &Resp, known: Known) -> Facts {
        rules::offset::facts(request, response, known)
    }

    fn advance(request: &Req, facts: &Facts, _: &Resp) -> Result<Req, LinkError> {
        Ok(request
            .clone()
            .with_offset(rules::offset::next(request, facts)))
    }
}

impl<Req: CursorRequest + Clone> Style<Req> for ByCursor {
    const AHEAD: bool = false;

    fn page(_: &Req, _: Option<u64>) -> u32 {
        // A cursor page has no number of its own; the walk numbers it by its place.
        0
    }

    fn validate(request: &Req) -> Result<(), PageError> {
        request.validate()
    }

    fn starts(request: &Req) -> bool {
        request.cursor().is_none()
    }

    fn check(request: &Req) -> Result<(), PageError> {
        rules::cursor::validate_cursor::<Req>(request.cursor())
    }

    fn key(_: &Req) -> u64 {
        0
    }

    fn token(request: &Req) -> Option<&str> {
        request.cursor()
    }

    fn ahead(_: &Req, _: u64, _: &Ahead) -> Option<Req> {
        None
    }

    fn at_page(request: &Req, _: u32) -> Req {
        request.clone()
    }

    fn at_most(request: Req, left: u64) -> Req {
        let limit = lowered(request.limit(), left);
        request.with_limit(limit)
    }

    fn revisited<E>(page: u32, token: String, resume: Req) -> Error<E, Req> {
        Error::CursorLoop {
            page,
            cursor: token,
            resume: Box::new(resume),
        }
    }
}

impl<Req: CursorRequest + Clone, Resp: PaginatedResponse> sealed::Step<Req, Resp> for ByCursor {
    fn facts(request: &Req, response: &Resp, known: Known) -> Facts {
        rules::cursor::facts(request, response, known)
    }

    fn advance(request: &Req, _: &Facts, response: &Resp) -> Result<Req, LinkError> {
        let cursor = rules::cursor::next(response).unwrap_or_default();
        Ok(request.clone().with_cursor(cursor))
    }
}
