use pagination_core::{CursorRequest, Paginated};

#[derive(Default, Paginated)]
#[paginate(cursor = "cursor", limit = "limit", default = 100, max = 1000)]
struct ListConversations<'a> {
    cursor: Option<&'a str>,
    limit: Option<u32>,
}

fn main() {
    let _ = ListConversations::default().with_cursor("abc");
}
