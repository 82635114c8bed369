//! End to end, fault by fault: each fault of the test server in every pagination style it
//! applies to, and what a user of the example SDK sees, over real HTTP: the exact items,
//! and the exact error. ROBUSTNESS.md's table "Faults, in every style" is this file's, with
//! the tests elsewhere that already showed a cell.
//!
//! One API stands for each style, walked as a user would:
//!
//! | style | API | walk |
//! |---|---|---|
//! | page number | CSPR.cloud, 250 a page, 50 pages | `paginate_stream`, concurrency 4 |
//! | next link in the body | Django REST framework, 100 a page, 24 pages | `books_by_link` |
//! | `Link` header | GitHub, 100 a page, 13 pages | `issues_by_link` |
//! | offset | Jira, 100 a page, 13 pages | `paginate_offsets_stream`, concurrency 4 |
//! | cursor | Slack, 200 a page, 13 pages | `paginate_cursors_stream` |
//!
//! and others where a fault shows something the first does not: WordPress and GitLab (by
//! page number, their totals in headers), JSON:API (links and totals in the body), Stripe
//! (the last item's id as the cursor). Walks by links and by cursors are sequential by
//! design: each address comes with the page before it.
//!
//! Then, for every style, a walk whose page fails once resumes, from the error's `resume`
//! and from a checkpoint persisted as JSON, to every remaining item exactly once.

use futures_util::{Stream, StreamExt};
use pagination_core::EndReason::{self, EmptyPage, NoNextLink};
use pagination_core::{
    CursorRequest, Error, FetchAsync, Follow, ItemStream, LinkError, OffsetRequest,
    PaginatedRequest, PaginatedResponse, StyleFor, Totals, paginate_cursors_stream,
    paginate_offsets_stream, paginate_stream,
};
use pagination_test_server::{
    self as server, Api, Faults, LinkStyle, TestServer, cspr_account_hash, drf_book_id,
    github_issue_id, gitlab_project_id, jira_project_id, jsonapi_article_id, slack_channel_id,
    stripe_customer_id, wordpress_post_id,
};
use pagination_tests::sdk::{Client, SdkError, WalkError};
use pagination_tests::{cspr, drf, github, gitlab, jira, jsonapi, slack, stripe, wordpress};
use serde::Serialize;
use serde::de::DeserializeOwned;
use std::fmt::{Debug, Display};
use std::ops::Range;
use std::pin::pin;
use std::time::Duration;

use crate::common::{client, n};

// --- what a walk yields ---

/// What a walk yielded: the ids of its items in order, and the error it ended with.
struct Walked<Req> {
    items: Vec<String>,
    error: Option<WalkError<Req>>,
}

impl<Req: Debug> Walked<Req> {
    /// Every item of `expected`, in order, and no error.
    #[track_caller]
    fn all(self, expected: &[String]) {
        assert!(self.error.is_none(), "{:?}", self.error);
        assert_items(&self.items, expected);
    }

    /// The items of `expected`, in order, then an error `is` accepts; returns the error.
    #[track_caller]
    fn then(
        self,
        expected: &[String],
        is: impl FnOnce(&WalkError<Req>) -> bool,
    ) -> Error<SdkError, Req> {
        assert_items(&self.items, expected);
        let error = self.error.expect("the walk ends with an error");
        assert!(is(&error), "{error:?}: {error}");
        error
    }
}

/// The same items, compared by count and by the first difference, not by printing
/// thousands of ids.
#[track_caller]
fn assert_items(got: &[String], expected: &[String]) {
    let first_difference = got.iter().zip(expected).position(|(a, b)| a != b);
    assert!(
        got.len() == expected.len() && first_difference.is_none(),
        "{} items, expected {}; first difference at {first_difference:?}",
        got.len(),
        expected.len()
    );
}

/// Walks `items` to its end or its first error, failing the test after a minute.
async fn walked<I, Req>(
    items: impl Stream<Item = Result<I, WalkError<Req>>>,
    id: impl Fn(I) -> String,
) -> Walked<Req> {
    let mut items = pin!(items);
    let mut ids = Vec::new();
    let walk = async {
        while let Some(item) = items.next().await {
            match item {
                Ok(item) => ids.push(id(item)),
                Err(error) => return Some(error),
            }
        }
        None
    };
    let error = tokio::time::timeout(Duration::from_secs(60), walk)
        .await
        .expect("the walk did not finish");
    Walked { items: ids, error }
}

/// The ids of items `range` of a data set, as strings.
fn ids<T: Display>(range: Range<usize>, id: fn(usize) -> T) -> Vec<String> {
    range.map(|i| id(i).to_string()).collect()
}

/// `parts`, one after the other.
fn then(parts: &[Vec<String>]) -> Vec<String> {
    parts.concat()
}

fn accounts(range: Range<usize>) -> Vec<String> {
    ids(range, cspr_account_hash)
}

fn books(range: Range<usize>) -> Vec<String> {
    ids(range, drf_book_id)
}

fn issues(range: Range<usize>) -> Vec<String> {
    ids(range, github_issue_id)
}

fn jira_projects(range: Range<usize>) -> Vec<String> {
    ids(range, jira_project_id)
}

fn channels(range: Range<usize>) -> Vec<String> {
    ids(range, slack_channel_id)
}

fn customers(range: Range<usize>) -> Vec<String> {
    ids(range, stripe_customer_id)
}

fn posts(range: Range<usize>) -> Vec<String> {
    ids(range, wordpress_post_id)
}

fn gitlab_projects(range: Range<usize>) -> Vec<String> {
    ids(range, gitlab_project_id)
}

fn articles(range: Range<usize>) -> Vec<String> {
    ids(range, jsonapi_article_id)
}

