use pagination_core::{Paginated, paginate_cursors};

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
    // A request by page number walks with `paginate`, not by cursor.
    let _ = paginate_cursors(ListUsers::default(), |_: ListUsers| {
        Ok::<UserPage, std::io::Error>(UserPage { users: Vec::new() })
    });
}
