use pagination_core::{Paginated, PaginatedResponse};

#[derive(Paginated)]
struct CustomerList {
    #[paginate(items)]
    data: Vec<String>,
    #[paginate(has_more)]
    has_more: String,
}

fn count(page: &CustomerList) -> usize {
    page.items().len()
}

fn main() {
    let _ = count;
}
