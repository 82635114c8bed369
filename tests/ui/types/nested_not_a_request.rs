use pagination_core::{Paginated, PaginatedRequest};

#[derive(Default)]
struct Pagination {
    page: Option<u32>,
    per_page: Option<u32>,
}

#[derive(Default, Paginated)]
struct SearchUsers {
    query: String,
    #[paginate(nested)]
    pagination: Pagination,
}

fn main() {
    let _ = SearchUsers::default().with_page(2);
}
