use pagination_core::{OffsetRequest, Paginated};

#[derive(Default, serde::Serialize, Paginated)]
#[serde(rename_all = "camelCase")]
#[paginate(offset = "startAt", limit = "maxResults", default = 50, max = 100)]
struct SearchProjects {
    start: Option<u64>,
    max_results: Option<u32>,
}

fn main() {
    let _ = SearchProjects::default().with_offset(50);
}
