use pagination_core::{Paginated, paginate};

#[derive(Clone, Default, Paginated)]
#[paginate(size = "per_page", default = 10, max = 100)]
struct ListUsers {
    page: Option<u32>,
    per_page: Option<u32>,
}

fn main() {
    // The fetch must answer a type with `#[derive(Paginated)]`, not the bare items.
    let _ = paginate(ListUsers::default(), |_: ListUsers| {
        Ok::<Vec<String>, std::io::Error>(Vec::new())
    });
}
