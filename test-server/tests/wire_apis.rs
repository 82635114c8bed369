//! Wire-level checks of the fakes of GitHub, GitLab, DRF, JSON:API, Spring Data and WordPress,
//! over raw HTTP/1.1 on a `TcpStream`.

mod common;

use std::net::SocketAddr;

use common::{Answer, get, walk};
use pagination_test_server::{
    Api, DRF_BOOKS, DRF_TOKEN, Faults, GITHUB_ISSUES, GITHUB_TOKEN, GITLAB_COUNT_LIMIT,
    GITLAB_PROJECTS, GITLAB_TOKEN, JSONAPI_ARTICLES, JSONAPI_TOKEN, LinkStyle, SPRING_CUSTOMERS,
    SPRING_PASSWORD, SPRING_USER, TestServer, WORDPRESS_APP_PASSWORD, WORDPRESS_POSTS,
    WORDPRESS_USER, drf_book_id, github_issue_id, github_issue_number, gitlab_project_id,
    jsonapi_article_id, spring_customer_id, wordpress_post_id,
};
use serde_json::{Value, json};

const ISSUES: &str = "/repos/octo/hello/issues";
const PROJECTS: &str = "/api/v4/projects";
const BOOKS: &str = "/api/books/";
const ARTICLES: &str = "/articles";
const CUSTOMERS: &str = "/api/customers";
const CUSTOMERS_V2: &str = "/api/v2/customers";
const POSTS: &str = "/wp-json/wp/v2/posts";
/// `base64("test-wordpress-user:abcd EFGH 1234 ijkl MNOP 5678")`.
const WORDPRESS_BASIC: &str =
    "Basic dGVzdC13b3JkcHJlc3MtdXNlcjphYmNkIEVGR0ggMTIzNCBpamtsIE1OT1AgNTY3OA==";
/// `base64("test-spring-user:test-spring-password")`.
const SPRING_BASIC: &str = "Basic dGVzdC1zcHJpbmctdXNlcjp0ZXN0LXNwcmluZy1wYXNzd29yZA==";

fn bearer(token: &str) -> String {
    format!("Bearer {token}")
}

async fn github(addr: SocketAddr, query: &str) -> Answer {
    let auth = bearer(GITHUB_TOKEN);
    get(
        addr,
        &format!("{ISSUES}{query}"),
        &[("Authorization", &auth)],
    )
    .await
}

async fn gitlab(addr: SocketAddr, query: &str) -> Answer {
    let path = format!("{PROJECTS}{query}");
    get(addr, &path, &[("PRIVATE-TOKEN", GITLAB_TOKEN)]).await
}

async fn drf(addr: SocketAddr, query: &str) -> Answer {
    let auth = format!("Token {DRF_TOKEN}");
    get(
        addr,
        &format!("{BOOKS}{query}"),
        &[("Authorization", &auth)],
    )
    .await
}

async fn jsonapi(addr: SocketAddr, query: &str) -> Answer {
    let auth = bearer(JSONAPI_TOKEN);
    get(
        addr,
        &format!("{ARTICLES}{query}"),
        &[("Authorization", &auth)],
    )
    .await
}

/// A JSON:API link to `/articles` on `origin`: `page[number]` and `page[size]`,
/// percent-encoded as the spec asks.
fn article_link(origin: &str, number: u32, size: u32) -> String {
    format!("{origin}{ARTICLES}?page%5Bnumber%5D={number}&page%5Bsize%5D={size}")
}

async fn spring(addr: SocketAddr, path: &str, query: &str) -> Answer {
    get(
        addr,
        &format!("{path}{query}"),
        &[("Authorization", SPRING_BASIC)],
    )
    .await
}

/// A Spring page's `number`, `first`, `last` and the `id`s of its `content`.
fn spring_page(page: &Value) -> (u64, bool, bool, Vec<u64>) {
    (
        page["number"].as_u64().unwrap(),
        page["first"].as_bool().unwrap(),
        page["last"].as_bool().unwrap(),
        array_ids(&page["content"]),
    )
}

async fn wordpress(addr: SocketAddr, query: &str) -> Answer {
    let path = format!("{POSTS}{query}");
    get(addr, &path, &[("Authorization", WORDPRESS_BASIC)]).await
}

/// GitLab's paging headers, in a fixed order, `None` when absent.
fn gitlab_headers(answer: &Answer) -> [Option<&str>; 6] {
    [
        "x-page",
        "x-per-page",
        "x-next-page",
        "x-prev-page",
        "x-total",
        "x-total-pages",
    ]
    .map(|name| answer.header(name))
}

/// The `id`s of a bare array of items.
fn array_ids(page: &Value) -> Vec<u64> {
    let items = page.as_array().expect("a bare array");
    items.iter().map(|i| i["id"].as_u64().unwrap()).collect()
}

/// The `number`s of a page of GitHub issues.
fn numbers(page: &Value) -> Vec<u64> {
    let issues = page.as_array().expect("a bare array");
    issues
        .iter()
        .map(|i| i["number"].as_u64().unwrap())
        .collect()
}

/// The items a walk expects: `f(0..len)`, as JSON.
fn expected<T: Into<Value>>(len: usize, f: impl Fn(usize) -> T) -> Vec<Value> {
    (0..len).map(|i| f(i).into()).collect()
}

#[tokio::test]
async fn github_first_page_defaults_and_link_header() {
    let server = TestServer::start().await.unwrap();
    let addr = server.addr();
    let base = server.base_url();
    let first = github(addr, "").await;
    assert_eq!(first.status, 200);
    assert_eq!(
        first.header("content-type"),
        Some("application/json; charset=utf-8")
    );
    let json = first.json();
    assert_eq!(
        numbers(&json),
        (1..=30).collect::<Vec<u64>>(),
        "per_page 30"
    );
    assert_eq!(
        json[0],
        json!({"id": github_issue_id(0), "number": 1, "title": "Issue 1", "state": "open"})
    );
    // 1,234 issues at 30 a page: 42 pages. Page 1 has no `prev` or `first`.
    assert_eq!(
        first.header("link"),
        Some(
            format!(
                "<{base}{ISSUES}?page=2&per_page=30>; rel=\"next\", \
                 <{base}{ISSUES}?page=42&per_page=30>; rel=\"last\""
            )
            .as_str()
        )
    );

    let middle = github(addr, "?page=5&per_page=10").await;
    let rels: Vec<String> = middle.links().into_iter().map(|(rel, _)| rel).collect();
    assert_eq!(rels, ["prev", "next", "last", "first"], "GitHub's order");
    assert_eq!(
        middle.link("prev").unwrap(),
        format!("{base}{ISSUES}?page=4&per_page=10")
    );
    assert_eq!(
        middle.link("first").unwrap(),
        format!("{base}{ISSUES}?page=1&per_page=10")
    );
    assert_eq!(
        middle.link("last").unwrap(),
        format!("{base}{ISSUES}?page=124&per_page=10")
    );
    assert_eq!(numbers(&middle.json()), (41..=50).collect::<Vec<u64>>());
    server.stop().await;
}

