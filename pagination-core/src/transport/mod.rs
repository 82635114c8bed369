//! What a transport uses to send a page's request and read the answer: the query it
//! sends, the links it follows, and the headers it reads.

#[cfg(feature = "http")]
pub(crate) mod http;
pub(crate) mod link_header;
pub(crate) mod links;
pub(crate) mod query;
#[cfg(feature = "links")]
pub(crate) mod resolve;
