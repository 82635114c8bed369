use pagination_core::Paginated;

#[derive(Paginated)]
#[paginate(default = 10, max = 100, size = "per_page" page = "page")]
struct ListUsers {
    page: Option<u32>,
    per_page: Option<u32>,
}

fn main() {}
