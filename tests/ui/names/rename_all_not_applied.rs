use pagination_core::{Paginated, PaginatedRequest};
use serde::Serialize;

#[derive(Default, Serialize, Paginated)]
#[serde(rename_all = "camelCase")]
#[paginate(size = "page_size", default = 10, max = 100)]
struct ListUsers {
    page: Option<u32>,
    page_size: Option<u32>,
}

fn main() {
    let _ = ListUsers::default().with_page(2);
}
