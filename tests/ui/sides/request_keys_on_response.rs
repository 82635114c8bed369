use pagination_core::{Paginated, PaginatedResponse};

#[derive(Paginated)]
#[paginate(items = "users", default = 10, max = 100, first = 0)]
struct UserPage {
    users: Vec<String>,
}

fn count(page: &UserPage) -> usize {
    page.items().len()
}

fn main() {
    let _ = count;
}
