//! The WordPress REST API: `page` (from 1) and `per_page` (default 10, at most 100: more is
//! refused) in the query string; the body a bare JSON array, the totals in `X-WP-Total`
//! and `X-WP-TotalPages`, and a page past the last refused with a 400.

use pagination_core::Paginated;
use serde::{Deserialize, Serialize};

/// `GET /wp-json/wp/v2/posts?page=&per_page=`
#[derive(Debug, Clone, Default, PartialEq, Serialize, Paginated)]
#[paginate(size = "per_page", default = 10, max = 100)]
pub struct ListPosts {
    /// Page number, from 1.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub page: Option<u32>,
    /// Posts per page.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub per_page: Option<u32>,
}

/// One post.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Post {
    /// Its id.
    pub id: u64,
    /// Its slug.
    pub slug: String,
}

/// The answer to [`ListPosts`], built from the headers and the body with `from_http`.
#[derive(Debug, Clone, PartialEq, Paginated)]
pub struct PostPage {
    /// The page's posts: the body.
    #[paginate(items)]
    pub posts: Vec<Post>,
    /// How many posts there are.
    #[paginate(total_items, header = "X-WP-Total")]
    pub total: Option<u64>,
    /// How many pages there are.
    #[paginate(total_pages, header = "X-WP-TotalPages")]
    pub total_pages: Option<u64>,
}
