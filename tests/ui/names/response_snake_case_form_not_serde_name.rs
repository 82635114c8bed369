use pagination_core::Paginated;
use serde::Deserialize;

#[derive(Deserialize, Paginated)]
#[paginate(items = "data", total_items = "totalCount")]
struct UserPage {
    data: Vec<String>,
    total_count: u64,
}

fn main() {}
