use pagination_core::{Paginated, PaginatedResponse};
use std::num::NonZeroU32;

#[derive(Paginated)]
#[paginate(page_base = 0)]
struct UserPage {
    #[paginate(items)]
    users: Vec<String>,
    #[paginate(page)]
    number: NonZeroU32,
}

fn count(page: &UserPage) -> usize {
    page.items().len()
}

fn main() {
    let _ = count;
}
