use pagination_core::{Paginated, PaginatedRequest};

#[derive(Default, Paginated)]
#[paginate(size = "per_page", default = 10, max = 100)]
struct Pagination {
    page: Option<u32>,
    per_page: Option<u32>,
}

#[derive(Default, Paginated)]
struct SearchUsers {
    #[paginate(nested)]
    pagination: Pagination,
    #[paginate(size)]
    limit: Option<u32>,
}

fn main() {
    let _ = SearchUsers::default().with_page(2);
}
