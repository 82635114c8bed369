//! An example SDK for the three seed APIs, written the way a code generator writes one:
//! the request and response types of this crate (the derive and nothing else for
//! pagination), one async method per endpoint, and `reqwest` for HTTP.
//!
//! Walking every page is `pagination_core::paginate_stream` over these methods. Codat's
//! HAL links can be followed instead of page numbers ([`Client::invoices_by_link`]): the
//! walker resolves each link before anything is sent, so a link to another origin is
//! refused and the API key never leaves for it.

use crate::{clarifai, codat, cspr, drf, jsonapi, spring};
use base64::Engine;
use pagination_core::{BoxPageStream, Error, Follow, Linked, follow_links_stream, paginate_stream};

/// The keys of the APIs.
#[derive(Debug, Clone, Default)]
pub struct Credentials {
    /// Clarifai personal access token, sent as `Authorization: Key <pat>`.
    pub clarifai_pat: String,
    /// CSPR.cloud access key, sent as `authorization: <key>`.
    pub cspr_key: String,
    /// Codat API key, sent as `Authorization: Basic <base64 of key>`.
    pub codat_key: String,
    /// Django REST framework token, sent as `Authorization: Token <token>`.
    pub drf_token: String,
    /// JSON:API bearer token, sent as `Authorization: Bearer <token>`.
    pub jsonapi_token: String,
    /// Spring Security user and password, sent as HTTP Basic.
    pub spring: (String, String),
}

/// What can go wrong with one call.
#[derive(Debug)]
pub enum SdkError {
    /// The request could not be sent, or the answer could not be read or decoded.
    Http(reqwest::Error),
    /// The answer is not the JSON the endpoint documents.
    Decode {
        /// Where in the body: `meta.total`, `results[3].id`, or `.` for the whole body.
        path: String,
        /// What is wrong there.
        source: serde_json::Error,
    },
    /// The server answered with an error status.
    Status {
        /// The HTTP status.
        status: u16,
        /// The body of the answer.
        body: String,
    },
}

impl std::fmt::Display for SdkError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            SdkError::Http(error) => write!(f, "HTTP request failed: {error}"),
            SdkError::Decode { path, source } => {
                write!(f, "the answer cannot be read at `{path}`: {source}")
            }
            SdkError::Status { status, body } => write!(f, "the server answered {status}: {body}"),
        }
    }
}

impl std::error::Error for SdkError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            SdkError::Http(error) => Some(error),
            SdkError::Decode { source, .. } => Some(source),
            SdkError::Status { .. } => None,
        }
    }
}

impl From<reqwest::Error> for SdkError {
    fn from(error: reqwest::Error) -> Self {
        SdkError::Http(error)
    }
}

/// A client of the three APIs, all served from one base URL (as the test server does).
#[derive(Debug, Clone)]
pub struct Client {
    http: reqwest::Client,
    base: String,
    credentials: Credentials,
}

impl Client {
    /// A client for the APIs at `base` (such as `https://api.example.com`), through the
    /// proxies the environment names, if any.
    pub fn new(base: &str, credentials: Credentials) -> Self {
        Self::with_http(base, credentials, reqwest::Client::new())
    }

    /// A client for the APIs served on this machine at `base` (such as
    /// `http://127.0.0.1:8080`): proxy settings in the environment do not apply to it.
    ///
    /// # Errors
    /// When the HTTP client cannot be built.
    pub fn local(base: &str, credentials: Credentials) -> Result<Self, SdkError> {
        let http = reqwest::Client::builder().no_proxy().build()?;
        Ok(Self::with_http(base, credentials, http))
    }

    /// A client for the APIs at `base`, sending with `http`.
    pub fn with_http(base: &str, credentials: Credentials, http: reqwest::Client) -> Self {
        Client {
            http,
            base: base.trim_end_matches('/').to_owned(),
            credentials,
        }
    }

    fn drf_auth(&self) -> String {
        format!("Token {}", self.credentials.drf_token)
    }

    fn jsonapi_auth(&self) -> String {
        format!("Bearer {}", self.credentials.jsonapi_token)
    }

