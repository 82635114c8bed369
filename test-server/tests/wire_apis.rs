//! Wire-level checks of the fakes of GitHub, GitLab, DRF, JSON:API, Spring Data and WordPress,
//! over raw HTTP/1.1 on a `TcpStream`.

mod common;

use std::net::SocketAddr;

use common::{Answer, get, walk};
use pagination_test_server::{
    Api, Faults, GITHUB_ISSUES, GITHUB_TOKEN, GITLAB_COUNT_LIMIT, GITLAB_PROJECTS, GITLAB_TOKEN,
    LinkStyle, TestServer, github_issue_id, github_issue_number, gitlab_project_id,
};
use serde_json::{Value, json};

const ISSUES: &str = "/repos/octo/hello/issues";
const PROJECTS: &str = "/api/v4/projects";

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
    assert!(GITLAB_PROJECTS > GITLAB_COUNT_LIMIT);
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
