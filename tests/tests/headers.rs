//! Responses whose pagination is in HTTP headers, built with the derived `FromHttp` from
//! the headers and the decoded body (a bare JSON array), as GitHub, GitLab and WordPress
//! send them: first, middle and last pages, GitLab past 10,000 items (no totals), several
//! `Link` headers, values that are not numbers, a malformed `Link` header, and walks of a
//! scripted server of each shape that yield every item exactly once.

use pagination_core::http::{HeaderMap, HeaderValue, Response, StatusCode};
use pagination_core::{Follow, Linked};
use pagination_core::{
    FromHttp, PageInfo, Paginated, PaginatedRequest, PaginatedResponse, follow_links, paginate,
};
use serde::Deserialize;
use serde::de::DeserializeOwned;
use std::cell::RefCell;

type Failure = Box<dyn std::error::Error + Send + Sync>;

// GitHub: `GET /repos/{owner}/{repo}/issues?page=&per_page=`, 30 a page by default, at
// most 100; a bare array, and a `Link` header with `rel="next"` and `rel="last"`, both
// left out on the last page.

#[derive(Debug, Clone, Default, PartialEq, Paginated)]
#[paginate(size = "per_page", default = 30, max = 100)]
struct ListIssues {
    page: Option<u32>,
    per_page: Option<u32>,
}

#[derive(Debug, PartialEq, Deserialize)]
struct Issue {
    number: u32,
}

#[derive(Debug, Paginated)]
struct IssuePage {
    #[paginate(items)]
    issues: Vec<Issue>,
    #[paginate(next, header = "Link")]
    next: Option<String>,
    #[paginate(total_pages, header = "link")]
    last_page: Option<u64>,
}

// GitLab: `GET /api/v4/projects?page=&per_page=`, 20 a page by default, at most 100; a
// bare array, `X-Total`, `X-Total-Pages`, `X-Page`, `X-Per-Page`, `X-Next-Page` (empty on
// the last page) and `Link`; past 10,000 items, no totals and no `rel="last"`.

#[derive(Debug, Clone, Default, PartialEq, Paginated)]
#[paginate(size = "per_page", default = 20, max = 100)]
struct ListProjects {
    page: Option<u32>,
    per_page: Option<u32>,
}

#[derive(Debug, PartialEq, Deserialize)]
struct Project {
    id: u32,
}

/// Every header GitLab sends; the `Link` header's `rel="next"` decides.
#[derive(Debug, Paginated)]
struct ProjectPage {
    #[paginate(items)]
    projects: Vec<Project>,
    #[paginate(page, header = "X-Page")]
    page: Option<u32>,
    #[paginate(size, header = "X-Per-Page")]
    per_page: Option<u32>,
    #[paginate(total_items, header = "X-Total")]
    total: Option<u64>,
    #[paginate(total_pages, header = "X-Total-Pages")]
    pages: Option<u64>,
    #[paginate(has_more, header = "X-Next-Page")]
    more: Option<bool>,
    #[paginate(next, header = "Link")]
    next: Option<String>,
}

/// GitLab without the `Link` header: `X-Next-Page` decides.
#[derive(Debug, Paginated)]
struct ProjectPageByFlag {
    #[paginate(items)]
    projects: Vec<Project>,
    #[paginate(total_items, header = "X-Total")]
    total: Option<u64>,
    #[paginate(has_more, header = "x-next-page")]
    more: Option<bool>,
}

// WordPress: `GET /wp-json/wp/v2/posts?page=&per_page=`, 10 a page by default, at most
// 100; a bare array, `X-WP-Total`, `X-WP-TotalPages`, and a `Link` header with
// `rel="prev"` and `rel="next"`. A page past the last is an error (400).

#[derive(Debug, Clone, Default, PartialEq, Paginated)]
#[paginate(size = "per_page", default = 10, max = 100)]
struct ListPosts {
    page: Option<u32>,
    per_page: Option<u32>,
}

#[derive(Debug, PartialEq, Deserialize)]
struct Post {
    id: u32,
}

#[derive(Debug, Paginated)]
struct PostPage {
    #[paginate(items)]
    posts: Vec<Post>,
    #[paginate(total_items, header = "X-WP-Total")]
    total: Option<u64>,
    #[paginate(total_pages, header = "X-WP-TotalPages")]
    pages: Option<u64>,
}

