//! Many walks at once against the test server, over loopback: every API of the server in
//! turn, each walk with `concurrency(8)`, each item checked against the data set as it
//! arrives, and every connection the client opens checked for its origin.
//!
//! Shared by the small load of `cargo test` (`many_walks.rs`) and the full one
//! (`cargo run -p pagination-tests --release --example load`).

#![allow(
    dead_code,
    reason = "the test reads less of a report than the example prints"
)]

use crate::common::{credentials, n};
use futures_util::future::BoxFuture;
use futures_util::{Stream, StreamExt};
use pagination_core::{
    CursorRequest, OffsetRequest, PaginatedRequest, PaginatedResponse, paginate_cursors_stream,
    paginate_offsets_stream, paginate_stream,
};
use pagination_test_server::{self as server, Api, Faults, TestServer};
use pagination_tests::sdk::Client;
use pagination_tests::{
    clarifai, codat, cspr, drf, github, gitlab, jira, jsonapi, slack, spring, stripe, wordpress,
};
use std::collections::BTreeSet;
use std::fmt::{Debug, Display};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

/// Pages each walk fetches at once.
pub(crate) const CONCURRENCY: usize = 8;

/// The page size every walk asks for: allowed by every API of the server.
const PAGE_SIZE: u32 = 50;

/// What a load did.
#[derive(Debug, Default)]
pub(crate) struct Report {
    /// Walks that got every item of their data set, in order.
    pub(crate) walks: usize,
    /// Pages fetched by those walks.
    pub(crate) pages: u64,
    /// Items checked.
    pub(crate) items: u64,
    /// From the first request to the last walk's end.
    pub(crate) elapsed: Duration,
    /// Walks that ended otherwise, each with why.
    pub(crate) failures: Vec<String>,
    /// Origins other than the server's that the client connected to.
    pub(crate) foreign: BTreeSet<String>,
}

impl Report {
    /// Pages a second.
    #[allow(clippy::cast_precision_loss, reason = "a rate to print")]
    pub(crate) fn throughput(&self) -> f64 {
        self.pages as f64 / self.elapsed.as_secs_f64()
    }
}

/// The pages and items one walk fetched.
#[derive(Debug, Default, Clone, Copy)]
pub(crate) struct Tally {
    pages: u64,
    items: u64,
}

/// Starts a server and runs [`run`] against it on one thread, server and walks together,
/// and measures the peak of the heap above what was live before it: everything the load
/// allocates is on that thread.
pub(crate) fn measured(walks: usize, items: usize, limit: Duration) -> (Report, u64) {
    let mut report = None;
    let info = allocation_counter::measure(|| {
        let runtime = tokio::runtime::Builder::new_current_thread()
            .enable_all()
            .build()
            .expect("a runtime");
        report = Some(runtime.block_on(async {
            let server = TestServer::start().await.expect("a server");
            let report = run(&server, walks, items, limit).await;
            server.stop().await;
            report
        }));
    });
    (report.expect("the load ran"), info.bytes_max)
}

/// Runs `walks` walks at once on the server, each API's data set resized to `items`, each
/// walk ending within `limit`.
pub(crate) async fn run(
    server: &TestServer,
    walks: usize,
    items: usize,
    limit: Duration,
) -> Report {
    for &(api, _) in KINDS {
        let faults = Faults {
            items: Some(items),
            ..Faults::default()
        };
        server.set_faults(api, faults);
    }
    let foreign = Arc::default();
    let http = watching(server.base_url(), Arc::clone(&foreign));
    let client = Client::with_http(&server.base_url(), credentials(), http);
    let start = Instant::now();
    let runs = (0..walks).map(|index| {
        let (_, walk) = KINDS[index % KINDS.len()];
        let walk = walk(&client, items);
        async move {
            match tokio::time::timeout(limit, walk).await {
                Ok(result) => result.map_err(|why| format!("walk {index}: {why}")),
                Err(_) => Err(format!("walk {index}: not over after {limit:?}")),
            }
        }
    });
    let results = futures_util::future::join_all(runs).await;
    let mut report = Report {
        elapsed: start.elapsed(),
        ..Report::default()
    };
    for result in results {
        match result {
            Ok(tally) => {
                report.walks += 1;
                report.pages += tally.pages;
                report.items += tally.items;
            }
            Err(why) => report.failures.push(why),
        }
    }
    report.foreign = std::mem::take(&mut *foreign.lock().expect("not poisoned"));
    report
}

