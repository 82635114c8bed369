use pagination_core::{Paginated, PaginatedResponse};

#[derive(serde::Deserialize)]
struct Customer {
    id: String,
}

#[derive(Paginated)]
#[paginate(items = "data", item_cursor = id)]
struct CustomerList {
    data: Vec<Customer>,
    #[paginate(next_cursor)]
    next: Option<String>,
}

fn count(page: &CustomerList) -> usize {
    page.items().len()
}

fn main() {
    let _ = count;
}
