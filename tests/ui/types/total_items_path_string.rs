use pagination_core::{Paginated, PaginatedResponse};

struct Meta {
    total: String,
}

#[derive(Paginated)]
#[paginate(items = data, total_items = meta.total)]
struct ArticlePage {
    data: Vec<String>,
    meta: Option<Meta>,
}

fn count(page: &ArticlePage) -> usize {
    page.items().len()
}

fn main() {
    let _ = count;
}
