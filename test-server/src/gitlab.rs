//! GitLab: `GET /api/v4/projects?page=&per_page=`, a bare array paged by `X-*` headers and a
//! `Link` header.

use axum::http::StatusCode;
use serde::Serialize;

use crate::data;
use crate::fake::{AboveMax, FakeApi, LinkFormat, Paging, Rejection, Served};
use crate::http::{ErrorAnswer, PageAnswer, Request};
use crate::links::Order;

/// `GET /api/v4/projects`.
pub(crate) struct Projects;

/// GitLab's 401 body: `{"message":"401 Unauthorized"}`.
#[derive(Serialize)]
struct Message {
    message: &'static str,
}

/// Grape's 400 body for a parameter that fails validation: `{"error":"page is invalid"}`.
#[derive(Serialize)]
struct Invalid {
    error: &'static str,
}

#[derive(Serialize)]
struct Project {
    id: u64,
    name: String,
    path: String,
    path_with_namespace: String,
}

impl FakeApi for Projects {
    const METHOD: &'static str = "GET";
    const PATH: &'static str = "/api/v4/projects";
    const ITEMS: usize = crate::GITLAB_PROJECTS;
    /// `per_page` defaults to 20; GitLab serves more than 100 as 100.
    const PAGING: Paging = Paging::query("page", "per_page", 20, 100, AboveMax::Clamp);
    /// Rails' `to_query` sorts the parameters by name.
    const LINKS: LinkFormat = LinkFormat {
        order: Order::Sorted,
        ..LinkFormat::DEFAULT
    };
    type Params = ();

    /// `PRIVATE-TOKEN: <personal access token>`.
    fn authorized(&self, request: &Request<'_>) -> bool {
        request.header("private-token") == Some(crate::GITLAB_TOKEN)
    }

    fn reject(&self, rejection: Rejection) -> ErrorAnswer {
        let status = rejection.status();
        match rejection {
            Rejection::Unauthorized => ErrorAnswer::json(
                status,
                &Message {
                    message: "401 Unauthorized",
                },
            ),
            Rejection::Page => invalid(status, "page is invalid"),
            Rejection::Size => invalid(status, "per_page is invalid"),
        }
    }

    fn render(&self, page: &Served<'_>, (): &()) -> PageAnswer {
        let range = page.range(page.len);
        // Kaminari gives a page past the last neither a previous nor a next page.
        let prev = page.prev_href().filter(|_| !range.is_empty());
        let next = page.next_href(page.len);
        let number = |href: &Option<String>, page: u32| match href {
            Some(_) => page.to_string(),
            None => String::new(),
        };
        let projects: Vec<Project> = range.map(project).collect();
        let mut answer = PageAnswer::json(&projects)
            .header("x-page", &page.page.to_string())
            .header("x-per-page", &page.size.to_string())
            .header("x-next-page", &number(&next, page.page + 1))
            .header("x-prev-page", &number(&prev, page.page.saturating_sub(1)));
        let mut links = Vec::new();
        links.extend(prev.map(|href| ("prev", href)));
        links.extend(next.map(|href| ("next", href)));
        links.push(("first", page.first_href()));
        // GitLab does not count more than 10,000 rows: no totals, no `last`.
        if page.len <= crate::GITLAB_COUNT_LIMIT {
            if let Some(total) = page.total_items(page.len) {
                answer = answer.header("x-total", &total.to_string());
            }
            if let Some(pages) = page.total_pages(page.pages(page.len).max(1)) {
                answer = answer.header("x-total-pages", &pages.to_string());
            }
            links.extend(page.last_href(page.len).map(|href| ("last", href)));
        }
        page.link_header(answer, &links)
    }
}

fn invalid(status: StatusCode, error: &'static str) -> ErrorAnswer {
    ErrorAnswer::json(status, &Invalid { error })
}

/// GitLab project `i`.
fn project(i: usize) -> Project {
    let path = format!("project-{i}");
    Project {
        id: data::gitlab_project_id(i),
        name: format!("Project {i}"),
        path_with_namespace: format!("group/{path}"),
        path,
    }
}
