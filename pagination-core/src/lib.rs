//! Page-number pagination for API request and response types, from one derive.
#![doc = include_str!("../docs/crate.md")]

mod error;
mod links;
mod pages;
mod query;
mod request;
mod response;
mod rules;
#[cfg(feature = "stream")]
mod stream;
mod walk;

#[doc(hidden)]
#[path = "private.rs"]
pub mod __private;

pub use crate::error::{Error, PageError};
pub use crate::links::{HalLinks, Link, LinkError, NextLink, resolve_link};
pub use crate::pages::{Items, Pages, paginate};
pub use crate::query::{Iter as PageQueryIter, PageQuery};
pub use crate::request::{PageParams, PaginatedRequest};
pub use crate::response::{PageInfo, PaginatedResponse};
#[cfg(feature = "stream")]
pub use crate::stream::{ItemStream, PageStream, paginate_stream};
pub use crate::walk::Progress;

#[cfg(feature = "derive")]
pub use pagination_derive::Paginated;