#[tokio::test]
async fn github_last_page_has_no_next_or_last() {
    let server = TestServer::start().await.unwrap();
    let addr = server.addr();
    let base = server.base_url();
    let last = github(addr, "?page=42").await;
    assert_eq!(last.status, 200);
    assert_eq!(numbers(&last.json()), (1231..=1234).collect::<Vec<u64>>());
    assert_eq!(
        last.links(),
        [
            ("prev".into(), format!("{base}{ISSUES}?page=41&per_page=30")),
            ("first".into(), format!("{base}{ISSUES}?page=1&per_page=30")),
        ]
    );

    let past = github(addr, "?page=43").await;
    assert_eq!(past.status, 200);
    assert_eq!(past.json(), json!([]));
    assert!(past.link("next").is_none() && past.link("last").is_none());
    assert_eq!(
        past.link("prev").unwrap(),
        format!("{base}{ISSUES}?page=42&per_page=30")
    );

    // One page only: no Link header at all, as GitHub does.
    server.set_faults(
        Api::GithubIssues,
        Faults {
            items: Some(7),
            ..Faults::default()
        },
    );
    let single = github(addr, "").await;
    assert_eq!(numbers(&single.json()).len(), 7);
    assert_eq!(single.header("link"), None);
    server.stop().await;
}

#[tokio::test]
async fn github_clamps_per_page_and_keeps_other_parameters() {
    let server = TestServer::start().await.unwrap();
    let addr = server.addr();
    let base = server.base_url();
    let clamped = github(addr, "?per_page=500").await;
    assert_eq!(clamped.status, 200);
    assert_eq!(numbers(&clamped.json()).len(), 100, "max 100");
    // The size sent keeps its place, as served; the page, not sent, goes last.
    assert_eq!(
        clamped.link("next").unwrap(),
        format!("{base}{ISSUES}?per_page=100&page=2")
    );
    assert_eq!(
        clamped.link("last").unwrap(),
        format!("{base}{ISSUES}?per_page=100&page=13")
    );

    // Other parameters keep their order too.
    let filtered = github(addr, "?state=open&per_page=2&sort=created").await;
    assert_eq!(
        filtered.link("next").unwrap(),
        format!("{base}{ISSUES}?state=open&per_page=2&sort=created&page=2")
    );
    let reordered = github(addr, "?page=3&labels=a%20b&per_page=2").await;
    assert_eq!(
        reordered.link("next").unwrap(),
        format!("{base}{ISSUES}?page=4&labels=a%20b&per_page=2")
    );

    for bad in ["?page=0", "?per_page=0", "?page=x", "?per_page=-1"] {
        let answer = github(addr, bad).await;
        assert_eq!(answer.status, 400, "{bad}");
        assert_eq!(answer.json()["status"], "400", "{bad}");
        assert!(answer.json()["message"].is_string());
    }
    server.stop().await;
}

#[tokio::test]
async fn github_auth() {
    let server = TestServer::start().await.unwrap();
    let addr = server.addr();
    assert_eq!(GITHUB_TOKEN, "test-github-token");
    for auth in ["token test-github-token", "bearer test-github-token"] {
        let answer = get(addr, ISSUES, &[("Authorization", auth)]).await;
        assert_eq!(answer.status, 200, "{auth}");
    }
    for headers in [
        &[][..],
        &[("Authorization", "Bearer wrong")],
        &[("Authorization", "test-github-token")],
        &[("Authorization", "Basic test-github-token")],
    ] {
        let answer = get(addr, ISSUES, headers).await;
        assert_eq!(answer.status, 401);
        assert_eq!(
            answer.json(),
            json!({
                "message": "Bad credentials",
                "documentation_url": "https://docs.github.com/rest",
                "status": "401"
            })
        );
    }
    server.stop().await;
}

#[tokio::test]
async fn github_walk_by_next_links_sees_every_issue_once() {
    let server = TestServer::start().await.unwrap();
    let addr = server.addr();
    let auth = bearer(GITHUB_TOKEN);
    let headers = [("Authorization", auth.as_str())];
    let seen = walk(addr, ISSUES, &headers, 50, |answer| {
        let items = answer.json().as_array().unwrap().clone();
        (items, answer.link("next"))
    })
    .await;
    let seen: Vec<Value> = seen.into_iter().map(|i| i["number"].clone()).collect();
    assert_eq!(seen, expected(GITHUB_ISSUES, github_issue_number));
    assert_eq!(server.requests().len(), 42);
    server.stop().await;
}

#[tokio::test]
async fn github_link_styles() {
    let server = TestServer::start().await.unwrap();
    let addr = server.addr();
    server.set_faults(
        Api::GithubIssues,
        Faults {
            link_style: LinkStyle::Relative,
            ..Faults::default()
        },
    );
    let relative = github(addr, "?page=2").await;
    assert_eq!(
        relative.link("next").unwrap(),
        format!("{ISSUES}?page=3&per_page=30")
    );
    assert_eq!(
        relative.link("first").unwrap(),
        format!("{ISSUES}?page=1&per_page=30")
    );

    let elsewhere = String::from("http://127.0.0.1:9");
    server.set_faults(
        Api::GithubIssues,
        Faults {
            link_style: LinkStyle::CrossOrigin(elsewhere.clone()),
            ..Faults::default()
        },
    );
    let cross = github(addr, "?page=2").await;
    assert_eq!(
        cross.link("next").unwrap(),
        format!("{elsewhere}{ISSUES}?page=3&per_page=30")
    );
    let base = server.base_url();
    assert_eq!(
        cross.link("last").unwrap(),
        format!("{base}{ISSUES}?page=42&per_page=30"),
        "the other links stay as GitHub writes them"
    );
    server.stop().await;
}

#[tokio::test]
async fn gitlab_first_page_headers_without_totals() {
    let server = TestServer::start().await.unwrap();
    let addr = server.addr();
    let base = server.base_url();
    let first = gitlab(addr, "").await;
    assert_eq!(first.status, 200);
    assert_eq!(first.header("content-type"), Some("application/json"));
    let json = first.json();
    assert_eq!(
        array_ids(&json),
        (1..=20).collect::<Vec<u64>>(),
        "per_page 20"
    );
    assert_eq!(
        json[0],
        json!({"id": 1, "name": "Project 0", "path": "project-0", "path_with_namespace": "group/project-0"})
    );
    // 12,345 projects: more than GitLab counts, so no totals and no `last`.
    const { assert!(GITLAB_PROJECTS > GITLAB_COUNT_LIMIT) };
    assert_eq!(
        gitlab_headers(&first),
        [Some("1"), Some("20"), Some("2"), Some(""), None, None]
    );
    assert_eq!(
        first.header("link"),
        Some(
            format!(
                "<{base}{PROJECTS}?page=2&per_page=20>; rel=\"next\", \
                 <{base}{PROJECTS}?page=1&per_page=20>; rel=\"first\""
            )
            .as_str()
        )
    );

    let middle = gitlab(addr, "?page=3&per_page=7").await;
    let rels: Vec<String> = middle.links().into_iter().map(|(rel, _)| rel).collect();
    assert_eq!(rels, ["prev", "next", "first"], "GitLab's order");
    assert_eq!(
        gitlab_headers(&middle),
        [Some("3"), Some("7"), Some("4"), Some("2"), None, None]
    );
    assert_eq!(array_ids(&middle.json()), (15..=21).collect::<Vec<u64>>());
    server.stop().await;
}

