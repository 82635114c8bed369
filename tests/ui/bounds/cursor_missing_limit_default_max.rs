use pagination_core::{CursorRequest, Paginated};

#[derive(Default, Paginated)]
struct ListCustomers {
    #[paginate(cursor)]
    starting_after: Option<String>,
    limit: Option<u32>,
}

fn main() {
    let _ = ListCustomers::default().with_cursor("cus_1");
}
