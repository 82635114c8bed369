use pagination_core::{Paginated, PaginatedResponse};

#[derive(Paginated)]
#[paginate(first = 1)]
struct UserPage {
    #[paginate(items)]
    users: Vec<String>,
    total: u64,
}

fn count(page: &UserPage) -> usize {
    page.items().len()
}

fn main() {
    let _ = count;
}
