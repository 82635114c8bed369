use pagination_core::{Paginated, PaginatedResponse};

#[derive(Paginated)]
#[paginate(items = "results")]
struct UserPage {
    users: Vec<String>,
}

fn count(page: &UserPage) -> usize {
    page.items().len()
}

fn main() {
    let _ = count;
}
