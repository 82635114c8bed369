use pagination_core::{Paginated, PaginatedResponse};

#[derive(Paginated)]
struct UserPage {
    #[paginate(items)]
    users: Option<String>,
}

fn count(page: &UserPage) -> usize {
    page.items().len()
}

fn main() {
    let _ = count;
}
