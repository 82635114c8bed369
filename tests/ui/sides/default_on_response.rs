use pagination_core::{Paginated, PaginatedResponse};

#[derive(Paginated)]
#[paginate(default = 10)]
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
