use pagination_core::Paginated;
use serde::Deserialize;

#[derive(Deserialize, Paginated)]
struct UserPage {
    #[paginate(items)]
    data: Vec<String>,
    #[serde(rename = "count")]
    #[paginate(total_items, rename = "total")]
    total: u64,
}

fn main() {}
