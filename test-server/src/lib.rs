//! Local HTTP fakes of real APIs' list endpoints, for end-to-end pagination tests.
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
//! | `GET /repos/{owner}/{repo}/issues?page=&per_page=` | GitHub | query string; `Link` header | [`GITHUB_ISSUES`] issues, [`github_issue_number`], [`github_issue_id`] |
//! | `GET /api/v4/projects?page=&per_page=` | GitLab | query string; `X-*` and `Link` headers | [`GITLAB_PROJECTS`] projects, [`gitlab_project_id`] |
//! | `GET /api/books/?page=&page_size=` (trailing slash) | Django REST framework | query string; `next` in the body | [`DRF_BOOKS`] books, [`drf_book_id`] |
//! | `GET /articles?page[number]=&page[size]=` | JSON:API | query string; `links` in the body | [`JSONAPI_ARTICLES`] articles, [`jsonapi_article_id`] |
//! | `GET /api/customers?page=&size=` | Spring Data | query string, pages from **0** | [`SPRING_CUSTOMERS`] customers, [`spring_customer_id`] |
//! | `GET /api/v2/customers?page=&size=` | Spring Data, `one-indexed-parameters` | query string, pages from 1 | the same customers |
//! | `GET /wp-json/wp/v2/posts?page=&per_page=` | WordPress | query string; `X-WP-*` and `Link` headers | [`WORDPRESS_POSTS`] posts, [`wordpress_post_id`] |
//! | `GET /v1/customers?limit=&starting_after=` | Stripe | cursor: the last item's `id`; `has_more` | [`STRIPE_CUSTOMERS`] customers, [`stripe_customer_id`] |
//! | `GET /api/conversations.list?cursor=&limit=` | Slack | cursor: `response_metadata.next_cursor` | [`SLACK_CHANNELS`] channels, [`slack_channel_id`], [`slack_cursor`] |
//! | `GET /rest/api/3/project/search?startAt=&maxResults=` | Jira Cloud | offset from 0; `total`, `isLast`, `nextPage` | [`JIRA_PROJECTS`] projects, [`jira_project_id`], [`jira_project_key`] |
//!
//! Items are numbered from 0 and served in that order: the page at index `k` (from 0: page
//! `k + 1`, or page `k` for Spring's first route) of size `s` holds items `k * s .. (k + 1) * s`,
//! fewer on the last page, none past it. Where a request says where its page starts instead
//! (Jira's `startAt`, Stripe's `starting_after`, Slack's `cursor`), a page of size `s` starting
//! at item `i` holds items `i .. i + s`. Ids where the real API's start at 1 (GitHub's issue
//! `number`, every database id) are the item's index plus 1.
//!
//! # Authentication
//!
//! Checked before anything else; a failure is a 401 in the API's own error shape. Schemes are
//! matched case-insensitively.
//!
//! - Clarifai: `Authorization: Key test-clarifai-pat` ([`CLARIFAI_PAT`]); otherwise
//!   `{"status":{"code":11008,"description":"Invalid API key or Invalid API key/application pair","details":"…"}}`
//!   (`CONN_KEY_INVALID`, what Clarifai answers for a bad key).
//! - CSPR.cloud: `authorization: 55f79117-fc4d-4d60-9956-65423f39a06a` ([`CSPR_KEY`]), the
//!   bare token with no scheme; otherwise `{"code":"unauthorized","message":"…"}`.
//! - Codat: `Authorization: Basic <base64 of test-codat-key>` ([`CODAT_KEY`]); otherwise
//!   `{"statusCode":401,"error":"Unauthorized"}`.
//! - GitHub: `Authorization: Bearer test-github-token` ([`GITHUB_TOKEN`]), or the older
//!   `token test-github-token`; otherwise
//!   `{"message":"Bad credentials","documentation_url":"https://docs.github.com/rest","status":"401"}`.
//! - GitLab: `PRIVATE-TOKEN: test-gitlab-token` ([`GITLAB_TOKEN`]); otherwise
//!   `{"message":"401 Unauthorized"}`.
//! - DRF: `Authorization: Token test-drf-token` ([`DRF_TOKEN`]), as `TokenAuthentication`
//!   reads it; otherwise `{"detail":"Invalid token."}` with `WWW-Authenticate: Token`.
//! - JSON:API: `Authorization: Bearer test-jsonapi-token` ([`JSONAPI_TOKEN`]); otherwise
//!   `{"errors":[{"status":"401","title":"Unauthorized","detail":"…"}]}` with
//!   `WWW-Authenticate: Bearer`.
//! - Spring: HTTP Basic, [`SPRING_USER`] and [`SPRING_PASSWORD`], as Spring Security's
//!   `httpBasic()`; otherwise Spring Boot's
//!   `{"timestamp":"2024-05-01T10:00:00.000+00:00","status":401,"error":"Unauthorized","path":"/api/customers"}`
//!   with `WWW-Authenticate: Basic realm="Realm"`.
//! - WordPress: HTTP Basic, [`WORDPRESS_USER`] and the application password
//!   [`WORDPRESS_APP_PASSWORD`], with or without its spaces; otherwise
//!   `{"code":"rest_not_logged_in","message":"You are not currently logged in.","data":{"status":401}}`.
//! - Stripe: `Authorization: Bearer sk_test_pagination_test_server` ([`STRIPE_KEY`]);
//!   otherwise `{"error":{"message":"Invalid API Key provided.","type":"invalid_request_error"}}`
//!   with `WWW-Authenticate: Basic realm="Stripe"`.
//! - Slack: `Authorization: Bearer xoxb-test-slack-token` ([`SLACK_TOKEN`]); otherwise
//!   `{"ok":false,"error":"invalid_auth"}` with status **200**, as Slack's Web API answers
//!   every error.
//! - Jira: HTTP Basic, [`JIRA_EMAIL`] and the API token [`JIRA_API_TOKEN`]; otherwise
//!   `{"errorMessages":["Client must be authenticated to access this resource."],"errors":{}}`.
//!
//! # Page sizes and validation
//!
//! | API | page size: default | maximum | above the maximum |
//! |---|---|---|---|
//! | Clarifai (GET and POST) | `per_page` 128 | 1000 | **clamped** to 1000: the docs say "you can get up to 1,000 results per page", not that more is an error; nothing in the answer echoes the size |
//! | CSPR.cloud | `page_size` 10 | 250 | **rejected**: 400 `{"code":"invalid_page_size","message":"page_size must be between 1 and 250"}`; the docs state 250 as the maximum |
//! | Codat | `pageSize` 100 | 5000 | **clamped** to 5000, and the answer's `pageSize` says 5000 |
//! | GitHub | `per_page` 30 | 100 | **clamped** to 100, as GitHub does; the links say `per_page=100` |
//! | GitLab | `per_page` 20 | 100 | **clamped** to 100; `X-Per-Page` and the links say 100 |
//! | DRF | `page_size` 25 | 100 (`max_page_size`) | **clamped** to 100; the links keep `page_size` as sent, as DRF's do |
//! | JSON:API | `page[size]` 10 | 50 | **clamped** to 50; the links say `page[size]=50` |
//! | Spring (both routes) | `size` 20 | 2000 | **clamped** to 2000, Spring's `max-page-size`; the answer's `size` says 2000 |
//! | WordPress | `per_page` 10 | 100 | **rejected**: 400 `rest_invalid_param`, as WordPress's schema rejects it |
//! | Stripe | `limit` 10 | 100 | **rejected**: 400 `parameter_invalid_integer`, as Stripe does |
//! | Slack | `limit` 100 (Slack recommends 200) | 1000 | **clamped** to 1000; nothing in the answer echoes the limit |
//! | Jira | `maxResults` 50 | 100 | **clamped** to 100, silently: the answer's `maxResults` and links say 100 |
//!
//! `page` defaults to the first page everywhere: 1, or 0 on Spring's `/api/customers`. A page
//! below the first, or a page size below 1, or either negative, fractional, larger than
//! `u32::MAX` or not a number, is a 400 in the API's error shape: Clarifai
//! `{"status":{"code":11102,"description":"Invalid request","details":"…"}}` (and 11100 "Bad
//! request format" for a POST body that is not a JSON object), CSPR.cloud
//! `{"code":"invalid_page"|"invalid_page_size","message":"…"}`, Codat
//! `{"statusCode":400,"error":"…"}`, GitHub `{"message":"…","documentation_url":"…","status":"400"}`,
//! GitLab (Grape's) `{"error":"page is invalid"}` or `{"error":"per_page is invalid"}`,
//! JSON:API `{"errors":[{"status":"400","title":"Invalid Query Parameter","detail":"…","source":{"parameter":"page[number]"}}]}`,
//! WordPress `{"code":"rest_invalid_param","message":"Invalid parameter(s): per_page","data":{"status":400,"params":{…},"details":{…}}}`,
//! Stripe `{"error":{"code":"parameter_invalid_integer","doc_url":"…","message":"Invalid limit: must be between 1 and 100","param":"limit","type":"invalid_request_error"}}`,
//! Slack `{"ok":false,"error":"invalid_limit"}` with status 200, Jira
//! `{"errorMessages":["startAt must be a non-negative integer"],"errors":{}}` (or
//! `maxResults must be a positive integer`).
//!
//! Where pages have no number, the position is checked before the page size:
//!
//! - Jira's `startAt` defaults to 0; one that is negative, fractional, larger than `u32::MAX`
//!   or not a number is a 400 as above.
//! - Stripe's `starting_after` must be the `id` of a customer of the list, as written by
//!   [`stripe_customer_id`]; anything else (also an empty one, or a customer past the end of
//!   a list that a fault shrank) is a 400
//!   `{"error":{"code":"resource_missing","doc_url":"…","message":"No such customer: 'cus_…'","param":"starting_after","type":"invalid_request_error"}}`.
//! - Slack's `cursor` must be one the server hands out, [`slack_cursor`], at most at the end of
//!   the list; an empty one is the first page, as Slack's clients send it. Anything else is
//!   `{"ok":false,"error":"invalid_cursor"}` with status **200**.
//!
//! Except where the real API is lenient:
//!
//! - DRF serves a bad `page_size` at the default (`get_page_size` falls back), and answers a
//!   bad page with a **404** `{"detail":"Invalid page."}`.
//! - Spring never refuses paging: a page or size that does not parse or is out of range gets
//!   its default (the first page; size 20), as `PageableHandlerMethodArgumentResolver` does.
//!
//! A page past the last one is a 200 with no items, except for DRF, a **404**
//! `{"detail":"Invalid page."}` (Django's paginator still has a page 1 when there is nothing
//! to list), and WordPress, a **400**
//! `{"code":"rest_post_invalid_page_number","message":"The page number requested is larger than the number of pages available.","data":{"status":400}}`
//! (unless there are no posts at all). Jira's `startAt` past the end is a 200 with no
//! `values`; Stripe's and Slack's cursors cannot point past the end.
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
//! - GitHub: a bare array `[{"id":2000000000,"number":1,"title":"Issue 1","state":"open"}]`,
//!   content type `application/json; charset=utf-8`. `Link: <…?page=2&per_page=30>; rel="next",
//!   <…?page=42&per_page=30>; rel="last"` in GitHub's order `prev`, `next`, `last`, `first`:
//!   the first page has no `prev` or `first`, the last page (and any past it) no `next` or
//!   `last`, and a list that fits one page no `Link` header at all.
//! - GitLab: a bare array `[{"id":1,"name":"Project 0","path":"project-0","path_with_namespace":"group/project-0"}]`
//!   with `X-Page`, `X-Per-Page`, `X-Next-Page` and `X-Prev-Page` (empty when there is no
//!   such page), `X-Total` and `X-Total-Pages` (at least 1), and `Link` with `prev`, `next`,
//!   `first` and `last`, in that order. Above [`GITLAB_COUNT_LIMIT`] items, as GitLab does,
//!   there is no `X-Total`, `X-Total-Pages` or `rel="last"`: the default data set is that
//!   large; [`Faults::items`] makes it small enough to count. A page past the last has no
//!   previous or next page, as Kaminari says.
//! - DRF: `{"count":N,"next":"http://…/api/books/?page=3","previous":"http://…/api/books/?page=1","results":[{"id":1,"title":"Book 0"}]}`;
//!   `next` and `previous` are `null` when there is no such page, and the link to page 1 has
//!   no `page` at all, as `remove_query_param` writes it.
//! - JSON:API: `{"data":[{"type":"articles","id":"1","attributes":{"title":"Article 0"}}],"meta":{"total":N,"total-pages":P},"links":{"self","first","prev","next","last"}}`,
//!   content type `application/vnd.api+json` (errors too); `prev` and `next` are `null` when
//!   there is no such page. The links are strings, or link objects `{"href":"…"}` under
//!   [`Faults::link_objects`]; `[` and `]` are percent-encoded in them, as the spec asks.
//! - Spring: `PageImpl` as Jackson writes it: `{"content":[{"id":1,"firstName":"Jack","lastName":"Bauer"}],"pageable":{"pageNumber":0,"pageSize":20,"sort":{…},"offset":0,"paged":true,"unpaged":false},"last":false,"totalElements":N,"totalPages":P,"size":20,"number":0,"sort":{"empty":true,"sorted":false,"unsorted":true},"first":true,"numberOfElements":20,"empty":false}`.
//!   `number` counts from 0 on both routes. Past the last page: `content` empty, `last` true.
//! - WordPress: a bare array `[{"id":1,"date":"2024-05-01T10:00:00","slug":"post-0","status":"publish","title":{"rendered":"Post 0"}}]`
//!   with `X-WP-Total`, `X-WP-TotalPages`, and `Link` with `prev` and `next` when there are
//!   such pages; content type `application/json; charset=UTF-8`.
//! - Stripe: a list object, `{"object":"list","url":"/v1/customers","has_more":true,"data":[{"id":"cus_00000000000000","object":"customer","created":1714557600,"email":"customer0@example.com","livemode":false,"name":"Customer 0"}]}`,
//!   the newest customer first. `has_more` is false on the last page; the next page is asked
//!   with `starting_after=<the last id>`. No totals, no links.
//! - Slack: `{"ok":true,"channels":[{"id":"C00000000","name":"channel-0","is_channel":true,"is_private":false,"is_archived":false,"created":1714557600,"num_members":1}],"response_metadata":{"next_cursor":"Y2hhbm5lbDpDMDAwMDAxMDA="}}`,
//!   content type `application/json; charset=utf-8`. `next_cursor` is base64 of
//!   `channel:<the id of the channel the next page starts at>`, in Slack's `type:id` form, and
//!   an **empty string** on the last page, as Slack sends it. No totals.
//! - Jira: the `values` page of `/rest/api/3/project/search`,
//!   `{"self":"http://…/rest/api/3/project/search?startAt=0&maxResults=50","nextPage":"http://…?startAt=50&maxResults=50","maxResults":50,"startAt":0,"total":N,"isLast":false,"values":[{"self":"http://…/rest/api/3/project/10000","id":"10000","key":"PAAA","name":"Project 0","projectTypeKey":"software","simplified":false,"style":"classic"}]}`.
//!   `maxResults` is the page size served; `nextPage` is left out on the last page, where
//!   `isLast` is true and `startAt` plus the number of `values` is `total`.
//!
//! Links to other pages keep the request's other query parameters: in the order sent, the
//! page (and the page size, where the API writes it) in its place or last (GitHub, JSON:API,
//! WordPress's `add_query_arg`), or sorted by name (GitLab's Rails `to_query`, DRF's
//! `urlencode(sorted(…))`). They are absolute on the server's origin, as the real APIs write
//! them (Codat's relative), unless [`Faults::link_style`] says otherwise.
//!
//! Any other path is a 404 `{"error":"not found"}`; a known path with another method is a
//! 405 with an `Allow` header. Every request, answered however, is recorded
//! ([`TestServer::requests`]).
//!
//! # Faults
//!
//! [`TestServer::set_faults`] installs [`Faults`] for one [`Api`]: failing a page once,
//! truncated JSON, ignoring the page number (or the offset, or the cursor), a delay, a data set
//! that starts at another size or shrinks or grows in the middle of a walk, how links are
//! written ([`LinkStyle`]: as the API does, relative, absolute, or `next` to another origin),
//! JSON:API's link objects, a page size capped below the one asked, and, where the server
//! hands out where the next page starts (Slack's `next_cursor`, Jira's `nextPage`, Stripe's
//! last `id`), a cursor that repeats or goes round in a cycle. And totals that are negative,
//! absurd or disagree with each other, totals that vanish after a page, a page ten times the
//! size asked, a `next` link back to an earlier page, and a malformed `Link` header. Page
//! numbers in faults are the request's: from 0 on Spring's `/api/customers`;
//! `start / limit + 1` where pages have no number.

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
mod jira;
mod jsonapi;
mod links;
mod router;
mod slack;
mod spring;
mod stripe;
mod wordpress;

