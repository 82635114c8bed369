//! Local HTTP fakes of the three seed APIs' list endpoints, for end-to-end pagination tests.
//!
//! [`TestServer::start`] binds `127.0.0.1` on a free port and serves, with axum on the
//! caller's tokio runtime:
//!
//! | route | API | paging | data set |
//! |---|---|---|---|
//! | `GET /v2/users/{user_id}/apps/{app_id}/inputs?page=&per_page=` | Clarifai | query string | [`CLARIFAI_INPUTS`] inputs, [`clarifai_input_id`] |
//! | `POST /v2/users/{user_id}/apps/{app_id}/annotations/searches` | Clarifai | body `{"pagination":{"page":2,"per_page":20}}` | [`CLARIFAI_HITS`] hits, [`clarifai_hit_input_id`] |
//! | `GET /accounts?page=&page_size=` | CSPR.cloud | query string | [`CSPR_ACCOUNTS`] accounts, [`cspr_account_hash`] |
//! | `GET /companies/{companyId}/data/invoices?page=&pageSize=&query=` | Codat | query string | [`CODAT_INVOICES`] invoices, [`codat_invoice_id`] |
//!
//! Items are numbered from 0 and served in that order: page `p` of size `s` holds items
//! `(p - 1) * s .. p * s`, fewer on the last page, none past it.
//!
//! # Authentication
//!
//! Checked before anything else; a failure is a 401 in the API's own error shape.
//!
//! - Clarifai: `Authorization: Key test-clarifai-pat` ([`CLARIFAI_PAT`]); otherwise
//!   `{"status":{"code":11008,"description":"Invalid API key or Invalid API key/application pair","details":"…"}}`
//!   (`CONN_KEY_INVALID`, what Clarifai answers for a bad key).
//! - CSPR.cloud: `authorization: 55f79117-fc4d-4d60-9956-65423f39a06a` ([`CSPR_KEY`]), the
//!   bare token with no scheme; otherwise `{"code":"unauthorized","message":"…"}`.
//! - Codat: `Authorization: Basic <base64 of test-codat-key>` ([`CODAT_KEY`]; the scheme is
//!   matched case-insensitively); otherwise `{"statusCode":401,"error":"Unauthorized"}`.
//!
//! # Page sizes and validation
//!
//! | API | page size: default | maximum | above the maximum |
//! |---|---|---|---|
//! | Clarifai (GET and POST) | `per_page` 128 | 1000 | **clamped** to 1000: the docs say "you can get up to 1,000 results per page", not that more is an error; nothing in the answer echoes the size |
//! | CSPR.cloud | `page_size` 10 | 250 | **rejected**: 400 `{"code":"invalid_page_size","message":"page_size must be between 1 and 250"}`; the docs state 250 as the maximum |
//! | Codat | `pageSize` 100 | 5000 | **clamped** to 5000, and the answer's `pageSize` says 5000 |
//!
//! `page` defaults to 1 everywhere. A page or page size below 1, negative, fractional, larger
//! than `u32::MAX` or not a number is a 400 in the API's error shape: Clarifai
//! `{"status":{"code":11102,"description":"Invalid request","details":"…"}}` (and 11100 "Bad
//! request format" for a POST body that is not a JSON object), CSPR.cloud
//! `{"code":"invalid_page"|"invalid_page_size","message":"…"}`, Codat
//! `{"statusCode":400,"error":"…"}`. A page past the last one is a 200 with no items.
//!
//! # Answers
//!
//! - Clarifai GET: `{"status":{"code":10000,"description":"Ok"},"inputs":[{"id":"input-00000","created_at":"2024-05-01T10:00:00Z","data":{"image":{"url":"https://samples.clarifai.com/0.jpg"}}}]}`;
//!   `inputs` is omitted when the page is empty, as proto3's JSON mapping omits empty lists.
//!   No totals.
//! - Clarifai POST: `{"status":{…},"hits":[{"score":0.999,"input":{"id":"hit-00000","created_at":"…"}}]}`,
//!   `hits` omitted when empty; scores decrease with the index, within (0, 1). The body's
//!   `searches` are ignored; an empty body means every default.
//! - CSPR.cloud: `{"data":[{"account_hash","balance","main_purse_uref","public_key"}],"item_count":N,"page_count":ceil(N/page_size)}`.
//! - Codat: `{"results":[{"id":"inv-00000","invoiceNumber":"INV-0","totalAmount":10.0,"status":"Submitted"}],"pageNumber":p,"pageSize":s,"totalResults":N,"_links":{…}}`.
//!   Invoice `i` is `Submitted` when `i % 3 == 0`, else `Paid`. `query` may be `status=Paid`
//!   or `status=Submitted` (exactly; empty means none): it filters the invoices, and
//!   `totalResults` counts the filtered set, as Codat documents; any other query is a 400.
//!   `_links` has `self` (the bare resource), `current`, `next` only when `p * s < N`, and
//!   `previous` only when `p > 1`; their hrefs carry `page`, `pageSize` and the percent-encoded
//!   `query` (`&query=status%3DPaid`), and are relative unless [`Faults::link_style`] says
//!   otherwise.
//!
//! Any other path is a 404 `{"error":"not found"}`; a known path with another method is a
//! 405 with an `Allow` header. Every request, answered however, is recorded
//! ([`TestServer::requests`]).
//!
//! # Faults
//!
//! [`TestServer::set_faults`] installs [`Faults`] for one [`Api`]: failing a page once,
//! truncated JSON, ignoring the page number, a delay, a data set that shrinks or grows in the
//! middle of a walk, and how links are written ([`LinkStyle`]: relative, absolute, or `next`
//! to another origin).

