use pagination_core::{Paginated, PaginatedResponse};

#[derive(serde::Deserialize)]
struct Customer {
    id: String,
}

#[derive(Paginated)]
#[paginate(items = "data", item_cursor = "id")]
struct CustomerList {
    data: Vec<Customer>,
}

fn count(page: &CustomerList) -> usize {
    page.items().len()
}

fn main() {
    let _ = count;
}
