use pagination_core::Paginated;

#[derive(Paginated)]
#[paginate(size = "per_page", default = 10, max = 100, page::)]
struct ListUsers {
    page: Option<u32>,
    per_page: Option<u32>,
}

fn main() {}
