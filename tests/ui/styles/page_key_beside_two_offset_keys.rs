use pagination_core::Paginated;

#[derive(Paginated)]
#[paginate(offset = "start_at", first_offset = 0, limit = "max_results", size = "page_size")]
#[paginate(default = 50, max = 100)]
struct SearchProjects {
    start_at: Option<u64>,
    max_results: Option<u32>,
    page_size: Option<u32>,
}

fn main() {}