mod clarifai;
mod codat;
mod cspr;
mod data;
mod drf;
mod fake;
mod faults;
mod github;
mod gitlab;
mod http;
mod jsonapi;
mod links;
mod router;
mod spring;
mod wordpress;

use std::net::{Ipv4Addr, SocketAddr};
use std::sync::Arc;
use std::time::Duration;

use axum::Router;
use tokio::sync::oneshot;
use tokio::task::JoinHandle;

pub use data::{
    clarifai_hit_input_id, clarifai_input_id, codat_invoice_id, cspr_account_hash, drf_book_id,
    github_issue_id, github_issue_number, gitlab_project_id, jsonapi_article_id,
    spring_customer_id, wordpress_post_id,
};
pub use faults::{Faults, LinkStyle};

use fake::Endpoint;
use faults::ApiState;
use router::Shared;

/// The Clarifai personal access token the fake accepts, sent as `Authorization: Key <PAT>`.
pub const CLARIFAI_PAT: &str = "test-clarifai-pat";
/// The CSPR.cloud access token the fake accepts, sent bare as the `authorization` header.
pub const CSPR_KEY: &str = "55f79117-fc4d-4d60-9956-65423f39a06a";
/// The Codat API key the fake accepts, sent as `Authorization: Basic <base64 of the key>`.
pub const CODAT_KEY: &str = "test-codat-key";
/// The GitHub token the fake accepts, as `Authorization: Bearer <token>` or `token <token>`.
pub const GITHUB_TOKEN: &str = "test-github-token";
/// The GitLab personal access token the fake accepts, as `PRIVATE-TOKEN: <token>`.
pub const GITLAB_TOKEN: &str = "test-gitlab-token";
/// The DRF token the fake accepts, as `Authorization: Token <token>`.
pub const DRF_TOKEN: &str = "test-drf-token";
/// The JSON:API bearer token the fake accepts, as `Authorization: Bearer <token>`.
pub const JSONAPI_TOKEN: &str = "test-jsonapi-token";
/// The user the Spring fake accepts over HTTP Basic, with [`SPRING_PASSWORD`].
pub const SPRING_USER: &str = "test-spring-user";
/// The password of [`SPRING_USER`].
pub const SPRING_PASSWORD: &str = "test-spring-password";
/// The WordPress user the fake accepts over HTTP Basic, with [`WORDPRESS_APP_PASSWORD`].
pub const WORDPRESS_USER: &str = "test-wordpress-user";
/// The application password of [`WORDPRESS_USER`], in the groups WordPress shows it in; its
/// spaces may be left out.
pub const WORDPRESS_APP_PASSWORD: &str = "abcd EFGH 1234 ijkl MNOP 5678";
/// How many inputs `GET .../inputs` lists (until a fault resizes it).
pub const CLARIFAI_INPUTS: usize = 10_000;
/// How many hits `POST .../annotations/searches` finds (until a fault resizes it).
pub const CLARIFAI_HITS: usize = 10_240;
/// How many accounts `GET /accounts` lists (until a fault resizes it).
pub const CSPR_ACCOUNTS: usize = 12_345;
/// How many invoices `GET .../data/invoices` lists without a filter (until a fault resizes it).
pub const CODAT_INVOICES: usize = 10_500;
/// How many issues `GET /repos/{owner}/{repo}/issues` lists (until a fault resizes it).
pub const GITHUB_ISSUES: usize = 1_234;
/// How many projects `GET /api/v4/projects` lists (until a fault resizes it): more than
/// [`GITLAB_COUNT_LIMIT`], so GitLab leaves its totals out.
pub const GITLAB_PROJECTS: usize = 12_345;
/// The most items GitLab counts: above it, it sends no `X-Total`, `X-Total-Pages` or
/// `rel="last"`.
pub const GITLAB_COUNT_LIMIT: usize = 10_000;
/// How many books DRF's `GET /api/books/` lists (until a fault resizes it).
pub const DRF_BOOKS: usize = 2_345;
/// How many articles JSON:API's `GET /articles` lists (until a fault resizes it).
pub const JSONAPI_ARTICLES: usize = 987;
/// How many customers Spring's `GET /api/customers` and `GET /api/v2/customers` list (until a
/// fault resizes them).
pub const SPRING_CUSTOMERS: usize = 4_321;
/// How many posts WordPress's `GET /wp-json/wp/v2/posts` lists (until a fault resizes it).
pub const WORDPRESS_POSTS: usize = 456;

