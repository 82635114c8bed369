use pagination_core::{Paginated, PaginatedResponse};

struct Meta {
    total: u64,
}

#[derive(Paginated)]
struct UserPage {
    #[paginate(items)]
    users: Vec<String>,
    #[paginate(nested)]
    meta: Meta,
}

fn count(page: &UserPage) -> usize {
    page.items().len()
}

fn main() {
    let _ = count;
}
