use pagination_core::{Paginated, PaginatedRequest};
use std::num::NonZero;

#[derive(Default, Paginated)]
#[paginate(size = "per_page", default = 10, max = 1000)]
struct ListUsers {
    page: Option<u32>,
    per_page: Option<NonZero<u8>>,
}

fn main() {
    let _ = ListUsers::default().with_page(2);
}
