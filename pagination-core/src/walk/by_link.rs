//! The walk by the server's next links: its style, [`ByLink`], what it fetches,
//! [`Follow`], what it is answered, [`Linked`], and its walkers. Behind the `links`
//! feature, since resolving a link takes the `url` crate.

// As in `style`: the sealed steps name the crate's private page facts.
#![allow(private_interfaces)]

use super::pages::Pages;
use super::style::{Ahead, ByPage, Style, sealed};
use crate::rules::{Facts, Known};
use crate::{LinkError, PageError, PageQuery, PaginatedRequest, PaginatedResponse, resolve_link};
#[cfg(feature = "stream")]
use {
    super::stream::{BoxPageStream, PageStream},
    core::future::Future,
};

/// Pages by the server's next links: [`follow_links`].
#[derive(Debug, Clone, Copy, Default)]
pub struct ByLink;

impl sealed::Sealed for ByLink {}

impl<Req: PaginatedRequest + Clone> Style<Follow<Req>> for ByLink {
    const AHEAD: bool = false;

    fn page(request: &Follow<Req>, _: Option<u64>) -> u32 {
        request.request.page()
    }

    fn validate(request: &Follow<Req>) -> Result<(), PageError> {
        request.request.validate()
    }

    fn starts(request: &Follow<Req>) -> bool {
        ByPage::starts(&request.request)
    }

    fn key(_: &Follow<Req>) -> u64 {
        // Never fetched ahead: each link comes with the page before it.
        0
    }

    fn token(request: &Follow<Req>) -> Option<&str> {
        request.link()
    }

    /// A link's origin, path and query pairs in sorted order: servers write a page's
    /// parameters in their own order, so a link back to a page is known by its pairs.
    fn fingerprint(link: &str) -> u64 {
        let Ok(url) = url::Url::parse(link) else {
            return super::hash(link);
        };
        let mut pairs: Vec<_> = url.query_pairs().collect();
        pairs.sort();
        let place = (url.scheme(), url.host_str(), url.port_or_known_default());
        super::hash(&(place, url.path(), pairs))
    }

    fn ahead(_: &Follow<Req>, _: u64, _: &Ahead) -> Option<Follow<Req>> {
        None
    }

    fn at_page(request: &Follow<Req>, page: u32) -> Follow<Req> {
        Follow::new(request.request.clone().with_page(page))
    }

    fn at_most(request: Follow<Req>, _: u64) -> Follow<Req> {
        request
    }
}

impl<Req, Resp> sealed::Step<Follow<Req>, Linked<Resp>> for ByLink
where
    Req: PaginatedRequest + Clone,
    Resp: PaginatedResponse,
{
    fn facts(request: &Follow<Req>, response: &Linked<Resp>, known: Known) -> Facts {
        Facts::by_page(&request.request, response, known)
    }

    fn came_from<'a>(_: &'a Follow<Req>, response: &'a Linked<Resp>) -> Option<&'a str> {
        Some(&response.url)
    }

    fn advance(
        request: &Follow<Req>,
        facts: &Facts,
        response: &Linked<Resp>,
    ) -> Result<Follow<Req>, LinkError> {
        let next = request
            .request
            .clone()
            .with_page(facts.page.saturating_add(1));
        Ok(match response.page.next_link() {
            Some(href) => Follow::with_link(next, resolve_link(&response.url, href)?),
            // A `has_more` flag, or totals, say there is a next page, but no link does:
            // ask for it by number.
            None => Follow::new(next),
        })
    }

    /// The URL the page came from with its page number and size set, as a link to it
    /// writes them (a first request leaves its page out, and a link to page 1 may not).
    fn address(request: &Follow<Req>, response: &Linked<Resp>) -> Option<String> {
        if request.link.is_some() {
            return None;
        }
        let mut url = url::Url::parse(&response.url).ok()?;
        let (params, request) = (Req::PARAMS, &request.request);
        let query = PageQuery::new(
            Some((params.page_param, request.page())),
            Some((params.size_param, request.page_size())),
        );
        query.apply_to(&mut url);
        Some(url.into())
    }
}

/// Where a walk by links is: the request of the page (its number, size and filters), and
/// the URL to fetch it from once the server linked to it. The first page has no link:
/// the transport builds its URL from the request, as for any call.
///
/// A checkpoint or an error's resume value of a link walk is a `Follow`, so a resumed
/// walk goes on by the link, with nothing lost and nothing repeated.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Follow<Req> {
    request: Req,
    link: Option<String>,
}

impl<Req> From<Req> for Follow<Req> {
    fn from(request: Req) -> Self {
        Follow::new(request)
    }
}

impl<Req> Follow<Req> {
    /// The first page of a walk by links: `request`, with no link yet.
    pub fn new(request: Req) -> Self {
        Follow {
            request,
            link: None,
        }
    }

    /// Page `request`, fetched from `link`: a checkpoint persisted earlier.
    pub fn with_link(request: Req, link: String) -> Self {
        Follow {
            request,
            link: Some(link),
        }
    }

    /// The request of the page.
    pub fn request(&self) -> &Req {
        &self.request
    }

    /// The absolute URL to fetch the page from, already checked to lead to the origin of
    /// the page that linked to it; `None` for a page asked for by its request.
    pub fn link(&self) -> Option<&str> {
        self.link.as_deref()
    }

    /// The request and the link.
    pub fn into_parts(self) -> (Req, Option<String>) {
        (self.request, self.link)
    }
}

