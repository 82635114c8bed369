//! Pagination in HTTP response headers, read with the `http` crate's types (the ones
//! reqwest, hyper and axum share): GitLab's `X-Total` and `X-Next-Page`, WordPress's
//! `X-WP-TotalPages`, GitHub's `Link`.

use super::link_header::{LinkHeader, LinkHeaderError};
use http::HeaderMap;

/// A response type built from an HTTP response's headers and its decoded body.
///
/// Usually derived: `#[derive(Paginated)]` implements it for a response with fields marked
/// `#[paginate(header = "...")]` (see [Pagination in headers](crate#pagination-in-headers)).
///
/// ```
/// use pagination_core::http::{HeaderMap, HeaderValue};
/// use pagination_core::{FromHttp, LinkHeaderError, Paginated, PaginatedResponse};
///
/// /// GitLab's projects: a bare array, and the totals and links in headers.
/// #[derive(Paginated)]
/// struct Projects {
///     #[paginate(items)]
///     projects: Vec<String>,
///     #[paginate(total_items, header = "X-Total")]
///     total: Option<u64>,
///     #[paginate(next, header = "Link")]
///     next: Option<String>,
/// }
///
/// let mut headers = HeaderMap::new();
/// headers.insert("x-total", HeaderValue::from_static("41"));
/// headers.insert("link", HeaderValue::from_static("</api/v4/projects?page=2>; rel=\"next\""));
/// let page = Projects::from_http(&headers, vec!["a".to_owned()])?;
/// assert_eq!(page.total, Some(41));
/// assert_eq!(page.next_link(), Some("/api/v4/projects?page=2"));
/// # Ok::<(), LinkHeaderError>(())
/// ```
///
/// By hand, `from_http` reads each header with [`header_value`] and
/// [`HeaderField::from_header`], and the `Link` header with [`LinkHeader::from_headers`].
pub trait FromHttp: Sized {
    /// The decoded body: the items when the body is a bare array.
    type Body;

    /// Builds the response from `headers` and the decoded `body`.
    ///
    /// # Errors
    /// A [`LinkHeaderError`] when the response reads a `Link` header that is malformed.
    fn from_http(headers: &HeaderMap, body: Self::Body) -> Result<Self, LinkHeaderError>;
}

/// A field filled from a header's value (`None` when the header is absent).
#[diagnostic::on_unimplemented(
    message = "`{Self}` cannot be read from a header",
    label = "a header field must be an `Option`: a header the server leaves out is unknown",
    note = "header fields may be `Option` of an integer, of `String` or of `bool`"
)]
pub trait HeaderField {
    /// The field from the header's value.
    fn from_header(value: Option<&str>) -> Self;
}

macro_rules! number_header_fields {
    ($($int:ty),*) => {$(
        /// A value that is not a number is unknown.
        impl HeaderField for Option<$int> {
            fn from_header(value: Option<&str>) -> Self {
                value?.trim().parse().ok()
            }
        }
    )*};
}

number_header_fields!(
    u8, u16, u32, u64, u128, usize, i8, i16, i32, i64, i128, isize
);

/// An empty value is no value.
impl HeaderField for Option<String> {
    fn from_header(value: Option<&str>) -> Self {
        value.filter(|value| !value.is_empty()).map(str::to_owned)
    }
}

/// A flag such as GitLab's `X-Next-Page`, which holds the next page's number and is empty
/// on the last page: empty, `false` or `0` is `false`, any other value `true`.
impl HeaderField for Option<bool> {
    fn from_header(value: Option<&str>) -> Self {
        let value = value?.trim();
        Some(!(value.is_empty() || value.eq_ignore_ascii_case("false") || value == "0"))
    }
}

/// The value of header `name`, when it is present and readable text.
pub fn header_value<'a>(headers: &'a HeaderMap, name: &str) -> Option<&'a str> {
    headers.get(name)?.to_str().ok()
}

impl<'a> LinkHeader<'a> {
    /// The links of every `Link` header in `headers`.
    ///
    /// # Errors
    /// A [`LinkHeaderError`] when a value is malformed or not text.
    pub fn from_headers(headers: &'a HeaderMap) -> Result<Self, LinkHeaderError> {
        let mut links = LinkHeader::default();
        for value in headers.get_all(http::header::LINK) {
            let text = value
                .to_str()
                .map_err(|_| LinkHeaderError::not_text(value.as_bytes()))?;
            links.extend(text)?;
        }
        Ok(links)
    }
}

#[cfg(test)]
mod tests {
    use super::{HeaderField, LinkHeader, header_value};
    use http::{HeaderMap, HeaderValue};

    #[test]
    fn numbers_that_are_not_numbers_are_unknown() {
        assert_eq!(Option::<u64>::from_header(Some(" 41 ")), Some(41));
        assert_eq!(Option::<u64>::from_header(Some("")), None);
        assert_eq!(Option::<u64>::from_header(Some("-1")), None);
        assert_eq!(Option::<i64>::from_header(Some("-1")), Some(-1));
        assert_eq!(Option::<u32>::from_header(Some("99999999999")), None);
        assert_eq!(Option::<u32>::from_header(Some("1e3")), None);
        assert_eq!(Option::<u32>::from_header(None), None);
    }

    #[test]
    fn flags_and_strings() {
        assert_eq!(Option::<bool>::from_header(Some("3")), Some(true));
        assert_eq!(Option::<bool>::from_header(Some("")), Some(false));
        assert_eq!(Option::<bool>::from_header(Some("false")), Some(false));
        assert_eq!(Option::<bool>::from_header(None), None);
        assert_eq!(Option::<String>::from_header(Some("")), None);
        assert_eq!(
            Option::<String>::from_header(Some("/n")).as_deref(),
            Some("/n")
        );
    }

    #[test]
    fn several_link_headers_are_one_list() {
        let mut headers = HeaderMap::new();
        headers.append("link", HeaderValue::from_static("</p1>; rel=prev"));
        headers.append("Link", HeaderValue::from_static("</p3>; rel=next"));
        let links = LinkHeader::from_headers(&headers).unwrap();
        assert_eq!(links.rel("prev"), Some("/p1"));
        assert_eq!(links.rel("next"), Some("/p3"));
        assert!(
            LinkHeader::from_headers(&HeaderMap::new())
                .unwrap()
                .links()
                .is_empty()
        );
    }

    #[test]
    fn a_link_header_that_is_not_text_is_an_error() {
        let mut headers = HeaderMap::new();
        headers.insert(
            "link",
            HeaderValue::from_bytes(b"</p\xff>; rel=next").unwrap(),
        );
        let error = LinkHeader::from_headers(&headers).unwrap_err().to_string();
        assert!(error.contains("`Link` header"), "{error}");
        assert!(
            error.ends_with("expected visible ASCII text at byte 3"),
            "names the first byte that is not: {error}"
        );
    }

    #[test]
    fn header_values_are_read_without_regard_to_case() {
        let mut headers = HeaderMap::new();
        headers.insert("x-total", HeaderValue::from_static("12"));
        assert_eq!(header_value(&headers, "X-Total"), Some("12"));
        assert_eq!(header_value(&headers, "X-Total-Pages"), None);
    }
}
