//! GitHub's REST API: `page` (from 1) and `per_page` (default 30, at most 100) in the
//! query string; the body a bare JSON array, and the pages in the `Link` header, whose
//! `rel="next"` and `rel="last"` are both left out on the last page.

use pagination_core::Paginated;
use serde::{Deserialize, Serialize};

/// `GET /repos/{owner}/{repo}/issues?page=&per_page=`
#[derive(Debug, Clone, Default, PartialEq, Serialize, Paginated)]
#[paginate(size = "per_page", default = 30, max = 100)]
pub struct ListIssues {
    /// Path parameter.
    #[serde(skip)]
    pub owner: String,
    /// Path parameter.
    #[serde(skip)]
    pub repo: String,
    /// Page number, from 1.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub page: Option<u32>,
    /// Issues per page.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub per_page: Option<u32>,
}

/// One issue.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Issue {
    /// Its database id.
    pub id: u64,
    /// Its number in the repository, from 1.
    pub number: u64,
    /// Its title.
    pub title: String,
}

/// The answer to [`ListIssues`], built from the headers and the body with `from_http`.
#[derive(Debug, Clone, PartialEq, Paginated)]
pub struct IssuePage {
    /// The page's issues: the body.
    #[paginate(items)]
    pub issues: Vec<Issue>,
    /// `rel="next"` of the `Link` header.
    #[paginate(next, header = "Link")]
    pub next: Option<String>,
    /// The page number of `rel="last"`.
    #[paginate(total_pages, header = "Link")]
    pub last_page: Option<u64>,
}
