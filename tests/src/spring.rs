//! Spring Data's `Page<T>` from a Spring MVC controller: `page` and `size` (default 20, at
//! most 2000) in the query string, and the answer `{"content", "number", "size",
//! "totalElements", "totalPages", ...}`. Pages count from 0, in the request and in the
//! answer; with `one-indexed-parameters` the request counts from 1 while the answer's
//! `number` still counts from 0.

use pagination_core::Paginated;
use serde::{Deserialize, Serialize};

/// `GET /api/customers?page=&size=`: pages from 0.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Paginated)]
#[paginate(size = "size", default = 20, max = 2000, first = 0)]
pub struct ListCustomers {
    /// Page number, from 0.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub page: Option<u32>,
    /// Customers per page.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub size: Option<u32>,
}

/// `GET /api/v2/customers?page=&size=`: the same, with `one-indexed-parameters`.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Paginated)]
#[paginate(size = "size", default = 20, max = 2000)]
pub struct ListCustomersOneIndexed {
    /// Page number, from 1.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub page: Option<u32>,
    /// Customers per page.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub size: Option<u32>,
}

/// One customer.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Customer {
    /// The customer's id, from 1.
    pub id: u64,
    /// First name.
    pub first_name: String,
    /// Last name.
    pub last_name: String,
}

/// A `Page<Customer>`, whose `number` counts from 0 whatever the request does.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Paginated)]
#[serde(rename_all = "camelCase")]
#[paginate(page_base = 0)]
pub struct CustomerPage {
    /// The page's customers.
    #[paginate(items)]
    pub content: Vec<Customer>,
    /// The page's number, from 0.
    #[paginate(page)]
    pub number: u32,
    /// The page size.
    #[paginate(size)]
    pub size: u32,
    /// How many customers there are in all.
    #[paginate(total_items)]
    pub total_elements: u64,
    /// How many pages there are.
    #[paginate(total_pages)]
    pub total_pages: u64,
}
