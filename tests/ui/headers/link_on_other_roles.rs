use pagination_core::Paginated;

#[derive(Paginated)]
struct Issues {
    #[paginate(items)]
    issues: Vec<String>,
    #[paginate(page, header = "Link")]
    page: Option<u32>,
    #[paginate(offset, header = "Link")]
    offset: Option<u64>,
    #[paginate(total_items, header = "Link")]
    total: Option<u64>,
    #[paginate(next_cursor, header = "Link")]
    cursor: Option<String>,
}

fn main() {}
