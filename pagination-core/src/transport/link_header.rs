//! The HTTP `Link` header (RFC 8288), as GitHub and GitLab page by it:
//! `<https://api.github.com/repositories/1/issues?page=2>; rel="next", <...?page=34>; rel="last"`.
//!
//! A small parser rather than a crate: the crates that parse it pull in `regex` (or have
//! not been released for years), and a walk needs only the targets and their relations,
//! borrowed from the header value without copying.

use std::borrow::Cow;
use std::fmt;

/// One link of a `Link` header: its target and its relation types.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct HeaderLink<'a> {
    target: &'a str,
    rel: Option<Cow<'a, str>>,
}

impl<'a> HeaderLink<'a> {
    /// The target URI as the server wrote it between `<` and `>`: absolute or relative
    /// (resolve it with [`resolve_link`](crate::resolve_link)).
    pub fn target(&self) -> &'a str {
        self.target
    }

    /// Whether one of its relation types is `rel`, compared without regard to ASCII case
    /// (`rel="next last"` has both `next` and `last`).
    pub fn has_rel(&self, rel: &str) -> bool {
        self.rel.as_deref().is_some_and(|rels| {
            rels.split_ascii_whitespace()
                .any(|r| r.eq_ignore_ascii_case(rel))
        })
    }
}

/// The links of one or more `Link` header values, in order.
///
/// ```
/// use pagination_core::LinkHeader;
///
/// let links = LinkHeader::parse(
///     r#"<https://api.github.com/repositories/1/issues?page=2>; rel="next", <https://api.github.com/repositories/1/issues?page=34>; rel="last""#,
/// )?;
/// assert_eq!(links.rel("next"), Some("https://api.github.com/repositories/1/issues?page=2"));
/// assert_eq!(links.last_page("page"), Some(34));
/// # Ok::<(), pagination_core::LinkHeaderError>(())
/// ```
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct LinkHeader<'a> {
    links: Vec<HeaderLink<'a>>,
}

impl<'a> LinkHeader<'a> {
    /// Parses one `Link` header value: links separated by commas, each `<target>` with
    /// `;`-separated parameters, quoted or not.
    ///
    /// # Errors
    /// A [`LinkHeaderError`] naming the value and where it goes wrong.
    pub fn parse(value: &'a str) -> Result<Self, LinkHeaderError> {
        let mut links = LinkHeader::default();
        links.extend(value)?;
        Ok(links)
    }

    /// Adds the links of another value of the header (a response may send several).
    ///
    /// # Errors
    /// A [`LinkHeaderError`] naming the value and where it goes wrong.
    pub fn extend(&mut self, value: &'a str) -> Result<(), LinkHeaderError> {
        let mut parser = Parser { value, at: 0 };
        while let Some(link) = parser.link()? {
            self.links.push(link);
        }
        Ok(())
    }

    /// Every link, in order.
    pub fn links(&self) -> &[HeaderLink<'a>] {
        &self.links
    }

    /// The target of the first link with relation type `rel`.
    pub fn rel(&self, rel: &str) -> Option<&'a str> {
        self.links
            .iter()
            .find(|link| link.has_rel(rel))
            .map(HeaderLink::target)
    }

    /// The page number the `rel="last"` link carries in its query parameter `param`
    /// (GitHub's and GitLab's `page`): the total number of pages when pages start at 1.
    pub fn last_page(&self, param: &str) -> Option<u64> {
        self.rel_param("last", param)?.parse().ok()
    }

    /// The value of query parameter `param` in the target of the first link with
    /// relation type `rel`, decoded.
    pub fn rel_param(&self, rel: &str, param: &str) -> Option<String> {
        query_value(self.rel(rel)?, param)
    }
}

/// The value of query parameter `name` in `target` (absolute or relative), if it has one.
pub(crate) fn query_value(target: &str, name: &str) -> Option<String> {
    let query = target.split_once('?')?.1;
    let query = query.split_once('#').map_or(query, |(query, _)| query);
    form_urlencoded::parse(query.as_bytes())
        .find(|(key, _)| key == name)
        .map(|(_, value)| value.into_owned())
}

/// Why a `Link` header value could not be read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LinkHeaderError {
    value: String,
    at: usize,
    expected: &'static str,
}

impl fmt::Display for LinkHeaderError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "malformed `Link` header `{}`: expected {} at byte {}",
            self.value, self.expected, self.at
        )
    }
}

impl LinkHeaderError {
    /// A header value that is not visible ASCII text.
    #[cfg(feature = "http")]
    pub(crate) fn not_text(value: &[u8]) -> Self {
        LinkHeaderError {
            value: String::from_utf8_lossy(value).into_owned(),
            at: value
                .iter()
                .position(|byte| !(32..127).contains(byte))
                .unwrap_or(0),
            expected: "visible ASCII text",
        }
    }
}

impl std::error::Error for LinkHeaderError {}

