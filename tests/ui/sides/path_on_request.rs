use pagination_core::{Paginated, PaginatedRequest};

#[derive(Default)]
struct Paging {
    per_page: Option<u32>,
}

#[derive(Default, Paginated)]
#[paginate(size = paging.per_page, default = 10, max = 100)]
struct ListUsers {
    page: Option<u32>,
    paging: Paging,
}

fn main() {
    let _ = ListUsers::default().with_page(2);
}
