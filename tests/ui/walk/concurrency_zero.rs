use pagination_core::{Paginated, paginate_stream};

#[derive(Clone, Default, Paginated)]
#[paginate(size = "per_page", default = 10, max = 100)]
struct ListUsers {
    page: Option<u32>,
    per_page: Option<u32>,
}

#[derive(Paginated)]
struct UserPage {
    #[paginate(items)]
    users: Vec<String>,
}

fn main() {
    // A concurrency of 0 would never fetch anything: the type rules it out.
    let _ = paginate_stream(ListUsers::default(), |_: ListUsers| async {
        Ok::<UserPage, std::io::Error>(UserPage { users: Vec::new() })
    })
    .concurrency(0);
}
