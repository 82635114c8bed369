use pagination_core::{Paginated, paginate_offsets};

#[derive(Clone, Default, Paginated)]
#[paginate(cursor = "cursor", limit = "limit", default = 100, max = 1000)]
struct ListChannels {
    cursor: Option<String>,
    limit: Option<u32>,
}

#[derive(Paginated)]
struct ChannelPage {
    #[paginate(items)]
    channels: Vec<String>,
    #[paginate(next_cursor)]
    next_cursor: Option<String>,
}

fn main() {
    // A request by cursor walks with `paginate_cursors`, not by offset.
    let _ = paginate_offsets(ListChannels::default(), |_: ListChannels| {
        Ok::<ChannelPage, std::io::Error>(ChannelPage {
            channels: Vec::new(),
            next_cursor: None,
        })
    });
}
