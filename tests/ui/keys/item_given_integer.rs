use pagination_core::Paginated;

#[derive(Paginated)]
#[paginate(items = embedded.people, item = 5)]
struct PersonPage {
    embedded: Embedded,
}

struct Embedded {
    people: Vec<String>,
}

fn main() {}
