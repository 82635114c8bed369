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
    pub const fn new(
        first: Option<(&'static str, u32)>,
        second: Option<(&'static str, u32)>,
    ) -> Self {
        PageQuery {
            pairs: [first, second],
        }
    }

    /// The pairs, in order.
    pub fn iter(&self) -> Iter {
        self.pairs.into_iter().flatten()
    }

    /// The value written for parameter `name`, if any.
    pub fn get(&self, name: &str) -> Option<u32> {
        self.iter()
            .find(|&(key, _)| key == name)
            .map(|(_, value)| value)
    }

    /// Whether the query writes nothing (page and size both unset).
    pub fn is_empty(&self) -> bool {
        self.iter().next().is_none()
    }

    /// Sets these pairs on `url`'s query, replacing any pairs already there under the
    /// same names and keeping every other pair.
    pub fn apply_to(&self, url: &mut url::Url) {
        let kept: Vec<(String, String)> = url
            .query_pairs()
            .filter(|(key, _)| self.get(key).is_none())
            .map(|(key, value)| (key.into_owned(), value.into_owned()))
            .collect();
        let mut pairs = url.query_pairs_mut();
        pairs.clear().extend_pairs(kept);
        for (key, value) in self {
            pairs.append_pair(key, &value.to_string());
        }
        drop(pairs);
        if url.query() == Some("") {
            url.set_query(None);
        }
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

impl fmt::Display for PageQuery {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let mut query = url::form_urlencoded::Serializer::new(String::new());
        for (key, value) in self {
            query.append_pair(key, &value.to_string());
        }
        f.write_str(&query.finish())
    }
}

#[cfg(feature = "serde")]
impl serde::Serialize for PageQuery {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_seq(self.iter())
    }
}