// --- one walk per style, from its first page ---

fn first_accounts() -> cspr::ListAccounts {
    cspr::ListAccounts::default().with_max_page_size()
}

fn first_books() -> drf::ListBooks {
    drf::ListBooks::default().with_max_page_size()
}

fn first_issues() -> github::ListIssues {
    github::ListIssues {
        owner: "octo".into(),
        repo: "hello".into(),
        ..github::ListIssues::default()
    }
    .with_max_page_size()
}

fn first_jira() -> jira::SearchProjects {
    jira::SearchProjects::default().with_max_limit()
}

fn first_channels() -> slack::ListConversations {
    slack::ListConversations::default().with_limit(200)
}

/// Page number: CSPR.cloud, 250 accounts a page, fetching ahead.
async fn by_page(client: &Client, first: cspr::ListAccounts) -> Walked<cspr::ListAccounts> {
    let pages = paginate_stream(first, |r| client.list_accounts(r)).concurrency(n(4));
    walked(pages.items(), |account| account.account_hash).await
}

/// Next link in the body: DRF, 100 books a page.
async fn by_body_link(
    client: &Client,
    first: impl Into<Follow<drf::ListBooks>>,
) -> Walked<Follow<drf::ListBooks>> {
    walked(client.books_by_link(first).items(), |book| {
        book.id.to_string()
    })
    .await
}

/// `Link` header: GitHub, 100 issues a page.
async fn by_link_header(
    client: &Client,
    first: impl Into<Follow<github::ListIssues>>,
) -> Walked<Follow<github::ListIssues>> {
    walked(client.issues_by_link(first).items(), |issue| {
        issue.id.to_string()
    })
    .await
}

/// Offset: Jira, 100 projects a page, fetching ahead.
async fn by_offset(client: &Client, first: jira::SearchProjects) -> Walked<jira::SearchProjects> {
    let pages = paginate_offsets_stream(first, |r| client.search_projects(r)).concurrency(n(4));
    walked(pages.items(), |project| project.id).await
}

/// Cursor: Slack, 200 channels a page.
async fn by_cursor(
    client: &Client,
    first: slack::ListConversations,
) -> Walked<slack::ListConversations> {
    let pages = paginate_cursors_stream(first, |r| client.list_conversations(r));
    walked(pages.items(), |channel| channel.id).await
}

/// Cursor, the last item's id: Stripe, 100 customers a page.
async fn by_stripe_cursor(client: &Client) -> Walked<stripe::ListCustomers> {
    let first = stripe::ListCustomers::default().with_max_limit();
    let pages = paginate_cursors_stream(first, |r| client.list_stripe_customers(r));
    walked(pages.items(), |customer| customer.id).await
}

/// Page number, totals in headers: WordPress, 100 posts a page, fetching ahead.
async fn wordpress_by_page(client: &Client) -> Walked<wordpress::ListPosts> {
    let first = wordpress::ListPosts::default().with_max_page_size();
    let pages = paginate_stream(first, |r| client.list_posts(r)).concurrency(n(4));
    walked(pages.items(), |post| post.id.to_string()).await
}

/// Page number, its end told by the `Link` header: GitLab, 100 projects a page.
async fn gitlab_by_page(client: &Client) -> Walked<gitlab::ListProjects> {
    let first = gitlab::ListProjects::default().with_max_page_size();
    let pages = paginate_stream(first, |r| client.list_projects(r)).concurrency(n(4));
    walked(pages.items(), |project| project.id.to_string()).await
}

/// Next link and totals in the body: JSON:API, 50 articles a page.
async fn jsonapi_by_link(client: &Client) -> Walked<Follow<jsonapi::ListArticles>> {
    let first = jsonapi::ListArticles::default().with_max_page_size();
    walked(client.articles_by_link(first).items(), |article| article.id).await
}

/// A server and its client, with `faults` on each of `apis`.
async fn serve(apis: &[Api], faults: &Faults) -> (TestServer, Client) {
    let server = TestServer::start().await.unwrap();
    for &api in apis {
        server.set_faults(api, faults.clone());
    }
    let client = client(&server);
    (server, client)
}

/// `Error::TotalChanged` on page 3, from `before` to `after`.
fn total_changed<Req>(before: Totals, after: Totals) -> impl Fn(&WalkError<Req>) -> bool {
    move |error| {
        matches!(error, Error::TotalChanged { page: 3, before: b, after: a, .. }
            if *b == before && *a == after)
    }
}

/// `Error::StoppedShort` on `page`, for `reason`.
fn stopped_short<Req>(page: u32, reason: EndReason) -> impl Fn(&WalkError<Req>) -> bool {
    move |error| matches!(error, Error::StoppedShort { page: p, reason: r, .. } if *p == page && *r == reason)
}

/// `Error::Link` on page 2: a link to another origin.
fn cross_origin<Req>(error: &WalkError<Req>) -> bool {
    matches!(
        error,
        Error::Link {
            page: 2,
            source: LinkError::CrossOrigin { .. },
            ..
        }
    )
}

/// `Error::LinkLoop` on `page`.
fn link_loop<Req>(page: u32) -> impl Fn(&WalkError<Req>) -> bool {
    move |error| matches!(error, Error::LinkLoop { page: p, .. } if *p == page)
}

/// `Error::Fetch` on page 2: a header the page type reads is malformed.
fn header_error<Req>(error: &WalkError<Req>) -> bool {
    matches!(
        error,
        Error::Fetch {
            page: 2,
            source: SdkError::Header(_),
            ..
        }
    )
}

fn is_status(source: &SdkError, status: u16) -> bool {
    matches!(source, SdkError::Status { status: got, .. } if *got == status)
}

