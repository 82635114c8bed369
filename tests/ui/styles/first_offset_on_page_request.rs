use pagination_core::{Paginated, PaginatedRequest};

#[derive(Default, Paginated)]
#[paginate(size = "per_page", default = 10, max = 100, first_offset = 1)]
struct ListUsers {
    page: Option<u32>,
    per_page: Option<u32>,
}

fn main() {
    let _ = ListUsers::default().with_page(2);
}
