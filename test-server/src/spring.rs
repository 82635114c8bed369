//! Spring Data: a `Page<Customer>` returned by a Spring MVC controller, as Jackson serializes
//! `PageImpl`: `GET /api/customers?page=&size=` with pages from 0, and the same data on
//! `GET /api/v2/customers` with `spring.data.web.pageable.one-indexed-parameters=true`.

use axum::http::StatusCode;
use serde::Serialize;

use crate::data;
use crate::fake::{AboveMax, Bad, FakeApi, Mode, Paging, Rejection, Served};
use crate::http::{ErrorAnswer, PageAnswer, Request};

/// `GET /api/customers` (`ONE_INDEXED` false) or `GET /api/v2/customers` (true, where the
/// request's `page` counts from 1 and the answer's `number` still from 0).
pub(crate) struct Customers<const ONE_INDEXED: bool>;

/// Every error's `timestamp`, fixed so answers are deterministic.
const TIMESTAMP: &str = "2024-05-01T10:00:00.000+00:00";

/// Spring Boot's error body, from its `BasicErrorController`.
#[derive(Serialize)]
struct BootError {
    timestamp: &'static str,
    status: u16,
    error: &'static str,
    path: &'static str,
}

/// `PageImpl`'s properties, in the order Jackson writes them.
#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct PageBody {
    content: Vec<Customer>,
    pageable: Pageable,
    last: bool,
    /// Left out, like `totalPages`, only by the totals faults.
    #[serde(skip_serializing_if = "Option::is_none")]
    total_elements: Option<i128>,
    #[serde(skip_serializing_if = "Option::is_none")]
    total_pages: Option<i128>,
    size: u32,
    number: u32,
    sort: Sort,
    first: bool,
    number_of_elements: usize,
    empty: bool,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Pageable {
    page_number: u32,
    page_size: u32,
    sort: Sort,
    offset: u64,
    paged: bool,
    unpaged: bool,
}

#[derive(Serialize, Clone, Copy)]
struct Sort {
    empty: bool,
    sorted: bool,
    unsorted: bool,
}

/// The controller asks for no sort.
const UNSORTED: Sort = Sort {
    empty: true,
    sorted: false,
    unsorted: true,
};

/// The entity of Spring's "Accessing Data with JPA" guide.
#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Customer {
    id: u64,
    first_name: &'static str,
    last_name: &'static str,
}

/// The guide's customers, repeated.
const NAMES: [(&str, &str); 5] = [
    ("Jack", "Bauer"),
    ("Chloe", "O'Brian"),
    ("Kim", "Bauer"),
    ("David", "Palmer"),
    ("Michelle", "Dessler"),
];

impl<const ONE_INDEXED: bool> FakeApi for Customers<ONE_INDEXED> {
    const METHOD: &'static str = "GET";
    const PATH: &'static str = if ONE_INDEXED {
        "/api/v2/customers"
    } else {
        "/api/customers"
    };
    const ITEMS: usize = crate::SPRING_CUSTOMERS;
    /// `PageableHandlerMethodArgumentResolver`: `size` defaults to 20 and is clamped to 2000; a
    /// page or size that does not parse, or is out of range, falls back to its default.
    const PAGING: Paging = Paging {
        mode: Mode::Page {
            first: if ONE_INDEXED { 1 } else { 0 },
            bad: Bad::Default,
        },
        bad_size: Bad::Default,
        ..Paging::query("page", "size", 20, 2000, AboveMax::Clamp)
    };
    type Params = ();

    /// HTTP Basic, as Spring Security's `httpBasic()` checks it.
    fn authorized(&self, request: &Request<'_>) -> bool {
        request.basic_is(crate::SPRING_USER, crate::SPRING_PASSWORD)
    }

    /// Paging is never refused; a 401 comes with Spring Security's `WWW-Authenticate`.
    fn reject(&self, rejection: Rejection) -> ErrorAnswer {
        let status = rejection.status();
        let body = BootError {
            timestamp: TIMESTAMP,
            status: status.as_u16(),
            error: status.canonical_reason().unwrap_or_default(),
            path: Self::PATH,
        };
        let answer = ErrorAnswer::json(status, &body);
        if status == StatusCode::UNAUTHORIZED {
            answer.header("www-authenticate", r#"Basic realm="Realm""#)
        } else {
            answer
        }
    }

    fn render(&self, page: &Served<'_>, (): &()) -> PageAnswer {
        let content: Vec<Customer> = page.range(page.len).map(customer).collect();
        let number_of_elements = content.len();
        PageAnswer::json(&PageBody {
            pageable: Pageable {
                page_number: page.index(),
                page_size: page.size,
                sort: UNSORTED,
                offset: u64::from(page.index()) * u64::from(page.size),
                paged: true,
                unpaged: false,
            },
            last: !page.has_next(page.len),
            total_elements: page.total_items(page.len),
            total_pages: page.total_pages(page.pages(page.len)),
            size: page.size,
            number: page.index(),
            sort: UNSORTED,
            first: !page.has_prev(),
            number_of_elements,
            empty: content.is_empty(),
            content,
        })
    }
}

/// Spring customer `i`.
fn customer(i: usize) -> Customer {
    let (first_name, last_name) = NAMES[i % NAMES.len()];
    Customer {
        id: data::spring_customer_id(i),
        first_name,
        last_name,
    }
}
