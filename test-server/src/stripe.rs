//! Stripe: `GET /v1/customers?limit=&starting_after=`, a list object paged by the last item's
//! id.

use axum::http::StatusCode;
use serde::Serialize;

use crate::data;
use crate::fake::{AboveMax, FakeApi, Mode, Paging, Rejection, Served};
use crate::http::{self, ErrorAnswer, PageAnswer, Request};

/// `GET /v1/customers`.
pub(crate) struct Customers;

/// Stripe's error body: `{"error": {…}}`.
#[derive(Serialize)]
struct ErrorBody {
    error: Error,
}

#[derive(Serialize)]
struct Error {
    #[serde(skip_serializing_if = "Option::is_none")]
    code: Option<&'static str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    doc_url: Option<String>,
    message: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    param: Option<&'static str>,
    #[serde(rename = "type")]
    kind: &'static str,
}

/// A list object.
#[derive(Serialize)]
struct List {
    object: &'static str,
    url: &'static str,
    has_more: bool,
    data: Vec<Customer>,
}

#[derive(Serialize)]
struct Customer {
    id: String,
    object: &'static str,
    created: u64,
    email: String,
    livemode: bool,
    name: String,
}

/// A 400 `invalid_request_error` with this `code`, about `param`.
fn invalid(code: &'static str, param: &'static str, message: String) -> ErrorAnswer {
    let error = Error {
        code: Some(code),
        doc_url: Some(format!(
            "https://stripe.com/docs/error-codes/{}",
            code.replace('_', "-")
        )),
        message,
        param: Some(param),
        kind: "invalid_request_error",
    };
    ErrorAnswer::json(StatusCode::BAD_REQUEST, &ErrorBody { error })
}

/// Where a page after the customer `id` starts.
fn after(id: &str) -> Option<u32> {
    u32::try_from(data::stripe_customer_index(id)? + 1).ok()
}

impl FakeApi for Customers {
    const METHOD: &'static str = "GET";
    const PATH: &'static str = "/v1/customers";
    const ITEMS: usize = crate::STRIPE_CUSTOMERS;
    /// `limit` defaults to 10; Stripe refuses one outside 1..=100.
    const PAGING: Paging = Paging {
        mode: Mode::Cursor(after),
        ..Paging::query("starting_after", "limit", 10, 100, AboveMax::Reject)
    };
    type Params = ();

    /// `Authorization: Bearer <secret key>`.
    fn authorized(&self, request: &Request<'_>) -> bool {
        request.credentials("bearer") == Some(crate::STRIPE_KEY)
    }

    fn reject(&self, rejection: Rejection) -> ErrorAnswer {
        match rejection {
            Rejection::Unauthorized => {
                let error = Error {
                    code: None,
                    doc_url: None,
                    message: String::from("Invalid API Key provided."),
                    param: None,
                    kind: "invalid_request_error",
                };
                ErrorAnswer::json(rejection.status(), &ErrorBody { error })
                    .header("www-authenticate", r#"Basic realm="Stripe""#)
            }
            Rejection::Page => self.reject_position(""),
            Rejection::Size => invalid(
                "parameter_invalid_integer",
                "limit",
                String::from("Invalid limit: must be between 1 and 100"),
            ),
        }
    }

    /// An id that is not a customer's, as Stripe words it.
    fn reject_position(&self, sent: &str) -> ErrorAnswer {
        let message = format!("No such customer: '{sent}'");
        invalid("resource_missing", "starting_after", message)
    }

    /// Stripe hands out no cursor: the next `starting_after` is the last item's id. So a
    /// cursor fault serves the page that ends where it says the next one starts.
    fn render(&self, page: &Served<'_>, (): &()) -> PageAnswer {
        let items = match page.next_fault() {
            Some(end) => {
                let start = end.saturating_sub(page.size as usize);
                http::item_range(start, page.size, end.min(page.len))
            }
            None => page.range(page.len),
        };
        PageAnswer::json(&List {
            object: "list",
            url: Self::PATH,
            has_more: page.next_start(page.len).is_some(),
            data: items.map(customer).collect(),
        })
    }
}

/// Stripe customer `i`.
fn customer(i: usize) -> Customer {
    Customer {
        id: data::stripe_customer_id(i),
        object: "customer",
        created: data::stripe_created(i),
        email: format!("customer{i}@example.com"),
        livemode: false,
        name: format!("Customer {i}"),
    }
}
