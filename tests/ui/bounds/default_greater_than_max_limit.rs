use pagination_core::Paginated;

#[derive(Paginated)]
#[paginate(offset = "start_at", limit = "max_results", default = 500, max = 100)]
struct SearchProjects {
    start_at: Option<u64>,
    max_results: Option<u32>,
}

fn main() {}
