use pagination_core::Paginated;

#[derive(Paginated)]
struct Projects {
    #[paginate(items)]
    projects: Vec<String>,
    #[paginate(total_items, header = "X Total")]
    total: Option<u64>,
    #[paginate(total_pages, header = "")]
    pages: Option<u64>,
    #[paginate(next, header = Link)]
    next: Option<String>,
}

fn main() {}
