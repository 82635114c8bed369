//! Codat's and CSPR.cloud's types with `#[derive(Paginated)]`, as the crate documentation
//! declares them.

use crate::Shape;
use pagination_core::{HalLinks, Link, Paginated};

/// Codat's `GET /companies/{companyId}/data/invoices`.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, Paginated)]
#[serde(rename_all = "camelCase")]
#[paginate(page = "page", size = "pageSize", default = 100, max = 5000)]
pub struct ListInvoices {
    /// A path parameter, not sent in the query.
    #[serde(skip)]
    pub company_id: String,
    /// A filter, unset in the benchmarks.
    pub query: Option<String>,
    /// The page number.
    pub page: Option<u32>,
    /// The page size.
    pub page_size: Option<u32>,
}

/// Codat's page of invoices: numbers, a total and HAL links.
#[derive(Debug, Clone, Paginated)]
pub struct InvoicePage {
    /// The invoices.
    #[paginate(items)]
    pub results: Vec<u64>,
    /// The page number the server returned.
    #[paginate(page)]
    pub page_number: u32,
    /// The page size the server used.
    #[paginate(size)]
    pub page_size: u32,
    /// The total number of invoices.
    #[paginate(total_items)]
    pub total_results: u64,
    /// `_links`, whose `next` says whether there is a next page.
    #[paginate(next)]
    pub links: HalLinks,
}

/// CSPR.cloud's `GET /accounts`.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, Paginated)]
#[paginate(size = "page_size", default = 10, max = 250)]
pub struct ListAccounts {
    /// The page number.
    pub page: Option<u32>,
    /// The page size.
    pub page_size: Option<u32>,
}

/// CSPR.cloud's page: items and both totals, no links.
#[derive(Debug, Clone, Paginated)]
#[paginate(items = "data", total_items = "item_count", total_pages = "page_count")]
pub struct AccountPage {
    /// The accounts.
    pub data: Vec<u64>,
    /// The total number of accounts.
    pub item_count: u64,
    /// The total number of pages.
    pub page_count: u64,
}

/// Codat's types, derived.
pub struct Codat;

impl Shape for Codat {
    type Request = ListInvoices;
    type Response = InvoicePage;

    fn request() -> ListInvoices {
        ListInvoices {
            company_id: COMPANY.to_owned(),
            query: None,
            page: Some(4),
            page_size: Some(20),
        }
    }

    fn response() -> InvoicePage {
        InvoicePage {
            results: (60..80).collect(),
            page_number: 4,
            page_size: 20,
            total_results: 90,
            links: invoice_links(),
        }
    }
}

/// CSPR.cloud's types, derived.
pub struct Cspr;

impl Shape for Cspr {
    type Request = ListAccounts;
    type Response = AccountPage;

    fn request() -> ListAccounts {
        ListAccounts {
            page: Some(2),
            page_size: Some(250),
        }
    }

    fn response() -> AccountPage {
        AccountPage {
            data: (250..500).collect(),
            item_count: 63_584,
            page_count: 2_544,
        }
    }
}

/// The company of the Codat requests.
pub(crate) const COMPANY: &str = "8a210b68-6988-11ed-a1eb-0242ac120002";

/// The `_links` of page 4 of Codat's invoices: this page and the next.
pub(crate) fn invoice_links() -> HalLinks {
    let link = |page: u32| {
        Some(Link {
            href: format!("/companies/{COMPANY}/data/invoices?page={page}&pageSize=20"),
        })
    };
    HalLinks {
        current: link(4),
        next: link(5),
        ..HalLinks::default()
    }
}
