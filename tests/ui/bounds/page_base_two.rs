use pagination_core::{Paginated, PaginatedResponse};

#[derive(Paginated)]
#[paginate(page_base = 2)]
struct UserPage {
    #[paginate(items)]
    users: Vec<String>,
    #[paginate(page)]
    number: u32,
}

fn count(page: &UserPage) -> usize {
    page.items().len()
}

fn main() {
    let _ = count;
}
