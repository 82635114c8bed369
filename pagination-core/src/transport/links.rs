//! Links to the next page: the `next` role, HAL `_links`, and resolving a link safely.

use core::fmt;

/// A field that can hold the link to the next page: the type of a `next` role.
///
/// An empty link is no link.
#[diagnostic::on_unimplemented(
    message = "`{Self}` cannot hold a link to the next page",
    label = "the type of a `next` field must implement `NextLink`",
    note = "`NextLink` is implemented for `HalLinks`, `Link`, `String`, `&str` and `Option`s of them; implement it for a link type of your own"
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

/// A `links` object as APIs send them: HAL `_links` (Codat, Spring Data REST) and
/// JSON:API `links`. Its `self`, `current`, `next` and `previous` (or `prev`) relations
/// are each optional.
///
/// A relation may be a link object `{ "href": ... }` (HAL, and JSON:API 1.1), a plain
/// URL string (JSON:API), `null`, or an array of links, which reads as its first link (as
/// HAL allows). Other relations and other members of a link object are ignored. A missing
/// or `null` links object deserializes as no links at all, so a response without one
/// simply has no next page. A relation of any other shape is an error that names it.
#[derive(Debug, Clone, Default, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
pub struct HalLinks {
    /// `self`: the resource the request was sent to.
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
    /// `previous` (Spring and JSON:API say `prev`): the previous page; absent on the
    /// first page.
    #[cfg_attr(feature = "serde", serde(skip_serializing_if = "Option::is_none"))]
    pub previous: Option<Link>,
}

#[cfg(feature = "serde")]
mod de {
    use super::{HalLinks, Link};
    use core::fmt;
    use serde::de::{
        self, DeserializeSeed, Deserializer, IgnoredAny, MapAccess, SeqAccess, Visitor,
    };

    impl<'de> serde::Deserialize<'de> for HalLinks {
        fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
            // Through `Option`, so that serde treats a missing links field as `None`.
            deserializer.deserialize_option(Links)
        }
    }

    struct Links;

    impl<'de> Visitor<'de> for Links {
        type Value = HalLinks;

        fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
            f.write_str("a links object such as {\"next\": {\"href\": \"...\"}}")
        }

        fn visit_none<E>(self) -> Result<HalLinks, E> {
            Ok(HalLinks::default())
        }

        fn visit_unit<E>(self) -> Result<HalLinks, E> {
            Ok(HalLinks::default())
        }

        fn visit_some<D: Deserializer<'de>>(self, deserializer: D) -> Result<HalLinks, D::Error> {
            deserializer.deserialize_map(self)
        }

        fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<HalLinks, A::Error> {
            let mut links = HalLinks::default();
            while let Some(key) = map.next_key::<String>()? {
                let slot = match key.as_str() {
                    "self" => &mut links.self_link,
                    "current" => &mut links.current,
                    "next" => &mut links.next,
                    "previous" | "prev" => &mut links.previous,
                    _ => {
                        map.next_value::<IgnoredAny>()?;
                        continue;
                    }
                };
                *slot = map.next_value_seed(Rel(&key))?;
            }
            Ok(links)
        }
    }

    /// One relation, named in its errors.
    #[derive(Clone, Copy)]
    struct Rel<'k>(&'k str);

    impl<'de> DeserializeSeed<'de> for Rel<'_> {
        type Value = Option<Link>;

        fn deserialize<D: Deserializer<'de>>(
            self,
            deserializer: D,
        ) -> Result<Self::Value, D::Error> {
            deserializer.deserialize_any(self)
        }
    }

    impl<'de> Visitor<'de> for Rel<'_> {
        type Value = Option<Link>;

        fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
            write!(
                f,
                "the `{}` link as a URL string, a {{\"href\": ...}} object, null, or an array of them",
                self.0
            )
        }

        fn visit_str<E: de::Error>(self, href: &str) -> Result<Self::Value, E> {
            Ok(Some(Link {
                href: href.to_owned(),
            }))
        }

        fn visit_none<E>(self) -> Result<Self::Value, E> {
            Ok(None)
        }

        fn visit_unit<E>(self) -> Result<Self::Value, E> {
            Ok(None)
        }

        fn visit_some<D: Deserializer<'de>>(
            self,
            deserializer: D,
        ) -> Result<Self::Value, D::Error> {
            deserializer.deserialize_any(self)
        }

        fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Self::Value, A::Error> {
            let mut href = None;
            while let Some(key) = map.next_key::<String>()? {
                if key == "href" {
                    href = Some(map.next_value::<String>().map_err(|_| {
                        de::Error::custom(format_args!(
                            "the `{}` link's `href` must be a string",
                            self.0
                        ))
                    })?);
                } else {
                    map.next_value::<IgnoredAny>()?;
                }
            }
            match href {
                Some(href) => Ok(Some(Link { href })),
                None => Err(de::Error::custom(format_args!(
                    "the `{}` link object has no `href`",
                    self.0
                ))),
            }
        }

        fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Self::Value, A::Error> {
            let first = seq.next_element_seed(self)?.flatten();
            while seq.next_element::<IgnoredAny>()?.is_some() {}
            Ok(first)
        }
    }

    #[cfg(test)]
    mod tests {
        use super::Rel;
        use serde::de::value::{Error, StrDeserializer};
        use serde::de::{DeserializeSeed, Deserializer, IntoDeserializer, Visitor};

        /// A link presented as `Some`, as formats with an option type of their own (RON's
        /// `Some("...")`) present it; JSON presents it bare.
        struct AsSome<'a>(&'a str);

        impl<'de> Deserializer<'de> for AsSome<'de> {
            type Error = Error;

            fn deserialize_any<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
                let inner: StrDeserializer<'de, Error> = self.0.into_deserializer();
                visitor.visit_some(inner)
            }

            serde::forward_to_deserialize_any! {
                bool i8 i16 i32 i64 i128 u8 u16 u32 u64 u128 f32 f64 char str string bytes
                byte_buf option unit unit_struct newtype_struct seq tuple tuple_struct map
                struct enum identifier ignored_any
            }
        }

        #[test]
        fn a_link_presented_as_some_is_the_link() {
            let link = Rel("next").deserialize(AsSome("/items?page=2")).unwrap();
            assert_eq!(link.map(|link| link.href).as_deref(), Some("/items?page=2"));
        }
    }
}

