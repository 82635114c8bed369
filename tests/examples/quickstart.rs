//! The whole thing working: an embedded HTTP server fakes the three seed APIs on
//! loopback (Clarifai, CSPR.cloud and Codat, over ten thousand items each), and the
//! example SDK walks every item of each through `paginate_stream`, with a progress bar,
//! then prints what it took.
//!
//! Run with `cargo run --example quickstart`.

use futures_util::{Stream, TryStreamExt};
use indicatif::{ProgressBar, ProgressStyle};
use pagination_core::{
    CursorRequest, OffsetRequest, PageStream, PaginatedRequest, PaginatedResponse, Progress,
    paginate_cursors_stream, paginate_offsets_stream, paginate_stream,
};
use pagination_test_server::{
    CLARIFAI_PAT, CODAT_KEY, CSPR_KEY, DRF_TOKEN, GITHUB_TOKEN, GITLAB_TOKEN, JIRA_API_TOKEN,
    JIRA_EMAIL, JSONAPI_TOKEN, SLACK_TOKEN, SPRING_PASSWORD, SPRING_USER, STRIPE_KEY, TestServer,
    WORDPRESS_APP_PASSWORD, WORDPRESS_USER,
};
use pagination_tests::sdk::{Client, Credentials, SdkError};
use pagination_tests::{
    clarifai, codat, cspr, drf, github, gitlab, jira, jsonapi, slack, spring, stripe, wordpress,
};
use std::future::Future;
use std::num::NonZeroUsize;
use std::time::Instant;

#[tokio::main]
async fn main() -> Result<(), Box<dyn std::error::Error>> {
    let server = TestServer::start().await?;
    println!("Fake APIs listening on {}\n", server.base_url());
    let client = Client::local(
        &server.base_url(),
        Credentials {
            clarifai_pat: CLARIFAI_PAT.into(),
            cspr_key: CSPR_KEY.into(),
            codat_key: CODAT_KEY.into(),
            drf_token: DRF_TOKEN.into(),
            jsonapi_token: JSONAPI_TOKEN.into(),
            spring: (SPRING_USER.into(), SPRING_PASSWORD.into()),
            github_token: GITHUB_TOKEN.into(),
            gitlab_token: GITLAB_TOKEN.into(),
            wordpress: (WORDPRESS_USER.into(), WORDPRESS_APP_PASSWORD.into()),
            stripe_key: STRIPE_KEY.into(),
            slack_token: SLACK_TOKEN.into(),
            jira: (JIRA_EMAIL.into(), JIRA_API_TOKEN.into()),
        },
    )?;
    seed_apis(&client).await?;
    more_apis(&client).await?;
    server.stop().await;
    Ok(())
}

/// Walks the three seed APIs.
async fn seed_apis(client: &Client) -> Result<(), Box<dyn std::error::Error>> {
    let four = NonZeroUsize::new(4).expect("4 is not 0");

    let inputs = clarifai::ListInputs {
        user_id: "me".into(),
        app_id: "photos".into(),
        ..Default::default()
    }
    .with_max_page_size();
    walk(
        "Clarifai inputs (GET, no totals)",
        client,
        inputs,
        Client::list_inputs,
        four,
    )
    .await?;

    let searches = clarifai::PostAnnotationsSearches {
        user_id: "me".into(),
        app_id: "photos".into(),
        searches: vec![serde_json::json!({"query": {"filters": []}})],
        ..Default::default()
    }
    .with_max_page_size();
    walk(
        "Clarifai searches (POST body)",
        client,
        searches,
        Client::post_annotations_searches,
        four,
    )
    .await?;

    let accounts = cspr::ListAccounts::default().with_max_page_size();
    walk(
        "CSPR.cloud accounts",
        client,
        accounts,
        Client::list_accounts,
        four,
    )
    .await?;

    let invoices = codat::ListInvoices {
        company_id: "8a210b68".into(),
        ..Default::default()
    }
    .with_page_size(500);
    walk(
        "Codat invoices",
        client,
        invoices,
        Client::list_invoices,
        four,
    )
    .await?;

    let invoices = codat::ListInvoices {
        company_id: "8a210b68".into(),
        ..Default::default()
    }
    .with_page_size(500);
    by_links(
        "Codat invoices, following links",
        client.invoices_by_link(invoices).items(),
    )
    .await?;

    Ok(())
}

