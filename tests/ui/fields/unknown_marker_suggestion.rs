use pagination_core::{Paginated, PaginatedResponse};

#[derive(Paginated)]
struct UserPage {
    #[paginate(items)]
    users: Vec<String>,
    #[paginate(total_item)]
    total: u64,
}

fn count(page: &UserPage) -> usize {
    page.items().len()
}

fn main() {
    let _ = count;
}
