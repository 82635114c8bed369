//! Links to other pages: hrefs built from the request's own query string, and the RFC 8288
//! `Link` header that GitHub, GitLab and WordPress page by.

use std::fmt::Write as _;

use crate::http::encode_query_value;

/// How an API orders the query parameters of its links.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Order {
    /// As the request sent them, a changed parameter in its place and a new one at the end
    /// (GitHub, WordPress's `add_query_arg`).
    AsSent,
    /// By name: Rails' `to_query` (GitLab), Python's `urlencode(sorted(…))` (DRF).
    Sorted,
}

/// `path` with the request's `query`, after each `(name, value)` of `set` replaced the
/// parameter `name` (dropped it when `value` is `None`), in `order`, percent-encoded; `path`
/// alone when no parameter is left.
pub(crate) fn href(
    path: &str,
    query: &[(String, String)],
    set: &[(&str, Option<String>)],
    order: Order,
) -> String {
    let mut placed = vec![false; set.len()];
    let mut pairs: Vec<(&str, &str)> = Vec::with_capacity(query.len() + set.len());
    for (name, value) in query {
        match set.iter().position(|(changed, _)| changed == name) {
            None => pairs.push((name, value)),
            // A repeated parameter that is set keeps only its first place.
            Some(i) if !placed[i] => {
                placed[i] = true;
                pairs.extend(set[i].1.as_deref().map(|value| (set[i].0, value)));
            }
            Some(_) => {}
        }
    }
    for ((name, value), placed) in set.iter().zip(placed) {
        if !placed {
            pairs.extend(value.as_deref().map(|value| (*name, value)));
        }
    }
    if order == Order::Sorted {
        pairs.sort_by_key(|&(name, _)| name);
    }
    let mut href = path.to_owned();
    for (i, (name, value)) in pairs.into_iter().enumerate() {
        let separator = if i == 0 { '?' } else { '&' };
        let _ = write!(
            href,
            "{separator}{}={}",
            encode_query_value(name),
            encode_query_value(value)
        );
    }
    href
}

/// An RFC 8288 `Link` header: `<href>; rel="next", <href>; rel="last"`, in the order given;
/// `None` when there is no link, as the header is then left out.
pub(crate) fn header(links: &[(&str, String)]) -> Option<String> {
    let mut header = String::new();
    for (rel, href) in links {
        if !header.is_empty() {
            header.push_str(", ");
        }
        let _ = write!(header, "<{href}>; rel=\"{rel}\"");
    }
    (!header.is_empty()).then_some(header)
}

/// A `Link` header whose hrefs lost their angle brackets: `href; rel="next", …`.
pub(crate) fn malformed_header(links: &[(&str, String)]) -> Option<String> {
    let links: Vec<String> = links
        .iter()
        .map(|(rel, href)| format!("{href}; rel=\"{rel}\""))
        .collect();
    (!links.is_empty()).then(|| links.join(", "))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn query(pairs: &[(&str, &str)]) -> Vec<(String, String)> {
        pairs
            .iter()
            .map(|&(name, value)| (name.to_owned(), value.to_owned()))
            .collect()
    }

    #[test]
    fn set_parameters_keep_their_place_or_go_last() {
        let sent = query(&[("state", "open"), ("per_page", "2"), ("page", "1")]);
        let changes = [("page", Some(String::from("2"))), ("per_page", None)];
        assert_eq!(
            href("/x", &sent, &changes, Order::AsSent),
            "/x?state=open&page=2"
        );
        let changes = [("page", Some(String::from("3")))];
        assert_eq!(
            href("/x", &query(&[("a b", "c&d")]), &changes, Order::AsSent),
            "/x?a%20b=c%26d&page=3"
        );
        assert_eq!(href("/x", &[], &[("page", None)], Order::AsSent), "/x");
    }

    #[test]
    fn sorted_parameters_and_brackets() {
        let sent = query(&[("sort", "id"), ("page[size]", "5"), ("page", "1")]);
        let changes = [("page", None), ("page[number]", Some(String::from("2")))];
        assert_eq!(
            href("/a", &sent, &changes, Order::Sorted),
            "/a?page%5Bnumber%5D=2&page%5Bsize%5D=5&sort=id"
        );
    }

    #[test]
    fn link_headers() {
        assert_eq!(header(&[]), None);
        let links = [
            ("next", String::from("/a?page=2")),
            ("last", String::from("/b")),
        ];
        assert_eq!(
            header(&links).as_deref(),
            Some(r#"</a?page=2>; rel="next", </b>; rel="last""#)
        );
        assert_eq!(
            malformed_header(&links).as_deref(),
            Some(r#"/a?page=2; rel="next", /b; rel="last""#)
        );
        assert_eq!(malformed_header(&[]), None);
    }
}
