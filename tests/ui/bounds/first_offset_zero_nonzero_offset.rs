use pagination_core::{OffsetRequest, Paginated};
use std::num::NonZeroU64;

#[derive(Default, Paginated)]
#[paginate(offset = "start", limit = "count", default = 10, max = 100)]
struct Search {
    start: Option<NonZeroU64>,
    count: Option<u32>,
}

fn main() {
    let _ = Search::default().with_offset(11);
}
