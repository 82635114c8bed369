//! Errors about page numbers and page sizes.

use core::fmt;

/// A page number or page size outside what the API accepts.
///
/// Returned by [`PaginatedRequest::validate`](crate::PaginatedRequest::validate) and
/// [`PaginatedRequest::try_with_page_size`](crate::PaginatedRequest::try_with_page_size).
/// Every variant names the offending value and the range that is allowed.
///
/// Values are carried as `i128` so that a negative number in a signed field can be
/// reported as it is; a `u128` beyond `i128::MAX` is reported as `i128::MAX`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum PageError {
    /// The page number is below the first page, or above the largest page the request
    /// can ask for.
    PageOutOfRange {
        /// The page number that was given.
        page: i128,
        /// The first page (`0` or `1`).
        first: u32,
        /// The largest page number the request can hold.
        last: u32,
    },
    /// The page size is `0` or larger than the server's maximum.
    PageSizeOutOfRange {
        /// The page size that was given.
        size: i128,
        /// The largest page size the server accepts.
        max: u32,
    },
    /// Advancing past this page would overflow the page number.
    PageOverflow {
        /// The page that has no successor.
        page: u32,
    },
}

impl fmt::Display for PageError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match *self {
            PageError::PageOutOfRange { page, first, last } => write!(
                f,
                "page {page} is out of range: pages are numbered from {first} to {last}"
            ),
            PageError::PageSizeOutOfRange { size, max } => write!(
                f,
                "page size {size} is out of range: use a size from 1 to {max}, \
                 or `with_page_size` to clamp it into that range"
            ),
            PageError::PageOverflow { page } => write!(
                f,
                "page {page} is the last page number this request can hold; \
                 there is no page after it"
            ),
        }
    }
}

impl std::error::Error for PageError {}
