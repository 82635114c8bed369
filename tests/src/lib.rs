//! The request and response types of the three seed APIs (Clarifai, CSPR.cloud and
//! Codat) and of the APIs users meet next (GitHub, GitLab, Django REST framework,
//! JSON:API, Spring Data, WordPress) and of those paged by offset (Jira) or cursor (Stripe,
//! Slack), written with `#[derive(Paginated)]` and nothing else
//! for pagination, as an SDK or a code generator would write them. The tests, examples and
//! end-to-end server share them.

pub mod clarifai {
    //! Clarifai: `page` (from 1) and `per_page` (default 128, at most 1000). GET puts them
    //! in the query string; POST nests them in the body as
    //! `"pagination": {"page": 2, "per_page": 20}`. Responses carry a `status` and the
    //! list, with no totals: a short or empty page is the last.

    use pagination_core::Paginated;
    use serde::{Deserialize, Serialize};

    /// `GET /v2/users/{user_id}/apps/{app_id}/inputs?page=&per_page=`
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Paginated)]
    #[paginate(size = "per_page", default = 128, max = 1000)]
    pub struct ListInputs {
        /// Path parameter.
        #[serde(skip)]
        pub user_id: String,
        /// Path parameter.
        #[serde(skip)]
        pub app_id: String,
        /// Page number, from 1.
        #[serde(skip_serializing_if = "Option::is_none")]
        pub page: Option<u32>,
        /// Results per page.
        #[serde(skip_serializing_if = "Option::is_none")]
        pub per_page: Option<u32>,
    }

    /// The API's status object.
    #[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
    pub struct Status {
        /// `10000` on success.
        pub code: u32,
        /// Human-readable status.
        pub description: String,
    }

    /// One input.
    #[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
    pub struct Input {
        /// The input's id.
        pub id: String,
        /// When the input was created.
        pub created_at: String,
    }

    /// The answer to [`ListInputs`].
    #[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Paginated)]
    pub struct MultiInputResponse {
        /// The request's status.
        pub status: Status,
        /// The page's inputs; absent on an empty page.
        #[paginate(items)]
        pub inputs: Option<Vec<Input>>,
    }

    /// The `"pagination"` object of a POST body.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, Paginated)]
    #[paginate(size = "per_page", default = 128, max = 1000)]
    pub struct Pagination {
        /// Page number, from 1.
        #[serde(skip_serializing_if = "Option::is_none")]
        pub page: Option<u32>,
        /// Results per page.
        #[serde(skip_serializing_if = "Option::is_none")]
        pub per_page: Option<u32>,
    }

    /// One search of a [`PostAnnotationsSearches`] body (kept opaque here).
    pub type Search = serde_json::Value;

    /// `POST /v2/users/{user_id}/apps/{app_id}/annotations/searches`
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Paginated)]
    pub struct PostAnnotationsSearches {
        /// Path parameter.
        #[serde(skip)]
        pub user_id: String,
        /// Path parameter.
        #[serde(skip)]
        pub app_id: String,
        /// The searches to run.
        pub searches: Vec<Search>,
        /// Page and size, nested in the body.
        #[paginate(nested)]
        pub pagination: Pagination,
    }

    /// One search hit.
    #[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
    pub struct Hit {
        /// How well the hit matches.
        pub score: f64,
        /// The matching input.
        pub input: Input,
    }

    /// The answer to [`PostAnnotationsSearches`].
    #[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Paginated)]
    pub struct MultiSearchResponse {
        /// The request's status.
        pub status: Status,
        /// The page's hits.
        #[paginate(items)]
        #[serde(default)]
        pub hits: Vec<Hit>,
    }
}

pub mod cspr {
    //! CSPR.cloud: `page` (from 1) and `page_size` (default 10, at most 250) in the query
    //! string; responses carry `data`, `item_count` and `page_count`.

    use pagination_core::Paginated;
    use serde::{Deserialize, Serialize};

    /// `GET /accounts?page=&page_size=`
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, Paginated)]
    #[paginate(page = "page", size = "page_size", default = 10, max = 250)]
    pub struct ListAccounts {
        /// Sort order, such as `balance`.
        #[serde(skip_serializing_if = "Option::is_none")]
        pub order_by: Option<String>,
        /// Page number, from 1.
        #[serde(skip_serializing_if = "Option::is_none")]
        pub page: Option<u32>,
        /// Items per page.
        #[serde(skip_serializing_if = "Option::is_none")]
        pub page_size: Option<u32>,
    }

    /// One account.
    #[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
    pub struct Account {
        /// The account hash.
        pub account_hash: String,
        /// Balance in motes, as a decimal string.
        pub balance: String,
        /// The main purse.
        pub main_purse_uref: String,
        /// The account's public key.
        pub public_key: String,
    }

    /// Any paginated CSPR.cloud response, generic over its items.
    #[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Paginated)]
    #[paginate(items = "data", total_items = "item_count", total_pages = "page_count")]
    pub struct Page<T> {
        /// The page's items.
        pub data: Vec<T>,
        /// Total number of items.
        pub item_count: u64,
        /// Total number of pages.
        pub page_count: u64,
    }
}

pub mod codat {
    //! Codat: `page` (from 1) and `pageSize` (default 100, at most 5000) in the query
    //! string; responses carry `results`, `pageNumber`, `pageSize`, `totalResults` and HAL
    //! `_links` whose `next` is present only when there is a next page.

    use pagination_core::{HalLinks, Paginated};
    use serde::{Deserialize, Serialize};

    /// `GET /companies/{companyId}/data/invoices?page=&pageSize=&query=`
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Paginated)]
    #[serde(rename_all = "camelCase")]
    #[paginate(page = "page", size = "pageSize", default = 100, max = 5000)]
    pub struct ListInvoices {
        /// Path parameter.
        #[serde(skip)]
        pub company_id: String,
        /// A Codat query filter, such as `status=paid`.
        #[serde(skip_serializing_if = "Option::is_none")]
        pub query: Option<String>,
        /// Page number, from 1.
        #[serde(skip_serializing_if = "Option::is_none")]
        pub page: Option<u32>,
        /// Results per page.
        #[serde(skip_serializing_if = "Option::is_none")]
        pub page_size: Option<u32>,
    }

    /// One invoice.
    #[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
    #[serde(rename_all = "camelCase")]
    pub struct Invoice {
        /// The invoice's id.
        pub id: String,
        /// The invoice number.
        pub invoice_number: String,
        /// The invoice's total.
        pub total_amount: f64,
        /// `Paid`, `Submitted`, ...
        pub status: String,
    }

    /// A page of invoices.
    #[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Paginated)]
    #[serde(rename_all = "camelCase")]
    pub struct InvoicePage {
        /// The page's invoices.
        #[paginate(items)]
        pub results: Vec<Invoice>,
        /// The page number the server returned.
        #[paginate(page)]
        pub page_number: u32,
        /// The page size the server used.
        #[paginate(size)]
        pub page_size: u32,
        /// The number of invoices across all pages.
        #[paginate(total_items)]
        pub total_results: u64,
        /// `self`, `current`, `next` and `previous`.
        #[serde(rename = "_links")]
        #[paginate(next)]
        pub links: HalLinks,
    }
}

pub mod drf;
pub mod fake;
pub mod github;
pub mod gitlab;
pub mod jira;
pub mod jsonapi;
pub mod sdk;
pub mod slack;
pub mod spring;
pub mod stripe;
pub mod wordpress;
