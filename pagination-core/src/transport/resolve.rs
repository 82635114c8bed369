//! Resolving a server's next link against the request's URL, refusing other origins:
//! the one place the `url` crate is used, behind the `links` feature.

use super::links::LinkError;

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

#[cfg(test)]
mod tests {
    use super::{LinkError, resolve_link};
    use std::error::Error as _;

    const BASE: &str = "https://a.example/companies/42/invoices?page=1&pageSize=20";

    fn cross_origin(result: Result<String, LinkError>) -> (String, String) {
        match result {
            Err(LinkError::CrossOrigin {
                request_origin,
                link_origin,
                ..
            }) => (request_origin, link_origin),
            other => panic!("expected CrossOrigin, got {other:?}"),
        }
    }

    // --- resolve_link: links that are followed ---

    #[test]
    fn absolute_path_resolves_against_request_origin() {
        assert_eq!(
            resolve_link(BASE, "/companies?page=2").unwrap(),
            "https://a.example/companies?page=2"
        );
    }

    #[test]
    fn query_only_link_keeps_request_path() {
        assert_eq!(
            resolve_link(BASE, "?page=2").unwrap(),
            "https://a.example/companies/42/invoices?page=2"
        );
    }

    #[test]
    fn bare_relative_link_replaces_last_segment() {
        assert_eq!(
            resolve_link(BASE, "next").unwrap(),
            "https://a.example/companies/42/next"
        );
    }

    #[test]
    fn dot_dot_link_goes_up_one_segment() {
        assert_eq!(
            resolve_link(BASE, "../x").unwrap(),
            "https://a.example/companies/x"
        );
    }

    #[test]
    fn absolute_same_origin_link_is_followed() {
        assert_eq!(
            resolve_link(BASE, "https://a.example/other?page=3").unwrap(),
            "https://a.example/other?page=3"
        );
    }

    #[test]
    fn explicit_default_port_is_same_origin() {
        assert_eq!(
            resolve_link("https://a.example/", "https://a.example:443/x").unwrap(),
            "https://a.example/x"
        );
        assert_eq!(
            resolve_link("https://a.example:443/", "https://a.example/x").unwrap(),
            "https://a.example/x"
        );
    }

    #[test]
    fn host_and_scheme_case_is_ignored() {
        assert_eq!(
            resolve_link(BASE, "HTTPS://A.EXAMPLE/x").unwrap(),
            "https://a.example/x"
        );
    }

    #[test]
    fn same_explicit_non_default_port_is_followed() {
        assert_eq!(
            resolve_link("http://localhost:8080/a", "/b?page=2").unwrap(),
            "http://localhost:8080/b?page=2"
        );
    }

    #[test]
    fn fragment_only_link_stays_on_request_url() {
        assert_eq!(
            resolve_link("https://a.example/x?page=1", "#top").unwrap(),
            "https://a.example/x?page=1#top"
        );
    }

    // --- resolve_link: links that are refused ---

    #[test]
    fn other_host_is_refused() {
        let (request, link) = cross_origin(resolve_link(BASE, "https://evil.example/x"));
        assert_eq!(request, "https://a.example");
        assert_eq!(link, "https://evil.example");
    }

    #[test]
    fn subdomain_is_another_origin() {
        let (_, link) = cross_origin(resolve_link(BASE, "https://api.a.example/x"));
        assert_eq!(link, "https://api.a.example");
    }

    #[test]
    fn https_to_http_downgrade_is_refused() {
        let (request, link) = cross_origin(resolve_link(BASE, "http://a.example/x"));
        assert_eq!(request, "https://a.example");
        assert_eq!(link, "http://a.example");
    }

    #[test]
    fn other_port_is_refused() {
        let (_, link) = cross_origin(resolve_link(BASE, "https://a.example:8443/x"));
        assert_eq!(link, "https://a.example:8443");
    }

    #[test]
    fn protocol_relative_link_to_other_host_is_refused() {
        let (_, link) = cross_origin(resolve_link(BASE, "//evil.example/x"));
        assert_eq!(link, "https://evil.example");
    }

    #[test]
    fn userinfo_trick_is_refused() {
        let (_, link) = cross_origin(resolve_link(BASE, "https://a.example@evil.example/"));
        assert_eq!(link, "https://evil.example");
    }