use std::net::{Ipv4Addr, SocketAddr};
use std::sync::Arc;
use std::time::Duration;

use axum::Router;
use tokio::sync::oneshot;
use tokio::task::JoinHandle;

pub use data::{
    clarifai_hit_input_id, clarifai_input_id, codat_invoice_id, cspr_account_hash, drf_book_id,
    github_issue_id, github_issue_number, gitlab_project_id, jira_project_id, jira_project_key,
    jsonapi_article_id, slack_channel_id, slack_cursor, spring_customer_id, stripe_customer_id,
    wordpress_post_id,
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
/// The Stripe secret key the fake accepts, as `Authorization: Bearer <key>`.
pub const STRIPE_KEY: &str = "sk_test_pagination_test_server";
/// The Slack bot token the fake accepts, as `Authorization: Bearer <token>`.
pub const SLACK_TOKEN: &str = "xoxb-test-slack-token";
/// The Atlassian account the Jira fake accepts over HTTP Basic, with [`JIRA_API_TOKEN`].
pub const JIRA_EMAIL: &str = "test-jira@example.com";
/// The API token of [`JIRA_EMAIL`].
pub const JIRA_API_TOKEN: &str = "test-jira-api-token";
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
/// How many customers Stripe's `GET /v1/customers` lists (until a fault resizes it).
pub const STRIPE_CUSTOMERS: usize = 1_000;
/// How many channels Slack's `GET /api/conversations.list` lists (until a fault resizes it).
pub const SLACK_CHANNELS: usize = 2_500;
/// How many projects Jira's `GET /rest/api/3/project/search` lists (until a fault resizes
/// it).
pub const JIRA_PROJECTS: usize = 1_234;

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
    /// Stripe `GET /v1/customers`, by cursor: the last item's id.
    StripeCustomers => stripe::Customers,
    /// Slack `GET /api/conversations.list`, by cursor: `next_cursor`.
    SlackConversations => slack::Conversations,
    /// Jira Cloud `GET /rest/api/3/project/search`, by offset.
    JiraProjects => jira::Projects,
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
    /// The page asked for, from the query string (`page`, JSON:API's `page[number]`) or, for
    /// Clarifai's POST, the JSON body (`pagination.page`): the API's first page when absent
    /// (0 on Spring's `/api/customers`, else 1), 0 when present but not a `u32` number. Where
    /// pages have no number (Stripe, Slack, Jira), `start / limit + 1`, with `start` the index
    /// of the first item asked for and `limit` the page size sent (or its default), at most
    /// the maximum; 1 when no position is sent, 0 when it is not valid.
    pub page: u32,
    /// The status of the answer.
    pub status: u16,
}

/// The fakes of every [`Api`] on `127.0.0.1`, on a free port, until
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
