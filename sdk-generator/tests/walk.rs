//! The modules generated from `fixtures/test-server.json`, with the derive and expanded,
//! are the checked-in `generated/sdk.rs` and `generated/sdk_expanded.rs` (so they never go
//! stale), compile under the strictest lints, and walk every item of each API they describe
//! on the test server: the same walks for both.

#[rustfmt::skip]
#[deny(warnings, missing_docs, clippy::pedantic)]
#[path = "generated/sdk.rs"]
pub mod sdk;

#[rustfmt::skip]
#[deny(warnings, missing_docs, clippy::pedantic)]
#[path = "generated/sdk_expanded.rs"]
pub mod sdk_expanded;

use std::time::Duration;

use futures_util::{Stream, TryStreamExt};
use pagination_sdk_generator::{Mode, generate_str};

const FIXTURE: &str = include_str!("fixtures/test-server.json");

/// Fails unless `generated/<file>` is what the generator writes in `mode` now.
fn assert_checked_in(mode: Mode, file: &str, flag: &str) {
    let fresh = generate_str(FIXTURE, mode).unwrap();
    let path = format!("{}/tests/generated/{file}", env!("CARGO_MANIFEST_DIR"));
    let checked_in = std::fs::read_to_string(path).unwrap();
    assert!(
        fresh == checked_in,
        "tests/generated/{file} is stale: run `cargo run -p pagination-sdk-generator -- \
         sdk-generator/tests/fixtures/test-server.json{flag} -o sdk-generator/tests/generated/{file}`"
    );
}

#[test]
fn the_checked_in_module_is_the_generated_one() {
    assert_checked_in(Mode::Derive, "sdk.rs", "");
}

#[test]
fn the_checked_in_expanded_module_is_the_generated_one() {
    assert_checked_in(Mode::Expand, "sdk_expanded.rs", " --expand");
}

#[test]
fn the_generated_module_snapshot() {
    insta::assert_snapshot!(generate_str(FIXTURE, Mode::Derive).unwrap());
}

#[test]
fn the_expanded_module_snapshot() {
    insta::assert_snapshot!(generate_str(FIXTURE, Mode::Expand).unwrap());
}

#[test]
fn generation_is_deterministic() {
    for mode in [Mode::Derive, Mode::Expand] {
        let first = generate_str(FIXTURE, mode).unwrap();
        assert_eq!(first, generate_str(FIXTURE, mode).unwrap());
    }
}

#[test]
fn the_expanded_module_has_no_derive_of_paginated() {
    let expanded = generate_str(FIXTURE, Mode::Expand).unwrap();
    for line in expanded.lines().map(str::trim_start) {
        assert!(
            !(line.starts_with("#[derive(") && line.contains("Paginated")),
            "{line}"
        );
        assert!(!line.starts_with("#[paginate("), "{line}");
        assert!(
            !line.starts_with("use pagination_core::Paginated"),
            "{line}"
        );
    }
}

/// Collects the ids of a stream of items, failing the test after a minute.
async fn ids<I, T, E: std::fmt::Debug>(
    items: impl Stream<Item = Result<I, E>>,
    id: impl Fn(I) -> T,
) -> Vec<T> {
    tokio::time::timeout(Duration::from_secs(60), items.map_ok(id).try_collect())
        .await
        .expect("the walk did not finish")
        .unwrap()
}

/// The ids of a stream of items up to its error, and the error, failing the test if it
/// ends without one or takes more than a minute.
async fn until_error<I, T, E>(
    items: impl Stream<Item = Result<I, E>>,
    id: impl Fn(I) -> T,
) -> (Vec<T>, E) {
    let mut items = std::pin::pin!(items);
    let mut seen = Vec::new();
    let walk = async {
        loop {
            match items.try_next().await {
                Ok(Some(item)) => seen.push(id(item)),
                Ok(None) => panic!("the walk ended without an error"),
                Err(error) => return error,
            }
        }
    };
    let error = tokio::time::timeout(Duration::from_secs(60), walk)
        .await
        .expect("the walk did not finish");
    (seen, error)
}

fn expected<T>(count: usize, id: fn(usize) -> T) -> Vec<T> {
    (0..count).map(id).collect()
}