    #[test]
    fn backslash_authority_trick_is_refused() {
        // WHATWG parsers read `\` as `/` in special schemes: this is `//evil.example/x`.
        let (_, link) = cross_origin(resolve_link(BASE, "\\\\evil.example/x"));
        assert_eq!(link, "https://evil.example");
    }

    #[test]
    fn file_scheme_is_refused() {
        let (_, link) = cross_origin(resolve_link(BASE, "file:///etc/passwd"));
        assert_eq!(link, "null");
    }

    #[test]
    fn data_scheme_is_refused() {
        let (_, link) = cross_origin(resolve_link(BASE, "data:text/plain,hello"));
        assert_eq!(link, "null");
    }

    #[test]
    fn javascript_scheme_is_refused() {
        let (_, link) = cross_origin(resolve_link(BASE, "javascript:alert(1)"));
        assert_eq!(link, "null");
    }

    #[test]
    fn opaque_request_origin_refuses_even_its_own_url() {
        let (request, _) = cross_origin(resolve_link("file:///tmp/page", "file:///tmp/page"));
        assert_eq!(request, "null");
    }

    // --- resolve_link: bad input ---

    #[test]
    fn relative_request_url_is_invalid() {
        match resolve_link("/companies?page=1", "/companies?page=2") {
            Err(LinkError::InvalidRequestUrl { url, reason }) => {
                assert_eq!(url, "/companies?page=1");
                assert_eq!(reason, url::ParseError::RelativeUrlWithoutBase);
            }
            other => panic!("expected InvalidRequestUrl, got {other:?}"),
        }
    }

    #[test]
    fn empty_request_url_is_invalid() {
        assert!(matches!(
            resolve_link("", "/x"),
            Err(LinkError::InvalidRequestUrl { .. })
        ));
    }

    #[test]
    fn unparsable_href_is_invalid_link() {
        match resolve_link(BASE, "https://[::1/x") {
            Err(LinkError::InvalidLink { href, reason }) => {
                assert_eq!(href, "https://[::1/x");
                assert_eq!(reason, url::ParseError::InvalidIpv6Address);
            }
            other => panic!("expected InvalidLink, got {other:?}"),
        }
    }

    #[test]
    fn out_of_range_port_is_invalid_link() {
        assert!(matches!(
            resolve_link(BASE, "https://a.example:99999/x"),
            Err(LinkError::InvalidLink {
                reason: url::ParseError::InvalidPort,
                ..
            })
        ));
    }

    // --- LinkError: Display and source ---

    #[test]
    fn cross_origin_message_names_href_and_both_origins() {
        let message = resolve_link(BASE, "https://evil.example/steal")
            .unwrap_err()
            .to_string();
        assert!(
            message.contains("`https://evil.example/steal`"),
            "{message}"
        );
        assert!(
            message.contains("leads to https://evil.example,"),
            "{message}"
        );
        assert!(message.contains("not to https://a.example "), "{message}");
        assert!(message.contains("same scheme, host and port"), "{message}");
    }

    #[test]
    fn invalid_request_url_message_names_url_and_reason() {
        let message = resolve_link("/relative", "/x").unwrap_err().to_string();
        assert!(message.contains("`/relative`"), "{message}");
        assert!(
            message.contains(&url::ParseError::RelativeUrlWithoutBase.to_string()),
            "{message}"
        );
    }

    #[test]
    fn invalid_link_message_names_href_and_reason() {
        let message = resolve_link(BASE, "https://[::1/x")
            .unwrap_err()
            .to_string();
        assert!(message.contains("`https://[::1/x`"), "{message}");
        assert!(
            message.contains(&url::ParseError::InvalidIpv6Address.to_string()),
            "{message}"
        );
    }

    #[test]
    fn parse_errors_are_the_source() {
        let error = resolve_link("/relative", "/x").unwrap_err();
        let source = error.source().expect("InvalidRequestUrl has a source");
        assert_eq!(
            source.to_string(),
            url::ParseError::RelativeUrlWithoutBase.to_string()
        );

        let error = resolve_link(BASE, "https://[::1/x").unwrap_err();
        let source = error.source().expect("InvalidLink has a source");
        assert_eq!(
            source.to_string(),
            url::ParseError::InvalidIpv6Address.to_string()
        );
    }

    #[test]
    fn cross_origin_has_no_source() {
        let error = resolve_link(BASE, "https://evil.example/").unwrap_err();
        assert!(error.source().is_none());
    }
}