struct Parser<'a> {
    value: &'a str,
    at: usize,
}

impl<'a> Parser<'a> {
    fn error(&self, expected: &'static str) -> LinkHeaderError {
        LinkHeaderError {
            value: self.value.to_owned(),
            at: self.at,
            expected,
        }
    }

    fn peek(&self) -> Option<u8> {
        self.value.as_bytes().get(self.at).copied()
    }

    fn skip_whitespace(&mut self) {
        while matches!(self.peek(), Some(b' ' | b'\t')) {
            self.at += 1;
        }
    }

    /// The next link, skipping empty list elements; `None` at the end.
    fn link(&mut self) -> Result<Option<HeaderLink<'a>>, LinkHeaderError> {
        while matches!(self.peek(), Some(b' ' | b'\t' | b',')) {
            self.at += 1;
        }
        if self.peek().is_none() {
            return Ok(None);
        }
        if self.peek() != Some(b'<') {
            return Err(self.error("`<` to open a link"));
        }
        let start = self.at + 1;
        let Some(len) = self.value[start..].find('>') else {
            self.at = self.value.len();
            return Err(self.error("`>` to close the link"));
        };
        self.at = start + len + 1;
        let mut link = HeaderLink {
            target: &self.value[start..start + len],
            rel: None,
        };
        self.params(&mut link)?;
        self.skip_whitespace();
        match self.peek() {
            None | Some(b',') => Ok(Some(link)),
            Some(_) => Err(self.error("`;` or `,` after a link")),
        }
    }

    /// `; name=value` parameters; the first `rel` counts, as RFC 8288 says.
    fn params(&mut self, link: &mut HeaderLink<'a>) -> Result<(), LinkHeaderError> {
        loop {
            self.skip_whitespace();
            if self.peek() != Some(b';') {
                return Ok(());
            }
            self.at += 1;
            self.skip_whitespace();
            let name = self.token().ok_or_else(|| self.error("a parameter name"))?;
            self.skip_whitespace();
            let value = if self.peek() == Some(b'=') {
                self.at += 1;
                self.skip_whitespace();
                Some(self.param_value()?)
            } else {
                None
            };
            if name.eq_ignore_ascii_case("rel") && link.rel.is_none() {
                link.rel = Some(value.unwrap_or_default());
            }
        }
    }

    fn param_value(&mut self) -> Result<Cow<'a, str>, LinkHeaderError> {
        if self.peek() == Some(b'"') {
            return self.quoted();
        }
        self.token()
            .map(Cow::Borrowed)
            .ok_or_else(|| self.error("a parameter value"))
    }

    fn token(&mut self) -> Option<&'a str> {
        let start = self.at;
        while self.peek().is_some_and(is_tchar) {
            self.at += 1;
        }
        (self.at > start).then(|| &self.value[start..self.at])
    }

    /// A quoted string, borrowed unless it has `\` escapes.
    fn quoted(&mut self) -> Result<Cow<'a, str>, LinkHeaderError> {
        self.at += 1;
        let start = self.at;
        let mut unescaped: Option<String> = None;
        let mut chars = self.value[start..].char_indices();
        while let Some((offset, ch)) = chars.next() {
            match ch {
                '"' => {
                    self.at = start + offset + 1;
                    let raw = &self.value[start..start + offset];
                    return Ok(unescaped.map_or(Cow::Borrowed(raw), Cow::Owned));
                }
                '\\' => {
                    let text = unescaped
                        .get_or_insert_with(|| self.value[start..start + offset].to_owned());
                    match chars.next() {
                        Some((_, escaped)) => text.push(escaped),
                        None => break,
                    }
                }
                _ => {
                    if let Some(text) = &mut unescaped {
                        text.push(ch);
                    }
                }
            }
        }
        self.at = self.value.len();
        Err(self.error("`\"` to close a quoted string"))
    }
}

/// A character of an RFC 9110 token.
fn is_tchar(byte: u8) -> bool {
    byte.is_ascii_alphanumeric() || b"!#$%&'*+-.^_`|~".contains(&byte)
}

#[cfg(test)]
mod tests {
    use super::{LinkHeader, query_value};
    use proptest::prelude::*;

