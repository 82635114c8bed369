use pagination_core::Paginated;

#[derive(Paginated)]
struct Projects {
    #[paginate(items, header = "X-Items")]
    projects: Vec<String>,
    #[paginate(total_items, header = "X-Total")]
    total: Option<u64>,
}

fn main() {}
