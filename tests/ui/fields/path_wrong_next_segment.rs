use pagination_core::{Paginated, PaginatedResponse};

struct Links {
    next: Option<String>,
}

#[derive(Paginated)]
#[paginate(items = data, next = links.nxt)]
struct ArticlePage {
    data: Vec<String>,
    links: Option<Links>,
}

fn link(page: &ArticlePage) -> Option<&str> {
    page.next_link()
}

fn main() {
    let _ = link;
}
