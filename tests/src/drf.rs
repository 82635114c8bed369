//! Django REST framework's `PageNumberPagination`: `page` (from 1) and `page_size`
//! (default 25, at most 100) in the query string; the answer
//! `{"count", "next", "previous", "results"}` with absolute `next`/`previous` URLs, and a
//! 404 past the last page.

use pagination_core::Paginated;
use serde::{Deserialize, Serialize};

/// `GET /api/books/?page=&page_size=`
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, Paginated)]
#[paginate(size = "page_size", default = 25, max = 100)]
pub struct ListBooks {
    /// Page number, from 1.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub page: Option<u32>,
    /// Books per page.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub page_size: Option<u32>,
}

/// One book.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Book {
    /// The book's id, from 1.
    pub id: u64,
    /// Its title.
    pub title: String,
}

/// The answer to [`ListBooks`].
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Paginated)]
pub struct BookPage {
    /// How many books there are in all.
    #[paginate(total_items)]
    pub count: u64,
    /// The next page's absolute URL; `null` on the last page.
    #[paginate(next)]
    pub next: Option<String>,
    /// The previous page's absolute URL; `null` on the first page.
    pub previous: Option<String>,
    /// The page's books.
    #[paginate(items)]
    pub results: Vec<Book>,
}