fn is_decode(source: &SdkError, at: &str) -> bool {
    matches!(source, SdkError::Decode { path, .. } if path == at)
}

// --- an ignored page, offset or cursor ---
// By page number: e2e.rs `a_server_that_ignores_the_page` (CSPR.cloud: `PastTotal` on page
// 50; Codat, which echoes its page: `PageIgnored` on page 2; Clarifai: `MaxPages`). By
// offset: e2e_apis.rs `jira_by_offset_with_a_capped_limit_and_an_ignored_start`.

#[tokio::test]
async fn an_ignored_page_or_cursor_repeats_page_one_until_its_link_or_cursor_loops() {
    let faults = Faults {
        ignore_page: true,
        ..Faults::default()
    };
    let apis = [
        Api::DrfBooks,
        Api::GithubIssues,
        Api::SlackConversations,
        Api::StripeCustomers,
    ];
    let (server, client) = serve(&apis, &faults).await;
    // Page 2, asked by its link, is page 1 again, whose link is page 2's own.
    by_body_link(&client, first_books()).await.then(
        &then(&[books(0..100), books(0..100)]),
        |e| matches!(e, Error::LinkLoop { page: 3, link, .. } if link.ends_with("?page=2&page_size=100")),
    );
    by_link_header(&client, first_issues())
        .await
        .then(&then(&[issues(0..100), issues(0..100)]), |e| {
            matches!(e, Error::LinkLoop { page: 3, .. })
        });
    // Page 2, asked by its cursor, is page 1 again, whose next cursor is page 2's own.
    by_cursor(&client, first_channels())
        .await
        .then(&then(&[channels(0..200), channels(0..200)]), |e| {
            matches!(e, Error::CursorLoop { page: 3, .. })
        });
    by_stripe_cursor(&client).await.then(
        &then(&[customers(0..100), customers(0..100)]),
        |e| matches!(e, Error::CursorLoop { page: 3, cursor, .. } if *cursor == stripe_customer_id(99)),
    );
    server.stop().await;
}

// --- a delay ---
// By page number: e2e.rs `slow_answers_overlap_with_concurrency` (six requests in flight).

#[tokio::test]
async fn a_delay_changes_nothing_but_the_time() {
    let faults = Faults {
        delay: Some(Duration::from_millis(3)),
        ..Faults::default()
    };
    let apis = [
        Api::DrfBooks,
        Api::GithubIssues,
        Api::JiraProjects,
        Api::SlackConversations,
    ];
    let (server, client) = serve(&apis, &faults).await;
    by_body_link(&client, first_books())
        .await
        .all(&books(0..server::DRF_BOOKS));
    by_link_header(&client, first_issues())
        .await
        .all(&issues(0..server::GITHUB_ISSUES));
    by_offset(&client, first_jira())
        .await
        .all(&jira_projects(0..server::JIRA_PROJECTS));
    by_cursor(&client, first_channels())
        .await
        .all(&channels(0..server::SLACK_CHANNELS));
    server.stop().await;
}

// --- data that shrinks or grows mid-walk ---
// By page number: e2e.rs `data_that_changes_during_the_walk` (CSPR.cloud shrinking and Codat
// growing: `TotalChanged` on page 3; Clarifai, without totals: the items that are left).

#[tokio::test]
async fn data_that_shrinks_or_grows_after_page_two() {
    for len in [600, 3_000] {
        let faults = Faults {
            resize_after_page: Some((2, len)),
            ..Faults::default()
        };
        let apis = [
            Api::DrfBooks,
            Api::GithubIssues,
            Api::JiraProjects,
            Api::SlackConversations,
        ];
        let (server, client) = serve(&apis, &faults).await;
        // Before: what the walk knew, the items reported and the pages they fill at 100 a
        // page. After: what page 3 reports: DRF its items, Jira its items and page size (so
        // its pages), GitHub its pages (`rel="last"`).
        let pages = |len: usize| len.div_ceil(100) as u64;
        let known = |len: usize| Totals::new(Some(len as u64), Some(pages(len)));
        let items = |len: usize| Totals::new(Some(len as u64), None);
        let last = |len: usize| Totals::new(None, Some(pages(len)));
        let error = by_body_link(&client, first_books()).await.then(
            &books(0..200),
            total_changed(known(server::DRF_BOOKS), items(len)),
        );
        let message = format!("from 2345 items in 24 pages to {len} items in unknown pages");
        assert!(error.to_string().contains(&message), "{error}");
        by_link_header(&client, first_issues()).await.then(
            &issues(0..200),
            total_changed(last(server::GITHUB_ISSUES), last(len)),
        );
        by_offset(&client, first_jira()).await.then(
            &jira_projects(0..200),
            total_changed(known(server::JIRA_PROJECTS), known(len)),
        );
        // Without totals, the walk follows the data as it now is.
        by_cursor(&client, first_channels())
            .await
            .all(&channels(0..len));
        server.stop().await;
    }
}

// --- malformed JSON ---
// Codat by page number: e2e.rs `malformed_json_is_an_error_on_its_page`. The body is
// `{"data": [`: a page type with a `data` field fails there, GitHub's bare array at once.

