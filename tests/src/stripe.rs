//! Stripe's list API: `limit` (default 10, 1 to 100: more is refused) and
//! `starting_after`, the id of the last object of the page before; the answer
//! `{"object": "list", "has_more", "data"}`.

use pagination_core::Paginated;
use serde::{Deserialize, Serialize};

/// `GET /v1/customers?limit=&starting_after=`
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, Paginated)]
#[paginate(cursor = "starting_after", limit = "limit", default = 10, max = 100)]
pub struct ListCustomers {
    /// The id of the last customer of the page before; none for the first page.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub starting_after: Option<String>,
    /// Customers per page.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub limit: Option<u32>,
}

/// One customer.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Customer {
    /// Its id, `cus_...`.
    pub id: String,
    /// Its email.
    pub email: String,
}

/// The answer to [`ListCustomers`]: the next cursor is the last customer's id.
#[derive(Debug, Clone, PartialEq, Deserialize, Paginated)]
#[paginate(items = "data", has_more = "has_more", item_cursor = id)]
pub struct CustomerList {
    /// The page's customers.
    pub data: Vec<Customer>,
    /// Whether there are more after them.
    pub has_more: bool,
}