#[tokio::test]
async fn gitlab_last_and_past_the_last_page() {
    let server = TestServer::start().await.unwrap();
    let addr = server.addr();
    let base = server.base_url();
    let last = gitlab(addr, "?page=124&per_page=100").await;
    assert_eq!(
        array_ids(&last.json()),
        (12_301..=12_345).collect::<Vec<u64>>()
    );
    assert_eq!(
        gitlab_headers(&last),
        [Some("124"), Some("100"), Some(""), Some("123"), None, None]
    );
    assert_eq!(
        last.links(),
        [
            (
                "prev".into(),
                format!("{base}{PROJECTS}?page=123&per_page=100")
            ),
            (
                "first".into(),
                format!("{base}{PROJECTS}?page=1&per_page=100")
            ),
        ]
    );

    // Kaminari: a page past the last has no previous page either.
    let past = gitlab(addr, "?page=125&per_page=100").await;
    assert_eq!(past.status, 200);
    assert_eq!(past.json(), json!([]));
    assert_eq!(
        gitlab_headers(&past),
        [Some("125"), Some("100"), Some(""), Some(""), None, None]
    );
    assert_eq!(
        past.links(),
        [(
            "first".into(),
            format!("{base}{PROJECTS}?page=1&per_page=100")
        )]
    );
    server.stop().await;
}

#[tokio::test]
async fn gitlab_counts_up_to_the_limit() {
    let server = TestServer::start().await.unwrap();
    let addr = server.addr();
    let base = server.base_url();
    server.set_faults(
        Api::GitlabProjects,
        Faults {
            items: Some(GITLAB_COUNT_LIMIT),
            ..Faults::default()
        },
    );
    let counted = gitlab(addr, "?page=2&per_page=100").await;
    assert_eq!(
        gitlab_headers(&counted),
        [
            Some("2"),
            Some("100"),
            Some("3"),
            Some("1"),
            Some("10000"),
            Some("100")
        ]
    );
    let rels: Vec<String> = counted.links().into_iter().map(|(rel, _)| rel).collect();
    assert_eq!(rels, ["prev", "next", "first", "last"]);
    assert_eq!(
        counted.link("last").unwrap(),
        format!("{base}{PROJECTS}?page=100&per_page=100")
    );
    let last = gitlab(addr, "?page=100&per_page=100").await;
    assert_eq!(last.link("next"), None);
    assert!(
        last.link("last").is_some(),
        "GitLab keeps `last` on the last page"
    );

    // One more item than GitLab counts: the totals go, mid-walk.
    server.set_faults(
        Api::GitlabProjects,
        Faults {
            items: Some(GITLAB_COUNT_LIMIT + 1),
            resize_after_page: Some((1, 45)),
            ..Faults::default()
        },
    );
    let uncounted = gitlab(addr, "").await;
    assert_eq!(gitlab_headers(&uncounted)[4..], [None, None]);
    let counted = gitlab(addr, "?page=3").await;
    assert_eq!(
        gitlab_headers(&counted)[2..],
        [Some(""), Some("2"), Some("45"), Some("3")]
    );
    assert_eq!(array_ids(&counted.json()), (41..=45).collect::<Vec<u64>>());

    server.set_faults(
        Api::GitlabProjects,
        Faults {
            items: Some(0),
            ..Faults::default()
        },
    );
    let empty = gitlab(addr, "").await;
    assert_eq!(empty.json(), json!([]));
    assert_eq!(
        gitlab_headers(&empty)[2..],
        [Some(""), Some(""), Some("0"), Some("1")]
    );
    assert_eq!(
        empty.links(),
        [
            (
                "first".into(),
                format!("{base}{PROJECTS}?page=1&per_page=20")
            ),
            (
                "last".into(),
                format!("{base}{PROJECTS}?page=1&per_page=20")
            ),
        ]
    );
    server.stop().await;
}

#[tokio::test]
async fn gitlab_clamps_per_page_and_sorts_link_parameters() {
    let server = TestServer::start().await.unwrap();
    let addr = server.addr();
    let base = server.base_url();
    let clamped = gitlab(addr, "?per_page=1000").await;
    assert_eq!(clamped.json().as_array().unwrap().len(), 100);
    assert_eq!(clamped.header("x-per-page"), Some("100"));
    assert_eq!(
        clamped.link("next").unwrap(),
        format!("{base}{PROJECTS}?page=2&per_page=100")
    );

    // Rails' `to_query` sorts by name.
    let sorted = gitlab(addr, "?search=x&per_page=5&order_by=id").await;
    assert_eq!(
        sorted.link("next").unwrap(),
        format!("{base}{PROJECTS}?order_by=id&page=2&per_page=5&search=x")
    );

    for (bad, error) in [
        ("?page=x", "page is invalid"),
        ("?page=0", "page is invalid"),
        ("?per_page=0", "per_page is invalid"),
    ] {
        let answer = gitlab(addr, bad).await;
        assert_eq!(answer.status, 400, "{bad}");
        assert_eq!(answer.json(), json!({"error": error}), "{bad}");
    }
    server.stop().await;
}

#[tokio::test]
async fn gitlab_auth() {
    let server = TestServer::start().await.unwrap();
    let addr = server.addr();
    assert_eq!(GITLAB_TOKEN, "test-gitlab-token");
    for headers in [
        &[][..],
        &[("PRIVATE-TOKEN", "wrong")],
        &[("Authorization", "Bearer test-gitlab-token")],
    ] {
        let answer = get(addr, PROJECTS, headers).await;
        assert_eq!(answer.status, 401);
        assert_eq!(answer.json(), json!({"message": "401 Unauthorized"}));
    }
    server.stop().await;
}

#[tokio::test]
async fn gitlab_walk_by_next_links_sees_every_project_once() {
    let server = TestServer::start().await.unwrap();
    let addr = server.addr();
    let headers = [("PRIVATE-TOKEN", GITLAB_TOKEN)];
    let first = format!("{PROJECTS}?per_page=100");
    let seen = walk(addr, &first, &headers, 200, |answer| {
        let items = answer.json().as_array().unwrap().clone();
        (items, answer.link("next"))
    })
    .await;
    let seen: Vec<Value> = seen.into_iter().map(|p| p["id"].clone()).collect();
    assert_eq!(seen, expected(GITLAB_PROJECTS, gitlab_project_id));
    assert_eq!(server.requests().len(), 124);

    server.set_faults(
        Api::GitlabProjects,
        Faults {
            link_style: LinkStyle::Relative,
            ..Faults::default()
        },
    );
    let relative = gitlab(addr, "?page=2").await;
    assert_eq!(
        relative.link("next").unwrap(),
        format!("{PROJECTS}?page=3&per_page=20")
    );
    server.stop().await;
}

