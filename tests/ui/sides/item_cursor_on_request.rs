use pagination_core::{CursorRequest, Paginated};

#[derive(Default, Paginated)]
#[paginate(cursor = "starting_after", limit = "limit", default = 10, max = 100, item_cursor = id)]
struct ListCustomers {
    starting_after: Option<String>,
    limit: Option<u32>,
}

fn main() {
    let _ = ListCustomers::default().with_cursor("cus_1");
}
