use pagination_core::Paginated;

struct Customer {
    id: String,
}

#[derive(Paginated)]
#[paginate(items = "data", item_cursor = ::id)]
struct CustomerList {
    data: Vec<Customer>,
}

fn main() {}
