use pagination_core::http::HeaderMap;
use pagination_core::{FromHttp, Paginated};

#[derive(Paginated)]
struct Projects {
    #[paginate(items)]
    projects: Vec<String>,
    #[paginate(total_items, header = "X-Total")]
    total: u64,
}

fn main() {
    let _ = Projects::from_http(&HeaderMap::new(), Vec::new());
}