/// Walks the APIs users meet after the seeds.
async fn more_apis(client: &Client) -> Result<(), Box<dyn std::error::Error>> {
    let four = NonZeroUsize::new(4).expect("4 is not 0");
    let books = drf::ListBooks::default().with_max_page_size();
    walk(
        "Django REST framework books",
        client,
        books.clone(),
        Client::list_books,
        four,
    )
    .await?;
    by_links(
        "DRF books, following next",
        client.books_by_link(books).items(),
    )
    .await?;

    let articles = jsonapi::ListArticles::default().with_max_page_size();
    walk(
        "JSON:API articles",
        client,
        articles.clone(),
        Client::list_articles,
        four,
    )
    .await?;
    by_links(
        "JSON:API, following links.next",
        client.articles_by_link(articles).items(),
    )
    .await?;

    let issues = github::ListIssues {
        owner: "octo".into(),
        repo: "hello".into(),
        ..Default::default()
    }
    .with_max_page_size();
    walk(
        "GitHub issues (Link header)",
        client,
        issues.clone(),
        Client::list_issues,
        four,
    )
    .await?;
    by_links(
        "GitHub issues, following Link",
        client.issues_by_link(issues).items(),
    )
    .await?;

    let projects = gitlab::ListProjects::default().with_max_page_size();
    walk(
        "GitLab projects (X- headers)",
        client,
        projects,
        Client::list_projects,
        four,
    )
    .await?;

    let posts = wordpress::ListPosts::default().with_max_page_size();
    walk(
        "WordPress posts (X-WP- headers)",
        client,
        posts,
        Client::list_posts,
        four,
    )
    .await?;

    let projects = jira::SearchProjects::default().with_max_limit();
    let started = Instant::now();
    let pages = paginate_offsets_stream(projects, |r| client.search_projects(r)).concurrency(four);
    count("Jira projects (by offset)", pages.items(), started).await?;

    let customers = stripe::ListCustomers::default().with_max_limit();
    let started = Instant::now();
    let pages = paginate_cursors_stream(customers, |r| client.list_stripe_customers(r));
    count("Stripe customers (by last id)", pages.items(), started).await?;

    let channels = slack::ListConversations::default().with_limit(200);
    let started = Instant::now();
    let pages = paginate_cursors_stream(channels, |r| client.list_conversations(r));
    count("Slack channels (by next_cursor)", pages.items(), started).await?;

    let customers = spring::ListCustomers::default().with_page_size(500);
    walk(
        "Spring Data customers",
        client,
        customers,
        Client::list_customers,
        four,
    )
    .await?;

    Ok(())
}

/// Counts the items of a walk by links, and prints a summary.
async fn by_links<I, E>(name: &str, items: impl Stream<Item = Result<I, E>>) -> Result<(), E> {
    let started = Instant::now();
    let count = items.try_fold(0, |n, _| async move { Ok(n + 1) }).await?;
    println!(
        "{name:<34} {count:>6} items by next links in {:>5.0?}",
        started.elapsed()
    );
    Ok(())
}

/// Counts the items of a walk started at `started`, and prints a summary.
async fn count<I, E>(
    name: &str,
    items: impl Stream<Item = Result<I, E>>,
    started: Instant,
) -> Result<(), E> {
    let count = items.try_fold(0, |n, _| async move { Ok(n + 1) }).await?;
    println!("{name:<34} {count:>6} items in {:>5.0?}", started.elapsed());
    Ok(())
}

/// Walks every item from `first` with `method`, `concurrency` pages at a time once the
/// totals are known, drawing a progress bar, and prints a summary.
async fn walk<'c, Req, Resp, Fut>(
    name: &str,
    client: &'c Client,
    first: Req,
    method: fn(&'c Client, Req) -> Fut,
    concurrency: NonZeroUsize,
) -> Result<(), pagination_core::Error<SdkError, Req>>
where
    Req: PaginatedRequest + Clone + 'c,
    Resp: PaginatedResponse,
    Fut: Future<Output = Result<Resp, SdkError>> + 'c,
{
    let bar = ProgressBar::new(0).with_style(
        ProgressStyle::with_template("{prefix:<34} [{bar:30}] {pos:>6}/{len:6} {msg}")
            .expect("a valid template")
            .progress_chars("=> "),
    );
    bar.set_prefix(name.to_owned());
    let hook = bar.clone();
    let started = Instant::now();
    let pages: PageStream<Req, Resp, _> =
        paginate_stream(first, move |request| method(client, request))
            .concurrency(concurrency)
            .on_progress(move |progress: &Progress| {
                hook.set_length(progress.total_items.unwrap_or(progress.items));
                hook.set_position(progress.items);
                hook.set_message(format!("page {}", progress.pages));
            });
    let mut items = pages.items();
    let mut count = 0usize;
    while items.try_next().await?.is_some() {
        count += 1;
    }
    let progress = *items.progress();
    bar.finish_and_clear();
    println!(
        "{name:<34} {count:>6} items in {:>3} pages in {:>5.0?}",
        progress.pages,
        started.elapsed()
    );
    Ok(())
}
