use pagination_core::{Paginated, PaginatedResponse};
use serde::Deserialize;

#[derive(Deserialize, Paginated)]
#[serde(rename_all = "camelCase")]
#[paginate(items = "results", total_items = "total_results")]
struct UserPage {
    results: Vec<String>,
    total_results: u64,
}

fn count(page: &UserPage) -> usize {
    page.items().len()
}

fn main() {
    let _ = count;
}
