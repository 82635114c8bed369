use pagination_core::{Paginated, PaginatedResponse};

#[derive(serde::Deserialize, Paginated)]
#[paginate(items = "values", offset = "startAt", limit = "maxResults", first_offset = 0)]
struct ProjectPage {
    values: Vec<String>,
    #[serde(rename = "startAt")]
    start_at: u64,
    #[serde(rename = "maxResults")]
    max_results: u32,
    #[paginate(cursor)]
    next: Option<String>,
}

fn count(page: &ProjectPage) -> usize {
    page.items().len()
}

fn main() {
    let _ = count;
}
