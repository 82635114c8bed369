use pagination_core::{Paginated, PaginatedResponse};

#[derive(Paginated)]
#[paginate(items = "data", next_cursor = "next")]
struct Page {
    data: Vec<String>,
    next: Option<u64>,
}

fn count(page: &Page) -> usize {
    page.items().len()
}

fn main() {
    let _ = count;
}