#[tokio::test]
async fn malformed_json_is_a_decode_error_on_its_page_and_the_walk_resumes_there() {
    let faults = Faults {
        malformed_json_page: Some(4),
        ..Faults::default()
    };
    let apis = [
        Api::Cspr,
        Api::DrfBooks,
        Api::GithubIssues,
        Api::JiraProjects,
        Api::SlackConversations,
    ];
    let (server, client) = serve(&apis, &faults).await;
    let page = by_page(&client, first_accounts())
        .await
        .then(&accounts(0..750), |e| fetch_decode(e, 4, "data"));
    let body = by_body_link(&client, first_books())
        .await
        .then(&books(0..300), |e| fetch_decode(e, 4, "data"));
    let header = by_link_header(&client, first_issues())
        .await
        .then(&issues(0..300), |e| fetch_decode(e, 4, "."));
    let offset = by_offset(&client, first_jira())
        .await
        .then(&jira_projects(0..300), |e| fetch_decode(e, 4, "data"));
    let cursor = by_cursor(&client, first_channels())
        .await
        .then(&channels(0..600), |e| fetch_decode(e, 4, "data"));
    for api in apis {
        server.set_faults(api, Faults::default());
    }
    by_page(&client, page.into_resume())
        .await
        .all(&accounts(750..server::CSPR_ACCOUNTS));
    by_body_link(&client, body.into_resume())
        .await
        .all(&books(300..server::DRF_BOOKS));
    by_link_header(&client, header.into_resume())
        .await
        .all(&issues(300..server::GITHUB_ISSUES));
    by_offset(&client, offset.into_resume())
        .await
        .all(&jira_projects(300..server::JIRA_PROJECTS));
    by_cursor(&client, cursor.into_resume())
        .await
        .all(&channels(600..server::SLACK_CHANNELS));
    server.stop().await;
}

/// `Error::Fetch` on `page`, its source a decode error at `path`.
fn fetch_decode<Req>(error: &WalkError<Req>, page: u32, path: &str) -> bool {
    matches!(error, Error::Fetch { page: p, source, .. } if *p == page && is_decode(source, path))
}

/// `Error::Fetch` on `page`, its source an answer with `status`.
fn fetch_status<Req>(error: &WalkError<Req>, page: u32, status: u16) -> bool {
    matches!(error, Error::Fetch { page: p, source, .. } if *p == page && is_status(source, status))
}

// --- negative, absurd and disagreeing totals ---

#[tokio::test]
async fn negative_totals_cannot_be_read_from_a_body_and_are_unknown_in_a_header() {
    let faults = Faults {
        total_items: Some(-5),
        items: Some(9_999),
        ..Faults::default()
    };
    let apis = [
        Api::Cspr,
        Api::DrfBooks,
        Api::GithubIssues,
        Api::JiraProjects,
        Api::WordpressPosts,
        Api::GitlabProjects,
    ];
    let (server, client) = serve(&apis, &faults).await;
    // The SDK's totals are `u64`s: a negative number is not one.
    by_page(&client, first_accounts())
        .await
        .then(&[], |e| fetch_decode(e, 1, "item_count"));
    by_body_link(&client, first_books())
        .await
        .then(&[], |e| fetch_decode(e, 1, "count"));
    by_offset(&client, first_jira())
        .await
        .then(&[], |e| fetch_decode(e, 1, "total"));
    // A header that is not a `u64` is unknown, and so is a `rel="last"` of page -5.
    by_link_header(&client, first_issues())
        .await
        .all(&issues(0..9_999));
    wordpress_by_page(&client).await.all(&posts(0..9_999));
    gitlab_by_page(&client)
        .await
        .all(&gitlab_projects(0..9_999));
    server.stop().await;
}

#[tokio::test]
async fn absurd_totals_end_in_stopped_short_after_every_item() {
    let faults = Faults {
        total_items: Some(u64::MAX.into()),
        ..Faults::default()
    };
    let apis = [
        Api::Cspr,
        Api::DrfBooks,
        Api::GithubIssues,
        Api::JiraProjects,
        Api::WordpressPosts,
    ];
    let (server, client) = serve(&apis, &faults).await;
    // The totals say there is more after the last page: its empty successor, or its
    // missing next link, is an error, never a silently short result.
    let error = by_page(&client, first_accounts()).await.then(
        &accounts(0..server::CSPR_ACCOUNTS),
        stopped_short(51, EmptyPage),
    );
    let message = "the walk stopped at page 51 because the page was empty, after 12345 items, \
                   but the server reported 18446744073709551615 items in 73786976294838207 pages";
    assert!(error.to_string().starts_with(message), "{error}");
    by_body_link(&client, first_books())
        .await
        .then(&books(0..server::DRF_BOOKS), stopped_short(24, NoNextLink));
    // An offset walk numbers its pages by where the offset falls: 1234 is on page 13.
    by_offset(&client, first_jira()).await.then(
        &jira_projects(0..server::JIRA_PROJECTS),
        stopped_short(13, EmptyPage),
    );
    // GitHub's last page has no `rel="last"`: the absurd number of pages is not there.
    by_link_header(&client, first_issues())
        .await
        .all(&issues(0..server::GITHUB_ISSUES));
    // WordPress refuses the page after its last, which the totals say exists.
    wordpress_by_page(&client)
        .await
        .then(&posts(0..server::WORDPRESS_POSTS), |e| {
            fetch_status(e, 6, 400)
        });
    server.stop().await;
}

#[tokio::test]
async fn totals_that_disagree_are_inconsistent_or_past_the_total() {
    let faults = Faults {
        total_pages: Some(3),
        items: Some(9_999),
        ..Faults::default()
    };
    let apis = [
        Api::Cspr,
        Api::JsonApiArticles,
        Api::GithubIssues,
        Api::GitlabProjects,
    ];
    let (server, client) = serve(&apis, &faults).await;
    let error = by_page(&client, first_accounts())
        .await
        .then(&[], |e| matches!(e, Error::Inconsistent { page: 1, .. }));
    assert_eq!(
        error.to_string(),
        "page 1: the server reports 3 pages, but 9999 items at 250 a page make 40; if its \
         totals are estimates, call `totals_are_estimates()`"
    );
    jsonapi_by_link(&client)
        .await
        .then(&[], |e| matches!(e, Error::Inconsistent { page: 1, .. }));
    gitlab_by_page(&client)
        .await
        .then(&[], |e| matches!(e, Error::Inconsistent { page: 1, .. }));
    // GitHub has no total of items: its `rel="last"` disagrees with its `next` links.
    let error = by_link_header(&client, first_issues())
        .await
        .then(&issues(0..300), |e| {
            matches!(
                e,
                Error::PastTotal {
                    page: 4,
                    seen: 400,
                    ..
                }
            )
        });
    assert!(
        error
            .to_string()
            .contains("past the server's own total (unknown items in 3 pages)"),
        "{error}"
    );
    server.stop().await;
}

