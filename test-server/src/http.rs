//! Helpers shared by the fakes: the request as they see it, parameters, page arithmetic and
//! canned answers.

use std::cell::OnceCell;
use std::marker::PhantomData;
use std::ops::Range;

use axum::extract::Query;
use axum::http::{HeaderMap, HeaderName, HeaderValue, Method, StatusCode, Uri, header};
use axum::response::{IntoResponse, Response};
use serde::Serialize;
use serde_json::Value;

/// One request, as the fakes see it.
pub(crate) struct Request<'a> {
    /// The method.
    pub(crate) method: &'a Method,
    /// The path and query string, as sent.
    pub(crate) uri: &'a Uri,
    /// The query string's pairs, percent-decoded, in order.
    query: Vec<(String, String)>,
    /// The request headers.
    headers: &'a HeaderMap,
    /// The request body.
    body: &'a [u8],
    /// The body as JSON, parsed on first use: `None` when it is not JSON.
    json: OnceCell<Option<Value>>,
    /// The server's own origin, `http://127.0.0.1:PORT`.
    pub(crate) base_url: &'a str,
}

impl<'a> Request<'a> {
    /// The request, with its query string decoded (a query that does not decode counts as
    /// empty).
    pub(crate) fn new(
        method: &'a Method,
        uri: &'a Uri,
        headers: &'a HeaderMap,
        body: &'a [u8],
        base_url: &'a str,
    ) -> Self {
        let query = Query::<Vec<(String, String)>>::try_from_uri(uri)
            .map(|Query(pairs)| pairs)
            .unwrap_or_default();
        Self {
            method,
            uri,
            query,
            headers,
            body,
            json: OnceCell::new(),
            base_url,
        }
    }

    /// The first value of the query parameter `name`.
    pub(crate) fn param(&self, name: &str) -> Option<&str> {
        self.query
            .iter()
            .find(|(key, _)| key == name)
            .map(|(_, value)| value.as_str())
    }

    /// The query string's pairs, percent-decoded, in the order sent.
    pub(crate) fn query(&self) -> &[(String, String)] {
        &self.query
    }

    /// The header `name`, if it is there and is text.
    pub(crate) fn header(&self, name: &str) -> Option<&str> {
        self.headers.get(name).and_then(|value| value.to_str().ok())
    }

    /// The `Authorization` header, if it is there and is text.
    pub(crate) fn authorization(&self) -> Option<&str> {
        self.header(header::AUTHORIZATION.as_str())
    }

    /// The credentials of an `Authorization: <scheme> <credentials>` header, the scheme
    /// matched case-insensitively as RFC 9110 says.
    pub(crate) fn credentials(&self, scheme: &str) -> Option<&str> {
        let (sent, credentials) = self.authorization()?.split_once(' ')?;
        sent.eq_ignore_ascii_case(scheme)
            .then(|| credentials.trim())
    }

    /// The decoded credentials of `Authorization: Basic <base64>`.
    pub(crate) fn basic(&self) -> Option<Vec<u8>> {
        use base64::Engine as _;
        base64::engine::general_purpose::STANDARD
            .decode(self.credentials("basic")?)
            .ok()
    }

    /// Whether `Authorization: Basic` carries exactly `user:password`.
    pub(crate) fn basic_is(&self, user: &str, password: &str) -> bool {
        let expected = format!("{user}:{password}");
        self.basic().is_some_and(|sent| sent == expected.as_bytes())
    }

    /// The body as JSON: an empty body is `{}`, so that it means every default; `None` when
    /// the body is not JSON.
    pub(crate) fn json_body(&self) -> Option<&Value> {
        self.json
            .get_or_init(|| {
                if self.body.iter().all(u8::is_ascii_whitespace) {
                    Some(Value::Object(serde_json::Map::new()))
                } else {
                    serde_json::from_slice(self.body).ok()
                }
            })
            .as_ref()
    }

    /// The body's top-level field `name`, unless it is missing or `null`.
    pub(crate) fn json_field(&self, name: &str) -> Option<&Value> {
        self.json_body()
            .and_then(|body| body.get(name))
            .filter(|value| !value.is_null())
    }
}

/// A pagination parameter as the client sent it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Num {
    /// Not sent: the API's default applies.
    Absent,
    /// A number that fits a `u32` (possibly 0).
    Value(u32),
    /// Anything else: negative, fractional, too large, not a number.
    Invalid,
}

impl Num {
    /// A query-string parameter.
    pub(crate) fn from_query(raw: Option<&str>) -> Self {
        match raw {
            None => Self::Absent,
            Some(text) => text.parse().map_or(Self::Invalid, Self::Value),
        }
    }

