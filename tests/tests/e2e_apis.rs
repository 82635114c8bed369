//! End to end: the example SDK walks every item of the APIs users meet after the seeds
//! (Django REST framework, Spring Data, ...) on the test server over real HTTP, by page
//! number and by the server's next links, sequentially and, where the totals allow,
//! concurrently; and checks the exact item sets.

use pagination_core::{
    CursorRequest, Error, OffsetRequest, PaginatedRequest, paginate_cursors_stream,
    paginate_offsets_stream, paginate_stream,
};
use pagination_test_server::{
    self as server, Api, Faults, TestServer, drf_book_id, github_issue_id, gitlab_project_id,
    jira_project_id, jsonapi_article_id, slack_channel_id, spring_customer_id, stripe_customer_id,
    wordpress_post_id,
};
use pagination_tests::sdk::SdkError;
use pagination_tests::{drf, github, gitlab, jira, jsonapi, slack, spring, stripe, wordpress};

use crate::common::{client, expected, ids, n};

fn pages_asked(server: &TestServer, api: Api) -> Vec<u32> {
    let mut pages: Vec<u32> = server
        .requests()
        .into_iter()
        .filter(|request| request.api == api)
        .map(|request| request.page)
        .collect();
    pages.sort_unstable();
    pages
}

#[tokio::test]
async fn django_rest_framework_by_page_number_and_by_next_links() {
    let server = TestServer::start().await.unwrap();
    let client = client(&server);
    let first = drf::ListBooks::default().with_max_page_size();
    // `count` tells the last page: fetched ahead, and never the 404 past it.
    for concurrency in [1, 4] {
        let pages =
            paginate_stream(first.clone(), |r| client.list_books(r)).concurrency(n(concurrency));
        let got = ids(pages.items(), |book| book.id).await.unwrap();
        assert_eq!(got, expected(server::DRF_BOOKS, drf_book_id));
    }
    let got = ids(client.books_by_link(first).items(), |book| book.id)
        .await
        .unwrap();
    assert_eq!(got, expected(server::DRF_BOOKS, drf_book_id));
    // 24 pages a walk, three walks: none past the last.
    let mut thrice: Vec<u32> = (1..=24).flat_map(|page| [page; 3]).collect();
    thrice.sort_unstable();
    assert_eq!(pages_asked(&server, Api::DrfBooks), thrice);
    server.stop().await;
}

#[tokio::test]
async fn spring_data_from_page_zero_and_one_indexed() {
    let server = TestServer::start().await.unwrap();
    let client = client(&server);
    for concurrency in [1, 8] {
        let first = spring::ListCustomers::default().with_page_size(500);
        let pages =
            paginate_stream(first, |r| client.list_customers(r)).concurrency(n(concurrency));
        let got = ids(pages.items(), |customer| customer.id).await.unwrap();
        assert_eq!(got, expected(server::SPRING_CUSTOMERS, spring_customer_id));

        // The request counts from 1, the answer's `number` from 0: `page_base = 0`.
        let first = spring::ListCustomersOneIndexed::default().with_page_size(500);
        let pages = paginate_stream(first, |r| client.list_customers_one_indexed(r))
            .concurrency(n(concurrency));
        let got = ids(pages.items(), |customer| customer.id).await.unwrap();
        assert_eq!(got, expected(server::SPRING_CUSTOMERS, spring_customer_id));
    }
    server.stop().await;
}

#[tokio::test]
async fn json_api_by_page_number_and_by_links_as_strings_or_objects() {
    let server = TestServer::start().await.unwrap();
    let client = client(&server);
    let first = jsonapi::ListArticles::default().with_max_page_size();
    for concurrency in [1, 4] {
        let pages =
            paginate_stream(first.clone(), |r| client.list_articles(r)).concurrency(n(concurrency));
        let got = ids(pages.items(), |article| article.id).await.unwrap();
        assert_eq!(got, expected(server::JSONAPI_ARTICLES, jsonapi_article_id));
    }
    for link_objects in [false, true] {
        let faults = Faults {
            link_objects,
            ..Faults::default()
        };
        server.set_faults(Api::JsonApiArticles, faults);
        let got = ids(client.articles_by_link(first.clone()).items(), |article| {
            article.id
        })
        .await
        .unwrap();
        assert_eq!(got, expected(server::JSONAPI_ARTICLES, jsonapi_article_id));
    }
    server.stop().await;
}

fn issues() -> github::ListIssues {
    github::ListIssues {
        owner: "octo".into(),
        repo: "hello".into(),
        ..github::ListIssues::default()
    }
}

#[tokio::test]
async fn github_by_the_link_header_with_no_last_on_the_last_page() {
    let server = TestServer::start().await.unwrap();
    let client = client(&server);
    // By page number: `rel="next"` decides, `rel="last"` lets pages be fetched ahead; the
    // last page has neither, which is not a change of totals.
    for concurrency in [1, 4] {
        let pages = paginate_stream(issues().with_max_page_size(), |r| client.list_issues(r))
            .concurrency(n(concurrency));
        let got = ids(pages.items(), |issue| issue.id).await.unwrap();
        assert_eq!(got, expected(server::GITHUB_ISSUES, github_issue_id));
    }
    let got = ids(
        client.issues_by_link(issues().with_max_page_size()).items(),
        |issue| issue.id,
    )
    .await
    .unwrap();
    assert_eq!(got, expected(server::GITHUB_ISSUES, github_issue_id));
    // 13 pages a walk, three walks: none past the last.
    let mut thrice: Vec<u32> = (1..=13).flat_map(|page| [page; 3]).collect();
    thrice.sort_unstable();
    assert_eq!(pages_asked(&server, Api::GithubIssues), thrice);
    server.stop().await;
}

