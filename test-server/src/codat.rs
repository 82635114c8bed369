//! Codat: `GET /companies/{companyId}/data/invoices?page=&pageSize=&query=`.

use std::fmt::Write as _;

use axum::http::StatusCode;
use serde::Serialize;

use crate::data::{self, InvoiceStatus};
use crate::fake::{AboveMax, FakeApi, LinkFormat, Paging, Rejection, Served};
use crate::http::{self, ErrorAnswer, PageAnswer, Request};

/// `GET /companies/{companyId}/data/invoices`.
pub(crate) struct Invoices;

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
    /// Left out only by the totals faults.
    #[serde(skip_serializing_if = "Option::is_none")]
    total_results: Option<i128>,
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

fn error(status: StatusCode, message: &'static str) -> ErrorAnswer {
    ErrorAnswer::json(
        status,
        &Error {
            status_code: status.as_u16(),
            error: message,
        },
    )
}

impl FakeApi for Invoices {
    const METHOD: &'static str = "GET";
    const PATH: &'static str = "/companies/{companyId}/data/invoices";
    const ITEMS: usize = crate::CODAT_INVOICES;
    /// `pageSize` defaults to 100; larger values than 5000 are clamped, and the answer says so.
    const PAGING: Paging = Paging::query("page", "pageSize", 100, 5000, AboveMax::Clamp);
    /// Relative hrefs, as Codat's documentation shows.
    const LINKS: LinkFormat = LinkFormat {
        absolute: false,
        ..LinkFormat::DEFAULT
    };
    /// The `query` filter: the invoices of one status, or all.
    type Params = Option<InvoiceStatus>;

    /// `Authorization: Basic <base64 of the API key>`, the scheme in any case.
    fn authorized(&self, request: &Request<'_>) -> bool {
        request
            .basic()
            .is_some_and(|key| key == crate::CODAT_KEY.as_bytes())
    }

    fn reject(&self, rejection: Rejection) -> ErrorAnswer {
        let message = match rejection {
            Rejection::Unauthorized => "Unauthorized",
            Rejection::Page => "Page must be a positive integer",
            Rejection::Size => "Page size must be a positive integer",
        };
        error(rejection.status(), message)
    }

    fn params(&self, request: &Request<'_>) -> Result<Self::Params, ErrorAnswer> {
        match request.param("query") {
            None | Some("") => Ok(None),
            Some("status=Paid") => Ok(Some(InvoiceStatus::Paid)),
            Some("status=Submitted") => Ok(Some(InvoiceStatus::Submitted)),
            Some(_) => Err(error(
                StatusCode::BAD_REQUEST,
                "Unsupported query: this fake supports `status=Paid` and `status=Submitted`",
            )),
        }
    }

    /// `totalResults` counts the filtered invoices, as Codat documents.
    fn render(&self, page: &Served<'_>, filter: &Self::Params) -> PageAnswer {
        let filter = *filter;
        let total = filter.map_or(page.len, |status| status.count(page.len));
        let results = page
            .range(total)
            .map(|k| invoice(filter.map_or(k, |status| status.nth(k))))
            .collect();
        let links = LinkBuilder {
            served: page,
            filter,
        };
        PageAnswer::json(&InvoicesPage {
            results,
            page_number: page.page,
            page_size: page.size,
            total_results: page.total_items(total),
            links: Links {
                self_link: links.href(page.origin(), None),
                current: links.href(page.origin(), Some(page.page)),
                next: page
                    .next_page(total)
                    .map(|next| links.href(page.next_origin(), Some(next))),
                previous: (page.page > 1).then(|| links.href(page.origin(), Some(page.page - 1))),
            },
        })
    }

    fn resembles(&self, path: &str) -> bool {
        path.starts_with("/companies")
    }
}

/// Codat invoice `i`.
fn invoice(i: usize) -> Invoice {
    Invoice {
        id: data::codat_invoice_id(i),
        invoice_number: data::codat_invoice_number(i),
        total_amount: data::codat_total_amount(i),
        status: InvoiceStatus::of(i).as_str(),
    }
}

/// Writes the `_links` hrefs of one answer.
struct LinkBuilder<'a> {
    served: &'a Served<'a>,
    filter: Option<InvoiceStatus>,
}

impl LinkBuilder<'_> {
    /// The href of `page` (the bare resource when `None`) on `origin`.
    fn href(&self, origin: &str, page: Option<u32>) -> Href {
        let mut href = format!("{origin}{}", self.served.path);
        if let Some(page) = page {
            let _ = write!(href, "?page={page}&pageSize={}", self.served.size);
            if let Some(status) = self.filter {
                let query = format!("status={}", status.as_str());
                href.push_str("&query=");
                href.push_str(&http::encode_query_value(&query));
            }
        }
        Href { href }
    }
}