/// The three shapes of the scripted server.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Api {
    GitHub,
    GitLab,
    WordPress,
}

impl Api {
    fn url(self) -> &'static str {
        match self {
            Api::GitHub => "https://api.github.com/repositories/1300192/issues",
            Api::GitLab => "https://gitlab.example.com/api/v4/projects",
            Api::WordPress => "https://example.com/wp-json/wp/v2/posts",
        }
    }

    fn page_url(self, page: u32, per_page: u32) -> String {
        format!("{}?per_page={per_page}&page={page}", self.url())
    }
}

/// GitLab leaves out its totals past this many items.
const GITLAB_MOST_COUNTED: u32 = 10_000;

/// A server of `total` items, numbered from 0, that pages as `api` does.
struct Server {
    api: Api,
    total: u32,
    fetched: RefCell<Vec<u32>>,
}

impl Server {
    fn new(api: Api, total: u32) -> Self {
        Server {
            api,
            total,
            fetched: RefCell::new(Vec::new()),
        }
    }

    /// The response to `GET ?page=&per_page=`: the items as a bare JSON array, and the
    /// headers the API sends with them.
    fn get(&self, page: u32, per_page: u32) -> Response<Vec<u8>> {
        self.fetched.borrow_mut().push(page);
        let last = self.total.div_ceil(per_page).max(1);
        if self.api == Api::WordPress && page > last {
            let mut response =
                Response::new(br#"{"code": "rest_post_invalid_page_number"}"#.to_vec());
            *response.status_mut() = StatusCode::BAD_REQUEST;
            return response;
        }
        let start = (page - 1).saturating_mul(per_page);
        let ids: Vec<serde_json::Value> = (start..start.saturating_add(per_page).min(self.total))
            .map(|id| match self.api {
                Api::GitHub => serde_json::json!({"number": id, "title": "an issue"}),
                Api::GitLab | Api::WordPress => serde_json::json!({"id": id}),
            })
            .collect();
        let mut response = Response::new(serde_json::to_vec(&ids).unwrap());
        *response.headers_mut() = match self.api {
            Api::GitHub => github_headers(page, per_page, last),
            Api::GitLab => gitlab_headers(page, per_page, self.total),
            Api::WordPress => wordpress_headers(page, per_page, self.total),
        };
        response
    }

    /// The response to a `GET` of `url`, a link the server gave.
    fn get_url(&self, url: &str) -> Response<Vec<u8>> {
        let url = url::Url::parse(url).unwrap();
        let query = |name: &str| -> u32 {
            url.query_pairs()
                .find(|(key, _)| key == name)
                .map(|(_, value)| value.parse().unwrap())
                .unwrap()
        };
        assert_eq!(url.path(), url::Url::parse(self.api.url()).unwrap().path());
        self.get(query("page"), query("per_page"))
    }

    fn fetched(&self) -> Vec<u32> {
        self.fetched.borrow().clone()
    }
}

fn value(text: &str) -> HeaderValue {
    HeaderValue::from_str(text).unwrap()
}

/// The links a page has, by relation: `prev` and `next` where there are such pages, then
/// `extra` (`first`, `last`).
fn rels(page: u32, has_next: bool, extra: &[(&'static str, u32)]) -> Vec<(&'static str, u32)> {
    let prev = (page > 1).then_some(("prev", page.saturating_sub(1)));
    let next = has_next.then_some(("next", page + 1));
    prev.into_iter()
        .chain(next)
        .chain(extra.iter().copied())
        .collect()
}

/// Inserts the `Link` header, `<url>; rel="rel"` joined by commas, unless it is empty.
fn insert_links(headers: &mut HeaderMap, api: Api, per_page: u32, rels: &[(&str, u32)]) {
    let links: Vec<String> = rels
        .iter()
        .map(|(rel, page)| format!("<{}>; rel=\"{rel}\"", api.page_url(*page, per_page)))
        .collect();
    if !links.is_empty() {
        headers.insert("link", value(&links.join(", ")));
    }
}

/// GitHub: `prev`, `next`, `last` and `first`; no `next` and no `last` on the last page,
/// no `prev` and no `first` on the first.
fn github_headers(page: u32, per_page: u32, last: u32) -> HeaderMap {
    let ends: &[_] = match (page > 1, page < last) {
        (true, true) => &[("last", last), ("first", 1)],
        (false, true) => &[("last", last)],
        (true, false) => &[("first", 1)],
        (false, false) => &[],
    };
    let mut headers = HeaderMap::new();
    insert_links(
        &mut headers,
        Api::GitHub,
        per_page,
        &rels(page, page < last, ends),
    );
    headers
}

/// GitLab: its numbers in `X-` headers, empty where there is no such page, and the
/// `Link` header; past 10,000 items, no totals and no `last`.
fn gitlab_headers(page: u32, per_page: u32, total: u32) -> HeaderMap {
    let last = total.div_ceil(per_page).max(1);
    let counted = total <= GITLAB_MOST_COUNTED;
    // Past 10,000 items GitLab does not count, so it does not know the last page; its
    // next page is the one after a full page.
    let has_next = if counted {
        page < last
    } else {
        page * per_page < total
    };
    let number = |page: u32, shown: bool| {
        if shown {
            page.to_string()
        } else {
            String::new()
        }
    };
    let mut headers = HeaderMap::new();
    headers.insert("x-page", value(&page.to_string()));
    headers.insert("x-per-page", value(&per_page.to_string()));
    headers.insert("x-prev-page", value(&number(page - 1, page > 1)));
    headers.insert("x-next-page", value(&number(page + 1, has_next)));
    let ends: &[_] = if counted {
        headers.insert("x-total", value(&total.to_string()));
        headers.insert("x-total-pages", value(&last.to_string()));
        &[("first", 1), ("last", last)]
    } else {
        &[("first", 1)]
    };
    insert_links(
        &mut headers,
        Api::GitLab,
        per_page,
        &rels(page, has_next, ends),
    );
    headers
}

/// WordPress: `X-WP-Total`, `X-WP-TotalPages`, and `prev` and `next` links.
fn wordpress_headers(page: u32, per_page: u32, total: u32) -> HeaderMap {
    let last = total.div_ceil(per_page);
    let mut headers = HeaderMap::new();
    headers.insert("x-wp-total", value(&total.to_string()));
    headers.insert("x-wp-totalpages", value(&last.to_string()));
    insert_links(
        &mut headers,
        Api::WordPress,
        per_page,
        &rels(page, page < last, &[]),
    );
    headers
}

/// What a client does with a response: check the status, decode the body, and build the
/// page with one call.
fn read<R, T>(response: &Response<Vec<u8>>) -> Result<R, Failure>
where
    R: FromHttp<Body = Vec<T>>,
    T: DeserializeOwned,
{
    if !response.status().is_success() {
        return Err(format!("HTTP {}", response.status()).into());
    }
    let body: Vec<T> = serde_json::from_slice(response.body())?;
    Ok(R::from_http(response.headers(), body)?)
}

fn fetch<Req, R, T>(server: &Server) -> impl FnMut(Req) -> Result<R, Failure>
where
    Req: PaginatedRequest,
    R: FromHttp<Body = Vec<T>>,
    T: DeserializeOwned,
{
    |request: Req| read(&server.get(request.page(), request.page_size()))
}

/// Every item of a walk of `server` with `paginate`, from `first`.
fn walk<Req, R, T>(server: &Server, first: Req, id: fn(&T) -> u32) -> Vec<u32>
where
    Req: PaginatedRequest + Clone + std::fmt::Debug,
    R: FromHttp<Body = Vec<T>> + PaginatedResponse<Item = T>,
    T: DeserializeOwned,
{
    paginate(first, fetch::<Req, R, T>(server))
        .items()
        .map(|item| item.map(|item| id(&item)))
        .collect::<Result<_, _>>()
        .unwrap_or_else(|error| panic!("{error}"))
}

fn issue(id: &Issue) -> u32 {
    id.number
}

fn project(id: &Project) -> u32 {
    id.id
}

fn post(id: &Post) -> u32 {
    id.id
}

#[test]
fn github_first_middle_and_last_pages() {
    let server = Server::new(Api::GitHub, 95);
    let request = ListIssues::default().with_page_size(30);

    let first: IssuePage = read(&server.get(1, 30)).unwrap();
    assert_eq!(first.issues.len(), 30);
    assert_eq!(first.page_info(), PageInfo::new(None, None, None, Some(4)));
    assert_eq!(
        first.next_link(),
        Some(Api::GitHub.page_url(2, 30).as_str())
    );
    assert_eq!(
        request.next_request(&first),
        Some(request.clone().with_page(2))
    );

    let middle: IssuePage = read(&server.get(3, 30)).unwrap();
    assert_eq!(middle.page_info().total_pages, Some(4));
    assert_eq!(
        middle.next_link(),
        Some(Api::GitHub.page_url(4, 30).as_str())
    );
    let third = request.clone().with_page(3);
    assert_eq!(third.next_request(&middle).map(|next| next.page()), Some(4));

    // The last page has `prev` and `first` links, but no `next` and no `last`.
    let last: IssuePage = read(&server.get(4, 30)).unwrap();
    assert_eq!(last.issues.len(), 5);
    assert_eq!(last.page_info(), PageInfo::default());
    assert_eq!(last.next_link(), None);
    assert_eq!(request.with_page(4).next_request(&last), None);
}

#[test]
fn gitlab_first_middle_and_last_pages() {
    let server = Server::new(Api::GitLab, 41);
    let request = ListProjects::default().with_page_size(20);

    let first: ProjectPage = read(&server.get(1, 20)).unwrap();
    assert_eq!(
        first.page_info(),
        PageInfo::new(Some(1), Some(20), Some(41), Some(3))
    );
    assert_eq!(first.more, Some(true));
    assert_eq!(
        first.next_link(),
        Some(Api::GitLab.page_url(2, 20).as_str())
    );
    assert_eq!(
        request.next_request(&first).map(|next| next.page()),
        Some(2)
    );

    let middle: ProjectPage = read(&server.get(2, 20)).unwrap();
    assert_eq!(middle.page_info().page, Some(2));
    assert_eq!(
        middle.next_link(),
        Some(Api::GitLab.page_url(3, 20).as_str())
    );

    // The last page: `X-Next-Page` is empty and the `Link` header has no `rel="next"`.
    let response = server.get(3, 20);
    assert_eq!(response.headers()["x-next-page"], "");
    let last: ProjectPage = read(&response).unwrap();
    assert_eq!(last.projects, [Project { id: 40 }]);
    assert_eq!(last.more, Some(false));
    assert_eq!(last.next_link(), None);
    assert_eq!(
        last.page_info(),
        PageInfo::new(Some(3), Some(20), Some(41), Some(3))
    );
    assert_eq!(request.clone().with_page(3).next_request(&last), None);
    // By the flag alone, the same.
    let last: ProjectPageByFlag = read(&response).unwrap();
    assert_eq!(request.with_page(3).next_request(&last), None);
}

#[test]
fn gitlab_past_ten_thousand_items_sends_no_totals() {
    let server = Server::new(Api::GitLab, 10_050);
    let request = ListProjects::default().with_page_size(100);
    let response = server.get(5, 100);
    assert!(response.headers().get("x-total").is_none());
    let page: ProjectPage = read(&response).unwrap();
    assert_eq!(
        page.page_info(),
        PageInfo::new(Some(5), Some(100), None, None)
    );
    assert_eq!(page.more, Some(true));
    let fifth = request.clone().with_page(5);
    assert_eq!(fifth.next_request(&page).map(|next| next.page()), Some(6));
    let by_flag: ProjectPageByFlag = read(&response).unwrap();
    assert_eq!(
        fifth.next_request(&by_flag).map(|next| next.page()),
        Some(6)
    );

    let last: ProjectPage = read(&server.get(101, 100)).unwrap();
    assert_eq!(last.projects.len(), 50);
    assert_eq!((last.more, last.next_link()), (Some(false), None));
    assert_eq!(request.with_page(101).next_request(&last), None);
}

#[test]
fn wordpress_first_middle_and_last_pages() {
    let server = Server::new(Api::WordPress, 25);
    let request = ListPosts::default();

    let first: PostPage = read(&server.get(1, 10)).unwrap();
    assert_eq!(
        first.page_info(),
        PageInfo::new(None, None, Some(25), Some(3))
    );
    assert_eq!(first.next_link(), None, "`PostPage` has no `next` role");
    assert_eq!(
        request.next_request(&first).map(|next| next.page()),
        Some(2)
    );

    let middle: PostPage = read(&server.get(2, 10)).unwrap();
    assert_eq!(middle.posts[0], Post { id: 10 });
    let second = request.clone().with_page(2);
    assert_eq!(
        second.next_request(&middle).map(|next| next.page()),
        Some(3)
    );

    let last: PostPage = read(&server.get(3, 10)).unwrap();
    assert_eq!(last.posts.len(), 5);
    assert_eq!(request.with_page(3).next_request(&last), None);

    // Past the last page, WordPress answers 400.
    assert!(read::<PostPage, Post>(&server.get(4, 10)).is_err());
}

#[test]
fn several_link_headers_are_read_as_one_list() {
    let mut headers = HeaderMap::new();
    headers.append("Link", value("</issues?page=1>; rel=\"prev\""));
    headers.append("link", value("</issues?page=3>; rel=\"next\""));
    headers.append(
        "LINK",
        value("</issues?page=9>; rel=\"last\", </issues?page=1>; rel=first"),
    );
    let page = IssuePage::from_http(&headers, Vec::new()).unwrap();
    assert_eq!(page.next_link(), Some("/issues?page=3"));
    assert_eq!(page.page_info().total_pages, Some(9));
}

#[test]
fn header_values_that_are_not_numbers_are_unknown() {
    let mut headers = HeaderMap::new();
    headers.insert("x-total", value("many"));
    headers.insert("x-total-pages", value("-1"));
    headers.insert("x-page", value(""));
    headers.insert("x-per-page", value("1e3"));
    headers.insert("x-next-page", value("0"));
    headers.insert("link", value("</p?page=two>; rel=\"last\""));
    let page = ProjectPage::from_http(&headers, Vec::new()).unwrap();
    assert_eq!(
        (page.page, page.per_page, page.total, page.pages),
        (None, None, None, None)
    );
    assert_eq!(page.page_info(), PageInfo::default());
    assert_eq!(page.more, Some(false));
    let issues = IssuePage::from_http(&headers, Vec::new()).unwrap();
    assert_eq!(issues.last_page, None);

    // Too large for the field, and not text at all.
    headers.insert("x-page", value("99999999999"));
    headers.insert("x-total", HeaderValue::from_bytes(b"4\xff2").unwrap());
    let page = ProjectPage::from_http(&headers, Vec::new()).unwrap();
    assert_eq!((page.page, page.total), (None, None));
}

#[test]
fn a_malformed_link_header_is_an_error_that_names_the_header_and_its_value() {
    let mut headers = HeaderMap::new();
    headers.insert("x-wp-total", value("3"));
    headers.insert(
        "link",
        value("https://api.github.com/issues?page=2; rel=\"next\""),
    );
    let error = IssuePage::from_http(&headers, Vec::new()).unwrap_err();
    let message = error.to_string();
    assert!(
        message.starts_with(
            "malformed `Link` header `https://api.github.com/issues?page=2; rel=\"next\"`"
        ),
        "{message}"
    );
    assert!(message.contains("expected `<` to open a link"), "{message}");
    // A response that reads no field from the `Link` header does not parse it.
    let posts = PostPage::from_http(&headers, Vec::new()).unwrap();
    assert_eq!(posts.total, Some(3));
    // And a walk whose page cannot be read ends with that error as its source, on page 1.
    let error = paginate(ListIssues::default(), |_: ListIssues| {
        IssuePage::from_http(&headers, Vec::new())
    })
    .next()
    .unwrap()
    .unwrap_err();
    assert!(error.to_string().contains("page 1"), "{error}");
    let source = std::error::Error::source(&error).map(ToString::to_string);
    assert_eq!(source, Some(message));
}

/// A `Link` header whose `rel="last"` link numbers pages in a parameter of another name,
/// and a next link sent whole in a header of its own.
#[test]
fn param_names_the_last_links_page_parameter_and_other_headers_carry_whole_links() {
    #[derive(Debug, Paginated)]
    struct EventPage {
        #[paginate(items)]
        events: Vec<u32>,
        #[paginate(total_pages, header = "Link", param = "p")]
        pages: Option<u32>,
        #[paginate(next, header = "X-Next-Url")]
        next: Option<String>,
    }
    let mut headers = HeaderMap::new();
    headers.insert("link", value("</events?page=3&p=12>; rel=\"last\""));
    headers.insert("x-next-url", value("/events?p=2"));
    let page = EventPage::from_http(&headers, vec![1, 2]).unwrap();
    assert_eq!(page.page_info().total_pages, Some(12));
    assert_eq!(page.next_link(), Some("/events?p=2"));
    assert_eq!(page.into_items(), [1, 2]);
    // An empty header is no link.
    headers.insert("x-next-url", value(""));
    assert_eq!(
        EventPage::from_http(&headers, Vec::new()).unwrap().next,
        None
    );
}

/// A body that is an object goes in one field, and paths of fields reach into it:
/// GitHub's search answers `{"total_count": ..., "items": [...]}` with a `Link` header.
#[test]
fn an_object_body_is_one_field_reached_by_paths() {
    #[derive(Debug, Deserialize)]
    struct SearchBody {
        total_count: u64,
        items: Vec<Issue>,
    }

    #[derive(Debug, Paginated)]
    #[paginate(items = body.items, item = Issue, total_items = body.total_count)]
    struct SearchIssues {
        body: SearchBody,
        #[paginate(next, header = "Link")]
        next: Option<String>,
    }

    let mut headers = HeaderMap::new();
    headers.insert("link", value("</search/issues?q=x&page=2>; rel=\"next\""));
    let body: SearchBody = serde_json::from_str(
        r#"{"total_count": 2, "incomplete_results": false, "items": [{"number": 7}]}"#,
    )
    .unwrap();
    let page = SearchIssues::from_http(&headers, body).unwrap();
    assert_eq!(page.items(), [Issue { number: 7 }]);
    assert_eq!(page.page_info().total_items, Some(2));
    assert_eq!(page.next_link(), Some("/search/issues?q=x&page=2"));
}

#[test]
fn paginate_walks_github_to_every_issue_once() {
    for (total, per_page, pages) in [(95, 30, 4), (90, 30, 3), (1, 30, 1), (0, 30, 1)] {
        let server = Server::new(Api::GitHub, total);
        let first = ListIssues::default().with_page_size(per_page);
        let ids = walk::<_, IssuePage, _>(&server, first, issue);
        assert_eq!(ids, (0..total).collect::<Vec<_>>(), "{total} issues");
        assert_eq!(server.fetched(), (1..=pages).collect::<Vec<_>>());
    }
}

#[test]
fn follow_links_walks_github_by_its_link_header() {
    let server = Server::new(Api::GitHub, 95);
    let fetch = |at: Follow<ListIssues>| -> Result<Linked<IssuePage>, Failure> {
        let url = at.link().map_or_else(
            || Api::GitHub.page_url(at.request().page(), at.request().page_size()),
            str::to_owned,
        );
        Ok(Linked::new(read(&server.get_url(&url))?, url))
    };
    let ids: Vec<u32> = follow_links(ListIssues::default(), fetch)
        .items()
        .map(|item| item.map(|item| item.number))
        .collect::<Result<_, _>>()
        .unwrap();
    assert_eq!(ids, (0..95).collect::<Vec<_>>());
    assert_eq!(server.fetched(), [1, 2, 3, 4]);
}

#[test]
fn paginate_walks_gitlab_to_every_project_once() {
    for total in [41, 40, 0, GITLAB_MOST_COUNTED, GITLAB_MOST_COUNTED + 50] {
        let pages = total.div_ceil(100).max(1);
        let server = Server::new(Api::GitLab, total);
        let first = ListProjects::default().with_max_page_size();
        let ids = walk::<_, ProjectPage, _>(&server, first.clone(), project);
        assert_eq!(ids, (0..total).collect::<Vec<_>>(), "{total} projects");
        assert_eq!(server.fetched(), (1..=pages).collect::<Vec<_>>());

        let server = Server::new(Api::GitLab, total);
        let ids = walk::<_, ProjectPageByFlag, _>(&server, first, project);
        assert_eq!(
            ids,
            (0..total).collect::<Vec<_>>(),
            "{total} projects by flag"
        );
        assert_eq!(server.fetched(), (1..=pages).collect::<Vec<_>>());
    }
}

#[test]
fn paginate_walks_wordpress_to_every_post_once_and_never_past_the_last_page() {
    for (total, pages) in [(25, 3), (30, 3), (1, 1), (0, 1)] {
        let server = Server::new(Api::WordPress, total);
        let ids = walk::<_, PostPage, _>(&server, ListPosts::default(), post);
        assert_eq!(ids, (0..total).collect::<Vec<_>>(), "{total} posts");
        assert_eq!(server.fetched(), (1..=pages).collect::<Vec<_>>());
    }
}
