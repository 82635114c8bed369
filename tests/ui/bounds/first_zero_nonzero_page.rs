use pagination_core::{Paginated, PaginatedRequest};
use std::num::NonZeroU32;

#[derive(Default, Paginated)]
#[paginate(size = "per_page", default = 10, max = 100, first = 0)]
struct ListUsers {
    page: Option<NonZeroU32>,
    per_page: Option<u32>,
}

fn main() {
    let _ = ListUsers::default().with_page(2);
}
