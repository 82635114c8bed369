//! Links to the next page: the `next` role, HAL `_links`, and resolving a link safely.

use core::fmt;

/// A field that can hold the link to the next page: the type of a `next` role.
///
/// An empty link is no link.
#[diagnostic::on_unimplemented(
    message = "`{Self}` cannot hold a link to the next page",
    label = "the type of a `next` field must implement `NextLink`",
    note = "`NextLink` is implemented for `HalLinks`, `Link`, `String`, `&str` and `Option`s of them"
)]
pub trait NextLink {
    /// The link to the next page, if there is one.
    fn next_link(&self) -> Option<&str>;
}

fn non_empty(link: &str) -> Option<&str> {
    (!link.is_empty()).then_some(link)
}

impl NextLink for str {
    fn next_link(&self) -> Option<&str> {
        non_empty(self)
    }
}

impl NextLink for &str {
    fn next_link(&self) -> Option<&str> {
        non_empty(self)
    }
}

impl NextLink for String {
    fn next_link(&self) -> Option<&str> {
        non_empty(self)
    }
}

impl NextLink for Link {
    fn next_link(&self) -> Option<&str> {
        non_empty(&self.href)
    }
}

impl NextLink for HalLinks {
    fn next_link(&self) -> Option<&str> {
        self.next.as_ref()?.next_link()
    }
}

impl<T: NextLink> NextLink for Option<T> {
    fn next_link(&self) -> Option<&str> {
        self.as_ref()?.next_link()
    }
}

/// One HAL link: `{ "href": "..." }`.
#[derive(Debug, Clone, Default, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
pub struct Link {
    /// The link's target, absolute or relative to the request's URL.
    pub href: String,
}

/// HAL `_links`, as Codat sends them: `self`, `current`, `next` and `previous`, each
/// `{ "href": ... }` and each optional.
///
/// Other links are ignored. A missing or `null` `_links` object deserializes as no links
/// at all, so a response without one simply has no next page.
#[derive(Debug, Clone, Default, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
pub struct HalLinks {
    /// `self`: the resource the request was sent to, without query parameters.
    #[cfg_attr(
        feature = "serde",
        serde(rename = "self", skip_serializing_if = "Option::is_none")
    )]
    pub self_link: Option<Link>,
    /// `current`: this page, with its query parameters.
    #[cfg_attr(feature = "serde", serde(skip_serializing_if = "Option::is_none"))]
    pub current: Option<Link>,
    /// `next`: the next page; absent on the last page.
    #[cfg_attr(feature = "serde", serde(skip_serializing_if = "Option::is_none"))]
    pub next: Option<Link>,
    /// `previous`: the previous page; absent on the first page.
    #[cfg_attr(feature = "serde", serde(skip_serializing_if = "Option::is_none"))]
    pub previous: Option<Link>,
}

#[cfg(feature = "serde")]
impl<'de> serde::Deserialize<'de> for HalLinks {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        #[derive(serde::Deserialize)]
        struct Wire {
            #[serde(rename = "self", default)]
            self_link: Option<Link>,
            #[serde(default)]
            current: Option<Link>,
            #[serde(default)]
            next: Option<Link>,
            #[serde(default)]
            previous: Option<Link>,
        }
        // Going through `Option` lets serde treat a missing `_links` field as `None`.
        Ok(
            Option::<Wire>::deserialize(deserializer)?.map_or_else(HalLinks::default, |w| {
                HalLinks {
                    self_link: w.self_link,
                    current: w.current,
                    next: w.next,
                    previous: w.previous,
                }
            }),
        )
    }
}

/// Why a next link was not followed.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum LinkError {
    /// The URL the page was fetched from is not an absolute URL.
    InvalidRequestUrl {
        /// The request URL.
        url: String,
        /// What is wrong with it.
        reason: url::ParseError,
    },
    /// The link is not a URL, absolute or relative.
    InvalidLink {
        /// The link as the server sent it.
        href: String,
        /// What is wrong with it.
        reason: url::ParseError,
    },
    /// The link leads to another origin (scheme, host or port) than the request's.
    CrossOrigin {
        /// The link as the server sent it.
        href: String,
        /// The origin of the request, such as `https://api.codat.io`.
        request_origin: String,
        /// The origin the link leads to.
        link_origin: String,
    },
}

impl fmt::Display for LinkError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            LinkError::InvalidRequestUrl { url, reason } => {
                write!(
                    f,
                    "cannot resolve a next link against `{url}`: {reason}; pass the absolute URL the page was fetched from"
                )
            }
            LinkError::InvalidLink { href, reason } => {
                write!(
                    f,
                    "the server's next link `{href}` is not a valid URL: {reason}"
                )
            }
            LinkError::CrossOrigin {
                href,
                request_origin,
                link_origin,
            } => write!(
                f,
                "refused to follow the next link `{href}`: it leads to {link_origin}, \
                 not to {request_origin} where the page came from; next links are only \
                 followed to the same scheme, host and port"
            ),
        }
    }
}

impl std::error::Error for LinkError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            LinkError::InvalidRequestUrl { reason, .. } | LinkError::InvalidLink { reason, .. } => {
                Some(reason)
            }
            LinkError::CrossOrigin { .. } => None,
        }
    }
}

/// Resolves a next link sent by the server against the URL of the request it answered.
///
/// A relative link resolves against `request_url`; a link to another origin (scheme,
/// host or port) is refused, so credentials sent with the request never leave for a
/// server the caller did not choose.
///
/// ```
/// use pagination_core::{resolve_link, LinkError};
///
/// let base = "https://api.codat.io/companies/42/data/invoices?page=1&pageSize=20";
/// assert_eq!(
///     resolve_link(base, "/companies/42/data/invoices?page=2&pageSize=20")?,
///     "https://api.codat.io/companies/42/data/invoices?page=2&pageSize=20",
/// );
/// assert!(matches!(
///     resolve_link(base, "https://evil.example/steal?page=2"),
///     Err(LinkError::CrossOrigin { .. }),
/// ));
/// # Ok::<(), LinkError>(())
/// ```
///
/// # Errors
/// [`LinkError`] when `request_url` is not absolute, `href` is not a URL, or `href`
/// leads to another origin.
pub fn resolve_link(request_url: &str, href: &str) -> Result<String, LinkError> {
    let base = url::Url::parse(request_url).map_err(|reason| LinkError::InvalidRequestUrl {
        url: request_url.to_owned(),
        reason,
    })?;
    let link = base.join(href).map_err(|reason| LinkError::InvalidLink {
        href: href.to_owned(),
        reason,
    })?;
    let (request_origin, link_origin) = (base.origin(), link.origin());
    // Opaque origins (`file:`, `data:`, ...) never equal anything, so they are refused.
    if request_origin != link_origin {
        return Err(LinkError::CrossOrigin {
            href: href.to_owned(),
            request_origin: request_origin.ascii_serialization(),
            link_origin: link_origin.ascii_serialization(),
        });
    }
    Ok(link.into())
}
