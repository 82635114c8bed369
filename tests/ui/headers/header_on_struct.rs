use pagination_core::Paginated;

#[derive(Paginated)]
#[paginate(total_items = "total", header = "X-Total", param = "page")]
struct Projects {
    #[paginate(items)]
    projects: Vec<String>,
    total: Option<u64>,
}

fn main() {}