    fn spring_auth(&self) -> String {
        let (user, password) = &self.credentials.spring;
        let pair = base64::engine::general_purpose::STANDARD.encode(format!("{user}:{password}"));
        format!("Basic {pair}")
    }

    /// GETs the page `at` names, with `authorization`: by its link, or else `url` with
    /// the request as its query; and reads the page with the URL it came from, against
    /// which its next link resolves.
    async fn get_linked<Req, Resp>(
        &self,
        at: &Follow<Req>,
        url: String,
        authorization: String,
    ) -> Result<Linked<Resp>, SdkError>
    where
        Req: serde::Serialize,
        Resp: serde::de::DeserializeOwned,
    {
        let request = match at.link() {
            Some(link) => self.http.get(link),
            None => self.http.get(url).query(at.request()),
        };
        let response = request
            .header("Authorization", authorization)
            .send()
            .await?;
        let url = response.url().to_string();
        Ok(Linked::new(Self::decode(response).await?, url))
    }

    fn codat_auth(&self) -> String {
        let key = base64::engine::general_purpose::STANDARD.encode(&self.credentials.codat_key);
        format!("Basic {key}")
    }

    /// Sends `request` and decodes a successful answer as JSON.
    async fn send<T: serde::de::DeserializeOwned>(
        request: reqwest::RequestBuilder,
    ) -> Result<T, SdkError> {
        Self::decode(request.send().await?).await
    }

    async fn decode<T: serde::de::DeserializeOwned>(
        response: reqwest::Response,
    ) -> Result<T, SdkError> {
        let status = response.status();
        if !status.is_success() {
            let body = response.text().await.unwrap_or_default();
            return Err(SdkError::Status {
                status: status.as_u16(),
                body,
            });
        }
        let body = response.bytes().await?;
        let mut json = serde_json::Deserializer::from_slice(&body);
        serde_path_to_error::deserialize(&mut json).map_err(|error| SdkError::Decode {
            path: error.path().to_string(),
            source: error.into_inner(),
        })
    }

    /// `GET /v2/users/{user_id}/apps/{app_id}/inputs`
    ///
    /// # Errors
    /// [`SdkError`] when the call fails.
    pub async fn list_inputs(
        &self,
        request: clarifai::ListInputs,
    ) -> Result<clarifai::MultiInputResponse, SdkError> {
        let url = format!(
            "{}/v2/users/{}/apps/{}/inputs",
            self.base, request.user_id, request.app_id
        );
        let key = format!("Key {}", self.credentials.clarifai_pat);
        Self::send(
            self.http
                .get(url)
                .header("Authorization", key)
                .query(&request),
        )
        .await
    }

    /// `POST /v2/users/{user_id}/apps/{app_id}/annotations/searches`
    ///
    /// # Errors
    /// [`SdkError`] when the call fails.
    pub async fn post_annotations_searches(
        &self,
        request: clarifai::PostAnnotationsSearches,
    ) -> Result<clarifai::MultiSearchResponse, SdkError> {
        let url = format!(
            "{}/v2/users/{}/apps/{}/annotations/searches",
            self.base, request.user_id, request.app_id
        );
        let key = format!("Key {}", self.credentials.clarifai_pat);
        Self::send(
            self.http
                .post(url)
                .header("Authorization", key)
                .json(&request),
        )
        .await
    }

    /// `GET /accounts`
    ///
    /// # Errors
    /// [`SdkError`] when the call fails.
    pub async fn list_accounts(
        &self,
        request: cspr::ListAccounts,
    ) -> Result<cspr::Page<cspr::Account>, SdkError> {
        let url = format!("{}/accounts", self.base);
        let request = self
            .http
            .get(url)
            .header("authorization", &self.credentials.cspr_key)
            .query(&request);
        Self::send(request).await
    }

    /// `GET /companies/{companyId}/data/invoices`
    ///
    /// # Errors
    /// [`SdkError`] when the call fails.
    pub async fn list_invoices(
        &self,
        request: codat::ListInvoices,
    ) -> Result<codat::InvoicePage, SdkError> {
        let url = self.invoices_url(&request);
        Self::send(
            self.http
                .get(url)
                .header("Authorization", self.codat_auth())
                .query(&request),
        )
        .await
    }