// --- totals that vanish ---
// GitLab past its count limit, with no totals from page 1: e2e_apis.rs
// `gitlab_with_and_without_totals`; walk_quirks.rs `totals_that_stop_past_a_threshold_are_unknown_not_changed`.

#[tokio::test]
async fn totals_that_vanish_after_page_one_are_unknown_or_a_missing_field() {
    let faults = Faults {
        totals_until_page: Some(1),
        items: Some(9_999),
        ..Faults::default()
    };
    let apis = [
        Api::Cspr,
        Api::DrfBooks,
        Api::JsonApiArticles,
        Api::GithubIssues,
        Api::JiraProjects,
        Api::WordpressPosts,
        Api::GitlabProjects,
    ];
    let (server, client) = serve(&apis, &faults).await;
    // Where the SDK's type requires the total, its absence is a decode error.
    let error = by_page(&client, first_accounts())
        .await
        .then(&accounts(0..250), |e| fetch_decode(e, 2, "."));
    let source = std::error::Error::source(&error).map(ToString::to_string);
    assert!(source.is_some_and(|source| source.contains("missing field `item_count`")));
    by_body_link(&client, first_books())
        .await
        .then(&books(0..100), |e| fetch_decode(e, 2, "."));
    by_offset(&client, first_jira())
        .await
        .then(&jira_projects(0..100), |e| fetch_decode(e, 2, "."));
    // Where it is optional, a total left out is unknown, not changed.
    jsonapi_by_link(&client).await.all(&articles(0..9_999));
    by_link_header(&client, first_issues())
        .await
        .all(&issues(0..9_999));
    wordpress_by_page(&client).await.all(&posts(0..9_999));
    gitlab_by_page(&client)
        .await
        .all(&gitlab_projects(0..9_999));
    server.stop().await;
}

// --- a page size capped below the one asked ---
// By offset: e2e_apis.rs `jira_by_offset_with_a_capped_limit_and_an_ignored_start`; a
// scripted server: walk_quirks.rs `a_capped_size_with_*`.

#[tokio::test]
async fn a_capped_page_size_loses_nothing() {
    let faults = Faults {
        cap_limit: Some(30),
        ..Faults::default()
    };
    let apis = [
        Api::Cspr,
        Api::DrfBooks,
        Api::GithubIssues,
        Api::SlackConversations,
        Api::StripeCustomers,
    ];
    let (server, client) = serve(&apis, &faults).await;
    by_page(&client, first_accounts())
        .await
        .all(&accounts(0..server::CSPR_ACCOUNTS));
    by_body_link(&client, first_books())
        .await
        .all(&books(0..server::DRF_BOOKS));
    by_link_header(&client, first_issues())
        .await
        .all(&issues(0..server::GITHUB_ISSUES));
    by_cursor(&client, first_channels())
        .await
        .all(&channels(0..server::SLACK_CHANNELS));
    by_stripe_cursor(&client)
        .await
        .all(&customers(0..server::STRIPE_CUSTOMERS));
    server.stop().await;
}

// --- relative, cross-origin and looping links ---
// Codat's relative and absolute links, and a cross-origin one: e2e.rs
// `codat_next_links_are_followed_on_the_same_origin_only`.

#[tokio::test]
async fn relative_links_are_followed_and_cross_origin_ones_refused_unsent() {
    let server = TestServer::start().await.unwrap();
    let client = client(&server);
    for api in [Api::DrfBooks, Api::GithubIssues] {
        let faults = Faults {
            link_style: LinkStyle::Relative,
            ..Faults::default()
        };
        server.set_faults(api, faults);
    }
    by_body_link(&client, first_books())
        .await
        .all(&books(0..server::DRF_BOOKS));
    by_link_header(&client, first_issues())
        .await
        .all(&issues(0..server::GITHUB_ISSUES));

    let elsewhere = TestServer::start().await.unwrap();
    let faults = Faults {
        link_style: LinkStyle::CrossOrigin(elsewhere.base_url()),
        items: Some(9_999),
        ..Faults::default()
    };
    for api in [Api::DrfBooks, Api::GithubIssues, Api::GitlabProjects] {
        server.set_faults(api, faults.clone());
    }
    let error = by_body_link(&client, first_books())
        .await
        .then(&books(0..100), cross_origin);
    assert_eq!(error.resume().link(), None, "page 2 is asked by number");
    by_link_header(&client, first_issues())
        .await
        .then(&issues(0..100), cross_origin);
    // By page number, a link says only that there is more: it is never followed.
    gitlab_by_page(&client)
        .await
        .all(&gitlab_projects(0..9_999));
    assert!(
        elsewhere.requests().is_empty(),
        "nothing left for the other origin"
    );
    elsewhere.stop().await;
    server.stop().await;
}

