use pagination_core::{OffsetRequest, Paginated};

#[derive(Default, Paginated)]
#[paginate(offset = "start", limit = "count", default = 10, max = 100, first_offset = 300)]
struct Search {
    start: Option<u8>,
    count: Option<u32>,
}

fn main() {
    let _ = Search::default().with_offset(11);
}
