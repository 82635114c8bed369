use pagination_core::Paginated;

#[derive(Paginated)]
struct Projects {
    #[paginate(items)]
    projects: Vec<String>,
    #[paginate(total_pages, header = "X-Total-Pages", param = "page")]
    pages: Option<u64>,
    #[paginate(next, header = "Link", param = "page")]
    next: Option<String>,
}

#[derive(Paginated)]
struct Tags {
    #[paginate(items)]
    tags: Vec<String>,
    #[paginate(total_pages, param = "page")]
    pages: Option<u64>,
}

fn main() {}
