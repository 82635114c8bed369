use pagination_core::Paginated;

#[derive(Paginated)]
#[paginate(items = "data", item)]
struct PersonPage {
    data: Vec<String>,
}

fn main() {}
