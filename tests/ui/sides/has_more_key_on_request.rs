use pagination_core::{Paginated, PaginatedRequest};

#[derive(Default, Paginated)]
#[paginate(size = "per_page", default = 10, max = 100, has_more = "more", item = String)]
struct ListUsers {
    page: Option<u32>,
    per_page: Option<u32>,
    more: bool,
}

fn main() {
    let _ = ListUsers::default().with_page(2);
}
