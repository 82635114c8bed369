use pagination_core::{OffsetRequest, Paginated};

#[derive(Default, serde::Serialize, Paginated)]
#[paginate(offset = "startAt", limit = "maxResults", default = 50, max = 100)]
struct SearchIssues {
    #[serde(rename = "startAt")]
    start_at: Option<u64>,
    #[serde(rename = "maxResults")]
    max_results: Option<u32>,
    #[paginate(cursor)]
    next_page_token: Option<String>,
}

fn main() {
    let _ = SearchIssues::default().with_offset(50);
}
