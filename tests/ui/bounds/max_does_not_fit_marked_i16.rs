use pagination_core::{Paginated, PaginatedRequest};

#[derive(Default, Paginated)]
#[paginate(default = 10, max = 40000)]
struct ListUsers {
    page: Option<u32>,
    #[paginate(size)]
    limit: i16,
}

fn main() {
    let _ = ListUsers::default().with_page(2);
}
