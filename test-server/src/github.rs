//! GitHub: `GET /repos/{owner}/{repo}/issues?page=&per_page=`, a bare array paged by the
//! `Link` header.

use serde::Serialize;

use crate::data;
use crate::fake::{AboveMax, FakeApi, Paging, Rejection, Served};
use crate::http::{ErrorAnswer, PageAnswer, Request};

/// `GET /repos/{owner}/{repo}/issues`.
pub(crate) struct Issues;

/// What GitHub's REST API answers.
const CONTENT_TYPE: &str = "application/json; charset=utf-8";

/// GitHub's error body; `status` is a string, as GitHub sends it.
#[derive(Serialize)]
struct Error {
    message: &'static str,
    documentation_url: &'static str,
    status: String,
}

#[derive(Serialize)]
struct Issue {
    id: u64,
    number: u64,
    title: String,
    state: &'static str,
}

impl FakeApi for Issues {
    const METHOD: &'static str = "GET";
    const PATH: &'static str = "/repos/{owner}/{repo}/issues";
    const ITEMS: usize = crate::GITHUB_ISSUES;
    /// `per_page` defaults to 30; GitHub serves more than 100 as 100.
    const PAGING: Paging = Paging::query("page", "per_page", 30, 100, AboveMax::Clamp);
    type Params = ();

    /// `Authorization: Bearer <token>`, or the older `token <token>` GitHub still accepts.
    fn authorized(&self, request: &Request<'_>) -> bool {
        let token = request
            .credentials("bearer")
            .or_else(|| request.credentials("token"));
        token == Some(crate::GITHUB_TOKEN)
    }

    fn reject(&self, rejection: Rejection) -> ErrorAnswer {
        let (message, documentation_url) = match rejection {
            Rejection::Unauthorized => ("Bad credentials", "https://docs.github.com/rest"),
            Rejection::Page => ("page must be a positive integer", ISSUES_DOCS),
            Rejection::Size => ("per_page must be a positive integer", ISSUES_DOCS),
        };
        let status = rejection.status();
        let body = Error {
            message,
            documentation_url,
            status: status.as_u16().to_string(),
        };
        ErrorAnswer::json(status, &body).content_type(CONTENT_TYPE)
    }

    /// Links in GitHub's order: `prev`, `next`, `last`, `first`. The first page has no `prev`
    /// or `first`, the last no `next` or `last`, and a single page no `Link` header at all.
    fn render(&self, page: &Served<'_>, (): &()) -> PageAnswer {
        let issues: Vec<Issue> = page.range(page.len).map(issue).collect();
        let mut links = Vec::new();
        links.extend(page.prev_href().map(|href| ("prev", href)));
        if let Some(next) = page.next_href(page.len) {
            links.push(("next", next));
            links.extend(page.last_href(page.len).map(|href| ("last", href)));
        }
        if page.has_prev() {
            links.push(("first", page.first_href()));
        }
        let answer = PageAnswer::json(&issues).content_type(CONTENT_TYPE);
        page.link_header(answer, &links)
    }
}

/// Where GitHub's errors point for this endpoint.
const ISSUES_DOCS: &str = "https://docs.github.com/rest/issues/issues#list-repository-issues";

/// GitHub issue `i`.
fn issue(i: usize) -> Issue {
    let number = data::github_issue_number(i);
    Issue {
        id: data::github_issue_id(i),
        number,
        title: format!("Issue {number}"),
        state: "open",
    }
}
