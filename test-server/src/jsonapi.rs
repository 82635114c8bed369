//! JSON:API: `GET /articles?page[number]=&page[size]=`, the page-number strategy, with totals in
//! `meta` and the pages in the top-level `links`.

use serde::Serialize;

use crate::data;
use crate::fake::{AboveMax, FakeApi, Paging, Rejection, Served};
use crate::http::{ErrorAnswer, PageAnswer, Request};

/// `GET /articles`.
pub(crate) struct Articles;

/// JSON:API's media type, for every answer and error.
const CONTENT_TYPE: &str = "application/vnd.api+json";

/// A top-level document of errors.
#[derive(Serialize)]
struct Errors {
    errors: [ErrorObject; 1],
}

#[derive(Serialize)]
struct ErrorObject {
    /// A string, as JSON:API requires.
    status: String,
    title: &'static str,
    detail: &'static str,
    #[serde(skip_serializing_if = "Option::is_none")]
    source: Option<ErrorSource>,
}

#[derive(Serialize)]
struct ErrorSource {
    parameter: &'static str,
}

#[derive(Serialize)]
struct Document {
    data: Vec<Resource>,
    meta: Meta,
    links: Links,
}

#[derive(Serialize)]
struct Resource {
    #[serde(rename = "type")]
    kind: &'static str,
    id: String,
    attributes: Attributes,
}

#[derive(Serialize)]
struct Attributes {
    title: String,
}

#[derive(Serialize)]
struct Meta {
    /// Left out, like `total-pages`, only by the totals faults.
    #[serde(skip_serializing_if = "Option::is_none")]
    total: Option<i128>,
    #[serde(rename = "total-pages", skip_serializing_if = "Option::is_none")]
    total_pages: Option<i128>,
}

/// `prev` and `next` are `null` when there is no such page.
#[derive(Serialize)]
struct Links {
    #[serde(rename = "self")]
    self_link: Link,
    first: Link,
    prev: Option<Link>,
    next: Option<Link>,
    /// Left out only by the totals faults.
    #[serde(skip_serializing_if = "Option::is_none")]
    last: Option<Link>,
}

/// A link: a string, or a link object (JSON:API 1.1 allows both).
#[derive(Serialize)]
#[serde(untagged)]
enum Link {
    Text(String),
    Object { href: String },
}

impl FakeApi for Articles {
    const METHOD: &'static str = "GET";
    const PATH: &'static str = "/articles";
    const ITEMS: usize = crate::JSONAPI_ARTICLES;
    /// `page[size]` defaults to 10; more than 50 is served as 50.
    const PAGING: Paging = Paging::query("page[number]", "page[size]", 10, 50, AboveMax::Clamp);
    type Params = ();

    /// `Authorization: Bearer <token>`.
    fn authorized(&self, request: &Request<'_>) -> bool {
        request.credentials("bearer") == Some(crate::JSONAPI_TOKEN)
    }

    fn reject(&self, rejection: Rejection) -> ErrorAnswer {
        let (title, detail, parameter) = match rejection {
            Rejection::Unauthorized => ("Unauthorized", "A valid bearer token is required.", None),
            Rejection::Page => (
                "Invalid Query Parameter",
                "page[number] must be a positive integer.",
                Some("page[number]"),
            ),
            Rejection::Size => (
                "Invalid Query Parameter",
                "page[size] must be a positive integer.",
                Some("page[size]"),
            ),
        };
        let status = rejection.status();
        let error = ErrorObject {
            status: status.as_u16().to_string(),
            title,
            detail,
            source: parameter.map(|parameter| ErrorSource { parameter }),
        };
        let answer =
            ErrorAnswer::json(status, &Errors { errors: [error] }).content_type(CONTENT_TYPE);
        match rejection {
            Rejection::Unauthorized => answer.header("www-authenticate", "Bearer"),
            Rejection::Page | Rejection::Size => answer,
        }
    }

    fn render(&self, page: &Served<'_>, (): &()) -> PageAnswer {
        let link = |href| {
            if page.link_objects {
                Link::Object { href }
            } else {
                Link::Text(href)
            }
        };
        let links = Links {
            self_link: link(page.href(page.origin(), Some(page.page))),
            first: link(page.first_href()),
            prev: page.prev_href().map(link),
            next: page.next_href(page.len).map(link),
            last: page.last_href(page.len).map(link),
        };
        let document = Document {
            data: page.range(page.len).map(article).collect(),
            meta: Meta {
                total: page.total_items(page.len),
                total_pages: page.total_pages(page.pages(page.len)),
            },
            links,
        };
        PageAnswer::json(&document).content_type(CONTENT_TYPE)
    }
}

/// JSON:API article `i`.
fn article(i: usize) -> Resource {
    Resource {
        kind: "articles",
        id: data::jsonapi_article_id(i),
        attributes: Attributes {
            title: format!("Article {i}"),
        },
    }
}
