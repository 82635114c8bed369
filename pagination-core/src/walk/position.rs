//! Where a walk is between pages, and what it resumes from: a request, for a walk by page
//! number, or a request and the next link a server gave, for a walk by links.

use crate::{LinkError, PaginatedRequest, PaginatedResponse, resolve_link};

mod sealed {
    pub trait Sealed {}
}

/// What a walk holds between pages: its checkpoint, and what every error resumes from.
///
/// It is the request itself for a walk by page number ([`paginate`](crate::paginate)),
/// and a [`Follow`] for a walk by the server's next links
/// ([`follow_links`](crate::follow_links)). Sealed: these are the two.
pub trait Position: Clone + sealed::Sealed {
    /// The request of the page this position is at.
    type Request: PaginatedRequest;

    /// Whether the pages after this one can be asked for by number, so that a walk can
    /// fetch ahead. A walk by links cannot: each link comes with the page before it.
    #[doc(hidden)]
    const BY_NUMBER: bool;

    /// The request of the page this position is at.
    fn request(&self) -> &Self::Request;

    /// The link this position fetches, once a server gave one.
    fn link(&self) -> Option<&str>;

    /// The same position at page `page`, asked for by number.
    #[doc(hidden)]
    #[must_use]
    fn at_page(&self, page: u32) -> Self;
}

/// How a walk moves on from a position once `Resp` answered it.
pub trait Advance<Resp>: Position {
    /// The URL `response` came from, when the walk knows it.
    #[doc(hidden)]
    fn came_from(response: &Resp) -> Option<&str>;

    /// The position of page `page`, the one after `response`.
    ///
    /// # Errors
    /// A [`LinkError`] when the next link cannot be followed.
    #[doc(hidden)]
    fn advance(&self, page: u32, response: &Resp) -> Result<Self, LinkError>;
}

impl<Req: PaginatedRequest + Clone> sealed::Sealed for Req {}

impl<Req: PaginatedRequest + Clone> Position for Req {
    type Request = Req;
    const BY_NUMBER: bool = true;

    fn request(&self) -> &Req {
        self
    }

    fn link(&self) -> Option<&str> {
        None
    }

    fn at_page(&self, page: u32) -> Self {
        self.clone().with_page(page)
    }
}

impl<Req: PaginatedRequest + Clone, Resp> Advance<Resp> for Req {
    fn came_from(_: &Resp) -> Option<&str> {
        None
    }

    fn advance(&self, page: u32, _: &Resp) -> Result<Self, LinkError> {
        Ok(self.at_page(page))
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

impl<Req: PaginatedRequest + Clone> sealed::Sealed for Follow<Req> {}

impl<Req: PaginatedRequest + Clone> Position for Follow<Req> {
    type Request = Req;
    const BY_NUMBER: bool = false;

    fn request(&self) -> &Req {
        &self.request
    }

    fn link(&self) -> Option<&str> {
        self.link.as_deref()
    }

    fn at_page(&self, page: u32) -> Self {
        Follow::new(self.request.clone().with_page(page))
    }
}

impl<Req: PaginatedRequest + Clone, Resp: PaginatedResponse> Advance<Linked<Resp>> for Follow<Req> {
    fn came_from(response: &Linked<Resp>) -> Option<&str> {
        Some(&response.url)
    }

    fn advance(&self, page: u32, response: &Linked<Resp>) -> Result<Self, LinkError> {
        let request = self.request.clone().with_page(page);
        Ok(match response.page.next_link() {
            Some(href) => Follow::with_link(request, resolve_link(&response.url, href)?),
            // A `has_more` flag, or totals, say there is a next page, but no link does:
            // ask for it by number.
            None => Follow::new(request),
        })
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