#[tokio::test]
async fn a_link_back_to_an_earlier_page_is_a_loop() {
    let (server, client) = serve(&[], &Faults::default()).await;
    // Page 3 links back to page 2, which the walk fetched by a link.
    let faults = Faults {
        loop_link: Some((3, 2)),
        items: Some(9_999),
        ..Faults::default()
    };
    for api in [
        Api::DrfBooks,
        Api::GithubIssues,
        Api::GitlabProjects,
        Api::JiraProjects,
    ] {
        server.set_faults(api, faults.clone());
    }
    let error = by_body_link(&client, first_books())
        .await
        .then(&books(0..300), link_loop(4));
    assert_eq!(error.resume().request().page(), 4, "resumes by number");
    by_link_header(&client, first_issues())
        .await
        .then(&issues(0..300), link_loop(4));
    // By page number or by offset, the link is not followed.
    gitlab_by_page(&client)
        .await
        .all(&gitlab_projects(0..9_999));
    by_offset(&client, first_jira())
        .await
        .all(&jira_projects(0..9_999));

    // Page 3 links back to page 1, which the walk asked by its request, not by a link:
    // the request's URL leaves the page out (`?page_size=100`), the link writes it
    // (`?page=1&page_size=100`, or GitHub's `?per_page=100&page=1`), and the walk knows
    // page 1 by both. Asked with its page number, the same.
    let faults = Faults {
        loop_link: Some((3, 1)),
        ..Faults::default()
    };
    server.set_faults(Api::DrfBooks, faults.clone());
    server.set_faults(Api::GithubIssues, faults);
    for first in [first_books(), first_books().with_page(1)] {
        let error = by_body_link(&client, first)
            .await
            .then(&books(0..300), link_loop(4));
        assert_eq!(error.resume().request().page(), 4, "resumes by number");
    }
    by_link_header(&client, first_issues())
        .await
        .then(&issues(0..300), link_loop(4));
    server.stop().await;
}

// --- a repeated cursor, and a cycle of cursors ---
// Slack: e2e_apis.rs `cursor_repeats_and_cycles_end_with_an_error_not_a_loop` (`CursorLoop`
// on page 3, and on page 4 for a cycle).

#[tokio::test]
async fn a_repeated_or_cycling_cursor_is_a_loop_and_an_offset_walk_ignores_it() {
    let (server, client) = serve(&[], &Faults::default()).await;
    for (faults, items, page) in [
        (
            Faults {
                repeat_cursor: Some(2),
                ..Faults::default()
            },
            then(&[customers(0..100), customers(0..100)]),
            3,
        ),
        (
            Faults {
                cursor_cycle: Some((3, 1)),
                ..Faults::default()
            },
            then(&[customers(0..200), customers(0..100)]),
            4,
        ),
    ] {
        server.set_faults(Api::StripeCustomers, faults.clone());
        by_stripe_cursor(&client).await.then(
            &items,
            |e| matches!(e, Error::CursorLoop { page: p, .. } if *p == page),
        );
        // Jira's `nextPage` repeats or cycles; the next offset is the items received.
        server.set_faults(Api::JiraProjects, faults);
        by_offset(&client, first_jira())
            .await
            .all(&jira_projects(0..server::JIRA_PROJECTS));
    }
    server.stop().await;
}

// --- a page far larger than the page size ---

#[tokio::test]
async fn a_page_ten_times_the_size_asked() {
    let faults = Faults {
        oversize_page: Some(2),
        ..Faults::default()
    };
    let apis = [
        Api::Cspr,
        Api::DrfBooks,
        Api::GithubIssues,
        Api::JiraProjects,
        Api::SlackConversations,
        Api::StripeCustomers,
    ];
    let (server, client) = serve(&apis, &faults).await;
    // Where the next page starts after the items received, nothing is lost or repeated.
    by_offset(&client, first_jira())
        .await
        .all(&jira_projects(0..server::JIRA_PROJECTS));
    by_cursor(&client, first_channels())
        .await
        .all(&channels(0..server::SLACK_CHANNELS));
    by_stripe_cursor(&client)
        .await
        .all(&customers(0..server::STRIPE_CUSTOMERS));
    // By page number, or by links that count by it, the pages after page 2 would hold
    // its extra items again: page 1 told the server's size, so page 2 is an error, with
    // page 1's items yielded and page 2's not.
    by_page(&client, first_accounts())
        .await
        .then(&accounts(0..250), overfull(2_500, 250));
    by_body_link(&client, first_books())
        .await
        .then(&books(0..100), overfull(1_000, 100));
    // GitHub's totals are only `rel="last"`, which is enough to tell its size.
    let error = by_link_header(&client, first_issues())
        .await
        .then(&issues(0..100), overfull(1_000, 100));
    assert_eq!(
        error.to_string(),
        "page 2 holds 1000 items, more than the server's page size of 100: it ignored the \
         page size there, so the pages after it would repeat some of its items; the walk \
         stopped rather than yield them twice"
    );
    server.stop().await;
}

/// Whether an error is `Overfull` at page 2, with a page of `len` items against `size`.
fn overfull<Req>(len: u64, size: u64) -> impl FnOnce(&WalkError<Req>) -> bool {
    move |error| matches!(error, Error::Overfull { page: 2, len: l, size: s, .. } if *l == len && *s == size)
}

// --- a malformed `Link` header ---
// Read by `FromHttp`, outside a walk: headers.rs
// `a_malformed_link_header_is_an_error_that_names_the_header_and_its_value`.

