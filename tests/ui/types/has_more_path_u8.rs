use pagination_core::{Paginated, PaginatedResponse};

struct PageInfo {
    has_next_page: u8,
}

#[derive(Paginated)]
#[paginate(items = nodes, has_more = page_info.has_next_page)]
struct Connection {
    nodes: Vec<String>,
    page_info: Option<PageInfo>,
}

fn count(page: &Connection) -> usize {
    page.items().len()
}

fn main() {
    let _ = count;
}
