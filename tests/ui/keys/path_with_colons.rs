use pagination_core::{Paginated, PaginatedResponse};

struct Meta {
    total: u64,
}

#[derive(Paginated)]
#[paginate(items = data, total_items = meta::total)]
struct ArticlePage {
    data: Vec<String>,
    meta: Meta,
}

fn count(page: &ArticlePage) -> usize {
    page.items().len()
}

fn main() {
    let _ = count;
}
