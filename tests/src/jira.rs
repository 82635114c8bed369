//! Jira Cloud's paged lists (`PageBean`): `startAt` (from 0) and `maxResults` (default
//! 50; Jira serves at most 100, and says so in the answer's `maxResults`) in the query
//! string; the answer `{"startAt", "maxResults", "total", "isLast", "values"}`.

use pagination_core::Paginated;
use serde::{Deserialize, Serialize};

/// `GET /rest/api/3/project/search?startAt=&maxResults=`
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, Paginated)]
#[serde(rename_all = "camelCase")]
#[paginate(offset = "startAt", limit = "maxResults", default = 50, max = 100)]
pub struct SearchProjects {
    /// The offset of the first project, from 0.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub start_at: Option<u64>,
    /// Projects per page.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub max_results: Option<u32>,
}

/// One project.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Project {
    /// Its id.
    pub id: String,
    /// Its key.
    pub key: String,
}

/// The answer to [`SearchProjects`].
#[derive(Debug, Clone, PartialEq, Deserialize, Paginated)]
#[serde(rename_all = "camelCase")]
#[paginate(
    items = "values",
    offset = "startAt",
    size = "maxResults",
    total_items = "total"
)]
pub struct ProjectPage {
    /// The page's projects.
    pub values: Vec<Project>,
    /// The offset the server answered from.
    pub start_at: u64,
    /// The page size the server used.
    pub max_results: u32,
    /// How many projects there are.
    pub total: u64,
}
