//! The types of [`derived`](crate::derived) with the impls a careful person writes by
//! hand against the public traits: plain field access, the crate's `PageParams::clamp_size`
//! for the one rule it documents, and `#[inline]` on every method, since an SDK's types
//! are called from its users' crates.

use crate::Shape;
use crate::derived::{COMPANY, invoice_links};
use pagination_core::support::NextLinkFn;
use pagination_core::{
    HalLinks, NextLink, PageError, PageInfo, PageParams, PageQuery, PaginatedRequest,
    PaginatedResponse,
};

/// Codat's `GET /companies/{companyId}/data/invoices`.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[serde(rename_all = "camelCase")]
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

impl PaginatedRequest for ListInvoices {
    const PARAMS: PageParams = PageParams {
        page_param: "page",
        size_param: "pageSize",
        default_size: 100,
        max_size: 5000,
        first_page: 1,
    };

    #[inline]
    fn page(&self) -> u32 {
        self.page.map_or(1, |page| page.max(1))
    }

    #[inline]
    fn page_size(&self) -> u32 {
        self.page_size.map_or(Self::PARAMS.default_size, |size| {
            Self::PARAMS.clamp_size(size)
        })
    }

    #[inline]
    fn set_page(&mut self, page: u32) {
        self.page = Some(page);
    }

    #[inline]
    fn set_page_size(&mut self, size: u32) {
        self.page_size = Some(Self::PARAMS.clamp_size(size));
    }

    #[inline]
    fn validate(&self) -> Result<(), PageError> {
        check::<Self>(self.page, self.page_size)
    }

    #[inline]
    fn page_query(&self) -> PageQuery {
        PageQuery::new(
            self.page.map(|page| ("page", page)),
            self.page_size.map(|size| ("pageSize", size)),
        )
    }
}

/// Codat's page of invoices: numbers, a total and HAL links.
#[derive(Debug, Clone)]
pub struct InvoicePage {
    /// The invoices.
    pub results: Vec<u64>,
    /// The page number the server returned.
    pub page_number: u32,
    /// The page size the server used.
    pub page_size: u32,
    /// The total number of invoices.
    pub total_results: u64,
    /// `_links`, whose `next` says whether there is a next page.
    pub links: HalLinks,
}

impl PaginatedResponse for InvoicePage {
    type Item = u64;
    const NEXT_LINK: NextLinkFn<Self> = Some(|page| page.links.next_link());

    #[inline]
    fn items(&self) -> &[u64] {
        &self.results
    }

    #[inline]
    fn into_items(self) -> Vec<u64> {
        self.results
    }

    #[inline]
    fn page_info(&self) -> PageInfo {
        PageInfo::new(
            Some(self.page_number.into()),
            Some(self.page_size.into()),
            Some(self.total_results),
            None,
        )
    }
}

/// CSPR.cloud's `GET /accounts`.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
pub struct ListAccounts {
    /// The page number.
    pub page: Option<u32>,
    /// The page size.
    pub page_size: Option<u32>,
}

impl PaginatedRequest for ListAccounts {
    const PARAMS: PageParams = PageParams {
        page_param: "page",
        size_param: "page_size",
        default_size: 10,
        max_size: 250,
        first_page: 1,
    };

    #[inline]
    fn page(&self) -> u32 {
        self.page.map_or(1, |page| page.max(1))
    }

    #[inline]
    fn page_size(&self) -> u32 {
        self.page_size.map_or(Self::PARAMS.default_size, |size| {
            Self::PARAMS.clamp_size(size)
        })
    }

    #[inline]
    fn set_page(&mut self, page: u32) {
        self.page = Some(page);
    }

    #[inline]
    fn set_page_size(&mut self, size: u32) {
        self.page_size = Some(Self::PARAMS.clamp_size(size));
    }

    #[inline]
    fn validate(&self) -> Result<(), PageError> {
        check::<Self>(self.page, self.page_size)
    }

    #[inline]
    fn page_query(&self) -> PageQuery {
        PageQuery::new(
            self.page.map(|page| ("page", page)),
            self.page_size.map(|size| ("page_size", size)),
        )
    }
}

/// CSPR.cloud's page: items and both totals, no links.
#[derive(Debug, Clone)]
pub struct AccountPage {
    /// The accounts.
    pub data: Vec<u64>,
    /// The total number of accounts.
    pub item_count: u64,
    /// The total number of pages.
    pub page_count: u64,
}

impl PaginatedResponse for AccountPage {
    type Item = u64;

    #[inline]
    fn items(&self) -> &[u64] {
        &self.data
    }

    #[inline]
    fn into_items(self) -> Vec<u64> {
        self.data
    }

    #[inline]
    fn page_info(&self) -> PageInfo {
        PageInfo::new(None, None, Some(self.item_count), Some(self.page_count))
    }
}

/// `validate` of a request whose page numbers start at 1 and fit a `u32`: the raw fields,
/// as they would be sent.
#[inline]
fn check<R: PaginatedRequest>(page: Option<u32>, size: Option<u32>) -> Result<(), PageError> {
    let PageParams {
        first_page,
        max_size,
        ..
    } = R::PARAMS;
    if let Some(page) = page.filter(|&page| page < first_page) {
        return Err(PageError::PageOutOfRange {
            page: page.into(),
            first: first_page,
            last: R::MAX_PAGE,
        });
    }
    if let Some(size) = size.filter(|&size| size == 0 || size > max_size) {
        return Err(PageError::PageSizeOutOfRange {
            size: size.into(),
            max: max_size,
        });
    }
    Ok(())
}

/// Codat's types, by hand.
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

/// CSPR.cloud's types, by hand.
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