    /// Every Codat invoice page from `first` on, by page number: the walk a generated
    /// SDK method returns, with a type it can name.
    pub fn invoices(
        &self,
        first: codat::ListInvoices,
    ) -> BoxPageStream<'_, codat::ListInvoices, codat::InvoicePage, SdkError> {
        paginate_stream(first, move |request| self.list_invoices(request)).boxed()
    }

    fn invoices_url(&self, request: &codat::ListInvoices) -> String {
        format!(
            "{}/companies/{}/data/invoices",
            self.base, request.company_id
        )
    }

    /// Every Codat invoice page, following the server's HAL `next` links rather than
    /// counting pages; the first page is asked by `first`.
    ///
    /// The walker resolves each link against the URL of the page it came with, and ends
    /// the walk with `Error::Link` before anything is sent to another origin.
    pub fn invoices_by_link(
        &self,
        first: codat::ListInvoices,
    ) -> BoxPageStream<'_, Follow<codat::ListInvoices>, Linked<codat::InvoicePage>, SdkError> {
        follow_links_stream(first, move |at: Follow<codat::ListInvoices>| async move {
            let url = self.invoices_url(at.request());
            self.get_linked(&at, url, self.codat_auth()).await
        })
        .boxed()
    }

    /// `GET /api/books/`
    ///
    /// # Errors
    /// [`SdkError`] when the call fails.
    pub async fn list_books(&self, request: drf::ListBooks) -> Result<drf::BookPage, SdkError> {
        let url = format!("{}/api/books/", self.base);
        let request = self.http.get(url).query(&request);
        Self::send(request.header("Authorization", self.drf_auth())).await
    }

    /// Every book page, by DRF's `next` links.
    pub fn books_by_link(
        &self,
        first: drf::ListBooks,
    ) -> BoxPageStream<'_, Follow<drf::ListBooks>, Linked<drf::BookPage>, SdkError> {
        follow_links_stream(first, move |at: Follow<drf::ListBooks>| async move {
            let url = format!("{}/api/books/", self.base);
            self.get_linked(&at, url, self.drf_auth()).await
        })
        .boxed()
    }

    /// `GET /articles`
    ///
    /// # Errors
    /// [`SdkError`] when the call fails.
    pub async fn list_articles(
        &self,
        request: jsonapi::ListArticles,
    ) -> Result<jsonapi::ArticlePage, SdkError> {
        let url = format!("{}/articles", self.base);
        let request = self.http.get(url).query(&request);
        Self::send(request.header("Authorization", self.jsonapi_auth())).await
    }

    /// Every article page, by the document's `links.next`.
    pub fn articles_by_link(
        &self,
        first: jsonapi::ListArticles,
    ) -> BoxPageStream<'_, Follow<jsonapi::ListArticles>, Linked<jsonapi::ArticlePage>, SdkError>
    {
        follow_links_stream(first, move |at: Follow<jsonapi::ListArticles>| async move {
            let url = format!("{}/articles", self.base);
            self.get_linked(&at, url, self.jsonapi_auth()).await
        })
        .boxed()
    }

    /// `GET /api/customers`: pages from 0.
    ///
    /// # Errors
    /// [`SdkError`] when the call fails.
    pub async fn list_customers(
        &self,
        request: spring::ListCustomers,
    ) -> Result<spring::CustomerPage, SdkError> {
        let url = format!("{}/api/customers", self.base);
        let request = self.http.get(url).query(&request);
        Self::send(request.header("Authorization", self.spring_auth())).await
    }

    /// `GET /api/v2/customers`: pages from 1, answers numbered from 0.
    ///
    /// # Errors
    /// [`SdkError`] when the call fails.
    pub async fn list_customers_one_indexed(
        &self,
        request: spring::ListCustomersOneIndexed,
    ) -> Result<spring::CustomerPage, SdkError> {
        let url = format!("{}/api/v2/customers", self.base);
        let request = self.http.get(url).query(&request);
        Self::send(request.header("Authorization", self.spring_auth())).await
    }
}

/// The error a walk over one of this SDK's endpoints ends with.
pub type WalkError<Req> = Error<SdkError, Req>;
