use pagination_core::{CursorRequest, Paginated};

#[derive(Default, Paginated)]
#[paginate(cursor = "cursor", limit = "limit", default = 100, max = 1000)]
struct ListConversations {
    cursor: Option<String>,
    limit: Option<u8>,
}

fn main() {
    let _ = ListConversations::default().with_limit(2);
}