/// The walks, in a module `$walks` over the generated module `$sdk`.
macro_rules! walks {
    ($walks:ident, $sdk:ident) => {
        mod $walks {
            use pagination_core::{
                BoxPageStream, CursorRequest, OffsetRequest, PaginatedRequest, paginate_cursors_stream,
                paginate_offsets_stream, paginate_stream,
            };
            use pagination_test_server::{self as server, Api, Faults, TestServer};

            use crate::$sdk as sdk;
            use crate::{expected, ids, until_error};
            use sdk::{Client, Credentials};

            fn client(server: &TestServer) -> Client {
                use base64::Engine as _;
                let http = reqwest::Client::builder().no_proxy().build().unwrap();
                let codat = base64::engine::general_purpose::STANDARD.encode(server::CODAT_KEY);
                let credentials = Credentials {
                    clarifai_pat: format!("Key {}", server::CLARIFAI_PAT),
                    codat_key: format!("Basic {codat}"),
                    cspr_key: server::CSPR_KEY.into(),
                    drf_token: format!("Token {}", server::DRF_TOKEN),
                    github_token: server::GITHUB_TOKEN.into(),
                    gitlab_token: server::GITLAB_TOKEN.into(),
                    jira_basic: (server::JIRA_EMAIL.into(), server::JIRA_API_TOKEN.into()),
                    jsonapi_token: server::JSONAPI_TOKEN.into(),
                    slack_token: server::SLACK_TOKEN.into(),
                    spring_basic: (server::SPRING_USER.into(), server::SPRING_PASSWORD.into()),
                    stripe_key: server::STRIPE_KEY.into(),
                    wordpress_basic: (
                        server::WORDPRESS_USER.into(),
                        server::WORDPRESS_APP_PASSWORD.into(),
                    ),
                };
                Client::new(&server.base_url(), http, credentials)
            }

            #[tokio::test]
            async fn page_numbers_with_totals() {
                let server = TestServer::start().await.unwrap();
                let client = client(&server);
                let first = sdk::ListAccounts::default().with_max_page_size();
                let pages = paginate_stream(first, |r| client.list_accounts(r));
                let got = ids(pages.items(), |account| account.account_hash).await;
                assert_eq!(
                    got,
                    expected(server::CSPR_ACCOUNTS, server::cspr_account_hash)
                );

                server.stop().await;
            }

            #[tokio::test]
            async fn page_numbers_from_zero_and_answers_numbered_from_zero() {
                let server = TestServer::start().await.unwrap();
                let client = client(&server);
                let want = expected(server::SPRING_CUSTOMERS, server::spring_customer_id);
                let first = sdk::ListCustomers::default().with_max_page_size();
                assert_eq!(first.page(), 0);
                let pages = paginate_stream(first, |r| client.list_customers(r));
                assert_eq!(ids(pages.items(), |customer| customer.id).await, want);

                let first = sdk::ListCustomersOneIndexed::default().with_max_page_size();
                let pages = paginate_stream(first, |r| client.list_customers_one_indexed(r));
                assert_eq!(ids(pages.items(), |customer| customer.id).await, want);
                server.stop().await;
            }

            #[tokio::test]
            async fn page_numbers_to_a_short_page_in_the_query_and_in_the_body() {
                let server = TestServer::start().await.unwrap();
                let client = client(&server);
                let first = sdk::ListInputs {
                    user_id: "me".into(),
                    app_id: "photos".into(),
                    ..sdk::ListInputs::default()
                }
                .with_max_page_size();
                let pages = paginate_stream(first, |r| client.list_inputs(r));
                let got = ids(pages.items(), |input| input.id).await;
                assert_eq!(
                    got,
                    expected(server::CLARIFAI_INPUTS, server::clarifai_input_id)
                );

                let first = sdk::PostAnnotationsSearches {
                    user_id: "me".into(),
                    app_id: "photos".into(),
                    searches: vec![serde_json::json!({"query": {"filters": []}})],
                    ..sdk::PostAnnotationsSearches::default()
                }
                .with_max_page_size();
                assert_eq!(first.pagination.per_page, Some(1000));
                let pages = paginate_stream(first, |r| client.post_annotations_searches(r));
                let got = ids(pages.items(), |hit| hit.input.id).await;
                assert_eq!(
                    got,
                    expected(server::CLARIFAI_HITS, server::clarifai_hit_input_id)
                );
                server.stop().await;
            }

            #[tokio::test]
            async fn page_numbers_and_totals_in_headers() {
                let server = TestServer::start().await.unwrap();
                let client = client(&server);
                let first = sdk::ListPosts::default().with_max_page_size();
                let pages = paginate_stream(first, |r| client.list_posts(r));
                let got = ids(pages.items(), |post| post.id).await;
                assert_eq!(
                    got,
                    expected(server::WORDPRESS_POSTS, server::wordpress_post_id)
                );
                server.stop().await;
            }

            #[tokio::test]
            async fn page_numbers_in_the_link_header_four_at_a_time() {
                let server = TestServer::start().await.unwrap();
                let client = client(&server);
                let first = sdk::ListIssues {
                    owner: "octocat".into(),
                    repo: "hello-world".into(),
                    ..sdk::ListIssues::default()
                }
                .with_max_page_size();
                let four = std::num::NonZeroUsize::new(4).unwrap();
                let pages = paginate_stream(first, |r| client.list_issues(r)).concurrency(four);
                let got = ids(pages.items(), |issue| issue.id).await;
                assert_eq!(
                    got,
                    expected(server::GITHUB_ISSUES, server::github_issue_id)
                );
                server.stop().await;
            }

            #[tokio::test]
            async fn next_links_in_the_link_header_by_page_number_and_by_link() {
                let server = TestServer::start().await.unwrap();
                let client = client(&server);
                let first = sdk::ListIssues {
                    owner: "octocat".into(),
                    repo: "hello-world".into(),
                    ..sdk::ListIssues::default()
                }
                .with_max_page_size();
                let got = ids(client.list_issues_by_link(first).items(), |issue| issue.id).await;
                assert_eq!(
                    got,
                    expected(server::GITHUB_ISSUES, server::github_issue_id)
                );

                // Past 10,000 projects GitLab sends no totals: its `Link` header ends the walk.
                let want = expected(server::GITLAB_PROJECTS, server::gitlab_project_id);
                let first = sdk::ListProjects::default().with_max_page_size();
                let pages = paginate_stream(first.clone(), |r| client.list_projects(r));
                assert_eq!(ids(pages.items(), |project| project.id).await, want);
                let pages = client.list_projects_by_link(first);
                assert_eq!(ids(pages.items(), |project| project.id).await, want);
                server.stop().await;
            }

            #[tokio::test]
            async fn next_links_in_the_body_by_page_number_and_by_link() {
                let server = TestServer::start().await.unwrap();
                let client = client(&server);
                let first = sdk::ListBooks::default().with_max_page_size();
                let pages = paginate_stream(first.clone(), |r| client.list_books(r));
                let got = ids(pages.items(), |book| book.id).await;
                assert_eq!(got, expected(server::DRF_BOOKS, server::drf_book_id));
                let got = ids(client.list_books_by_link(first).items(), |book| book.id).await;
                assert_eq!(got, expected(server::DRF_BOOKS, server::drf_book_id));

                let want = expected(server::JSONAPI_ARTICLES, server::jsonapi_article_id);
                let first = sdk::ListArticles::default().with_max_page_size();
                let pages = paginate_stream(first.clone(), |r| client.list_articles(r));
                assert_eq!(ids(pages.items(), |article| article.id).await, want);
                let pages = client.list_articles_by_link(first);
                assert_eq!(ids(pages.items(), |article| article.id).await, want);

                // Codat's HAL `_links.next.href`, relative to the page it came with.
                let want = expected(server::CODAT_INVOICES, server::codat_invoice_id);
                let first = sdk::ListInvoices {
                    company_id: "8a210b68".into(),
                    ..sdk::ListInvoices::default()
                }
                .with_max_page_size();
                // The hand-written SDK's `invoices`: a walk whose type can be named.
                let pages: BoxPageStream<'_, sdk::ListInvoices, sdk::ListInvoicesPage, _> =
                    paginate_stream(first.clone(), |r| client.list_invoices(r)).boxed();
                assert_eq!(ids(pages.items(), |invoice| invoice.id).await, want);
                let pages = client.list_invoices_by_link(first);
                assert_eq!(ids(pages.items(), |invoice| invoice.id).await, want);
                server.stop().await;
            }

            #[tokio::test]
            async fn offsets() {
                let server = TestServer::start().await.unwrap();
                let client = client(&server);
                let first = sdk::SearchProjects::default().with_max_limit();
                let pages = paginate_offsets_stream(first, |r| client.search_projects(r));
                let got = ids(pages.items(), |project| project.id).await;
                assert_eq!(
                    got,
                    expected(server::JIRA_PROJECTS, server::jira_project_id)
                );
                server.stop().await;
            }

            #[tokio::test]
            async fn cursors_in_a_field_and_from_the_last_item() {
                let server = TestServer::start().await.unwrap();
                let client = client(&server);
                let first = sdk::ListConversations::default().with_limit(200);
                let pages = paginate_cursors_stream(first, |r| client.list_conversations(r));
                let got = ids(pages.items(), |channel| channel.id).await;
                assert_eq!(
                    got,
                    expected(server::SLACK_CHANNELS, server::slack_channel_id)
                );

                let first = sdk::ListStripeCustomers::default().with_max_limit();
                let pages = paginate_cursors_stream(first, |r| client.list_stripe_customers(r));
                let got = ids(pages.items(), |customer| customer.id).await;
                assert_eq!(
                    got,
                    expected(server::STRIPE_CUSTOMERS, server::stripe_customer_id)
                );
                server.stop().await;
            }

            #[tokio::test]
            async fn an_answer_that_says_it_failed_is_an_error_that_keeps_its_place() {
                let server = TestServer::start().await.unwrap();
                let client = client(&server);
                // Once page 1 is served only 50 channels are left, so page 2's cursor names
                // none: Slack answers `"ok": false`, with status 200.
                let faults = Faults {
                    resize_after_page: Some((1, 50)),
                    ..Faults::default()
                };
                server.set_faults(Api::SlackConversations, faults);
                let first = sdk::ListConversations::default().with_limit(200);
                let pages = paginate_cursors_stream(first, |r| client.list_conversations(r));
                let (seen, error) = until_error(pages.items(), |channel| channel.id).await;
                assert_eq!(seen, expected(200, server::slack_channel_id));
                match &error {
                    pagination_core::Error::Fetch {
                        page: 2,
                        source: sdk::Error::Failed { message },
                        ..
                    } => assert_eq!(message.as_deref(), Some("invalid_cursor")),
                    other => panic!("{other:?}"),
                }
                // Not the end of the channels: the walk goes on from page 2.
                server.set_faults(Api::SlackConversations, Faults::default());
                let pages = paginate_cursors_stream(error.into_resume(), |r| {
                    client.list_conversations(r)
                });
                let rest = ids(pages.items(), |channel| channel.id).await;
                assert_eq!(
                    [seen, rest].concat(),
                    expected(server::SLACK_CHANNELS, server::slack_channel_id)
                );
                server.stop().await;
            }

            #[tokio::test]
            async fn an_error_status_keeps_the_body_and_the_walk_its_place() {
                let server = TestServer::start().await.unwrap();
                let client = client(&server);
                let faults = Faults {
                    fail_page_once: Some(2),
                    ..Faults::default()
                };
                server.set_faults(Api::Cspr, faults);
                let first = sdk::ListAccounts::default().with_max_page_size();
                let pages = paginate_stream(first, |r| client.list_accounts(r));
                let (seen, error) = until_error(pages.items(), |account| account.account_hash).await;
                match &error {
                    pagination_core::Error::Fetch {
                        page: 2,
                        source: sdk::Error::Status { status: 500, body },
                        ..
                    } => assert_eq!(body, r#"{"error":"internal"}"#),
                    other => panic!("{other:?}"),
                }
                // The page fails once: the walk goes on from it.
                let pages = paginate_stream(error.into_resume(), |r| client.list_accounts(r));
                let rest = ids(pages.items(), |account| account.account_hash).await;
                assert_eq!(
                    [seen, rest].concat(),
                    expected(server::CSPR_ACCOUNTS, server::cspr_account_hash)
                );
                server.stop().await;
            }

            #[tokio::test]
            async fn a_body_that_is_not_the_json_documented_says_where() {
                let server = TestServer::start().await.unwrap();
                let client = client(&server);
                // The body is `{"data": [`, cut short.
                let faults = Faults {
                    malformed_json_page: Some(1),
                    ..Faults::default()
                };
                server.set_faults(Api::Cspr, faults.clone());
                let error = client
                    .list_accounts(sdk::ListAccounts::default())
                    .await
                    .unwrap_err();
                match &error {
                    sdk::Error::Decode { path, source } => {
                        assert_eq!((path.as_str(), source.is_eof()), ("data", true), "{error}");
                    }
                    other => panic!("{other:?}"),
                }
                // GitHub's body is an array of issues, not an object.
                server.set_faults(Api::GithubIssues, faults);
                let first = sdk::ListIssues {
                    owner: "octocat".into(),
                    repo: "hello-world".into(),
                    ..sdk::ListIssues::default()
                };
                let error = client.list_issues(first).await.unwrap_err();
                match &error {
                    sdk::Error::Decode { path, source } => {
                        assert_eq!((path.as_str(), source.is_data()), (".", true), "{error}");
                    }
                    other => panic!("{other:?}"),
                }
                server.stop().await;
            }
        }
    };
}

walks!(derive, sdk);
walks!(expand, sdk_expanded);
