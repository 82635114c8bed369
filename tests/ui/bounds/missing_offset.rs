use pagination_core::Paginated;

#[derive(Paginated)]
#[paginate(first_offset = 0, limit = "max_results", default = 50, max = 100)]
struct SearchProjects {
    start_at: Option<u64>,
    max_results: Option<u32>,
}

fn main() {}
