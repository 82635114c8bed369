use pagination_core::{Paginated, PaginatedRequest};

#[derive(Default, Paginated)]
#[paginate(size = "per_page", max = 100)]
struct ListUsers {
    page: Option<u32>,
    #[paginate(default = 10)]
    per_page: Option<u32>,
}

fn main() {
    let _ = ListUsers::default().with_page(2);
}
