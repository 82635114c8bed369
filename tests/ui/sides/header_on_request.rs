use pagination_core::{Paginated, PaginatedRequest};

#[derive(Default, Paginated)]
#[paginate(size = "per_page", default = 20, max = 100)]
struct ListProjects {
    #[paginate(page, header = "X-Page")]
    page: Option<u32>,
    per_page: Option<u32>,
    #[paginate(param = "page")]
    last: Option<u32>,
}

fn main() {
    let _ = ListProjects::default().with_page(2);
}