    /// A field of a JSON body: a number, or a string of digits as proto3's JSON mapping also
    /// accepts for integers; `null` counts as absent.
    pub(crate) fn from_json(raw: Option<&serde_json::Value>) -> Self {
        match raw {
            None | Some(serde_json::Value::Null) => Self::Absent,
            Some(serde_json::Value::Number(number)) => number
                .as_u64()
                .and_then(|n| u32::try_from(n).ok())
                .map_or(Self::Invalid, Self::Value),
            Some(serde_json::Value::String(text)) => Self::from_query(Some(text)),
            Some(_) => Self::Invalid,
        }
    }

    /// The page number to record: `first` (the API's first page) when absent, 0 when not a
    /// number.
    pub(crate) fn recorded_page(self, first: u32) -> u32 {
        match self {
            Self::Absent => first,
            Self::Value(page) => page,
            Self::Invalid => 0,
        }
    }

    /// The value when it is at least `min`, `default` when absent, `None` when invalid.
    pub(crate) fn at_least_or(self, min: u32, default: u32) -> Option<u32> {
        match self {
            Self::Absent => Some(default),
            Self::Value(value) if value >= min => Some(value),
            Self::Value(_) | Self::Invalid => None,
        }
    }
}

/// The indices of the page at `index` (from 0) of `size` items in a data set of `len` items;
/// empty past the end.
pub(crate) fn page_range(index: u32, size: u32, len: usize) -> Range<usize> {
    let start = u64::from(index) * u64::from(size);
    item_range(usize::try_from(start).unwrap_or(usize::MAX), size, len)
}

/// The indices of at most `size` items from `start` in a data set of `len` items; empty past
/// the end.
pub(crate) fn item_range(start: usize, size: u32, len: usize) -> Range<usize> {
    let start = start.min(len);
    let end = start.saturating_add(size as usize).min(len);
    start..end
}

/// The content type of every answer unless a fake says otherwise.
const JSON: &str = "application/json";

/// A refusal: any status, in the API's own error shape.
pub(crate) enum Refusal {}

/// A page: always `200`, so its status is known before it is rendered.
pub(crate) enum Page {}

/// An answer with a JSON body, its content type and extra headers (those of APIs that page by
/// headers, or a `WWW-Authenticate`). `Kind` tells a refusal from a page.
pub(crate) struct Answer<Kind> {
    status: StatusCode,
    content_type: &'static str,
    body: String,
    /// A list rather than a `HeaderMap`, to keep refusals small in a `Result`.
    headers: Vec<(HeaderName, HeaderValue)>,
    kind: PhantomData<Kind>,
}

/// An answer refusing a request, in the API's own error shape.
pub(crate) type ErrorAnswer = Answer<Refusal>;

/// The answer that serves a page.
pub(crate) type PageAnswer = Answer<Page>;

impl<Kind> Answer<Kind> {
    fn new<T: Serialize>(status: StatusCode, body: &T) -> Self {
        Self {
            status,
            content_type: JSON,
            body: to_json(body),
            headers: Vec::new(),
            kind: PhantomData,
        }
    }

    /// The answer with this `Content-Type` instead of `application/json`.
    pub(crate) fn content_type(mut self, content_type: &'static str) -> Self {
        self.content_type = content_type;
        self
    }

    /// The answer with the header `name` (lower case) set to `value`.
    pub(crate) fn header(mut self, name: &'static str, value: &str) -> Self {
        let value = HeaderValue::from_str(value);
        debug_assert!(value.is_ok(), "{name} is not a valid header value");
        if let Ok(value) = value {
            self.headers.push((HeaderName::from_static(name), value));
        }
        self
    }

    /// The status, known before the answer is sent, so it can be recorded under the lock.
    pub(crate) fn status(&self) -> StatusCode {
        self.status
    }
}

impl ErrorAnswer {
    /// `body` as JSON, with this status.
    pub(crate) fn json<T: Serialize>(status: StatusCode, body: &T) -> Self {
        Self::new(status, body)
    }
}

impl PageAnswer {
    /// `body` as JSON, with status 200 and no extra headers.
    pub(crate) fn json<T: Serialize>(body: &T) -> Self {
        Self::new(StatusCode::OK, body)
    }

    /// The answer with a `Link` header of these `(rel, href)`, unless there are none.
    pub(crate) fn link_header(self, links: &[(&str, String)]) -> Self {
        match crate::links::header(links) {
            Some(header) => self.header("link", &header),
            None => self,
        }
    }

