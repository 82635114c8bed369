use pagination_core::http::HeaderMap;
use pagination_core::{FromHttp, Paginated};

/// GitHub's search: an object body, `{"total_count": ..., "items": [...]}`, written as
/// two fields beside a header field.
#[derive(Paginated)]
struct Repositories {
    #[paginate(total_items)]
    total_count: u64,
    #[paginate(items)]
    items: Vec<String>,
    #[paginate(next, header = "Link")]
    next: Option<String>,
}

fn main() {
    // The fallback `FromHttp` keeps this line from adding errors of its own.
    let _ = Repositories::from_http(&HeaderMap::new(), ());
}