/// How long [`TestServer::stop`] waits for in-flight requests before it aborts the server.
const STOP_GRACE: Duration = Duration::from_secs(5);

/// Declares [`Api`], one variant per fake, and the fake that serves each. A new fake API is a
/// module implementing [`fake::FakeApi`] plus one line in the `fakes!` call below; its place
/// there is the order its route is tried in.
macro_rules! fakes {
    ($($(#[doc = $doc:literal])* $name:ident => $fake:expr,)+) => {
        /// One of the fake endpoints, each with its own data set and [`Faults`].
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
        pub enum Api {
            $($(#[doc = $doc])* $name,)+
        }

        impl Api {
            /// Every API, in the order their routes are tried.
            const ALL: &'static [Self] = &[$(Self::$name,)+];

            /// The fake that serves this API.
            fn fake(self) -> &'static dyn Endpoint {
                match self {
                    $(Self::$name => &$fake,)+
                }
            }
        }
    };
}

fakes! {
    /// Clarifai `GET /v2/users/{user_id}/apps/{app_id}/inputs`.
    ClarifaiInputs => clarifai::Inputs,
    /// Clarifai `POST /v2/users/{user_id}/apps/{app_id}/annotations/searches`.
    ClarifaiSearches => clarifai::Searches,
    /// CSPR.cloud `GET /accounts`.
    Cspr => cspr::Accounts,
    /// Codat `GET /companies/{companyId}/data/invoices`.
    Codat => codat::Invoices,
    /// GitHub `GET /repos/{owner}/{repo}/issues`.
    GithubIssues => github::Issues,
    /// GitLab `GET /api/v4/projects`.
    GitlabProjects => gitlab::Projects,
    /// Django REST framework `GET /api/books/`.
    DrfBooks => drf::Books,
    /// JSON:API `GET /articles`.
    JsonApiArticles => jsonapi::Articles,
    /// Spring Data `GET /api/customers`, pages from 0.
    SpringCustomers => spring::Customers::<false>,
    /// Spring Data `GET /api/v2/customers`, with `one-indexed-parameters`.
    SpringCustomersOneIndexed => spring::Customers::<true>,
    /// WordPress `GET /wp-json/wp/v2/posts`.
    WordpressPosts => wordpress::Posts,
}

impl Api {
    /// A fresh state for this API: `faults`, none fired yet, the data set at its default size.
    fn state(self, faults: Faults) -> ApiState {
        ApiState::new(faults, self.fake().items(), self.fake().first_page())
    }
}

/// One request the server received, as [`TestServer::requests`] lists it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Recorded {
    /// The API the request was for. For a path no route matches, the API whose paths it
    /// resembles: `/v2/…` Clarifai (`ClarifaiSearches` when it ends in `/searches`, else
    /// `ClarifaiInputs`), `/companies…` Codat, anything else CSPR.cloud, whose resources sit at
    /// the root (`/accounts`, `/blocks`, …).
    pub api: Api,
    /// The HTTP method, upper case: `"GET"`, `"POST"`.
    pub method: String,
    /// The path, as sent (still percent-encoded).
    pub path: String,
    /// The query string, as sent, without the `?`.
    pub query: Option<String>,
    /// The page asked for, from the query string (`page`) or, for Clarifai's POST, the JSON
    /// body (`pagination.page`): 1 when absent, 0 when present but not a `u32` number.
    pub page: u32,
    /// The status of the answer.
    pub status: u16,
}

/// The fakes of Clarifai, CSPR.cloud and Codat on `127.0.0.1`, on a free port, until
/// [`stop`](Self::stop) or drop.
///
/// The server runs as a task of the tokio runtime that called [`start`](Self::start), so it
/// answers only while that runtime runs (a `#[tokio::test]` awaiting its client does).
pub struct TestServer {
    addr: SocketAddr,
    shared: Arc<Shared>,
    shutdown: Option<oneshot::Sender<()>>,
    task: Option<JoinHandle<()>>,
}

impl std::fmt::Debug for TestServer {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("TestServer")
            .field("addr", &self.addr)
            .finish_non_exhaustive()
    }
}

impl TestServer {
    /// Binds `127.0.0.1:0` and serves the fakes, with no faults, on a spawned task.
    ///
    /// # Errors
    ///
    /// When the socket cannot be bound.
    pub async fn start() -> std::io::Result<TestServer> {
        let listener = tokio::net::TcpListener::bind((Ipv4Addr::LOCALHOST, 0)).await?;
        let addr = listener.local_addr()?;
        let shared = Arc::new(Shared::new(format!("http://{addr}")));
        let app = Router::new()
            .fallback(router::handle)
            .with_state(Arc::clone(&shared));
        let (shutdown, signal) = oneshot::channel::<()>();
        let task = tokio::spawn(async move {
            let serve = axum::serve(listener, app).with_graceful_shutdown(async move {
                let _ = signal.await;
            });
            // Accept errors are retried inside axum; the future ends only at shutdown.
            let _ = serve.await;
        });
        Ok(TestServer {
            addr,
            shared,
            shutdown: Some(shutdown),
            task: Some(task),
        })
    }

    /// The server's origin, `http://127.0.0.1:PORT`, without a trailing slash.
    pub fn base_url(&self) -> String {
        self.shared.base_url.clone()
    }

    /// The address the server listens on.
    pub fn addr(&self) -> SocketAddr {
        self.addr
    }

    /// Replaces `api`'s faults, from the next request on. This also resets what earlier
    /// faults of `api` built up: a `fail_page_once` fires again, and the data set is back to
    /// its default size until a new `resize_after_page` fires.
    pub fn set_faults(&self, api: Api, faults: Faults) {
        self.shared.set_faults(api, faults);
    }

    /// Every request received so far, on any path and whatever the answer, in arrival order.
    pub fn requests(&self) -> Vec<Recorded> {
        self.shared.requests()
    }

    /// Stops accepting connections, lets in-flight requests finish (for at most 5 seconds,
    /// then aborts them) and waits for the server task, so the port is closed on return.
    pub async fn stop(mut self) {
        if let Some(shutdown) = self.shutdown.take() {
            let _ = shutdown.send(());
        }
        if let Some(mut task) = self.task.take() {
            if tokio::time::timeout(STOP_GRACE, &mut task).await.is_err() {
                task.abort();
                let _ = task.await;
            }
        }
    }
}

impl Drop for TestServer {
    /// Aborts the server task when [`stop`](Self::stop) was not called.
    fn drop(&mut self) {
        if let Some(task) = self.task.take() {
            task.abort();
        }
    }
}
