//! Pagination for API request and response types, from one derive: by page number, next
//! link, offset or cursor.
#![doc = include_str!("../docs/crate.md")]

// The declaration side: what a request, a response and their page query are, in each
// style (page number, offset, cursor).
mod cursor;
mod offset;
mod request;
mod response;

// The one implementation of each pagination rule.
mod rules;

// Walking every page: one state machine, its guards, and the drivers that fetch.
mod walk;

// What a transport uses: the query it sends and the links it follows.
mod transport;

mod error;

pub mod support;

pub use crate::cursor::{CursorParams, CursorRequest};
pub use crate::error::{EndReason, Error, PageError, Totals};
pub use crate::offset::{OffsetParams, OffsetRequest};
pub use crate::request::{PageParams, PaginatedRequest};
pub use crate::response::{PageInfo, PaginatedResponse};
#[cfg(feature = "http")]
pub use crate::transport::http::{FromHttp, HeaderField, header_value};
pub use crate::transport::link_header::{HeaderLink, LinkHeader, LinkHeaderError};
pub use crate::transport::links::{HalLinks, Link, LinkError, NextLink};
pub use crate::transport::query::{Iter as PageQueryIter, PageQuery};
#[cfg(feature = "links")]
pub use crate::transport::resolve::resolve_link;
pub use crate::walk::Progress;
#[cfg(all(feature = "links", feature = "stream"))]
pub use crate::walk::by_link::{BoxLinkStream, follow_links_stream};
#[cfg(feature = "links")]
pub use crate::walk::by_link::{ByLink, Follow, Linked, follow_links};
pub use crate::walk::fetch::{BoxFetch, BoxPageFuture, Fetch, FetchAsync};
pub use crate::walk::pages::{
    BoxPages, Items, Pages, paginate, paginate_cursors, paginate_offsets,
};
#[cfg(feature = "stream")]
pub use crate::walk::stream::{
    BoxPageStream, ItemStream, PageStream, paginate_cursors_stream, paginate_offsets_stream,
    paginate_stream,
};
pub use crate::walk::style::{ByCursor, ByOffset, ByPage, Style, StyleFor};
/// The `http` crate, whose `HeaderMap` [`FromHttp`] reads.
#[cfg(feature = "http")]
pub use http;

#[cfg(feature = "derive")]
pub use pagination_derive::Paginated;
