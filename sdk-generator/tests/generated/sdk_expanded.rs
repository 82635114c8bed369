//! Test server: the paginated operations of the API, with one async method each on
//! [`Client`] and the impls `#[derive(Paginated)]` writes for their request and response
//! structs, expanded.
//!
//! Generated from the API's OpenAPI document; do not edit.
use serde::{Deserialize, Serialize};
use pagination_core::{BoxLinkStream, Follow, Linked, follow_links_stream};
/// What goes wrong in a call to the API.
#[derive(Debug)]
pub enum Error {
    /// The request cannot be sent, or the answer cannot be read.
    Http(reqwest::Error),
    /// The server answers with an error status.
    Status {
        /// The HTTP status.
        status: u16,
        /// The body of the answer, which often says why.
        body: String,
    },
    /// The body is not the JSON the operation documents.
    Decode {
        /// Where in the body: `data[3].id`, or `.` for the whole body.
        path: String,
        /// What is wrong there.
        source: serde_json::Error,
    },
    /// A pagination header of the answer (a `Link` header) is malformed.
    Header(pagination_core::LinkHeaderError),
    /// The answer has a success status, but its body says the call failed.
    Failed {
        /// The answer's error message, if it has one.
        message: Option<String>,
    },
}
impl std::fmt::Display for Error {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Error::Http(error) => std::fmt::Display::fmt(error, f),
            Error::Status { status, body } => {
                write!(f, "the server answered {status}: {body}")
            }
            Error::Decode { path, source } => {
                write!(f, "the answer cannot be read at `{path}`: {source}")
            }
            Error::Header(error) => std::fmt::Display::fmt(error, f),
            Error::Failed { message: Some(message) } => {
                write!(f, "the answer says the call failed: {message}")
            }
            Error::Failed { message: None } => {
                f.write_str("the answer says the call failed")
            }
        }
    }
}
impl std::error::Error for Error {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            Error::Http(error) => Some(error),
            Error::Decode { source, .. } => Some(source),
            Error::Header(error) => Some(error),
            Error::Status { .. } | Error::Failed { .. } => None,
        }
    }
}
impl From<reqwest::Error> for Error {
    fn from(error: reqwest::Error) -> Self {
        Error::Http(error)
    }
}
/// A successful answer: its JSON body, its headers and the URL its links are relative to.
struct Answer<B> {
    body: B,
    headers: reqwest::header::HeaderMap,
    url: String,
}
/// Sends `request` and reads a successful answer. An error status is [`Error::Status`], with
/// the body if it can be read; a body that is not a `B`, or has more after the JSON value
/// (as `serde_json::from_slice` refuses), is [`Error::Decode`], with where.
async fn send<B: serde::de::DeserializeOwned>(
    request: reqwest::RequestBuilder,
) -> Result<Answer<B>, Error> {
    let response = request.send().await?;
    let status = response.status();
    if !status.is_success() {
        let body = response.text().await.unwrap_or_default();
        return Err(Error::Status {
            status: status.as_u16(),
            body,
        });
    }
    let headers = response.headers().clone();
    let url = response.url().to_string();
    let bytes = response.bytes().await?;
    let mut json = serde_json::Deserializer::from_slice(&bytes);
    let body = serde_path_to_error::deserialize(&mut json)
        .map_err(|error| Error::Decode {
            path: error.path().to_string(),
            source: error.into_inner(),
        })?;
    json.end()
        .map_err(|source| Error::Decode {
            path: ".".to_owned(),
            source,
        })?;
    Ok(Answer { body, headers, url })
}
/// The credentials of the API's security schemes.
#[derive(Debug, Clone, Default)]
pub struct Credentials {
    /// `Key <personal access token>`.
    ///
    /// Sent as the `Authorization` header.
    pub clarifai_pat: String,
    /// `Basic <base64 of the API key>`.
    ///
    /// Sent as the `Authorization` header.
    pub codat_key: String,
    /// The access key.
    ///
    /// Sent as the `authorization` header.
    pub cspr_key: String,
    /// `Token <token>`.
    ///
    /// Sent as the `Authorization` header.
    pub drf_token: String,
    /// The personal access token.
    ///
    /// Sent as `Authorization: Bearer <token>`.
    pub github_token: String,
    /// The personal access token.
    ///
    /// Sent as the `PRIVATE-TOKEN` header.
    pub gitlab_token: String,
    /// The account's email and API token.
    ///
    /// A user and a password, sent as HTTP Basic.
    pub jira_basic: (String, String),
    /// The bearer token.
    ///
    /// Sent as `Authorization: Bearer <token>`.
    pub jsonapi_token: String,
    /// The bot token.
    ///
    /// Sent as `Authorization: Bearer <token>`.
    pub slack_token: String,
    /// The user's name and password.
    ///
    /// A user and a password, sent as HTTP Basic.
    pub spring_basic: (String, String),
    /// The secret key.
    ///
    /// Sent as `Authorization: Bearer <token>`.
    pub stripe_key: String,
    /// The user and an application password.
    ///
    /// A user and a password, sent as HTTP Basic.
    pub wordpress_basic: (String, String),
}
/// A client of the API: one async method per paginated operation.
#[derive(Debug, Clone)]
pub struct Client {
    http: reqwest::Client,
    base: String,
    credentials: Credentials,
}
impl Client {
    /// A client of the API at `base` (such as `https://api.example.com`), sending with `http`.
    #[must_use]
    pub fn new(base: &str, http: reqwest::Client, credentials: Credentials) -> Self {
        Client {
            http,
            base: base.trim_end_matches('/').to_owned(),
            credentials,
        }
    }
    /// The credentials the client sends (read here even when no operation sends any).
    #[must_use]
    pub fn credentials(&self) -> &Credentials {
        &self.credentials
    }
    /// `GET /accounts`
    ///
    /// The accounts, by page number, with totals.
    ///
    /// # Errors
    /// [`Error::Http`] when the request cannot be sent, [`Error::Status`] when the server
    /// answers with an error status, [`Error::Decode`] when the body is not the JSON the
    /// operation documents.
    pub async fn list_accounts(
        &self,
        request: ListAccounts,
    ) -> Result<ListAccountsPage, Error> {
        let url = format!("{}/accounts", self.base);
        let request = self
            .http
            .get(url)
            .query(&request)
            .header("authorization", &self.credentials.cspr_key);
        Ok(send(request).await?.body)
    }
    /// `GET /api/books/`
    ///
    /// The books, by the `next` link of each page.
    ///
    /// # Errors
    /// [`Error::Http`] when the request cannot be sent, [`Error::Status`] when the server
    /// answers with an error status, [`Error::Decode`] when the body is not the JSON the
    /// operation documents.
    pub async fn list_books(&self, request: ListBooks) -> Result<ListBooksPage, Error> {
        let url = format!("{}/api/books/", self.base);
        let request = self
            .http
            .get(url)
            .query(&request)
            .header("Authorization", &self.credentials.drf_token);
        Ok(send(request).await?.body)
    }
    /// Every page of `GET /api/books/`, by the next link of each answer: the walk refuses a link
    /// to another origin before anything, the credentials included, is sent to it.
    pub fn list_books_by_link(
        &self,
        first: ListBooks,
    ) -> BoxLinkStream<'_, ListBooks, ListBooksPage, Error> {
        follow_links_stream(
                first,
                move |at: Follow<ListBooks>| async move {
                    let request = match at.link() {
                        Some(link) => self.http.get(link),
                        None => {
                            self.http
                                .get(format!("{}/api/books/", self.base))
                                .query(at.request())
                        }
                    };
                    let answer = send(
                            request.header("Authorization", &self.credentials.drf_token),
                        )
                        .await?;
                    Ok(Linked::new(answer.body, answer.url))
                },
            )
            .boxed()
    }
    /// `GET /api/conversations.list`
    ///
    /// The channels, by the cursor of each page.
    ///
    /// # Errors
    /// [`Error::Http`] when the request cannot be sent, [`Error::Status`] when the server
    /// answers with an error status, [`Error::Decode`] when the body is not the JSON the
    /// operation documents.
    /// [`Error::Failed`] when the answer's success flag says the call failed.
    pub async fn list_conversations(
        &self,
        request: ListConversations,
    ) -> Result<ListConversationsPage, Error> {
        let url = format!("{}/api/conversations.list", self.base);
        let request = self
            .http
            .get(url)
            .query(&request)
            .bearer_auth(&self.credentials.slack_token);
        let page: ListConversationsPage = send(request).await?.body;
        if !page.ok {
            return Err(Error::Failed {
                message: page.error,
            });
        }
        Ok(page)
    }
    /// `GET /api/customers`
    ///
    /// Spring Data's customers, by page number from 0.
    ///
    /// # Errors
    /// [`Error::Http`] when the request cannot be sent, [`Error::Status`] when the server
    /// answers with an error status, [`Error::Decode`] when the body is not the JSON the
    /// operation documents.
    pub async fn list_customers(
        &self,
        request: ListCustomers,
    ) -> Result<ListCustomersPage, Error> {
        let url = format!("{}/api/customers", self.base);
        let request = self
            .http
            .get(url)
            .query(&request)
            .basic_auth(
                &self.credentials.spring_basic.0,
                Some(&self.credentials.spring_basic.1),
            );
        Ok(send(request).await?.body)
    }
    /// `GET /api/v2/customers`
    ///
    /// The same customers, by page number from 1; the answer's `number` still counts from 0.
    ///
    /// # Errors
    /// [`Error::Http`] when the request cannot be sent, [`Error::Status`] when the server
    /// answers with an error status, [`Error::Decode`] when the body is not the JSON the
    /// operation documents.
    pub async fn list_customers_one_indexed(
        &self,
        request: ListCustomersOneIndexed,
    ) -> Result<ListCustomersOneIndexedPage, Error> {
        let url = format!("{}/api/v2/customers", self.base);
        let request = self
            .http
            .get(url)
            .query(&request)
            .basic_auth(
                &self.credentials.spring_basic.0,
                Some(&self.credentials.spring_basic.1),
            );
        Ok(send(request).await?.body)
    }
    /// `GET /api/v4/projects`
    ///
    /// GitLab's projects, by page number or by the `Link` header's `rel="next"`, with the numbers in `X-*` headers.
    ///
    /// # Errors
    /// [`Error::Http`] when the request cannot be sent, [`Error::Status`] when the server
    /// answers with an error status, [`Error::Decode`] when the body is not the JSON the
    /// operation documents.
    /// [`Error::Header`] when a pagination header of the answer is malformed.
    pub async fn list_projects(
        &self,
        request: ListProjects,
    ) -> Result<ListProjectsPage, Error> {
        let url = format!("{}/api/v4/projects", self.base);
        let request = self
            .http
            .get(url)
            .query(&request)
            .header("PRIVATE-TOKEN", &self.credentials.gitlab_token);
        let answer = send(request).await?;
        pagination_core::FromHttp::from_http(&answer.headers, answer.body)
            .map_err(Error::Header)
    }
    /// Every page of `GET /api/v4/projects`, by the next link of each answer: the walk refuses a link
    /// to another origin before anything, the credentials included, is sent to it.
    pub fn list_projects_by_link(
        &self,
        first: ListProjects,
    ) -> BoxLinkStream<'_, ListProjects, ListProjectsPage, Error> {
        follow_links_stream(
                first,
                move |at: Follow<ListProjects>| async move {
                    let request = match at.link() {
                        Some(link) => self.http.get(link),
                        None => {
                            self.http
                                .get(format!("{}/api/v4/projects", self.base))
                                .query(at.request())
                        }
                    };
                    let answer = send(
                            request
                                .header("PRIVATE-TOKEN", &self.credentials.gitlab_token),
                        )
                        .await?;
                    let page: ListProjectsPage = pagination_core::FromHttp::from_http(
                            &answer.headers,
                            answer.body,
                        )
                        .map_err(Error::Header)?;
                    Ok(Linked::new(page, answer.url))
                },
            )
            .boxed()
    }
    /// `GET /articles`
    ///
    /// The articles, in a JSON:API document with its totals under `meta` and its links under `links`.
    ///
    /// # Errors
    /// [`Error::Http`] when the request cannot be sent, [`Error::Status`] when the server
    /// answers with an error status, [`Error::Decode`] when the body is not the JSON the
    /// operation documents.
    pub async fn list_articles(
        &self,
        request: ListArticles,
    ) -> Result<ListArticlesPage, Error> {
        let url = format!("{}/articles", self.base);
        let request = self
            .http
            .get(url)
            .query(&request)
            .bearer_auth(&self.credentials.jsonapi_token);
        Ok(send(request).await?.body)
    }
    /// Every page of `GET /articles`, by the next link of each answer: the walk refuses a link
    /// to another origin before anything, the credentials included, is sent to it.
    pub fn list_articles_by_link(
        &self,
        first: ListArticles,
    ) -> BoxLinkStream<'_, ListArticles, ListArticlesPage, Error> {
        follow_links_stream(
                first,
                move |at: Follow<ListArticles>| async move {
                    let request = match at.link() {
                        Some(link) => self.http.get(link),
                        None => {
                            self.http
                                .get(format!("{}/articles", self.base))
                                .query(at.request())
                        }
                    };
                    let answer = send(
                            request.bearer_auth(&self.credentials.jsonapi_token),
                        )
                        .await?;
                    Ok(Linked::new(answer.body, answer.url))
                },
            )
            .boxed()
    }
    /// `GET /companies/{companyId}/data/invoices`
    ///
    /// The invoices, by page number or by the HAL `_links.next` of each page.
    ///
    /// # Errors
    /// [`Error::Http`] when the request cannot be sent, [`Error::Status`] when the server
    /// answers with an error status, [`Error::Decode`] when the body is not the JSON the
    /// operation documents.
    pub async fn list_invoices(
        &self,
        request: ListInvoices,
    ) -> Result<ListInvoicesPage, Error> {
        let url = format!(
            "{}/companies/{}/data/invoices", self.base, request.company_id
        );
        let request = self
            .http
            .get(url)
            .query(&request)
            .header("Authorization", &self.credentials.codat_key);
        Ok(send(request).await?.body)
    }
    /// Every page of `GET /companies/{companyId}/data/invoices`, by the next link of each answer: the walk refuses a link
    /// to another origin before anything, the credentials included, is sent to it.
    pub fn list_invoices_by_link(
        &self,
        first: ListInvoices,
    ) -> BoxLinkStream<'_, ListInvoices, ListInvoicesPage, Error> {
        follow_links_stream(
                first,
                move |at: Follow<ListInvoices>| async move {
                    let request = match at.link() {
                        Some(link) => self.http.get(link),
                        None => {
                            self.http
                                .get(
                                    format!(
                                        "{}/companies/{}/data/invoices", self.base, at.request()
                                        .company_id
                                    ),
                                )
                                .query(at.request())
                        }
                    };
                    let answer = send(
                            request.header("Authorization", &self.credentials.codat_key),
                        )
                        .await?;
                    Ok(Linked::new(answer.body, answer.url))
                },
            )
            .boxed()
    }
    /// `GET /repos/{owner}/{repo}/issues`
    ///
    /// The issues, by page number or by the `Link` header's `rel="next"`.
    ///
    /// # Errors
    /// [`Error::Http`] when the request cannot be sent, [`Error::Status`] when the server
    /// answers with an error status, [`Error::Decode`] when the body is not the JSON the
    /// operation documents.
    /// [`Error::Header`] when a pagination header of the answer is malformed.
    pub async fn list_issues(
        &self,
        request: ListIssues,
    ) -> Result<ListIssuesPage, Error> {
        let url = format!(
            "{}/repos/{}/{}/issues", self.base, request.owner, request.repo
        );
        let request = self
            .http
            .get(url)
            .query(&request)
            .bearer_auth(&self.credentials.github_token);
        let answer = send(request).await?;
        pagination_core::FromHttp::from_http(&answer.headers, answer.body)
            .map_err(Error::Header)
    }
    /// Every page of `GET /repos/{owner}/{repo}/issues`, by the next link of each answer: the walk refuses a link
    /// to another origin before anything, the credentials included, is sent to it.
    pub fn list_issues_by_link(
        &self,
        first: ListIssues,
    ) -> BoxLinkStream<'_, ListIssues, ListIssuesPage, Error> {
        follow_links_stream(
                first,
                move |at: Follow<ListIssues>| async move {
                    let request = match at.link() {
                        Some(link) => self.http.get(link),
                        None => {
                            self.http
                                .get(
                                    format!(
                                        "{}/repos/{}/{}/issues", self.base, at.request().owner, at
                                        .request().repo
                                    ),
                                )
                                .query(at.request())
                        }
                    };
                    let answer = send(
                            request.bearer_auth(&self.credentials.github_token),
                        )
                        .await?;
                    let page: ListIssuesPage = pagination_core::FromHttp::from_http(
                            &answer.headers,
                            answer.body,
                        )
                        .map_err(Error::Header)?;
                    Ok(Linked::new(page, answer.url))
                },
            )
            .boxed()
    }
    /// `GET /rest/api/3/project/search`
    ///
    /// The projects, by offset and limit.
    ///
    /// # Errors
    /// [`Error::Http`] when the request cannot be sent, [`Error::Status`] when the server
    /// answers with an error status, [`Error::Decode`] when the body is not the JSON the
    /// operation documents.
    pub async fn search_projects(
        &self,
        request: SearchProjects,
    ) -> Result<SearchProjectsPage, Error> {
        let url = format!("{}/rest/api/3/project/search", self.base);
        let request = self
            .http
            .get(url)
            .query(&request)
            .basic_auth(
                &self.credentials.jira_basic.0,
                Some(&self.credentials.jira_basic.1),
            );
        Ok(send(request).await?.body)
    }
    /// `GET /v1/customers`
    ///
    /// The customers, each page after the last customer of the page before.
    ///
    /// # Errors
    /// [`Error::Http`] when the request cannot be sent, [`Error::Status`] when the server
    /// answers with an error status, [`Error::Decode`] when the body is not the JSON the
    /// operation documents.
    pub async fn list_stripe_customers(
        &self,
        request: ListStripeCustomers,
    ) -> Result<ListStripeCustomersPage, Error> {
        let url = format!("{}/v1/customers", self.base);
        let request = self
            .http
            .get(url)
            .query(&request)
            .bearer_auth(&self.credentials.stripe_key);
        Ok(send(request).await?.body)
    }
    /// `POST /v2/users/{user_id}/apps/{app_id}/annotations/searches`
    ///
    /// The hits of the searches, by page number in the body's `pagination` object.
    ///
    /// # Errors
    /// [`Error::Http`] when the request cannot be sent, [`Error::Status`] when the server
    /// answers with an error status, [`Error::Decode`] when the body is not the JSON the
    /// operation documents.
    pub async fn post_annotations_searches(
        &self,
        request: PostAnnotationsSearches,
    ) -> Result<PostAnnotationsSearchesPage, Error> {
        let url = format!(
            "{}/v2/users/{}/apps/{}/annotations/searches", self.base, request.user_id,
            request.app_id
        );
        let request = self
            .http
            .post(url)
            .json(&request)
            .header("Authorization", &self.credentials.clarifai_pat);
        Ok(send(request).await?.body)
    }
    /// `GET /v2/users/{user_id}/apps/{app_id}/inputs`
    ///
    /// The inputs, by page number; a short or empty page is the last.
    ///
    /// # Errors
    /// [`Error::Http`] when the request cannot be sent, [`Error::Status`] when the server
    /// answers with an error status, [`Error::Decode`] when the body is not the JSON the
    /// operation documents.
    pub async fn list_inputs(
        &self,
        request: ListInputs,
    ) -> Result<ListInputsPage, Error> {
        let url = format!(
            "{}/v2/users/{}/apps/{}/inputs", self.base, request.user_id, request.app_id
        );
        let request = self
            .http
            .get(url)
            .query(&request)
            .header("Authorization", &self.credentials.clarifai_pat);
        Ok(send(request).await?.body)
    }
    /// `GET /wp-json/wp/v2/posts`
    ///
    /// WordPress's posts, by page number, with the totals in `X-WP-*` headers.
    ///
    /// # Errors
    /// [`Error::Http`] when the request cannot be sent, [`Error::Status`] when the server
    /// answers with an error status, [`Error::Decode`] when the body is not the JSON the
    /// operation documents.
    /// [`Error::Header`] when a pagination header of the answer is malformed.
    pub async fn list_posts(&self, request: ListPosts) -> Result<ListPostsPage, Error> {
        let url = format!("{}/wp-json/wp/v2/posts", self.base);
        let request = self
            .http
            .get(url)
            .query(&request)
            .basic_auth(
                &self.credentials.wordpress_basic.0,
                Some(&self.credentials.wordpress_basic.1),
            );
        let answer = send(request).await?;
        pagination_core::FromHttp::from_http(&answer.headers, answer.body)
            .map_err(Error::Header)
    }
}
/// `GET /accounts`
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct ListAccounts {
    /// Sort order, such as `balance`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub order_by: Option<String>,
    /// Page number, from 1.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub page: Option<u32>,
    /// Accounts per page.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub page_size: Option<u32>,
}
#[automatically_derived]
#[allow(clippy::explicit_auto_deref)]
impl ::pagination_core::PaginatedRequest for ListAccounts {
    const PARAMS: ::pagination_core::PageParams = ::pagination_core::PageParams {
        page_param: "page",
        size_param: "page_size",
        default_size: 10u32,
        max_size: 250u32,
        first_page: 1u32,
    };
    const MAX_PAGE: ::pagination_core::support::u32 = <Option<
        u32,
    > as ::pagination_core::support::IntField>::MAX;
    #[inline]
    fn page(&self) -> ::pagination_core::support::u32 {
        ::pagination_core::support::effective_page::<
            Self,
        >(<Option<u32> as ::pagination_core::support::IntField>::get_u32(&self.page))
    }
    #[inline]
    fn page_size(&self) -> ::pagination_core::support::u32 {
        ::pagination_core::support::effective_size::<
            Self,
        >(
            <Option<
                u32,
            > as ::pagination_core::support::IntField>::get_u32(&self.page_size),
        )
    }
    #[inline]
    fn set_page(&mut self, __page: ::pagination_core::support::u32) {
        <Option<
            u32,
        > as ::pagination_core::support::IntField>::set(&mut self.page, __page);
    }
    #[inline]
    fn set_page_size(&mut self, __size: ::pagination_core::support::u32) {
        <Option<
            u32,
        > as ::pagination_core::support::IntField>::set(
            &mut self.page_size,
            Self::PARAMS.clamp_size(__size),
        );
    }
    #[inline]
    fn validate(
        &self,
    ) -> ::pagination_core::support::Result<(), ::pagination_core::PageError> {
        ::pagination_core::support::validate::<
            Self,
        >(
            <Option<u32> as ::pagination_core::support::IntField>::get(&self.page),
            <Option<u32> as ::pagination_core::support::IntField>::get(&self.page_size),
        )
    }
    #[inline]
    fn page_query(&self) -> ::pagination_core::PageQuery {
        ::pagination_core::support::page_query::<
            Self,
        >(
            <Option<u32> as ::pagination_core::support::IntField>::get_u32(&self.page),
            <Option<
                u32,
            > as ::pagination_core::support::IntField>::get_u32(&self.page_size),
        )
    }
}
/// The answer to [`ListAccounts`].
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ListAccountsPage {
    /// The page's accounts.
    pub data: Vec<Account>,
    /// How many accounts there are.
    pub item_count: u64,
    /// How many pages there are.
    pub page_count: u64,
}
#[automatically_derived]
#[allow(clippy::explicit_auto_deref)]
impl ::pagination_core::PaginatedResponse for ListAccountsPage {
    type Item = Account;
    #[inline]
    fn items(&self) -> &[Account] {
        <Vec<
            Account,
        > as ::pagination_core::support::ItemsField<Account>>::as_slice(&self.data)
    }
    #[inline]
    fn into_items(self) -> ::pagination_core::support::Vec<Account> {
        <Vec<
            Account,
        > as ::pagination_core::support::ItemsField<Account>>::into_vec(self.data)
    }
    #[inline]
    fn page_info(&self) -> ::pagination_core::PageInfo {
        ::pagination_core::PageInfo::new(
            ::pagination_core::support::Option::None,
            ::pagination_core::support::Option::None,
            <u64 as ::pagination_core::support::IntField>::get_u64(&self.item_count),
            <u64 as ::pagination_core::support::IntField>::get_u64(&self.page_count),
        )
    }
}
/// One account.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Account {
    /// The account hash.
    pub account_hash: String,
    /// Balance in motes, as a decimal string.
    pub balance: String,
    /// The main purse.
    pub main_purse_uref: String,
    /// The account's public key.
    pub public_key: String,
}
/// `GET /api/books/`
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct ListBooks {
    /// Page number, from 1.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub page: Option<u32>,
    /// Books per page.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub page_size: Option<u32>,
}
#[automatically_derived]
#[allow(clippy::explicit_auto_deref)]
impl ::pagination_core::PaginatedRequest for ListBooks {
    const PARAMS: ::pagination_core::PageParams = ::pagination_core::PageParams {
        page_param: "page",
        size_param: "page_size",
        default_size: 25u32,
        max_size: 100u32,
        first_page: 1u32,
    };
    const MAX_PAGE: ::pagination_core::support::u32 = <Option<
        u32,
    > as ::pagination_core::support::IntField>::MAX;
    #[inline]
    fn page(&self) -> ::pagination_core::support::u32 {
        ::pagination_core::support::effective_page::<
            Self,
        >(<Option<u32> as ::pagination_core::support::IntField>::get_u32(&self.page))
    }
    #[inline]
    fn page_size(&self) -> ::pagination_core::support::u32 {
        ::pagination_core::support::effective_size::<
            Self,
        >(
            <Option<
                u32,
            > as ::pagination_core::support::IntField>::get_u32(&self.page_size),
        )
    }
    #[inline]
    fn set_page(&mut self, __page: ::pagination_core::support::u32) {
        <Option<
            u32,
        > as ::pagination_core::support::IntField>::set(&mut self.page, __page);
    }
    #[inline]
    fn set_page_size(&mut self, __size: ::pagination_core::support::u32) {
        <Option<
            u32,
        > as ::pagination_core::support::IntField>::set(
            &mut self.page_size,
            Self::PARAMS.clamp_size(__size),
        );
    }
    #[inline]
    fn validate(
        &self,
    ) -> ::pagination_core::support::Result<(), ::pagination_core::PageError> {
        ::pagination_core::support::validate::<
            Self,
        >(
            <Option<u32> as ::pagination_core::support::IntField>::get(&self.page),
            <Option<u32> as ::pagination_core::support::IntField>::get(&self.page_size),
        )
    }
    #[inline]
    fn page_query(&self) -> ::pagination_core::PageQuery {
        ::pagination_core::support::page_query::<
            Self,
        >(
            <Option<u32> as ::pagination_core::support::IntField>::get_u32(&self.page),
            <Option<
                u32,
            > as ::pagination_core::support::IntField>::get_u32(&self.page_size),
        )
    }
}
/// The answer to [`ListBooks`].
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ListBooksPage {
    /// How many books there are.
    pub count: u64,
    /// The next page's absolute URL; null on the last page.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub next: Option<String>,
    /// The previous page's absolute URL; null on the first page.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub previous: Option<String>,
    /// The page's books.
    pub results: Vec<Book>,
}
#[automatically_derived]
#[allow(clippy::explicit_auto_deref)]
impl ::pagination_core::PaginatedResponse for ListBooksPage {
    type Item = Book;
    const NEXT_LINK: ::pagination_core::support::NextLinkFn<Self> = ::pagination_core::support::Option::Some(|
        __page|
    <Option<String> as ::pagination_core::NextLink>::next_link(&__page.next));
    #[inline]
    fn items(&self) -> &[Book] {
        <Vec<
            Book,
        > as ::pagination_core::support::ItemsField<Book>>::as_slice(&self.results)
    }
    #[inline]
    fn into_items(self) -> ::pagination_core::support::Vec<Book> {
        <Vec<
            Book,
        > as ::pagination_core::support::ItemsField<Book>>::into_vec(self.results)
    }
    #[inline]
    fn page_info(&self) -> ::pagination_core::PageInfo {
        ::pagination_core::PageInfo::new(
            ::pagination_core::support::Option::None,
            ::pagination_core::support::Option::None,
            <u64 as ::pagination_core::support::IntField>::get_u64(&self.count),
            ::pagination_core::support::Option::None,
        )
    }
}
/// One book.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Book {
    /// The book's id, from 1.
    pub id: u64,
    /// Its title.
    pub title: String,
}
/// `GET /api/conversations.list`
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct ListConversations {
    /// The cursor of the page; none for the first.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub cursor: Option<String>,
    /// Channels per page.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub limit: Option<u32>,
}
#[automatically_derived]
#[allow(clippy::explicit_auto_deref)]
impl ::pagination_core::CursorRequest for ListConversations {
    const PARAMS: ::pagination_core::CursorParams = ::pagination_core::CursorParams {
        cursor_param: "cursor",
        limit_param: "limit",
        default_limit: 100u32,
        max_limit: 1000u32,
    };
    #[inline]
    fn cursor(
        &self,
    ) -> ::pagination_core::support::Option<&::pagination_core::support::str> {
        <Option<String> as ::pagination_core::support::CursorField>::get(&self.cursor)
    }
    #[inline]
    fn set_cursor(
        &mut self,
        __cursor: ::pagination_core::support::Option<::pagination_core::support::String>,
    ) {
        <Option<
            String,
        > as ::pagination_core::support::CursorField>::set(&mut self.cursor, __cursor);
    }
    #[inline]
    fn limit(&self) -> ::pagination_core::support::u32 {
        ::pagination_core::support::cursor_limit::<
            Self,
        >(<Option<u32> as ::pagination_core::support::IntField>::get(&self.limit))
    }
    #[inline]
    fn set_limit(&mut self, __limit: ::pagination_core::support::u32) {
        <Option<
            u32,
        > as ::pagination_core::support::IntField>::set(
            &mut self.limit,
            <Self as ::pagination_core::CursorRequest>::PARAMS.clamp_limit(__limit),
        );
    }
    #[inline]
    fn validate(
        &self,
    ) -> ::pagination_core::support::Result<(), ::pagination_core::PageError> {
        ::pagination_core::support::validate_cursor::<
            Self,
        >(
            <Option<
                String,
            > as ::pagination_core::support::CursorField>::get(&self.cursor),
            <Option<u32> as ::pagination_core::support::IntField>::get(&self.limit),
        )
    }
}
/// The answer to [`ListConversations`].
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ListConversationsPage {
    /// The page's channels.
    #[serde(default)]
    pub channels: Vec<Channel>,
    /// What went wrong, when `ok` is false.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub error: Option<String>,
    /// Whether the call succeeded: Slack answers its errors with status 200.
    pub ok: bool,
    /// Where the next cursor is.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub response_metadata: Option<ListConversationsPageResponseMetadata>,
}
#[automatically_derived]
#[allow(clippy::explicit_auto_deref)]
impl ::pagination_core::PaginatedResponse for ListConversationsPage {
    type Item = Channel;
    const NEXT_CURSOR: ::pagination_core::support::NextCursorFn<Self> = ::pagination_core::support::Option::Some(|
        __page|
    {
        ::pagination_core::support::Reach::new(&__page.response_metadata)
            .reach()
            .and_then(|__v| <_ as ::pagination_core::support::TokenField>::token(
                &(*__v).next_cursor,
            ))
    });
    #[inline]
    fn items(&self) -> &[Channel] {
        <Vec<
            Channel,
        > as ::pagination_core::support::ItemsField<Channel>>::as_slice(&self.channels)
    }
    #[inline]
    fn into_items(self) -> ::pagination_core::support::Vec<Channel> {
        <Vec<
            Channel,
        > as ::pagination_core::support::ItemsField<Channel>>::into_vec(self.channels)
    }
    #[inline]
    fn page_info(&self) -> ::pagination_core::PageInfo {
        ::pagination_core::PageInfo::new(
            ::pagination_core::support::Option::None,
            ::pagination_core::support::Option::None,
            ::pagination_core::support::Option::None,
            ::pagination_core::support::Option::None,
        )
    }
}
/// One channel.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Channel {
    /// The channel's id.
    pub id: String,
    /// The channel's name.
    pub name: String,
}
/// The `response_metadata` object of [`ListConversationsPage`].
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ListConversationsPageResponseMetadata {
    /// The next page's cursor; empty on the last page.
    pub next_cursor: String,
}
/// `GET /api/customers`
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct ListCustomers {
    /// Page number, from 0.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub page: Option<u32>,
    /// Customers per page.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub size: Option<u32>,
}
#[automatically_derived]
#[allow(clippy::explicit_auto_deref)]
impl ::pagination_core::PaginatedRequest for ListCustomers {
    const PARAMS: ::pagination_core::PageParams = ::pagination_core::PageParams {
        page_param: "page",
        size_param: "size",
        default_size: 20u32,
        max_size: 2000u32,
        first_page: 0u32,
    };
    const MAX_PAGE: ::pagination_core::support::u32 = <Option<
        u32,
    > as ::pagination_core::support::IntField>::MAX;
    #[inline]
    fn page(&self) -> ::pagination_core::support::u32 {
        ::pagination_core::support::effective_page::<
            Self,
        >(<Option<u32> as ::pagination_core::support::IntField>::get_u32(&self.page))
    }
    #[inline]
    fn page_size(&self) -> ::pagination_core::support::u32 {
        ::pagination_core::support::effective_size::<
            Self,
        >(<Option<u32> as ::pagination_core::support::IntField>::get_u32(&self.size))
    }
    #[inline]
    fn set_page(&mut self, __page: ::pagination_core::support::u32) {
        <Option<
            u32,
        > as ::pagination_core::support::IntField>::set(&mut self.page, __page);
    }
    #[inline]
    fn set_page_size(&mut self, __size: ::pagination_core::support::u32) {
        <Option<
            u32,
        > as ::pagination_core::support::IntField>::set(
            &mut self.size,
            Self::PARAMS.clamp_size(__size),
        );
    }
    #[inline]
    fn validate(
        &self,
    ) -> ::pagination_core::support::Result<(), ::pagination_core::PageError> {
        ::pagination_core::support::validate::<
            Self,
        >(
            <Option<u32> as ::pagination_core::support::IntField>::get(&self.page),
            <Option<u32> as ::pagination_core::support::IntField>::get(&self.size),
        )
    }
    #[inline]
    fn page_query(&self) -> ::pagination_core::PageQuery {
        ::pagination_core::support::page_query::<
            Self,
        >(
            <Option<u32> as ::pagination_core::support::IntField>::get_u32(&self.page),
            <Option<u32> as ::pagination_core::support::IntField>::get_u32(&self.size),
        )
    }
}
/// The answer to [`ListCustomers`].
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ListCustomersPage {
    /// The page's customers.
    pub content: Vec<SpringCustomer>,
    /// Whether this is the first page.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub first: Option<bool>,
    /// Whether this is the last page.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub last: Option<bool>,
    /// The page's number, from 0.
    pub number: u64,
    /// The page size.
    pub size: u64,
    /// How many customers there are.
    #[serde(rename = "totalElements")]
    pub total_elements: u64,
    /// How many pages there are.
    #[serde(rename = "totalPages")]
    pub total_pages: u64,
}
#[automatically_derived]
#[allow(clippy::explicit_auto_deref)]
impl ::pagination_core::PaginatedResponse for ListCustomersPage {
    type Item = SpringCustomer;
    #[inline]
    fn items(&self) -> &[SpringCustomer] {
        <Vec<
            SpringCustomer,
        > as ::pagination_core::support::ItemsField<
            SpringCustomer,
        >>::as_slice(&self.content)
    }
    #[inline]
    fn into_items(self) -> ::pagination_core::support::Vec<SpringCustomer> {
        <Vec<
            SpringCustomer,
        > as ::pagination_core::support::ItemsField<
            SpringCustomer,
        >>::into_vec(self.content)
    }
    #[inline]
    fn page_info(&self) -> ::pagination_core::PageInfo {
        ::pagination_core::PageInfo::new(
            <u64 as ::pagination_core::support::IntField>::get_u64(&self.number),
            <u64 as ::pagination_core::support::IntField>::get_u64(&self.size),
            <u64 as ::pagination_core::support::IntField>::get_u64(&self.total_elements),
            <u64 as ::pagination_core::support::IntField>::get_u64(&self.total_pages),
        )
    }
}
/// One customer.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct SpringCustomer {
    /// First name.
    #[serde(rename = "firstName")]
    pub first_name: String,
    /// The customer's id, from 1.
    pub id: u64,
    /// Last name.
    #[serde(rename = "lastName")]
    pub last_name: String,
}
/// `GET /api/v2/customers`
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct ListCustomersOneIndexed {
    /// Page number, from 1.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub page: Option<u32>,
    /// Customers per page.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub size: Option<u32>,
}
#[automatically_derived]
#[allow(clippy::explicit_auto_deref)]
impl ::pagination_core::PaginatedRequest for ListCustomersOneIndexed {
    const PARAMS: ::pagination_core::PageParams = ::pagination_core::PageParams {
        page_param: "page",
        size_param: "size",
        default_size: 20u32,
        max_size: 2000u32,
        first_page: 1u32,
    };
    const MAX_PAGE: ::pagination_core::support::u32 = <Option<
        u32,
    > as ::pagination_core::support::IntField>::MAX;
    #[inline]
    fn page(&self) -> ::pagination_core::support::u32 {
        ::pagination_core::support::effective_page::<
            Self,
        >(<Option<u32> as ::pagination_core::support::IntField>::get_u32(&self.page))
    }
    #[inline]
    fn page_size(&self) -> ::pagination_core::support::u32 {
        ::pagination_core::support::effective_size::<
            Self,
        >(<Option<u32> as ::pagination_core::support::IntField>::get_u32(&self.size))
    }
    #[inline]
    fn set_page(&mut self, __page: ::pagination_core::support::u32) {
        <Option<
            u32,
        > as ::pagination_core::support::IntField>::set(&mut self.page, __page);
    }
    #[inline]
    fn set_page_size(&mut self, __size: ::pagination_core::support::u32) {
        <Option<
            u32,
        > as ::pagination_core::support::IntField>::set(
            &mut self.size,
            Self::PARAMS.clamp_size(__size),
        );
    }
    #[inline]
    fn validate(
        &self,
    ) -> ::pagination_core::support::Result<(), ::pagination_core::PageError> {
        ::pagination_core::support::validate::<
            Self,
        >(
            <Option<u32> as ::pagination_core::support::IntField>::get(&self.page),
            <Option<u32> as ::pagination_core::support::IntField>::get(&self.size),
        )
    }
    #[inline]
    fn page_query(&self) -> ::pagination_core::PageQuery {
        ::pagination_core::support::page_query::<
            Self,
        >(
            <Option<u32> as ::pagination_core::support::IntField>::get_u32(&self.page),
            <Option<u32> as ::pagination_core::support::IntField>::get_u32(&self.size),
        )
    }
}
/// The answer to [`ListCustomersOneIndexed`].
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ListCustomersOneIndexedPage {
    /// The page's customers.
    pub content: Vec<SpringCustomer>,
    /// Whether this is the first page.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub first: Option<bool>,
    /// Whether this is the last page.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub last: Option<bool>,
    /// The page's number, from 0.
    pub number: u64,
    /// The page size.
    pub size: u64,
    /// How many customers there are.
    #[serde(rename = "totalElements")]
    pub total_elements: u64,
    /// How many pages there are.
    #[serde(rename = "totalPages")]
    pub total_pages: u64,
}
#[automatically_derived]
#[allow(clippy::explicit_auto_deref)]
impl ::pagination_core::PaginatedResponse for ListCustomersOneIndexedPage {
    type Item = SpringCustomer;
    const PAGE_BASE: ::pagination_core::support::Option<
        ::pagination_core::support::u32,
    > = ::pagination_core::support::Option::Some(0u32);
    #[inline]
    fn items(&self) -> &[SpringCustomer] {
        <Vec<
            SpringCustomer,
        > as ::pagination_core::support::ItemsField<
            SpringCustomer,
        >>::as_slice(&self.content)
    }
    #[inline]
    fn into_items(self) -> ::pagination_core::support::Vec<SpringCustomer> {
        <Vec<
            SpringCustomer,
        > as ::pagination_core::support::ItemsField<
            SpringCustomer,
        >>::into_vec(self.content)
    }
    #[inline]
    fn page_info(&self) -> ::pagination_core::PageInfo {
        ::pagination_core::PageInfo::new(
            <u64 as ::pagination_core::support::IntField>::get_u64(&self.number),
            <u64 as ::pagination_core::support::IntField>::get_u64(&self.size),
            <u64 as ::pagination_core::support::IntField>::get_u64(&self.total_elements),
            <u64 as ::pagination_core::support::IntField>::get_u64(&self.total_pages),
        )
    }
}
/// `GET /api/v4/projects`
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct ListProjects {
    /// Page number, from 1.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub page: Option<u32>,
    /// Projects per page.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub per_page: Option<u32>,
}
#[automatically_derived]
#[allow(clippy::explicit_auto_deref)]
impl ::pagination_core::PaginatedRequest for ListProjects {
    const PARAMS: ::pagination_core::PageParams = ::pagination_core::PageParams {
        page_param: "page",
        size_param: "per_page",
        default_size: 20u32,
        max_size: 100u32,
        first_page: 1u32,
    };
    const MAX_PAGE: ::pagination_core::support::u32 = <Option<
        u32,
    > as ::pagination_core::support::IntField>::MAX;
    #[inline]
    fn page(&self) -> ::pagination_core::support::u32 {
        ::pagination_core::support::effective_page::<
            Self,
        >(<Option<u32> as ::pagination_core::support::IntField>::get_u32(&self.page))
    }
    #[inline]
    fn page_size(&self) -> ::pagination_core::support::u32 {
        ::pagination_core::support::effective_size::<
            Self,
        >(<Option<u32> as ::pagination_core::support::IntField>::get_u32(&self.per_page))
    }
    #[inline]
    fn set_page(&mut self, __page: ::pagination_core::support::u32) {
        <Option<
            u32,
        > as ::pagination_core::support::IntField>::set(&mut self.page, __page);
    }
    #[inline]
    fn set_page_size(&mut self, __size: ::pagination_core::support::u32) {
        <Option<
            u32,
        > as ::pagination_core::support::IntField>::set(
            &mut self.per_page,
            Self::PARAMS.clamp_size(__size),
        );
    }
    #[inline]
    fn validate(
        &self,
    ) -> ::pagination_core::support::Result<(), ::pagination_core::PageError> {
        ::pagination_core::support::validate::<
            Self,
        >(
            <Option<u32> as ::pagination_core::support::IntField>::get(&self.page),
            <Option<u32> as ::pagination_core::support::IntField>::get(&self.per_page),
        )
    }
    #[inline]
    fn page_query(&self) -> ::pagination_core::PageQuery {
        ::pagination_core::support::page_query::<
            Self,
        >(
            <Option<u32> as ::pagination_core::support::IntField>::get_u32(&self.page),
            <Option<
                u32,
            > as ::pagination_core::support::IntField>::get_u32(&self.per_page),
        )
    }
}
/// The answer to [`ListProjects`]: built from the headers and the body with `FromHttp::from_http`.
#[derive(Debug, Clone, PartialEq)]
pub struct ListProjectsPage {
    /// The page's items: the body, a bare JSON array.
    pub items: Vec<GitLabProject>,
    /// The `rel="next"` link of the `Link` header.
    pub next: Option<String>,
    /// The `X-Page` header.
    pub page: Option<u64>,
    /// The `X-Per-Page` header.
    pub size: Option<u64>,
    /// The `X-Total` header.
    pub total_items: Option<u64>,
    /// The `X-Total-Pages` header.
    pub total_pages: Option<u64>,
}
#[automatically_derived]
#[allow(clippy::explicit_auto_deref)]
impl ::pagination_core::PaginatedResponse for ListProjectsPage {
    type Item = GitLabProject;
    const NEXT_LINK: ::pagination_core::support::NextLinkFn<Self> = ::pagination_core::support::Option::Some(|
        __page|
    <Option<String> as ::pagination_core::NextLink>::next_link(&__page.next));
    #[inline]
    fn items(&self) -> &[GitLabProject] {
        <Vec<
            GitLabProject,
        > as ::pagination_core::support::ItemsField<
            GitLabProject,
        >>::as_slice(&self.items)
    }
    #[inline]
    fn into_items(self) -> ::pagination_core::support::Vec<GitLabProject> {
        <Vec<
            GitLabProject,
        > as ::pagination_core::support::ItemsField<GitLabProject>>::into_vec(self.items)
    }
    #[inline]
    fn page_info(&self) -> ::pagination_core::PageInfo {
        ::pagination_core::PageInfo::new(
            <Option<u64> as ::pagination_core::support::IntField>::get_u64(&self.page),
            <Option<u64> as ::pagination_core::support::IntField>::get_u64(&self.size),
            <Option<
                u64,
            > as ::pagination_core::support::IntField>::get_u64(&self.total_items),
            <Option<
                u64,
            > as ::pagination_core::support::IntField>::get_u64(&self.total_pages),
        )
    }
}
::pagination_core::support::from_http! {
    #[automatically_derived] impl ::pagination_core::FromHttp for ListProjectsPage { type
    Body = Vec < GitLabProject >; fn from_http(__headers : &
    ::pagination_core::http::HeaderMap, __body : Self::Body,) ->
    ::pagination_core::support::Result < Self, ::pagination_core::LinkHeaderError > { let
    __links = ::pagination_core::LinkHeader::from_headers(__headers) ?;
    ::pagination_core::support::Result::Ok(Self { items : __body, next : < Option <
    String > as ::pagination_core::HeaderField > ::from_header(__links.rel("next")), page
    : < Option < u64 > as ::pagination_core::HeaderField >
    ::from_header(::pagination_core::header_value(__headers, "X-Page")), size : < Option
    < u64 > as ::pagination_core::HeaderField >
    ::from_header(::pagination_core::header_value(__headers, "X-Per-Page")), total_items
    : < Option < u64 > as ::pagination_core::HeaderField >
    ::from_header(::pagination_core::header_value(__headers, "X-Total")), total_pages : <
    Option < u64 > as ::pagination_core::HeaderField >
    ::from_header(::pagination_core::header_value(__headers, "X-Total-Pages")), }) } }
}
/// One project.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct GitLabProject {
    /// Its id.
    pub id: u64,
    /// Its name.
    pub name: String,
    /// Its path.
    pub path: String,
    /// Its path in its group.
    pub path_with_namespace: String,
}
/// `GET /articles`
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct ListArticles {
    /// Page number, from 1.
    #[serde(rename = "page[number]", skip_serializing_if = "Option::is_none")]
    pub page_number: Option<u32>,
    /// Articles per page.
    #[serde(rename = "page[size]", skip_serializing_if = "Option::is_none")]
    pub page_size: Option<u32>,
}
#[automatically_derived]
#[allow(clippy::explicit_auto_deref)]
impl ::pagination_core::PaginatedRequest for ListArticles {
    const PARAMS: ::pagination_core::PageParams = ::pagination_core::PageParams {
        page_param: "page[number]",
        size_param: "page[size]",
        default_size: 10u32,
        max_size: 50u32,
        first_page: 1u32,
    };
    const MAX_PAGE: ::pagination_core::support::u32 = <Option<
        u32,
    > as ::pagination_core::support::IntField>::MAX;
    #[inline]
    fn page(&self) -> ::pagination_core::support::u32 {
        ::pagination_core::support::effective_page::<
            Self,
        >(
            <Option<
                u32,
            > as ::pagination_core::support::IntField>::get_u32(&self.page_number),
        )
    }
    #[inline]
    fn page_size(&self) -> ::pagination_core::support::u32 {
        ::pagination_core::support::effective_size::<
            Self,
        >(
            <Option<
                u32,
            > as ::pagination_core::support::IntField>::get_u32(&self.page_size),
        )
    }
    #[inline]
    fn set_page(&mut self, __page: ::pagination_core::support::u32) {
        <Option<
            u32,
        > as ::pagination_core::support::IntField>::set(&mut self.page_number, __page);
    }
    #[inline]
    fn set_page_size(&mut self, __size: ::pagination_core::support::u32) {
        <Option<
            u32,
        > as ::pagination_core::support::IntField>::set(
            &mut self.page_size,
            Self::PARAMS.clamp_size(__size),
        );
    }
    #[inline]
    fn validate(
        &self,
    ) -> ::pagination_core::support::Result<(), ::pagination_core::PageError> {
        ::pagination_core::support::validate::<
            Self,
        >(
            <Option<
                u32,
            > as ::pagination_core::support::IntField>::get(&self.page_number),
            <Option<u32> as ::pagination_core::support::IntField>::get(&self.page_size),
        )
    }
    #[inline]
    fn page_query(&self) -> ::pagination_core::PageQuery {
        ::pagination_core::support::page_query::<
            Self,
        >(
            <Option<
                u32,
            > as ::pagination_core::support::IntField>::get_u32(&self.page_number),
            <Option<
                u32,
            > as ::pagination_core::support::IntField>::get_u32(&self.page_size),
        )
    }
}
/// The answer to [`ListArticles`].
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ListArticlesPage {
    /// The page's articles.
    pub data: Vec<Article>,
    /// The document's links, as strings.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub links: Option<ListArticlesPageLinks>,
    /// The totals; a server may leave them out.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub meta: Option<ListArticlesPageMeta>,
}
#[automatically_derived]
#[allow(clippy::explicit_auto_deref)]
impl ::pagination_core::PaginatedResponse for ListArticlesPage {
    type Item = Article;
    const NEXT_LINK: ::pagination_core::support::NextLinkFn<Self> = ::pagination_core::support::Option::Some(|
        __page|
    {
        ::pagination_core::support::Reach::new(&__page.links)
            .reach()
            .and_then(|__v| <_ as ::pagination_core::NextLink>::next_link(&(*__v).next))
    });
    #[inline]
    fn items(&self) -> &[Article] {
        <Vec<
            Article,
        > as ::pagination_core::support::ItemsField<Article>>::as_slice(&self.data)
    }
    #[inline]
    fn into_items(self) -> ::pagination_core::support::Vec<Article> {
        <Vec<
            Article,
        > as ::pagination_core::support::ItemsField<Article>>::into_vec(self.data)
    }
    #[inline]
    fn page_info(&self) -> ::pagination_core::PageInfo {
        ::pagination_core::PageInfo::new(
            ::pagination_core::support::Option::None,
            ::pagination_core::support::Option::None,
            ::pagination_core::support::Reach::new(&self.meta)
                .reach()
                .and_then(|__v| <_ as ::pagination_core::support::IntField>::get_u64(
                    &(*__v).total,
                )),
            ::pagination_core::support::Reach::new(&self.meta)
                .reach()
                .and_then(|__v| <_ as ::pagination_core::support::IntField>::get_u64(
                    &(*__v).total_pages,
                )),
        )
    }
}
/// One resource object.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Article {
    /// The article's attributes.
    pub attributes: serde_json::Value,
    /// The article's id.
    pub id: String,
    /// The resource type, `articles`.
    #[serde(rename = "type")]
    pub type_: String,
}
/// The `links` object of [`ListArticlesPage`].
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ListArticlesPageLinks {
    /// The first page.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub first: Option<String>,
    /// The last page.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub last: Option<String>,
    /// The next page; null on the last.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub next: Option<String>,
    /// The previous page; null on the first.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub prev: Option<String>,
    /// This page.
    #[serde(rename = "self", default, skip_serializing_if = "Option::is_none")]
    pub self_: Option<String>,
}
/// The `meta` object of [`ListArticlesPage`].
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ListArticlesPageMeta {
    /// How many articles there are.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub total: Option<u64>,
    /// How many pages there are.
    #[serde(rename = "total-pages", default, skip_serializing_if = "Option::is_none")]
    pub total_pages: Option<u64>,
}
/// `GET /companies/{companyId}/data/invoices`
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct ListInvoices {
    /// The company.
    #[serde(skip)]
    pub company_id: String,
    /// A Codat query filter, such as `status=Paid`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub query: Option<String>,
    /// Page number, from 1.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub page: Option<u32>,
    /// Invoices per page.
    #[serde(rename = "pageSize", skip_serializing_if = "Option::is_none")]
    pub page_size: Option<u32>,
}
#[automatically_derived]
#[allow(clippy::explicit_auto_deref)]
impl ::pagination_core::PaginatedRequest for ListInvoices {
    const PARAMS: ::pagination_core::PageParams = ::pagination_core::PageParams {
        page_param: "page",
        size_param: "pageSize",
        default_size: 100u32,
        max_size: 5000u32,
        first_page: 1u32,
    };
    const MAX_PAGE: ::pagination_core::support::u32 = <Option<
        u32,
    > as ::pagination_core::support::IntField>::MAX;
    #[inline]
    fn page(&self) -> ::pagination_core::support::u32 {
        ::pagination_core::support::effective_page::<
            Self,
        >(<Option<u32> as ::pagination_core::support::IntField>::get_u32(&self.page))
    }
    #[inline]
    fn page_size(&self) -> ::pagination_core::support::u32 {
        ::pagination_core::support::effective_size::<
            Self,
        >(
            <Option<
                u32,
            > as ::pagination_core::support::IntField>::get_u32(&self.page_size),
        )
    }
    #[inline]
    fn set_page(&mut self, __page: ::pagination_core::support::u32) {
        <Option<
            u32,
        > as ::pagination_core::support::IntField>::set(&mut self.page, __page);
    }
    #[inline]
    fn set_page_size(&mut self, __size: ::pagination_core::support::u32) {
        <Option<
            u32,
        > as ::pagination_core::support::IntField>::set(
            &mut self.page_size,
            Self::PARAMS.clamp_size(__size),
        );
    }
    #[inline]
    fn validate(
        &self,
    ) -> ::pagination_core::support::Result<(), ::pagination_core::PageError> {
        ::pagination_core::support::validate::<
            Self,
        >(
            <Option<u32> as ::pagination_core::support::IntField>::get(&self.page),
            <Option<u32> as ::pagination_core::support::IntField>::get(&self.page_size),
        )
    }
    #[inline]
    fn page_query(&self) -> ::pagination_core::PageQuery {
        ::pagination_core::support::page_query::<
            Self,
        >(
            <Option<u32> as ::pagination_core::support::IntField>::get_u32(&self.page),
            <Option<
                u32,
            > as ::pagination_core::support::IntField>::get_u32(&self.page_size),
        )
    }
}
/// The answer to [`ListInvoices`].
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ListInvoicesPage {
    /// `next` only when there is a next page, `previous` only after the first.
    #[serde(rename = "_links")]
    pub links: ListInvoicesPageLinks,
    /// The page number the server returned.
    #[serde(rename = "pageNumber")]
    pub page_number: u64,
    /// The page size the server used.
    #[serde(rename = "pageSize")]
    pub page_size: u64,
    /// The page's invoices.
    pub results: Vec<Invoice>,
    /// How many invoices there are.
    #[serde(rename = "totalResults")]
    pub total_results: u64,
}
#[automatically_derived]
#[allow(clippy::explicit_auto_deref)]
impl ::pagination_core::PaginatedResponse for ListInvoicesPage {
    type Item = Invoice;
    const NEXT_LINK: ::pagination_core::support::NextLinkFn<Self> = ::pagination_core::support::Option::Some(|
        __page|
    {
        ::pagination_core::support::Reach::new(&__page.links)
            .reach()
            .and_then(|__v| ::pagination_core::support::Reach::new(&(*__v).next).reach())
            .and_then(|__v| <_ as ::pagination_core::NextLink>::next_link(&(*__v).href))
    });
    #[inline]
    fn items(&self) -> &[Invoice] {
        <Vec<
            Invoice,
        > as ::pagination_core::support::ItemsField<Invoice>>::as_slice(&self.results)
    }
    #[inline]
    fn into_items(self) -> ::pagination_core::support::Vec<Invoice> {
        <Vec<
            Invoice,
        > as ::pagination_core::support::ItemsField<Invoice>>::into_vec(self.results)
    }
    #[inline]
    fn page_info(&self) -> ::pagination_core::PageInfo {
        ::pagination_core::PageInfo::new(
            <u64 as ::pagination_core::support::IntField>::get_u64(&self.page_number),
            <u64 as ::pagination_core::support::IntField>::get_u64(&self.page_size),
            <u64 as ::pagination_core::support::IntField>::get_u64(&self.total_results),
            ::pagination_core::support::Option::None,
        )
    }
}
/// The `_links` object of [`ListInvoicesPage`].
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ListInvoicesPageLinks {
    /// A HAL link.
    pub current: HalLink,
    /// A HAL link.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub next: Option<ListInvoicesPageLinksNext>,
    /// A HAL link.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub previous: Option<HalLink>,
    /// A HAL link.
    #[serde(rename = "self")]
    pub self_: HalLink,
}
/// A HAL link.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct HalLink {
    /// The URL, relative or absolute.
    pub href: String,
}
/// The `next` object of [`ListInvoicesPage`].
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ListInvoicesPageLinksNext {
    /// The URL, relative or absolute.
    pub href: String,
}
/// One invoice.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Invoice {
    /// The invoice's id.
    pub id: String,
    /// The invoice number.
    #[serde(rename = "invoiceNumber")]
    pub invoice_number: String,
    /// `Paid`, `Submitted`, ...
    pub status: String,
    /// The invoice's total.
    #[serde(rename = "totalAmount")]
    pub total_amount: f64,
}
/// `GET /repos/{owner}/{repo}/issues`
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct ListIssues {
    /// The account that owns the repository.
    #[serde(skip)]
    pub owner: String,
    /// The repository's name.
    #[serde(skip)]
    pub repo: String,
    /// Page number, from 1.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub page: Option<u32>,
    /// Issues per page.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub per_page: Option<u32>,
}
#[automatically_derived]
#[allow(clippy::explicit_auto_deref)]
impl ::pagination_core::PaginatedRequest for ListIssues {
    const PARAMS: ::pagination_core::PageParams = ::pagination_core::PageParams {
        page_param: "page",
        size_param: "per_page",
        default_size: 30u32,
        max_size: 100u32,
        first_page: 1u32,
    };
    const MAX_PAGE: ::pagination_core::support::u32 = <Option<
        u32,
    > as ::pagination_core::support::IntField>::MAX;
    #[inline]
    fn page(&self) -> ::pagination_core::support::u32 {
        ::pagination_core::support::effective_page::<
            Self,
        >(<Option<u32> as ::pagination_core::support::IntField>::get_u32(&self.page))
    }
    #[inline]
    fn page_size(&self) -> ::pagination_core::support::u32 {
        ::pagination_core::support::effective_size::<
            Self,
        >(<Option<u32> as ::pagination_core::support::IntField>::get_u32(&self.per_page))
    }
    #[inline]
    fn set_page(&mut self, __page: ::pagination_core::support::u32) {
        <Option<
            u32,
        > as ::pagination_core::support::IntField>::set(&mut self.page, __page);
    }
    #[inline]
    fn set_page_size(&mut self, __size: ::pagination_core::support::u32) {
        <Option<
            u32,
        > as ::pagination_core::support::IntField>::set(
            &mut self.per_page,
            Self::PARAMS.clamp_size(__size),
        );
    }
    #[inline]
    fn validate(
        &self,
    ) -> ::pagination_core::support::Result<(), ::pagination_core::PageError> {
        ::pagination_core::support::validate::<
            Self,
        >(
            <Option<u32> as ::pagination_core::support::IntField>::get(&self.page),
            <Option<u32> as ::pagination_core::support::IntField>::get(&self.per_page),
        )
    }
    #[inline]
    fn page_query(&self) -> ::pagination_core::PageQuery {
        ::pagination_core::support::page_query::<
            Self,
        >(
            <Option<u32> as ::pagination_core::support::IntField>::get_u32(&self.page),
            <Option<
                u32,
            > as ::pagination_core::support::IntField>::get_u32(&self.per_page),
        )
    }
}
/// The answer to [`ListIssues`]: built from the headers and the body with `FromHttp::from_http`.
#[derive(Debug, Clone, PartialEq)]
pub struct ListIssuesPage {
    /// The page's items: the body, a bare JSON array.
    pub items: Vec<Issue>,
    /// The `rel="next"` link of the `Link` header.
    pub next: Option<String>,
    /// The page number of the `rel="last"` link of the `Link` header.
    pub total_pages: Option<u64>,
}
#[automatically_derived]
#[allow(clippy::explicit_auto_deref)]
impl ::pagination_core::PaginatedResponse for ListIssuesPage {
    type Item = Issue;
    const NEXT_LINK: ::pagination_core::support::NextLinkFn<Self> = ::pagination_core::support::Option::Some(|
        __page|
    <Option<String> as ::pagination_core::NextLink>::next_link(&__page.next));
    #[inline]
    fn items(&self) -> &[Issue] {
        <Vec<
            Issue,
        > as ::pagination_core::support::ItemsField<Issue>>::as_slice(&self.items)
    }
    #[inline]
    fn into_items(self) -> ::pagination_core::support::Vec<Issue> {
        <Vec<
            Issue,
        > as ::pagination_core::support::ItemsField<Issue>>::into_vec(self.items)
    }
    #[inline]
    fn page_info(&self) -> ::pagination_core::PageInfo {
        ::pagination_core::PageInfo::new(
            ::pagination_core::support::Option::None,
            ::pagination_core::support::Option::None,
            ::pagination_core::support::Option::None,
            <Option<
                u64,
            > as ::pagination_core::support::IntField>::get_u64(&self.total_pages),
        )
    }
}
::pagination_core::support::from_http! {
    #[automatically_derived] impl ::pagination_core::FromHttp for ListIssuesPage { type
    Body = Vec < Issue >; fn from_http(__headers : & ::pagination_core::http::HeaderMap,
    __body : Self::Body,) -> ::pagination_core::support::Result < Self,
    ::pagination_core::LinkHeaderError > { let __links =
    ::pagination_core::LinkHeader::from_headers(__headers) ?;
    ::pagination_core::support::Result::Ok(Self { items : __body, next : < Option <
    String > as ::pagination_core::HeaderField > ::from_header(__links.rel("next")),
    total_pages : < Option < u64 > as ::pagination_core::HeaderField >
    ::from_header(__links.rel_param("last", "page").as_deref()), }) } }
}
/// One issue.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Issue {
    /// Its database id.
    pub id: u64,
    /// Its number in the repository, from 1.
    pub number: u64,
    /// `open` or `closed`.
    pub state: String,
    /// Its title.
    pub title: String,
}
/// `GET /rest/api/3/project/search`
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct SearchProjects {
    /// The offset of the first project, from 0.
    #[serde(rename = "startAt", skip_serializing_if = "Option::is_none")]
    pub start_at: Option<u64>,
    /// Projects per page.
    #[serde(rename = "maxResults", skip_serializing_if = "Option::is_none")]
    pub max_results: Option<u32>,
}
#[automatically_derived]
#[allow(clippy::explicit_auto_deref)]
impl ::pagination_core::OffsetRequest for SearchProjects {
    const PARAMS: ::pagination_core::OffsetParams = ::pagination_core::OffsetParams {
        offset_param: "startAt",
        limit_param: "maxResults",
        default_limit: 50u32,
        max_limit: 100u32,
        first_offset: 0u64,
    };
    const MAX_OFFSET: ::pagination_core::support::u64 = <Option<
        u64,
    > as ::pagination_core::support::IntField>::WIDE_MAX;
    #[inline]
    fn offset(&self) -> ::pagination_core::support::u64 {
        ::pagination_core::support::offset::<
            Self,
        >(<Option<u64> as ::pagination_core::support::IntField>::get(&self.start_at))
    }
    #[inline]
    fn set_offset(&mut self, __offset: ::pagination_core::support::u64) {
        <Option<
            u64,
        > as ::pagination_core::support::IntField>::set_wide(
            &mut self.start_at,
            __offset,
        );
    }
    #[inline]
    fn limit(&self) -> ::pagination_core::support::u32 {
        ::pagination_core::support::offset_limit::<
            Self,
        >(<Option<u32> as ::pagination_core::support::IntField>::get(&self.max_results))
    }
    #[inline]
    fn set_limit(&mut self, __limit: ::pagination_core::support::u32) {
        <Option<
            u32,
        > as ::pagination_core::support::IntField>::set(
            &mut self.max_results,
            <Self as ::pagination_core::OffsetRequest>::PARAMS.clamp_limit(__limit),
        );
    }
    #[inline]
    fn validate(
        &self,
    ) -> ::pagination_core::support::Result<(), ::pagination_core::PageError> {
        ::pagination_core::support::validate_offset::<
            Self,
        >(
            <Option<u64> as ::pagination_core::support::IntField>::get(&self.start_at),
            <Option<u32> as ::pagination_core::support::IntField>::get(&self.max_results),
        )
    }
}
/// The answer to [`SearchProjects`].
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct SearchProjectsPage {
    /// The page size the server used.
    #[serde(rename = "maxResults")]
    pub max_results: u64,
    /// The offset the server answered from.
    #[serde(rename = "startAt")]
    pub start_at: u64,
    /// How many projects there are.
    pub total: u64,
    /// The page's projects.
    pub values: Vec<Project>,
}
#[automatically_derived]
#[allow(clippy::explicit_auto_deref)]
impl ::pagination_core::PaginatedResponse for SearchProjectsPage {
    type Item = Project;
    #[inline]
    fn items(&self) -> &[Project] {
        <Vec<
            Project,
        > as ::pagination_core::support::ItemsField<Project>>::as_slice(&self.values)
    }
    #[inline]
    fn into_items(self) -> ::pagination_core::support::Vec<Project> {
        <Vec<
            Project,
        > as ::pagination_core::support::ItemsField<Project>>::into_vec(self.values)
    }
    #[inline]
    fn page_info(&self) -> ::pagination_core::PageInfo {
        ::pagination_core::PageInfo::new(
                ::pagination_core::support::Option::None,
                <u64 as ::pagination_core::support::IntField>::get_u64(
                    &self.max_results,
                ),
                <u64 as ::pagination_core::support::IntField>::get_u64(&self.total),
                ::pagination_core::support::Option::None,
            )
            .with_offset(
                <u64 as ::pagination_core::support::IntField>::get_u64(&self.start_at),
            )
    }
}
/// One project.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Project {
    /// The project's id.
    pub id: String,
    /// The project's key.
    pub key: String,
    /// The project's name.
    pub name: String,
}
/// `GET /v1/customers`
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct ListStripeCustomers {
    /// The id of the last customer of the page before.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub starting_after: Option<String>,
    /// Customers per page.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub limit: Option<u32>,
}
#[automatically_derived]
#[allow(clippy::explicit_auto_deref)]
impl ::pagination_core::CursorRequest for ListStripeCustomers {
    const PARAMS: ::pagination_core::CursorParams = ::pagination_core::CursorParams {
        cursor_param: "starting_after",
        limit_param: "limit",
        default_limit: 10u32,
        max_limit: 100u32,
    };
    #[inline]
    fn cursor(
        &self,
    ) -> ::pagination_core::support::Option<&::pagination_core::support::str> {
        <Option<
            String,
        > as ::pagination_core::support::CursorField>::get(&self.starting_after)
    }
    #[inline]
    fn set_cursor(
        &mut self,
        __cursor: ::pagination_core::support::Option<::pagination_core::support::String>,
    ) {
        <Option<
            String,
        > as ::pagination_core::support::CursorField>::set(
            &mut self.starting_after,
            __cursor,
        );
    }
    #[inline]
    fn limit(&self) -> ::pagination_core::support::u32 {
        ::pagination_core::support::cursor_limit::<
            Self,
        >(<Option<u32> as ::pagination_core::support::IntField>::get(&self.limit))
    }
    #[inline]
    fn set_limit(&mut self, __limit: ::pagination_core::support::u32) {
        <Option<
            u32,
        > as ::pagination_core::support::IntField>::set(
            &mut self.limit,
            <Self as ::pagination_core::CursorRequest>::PARAMS.clamp_limit(__limit),
        );
    }
    #[inline]
    fn validate(
        &self,
    ) -> ::pagination_core::support::Result<(), ::pagination_core::PageError> {
        ::pagination_core::support::validate_cursor::<
            Self,
        >(
            <Option<
                String,
            > as ::pagination_core::support::CursorField>::get(&self.starting_after),
            <Option<u32> as ::pagination_core::support::IntField>::get(&self.limit),
        )
    }
}
/// The answer to [`ListStripeCustomers`].
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ListStripeCustomersPage {
    /// The page's customers.
    pub data: Vec<Customer>,
    /// Whether there are more customers after these.
    pub has_more: bool,
}
#[automatically_derived]
#[allow(clippy::explicit_auto_deref)]
impl ::pagination_core::PaginatedResponse for ListStripeCustomersPage {
    type Item = Customer;
    const HAS_MORE: ::pagination_core::support::HasMoreFn<Self> = ::pagination_core::support::Option::Some(|
        __page|
    <bool as ::pagination_core::support::FlagField>::get(&__page.has_more));
    const NEXT_CURSOR: ::pagination_core::support::NextCursorFn<Self> = ::pagination_core::support::Option::Some(|
        __page|
    {
        <[Self::Item]>::last(
                <Self as ::pagination_core::PaginatedResponse>::items(__page),
            )
            .and_then(|__item| <_ as ::pagination_core::support::TokenField>::token(
                &(*__item).id,
            ))
    });
    #[inline]
    fn items(&self) -> &[Customer] {
        <Vec<
            Customer,
        > as ::pagination_core::support::ItemsField<Customer>>::as_slice(&self.data)
    }
    #[inline]
    fn into_items(self) -> ::pagination_core::support::Vec<Customer> {
        <Vec<
            Customer,
        > as ::pagination_core::support::ItemsField<Customer>>::into_vec(self.data)
    }
    #[inline]
    fn page_info(&self) -> ::pagination_core::PageInfo {
        ::pagination_core::PageInfo::new(
            ::pagination_core::support::Option::None,
            ::pagination_core::support::Option::None,
            ::pagination_core::support::Option::None,
            ::pagination_core::support::Option::None,
        )
    }
}
/// One customer.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Customer {
    /// The customer's email.
    pub email: String,
    /// The customer's id.
    pub id: String,
}
/// `POST /v2/users/{user_id}/apps/{app_id}/annotations/searches`
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct PostAnnotationsSearches {
    /// The user that owns the app.
    #[serde(skip)]
    pub user_id: String,
    /// The app.
    #[serde(skip)]
    pub app_id: String,
    /// Page and size.
    pub pagination: PostAnnotationsSearchesPagination,
    /// The searches to run.
    pub searches: Vec<serde_json::Value>,
}
#[automatically_derived]
#[allow(clippy::explicit_auto_deref)]
impl ::pagination_core::PaginatedRequest for PostAnnotationsSearches {
    const PARAMS: ::pagination_core::PageParams = <PostAnnotationsSearchesPagination as ::pagination_core::PaginatedRequest>::PARAMS;
    const MAX_PAGE: ::pagination_core::support::u32 = <PostAnnotationsSearchesPagination as ::pagination_core::PaginatedRequest>::MAX_PAGE;
    #[inline]
    fn page(&self) -> ::pagination_core::support::u32 {
        <PostAnnotationsSearchesPagination as ::pagination_core::PaginatedRequest>::page(
            &self.pagination,
        )
    }
    #[inline]
    fn page_size(&self) -> ::pagination_core::support::u32 {
        <PostAnnotationsSearchesPagination as ::pagination_core::PaginatedRequest>::page_size(
            &self.pagination,
        )
    }
    #[inline]
    fn set_page(&mut self, __page: ::pagination_core::support::u32) {
        <PostAnnotationsSearchesPagination as ::pagination_core::PaginatedRequest>::set_page(
            &mut self.pagination,
            __page,
        );
    }
    #[inline]
    fn set_page_size(&mut self, __size: ::pagination_core::support::u32) {
        <PostAnnotationsSearchesPagination as ::pagination_core::PaginatedRequest>::set_page_size(
            &mut self.pagination,
            __size,
        );
    }
    #[inline]
    fn validate(
        &self,
    ) -> ::pagination_core::support::Result<(), ::pagination_core::PageError> {
        <PostAnnotationsSearchesPagination as ::pagination_core::PaginatedRequest>::validate(
            &self.pagination,
        )
    }
    #[inline]
    fn page_query(&self) -> ::pagination_core::PageQuery {
        <PostAnnotationsSearchesPagination as ::pagination_core::PaginatedRequest>::page_query(
            &self.pagination,
        )
    }
}
/// The `pagination` object of [`PostAnnotationsSearches`]'s body.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct PostAnnotationsSearchesPagination {
    /// Page number, from 1.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub page: Option<u32>,
    /// Hits per page.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub per_page: Option<u32>,
}
#[automatically_derived]
#[allow(clippy::explicit_auto_deref)]
impl ::pagination_core::PaginatedRequest for PostAnnotationsSearchesPagination {
    const PARAMS: ::pagination_core::PageParams = ::pagination_core::PageParams {
        page_param: "page",
        size_param: "per_page",
        default_size: 128u32,
        max_size: 1000u32,
        first_page: 1u32,
    };
    const MAX_PAGE: ::pagination_core::support::u32 = <Option<
        u32,
    > as ::pagination_core::support::IntField>::MAX;
    #[inline]
    fn page(&self) -> ::pagination_core::support::u32 {
        ::pagination_core::support::effective_page::<
            Self,
        >(<Option<u32> as ::pagination_core::support::IntField>::get_u32(&self.page))
    }
    #[inline]
    fn page_size(&self) -> ::pagination_core::support::u32 {
        ::pagination_core::support::effective_size::<
            Self,
        >(<Option<u32> as ::pagination_core::support::IntField>::get_u32(&self.per_page))
    }
    #[inline]
    fn set_page(&mut self, __page: ::pagination_core::support::u32) {
        <Option<
            u32,
        > as ::pagination_core::support::IntField>::set(&mut self.page, __page);
    }
    #[inline]
    fn set_page_size(&mut self, __size: ::pagination_core::support::u32) {
        <Option<
            u32,
        > as ::pagination_core::support::IntField>::set(
            &mut self.per_page,
            Self::PARAMS.clamp_size(__size),
        );
    }
    #[inline]
    fn validate(
        &self,
    ) -> ::pagination_core::support::Result<(), ::pagination_core::PageError> {
        ::pagination_core::support::validate::<
            Self,
        >(
            <Option<u32> as ::pagination_core::support::IntField>::get(&self.page),
            <Option<u32> as ::pagination_core::support::IntField>::get(&self.per_page),
        )
    }
    #[inline]
    fn page_query(&self) -> ::pagination_core::PageQuery {
        ::pagination_core::support::page_query::<
            Self,
        >(
            <Option<u32> as ::pagination_core::support::IntField>::get_u32(&self.page),
            <Option<
                u32,
            > as ::pagination_core::support::IntField>::get_u32(&self.per_page),
        )
    }
}
/// The answer to [`PostAnnotationsSearches`].
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct PostAnnotationsSearchesPage {
    /// The page's hits; left out of an empty page.
    #[serde(default)]
    pub hits: Vec<Hit>,
    /// Clarifai's status of a request.
    pub status: Status,
}
#[automatically_derived]
#[allow(clippy::explicit_auto_deref)]
impl ::pagination_core::PaginatedResponse for PostAnnotationsSearchesPage {
    type Item = Hit;
    #[inline]
    fn items(&self) -> &[Hit] {
        <Vec<Hit> as ::pagination_core::support::ItemsField<Hit>>::as_slice(&self.hits)
    }
    #[inline]
    fn into_items(self) -> ::pagination_core::support::Vec<Hit> {
        <Vec<Hit> as ::pagination_core::support::ItemsField<Hit>>::into_vec(self.hits)
    }
    #[inline]
    fn page_info(&self) -> ::pagination_core::PageInfo {
        ::pagination_core::PageInfo::new(
            ::pagination_core::support::Option::None,
            ::pagination_core::support::Option::None,
            ::pagination_core::support::Option::None,
            ::pagination_core::support::Option::None,
        )
    }
}
/// One input.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Input {
    /// When it was created.
    pub created_at: String,
    /// The input's id.
    pub id: String,
}
/// One search hit.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Hit {
    /// One input.
    pub input: Input,
    /// How well the input matches.
    pub score: f64,
}
/// Clarifai's status of a request.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Status {
    /// `10000` on success.
    pub code: u64,
    /// What the code means.
    pub description: String,
}
/// `GET /v2/users/{user_id}/apps/{app_id}/inputs`
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct ListInputs {
    /// The user that owns the app.
    #[serde(skip)]
    pub user_id: String,
    /// The app.
    #[serde(skip)]
    pub app_id: String,
    /// Page number, from 1.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub page: Option<u32>,
    /// Inputs per page.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub per_page: Option<u32>,
}
#[automatically_derived]
#[allow(clippy::explicit_auto_deref)]
impl ::pagination_core::PaginatedRequest for ListInputs {
    const PARAMS: ::pagination_core::PageParams = ::pagination_core::PageParams {
        page_param: "page",
        size_param: "per_page",
        default_size: 128u32,
        max_size: 1000u32,
        first_page: 1u32,
    };
    const MAX_PAGE: ::pagination_core::support::u32 = <Option<
        u32,
    > as ::pagination_core::support::IntField>::MAX;
    #[inline]
    fn page(&self) -> ::pagination_core::support::u32 {
        ::pagination_core::support::effective_page::<
            Self,
        >(<Option<u32> as ::pagination_core::support::IntField>::get_u32(&self.page))
    }
    #[inline]
    fn page_size(&self) -> ::pagination_core::support::u32 {
        ::pagination_core::support::effective_size::<
            Self,
        >(<Option<u32> as ::pagination_core::support::IntField>::get_u32(&self.per_page))
    }
    #[inline]
    fn set_page(&mut self, __page: ::pagination_core::support::u32) {
        <Option<
            u32,
        > as ::pagination_core::support::IntField>::set(&mut self.page, __page);
    }
    #[inline]
    fn set_page_size(&mut self, __size: ::pagination_core::support::u32) {
        <Option<
            u32,
        > as ::pagination_core::support::IntField>::set(
            &mut self.per_page,
            Self::PARAMS.clamp_size(__size),
        );
    }
    #[inline]
    fn validate(
        &self,
    ) -> ::pagination_core::support::Result<(), ::pagination_core::PageError> {
        ::pagination_core::support::validate::<
            Self,
        >(
            <Option<u32> as ::pagination_core::support::IntField>::get(&self.page),
            <Option<u32> as ::pagination_core::support::IntField>::get(&self.per_page),
        )
    }
    #[inline]
    fn page_query(&self) -> ::pagination_core::PageQuery {
        ::pagination_core::support::page_query::<
            Self,
        >(
            <Option<u32> as ::pagination_core::support::IntField>::get_u32(&self.page),
            <Option<
                u32,
            > as ::pagination_core::support::IntField>::get_u32(&self.per_page),
        )
    }
}
/// The answer to [`ListInputs`].
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ListInputsPage {
    /// The page's inputs; left out of an empty page.
    #[serde(default)]
    pub inputs: Vec<Input>,
    /// Clarifai's status of a request.
    pub status: Status,
}
#[automatically_derived]
#[allow(clippy::explicit_auto_deref)]
impl ::pagination_core::PaginatedResponse for ListInputsPage {
    type Item = Input;
    #[inline]
    fn items(&self) -> &[Input] {
        <Vec<
            Input,
        > as ::pagination_core::support::ItemsField<Input>>::as_slice(&self.inputs)
    }
    #[inline]
    fn into_items(self) -> ::pagination_core::support::Vec<Input> {
        <Vec<
            Input,
        > as ::pagination_core::support::ItemsField<Input>>::into_vec(self.inputs)
    }
    #[inline]
    fn page_info(&self) -> ::pagination_core::PageInfo {
        ::pagination_core::PageInfo::new(
            ::pagination_core::support::Option::None,
            ::pagination_core::support::Option::None,
            ::pagination_core::support::Option::None,
            ::pagination_core::support::Option::None,
        )
    }
}
/// `GET /wp-json/wp/v2/posts`
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct ListPosts {
    /// Page number, from 1.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub page: Option<u32>,
    /// Posts per page.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub per_page: Option<u32>,
}
#[automatically_derived]
#[allow(clippy::explicit_auto_deref)]
impl ::pagination_core::PaginatedRequest for ListPosts {
    const PARAMS: ::pagination_core::PageParams = ::pagination_core::PageParams {
        page_param: "page",
        size_param: "per_page",
        default_size: 10u32,
        max_size: 100u32,
        first_page: 1u32,
    };
    const MAX_PAGE: ::pagination_core::support::u32 = <Option<
        u32,
    > as ::pagination_core::support::IntField>::MAX;
    #[inline]
    fn page(&self) -> ::pagination_core::support::u32 {
        ::pagination_core::support::effective_page::<
            Self,
        >(<Option<u32> as ::pagination_core::support::IntField>::get_u32(&self.page))
    }
    #[inline]
    fn page_size(&self) -> ::pagination_core::support::u32 {
        ::pagination_core::support::effective_size::<
            Self,
        >(<Option<u32> as ::pagination_core::support::IntField>::get_u32(&self.per_page))
    }
    #[inline]
    fn set_page(&mut self, __page: ::pagination_core::support::u32) {
        <Option<
            u32,
        > as ::pagination_core::support::IntField>::set(&mut self.page, __page);
    }
    #[inline]
    fn set_page_size(&mut self, __size: ::pagination_core::support::u32) {
        <Option<
            u32,
        > as ::pagination_core::support::IntField>::set(
            &mut self.per_page,
            Self::PARAMS.clamp_size(__size),
        );
    }
    #[inline]
    fn validate(
        &self,
    ) -> ::pagination_core::support::Result<(), ::pagination_core::PageError> {
        ::pagination_core::support::validate::<
            Self,
        >(
            <Option<u32> as ::pagination_core::support::IntField>::get(&self.page),
            <Option<u32> as ::pagination_core::support::IntField>::get(&self.per_page),
        )
    }
    #[inline]
    fn page_query(&self) -> ::pagination_core::PageQuery {
        ::pagination_core::support::page_query::<
            Self,
        >(
            <Option<u32> as ::pagination_core::support::IntField>::get_u32(&self.page),
            <Option<
                u32,
            > as ::pagination_core::support::IntField>::get_u32(&self.per_page),
        )
    }
}
/// The answer to [`ListPosts`]: built from the headers and the body with `FromHttp::from_http`.
#[derive(Debug, Clone, PartialEq)]
pub struct ListPostsPage {
    /// The page's items: the body, a bare JSON array.
    pub items: Vec<Post>,
    /// The `X-WP-Total` header.
    pub total_items: Option<u64>,
    /// The `X-WP-TotalPages` header.
    pub total_pages: Option<u64>,
}
#[automatically_derived]
#[allow(clippy::explicit_auto_deref)]
impl ::pagination_core::PaginatedResponse for ListPostsPage {
    type Item = Post;
    #[inline]
    fn items(&self) -> &[Post] {
        <Vec<
            Post,
        > as ::pagination_core::support::ItemsField<Post>>::as_slice(&self.items)
    }
    #[inline]
    fn into_items(self) -> ::pagination_core::support::Vec<Post> {
        <Vec<Post> as ::pagination_core::support::ItemsField<Post>>::into_vec(self.items)
    }
    #[inline]
    fn page_info(&self) -> ::pagination_core::PageInfo {
        ::pagination_core::PageInfo::new(
            ::pagination_core::support::Option::None,
            ::pagination_core::support::Option::None,
            <Option<
                u64,
            > as ::pagination_core::support::IntField>::get_u64(&self.total_items),
            <Option<
                u64,
            > as ::pagination_core::support::IntField>::get_u64(&self.total_pages),
        )
    }
}
::pagination_core::support::from_http! {
    #[automatically_derived] impl ::pagination_core::FromHttp for ListPostsPage { type
    Body = Vec < Post >; fn from_http(__headers : & ::pagination_core::http::HeaderMap,
    __body : Self::Body,) -> ::pagination_core::support::Result < Self,
    ::pagination_core::LinkHeaderError > { ::pagination_core::support::Result::Ok(Self {
    items : __body, total_items : < Option < u64 > as ::pagination_core::HeaderField >
    ::from_header(::pagination_core::header_value(__headers, "X-WP-Total")), total_pages
    : < Option < u64 > as ::pagination_core::HeaderField >
    ::from_header(::pagination_core::header_value(__headers, "X-WP-TotalPages")), }) } }
}
/// One post.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Post {
    /// When it was published.
    pub date: String,
    /// Its id.
    pub id: u64,
    /// Its slug.
    pub slug: String,
    /// `publish`, ...
    pub status: String,
    /// Its title, `rendered`.
    pub title: serde_json::Value,
}
