//! GitLab's REST API: `page` (from 1) and `per_page` (default 20, at most 100) in the
//! query string; the body a bare JSON array, and the pages in `X-Page`, `X-Per-Page`,
//! `X-Next-Page`, `X-Total`, `X-Total-Pages` and `Link` headers. Past 10,000 items GitLab
//! leaves out the totals.

use pagination_core::Paginated;
use serde::{Deserialize, Serialize};

/// `GET /api/v4/projects?page=&per_page=`
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, Paginated)]
#[paginate(size = "per_page", default = 20, max = 100)]
pub struct ListProjects {
    /// Page number, from 1.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub page: Option<u32>,
    /// Projects per page.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub per_page: Option<u32>,
}

/// One project.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Project {
    /// Its id.
    pub id: u64,
    /// Its name.
    pub name: String,
}

/// The answer to [`ListProjects`], built from the headers and the body with `from_http`.
#[derive(Debug, Clone, PartialEq, Paginated)]
pub struct ProjectPage {
    /// The page's projects: the body.
    #[paginate(items)]
    pub projects: Vec<Project>,
    /// The page GitLab answered.
    #[paginate(page, header = "X-Page")]
    pub page: Option<u32>,
    /// The page size GitLab used.
    #[paginate(size, header = "X-Per-Page")]
    pub per_page: Option<u32>,
    /// How many projects there are; left out past 10,000.
    #[paginate(total_items, header = "X-Total")]
    pub total: Option<u64>,
    /// How many pages there are; left out past 10,000 projects.
    #[paginate(total_pages, header = "X-Total-Pages")]
    pub total_pages: Option<u64>,
    /// `rel="next"` of the `Link` header.
    #[paginate(next, header = "Link")]
    pub next: Option<String>,
}
