//! Codat: `GET /companies/{companyId}/data/invoices?page=&pageSize=&query=`.

use std::fmt::Write as _;

use axum::http::StatusCode;
use axum::response::Response;
use base64::Engine as _;
use serde::Serialize;

use crate::data::{self, InvoiceStatus};
use crate::faults::{ApiState, Decision, LinkStyle};
use crate::http::{self, Num, Request};

/// `page`'s default.
const DEFAULT_PAGE: u32 = 1;
/// `pageSize`'s default.
const DEFAULT_PAGE_SIZE: u32 = 100;
/// `pageSize`'s maximum: larger values are clamped to it, and the answer says so.
const MAX_PAGE_SIZE: u32 = 5000;

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Error {
    status_code: u16,
    error: &'static str,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct InvoicesPage {
    results: Vec<Invoice>,
    page_number: u32,
    page_size: u32,
    total_results: usize,
    #[serde(rename = "_links")]
    links: Links,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
#[allow(
    clippy::struct_field_names,
    reason = "the wire name is `invoiceNumber`"
)]
struct Invoice {
    id: String,
    invoice_number: String,
    total_amount: f64,
    status: &'static str,
}

#[derive(Serialize)]
struct Links {
    #[serde(rename = "self")]
    self_link: Href,
    current: Href,
    #[serde(skip_serializing_if = "Option::is_none")]
    next: Option<Href>,
    #[serde(skip_serializing_if = "Option::is_none")]
    previous: Option<Href>,
}

#[derive(Serialize)]
struct Href {
    href: String,
}

fn error(status: StatusCode, message: &'static str) -> Response {
    http::json(
        status,
        &Error {
            status_code: status.as_u16(),
            error: message,
        },
    )
}

/// Whether the request carries `Authorization: Basic <base64 of the API key>`.
fn authorized(request: &Request<'_>) -> bool {
    let Some((scheme, credentials)) = request
        .authorization()
        .and_then(|value| value.split_once(' '))
    else {
        return false;
    };
    scheme.eq_ignore_ascii_case("basic")
        && base64::engine::general_purpose::STANDARD
            .decode(credentials.trim())
            .is_ok_and(|key| key == crate::CODAT_KEY.as_bytes())
}

/// `GET /companies/{company_id}/data/invoices`. Returns the page to record and the answer.
pub(crate) fn list_invoices(
    request: &Request<'_>,
    state: &mut ApiState,
    company_id: &str,
) -> (u32, Response) {
    let page = Num::from_query(request.param("page"));
    let page_size = Num::from_query(request.param("pageSize"));
    let recorded = page.recorded_page();
    if !authorized(request) {
        return (recorded, error(StatusCode::UNAUTHORIZED, "Unauthorized"));
    }
    let Some(page) = page.positive_or(DEFAULT_PAGE) else {
        let response = error(StatusCode::BAD_REQUEST, "Page must be a positive integer");
        return (recorded, response);
    };
    let Some(page_size) = page_size.positive_or(DEFAULT_PAGE_SIZE) else {
        let response = error(
            StatusCode::BAD_REQUEST,
            "Page size must be a positive integer",
        );
        return (recorded, response);
    };
    let page_size = page_size.min(MAX_PAGE_SIZE);
    let filter = match request.param("query") {
        None | Some("") => None,
        Some("status=Paid") => Some(InvoiceStatus::Paid),
        Some("status=Submitted") => Some(InvoiceStatus::Submitted),
        Some(_) => {
            let response = error(
                StatusCode::BAD_REQUEST,
                "Unsupported query: this fake supports `status=Paid` and `status=Submitted`",
            );
            return (recorded, response);
        }
    };
    let response = match state.decide(page) {
        Decision::Fail => http::internal_error(),
        Decision::Malformed => http::malformed(),
        Decision::Serve { page, len } => {
            let total = filter.map_or(len, |status| status.count(len));
            let results = http::page_range(page, page_size, total)
                .map(|k| {
                    let i = filter.map_or(k, |status| status.nth(k));
                    Invoice {
                        id: data::codat_invoice_id(i),
                        invoice_number: data::codat_invoice_number(i),
                        total_amount: data::codat_total_amount(i),
                        status: InvoiceStatus::of(i).as_str(),
                    }
                })
                .collect();
            let links = LinkBuilder {
                path: format!("/companies/{company_id}/data/invoices"),
                base_url: request.base_url,
                style: &state.faults.link_style,
                page_size,
                filter,
            };
            let has_next = u64::from(page) * u64::from(page_size) < total as u64;
            http::json(
                StatusCode::OK,
                &InvoicesPage {
                    results,
                    page_number: page,
                    page_size,
                    total_results: total,
                    links: Links {
                        self_link: links.href(links.own_origin(), None),
                        current: links.href(links.own_origin(), Some(page)),
                        next: has_next.then(|| links.href(links.next_origin(), Some(page + 1))),
                        previous: (page > 1)
                            .then(|| links.href(links.own_origin(), Some(page - 1))),
                    },
                },
            )
        }
    };
    (recorded, response)
}

/// Writes the `_links` hrefs of one answer.
struct LinkBuilder<'a> {
    path: String,
    base_url: &'a str,
    style: &'a LinkStyle,
    page_size: u32,
    filter: Option<InvoiceStatus>,
}

impl LinkBuilder<'_> {
    /// The origin before `self`, `current` and `previous`: empty when relative.
    fn own_origin(&self) -> &str {
        match self.style {
            LinkStyle::Absolute => self.base_url,
            LinkStyle::Relative | LinkStyle::CrossOrigin(_) => "",
        }
    }

    /// The origin before `next`.
    fn next_origin(&self) -> &str {
        match self.style {
            LinkStyle::CrossOrigin(base) => base.trim_end_matches('/'),
            LinkStyle::Relative | LinkStyle::Absolute => self.own_origin(),
        }
    }

    /// The href of `page` (the bare resource when `None`).
    fn href(&self, origin: &str, page: Option<u32>) -> Href {
        let mut href = format!("{origin}{}", self.path);
        if let Some(page) = page {
            let _ = write!(href, "?page={page}&pageSize={}", self.page_size);
            if let Some(status) = self.filter {
                let query = format!("status={}", status.as_str());
                href.push_str("&query=");
                href.push_str(&http::encode_query_value(&query));
            }
        }
        Href { href }
    }
}
