use pagination_core::{CursorRequest, Paginated};

#[derive(Default, Paginated)]
#[paginate(cursor = "cursor", limit = "limit", default = 100, max = 1000)]
#[paginate(next_cursor = "next_cursor")]
struct ListConversations {
    cursor: Option<String>,
    limit: Option<u32>,
}

fn main() {
    let _ = ListConversations::default().with_cursor("abc");
}
