use pagination_core::Paginated;

#[derive(Paginated)]
#[paginate(size = "per_page", default = 10, max = 100)]
struct ListUsers {}

#[derive(Paginated)]
#[paginate(items = data.results, item = String)]
struct UserPage {}

fn main() {}
