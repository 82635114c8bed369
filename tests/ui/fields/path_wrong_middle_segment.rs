use pagination_core::{Paginated, PaginatedResponse};

struct Totals {
    total: u64,
}

struct Meta {
    page: Option<Totals>,
}

#[derive(Paginated)]
#[paginate(items = data, total_items = meta.pag.total)]
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
