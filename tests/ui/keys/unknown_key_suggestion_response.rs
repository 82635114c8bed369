use pagination_core::{Paginated, PaginatedResponse};

#[derive(Paginated)]
#[paginate(items = "users", total_item = "total")]
struct UserPage {
    users: Vec<String>,
    total: u64,
}

fn count(page: &UserPage) -> usize {
    page.items().len()
}

fn main() {
    let _ = count;
}
