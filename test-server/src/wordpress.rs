//! WordPress: `GET /wp-json/wp/v2/posts?page=&per_page=`, a bare array with its totals in
//! `X-WP-Total` and `X-WP-TotalPages` and the next and previous pages in a `Link` header.

use axum::http::StatusCode;
use serde_json::{Value, json};

use crate::data;
use crate::fake::{AboveMax, FakeApi, LinkFormat, Paging, Rejection, Served};
use crate::http::{ErrorAnswer, PageAnswer, Request};

/// `GET /wp-json/wp/v2/posts`.
pub(crate) struct Posts;

/// What the WordPress REST API answers.
const CONTENT_TYPE: &str = "application/json; charset=UTF-8";

/// A `WP_Error` as the REST API sends it: `{"code","message","data":{"status",…}}`.
fn wp_error(status: StatusCode, code: &str, message: &str, mut data: Value) -> ErrorAnswer {
    data["status"] = status.as_u16().into();
    let body = json!({"code": code, "message": message, "data": data});
    ErrorAnswer::json(status, &body).content_type(CONTENT_TYPE)
}

/// The 400 for an argument outside its schema's bounds.
fn out_of_bounds(param: &str, message: &str) -> ErrorAnswer {
    let data = json!({
        "params": {param: message},
        "details": {param: {"code": "rest_out_of_bounds", "message": message, "data": null}},
    });
    let summary = format!("Invalid parameter(s): {param}");
    wp_error(
        StatusCode::BAD_REQUEST,
        "rest_invalid_param",
        &summary,
        data,
    )
}

impl FakeApi for Posts {
    const METHOD: &'static str = "GET";
    const PATH: &'static str = "/wp-json/wp/v2/posts";
    const ITEMS: usize = crate::WORDPRESS_POSTS;
    /// `per_page` defaults to 10; its schema's maximum is 100, and more is refused.
    const PAGING: Paging = Paging::query("page", "per_page", 10, 100, AboveMax::Reject);
    /// `add_query_arg` changes `page` in place and leaves `per_page` as sent.
    const LINKS: LinkFormat = LinkFormat {
        size: false,
        ..LinkFormat::DEFAULT
    };
    type Params = ();

    /// HTTP Basic with an application password, whose spaces WordPress ignores.
    fn authorized(&self, request: &Request<'_>) -> bool {
        let sent = request
            .basic()
            .and_then(|sent| String::from_utf8(sent).ok());
        let Some((user, password)) = sent.as_deref().and_then(|sent| sent.split_once(':')) else {
            return false;
        };
        let letters = |password: &str| -> String {
            password
                .chars()
                .filter(char::is_ascii_alphanumeric)
                .collect()
        };
        user == crate::WORDPRESS_USER && letters(password) == letters(crate::WORDPRESS_APP_PASSWORD)
    }

    fn reject(&self, rejection: Rejection) -> ErrorAnswer {
        match rejection {
            Rejection::Unauthorized => wp_error(
                rejection.status(),
                "rest_not_logged_in",
                "You are not currently logged in.",
                json!({}),
            ),
            Rejection::Page => out_of_bounds("page", "page must be greater than or equal to 1"),
            Rejection::Size => out_of_bounds(
                "per_page",
                "per_page must be between 1 (inclusive) and 100 (inclusive)",
            ),
        }
    }

    /// Any page past the last is refused, unless there are no posts at all.
    fn past_end(&self, page: &Served<'_>) -> Option<ErrorAnswer> {
        (page.len > 0 && page.range(page.len).is_empty()).then(|| {
            wp_error(
                StatusCode::BAD_REQUEST,
                "rest_post_invalid_page_number",
                "The page number requested is larger than the number of pages available.",
                json!({}),
            )
        })
    }

    fn render(&self, page: &Served<'_>, (): &()) -> PageAnswer {
        let posts: Vec<Value> = page.range(page.len).map(post).collect();
        let mut links = Vec::new();
        links.extend(page.prev_href().map(|href| ("prev", href)));
        links.extend(page.next_href(page.len).map(|href| ("next", href)));
        let mut answer = PageAnswer::json(&posts).content_type(CONTENT_TYPE);
        if let Some(total) = page.total_items(page.len) {
            answer = answer.header("x-wp-total", &total.to_string());
        }
        if let Some(pages) = page.total_pages(page.pages(page.len)) {
            answer = answer.header("x-wp-totalpages", &pages.to_string());
        }
        page.link_header(answer, &links)
    }
}

/// WordPress post `i`, with a few of the fields the `view` context sends.
fn post(i: usize) -> Value {
    json!({
        "id": data::wordpress_post_id(i),
        "date": "2024-05-01T10:00:00",
        "slug": format!("post-{i}"),
        "status": "publish",
        "title": {"rendered": format!("Post {i}")},
    })
}
