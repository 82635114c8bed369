use pagination_core::Paginated;

#[derive(Paginated)]
#[paginate(size = "per_page", default = 10, max = 100)]
enum ListUsers {
    First,
    Page { page: u32, per_page: u32 },
}

fn main() {}
