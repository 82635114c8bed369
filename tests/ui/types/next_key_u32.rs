use pagination_core::{Paginated, PaginatedResponse};

#[derive(Paginated)]
#[paginate(next = "next_page")]
struct UserPage {
    #[paginate(items)]
    users: Vec<String>,
    next_page: u32,
}

fn count(page: &UserPage) -> usize {
    page.items().len()
}

fn main() {
    let _ = count;
}
