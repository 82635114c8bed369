use pagination_core::{Paginated, PaginatedResponse};

struct Person;
struct Animal;

struct Embedded {
    people: Vec<Person>,
}

#[derive(Paginated)]
#[paginate(items = embedded.people, item = Animal)]
struct PersonPage {
    embedded: Embedded,
}

fn count(page: &PersonPage) -> usize {
    page.items().len()
}

fn main() {
    let _ = count;
}
