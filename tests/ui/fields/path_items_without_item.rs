use pagination_core::{Paginated, PaginatedResponse};

struct Person;

struct Embedded {
    people: Vec<Person>,
}

#[derive(Paginated)]
#[paginate(items = embedded.people)]
struct PersonPage {
    embedded: Option<Embedded>,
}

fn count(page: &PersonPage) -> usize {
    page.items().len()
}

fn main() {
    let _ = count;
}
