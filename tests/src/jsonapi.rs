//! JSON:API: `page[number]` (from 1) and `page[size]` (default 10, at most 50) in the query
//! string; the document `{"data": [...], "meta": {"total", "total-pages"}, "links":
//! {"self", "first", "prev", "next", "last"}}`, whose links are strings or link objects.

use pagination_core::{HalLinks, Paginated};
use serde::{Deserialize, Serialize};

/// `GET /articles?page[number]=&page[size]=`
#[derive(Debug, Clone, Default, PartialEq, Serialize, Paginated)]
#[paginate(page = "page[number]", size = "page[size]", default = 10, max = 50)]
pub struct ListArticles {
    /// Page number, from 1.
    #[serde(rename = "page[number]", skip_serializing_if = "Option::is_none")]
    pub page_number: Option<u32>,
    /// Articles per page.
    #[serde(rename = "page[size]", skip_serializing_if = "Option::is_none")]
    pub page_size: Option<u32>,
}

/// One resource object.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Article {
    /// Its type, `articles`.
    #[serde(rename = "type")]
    pub kind: String,
    /// Its id.
    pub id: String,
    /// Its attributes.
    pub attributes: ArticleAttributes,
}

/// An article's attributes.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ArticleAttributes {
    /// The title.
    pub title: String,
}

/// The document's `meta`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Meta {
    /// How many articles there are in all.
    pub total: Option<u64>,
    /// How many pages there are.
    #[serde(rename = "total-pages")]
    pub total_pages: Option<u64>,
}

/// The answer to [`ListArticles`].
#[derive(Debug, Clone, PartialEq, Deserialize, Paginated)]
#[paginate(items = data, total_items = meta.total, total_pages = meta.total_pages)]
#[paginate(next = links)]
pub struct ArticlePage {
    /// The page's articles.
    pub data: Vec<Article>,
    /// The totals; a server may leave them out.
    #[serde(default)]
    pub meta: Option<Meta>,
    /// `self`, `first`, `prev`, `next` and `last`, as strings or link objects.
    #[serde(default)]
    pub links: HalLinks,
}