/// A page fetched by a walk by links, with the URL it came from (after any redirects):
/// its next link resolves against that URL.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Linked<Resp> {
    /// The page.
    pub page: Resp,
    /// The absolute URL it came from.
    pub url: String,
}

impl<Resp> Linked<Resp> {
    /// `page`, fetched from `url`.
    pub fn new(page: Resp, url: impl Into<String>) -> Self {
        Linked {
            page,
            url: url.into(),
        }
    }
}

impl<Resp: PaginatedResponse> PaginatedResponse for Linked<Resp> {
    type Item = Resp::Item;
    const NEXT_LINK: Option<fn(&Self) -> Option<&str>> = match Resp::NEXT_LINK {
        Some(_) => Some(|linked| linked.page.next_link()),
        None => None,
    };
    const HAS_MORE: Option<fn(&Self) -> Option<bool>> = match Resp::HAS_MORE {
        Some(_) => Some(|linked| Resp::HAS_MORE.and_then(|more| more(&linked.page))),
        None => None,
    };
    const NEXT_CURSOR: Option<fn(&Self) -> Option<&str>> = match Resp::NEXT_CURSOR {
        Some(_) => Some(|linked| Resp::NEXT_CURSOR.and_then(|next| next(&linked.page))),
        None => None,
    };
    const PAGE_BASE: Option<u32> = Resp::PAGE_BASE;

    fn items(&self) -> &[Self::Item] {
        self.page.items()
    }

    fn into_items(self) -> Vec<Self::Item> {
        self.page.into_items()
    }

    fn page_info(&self) -> crate::PageInfo {
        self.page.page_info()
    }
}

/// Walks every page by the server's next links, starting from `first`: `fetch` is told
/// what to fetch, a [`Follow`] holding the request of the page and, from the second page
/// on, the absolute URL of the link to it, and answers with the page and the URL it came
/// from ([`Linked`]).
///
/// Each link is resolved against the URL of the page it came with, by
/// [`resolve_link`](crate::resolve_link): a link to another origin ends the walk with
/// [`Error::Link`](crate::Error::Link) before anything is sent to it, and a link back to a
/// page this walk fetched with [`Error::LinkLoop`](crate::Error::LinkLoop). Checkpoints
/// and every error's resume value are [`Follow`]s, so a resumed walk goes on by the link.
/// The guards, progress and [`max_pages`](Pages::max_pages) are those of
/// [`paginate`](crate::paginate); a page whose type has no link (or says there is more
/// without one) is asked for by number.
///
/// ```
/// use pagination_core::{follow_links, Follow, Linked, Paginated};
///
/// #[derive(Debug, Clone, Default, Paginated)]
/// #[paginate(size = "per_page", default = 2, max = 100)]
/// struct ListUsers {
///     page: Option<u32>,
///     per_page: Option<u32>,
/// }
///
/// #[derive(Paginated)]
/// struct UserPage {
///     #[paginate(items)]
///     users: Vec<u32>,
///     #[paginate(next)]
///     next: Option<String>,
/// }
///
/// // A fake server with 5 users, linking each page to the next with a relative URL.
/// let fetch = |at: Follow<ListUsers>| -> Result<Linked<UserPage>, std::io::Error> {
///     let url = at.link().unwrap_or("https://api.example/users?page=1").to_owned();
///     let page: u32 = url.rsplit('=').next().unwrap().parse().unwrap();
///     let users = ((page - 1) * 2..(page * 2).min(5)).collect();
///     let next = (page < 3).then(|| format!("/users?page={}", page + 1));
///     Ok(Linked::new(UserPage { users, next }, url))
/// };
///
/// let users: Vec<u32> = follow_links(ListUsers::default(), fetch)
///     .items()
///     .collect::<Result<_, _>>()?;
/// assert_eq!(users, [0, 1, 2, 3, 4]);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
pub fn follow_links<Req, Resp, E, F>(
    first: impl Into<Follow<Req>>,
    fetch: F,
) -> Pages<Follow<Req>, Linked<Resp>, F, ByLink>
where
    Req: PaginatedRequest + Clone,
    Resp: PaginatedResponse,
    F: FnMut(Follow<Req>) -> Result<Linked<Resp>, E>,
{
    Pages::new(first.into(), fetch)
}

#[cfg(feature = "stream")]
/// Walks every page by the server's next links, as a [`Stream`](futures_core::Stream); see
/// [`follow_links`](crate::follow_links) for what `fetch` is told and answers, and the
/// guards. A walk by links is sequential whatever its [`concurrency`](PageStream::concurrency):
/// each page's address comes with the page before it, so there is nothing to fetch ahead.
pub fn follow_links_stream<Req, Resp, E, F, Fut>(
    first: impl Into<Follow<Req>>,
    fetch: F,
) -> PageStream<Follow<Req>, Linked<Resp>, F, ByLink>
where
    Req: PaginatedRequest + Clone,
    Resp: PaginatedResponse,
    F: FnMut(Follow<Req>) -> Fut,
    Fut: Future<Output = Result<Linked<Resp>, E>>,
{
    PageStream::new(first.into(), fetch)
}

#[cfg(feature = "stream")]
/// A walk by links with a boxed async fetch function: the type an SDK method returns,
/// `BoxLinkStream<'_, ListBooks, BookPage, SdkError>`.
pub type BoxLinkStream<'a, Req, Resp, E> = BoxPageStream<'a, Follow<Req>, Linked<Resp>, E, ByLink>;
