use pagination_core::{OffsetRequest, Paginated};

#[derive(Default, serde::Serialize, Paginated)]
#[paginate(offset = "startAt")]
struct SearchProjects {
    #[serde(rename = "startAt")]
    start_at: Option<u64>,
    #[serde(rename = "maxResults")]
    max_results: Option<u32>,
}

fn main() {
    let _ = SearchProjects::default().with_offset(50);
}
