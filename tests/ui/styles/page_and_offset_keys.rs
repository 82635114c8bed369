use pagination_core::{OffsetRequest, Paginated};

#[derive(Default, Paginated)]
#[paginate(offset = "offset", limit = "limit", page = "page", size = "size")]
#[paginate(default = 10, max = 100)]
struct ListUsers {
    offset: Option<u64>,
    limit: Option<u32>,
    page: Option<u32>,
    size: Option<u32>,
}

fn main() {
    let _ = ListUsers::default().with_offset(20);
}
