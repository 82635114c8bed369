use pagination_core::{Paginated, PaginatedResponse};

#[derive(Paginated)]
#[paginate(items = "users")]
struct UserPage {
    users: String,
}

fn count(page: &UserPage) -> usize {
    page.items().len()
}

fn main() {
    let _ = count;
}
