//! Django REST framework's `PageNumberPagination`: `GET /api/books/?page=&page_size=`.

use axum::http::StatusCode;
use serde::Serialize;

use crate::data;
use crate::fake::{AboveMax, Bad, FakeApi, LinkFormat, Paging, Rejection, Served};
use crate::http::{ErrorAnswer, PageAnswer, Request};
use crate::links::Order;

/// `GET /api/books/`, a `ListAPIView` with `page_size = 25`, `page_size_query_param =
/// "page_size"` and `max_page_size = 100`.
pub(crate) struct Books;

/// DRF's error body: `{"detail": "…"}`.
#[derive(Serialize)]
struct Detail {
    detail: &'static str,
}

#[derive(Serialize)]
struct BooksPage {
    /// Left out only by the totals faults.
    #[serde(skip_serializing_if = "Option::is_none")]
    count: Option<i128>,
    next: Option<String>,
    previous: Option<String>,
    results: Vec<Book>,
}

#[derive(Serialize)]
struct Book {
    id: u64,
    title: String,
}

/// What DRF answers for a page that is not a number, below 1, or past the last.
fn invalid_page() -> ErrorAnswer {
    let detail = Detail {
        detail: "Invalid page.",
    };
    ErrorAnswer::json(StatusCode::NOT_FOUND, &detail)
}

impl FakeApi for Books {
    const METHOD: &'static str = "GET";
    const PATH: &'static str = "/api/books/";
    const ITEMS: usize = crate::DRF_BOOKS;
    /// `get_page_size` serves a `page_size` that is not a positive integer at the default, and
    /// one above the maximum at the maximum.
    const PAGING: Paging = Paging {
        bad_size: Bad::Default,
        ..Paging::query("page", "page_size", 25, 100, AboveMax::Clamp)
    };
    /// `replace_query_param` sorts the parameters and leaves `page_size` as sent.
    const LINKS: LinkFormat = LinkFormat {
        absolute: true,
        order: Order::Sorted,
        size: false,
    };
    type Params = ();

    /// `Authorization: Token <key>`, the keyword in any case, as `TokenAuthentication` reads it.
    fn authorized(&self, request: &Request<'_>) -> bool {
        request.credentials("token") == Some(crate::DRF_TOKEN)
    }

    /// Only the page is ever refused, with a 404: the page size falls back to its default.
    fn reject(&self, rejection: Rejection) -> ErrorAnswer {
        match rejection {
            Rejection::Unauthorized => {
                let detail = Detail {
                    detail: "Invalid token.",
                };
                ErrorAnswer::json(rejection.status(), &detail).header("www-authenticate", "Token")
            }
            Rejection::Page | Rejection::Size => invalid_page(),
        }
    }

    /// Django's paginator has a first page even when there is nothing to list, and no page
    /// after the last.
    fn past_end(&self, page: &Served<'_>) -> Option<ErrorAnswer> {
        (page.page > page.last_page(page.len)).then(invalid_page)
    }

    fn render(&self, page: &Served<'_>, (): &()) -> PageAnswer {
        // The link to page 1 has no `page` parameter at all.
        let previous = page
            .has_prev()
            .then(|| page.href(page.origin(), Some(page.page - 1).filter(|&p| p > 1)));
        PageAnswer::json(&BooksPage {
            count: page.total_items(page.len),
            next: page.next_href(page.len),
            previous,
            results: page.range(page.len).map(book).collect(),
        })
    }
}

/// DRF book `i`.
fn book(i: usize) -> Book {
    Book {
        id: data::drf_book_id(i),
        title: format!("Book {i}"),
    }
}
