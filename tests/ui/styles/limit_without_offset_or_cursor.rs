use pagination_core::Paginated;

#[derive(Default, Paginated)]
#[paginate(limit = "limit", default = 20, max = 50)]
struct ListAlbums {
    offset: Option<u32>,
    limit: Option<u32>,
}

fn main() {}