#[tokio::test]
async fn drf_first_page_shape_and_links() {
    let server = TestServer::start().await.unwrap();
    let addr = server.addr();
    let base = server.base_url();
    let first = drf(addr, "").await;
    assert_eq!(first.status, 200);
    assert_eq!(first.header("content-type"), Some("application/json"));
    let json = first.json();
    let keys: Vec<&String> = json.as_object().unwrap().keys().collect();
    assert_eq!(keys, ["count", "next", "previous", "results"]);
    assert_eq!(json["count"], DRF_BOOKS);
    assert_eq!(json["next"], format!("{base}{BOOKS}?page=2"));
    assert_eq!(json["previous"], Value::Null);
    assert_eq!(array_ids(&json["results"]), (1..=25).collect::<Vec<u64>>());
    assert_eq!(json["results"][0], json!({"id": 1, "title": "Book 0"}));

    // The link to page 1 drops `page`; the parameters are sorted, `page_size` as sent.
    let second = drf(addr, "?page_size=10&page=2").await.json();
    assert_eq!(second["next"], format!("{base}{BOOKS}?page=3&page_size=10"));
    assert_eq!(second["previous"], format!("{base}{BOOKS}?page_size=10"));
    let third = drf(addr, "?search=dune&page=3").await.json();
    assert_eq!(third["next"], format!("{base}{BOOKS}?page=4&search=dune"));
    assert_eq!(
        third["previous"],
        format!("{base}{BOOKS}?page=2&search=dune")
    );
    let plain = drf(addr, "?page=2").await.json();
    assert_eq!(plain["previous"], format!("{base}{BOOKS}"));
    server.stop().await;
}

#[tokio::test]
async fn drf_last_page_and_invalid_pages_are_404() {
    let server = TestServer::start().await.unwrap();
    let addr = server.addr();
    let base = server.base_url();
    // 2,345 books at 25 a page: 94 pages, the last with 20.
    let last = drf(addr, "?page=94").await.json();
    assert_eq!(last["next"], Value::Null);
    assert_eq!(last["previous"], format!("{base}{BOOKS}?page=93"));
    assert_eq!(
        array_ids(&last["results"]),
        (2_326..=2_345).collect::<Vec<u64>>()
    );
    for bad in ["?page=95", "?page=0", "?page=x", "?page=-1", "?page=1.0"] {
        let answer = drf(addr, bad).await;
        assert_eq!(answer.status, 404, "{bad}");
        assert_eq!(answer.json(), json!({"detail": "Invalid page."}), "{bad}");
    }
    let statuses: Vec<(u32, u16)> = server
        .requests()
        .iter()
        .map(|r| (r.page, r.status))
        .collect();
    assert_eq!(statuses[1], (95, 404), "a page past the last is recorded");

    // An empty list still has its first page.
    server.set_faults(
        Api::DrfBooks,
        Faults {
            items: Some(0),
            ..Faults::default()
        },
    );
    let empty = drf(addr, "").await;
    assert_eq!(
        empty.json(),
        json!({"count": 0, "next": null, "previous": null, "results": []})
    );
    assert_eq!(drf(addr, "?page=2").await.status, 404);
    server.stop().await;
}

#[tokio::test]
async fn drf_page_size_is_clamped_or_defaulted_never_refused() {
    let server = TestServer::start().await.unwrap();
    let addr = server.addr();
    let base = server.base_url();
    let clamped = drf(addr, "?page_size=1000").await.json();
    assert_eq!(clamped["results"].as_array().unwrap().len(), 100);
    assert_eq!(
        clamped["next"],
        format!("{base}{BOOKS}?page=2&page_size=1000")
    );
    for bad in ["?page_size=0", "?page_size=-5", "?page_size=x"] {
        let answer = drf(addr, bad).await;
        assert_eq!(answer.status, 200, "{bad}");
        assert_eq!(
            answer.json()["results"].as_array().unwrap().len(),
            25,
            "{bad}"
        );
    }
    server.stop().await;
}

#[tokio::test]
async fn drf_auth() {
    let server = TestServer::start().await.unwrap();
    let addr = server.addr();
    assert_eq!(DRF_TOKEN, "test-drf-token");
    let answer = get(addr, BOOKS, &[("Authorization", "token test-drf-token")]).await;
    assert_eq!(answer.status, 200);
    for headers in [
        &[][..],
        &[("Authorization", "Token wrong")],
        &[("Authorization", "Bearer test-drf-token")],
    ] {
        let answer = get(addr, &format!("{BOOKS}?page=999"), headers).await;
        assert_eq!(answer.status, 401, "before the page is checked");
        assert_eq!(answer.json(), json!({"detail": "Invalid token."}));
        assert_eq!(answer.header("www-authenticate"), Some("Token"));
    }
    // No trailing slash: not DRF's route.
    let auth = format!("Token {DRF_TOKEN}");
    let answer = get(addr, "/api/books", &[("Authorization", &auth)]).await;
    assert_eq!(answer.status, 404);
    server.stop().await;
}

#[tokio::test]
async fn drf_walk_by_next_sees_every_book_once() {
    let server = TestServer::start().await.unwrap();
    let addr = server.addr();
    let auth = format!("Token {DRF_TOKEN}");
    let headers = [("Authorization", auth.as_str())];
    let first = format!("{BOOKS}?page_size=100");
    let seen = walk(addr, &first, &headers, 30, |answer| {
        let json = answer.json();
        let items = json["results"].as_array().unwrap().clone();
        (items, json["next"].as_str().map(str::to_owned))
    })
    .await;
    let seen: Vec<Value> = seen.into_iter().map(|b| b["id"].clone()).collect();
    assert_eq!(seen, expected(DRF_BOOKS, drf_book_id));
    assert_eq!(server.requests().len(), 24);

    let elsewhere = String::from("http://127.0.0.1:9");
    server.set_faults(
        Api::DrfBooks,
        Faults {
            link_style: LinkStyle::CrossOrigin(elsewhere.clone()),
            ..Faults::default()
        },
    );
    let cross = drf(addr, "?page=3").await.json();
    assert_eq!(cross["next"], format!("{elsewhere}{BOOKS}?page=4"));
    let base = server.base_url();
    assert_eq!(cross["previous"], format!("{base}{BOOKS}?page=2"));
    server.set_faults(
        Api::DrfBooks,
        Faults {
            link_style: LinkStyle::Relative,
            ignore_page: true,
            ..Faults::default()
        },
    );
    let ignored = drf(addr, "?page=3").await.json();
    assert_eq!(ignored["next"], format!("{BOOKS}?page=2"));
    assert_eq!(ignored["previous"], Value::Null);
    assert_eq!(ignored["results"][0]["id"], drf_book_id(0));
    server.stop().await;
}

