use pagination_core::{Paginated, PaginatedRequest};
use serde::Serialize;

#[derive(Default, Serialize, Paginated)]
#[paginate(size = "per_page", default = 10, max = 100)]
struct ListUsers {
    page: Option<u32>,
    #[serde(rename = "limit")]
    per_page: Option<u32>,
}

fn main() {
    let _ = ListUsers::default().with_page(2);
}