/// An HTTP client that records in `foreign` every origin other than `origin` it opens a
/// connection to.
///
/// reqwest asks a custom proxy where to connect for each new connection, and a request
/// to an origin no connection is open to opens one: so an origin a request left for is
/// always seen here. The proxy answers `None`: connect directly.
pub(crate) fn watching(origin: String, foreign: Arc<Mutex<BTreeSet<String>>>) -> reqwest::Client {
    let proxy = reqwest::Proxy::custom(move |url| {
        let to = url.origin().ascii_serialization();
        if to != origin {
            foreign.lock().expect("not poisoned").insert(to);
        }
        None::<reqwest::Url>
    });
    reqwest::Client::builder()
        .no_proxy()
        .proxy(proxy)
        .build()
        .expect("an HTTP client")
}

/// Checks each item of `pages` against `expected` as it arrives, so that a walk holds no
/// more than its pages in flight, and that there are `count` of them.
async fn check<P, E, T>(
    pages: impl Stream<Item = Result<P, E>>,
    id: impl Fn(P::Item) -> T,
    expected: fn(usize) -> T,
    count: usize,
) -> Result<Tally, String>
where
    P: PaginatedResponse,
    E: Display,
    T: PartialEq + Debug,
{
    let mut pages = std::pin::pin!(pages);
    let mut tally = Tally::default();
    while let Some(page) = pages.next().await {
        let page = page.map_err(|error| format!("after {} items: {error}", tally.items))?;
        tally.pages += 1;
        for item in page.into_items() {
            let at = usize::try_from(tally.items).expect("a count of items in memory");
            let (got, want) = (id(item), expected(at));
            if got != want {
                return Err(format!("item {at} is {got:?}, not {want:?}"));
            }
            tally.items += 1;
        }
    }
    if tally.items == count as u64 {
        Ok(tally)
    } else {
        Err(format!("{} items, not {count}", tally.items))
    }
}

/// A walk of one kind over a data set of the given size.
pub(crate) type Walk = for<'a> fn(&'a Client, usize) -> BoxFuture<'a, Result<Tally, String>>;

/// `walk!(name, |client| pages, |item| id, expected)`: a function walking `pages` and
/// checking each item's `id` against `expected`.
macro_rules! walk {
    ($name:ident, |$client:ident| $pages:expr, |$item:ident| $id:expr, $expected:path) => {
        fn $name($client: &Client, count: usize) -> BoxFuture<'_, Result<Tally, String>> {
            Box::pin(check($pages, |$item| $id, $expected, count))
        }
    };
}

/// The request of the first page of every walk by page number: `PAGE_SIZE` a page.
fn sized<R: PaginatedRequest + Default>() -> R {
    R::default().with_page_size(PAGE_SIZE)
}

fn inputs() -> clarifai::ListInputs {
    clarifai::ListInputs {
        user_id: "me".into(),
        app_id: "photos".into(),
        ..sized()
    }
}

fn searches() -> clarifai::PostAnnotationsSearches {
    clarifai::PostAnnotationsSearches {
        user_id: "me".into(),
        app_id: "photos".into(),
        ..sized()
    }
}

fn invoices() -> codat::ListInvoices {
    codat::ListInvoices {
        company_id: "8a210b68".into(),
        ..sized()
    }
}

fn issues() -> github::ListIssues {
    github::ListIssues {
        owner: "octo".into(),
        repo: "hello".into(),
        ..sized()
    }
}