#[tokio::test]
async fn jsonapi_first_page_document() {
    let server = TestServer::start().await.unwrap();
    let addr = server.addr();
    let base = server.base_url();
    let first = jsonapi(addr, "").await;
    assert_eq!(first.status, 200);
    assert_eq!(
        first.header("content-type"),
        Some("application/vnd.api+json")
    );
    let json = first.json();
    let data = json["data"].as_array().unwrap();
    assert_eq!(data.len(), 10, "page[size] defaults to 10");
    assert_eq!(
        data[0],
        json!({"type": "articles", "id": "1", "attributes": {"title": "Article 0"}})
    );
    // 987 articles at 10 a page: 99 pages.
    assert_eq!(
        json["meta"],
        json!({"total": JSONAPI_ARTICLES, "total-pages": 99})
    );
    assert_eq!(
        json["links"],
        json!({
            "self": article_link(&base, 1, 10),
            "first": article_link(&base, 1, 10),
            "prev": null,
            "next": article_link(&base, 2, 10),
            "last": article_link(&base, 99, 10),
        })
    );

    // Brackets raw or percent-encoded, as clients send them.
    for query in [
        "?page[number]=3&page[size]=5",
        "?page%5Bnumber%5D=3&page%5Bsize%5D=5",
    ] {
        let third = jsonapi(addr, query).await.json();
        assert_eq!(third["data"][0]["id"], "11", "{query}");
        assert_eq!(third["links"]["prev"], article_link(&base, 2, 5));
        assert_eq!(third["links"]["self"], article_link(&base, 3, 5));
    }
    let pages: Vec<u32> = server.requests().iter().map(|r| r.page).collect();
    assert_eq!(pages, [1, 3, 3]);
    server.stop().await;
}

#[tokio::test]
async fn jsonapi_last_page_maximum_and_past_the_end() {
    let server = TestServer::start().await.unwrap();
    let addr = server.addr();
    let base = server.base_url();
    let last = jsonapi(addr, "?page[number]=99").await.json();
    let ids: Vec<&str> = last["data"]
        .as_array()
        .unwrap()
        .iter()
        .map(|a| a["id"].as_str().unwrap())
        .collect();
    assert_eq!(ids, ["981", "982", "983", "984", "985", "986", "987"]);
    assert_eq!(last["links"]["next"], Value::Null);
    assert_eq!(last["links"]["prev"], article_link(&base, 98, 10));

    let clamped = jsonapi(addr, "?page[size]=500").await.json();
    assert_eq!(clamped["data"].as_array().unwrap().len(), 50, "max 50");
    assert_eq!(clamped["meta"]["total-pages"], 20);
    assert_eq!(
        clamped["links"]["next"],
        format!("{base}{ARTICLES}?page%5Bsize%5D=50&page%5Bnumber%5D=2"),
        "the size in its place, as served"
    );

    let past = jsonapi(addr, "?page[number]=100").await;
    assert_eq!(past.status, 200);
    assert_eq!(past.json()["data"], json!([]));
    assert_eq!(past.json()["links"]["next"], Value::Null);
    server.stop().await;
}

#[tokio::test]
async fn jsonapi_link_objects_and_link_styles() {
    let server = TestServer::start().await.unwrap();
    let addr = server.addr();
    let base = server.base_url();
    server.set_faults(
        Api::JsonApiArticles,
        Faults {
            link_objects: true,
            ..Faults::default()
        },
    );
    let objects = jsonapi(addr, "").await.json();
    assert_eq!(
        objects["links"],
        json!({
            "self": {"href": article_link(&base, 1, 10)},
            "first": {"href": article_link(&base, 1, 10)},
            "prev": null,
            "next": {"href": article_link(&base, 2, 10)},
            "last": {"href": article_link(&base, 99, 10)},
        })
    );

    let elsewhere = String::from("http://127.0.0.1:9");
    server.set_faults(
        Api::JsonApiArticles,
        Faults {
            link_style: LinkStyle::CrossOrigin(elsewhere.clone()),
            ..Faults::default()
        },
    );
    let cross = jsonapi(addr, "?sort=-title&page[number]=2").await.json();
    assert_eq!(
        cross["links"]["next"],
        format!("{elsewhere}{ARTICLES}?sort=-title&page%5Bnumber%5D=3&page%5Bsize%5D=10")
    );
    assert_eq!(
        cross["links"]["first"],
        format!("{base}{ARTICLES}?sort=-title&page%5Bnumber%5D=1&page%5Bsize%5D=10")
    );
    server.stop().await;
}

#[tokio::test]
async fn jsonapi_errors() {
    let server = TestServer::start().await.unwrap();
    let addr = server.addr();
    assert_eq!(JSONAPI_TOKEN, "test-jsonapi-token");
    for headers in [&[][..], &[("Authorization", "Bearer wrong")]] {
        let answer = get(addr, ARTICLES, headers).await;
        assert_eq!(answer.status, 401);
        assert_eq!(
            answer.header("content-type"),
            Some("application/vnd.api+json")
        );
        assert_eq!(answer.header("www-authenticate"), Some("Bearer"));
        assert_eq!(
            answer.json(),
            json!({"errors": [{
                "status": "401",
                "title": "Unauthorized",
                "detail": "A valid bearer token is required."
            }]})
        );
    }
    for (bad, parameter) in [
        ("?page[number]=0", "page[number]"),
        ("?page[number]=x", "page[number]"),
        ("?page[size]=0", "page[size]"),
    ] {
        let answer = jsonapi(addr, bad).await;
        assert_eq!(answer.status, 400, "{bad}");
        assert_eq!(
            answer.header("content-type"),
            Some("application/vnd.api+json")
        );
        let error = &answer.json()["errors"][0];
        assert_eq!(error["status"], "400");
        assert_eq!(error["title"], "Invalid Query Parameter");
        assert_eq!(error["source"], json!({"parameter": parameter}));
    }
    server.stop().await;
}

#[tokio::test]
async fn jsonapi_walk_by_next_links_sees_every_article_once() {
    let server = TestServer::start().await.unwrap();
    let addr = server.addr();
    let auth = bearer(JSONAPI_TOKEN);
    let headers = [("Authorization", auth.as_str())];
    let seen = walk(addr, ARTICLES, &headers, 100, |answer| {
        let json = answer.json();
        let items = json["data"].as_array().unwrap().clone();
        (items, json["links"]["next"].as_str().map(str::to_owned))
    })
    .await;
    let seen: Vec<Value> = seen.into_iter().map(|a| a["id"].clone()).collect();
    assert_eq!(seen, expected(JSONAPI_ARTICLES, jsonapi_article_id));
    assert_eq!(server.requests().len(), 99);
    server.stop().await;
}

