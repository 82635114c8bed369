//! An example SDK for the APIs of this crate, written the way a code generator writes
//! one: the request and response types (the derive and nothing else for pagination), one
//! async method per endpoint, and `reqwest` for HTTP.
//!
//! Walking every page is `pagination_core::paginate_stream` over these methods. Where an
//! API links its pages, a method walks by the links instead
//! ([`Client::invoices_by_link`], [`Client::issues_by_link`],
//! [`Client::projects_by_link`], ...): the walker resolves each link before anything is
//! sent, so a link to another origin is refused and the API key never leaves for it. Where
//! an API pages by headers, its response type reads them with the derived `FromHttp`.

mod apis;
mod seeds;

use base64::Engine;
use pagination_core::{Error, Follow, FromHttp, LinkHeaderError, Linked};
use reqwest::RequestBuilder;
use serde::Serialize;
use serde::de::DeserializeOwned;

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
    /// GitHub token, sent as `Authorization: Bearer <token>`.
    pub github_token: String,
    /// GitLab personal access token, sent as `PRIVATE-TOKEN: <token>`.
    pub gitlab_token: String,
    /// WordPress user and application password, sent as HTTP Basic.
    pub wordpress: (String, String),
    /// Stripe secret key, sent as `Authorization: Bearer <key>`.
    pub stripe_key: String,
    /// Slack bot token, sent as `Authorization: Bearer <token>`.
    pub slack_token: String,
    /// Jira account email and API token, sent as HTTP Basic.
    pub jira: (String, String),
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
    /// A header the response type reads is malformed.
    Header(LinkHeaderError),
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
            SdkError::Header(error) => error.fmt(f),
            SdkError::Status { status, body } => write!(f, "the server answered {status}: {body}"),
        }
    }
}

impl std::error::Error for SdkError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            SdkError::Http(error) => Some(error),
            SdkError::Decode { source, .. } => Some(source),
            SdkError::Header(error) => Some(error),
            SdkError::Status { .. } => None,
        }
    }
}

impl From<reqwest::Error> for SdkError {
    fn from(error: reqwest::Error) -> Self {
        SdkError::Http(error)
    }
}

/// A client of the APIs, all served from one base URL (as the test server does).
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
        basic(&self.credentials.spring)
    }

    fn github_auth(&self) -> String {
        format!("Bearer {}", self.credentials.github_token)
    }

    fn wordpress_auth(&self) -> String {
        basic(&self.credentials.wordpress)
    }

    fn codat_auth(&self) -> String {
        let key = base64::engine::general_purpose::STANDARD.encode(&self.credentials.codat_key);
        format!("Basic {key}")
    }

    /// Sends `request` and decodes a successful answer as JSON.
    async fn send<T: DeserializeOwned>(request: RequestBuilder) -> Result<T, SdkError> {
        Ok(Self::read(request).await?.body)
    }

    /// Sends `request` and reads a successful answer: the URL it came from, its headers
    /// and its JSON body.
    async fn read<B: DeserializeOwned>(request: RequestBuilder) -> Result<Answer<B>, SdkError> {
        let response = request.send().await?;
        let status = response.status();
        if !status.is_success() {
            let body = response.text().await.unwrap_or_default();
            return Err(SdkError::Status {
                status: status.as_u16(),
                body,
            });
        }
        let url = response.url().to_string();
        let headers = response.headers().clone();
        let bytes = response.bytes().await?;
        let mut json = serde_json::Deserializer::from_slice(&bytes);
        let body =
            serde_path_to_error::deserialize(&mut json).map_err(|error| SdkError::Decode {
                path: error.path().to_string(),
                source: error.into_inner(),
            })?;
        Ok(Answer { url, headers, body })
    }

    /// The request of the page `at` names: its link, or else `url` with the request as
    /// its query.
    fn at<Req: Serialize>(&self, at: &Follow<Req>, url: String) -> RequestBuilder {
        match at.link() {
            Some(link) => self.http.get(link),
            None => self.http.get(url).query(at.request()),
        }
    }
}

/// HTTP Basic credentials.
fn basic((user, password): &(String, String)) -> String {
    let pair = base64::engine::general_purpose::STANDARD.encode(format!("{user}:{password}"));
    format!("Basic {pair}")
}

/// A successful answer.
struct Answer<B> {
    url: String,
    headers: reqwest::header::HeaderMap,
    body: B,
}

impl<B> Answer<B> {
    /// The page, with the URL it came from, against which its next link resolves.
    fn linked(self) -> Linked<B> {
        Linked::new(self.body, self.url)
    }

    /// The page a response type builds from the headers and the body.
    fn page<P: FromHttp<Body = B>>(self) -> Result<P, SdkError> {
        P::from_http(&self.headers, self.body).map_err(SdkError::Header)
    }

    /// [`page`](Self::page), with the URL it came from.
    fn linked_page<P: FromHttp<Body = B>>(self) -> Result<Linked<P>, SdkError> {
        let url = self.url.clone();
        Ok(Linked::new(self.page()?, url))
    }
}

/// The error a walk over one of this SDK's endpoints ends with.
pub type WalkError<Req> = Error<SdkError, Req>;