walk!(
    clarifai_inputs,
    |c| paginate_stream(inputs(), |r| c.list_inputs(r)).concurrency(n(CONCURRENCY)),
    |input| input.id,
    server::clarifai_input_id
);
walk!(
    clarifai_searches,
    |c| paginate_stream(searches(), |r| c.post_annotations_searches(r)).concurrency(n(CONCURRENCY)),
    |hit| hit.input.id,
    server::clarifai_hit_input_id
);
walk!(
    cspr_accounts,
    |c| paginate_stream(sized::<cspr::ListAccounts>(), |r| c.list_accounts(r))
        .concurrency(n(CONCURRENCY)),
    |account| account.account_hash,
    server::cspr_account_hash
);
walk!(
    codat_invoices,
    |c| paginate_stream(invoices(), |r| c.list_invoices(r)).concurrency(n(CONCURRENCY)),
    |invoice| invoice.id,
    server::codat_invoice_id
);
walk!(
    codat_invoices_by_link,
    |c| c.invoices_by_link(invoices()).concurrency(n(CONCURRENCY)),
    |invoice| invoice.id,
    server::codat_invoice_id
);
walk!(
    github_issues,
    |c| paginate_stream(issues(), |r| c.list_issues(r)).concurrency(n(CONCURRENCY)),
    |issue| issue.id,
    server::github_issue_id
);
walk!(
    github_issues_by_link,
    |c| c.issues_by_link(issues()).concurrency(n(CONCURRENCY)),
    |issue| issue.id,
    server::github_issue_id
);
walk!(
    gitlab_projects,
    |c| paginate_stream(sized::<gitlab::ListProjects>(), |r| c.list_projects(r))
        .concurrency(n(CONCURRENCY)),
    |project| project.id,
    server::gitlab_project_id
);
walk!(
    gitlab_projects_by_link,
    |c| c
        .projects_by_link(sized::<gitlab::ListProjects>())
        .concurrency(n(CONCURRENCY)),
    |project| project.id,
    server::gitlab_project_id
);
walk!(
    drf_books,
    |c| paginate_stream(sized::<drf::ListBooks>(), |r| c.list_books(r)).concurrency(n(CONCURRENCY)),
    |book| book.id,
    server::drf_book_id
);
walk!(
    drf_books_by_link,
    |c| c
        .books_by_link(sized::<drf::ListBooks>())
        .concurrency(n(CONCURRENCY)),
    |book| book.id,
    server::drf_book_id
);
walk!(
    jsonapi_articles,
    |c| paginate_stream(sized::<jsonapi::ListArticles>(), |r| c.list_articles(r))
        .concurrency(n(CONCURRENCY)),
    |article| article.id,
    server::jsonapi_article_id
);
walk!(
    jsonapi_articles_by_link,
    |c| c
        .articles_by_link(sized::<jsonapi::ListArticles>())
        .concurrency(n(CONCURRENCY)),
    |article| article.id,
    server::jsonapi_article_id
);
walk!(
    spring_customers,
    |c| paginate_stream(sized::<spring::ListCustomers>(), |r| c.list_customers(r))
        .concurrency(n(CONCURRENCY)),
    |customer| customer.id,
    server::spring_customer_id
);
walk!(
    spring_customers_one_indexed,
    |c| paginate_stream(sized::<spring::ListCustomersOneIndexed>(), |r| {
        c.list_customers_one_indexed(r)
    })
    .concurrency(n(CONCURRENCY)),
    |customer| customer.id,
    server::spring_customer_id
);
walk!(
    wordpress_posts,
    |c| paginate_stream(sized::<wordpress::ListPosts>(), |r| c.list_posts(r))
        .concurrency(n(CONCURRENCY)),
    |post| post.id,
    server::wordpress_post_id
);
walk!(
    stripe_customers,
    |c| paginate_cursors_stream(
        stripe::ListCustomers::default().with_limit(PAGE_SIZE),
        |r| c.list_stripe_customers(r)
    )
    .concurrency(n(CONCURRENCY)),
    |customer| customer.id,
    server::stripe_customer_id
);
walk!(
    slack_conversations,
    |c| paginate_cursors_stream(
        slack::ListConversations::default().with_limit(PAGE_SIZE),
        |r| c.list_conversations(r)
    )
    .concurrency(n(CONCURRENCY)),
    |channel| channel.id,
    server::slack_channel_id
);
walk!(
    jira_projects,
    |c| paginate_offsets_stream(jira::SearchProjects::default().with_limit(PAGE_SIZE), |r| c
        .search_projects(r))
    .concurrency(n(CONCURRENCY)),
    |project| project.id,
    server::jira_project_id
);

/// Every kind of walk, with the API it walks: every API of the server, by page number
/// (or offset, or cursor) and, where the API has next links, by them.
pub(crate) const KINDS: &[(Api, Walk)] = &[
    (Api::ClarifaiInputs, clarifai_inputs),
    (Api::ClarifaiSearches, clarifai_searches),
    (Api::Cspr, cspr_accounts),
    (Api::Codat, codat_invoices),
    (Api::Codat, codat_invoices_by_link),
    (Api::GithubIssues, github_issues),
    (Api::GithubIssues, github_issues_by_link),
    (Api::GitlabProjects, gitlab_projects),
    (Api::GitlabProjects, gitlab_projects_by_link),
    (Api::DrfBooks, drf_books),
    (Api::DrfBooks, drf_books_by_link),
    (Api::JsonApiArticles, jsonapi_articles),
    (Api::JsonApiArticles, jsonapi_articles_by_link),
    (Api::SpringCustomers, spring_customers),
    (Api::SpringCustomersOneIndexed, spring_customers_one_indexed),
    (Api::WordpressPosts, wordpress_posts),
    (Api::StripeCustomers, stripe_customers),
    (Api::SlackConversations, slack_conversations),
    (Api::JiraProjects, jira_projects),
];
