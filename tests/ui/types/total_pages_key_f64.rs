use pagination_core::{Paginated, PaginatedResponse};

#[derive(Paginated)]
#[paginate(total_pages = "pages")]
struct UserPage {
    #[paginate(items)]
    users: Vec<String>,
    pages: f64,
}

fn count(page: &UserPage) -> usize {
    page.items().len()
}

fn main() {
    let _ = count;
}