#[tokio::test]
async fn spring_pages_count_from_zero() {
    let server = TestServer::start().await.unwrap();
    let addr = server.addr();
    let first = spring(addr, CUSTOMERS, "").await;
    assert_eq!(first.status, 200);
    assert_eq!(first.header("content-type"), Some("application/json"));
    let json = first.json();
    assert_eq!(json["size"], 20, "size defaults to 20");
    assert_eq!(spring_page(&json), (0, true, false, (1..=20).collect()));
    assert_eq!(json["totalElements"], SPRING_CUSTOMERS);
    assert_eq!(json["totalPages"], 217, "ceil(4321 / 20)");

    let unsorted = json!({"empty": true, "sorted": false, "unsorted": true});
    let second = spring(addr, CUSTOMERS, "?page=1&size=2").await.json();
    assert_eq!(
        second,
        json!({
            "content": [
                {"id": 3, "firstName": "Kim", "lastName": "Bauer"},
                {"id": 4, "firstName": "David", "lastName": "Palmer"}
            ],
            "pageable": {
                "pageNumber": 1,
                "pageSize": 2,
                "sort": unsorted,
                "offset": 2,
                "paged": true,
                "unpaged": false
            },
            "last": false,
            "totalElements": SPRING_CUSTOMERS,
            "totalPages": 2161,
            "size": 2,
            "number": 1,
            "sort": unsorted,
            "first": false,
            "numberOfElements": 2,
            "empty": false
        })
    );
    server.stop().await;
}

#[tokio::test]
async fn spring_last_page_past_it_and_lenient_paging() {
    let server = TestServer::start().await.unwrap();
    let addr = server.addr();
    let last = spring(addr, CUSTOMERS, "?page=216").await.json();
    assert_eq!(spring_page(&last), (216, false, true, vec![4321]));
    assert_eq!(last["numberOfElements"], 1);

    let past = spring(addr, CUSTOMERS, "?page=217").await;
    assert_eq!(past.status, 200);
    let past = past.json();
    assert_eq!(spring_page(&past), (217, false, true, vec![]));
    assert_eq!(past["empty"], true);
    assert_eq!(past["totalElements"], SPRING_CUSTOMERS);

    let clamped = spring(addr, CUSTOMERS, "?size=5000").await.json();
    assert_eq!(clamped["size"], 2000, "max 2000");
    assert_eq!(clamped["totalPages"], 3);
    // What Spring cannot parse, or is out of range, gets the default: never a 400.
    for query in ["?page=-1", "?page=x", "?size=0", "?size=-3", "?size=x"] {
        let answer = spring(addr, CUSTOMERS, query).await;
        assert_eq!(answer.status, 200, "{query}");
        let json = answer.json();
        assert_eq!(
            (json["number"].as_u64(), json["size"].as_u64()),
            (Some(0), Some(20))
        );
    }
    server.stop().await;
}

#[tokio::test]
async fn spring_one_indexed_parameters() {
    let server = TestServer::start().await.unwrap();
    let addr = server.addr();
    let first = spring(addr, CUSTOMERS_V2, "?page=1&size=10").await.json();
    assert_eq!(spring_page(&first), (0, true, false, (1..=10).collect()));
    assert_eq!(first["pageable"]["pageNumber"], 0);
    let second = spring(addr, CUSTOMERS_V2, "?page=2&size=10").await.json();
    assert_eq!(spring_page(&second), (1, false, false, (11..=20).collect()));
    let same = spring(addr, CUSTOMERS, "?page=1&size=10").await.json();
    assert_eq!(second, same, "the same page as page 1 from 0");
    for query in ["", "?page=0", "?page=-4"] {
        let json = spring(addr, CUSTOMERS_V2, query).await.json();
        assert_eq!(json["number"], 0, "{query}");
    }
    let last = spring(addr, CUSTOMERS_V2, "?page=3&size=2000").await.json();
    assert_eq!(spring_page(&last).0, 2);
    assert!(last["last"].as_bool().unwrap());
    let recorded: Vec<(Api, u32)> = server.requests().iter().map(|r| (r.api, r.page)).collect();
    assert_eq!(recorded[0], (Api::SpringCustomersOneIndexed, 1));
    assert_eq!(
        recorded[3],
        (Api::SpringCustomersOneIndexed, 1),
        "absent: the first"
    );
    server.stop().await;
}