/// Why a next link was not followed.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum LinkError {
    /// The URL the page was fetched from is not an absolute URL.
    #[cfg(feature = "links")]
    InvalidRequestUrl {
        /// The request URL.
        url: String,
        /// What is wrong with it.
        reason: url::ParseError,
    },
    /// The link is not a URL, absolute or relative.
    #[cfg(feature = "links")]
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
            #[cfg(feature = "links")]
            LinkError::InvalidRequestUrl { url, reason } => {
                write!(
                    f,
                    "cannot resolve a next link against `{url}`: {reason}; pass the absolute URL the page was fetched from"
                )
            }
            #[cfg(feature = "links")]
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
            #[cfg(feature = "links")]
            LinkError::InvalidRequestUrl { reason, .. } | LinkError::InvalidLink { reason, .. } => {
                Some(reason)
            }
            LinkError::CrossOrigin { .. } => None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::{HalLinks, Link, NextLink};

    fn link(href: &str) -> Link {
        Link {
            href: href.to_owned(),
        }
    }

    // --- NextLink impls ---

    #[test]
    fn empty_strings_are_no_link() {
        assert_eq!(NextLink::next_link(""), None);
        assert_eq!(NextLink::next_link(&""), None);
        assert_eq!(String::new().next_link(), None);
        assert_eq!(link("").next_link(), None);
    }

    #[test]
    fn non_empty_strings_are_the_link() {
        assert_eq!(NextLink::next_link("/p2"), Some("/p2"));
        assert_eq!(NextLink::next_link(&"/p2"), Some("/p2"));
        assert_eq!(String::from("/p2").next_link(), Some("/p2"));
        assert_eq!(link("/p2").next_link(), Some("/p2"));
    }

    #[test]
    fn options_delegate_to_their_content() {
        assert_eq!(None::<String>.next_link(), None);
        assert_eq!(Some(String::new()).next_link(), None);
        assert_eq!(Some(String::from("/p2")).next_link(), Some("/p2"));
        assert_eq!(None::<HalLinks>.next_link(), None);
        assert_eq!(Some(Some("/p2")).next_link(), Some("/p2"));
    }

    #[test]
    fn hal_links_without_next_are_no_link() {
        let links = HalLinks {
            self_link: Some(link("/p")),
            current: Some(link("/p?page=1")),
            next: None,
            previous: Some(link("/p?page=0")),
        };
        assert_eq!(links.next_link(), None);
        assert_eq!(HalLinks::default().next_link(), None);
    }

    #[test]
    fn hal_links_with_empty_next_href_are_no_link() {
        let links = HalLinks {
            next: Some(link("")),
            ..HalLinks::default()
        };
        assert_eq!(links.next_link(), None);
    }

    #[test]
    fn hal_links_next_is_the_link() {
        let links = HalLinks {
            next: Some(link("/p?page=2")),
            current: Some(link("/p?page=1")),
            ..HalLinks::default()
        };
        assert_eq!(links.next_link(), Some("/p?page=2"));
        assert_eq!(Some(links).next_link(), Some("/p?page=2"));
    }

    // --- HalLinks deserialization ---

    #[derive(Debug, serde::Deserialize)]
    struct Page {
        #[serde(rename = "_links")]
        links: HalLinks,
    }

    fn page(json: &str) -> Page {
        serde_json::from_str(json).unwrap()
    }

    #[test]
    fn missing_links_object_is_no_links() {
        let page = page(r#"{"results": []}"#);
        assert_eq!(page.links, HalLinks::default());
        assert_eq!(page.links.next_link(), None);
    }

    #[test]
    fn null_links_object_is_no_links() {
        let page = page(r#"{"_links": null}"#);
        assert_eq!(page.links, HalLinks::default());
        assert_eq!(page.links.next_link(), None);
    }

    #[test]
    fn empty_links_object_is_no_links() {
        assert_eq!(page(r#"{"_links": {}}"#).links, HalLinks::default());
    }

    #[test]
    fn null_next_is_no_link() {
        assert_eq!(
            page(r#"{"_links": {"next": null}}"#).links.next_link(),
            None
        );
    }

    #[test]
    fn all_four_links_deserialize() {
        let page = page(
            r#"{"_links": {
                "self": {"href": "/c"},
                "current": {"href": "/c?page=2"},
                "next": {"href": "/c?page=3"},
                "previous": {"href": "/c?page=1"}
            }}"#,
        );
        assert_eq!(
            page.links,
            HalLinks {
                self_link: Some(link("/c")),
                current: Some(link("/c?page=2")),
                next: Some(link("/c?page=3")),
                previous: Some(link("/c?page=1")),
            }
        );
        assert_eq!(page.links.next_link(), Some("/c?page=3"));
    }

    #[test]
    fn a_relation_given_as_an_array_reads_as_its_first_link() {
        let links: HalLinks = serde_json::from_str(
            r#"{"next": [{"href": "/p2"}, {"href": "/p2-mirror"}], "previous": []}"#,
        )
        .unwrap();
        assert_eq!(links.next_link(), Some("/p2"));
        assert_eq!(links.previous, None);
    }

    #[test]
    fn unknown_links_and_link_fields_are_ignored() {
        let page = page(
            r#"{"_links": {
                "first": {"href": "/c?page=1"},
                "curies": [{"name": "doc", "href": "/docs/{rel}", "templated": true}],
                "next": {"href": "/c?page=3", "templated": false, "title": "Next"}
            }}"#,
        );
        assert_eq!(page.links.next_link(), Some("/c?page=3"));
        assert_eq!(page.links.self_link, None);
    }

    #[test]
    fn links_deserialize_directly_from_json() {
        let links: HalLinks = serde_json::from_str(r#"{"next": {"href": "/n"}}"#).unwrap();
        assert_eq!(links.next_link(), Some("/n"));
        let links: HalLinks = serde_json::from_str("null").unwrap();
        assert_eq!(links, HalLinks::default());
    }

    #[test]
    fn links_of_the_wrong_shape_are_an_error_that_names_the_relation() {
        let error = serde_json::from_str::<Page>(r#"{"_links": "/next"}"#).unwrap_err();
        assert!(
            error
                .to_string()
                .contains("expected a links object such as"),
            "{error}"
        );
        for (json, names) in [
            (r#"{"_links": {"next": 5}}"#, "`next` link as a URL string"),
            (
                r#"{"_links": {"prev": true}}"#,
                "`prev` link as a URL string",
            ),
            (
                r#"{"_links": {"next": {"url": "/n"}}}"#,
                "`next` link object has no `href`",
            ),
            (
                r#"{"_links": {"self": {"href": 7}}}"#,
                "`self` link's `href` must be a string",
            ),
            (
                r#"{"_links": {"next": [3]}}"#,
                "`next` link as a URL string",
            ),
        ] {
            let error = serde_json::from_str::<Page>(json).unwrap_err().to_string();
            assert!(error.contains(names), "{json}: {error}");
            assert!(!error.contains("OneOrMany"), "{error}");
        }
    }

    #[test]
    fn plain_string_links_and_prev_as_json_api_and_spring_send_them() {
        let links: HalLinks = serde_json::from_str(
            r#"{"self": "/a?page[number]=2", "next": "/a?page[number]=3", "prev": "/a?page[number]=1", "last": "/a?page[number]=9"}"#,
        )
        .unwrap();
        assert_eq!(links.next_link(), Some("/a?page[number]=3"));
        assert_eq!(links.previous, Some(link("/a?page[number]=1")));
        assert_eq!(links.self_link, Some(link("/a?page[number]=2")));
        // JSON:API 1.1 link objects, and a `null` next on the last page.
        let links: HalLinks =
            serde_json::from_str(r#"{"next": {"href": "/n", "meta": {"count": 1}}}"#).unwrap();
        assert_eq!(links.next_link(), Some("/n"));
        let links: HalLinks = serde_json::from_str(r#"{"next": null, "prev": "/p"}"#).unwrap();
        assert_eq!(links.next_link(), None);
    }

    #[test]
    fn serialization_uses_self_and_skips_missing_links() {
        let links = HalLinks {
            self_link: Some(link("/c")),
            next: Some(link("/c?page=2")),
            ..HalLinks::default()
        };
        assert_eq!(
            serde_json::to_string(&links).unwrap(),
            r#"{"self":{"href":"/c"},"next":{"href":"/c?page=2"}}"#
        );
        let round_trip: HalLinks =
            serde_json::from_str(&serde_json::to_string(&links).unwrap()).unwrap();
        assert_eq!(round_trip, links);
    }
}