    fn targets<'a>(links: &LinkHeader<'a>, rel: &str) -> Vec<&'a str> {
        links
            .links()
            .iter()
            .filter(|link| link.has_rel(rel))
            .map(super::HeaderLink::target)
            .collect()
    }

    #[test]
    fn github_links() {
        let links = LinkHeader::parse(
            "<https://api.github.com/r/1/issues?page=2&per_page=30>; rel=\"next\", \
             <https://api.github.com/r/1/issues?page=34&per_page=30>; rel=\"last\"",
        )
        .unwrap();
        assert_eq!(
            links.rel("next"),
            Some("https://api.github.com/r/1/issues?page=2&per_page=30")
        );
        assert_eq!(links.last_page("page"), Some(34));
        assert_eq!(links.last_page("per_page"), Some(30));
        assert_eq!(links.rel("prev"), None);
    }

    #[test]
    fn unquoted_rel_several_relations_and_case() {
        let links = LinkHeader::parse("</p2>; rel=next, </p9>; REL=\"Last Index\"").unwrap();
        assert_eq!(links.rel("next"), Some("/p2"));
        assert_eq!(links.rel("last"), Some("/p9"));
        assert_eq!(links.rel("index"), Some("/p9"));
        assert_eq!(links.last_page("page"), None);
    }

    #[test]
    fn several_values_and_empty_elements() {
        let mut links = LinkHeader::parse(" , </a>; rel=prev,,").unwrap();
        links.extend("</b>;rel=\"next\"").unwrap();
        assert_eq!(targets(&links, "prev"), ["/a"]);
        assert_eq!(targets(&links, "next"), ["/b"]);
        assert_eq!(LinkHeader::parse("").unwrap().links().len(), 0);
    }

    #[test]
    fn commas_and_semicolons_inside_targets_and_quotes() {
        let links =
            LinkHeader::parse("</a?x=1,2;3>; title=\"a, b; c\"; rel=\"next\", </z>; rel=last")
                .unwrap();
        assert_eq!(links.rel("next"), Some("/a?x=1,2;3"));
        assert_eq!(links.rel("last"), Some("/z"));
    }

    #[test]
    fn escapes_in_quoted_strings() {
        let links = LinkHeader::parse(r#"</a>; title="say \"hi\""; rel="n\ext""#).unwrap();
        assert_eq!(links.rel("next"), Some("/a"));
    }

    #[test]
    fn only_the_first_rel_counts() {
        let links = LinkHeader::parse("</a>; rel=prev; rel=next").unwrap();
        assert_eq!(links.rel("next"), None);
        assert_eq!(links.rel("prev"), Some("/a"));
    }

    #[test]
    fn a_link_without_rel_has_none() {
        let links = LinkHeader::parse("</a>, </b>; rel").unwrap();
        assert_eq!(links.links().len(), 2);
        assert!(!links.links()[0].has_rel("next"));
        assert!(!links.links()[1].has_rel(""));
    }

    #[test]
    fn malformed_values_are_errors_that_say_where() {
        for (value, expected) in [
            ("https://a/p2; rel=next", "`<` to open a link"),
            ("<https://a/p2; rel=next", "`>` to close the link"),
            ("</a>; rel=\"next", "`\"` to close a quoted string"),
            ("</a> rel=next", "`;` or `,` after a link"),
            ("</a>; =next", "a parameter name"),
            ("</a>; rel=", "a parameter value"),
        ] {
            let error = LinkHeader::parse(value).unwrap_err().to_string();
            assert!(error.contains(expected), "{value}: {error}");
            assert!(error.contains(value), "{value}: {error}");
        }
    }

    #[test]
    fn query_values() {
        assert_eq!(query_value("/x?a=1&page=7#f", "page").as_deref(), Some("7"));
        assert_eq!(
            query_value("/x?page%5Bnumber%5D=3", "page[number]").as_deref(),
            Some("3")
        );
        assert_eq!(query_value("/x", "page"), None);
        assert_eq!(query_value("/x?pages=2", "page"), None);
    }

    fn target() -> impl Strategy<Value = String> {
        "[a-zA-Z0-9/?=&.,;:%_-]{0,30}"
    }

    fn rels() -> impl Strategy<Value = Vec<String>> {
        prop::collection::vec("[a-z]{1,6}", 1..3)
    }

    proptest! {
        #[test]
        fn never_panics(value in "\\PC{0,60}") {
            let _ = LinkHeader::parse(&value);
        }

        #[test]
        fn never_panics_on_near_links(value in "[<>;,=\" \\\\a-z/]{0,40}") {
            let _ = LinkHeader::parse(&value);
        }

        /// Links written out in any of the legal spellings read back as written.
        #[test]
        fn written_links_read_back(
            links in prop::collection::vec((target(), rels(), any::<bool>(), "[ ]{0,2}"), 0..5),
        ) {
            let value = links
                .iter()
                .map(|(target, rels, quoted, space)| {
                    let rel = rels.join(" ");
                    let rel = if *quoted || rels.len() > 1 { format!("\"{rel}\"") } else { rel };
                    format!("<{target}>{space};{space}rel={rel}; title=\"x, y\"")
                })
                .collect::<Vec<_>>()
                .join(", ");
            let parsed = LinkHeader::parse(&value).unwrap();
            prop_assert_eq!(parsed.links().len(), links.len());
            for (link, (target, rels, _, _)) in parsed.links().iter().zip(&links) {
                prop_assert_eq!(link.target(), target.as_str());
                for rel in rels {
                    prop_assert!(link.has_rel(rel));
                }
            }
        }
    }
}
