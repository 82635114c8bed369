//! What a transport uses to send a page's request and follow a server's links.

pub(crate) mod links;
pub(crate) mod query;
