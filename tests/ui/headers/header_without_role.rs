use pagination_core::Paginated;

#[derive(Paginated)]
struct Projects {
    #[paginate(items)]
    projects: Vec<String>,
    #[paginate(header = "X-Total")]
    total: Option<u64>,
    #[paginate(page, total_pages, header = "X-Page")]
    page: Option<u64>,
}

fn main() {}
