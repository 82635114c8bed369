use pagination_core::{Paginated, PaginatedRequest};

#[derive(Default, Paginated)]
#[paginate(default = 10, max = 100)]
struct ListUsers {
    #[paginate(page)]
    page: Option<u32>,
    #[paginate(limit)]
    per_page: Option<u32>,
}

fn main() {
    let _ = ListUsers::default().with_page(2);
}
