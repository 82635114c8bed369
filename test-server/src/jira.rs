//! Jira Cloud: `GET /rest/api/3/project/search?startAt=&maxResults=`, a `PageBean` of
//! projects paged by offset.

use serde::Serialize;

use crate::data;
use crate::fake::{AboveMax, FakeApi, Mode, Paging, Rejection, Served};
use crate::http::{ErrorAnswer, PageAnswer, Request};

/// `GET /rest/api/3/project/search`.
pub(crate) struct Projects;

/// Jira's error body.
#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Error {
    error_messages: [&'static str; 1],
    errors: Empty,
}

/// `{}`.
#[derive(Serialize)]
struct Empty {}

/// `PageBeanProject`, its fields in the order Jira writes them.
#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct PageBean {
    #[serde(rename = "self")]
    self_link: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    next_page: Option<String>,
    max_results: u32,
    start_at: usize,
    /// Left out only by the totals faults.
    #[serde(skip_serializing_if = "Option::is_none")]
    total: Option<i128>,
    is_last: bool,
    values: Vec<Project>,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
#[allow(
    clippy::struct_field_names,
    reason = "the wire name is `projectTypeKey`"
)]
struct Project {
    #[serde(rename = "self")]
    self_link: String,
    id: String,
    key: String,
    name: String,
    project_type_key: &'static str,
    simplified: bool,
    style: &'static str,
}

impl FakeApi for Projects {
    const METHOD: &'static str = "GET";
    const PATH: &'static str = "/rest/api/3/project/search";
    const ITEMS: usize = crate::JIRA_PROJECTS;
    /// `startAt` from 0; `maxResults` defaults to 50 and more than 100 is served as 100, which
    /// the answer's `maxResults` says.
    const PAGING: Paging = Paging {
        mode: Mode::Offset,
        ..Paging::query("startAt", "maxResults", 50, 100, AboveMax::Clamp)
    };
    type Params = ();

    /// HTTP Basic: the account's email and an API token.
    fn authorized(&self, request: &Request<'_>) -> bool {
        request.basic_is(crate::JIRA_EMAIL, crate::JIRA_API_TOKEN)
    }

    fn reject(&self, rejection: Rejection) -> ErrorAnswer {
        let message = match rejection {
            Rejection::Unauthorized => "Client must be authenticated to access this resource.",
            Rejection::Page => "startAt must be a non-negative integer",
            Rejection::Size => "maxResults must be a positive integer",
        };
        let body = Error {
            error_messages: [message],
            errors: Empty {},
        };
        ErrorAnswer::json(rejection.status(), &body)
    }

    /// `nextPage` only while the list goes on; the links carry `startAt` and `maxResults` as
    /// served.
    fn render(&self, page: &Served<'_>, (): &()) -> PageAnswer {
        let origin = page.origin();
        let values = page.range(page.len).map(|i| project(origin, i)).collect();
        PageAnswer::json(&PageBean {
            self_link: page.href(origin, Some(page.start)),
            next_page: page.next_href(page.len),
            max_results: page.size,
            start_at: page.start,
            total: page.total_items(page.len),
            is_last: !page.has_next(page.len),
            values,
        })
    }
}

/// Jira project `i`, its `self` on `origin`.
fn project(origin: &str, i: usize) -> Project {
    let id = data::jira_project_id(i);
    Project {
        self_link: format!("{origin}/rest/api/3/project/{id}"),
        key: data::jira_project_key(i),
        name: format!("Project {i}"),
        id,
        project_type_key: "software",
        simplified: false,
        style: "classic",
    }
}
