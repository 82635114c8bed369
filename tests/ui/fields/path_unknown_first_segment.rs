use pagination_core::Paginated;

struct Meta {
    total: u64,
}

#[derive(Paginated)]
#[paginate(items = data, total_items = stats.total)]
struct ArticlePage {
    data: Vec<String>,
    meta: Meta,
}

fn main() {}
