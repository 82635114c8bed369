use pagination_core::Paginated;

#[derive(Paginated)]
#[paginate(items = "projects")]
struct Projects {
    #[paginate(total_items, header = "X-Total")]
    total: Option<u64>,
}

fn main() {}