    /// The same, with the hrefs out of their angle brackets, as no RFC 8288 parser reads.
    pub(crate) fn malformed_link_header(self, links: &[(&str, String)]) -> Self {
        match crate::links::malformed_header(links) {
            Some(header) => self.header("link", &header),
            None => self,
        }
    }
}

impl<Kind> IntoResponse for Answer<Kind> {
    fn into_response(self) -> Response {
        let content_type = HeaderValue::from_static(self.content_type);
        let mut response = (
            self.status,
            [(header::CONTENT_TYPE, content_type)],
            self.body,
        )
            .into_response();
        response.headers_mut().extend(self.headers);
        response
    }
}

fn to_json<T: Serialize>(body: &T) -> String {
    serde_json::to_string(body).unwrap_or_else(|_| String::from("{}"))
}

/// An answer with this text as its JSON body.
pub(crate) fn raw_json(status: StatusCode, body: String) -> Response {
    (
        status,
        [(header::CONTENT_TYPE, HeaderValue::from_static(JSON))],
        body,
    )
        .into_response()
}

/// The `fail_page_once` answer: 500 `{"error":"internal"}`.
pub(crate) fn internal_error() -> Response {
    raw_json(
        StatusCode::INTERNAL_SERVER_ERROR,
        String::from(r#"{"error":"internal"}"#),
    )
}

/// The `malformed_json_page` answer: 200 with truncated JSON.
pub(crate) fn malformed() -> Response {
    raw_json(StatusCode::OK, String::from(r#"{"data": ["#))
}

/// Percent-encodes `text` for a query-string value: everything but RFC 3986's unreserved
/// characters is escaped.
pub(crate) fn encode_query_value(text: &str) -> String {
    use std::fmt::Write as _;
    let mut out = String::with_capacity(text.len());
    for byte in text.bytes() {
        if byte.is_ascii_alphanumeric() || matches!(byte, b'-' | b'.' | b'_' | b'~') {
            out.push(char::from(byte));
        } else {
            let _ = write!(out, "%{byte:02X}");
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_from_query_and_json() {
        assert_eq!(Num::from_query(None), Num::Absent);
        assert_eq!(Num::from_query(Some("7")), Num::Value(7));
        assert_eq!(Num::from_query(Some("-1")), Num::Invalid);
        assert_eq!(Num::from_query(Some("x")), Num::Invalid);
        assert_eq!(Num::from_query(Some("")), Num::Invalid);
        assert_eq!(Num::from_query(Some("4294967296")), Num::Invalid);
        assert_eq!(Num::from_json(Some(&serde_json::json!(2))), Num::Value(2));
        assert_eq!(Num::from_json(Some(&serde_json::json!("3"))), Num::Value(3));
        assert_eq!(Num::from_json(Some(&serde_json::json!(2.5))), Num::Invalid);
        assert_eq!(Num::from_json(Some(&serde_json::Value::Null)), Num::Absent);
        assert_eq!(Num::Value(0).at_least_or(1, 5), None);
        assert_eq!(Num::Value(0).at_least_or(0, 5), Some(0));
        assert_eq!(Num::Absent.at_least_or(1, 5), Some(5));
        assert_eq!(Num::Absent.recorded_page(0), 0);
        assert_eq!(Num::Invalid.recorded_page(1), 0);
    }

    #[test]
    fn page_ranges() {
        assert_eq!(page_range(0, 10, 25), 0..10);
        assert_eq!(page_range(2, 10, 25), 20..25);
        assert_eq!(page_range(3, 10, 25), 25..25);
        assert_eq!(page_range(u32::MAX, u32::MAX, 25), 25..25);
    }

    #[test]
    fn a_page_answer_carries_its_headers() {
        let answer = PageAnswer::json(&serde_json::json!({"data": []})).header("x-total", "42");
        let response = answer.into_response();
        assert_eq!(response.status(), StatusCode::OK);
        assert_eq!(response.headers()["x-total"], "42");
        assert_eq!(response.headers()[header::CONTENT_TYPE], "application/json");
        let refusal = ErrorAnswer::json(StatusCode::NOT_FOUND, &serde_json::json!({}))
            .content_type("application/vnd.api+json")
            .into_response();
        assert_eq!(refusal.status(), StatusCode::NOT_FOUND);
        assert_eq!(
            refusal.headers()[header::CONTENT_TYPE],
            "application/vnd.api+json"
        );
    }

    #[test]
    fn query_values_are_percent_encoded() {
        assert_eq!(encode_query_value("status=Paid"), "status%3DPaid");
        assert_eq!(encode_query_value("a b&c"), "a%20b%26c");
    }
}