#[tokio::test]
async fn a_malformed_link_header_is_a_header_error_on_its_page() {
    let faults = Faults {
        malformed_link_header: Some(2),
        items: Some(9_999),
        ..Faults::default()
    };
    let apis = [Api::GithubIssues, Api::GitlabProjects, Api::WordpressPosts];
    let (server, client) = serve(&apis, &faults).await;
    let error = by_link_header(&client, first_issues())
        .await
        .then(&issues(0..100), header_error);
    let message = std::error::Error::source(&error)
        .map(ToString::to_string)
        .unwrap();
    assert!(
        message.starts_with("malformed `Link` header `http://"),
        "{message}"
    );
    assert!(message.contains("expected `<` to open a link"), "{message}");
    gitlab_by_page(&client)
        .await
        .then(&gitlab_projects(0..100), header_error);
    // WordPress's page type reads no `Link` header.
    wordpress_by_page(&client).await.all(&posts(0..9_999));
    server.set_faults(
        Api::GithubIssues,
        Faults {
            items: Some(9_999),
            ..Faults::default()
        },
    );
    by_link_header(&client, error.into_resume())
        .await
        .all(&issues(100..9_999));
    server.stop().await;
}

// --- a page that fails once, and the walk resumed after it ---
// CSPR.cloud at concurrency 4, resumed from the error: e2e.rs
// `a_page_that_fails_once_is_resumed`; scripted servers: walk.rs
// `a_failed_page_resumes_with_nothing_lost_or_repeated`, walk_stream.rs
// `a_failed_page_with_pages_in_flight_resumes_exactly`, walk_links.rs
// `a_failed_page_resumes_by_its_link`, walk_styles.rs
// `a_checkpoint_and_a_failed_page_resume_by_cursor`.

/// A walk that failed, with the last checkpoint it persisted: the number of items yielded
/// by then, and the request as JSON.
struct Failed<Req> {
    items: Vec<String>,
    error: WalkError<Req>,
    checkpoint: (usize, String),
}

/// Walks `items` to its first error, persisting the checkpoint as JSON whenever the walk
/// gives one (between pages), as a job that may be stopped would.
async fn persisting<Req, Resp, F, S>(
    mut items: ItemStream<Req, Resp, F, S>,
    id: impl Fn(Resp::Item) -> String,
    persist: impl Fn(&Req) -> String,
) -> Failed<Req>
where
    Req: Clone,
    Resp: PaginatedResponse,
    F: FetchAsync<Req, Page = Resp, Error = SdkError>,
    S: StyleFor<Req, Resp>,
{
    let mut ids = Vec::new();
    let mut checkpoint = None;
    let walk = async {
        while let Some(item) = items.next().await {
            match item {
                Ok(item) => ids.push(id(item)),
                Err(error) => return error,
            }
            if let Some(request) = items.checkpoint() {
                checkpoint = Some((ids.len(), persist(request)));
            }
        }
        panic!("the walk ended without the failure");
    };
    let error = tokio::time::timeout(Duration::from_secs(60), walk)
        .await
        .expect("the walk did not finish");
    Failed {
        items: ids,
        error,
        checkpoint: checkpoint.expect("a checkpoint before the failure"),
    }
}

impl<Req: Debug> Failed<Req> {
    /// The items before the failed page `page` are `before`, the error says so, and the last
    /// checkpoint was persisted after them.
    #[track_caller]
    fn failed_at(&self, page: u32, before: &[String]) {
        assert_items(&self.items, before);
        assert!(fetch_status(&self.error, page, 500), "{:?}", self.error);
        assert_eq!(self.checkpoint.0, before.len(), "checkpointed mid-walk");
    }
}

/// The items before and after a resume are the whole data set, each once, in order.
#[track_caller]
fn exactly_once(before: &[String], after: &[String], all: &[String]) {
    assert_items(&[before, after].concat(), all);
}

fn to_json<T: Serialize>(request: &T) -> String {
    serde_json::to_string(request).expect("a request serializes")
}

fn from_json<T: DeserializeOwned>(json: &str) -> T {
    serde_json::from_str(json).expect("a checkpoint deserializes")
}

/// A walk by links persists its request and the link to fetch it from.
fn follow_to_json<Req: Serialize>(at: &Follow<Req>) -> String {
    assert!(at.link().is_some(), "mid-walk, a link walk is at a link");
    to_json(&(at.request(), at.link()))
}

fn follow_from_json<Req: DeserializeOwned>(json: &str) -> Follow<Req> {
    let (request, link): (Req, Option<String>) = from_json(json);
    match link {
        Some(link) => Follow::with_link(request, link),
        None => Follow::new(request),
    }
}

/// Fails `page` once, each answer 5 ms late, so that a concurrent walk's pages after it
/// reach the server before the failure comes back.
fn slow_fail(page: u32) -> Faults {
    Faults {
        delay: Some(Duration::from_millis(5)),
        ..fail(page)
    }
}

/// Whether the walk that failed on page 3 had fetched pages after it (which it dropped):
/// only when concurrent.
#[track_caller]
fn fetched_ahead(server: &TestServer, api: Api, concurrency: usize) {
    let ahead = server
        .requests()
        .iter()
        .any(|request| request.api == api && request.page > 3);
    assert_eq!(ahead, concurrency > 1, "concurrency {concurrency}");
}

fn fail(page: u32) -> Faults {
    Faults {
        fail_page_once: Some(page),
        ..Faults::default()
    }
}

#[tokio::test]
async fn resume_by_page_number_sequential_and_concurrent() {
    let all = accounts(0..server::CSPR_ACCOUNTS);
    for concurrency in [1, 4] {
        let (server, client) = serve(&[Api::Cspr], &slow_fail(3)).await;
        let walk = |first| {
            let pages = paginate_stream(first, |r| client.list_accounts(r));
            pages.concurrency(n(concurrency)).items()
        };
        let failed = persisting(walk(first_accounts()), |a| a.account_hash, to_json).await;
        failed.failed_at(3, &accounts(0..500));
        fetched_ahead(&server, Api::Cspr, concurrency);
        server.set_faults(Api::Cspr, Faults::default());
        let rest = walked(walk(failed.error.into_resume()), |a| a.account_hash).await;
        exactly_once(&failed.items, &rest.items, &all);
        let checkpoint: cspr::ListAccounts = from_json(&failed.checkpoint.1);
        let rest = walked(walk(checkpoint), |a| a.account_hash).await;
        exactly_once(&failed.items[..failed.checkpoint.0], &rest.items, &all);
        server.stop().await;
    }
}