#[tokio::test]
async fn gitlab_with_and_without_totals() {
    let server = TestServer::start().await.unwrap();
    let client = client(&server);
    let first = gitlab::ListProjects::default().with_max_page_size();
    // Past 10,000 projects GitLab sends no totals: the `Link` header alone goes on, one
    // page at a time whatever the concurrency.
    for concurrency in [1, 4] {
        let pages =
            paginate_stream(first.clone(), |r| client.list_projects(r)).concurrency(n(concurrency));
        let got = ids(pages.items(), |project| project.id).await.unwrap();
        assert_eq!(got, expected(server::GITLAB_PROJECTS, gitlab_project_id));
    }
    // At most 10,000, it counts them, and pages are fetched ahead.
    let faults = Faults {
        items: Some(9_999),
        ..Faults::default()
    };
    server.set_faults(Api::GitlabProjects, faults);
    let pages = paginate_stream(first, |r| client.list_projects(r)).concurrency(n(8));
    let got = ids(pages.items(), |project| project.id).await.unwrap();
    assert_eq!(got, expected(9_999, gitlab_project_id));
    server.stop().await;
}

#[tokio::test]
async fn wordpress_by_its_total_pages_never_past_the_last() {
    let server = TestServer::start().await.unwrap();
    let client = client(&server);
    for concurrency in [1, 4] {
        let first = wordpress::ListPosts::default().with_max_page_size();
        let pages = paginate_stream(first, |r| client.list_posts(r)).concurrency(n(concurrency));
        let got = ids(pages.items(), |post| post.id).await.unwrap();
        assert_eq!(got, expected(server::WORDPRESS_POSTS, wordpress_post_id));
    }
    // 5 pages a walk: WordPress refuses a page past the last, and none was asked.
    let mut twice: Vec<u32> = (1..=5).flat_map(|page| [page; 2]).collect();
    twice.sort_unstable();
    assert_eq!(pages_asked(&server, Api::WordpressPosts), twice);
    server.stop().await;
}

#[tokio::test]
async fn jira_by_offset_with_a_capped_limit_and_an_ignored_start() {
    let server = TestServer::start().await.unwrap();
    let client = client(&server);
    let first = jira::SearchProjects::default().with_max_limit();
    for concurrency in [1, 4] {
        let pages = paginate_offsets_stream(first.clone(), |r| client.search_projects(r))
            .concurrency(n(concurrency));
        let got = ids(pages.items(), |project| project.id).await.unwrap();
        assert_eq!(got, expected(server::JIRA_PROJECTS, jira_project_id));
    }
    // A server that serves 30 whatever is asked: the next offset is the items received.
    let faults = Faults {
        cap_limit: Some(30),
        ..Faults::default()
    };
    server.set_faults(Api::JiraProjects, faults);
    let pages =
        paginate_offsets_stream(first.clone(), |r| client.search_projects(r)).concurrency(n(4));
    let got = ids(pages.items(), |project| project.id).await.unwrap();
    assert_eq!(got, expected(server::JIRA_PROJECTS, jira_project_id));
    // A server that ignores `startAt` is stopped at the second page.
    let faults = Faults {
        ignore_page: true,
        ..Faults::default()
    };
    server.set_faults(Api::JiraProjects, faults);
    let pages = paginate_offsets_stream(first, |r| client.search_projects(r));
    let error = ids(pages.items(), |project| project.id).await.unwrap_err();
    assert!(
        matches!(
            error,
            Error::OffsetIgnored {
                page: 2,
                offset: 100,
                returned: 0,
                ..
            }
        ),
        "{error:?}"
    );
    server.stop().await;
}

#[tokio::test]
async fn stripe_by_the_last_id_and_slack_by_next_cursor() {
    let server = TestServer::start().await.unwrap();
    let client = client(&server);
    let first = stripe::ListCustomers::default().with_max_limit();
    let pages =
        paginate_cursors_stream(first, |r| client.list_stripe_customers(r)).concurrency(n(4));
    let got = ids(pages.items(), |customer| customer.id).await.unwrap();
    assert_eq!(got, expected(server::STRIPE_CUSTOMERS, stripe_customer_id));

    let first = slack::ListConversations::default().with_limit(200);
    let pages = paginate_cursors_stream(first, |r| client.list_conversations(r));
    let got = ids(pages.items(), |channel| channel.id).await.unwrap();
    assert_eq!(got, expected(server::SLACK_CHANNELS, slack_channel_id));
    server.stop().await;
}

#[tokio::test]
async fn cursor_repeats_and_cycles_end_with_an_error_not_a_loop() {
    let server = TestServer::start().await.unwrap();
    let client = client(&server);
    let first = slack::ListConversations::default().with_limit(200);
    for (faults, loop_page) in [
        (
            Faults {
                repeat_cursor: Some(2),
                ..Faults::default()
            },
            3,
        ),
        (
            Faults {
                cursor_cycle: Some((3, 1)),
                ..Faults::default()
            },
            4,
        ),
    ] {
        server.set_faults(Api::SlackConversations, faults);
        let pages = paginate_cursors_stream(first.clone(), |r| client.list_conversations(r));
        let error = ids(pages.items(), |channel| channel.id).await.unwrap_err();
        match &error {
            Error::CursorLoop { page, resume, .. } => {
                assert_eq!(*page, loop_page, "{error}");
                assert!(resume.cursor().is_some());
            }
            other => panic!("{other:?}"),
        }
    }
    // An invalid cursor is Slack's `"ok": false` at status 200: an error, not an empty page.
    let bad = first.with_cursor("not-a-cursor");
    let error = client.list_conversations(bad).await.unwrap_err();
    assert!(
        matches!(error, SdkError::Status { status: 200, .. }),
        "{error}"
    );
    server.stop().await;
}
