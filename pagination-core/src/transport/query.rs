//! The page and size of a request as query-string pairs.

use core::fmt;

/// The pagination parameters of a request, as `(wire name, value)` pairs in the order
/// the request's fields declare them.
///
/// Its [`Display`](fmt::Display) is the `application/x-www-form-urlencoded` query, the
/// same string `serde_urlencoded` writes for these fields: `page=5&pageSize=20`. It
/// iterates as `(&'static str, u32)` pairs, and with the `serde` feature it serializes
/// as those pairs, so an HTTP client can take it as a query directly.
///
/// Returned by [`PaginatedRequest::page_query`](crate::PaginatedRequest::page_query).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash)]
pub struct PageQuery {
    pairs: [Option<(&'static str, u32)>; 2],
}

impl PageQuery {
    /// A query of up to two pairs, written in this order; `None` writes nothing.
    #[inline]
    pub const fn new(
        first: Option<(&'static str, u32)>,
        second: Option<(&'static str, u32)>,
    ) -> Self {
        PageQuery {
            pairs: [first, second],
        }
    }

    /// The pairs, in order.
    #[inline]
    pub fn iter(&self) -> Iter {
        self.pairs.into_iter().flatten()
    }

    /// The value written for parameter `name`, if any.
    #[inline]
    pub fn get(&self, name: &str) -> Option<u32> {
        self.iter()
            .find(|&(key, _)| key == name)
            .map(|(_, value)| value)
    }

    /// Whether the query writes nothing (page and size both unset).
    #[inline]
    pub fn is_empty(&self) -> bool {
        self.iter().next().is_none()
    }

    /// Sets these pairs on `url`'s query, replacing any pairs already there under the
    /// same names. Every other pair is kept as it was written, byte for byte. With the
    /// `links` feature, which brings the `url` crate.
    #[cfg(feature = "links")]
    pub fn apply_to(&self, url: &mut url::Url) {
        let ours = |segment: &&str| {
            let name = url::form_urlencoded::parse(segment.as_bytes()).next();
            name.is_some_and(|(name, _)| self.get(&name).is_some())
        };
        let kept: Vec<&str> = url
            .query()
            .unwrap_or_default()
            .split('&')
            .filter(|segment| !segment.is_empty() && !ours(segment))
            .collect();
        let mut query = url::form_urlencoded::Serializer::new(kept.join("&"));
        for (key, value) in self {
            query.append_pair(key, &value.to_string());
        }
        let query = query.finish();
        url.set_query((!query.is_empty()).then_some(query.as_str()));
    }
}

/// Iterator over the pairs of a [`PageQuery`].
pub type Iter = core::iter::Flatten<core::array::IntoIter<Option<(&'static str, u32)>, 2>>;

impl IntoIterator for PageQuery {
    type Item = (&'static str, u32);
    type IntoIter = Iter;

    fn into_iter(self) -> Iter {
        self.iter()
    }
}

impl IntoIterator for &PageQuery {
    type Item = (&'static str, u32);
    type IntoIter = Iter;

    fn into_iter(self) -> Iter {
        self.iter()
    }
}

impl PageQuery {
    /// Appends the query to `out`, as [`Display`](fmt::Display) writes it: into a
    /// `String` reused from one request to the next, this allocates nothing.
    ///
    /// ```
    /// use pagination_core::PageQuery;
    ///
    /// let mut url = String::from("https://api.example.com/users?");
    /// PageQuery::new(Some(("page", 2)), Some(("per_page", 50))).append_to(&mut url);
    /// assert_eq!(url, "https://api.example.com/users?page=2&per_page=50");
    /// ```
    #[inline]
    pub fn append_to(&self, out: &mut String) {
        out.reserve(self.len_at_most());
        let mut separator = false;
        for &(name, value) in self.pairs.iter().flatten() {
            if separator {
                out.push('&');
            }
            if plain(name) {
                out.push_str(name);
            } else {
                out.extend(form_urlencoded::byte_serialize(name.as_bytes()));
            }
            out.push('=');
            let mut digits = [0; 10];
            let start = digits_of(value, &mut digits);
            // ASCII digits, pushed as they are (no UTF-8 check), into the room reserved.
            for &digit in &digits[start..] {
                out.push(char::from(digit));
            }
            separator = true;
        }
    }

    /// The query as a new `String`, allocated once at a size that holds it: what
    /// [`Display`](fmt::Display) writes, without the formatting machinery.
    // Shadows `ToString::to_string` on purpose, with the same result (a test holds it).
    #[allow(clippy::inherent_to_string_shadow_display)]
    #[inline]
    #[must_use]
    pub fn to_string(&self) -> String {
        let mut out = String::with_capacity(self.len_at_most());
        self.append_to(&mut out);
        out
    }

    /// At least the length of the query: names encoded byte for byte at most three bytes
    /// each, and the largest value's ten digits.
    fn len_at_most(&self) -> usize {
        self.iter().map(|(name, _)| name.len() * 3 + 12).sum()
    }
}

impl fmt::Display for PageQuery {
    /// `name=value&name=value`, names percent-encoded as forms encode them.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let mut separator = "";
        for (name, value) in self {
            f.write_str(separator)?;
            if plain(name) {
                f.write_str(name)?;
            } else {
                for piece in form_urlencoded::byte_serialize(name.as_bytes()) {
                    f.write_str(piece)?;
                }
            }
            f.write_str("=")?;
            f.write_str(decimal(value, &mut [0; 10]))?;
            separator = "&";
        }
        Ok(())
    }
}

/// The bytes `application/x-www-form-urlencoded` keeps as they are.
const KEPT: [bool; 256] = {
    let mut kept = [false; 256];
    let mut byte = 0;
    while byte < 256 {
        // `byte` is below 256: a `u8`.
        #[allow(clippy::cast_possible_truncation)]
        let b = byte as u8;
        kept[byte] =
            matches!(b, b'*' | b'-' | b'.' | b'0'..=b'9' | b'A'..=b'Z' | b'_' | b'a'..=b'z');
        byte += 1;
    }
    kept
};

/// Whether `name` is written as it is: most APIs' parameter names are.
#[inline]
fn plain(name: &str) -> bool {
    name.bytes().all(|byte| KEPT[usize::from(byte)])
}

/// `value` in decimal, written at the end of `digits`.
#[inline]
fn decimal(value: u32, digits: &mut [u8; 10]) -> &str {
    let start = digits_of(value, digits);
    // Only ASCII digits were written from `start` on.
    core::str::from_utf8(&digits[start..]).unwrap_or_default()
}

/// Writes `value`'s ASCII digits at the end of `digits`, and returns where they start.
#[inline]
fn digits_of(mut value: u32, digits: &mut [u8; 10]) -> usize {
    let mut start = digits.len();
    loop {
        start -= 1;
        // Below 10 after `% 10`: one ASCII digit.
        #[allow(clippy::cast_possible_truncation)]
        let digit = (value % 10) as u8;
        digits[start] = b'0' + digit;
        value /= 10;
        if value == 0 {
            return start;
        }
    }
}

#[cfg(feature = "serde")]
impl serde::Serialize for PageQuery {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_seq(self.iter())
    }
}

#[cfg(test)]
mod tests {
    use super::{KEPT, PageQuery, plain};

    /// The names written as they are, unencoded, are exactly those the encoder keeps.
    #[test]
    fn a_plain_name_is_one_the_encoder_keeps() {
        for byte in 0..=u8::MAX {
            let encoded: String = form_urlencoded::byte_serialize(&[byte]).collect();
            assert_eq!(
                KEPT[usize::from(byte)],
                encoded.as_bytes() == [byte],
                "{byte}"
            );
        }
        for name in [
            "page",
            "pageSize",
            "per_page",
            "page.size",
            "max-results",
            "page[size]",
            "page size",
            "é",
        ] {
            let encoded: String = form_urlencoded::byte_serialize(name.as_bytes()).collect();
            assert_eq!(plain(name), encoded == name, "{name}");
        }
    }

    fn both() -> PageQuery {
        PageQuery::new(Some(("page", 5)), Some(("pageSize", 20)))
    }

    #[cfg(feature = "links")]
    fn url(s: &str) -> url::Url {
        url::Url::parse(s).unwrap()
    }

    #[test]
    fn display_writes_pairs_in_order() {
        assert_eq!(both().to_string(), "page=5&pageSize=20");
        assert_eq!(
            PageQuery::new(Some(("pageSize", 20)), Some(("page", 5))).to_string(),
            "pageSize=20&page=5"
        );
    }

    #[test]
    fn empty_query_displays_as_empty_string() {
        assert_eq!(PageQuery::default().to_string(), "");
        assert_eq!(PageQuery::new(None, None).to_string(), "");
    }

    #[test]
    fn none_pair_is_skipped() {
        assert_eq!(
            PageQuery::new(None, Some(("per_page", 128))).to_string(),
            "per_page=128"
        );
        assert_eq!(
            PageQuery::new(Some(("page", 0)), None).to_string(),
            "page=0"
        );
    }

    #[test]
    fn display_percent_encodes_names() {
        let query = PageQuery::new(Some(("page[number]", 2)), Some(("page size", 10)));
        assert_eq!(query.to_string(), "page%5Bnumber%5D=2&page+size=10");
    }

    #[test]
    fn display_writes_extreme_values_in_decimal() {
        assert_eq!(
            PageQuery::new(Some(("page", u32::MAX)), Some(("size", 0))).to_string(),
            "page=4294967295&size=0"
        );
    }

    #[test]
    fn get_finds_value_by_name() {
        let query = both();
        assert_eq!(query.get("page"), Some(5));
        assert_eq!(query.get("pageSize"), Some(20));
        assert_eq!(query.get("page_size"), None);
        assert_eq!(query.get(""), None);
    }

    #[test]
    fn get_skips_unset_pairs() {
        let query = PageQuery::new(None, Some(("size", 3)));
        assert_eq!(query.get("page"), None);
        assert_eq!(query.get("size"), Some(3));
    }

    #[test]
    fn is_empty_only_when_nothing_is_written() {
        assert!(PageQuery::default().is_empty());
        assert!(!PageQuery::new(None, Some(("size", 3))).is_empty());
        assert!(!PageQuery::new(Some(("page", 1)), None).is_empty());
        assert!(!both().is_empty());
    }

    #[test]
    fn iterates_by_value_in_order() {
        let pairs: Vec<_> = both().into_iter().collect();
        assert_eq!(pairs, [("page", 5), ("pageSize", 20)]);
    }

    #[test]
    fn iterates_by_reference_in_order() {
        let query = both();
        let mut pairs = Vec::new();
        for pair in &query {
            pairs.push(pair);
        }
        assert_eq!(pairs, [("page", 5), ("pageSize", 20)]);
        assert_eq!(query.iter().collect::<Vec<_>>(), pairs);
    }

    #[test]
    fn iteration_skips_unset_pairs() {
        let pairs: Vec<_> = PageQuery::new(None, Some(("size", 3)))
            .into_iter()
            .collect();
        assert_eq!(pairs, [("size", 3)]);
        assert_eq!(PageQuery::default().iter().count(), 0);
    }

    #[cfg(feature = "links")]
    #[test]
    fn apply_to_adds_pairs_to_url_without_query() {
        let mut target = url("https://a.example/invoices");
        both().apply_to(&mut target);
        assert_eq!(
            target.as_str(),
            "https://a.example/invoices?page=5&pageSize=20"
        );
    }

    #[cfg(feature = "links")]
    #[test]
    fn apply_to_replaces_same_named_pairs_and_keeps_others() {
        let mut target = url("https://a.example/invoices?page=1&q=rust&pageSize=100&sort=asc");
        both().apply_to(&mut target);
        assert_eq!(
            target.as_str(),
            "https://a.example/invoices?q=rust&sort=asc&page=5&pageSize=20"
        );
    }

    #[cfg(feature = "links")]
    #[test]
    fn apply_to_removes_every_duplicate_of_a_name() {
        let mut target = url("https://a.example/x?page=1&page=2&tag=a&tag=b");
        PageQuery::new(Some(("page", 3)), None).apply_to(&mut target);
        assert_eq!(target.as_str(), "https://a.example/x?tag=a&tag=b&page=3");
    }

    #[cfg(feature = "links")]
    #[test]
    fn apply_to_matches_percent_encoded_names() {
        let mut target = url("https://a.example/x?page%5Bnumber%5D=1&q=1");
        PageQuery::new(Some(("page[number]", 2)), None).apply_to(&mut target);
        assert_eq!(
            target.as_str(),
            "https://a.example/x?q=1&page%5Bnumber%5D=2"
        );
    }

    #[cfg(feature = "links")]
    #[test]
    fn apply_to_keeps_pairs_named_like_an_unset_pair() {
        // An unset page writes nothing, so it replaces nothing either.
        let mut target = url("https://a.example/x?page=7");
        PageQuery::new(None, Some(("size", 10))).apply_to(&mut target);
        assert_eq!(target.as_str(), "https://a.example/x?page=7&size=10");
    }

    #[cfg(feature = "links")]
    #[test]
    fn apply_to_keeps_the_fragment() {
        let mut target = url("https://a.example/x?page=1#top");
        PageQuery::new(Some(("page", 2)), None).apply_to(&mut target);
        assert_eq!(target.as_str(), "https://a.example/x?page=2#top");
    }

    #[cfg(feature = "links")]
    #[test]
    fn empty_query_leaves_no_trailing_question_mark() {
        let mut target = url("https://a.example/x");
        PageQuery::default().apply_to(&mut target);
        assert_eq!(target.as_str(), "https://a.example/x");
        assert_eq!(target.query(), None);
    }

    #[cfg(feature = "links")]
    #[test]
    fn empty_query_keeps_existing_pairs() {
        let mut target = url("https://a.example/x?q=rust");
        PageQuery::default().apply_to(&mut target);
        assert_eq!(target.as_str(), "https://a.example/x?q=rust");
    }

    #[cfg(feature = "links")]
    #[test]
    fn apply_to_keeps_other_pairs_byte_for_byte() {
        let mut target = url("https://a.example/x?flag&q=a%20b&list=1,2&page=1");
        PageQuery::new(Some(("page", 2)), None).apply_to(&mut target);
        assert_eq!(
            target.as_str(),
            "https://a.example/x?flag&q=a%20b&list=1,2&page=2"
        );
    }

    #[cfg(feature = "links")]
    #[test]
    fn apply_to_is_idempotent() {
        let mut once = url("https://a.example/x?q=rust&page=1");
        both().apply_to(&mut once);
        let mut twice = once.clone();
        both().apply_to(&mut twice);
        assert_eq!(once, twice);
    }

    #[test]
    fn serde_urlencoded_matches_display() {
        for query in [
            both(),
            PageQuery::default(),
            PageQuery::new(None, Some(("per_page", 128))),
            PageQuery::new(Some(("page[number]", 2)), Some(("page size", u32::MAX))),
        ] {
            assert_eq!(
                serde_urlencoded::to_string(query).unwrap(),
                query.to_string()
            );
        }
    }

    proptest::proptest! {
        /// Any names, plain or to be encoded, and any values: the same string as
        /// `serde_urlencoded`, whether displayed, made by `to_string` or appended.
        #[test]
        fn display_is_what_serde_urlencoded_writes(
            first in proptest::option::of(("\\PC{0,80}", proptest::num::u32::ANY)),
            second in proptest::option::of(("\\PC{0,80}", proptest::num::u32::ANY)),
        ) {
            let leak = |(name, value): (String, u32)| -> (&'static str, u32) {
                (Box::leak(name.into_boxed_str()), value)
            };
            let query = PageQuery::new(first.map(leak), second.map(leak));
            let displayed = format!("{query}");
            proptest::prop_assert_eq!(&serde_urlencoded::to_string(query).unwrap(), &displayed);
            proptest::prop_assert_eq!(&query.to_string(), &displayed);
            let mut appended = String::from("?");
            query.append_to(&mut appended);
            proptest::prop_assert_eq!(&appended[1..], &displayed);
        }
    }

    #[test]
    fn serializes_as_a_sequence_of_pairs() {
        assert_eq!(
            serde_json::to_string(&both()).unwrap(),
            r#"[["page",5],["pageSize",20]]"#
        );
    }
}