#[tokio::test]
async fn resume_by_next_links_in_the_body() {
    // Sequential by design: each page's link comes with the page before it.
    let (server, client) = serve(&[Api::DrfBooks], &fail(3)).await;
    let all = books(0..server::DRF_BOOKS);
    let id = |book: drf::Book| book.id.to_string();
    let failed = persisting(
        client.books_by_link(first_books()).items(),
        id,
        follow_to_json,
    )
    .await;
    failed.failed_at(3, &books(0..200));
    let resume = failed.error.into_resume();
    assert!(
        resume
            .link()
            .is_some_and(|link| link.ends_with("?page=3&page_size=100"))
    );
    let rest = walked(client.books_by_link(resume).items(), id).await;
    exactly_once(&failed.items, &rest.items, &all);
    let checkpoint: Follow<drf::ListBooks> = follow_from_json(&failed.checkpoint.1);
    let rest = walked(client.books_by_link(checkpoint).items(), id).await;
    exactly_once(&failed.items[..failed.checkpoint.0], &rest.items, &all);
    server.stop().await;
}

#[tokio::test]
async fn resume_by_the_link_header() {
    // Sequential by design, as every walk by links. GitLab, whose request holds everything
    // its link does not (GitHub's owner and repo are in the path, not in the request's JSON).
    let faults = Faults {
        items: Some(2_000),
        ..fail(3)
    };
    let (server, client) = serve(&[Api::GitlabProjects], &faults).await;
    let all = gitlab_projects(0..2_000);
    let first = gitlab::ListProjects::default().with_max_page_size();
    let id = |project: gitlab::Project| project.id.to_string();
    let failed = persisting(client.projects_by_link(first).items(), id, follow_to_json).await;
    failed.failed_at(3, &gitlab_projects(0..200));
    let rest = walked(
        client.projects_by_link(failed.error.into_resume()).items(),
        id,
    )
    .await;
    exactly_once(&failed.items, &rest.items, &all);
    let checkpoint: Follow<gitlab::ListProjects> = follow_from_json(&failed.checkpoint.1);
    let rest = walked(client.projects_by_link(checkpoint).items(), id).await;
    exactly_once(&failed.items[..failed.checkpoint.0], &rest.items, &all);
    server.stop().await;
}

#[tokio::test]
async fn resume_by_offset_sequential_and_concurrent() {
    let all = jira_projects(0..server::JIRA_PROJECTS);
    for concurrency in [1, 4] {
        let (server, client) = serve(&[Api::JiraProjects], &slow_fail(3)).await;
        let walk = |first| {
            let pages = paginate_offsets_stream(first, |r| client.search_projects(r));
            pages.concurrency(n(concurrency)).items()
        };
        let id = |project: jira::Project| project.id;
        let failed = persisting(walk(first_jira()), id, to_json).await;
        failed.failed_at(3, &jira_projects(0..200));
        fetched_ahead(&server, Api::JiraProjects, concurrency);
        server.set_faults(Api::JiraProjects, Faults::default());
        assert_eq!(failed.error.resume().offset(), 200);
        let rest = walked(walk(failed.error.into_resume()), id).await;
        exactly_once(&failed.items, &rest.items, &all);
        let checkpoint: jira::SearchProjects = from_json(&failed.checkpoint.1);
        let rest = walked(walk(checkpoint), id).await;
        exactly_once(&failed.items[..failed.checkpoint.0], &rest.items, &all);
        server.stop().await;
    }
}

#[tokio::test]
async fn resume_by_cursor() {
    // Sequential by design: each cursor comes with the page before it.
    let (server, client) = serve(&[Api::SlackConversations, Api::StripeCustomers], &fail(3)).await;
    let all = channels(0..server::SLACK_CHANNELS);
    let walk = |first| paginate_cursors_stream(first, |r| client.list_conversations(r)).items();
    let id = |channel: slack::Channel| channel.id;
    let failed = persisting(walk(first_channels()), id, to_json).await;
    failed.failed_at(3, &channels(0..400));
    let rest = walked(walk(failed.error.into_resume()), id).await;
    exactly_once(&failed.items, &rest.items, &all);
    let checkpoint: slack::ListConversations = from_json(&failed.checkpoint.1);
    assert!(checkpoint.cursor.is_some());
    let rest = walked(walk(checkpoint), id).await;
    exactly_once(&failed.items[..failed.checkpoint.0], &rest.items, &all);

    // Stripe's cursor is the last item's id.
    let all = customers(0..server::STRIPE_CUSTOMERS);
    let walk = |first| paginate_cursors_stream(first, |r| client.list_stripe_customers(r)).items();
    let id = |customer: stripe::Customer| customer.id;
    let first = stripe::ListCustomers::default().with_max_limit();
    let failed = persisting(walk(first), id, to_json).await;
    failed.failed_at(3, &customers(0..200));
    let rest = walked(walk(failed.error.into_resume()), id).await;
    exactly_once(&failed.items, &rest.items, &all);
    let checkpoint: stripe::ListCustomers = from_json(&failed.checkpoint.1);
    assert_eq!(checkpoint.starting_after, Some(stripe_customer_id(199)));
    let rest = walked(walk(checkpoint), id).await;
    exactly_once(&failed.items[..failed.checkpoint.0], &rest.items, &all);
    server.stop().await;
}
