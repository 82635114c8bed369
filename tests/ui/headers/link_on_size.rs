use pagination_core::Paginated;

#[derive(Paginated)]
struct Issues {
    #[paginate(items)]
    issues: Vec<String>,
    #[paginate(size, header = "Link")]
    per_page: Option<u32>,
    #[paginate(has_more, header = "link")]
    more: Option<bool>,
}

fn main() {}
