use pagination_core::{Paginated, PaginatedRequest};
use serde::Serialize;

#[derive(Default, Serialize, Paginated)]
#[paginate(default = 10, max = 100)]
struct ListUsers {
    page: Option<u32>,
    #[serde(rename = "limit")]
    #[paginate(size, rename = "perPage")]
    per_page: Option<u32>,
}

fn main() {
    let _ = ListUsers::default().with_page(2);
}