#[tokio::test]
async fn spring_auth() {
    let server = TestServer::start().await.unwrap();
    let addr = server.addr();
    assert_eq!(
        (SPRING_USER, SPRING_PASSWORD),
        ("test-spring-user", "test-spring-password")
    );
    // base64("test-spring-user:wrong"), and the bare credentials.
    for (path, headers) in [
        (CUSTOMERS, &[][..]),
        (
            CUSTOMERS,
            &[("Authorization", "Basic dGVzdC1zcHJpbmctdXNlcjp3cm9uZw==")],
        ),
        (
            CUSTOMERS_V2,
            &[("Authorization", "Bearer test-spring-password")],
        ),
    ] {
        let answer = get(addr, path, headers).await;
        assert_eq!(answer.status, 401);
        assert_eq!(
            answer.header("www-authenticate"),
            Some(r#"Basic realm="Realm""#)
        );
        assert_eq!(
            answer.json(),
            json!({
                "timestamp": "2024-05-01T10:00:00.000+00:00",
                "status": 401,
                "error": "Unauthorized",
                "path": path
            })
        );
    }
    server.stop().await;
}

#[tokio::test]
async fn spring_walk_to_the_last_page_sees_every_customer_once() {
    let server = TestServer::start().await.unwrap();
    let addr = server.addr();
    let headers = [("Authorization", SPRING_BASIC)];
    for (path, first) in [(CUSTOMERS, 0), (CUSTOMERS_V2, 1)] {
        let start = format!("{path}?page={first}&size=500");
        let seen = walk(addr, &start, &headers, 20, |answer| {
            let json = answer.json();
            let items = json["content"].as_array().unwrap().clone();
            let number = json["number"].as_u64().unwrap() + first;
            let next =
                (json["last"] == false).then(|| format!("{path}?page={}&size=500", number + 1));
            (items, next)
        })
        .await;
        let seen: Vec<Value> = seen.into_iter().map(|c| c["id"].clone()).collect();
        assert_eq!(
            seen,
            expected(SPRING_CUSTOMERS, spring_customer_id),
            "{path}"
        );
    }
    assert_eq!(server.requests().len(), 18);

    // Faults count pages as the request does: from 0 here.
    server.set_faults(
        Api::SpringCustomers,
        Faults {
            fail_page_once: Some(0),
            ignore_page: true,
            ..Faults::default()
        },
    );
    assert_eq!(spring(addr, CUSTOMERS, "").await.status, 500);
    let ignored = spring(addr, CUSTOMERS, "?page=3").await.json();
    assert_eq!(spring_page(&ignored).0, 0);
    server.stop().await;
}

#[tokio::test]
async fn wordpress_pages_totals_and_links() {
    let server = TestServer::start().await.unwrap();
    let addr = server.addr();
    let base = server.base_url();
    let first = wordpress(addr, "").await;
    assert_eq!(first.status, 200);
    assert_eq!(
        first.header("content-type"),
        Some("application/json; charset=UTF-8")
    );
    let json = first.json();
    assert_eq!(
        array_ids(&json),
        (1..=10).collect::<Vec<u64>>(),
        "per_page 10"
    );
    assert_eq!(
        json[0],
        json!({
            "id": 1,
            "date": "2024-05-01T10:00:00",
            "slug": "post-0",
            "status": "publish",
            "title": {"rendered": "Post 0"}
        })
    );
    assert_eq!(first.header("x-wp-total"), Some("456"));
    assert_eq!(first.header("x-wp-totalpages"), Some("46"));
    assert_eq!(
        first.header("link"),
        Some(format!("<{base}{POSTS}?page=2>; rel=\"next\"").as_str())
    );

    let middle = wordpress(addr, "?per_page=100&page=2").await;
    assert_eq!(middle.header("x-wp-totalpages"), Some("5"));
    assert_eq!(
        middle.links(),
        [
            ("prev".into(), format!("{base}{POSTS}?per_page=100&page=1")),
            ("next".into(), format!("{base}{POSTS}?per_page=100&page=3")),
        ]
    );

    let last = wordpress(addr, "?page=46").await;
    assert_eq!(array_ids(&last.json()), (451..=456).collect::<Vec<u64>>());
    assert_eq!(
        last.links(),
        [("prev".into(), format!("{base}{POSTS}?page=45"))]
    );
    server.stop().await;
}

#[tokio::test]
async fn wordpress_refuses_past_the_last_page_and_above_100() {
    let server = TestServer::start().await.unwrap();
    let addr = server.addr();
    let past = wordpress(addr, "?page=47").await;
    assert_eq!(past.status, 400);
    assert_eq!(
        past.json(),
        json!({
            "code": "rest_post_invalid_page_number",
            "message": "The page number requested is larger than the number of pages available.",
            "data": {"status": 400}
        })
    );
    let message = "per_page must be between 1 (inclusive) and 100 (inclusive)";
    for bad in ["?per_page=101", "?per_page=0"] {
        let answer = wordpress(addr, bad).await;
        assert_eq!(answer.status, 400, "{bad}");
        assert_eq!(
            answer.json(),
            json!({
                "code": "rest_invalid_param",
                "message": "Invalid parameter(s): per_page",
                "data": {
                    "status": 400,
                    "params": {"per_page": message},
                    "details": {"per_page": {"code": "rest_out_of_bounds", "message": message, "data": null}}
                }
            })
        );
    }
    let page = wordpress(addr, "?page=0").await;
    assert_eq!(page.status, 400);
    assert_eq!(
        page.json()["data"]["params"]["page"],
        "page must be greater than or equal to 1"
    );

    // No posts: every page is an empty 200.
    server.set_faults(
        Api::WordpressPosts,
        Faults {
            items: Some(0),
            ..Faults::default()
        },
    );
    for query in ["", "?page=2"] {
        let empty = wordpress(addr, query).await;
        assert_eq!(empty.status, 200);
        assert_eq!(empty.json(), json!([]));
        assert_eq!(empty.header("x-wp-total"), Some("0"));
        assert_eq!(empty.header("x-wp-totalpages"), Some("0"));
    }
    server.stop().await;
}

#[tokio::test]
async fn wordpress_auth() {
    let server = TestServer::start().await.unwrap();
    let addr = server.addr();
    assert_eq!(
        (WORDPRESS_USER, WORDPRESS_APP_PASSWORD),
        ("test-wordpress-user", "abcd EFGH 1234 ijkl MNOP 5678")
    );
    // The same password without its spaces: base64("test-wordpress-user:abcdEFGH1234ijklMNOP5678").
    let compact = "Basic dGVzdC13b3JkcHJlc3MtdXNlcjphYmNkRUZHSDEyMzRpamtsTU5PUDU2Nzg=";
    assert_eq!(
        get(addr, POSTS, &[("Authorization", compact)]).await.status,
        200
    );
    // base64("test-wordpress-user:wrong").
    for headers in [
        &[][..],
        &[(
            "Authorization",
            "Basic dGVzdC13b3JkcHJlc3MtdXNlcjp3cm9uZw==",
        )],
    ] {
        let answer = get(addr, POSTS, headers).await;
        assert_eq!(answer.status, 401);
        assert_eq!(
            answer.json(),
            json!({
                "code": "rest_not_logged_in",
                "message": "You are not currently logged in.",
                "data": {"status": 401}
            })
        );
    }
    server.stop().await;
}

#[tokio::test]
async fn wordpress_walk_by_next_links_sees_every_post_once() {
    let server = TestServer::start().await.unwrap();
    let addr = server.addr();
    let headers = [("Authorization", WORDPRESS_BASIC)];
    let seen = walk(addr, POSTS, &headers, 50, |answer| {
        let items = answer.json().as_array().unwrap().clone();
        (items, answer.link("next"))
    })
    .await;
    let seen: Vec<Value> = seen.into_iter().map(|p| p["id"].clone()).collect();
    assert_eq!(seen, expected(WORDPRESS_POSTS, wordpress_post_id));
    assert_eq!(server.requests().len(), 46);
    server.stop().await;
}

#[tokio::test]
async fn faults_apply_to_the_new_fakes() {
    let server = TestServer::start().await.unwrap();
    let addr = server.addr();
    let base = server.base_url();
    server.set_faults(
        Api::GitlabProjects,
        Faults {
            fail_page_once: Some(2),
            malformed_json_page: Some(3),
            ..Faults::default()
        },
    );
    let failed = gitlab(addr, "?page=2").await;
    assert_eq!(failed.status, 500);
    assert_eq!(
        failed.header("x-page"),
        None,
        "no paging headers on a failure"
    );
    assert_eq!(gitlab(addr, "?page=2").await.header("x-page"), Some("2"));
    let malformed = gitlab(addr, "?page=3").await;
    assert_eq!(
        (malformed.status, malformed.body.as_str()),
        (200, r#"{"data": ["#)
    );

    // The data set shrinks after page 1: page 2's links and the walk's end follow it.
    server.set_faults(
        Api::GithubIssues,
        Faults {
            resize_after_page: Some((1, 45)),
            ..Faults::default()
        },
    );
    assert!(
        github(addr, "")
            .await
            .link("last")
            .unwrap()
            .contains("page=42")
    );
    let shrunk = github(addr, "?page=2").await;
    assert_eq!(numbers(&shrunk.json()), (31..=45).collect::<Vec<u64>>());
    assert_eq!(shrunk.link("next"), None);

    server.set_faults(
        Api::DrfBooks,
        Faults {
            resize_after_page: Some((1, 30)),
            ..Faults::default()
        },
    );
    assert_eq!(drf(addr, "").await.json()["count"], DRF_BOOKS);
    assert_eq!(drf(addr, "?page=2").await.json()["count"], 30);
    assert_eq!(drf(addr, "?page=3").await.status, 404, "now past the last");

    // Under `ignore_page`, what GitLab echoes is page 1's.
    server.set_faults(
        Api::GitlabProjects,
        Faults {
            ignore_page: true,
            ..Faults::default()
        },
    );
    let ignored = gitlab(addr, "?page=5").await;
    assert_eq!(
        gitlab_headers(&ignored)[..4],
        [Some("1"), Some("20"), Some("2"), Some("")]
    );
    assert_eq!(
        ignored.link("next").unwrap(),
        format!("{base}{PROJECTS}?page=2&per_page=20")
    );
    server.stop().await;
}

#[tokio::test]
async fn totals_faults_in_bodies_headers_and_last_links() {
    let server = TestServer::start().await.unwrap();
    let addr = server.addr();
    // Negative and absurd totals; the pages follow from them, a negative number as it is.
    let pages_of = |items: i128, size: i128| {
        if items < 1 {
            items
        } else {
            (items - 1) / size + 1
        }
    };
    for items in [-5, i128::from(u64::MAX)] {
        let pages = pages_of(items, 100);
        let faults = Faults {
            total_items: Some(items),
            ..Faults::default()
        };
        for api in [Api::DrfBooks, Api::JsonApiArticles, Api::WordpressPosts] {
            server.set_faults(api, faults.clone());
        }
        server.set_faults(Api::SpringCustomers, faults.clone());
        assert_eq!(drf(addr, "").await.json()["count"], json!(items));
        let document = jsonapi(addr, "?page[size]=100").await.json();
        let meta = json!({"total": items, "total-pages": pages_of(items, 50)});
        assert_eq!(document["meta"], meta);
        let posts = wordpress(addr, "?per_page=100").await;
        assert_eq!(posts.header("x-wp-total"), Some(items.to_string().as_str()));
        assert_eq!(
            posts.header("x-wp-totalpages"),
            Some(pages.to_string().as_str())
        );
        let customers = spring(addr, CUSTOMERS, "?size=100").await.json();
        assert_eq!(customers["totalElements"], json!(items));
        assert_eq!(customers["totalPages"], json!(pages));
    }
    // Totals that disagree: pages alone, also in the `rel="last"` link.
    let faults = Faults {
        total_pages: Some(3),
        items: Some(9_999),
        ..Faults::default()
    };
    server.set_faults(Api::GithubIssues, faults.clone());
    server.set_faults(Api::GitlabProjects, faults);
    let issues = github(addr, "?per_page=100").await;
    assert!(issues.link("last").unwrap().ends_with("page=3"));
    let projects = gitlab(addr, "?per_page=100").await;
    assert_eq!(projects.header("x-total"), Some("9999"));
    assert_eq!(projects.header("x-total-pages"), Some("3"));
    assert!(projects.link("last").unwrap().contains("page=3"));
    // Totals that vanish after page 1: no field, no header, no `rel="last"`.
    let faults = Faults {
        totals_until_page: Some(1),
        items: Some(9_999),
        ..Faults::default()
    };
    for api in [
        Api::GithubIssues,
        Api::GitlabProjects,
        Api::DrfBooks,
        Api::JsonApiArticles,
        Api::WordpressPosts,
        Api::SpringCustomers,
    ] {
        server.set_faults(api, faults.clone());
    }
    assert!(github(addr, "").await.link("last").is_some());
    assert_eq!(github(addr, "?page=2").await.link("last"), None);
    assert!(github(addr, "?page=2").await.link("next").is_some());
    assert_eq!(gitlab(addr, "").await.header("x-total"), Some("9999"));
    let later = gitlab(addr, "?page=2").await;
    assert_eq!(
        (later.header("x-total"), later.header("x-total-pages")),
        (None, None)
    );
    assert_eq!(later.link("last"), None);
    assert_eq!(drf(addr, "").await.json()["count"], 9_999);
    assert_eq!(drf(addr, "?page=2").await.json().get("count"), None);
    let document = jsonapi(addr, "?page[number]=2").await.json();
    assert_eq!(
        (document["meta"].clone(), document["links"].get("last")),
        (json!({}), None)
    );
    assert_eq!(wordpress(addr, "?page=2").await.header("x-wp-total"), None);
    // Spring numbers its pages from 0, and so do its faults.
    let customers = spring(addr, CUSTOMERS, "?page=1").await.json();
    assert_eq!(customers["totalElements"], 9_999);
    let customers = spring(addr, CUSTOMERS, "?page=2").await.json();
    assert_eq!(customers.get("totalElements"), None);
    assert_eq!(customers.get("totalPages"), None);
    server.stop().await;
}

#[tokio::test]
async fn oversized_pages_looping_links_and_malformed_link_headers() {
    let server = TestServer::start().await.unwrap();
    let addr = server.addr();
    let base = server.base_url();
    // Ten times the page asked, whatever the page says of itself and its links.
    let faults = Faults {
        oversize_page: Some(2),
        ..Faults::default()
    };
    server.set_faults(Api::GithubIssues, faults.clone());
    server.set_faults(Api::DrfBooks, faults);
    let issues = github(addr, "?page=2&per_page=10").await;
    assert_eq!(numbers(&issues.json()), (11..=110).collect::<Vec<u64>>());
    assert!(issues.link("next").unwrap().contains("?page=3&"));
    let books = drf(addr, "?page=2&page_size=10").await.json();
    assert_eq!(
        array_ids(&books["results"]),
        (11..=110).collect::<Vec<u64>>()
    );
    assert_eq!(books["next"], format!("{base}{BOOKS}?page=3&page_size=10"));

    // Page 3 links back to page 1, wherever the links are written.
    let faults = Faults {
        loop_link: Some((3, 1)),
        ..Faults::default()
    };
    for api in [
        Api::GithubIssues,
        Api::GitlabProjects,
        Api::DrfBooks,
        Api::JsonApiArticles,
        Api::WordpressPosts,
    ] {
        server.set_faults(api, faults.clone());
    }
    assert!(
        github(addr, "?page=3")
            .await
            .link("next")
            .unwrap()
            .contains("?page=1&")
    );
    assert!(
        github(addr, "?page=2")
            .await
            .link("next")
            .unwrap()
            .contains("?page=3&")
    );
    assert!(
        gitlab(addr, "?page=3")
            .await
            .link("next")
            .unwrap()
            .contains("page=1&")
    );
    assert_eq!(
        drf(addr, "?page=3").await.json()["next"],
        format!("{base}{BOOKS}?page=1")
    );
    let document = jsonapi(addr, "?page[number]=3").await.json();
    assert_eq!(document["links"]["next"], article_link(&base, 1, 10));
    assert!(
        wordpress(addr, "?page=3")
            .await
            .link("next")
            .unwrap()
            .ends_with("page=1")
    );

    // A `Link` header whose hrefs lost their brackets, on page 2 only.
    let faults = Faults {
        malformed_link_header: Some(2),
        ..Faults::default()
    };
    server.set_faults(Api::GithubIssues, faults.clone());
    server.set_faults(Api::WordpressPosts, faults);
    assert!(
        github(addr, "")
            .await
            .header("link")
            .unwrap()
            .starts_with('<')
    );
    let broken = github(addr, "?page=2&per_page=100").await;
    assert_eq!(
        broken.header("link"),
        Some(
            format!(
                "{base}{ISSUES}?page=1&per_page=100; rel=\"prev\", \
                 {base}{ISSUES}?page=3&per_page=100; rel=\"next\", \
                 {base}{ISSUES}?page=13&per_page=100; rel=\"last\", \
                 {base}{ISSUES}?page=1&per_page=100; rel=\"first\""
            )
            .as_str()
        )
    );
    let posts = wordpress(addr, "?page=2").await;
    assert!(!posts.header("link").unwrap().contains('<'));
    server.stop().await;
}
