use pagination_core::{OffsetRequest, Paginated};

#[derive(Default, Paginated)]
#[paginate(offset = "offset", limit = "limit", default = 20, max = 50)]
struct ListAlbums {
    offset: String,
    limit: Option<u32>,
}

fn main() {
    let _ = ListAlbums::default().with_offset(20);
}
