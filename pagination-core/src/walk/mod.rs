//! Walking every page. One state machine, [`Walk`], holds where a walk is, its guards
//! against servers that misbehave, progress and the checkpoint; the drivers only fetch:
//! [`Pages`](pages::Pages) with a blocking function, [`PageStream`](stream::PageStream)
//! with an async one.
//!
//! A page goes through the walk in three steps: its [`Facts`] are worked out once, the
//! [`guards`] check them, then the walk records progress and advances by the rules.

mod api;
pub(crate) mod fetch;
mod guards;
pub(crate) mod pages;
pub(crate) mod position;
#[cfg(feature = "stream")]
pub(crate) mod stream;

use crate::rules::{self, Facts, Known, Next};
use crate::{Error, PaginatedRequest, PaginatedResponse};
use position::{Advance, Position};
use std::collections::HashSet;
use std::hash::{BuildHasher, BuildHasherDefault, DefaultHasher};
use std::sync::Mutex;

/// How far a walk has come, reported after each page.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub struct Progress {
    /// Pages fetched by this walk so far.
    pub pages: u64,
    /// Items on those pages.
    pub items: u64,
    /// The number of the last page fetched.
    pub page: u32,
    /// The total number of items, as last reported.
    pub total_items: Option<u64>,
    /// The total number of pages, as last reported (or as follows from the total number
    /// of items and the server's page size).
    pub total_pages: Option<u64>,
}

/// Called with the progress after each page.
///
/// `Send + 'static`: a walk is often returned from an SDK method or moved into a spawned
/// task, so a hook that borrowed would tie every walker type to a lifetime. A hook that
/// needs shared state captures an `Arc`. It is not required to be `Sync`: the walk keeps
/// it in a `Mutex` (only ever reached through `&mut`, so never locked in contention),
/// which keeps walkers `Sync` whatever the hook is.
type Hook = Mutex<Box<dyn FnMut(&Progress) + Send>>;

/// Where a walk is.
enum At<E, P> {
    /// The page to fetch next. Its position is also the checkpoint.
    Next(P),
    /// The walk ended short of the server's totals: this error is yielded after the
    /// page before it. Its resume request is the checkpoint.
    Stopping(Error<E, P>),
    /// Over: the last page was yielded, or an error was.
    Done,
}

/// The settings every walker shares.
#[derive(Default)]
struct Settings {
    max_pages: Option<u64>,
    estimates: bool,
    hook: Option<Hook>,
}

/// One walk's state, fed each page in page order. `P` is the request, or a
/// [`Follow`](position::Follow) for a walk by links.
pub(crate) struct Walk<E, P> {
    at: At<E, P>,
    progress: Progress,
    /// The server's page size, once a page has told it.
    size: Option<u64>,
    /// Whether the walk started on the first page, so that it counts the items before
    /// each page exactly.
    from_first: bool,
    /// Hashes of the URLs a walk by links fetched, to notice a link back to one of them:
    /// 8 bytes a page (a 64-bit hash; a collision, one in 2^64, would end a walk early
    /// with an error, never loop it).
    visited: HashSet<u64>,
    settings: Settings,
}

/// `SipHash` with fixed keys: a URL's hash is the same in every walk.
type UrlHasher = BuildHasherDefault<DefaultHasher>;

impl<E, P: Position> Walk<E, P> {
    pub(crate) fn new(first: P) -> Self {
        Walk {
            from_first: first.request().page()
                == <P::Request as PaginatedRequest>::PARAMS.first_page,
            at: At::Next(first),
            progress: Progress::default(),
            size: None,
            visited: HashSet::new(),
            settings: Settings::default(),
        }
    }

    pub(crate) fn set_max_pages(&mut self, limit: u64) {
        self.settings.max_pages = Some(limit);
    }

    pub(crate) fn set_estimates(&mut self) {
        self.settings.estimates = true;
    }

    pub(crate) fn set_hook(&mut self, hook: Box<dyn FnMut(&Progress) + Send>) {
        self.settings.hook = Some(Mutex::new(hook));
    }

    pub(crate) fn progress(&self) -> &Progress {
        &self.progress
    }

    /// The request the walk will fetch next, or that its pending error resumes from;
    /// `None` once it is over.
    pub(crate) fn checkpoint(&self) -> Option<&P> {
        match &self.at {
            At::Next(request) => Some(request),
            At::Stopping(error) => Some(error.resume()),
            At::Done => None,
        }
    }

    /// The page the walk will fetch next, if it will fetch one.
    pub(crate) fn next_page(&self) -> Option<u32> {
        match &self.at {
            At::Next(position) => Some(position.request().page()),
            At::Stopping(_) | At::Done => None,
        }
    }

    /// The position of page `page`, asked for by number: the next one with only its page
    /// changed.
    pub(crate) fn request_for(&self, page: u32) -> Option<P> {
        match &self.at {
            At::Next(position) if P::BY_NUMBER => Some(position.at_page(page)),
            At::Next(_) | At::Stopping(_) | At::Done => None,
        }
    }

    /// How far ahead pages may be fetched: up to the last page, once totals that are not
    /// estimates tell it, and no more pages than `max_pages` leaves. Never for a walk by
    /// links, which learns each page's address from the page before it.
    pub(crate) fn fetch_ahead(&self) -> Option<(u32, u64)> {
        let total = self
            .progress
            .total_pages
            .filter(|_| P::BY_NUMBER && !self.settings.estimates)?;
        let first = <P::Request as PaginatedRequest>::PARAMS.first_page;
        let last = u64::from(first).saturating_add(total.saturating_sub(1));
        let max_page = <P::Request as PaginatedRequest>::MAX_PAGE;
        let last = u32::try_from(last).unwrap_or(u32::MAX).min(max_page);
        let left = self
            .settings
            .max_pages
            .map_or(u64::MAX, |limit| limit.saturating_sub(self.progress.pages));
        Some((last, left))
    }

    /// The request to fetch now, an error that ends the walk, or `None` when it is over.
    pub(crate) fn take_next(&mut self) -> Option<Result<P, Error<E, P>>> {
        let request = match core::mem::replace(&mut self.at, At::Done) {
            At::Next(request) => request,
            At::Stopping(error) => return Some(Err(error)),
            At::Done => return None,
        };
        if let Err(error) = self.startable(request.clone()) {
            return Some(Err(error));
        }
        // The request stays the checkpoint until its page is accepted.
        self.at = At::Next(request.clone());
        Some(Ok(request))
    }

    /// Whether `position` may be fetched: the first must be valid, and `max_pages` holds.
    fn startable(&self, position: P) -> Result<(), Error<E, P>> {
        let page = position.request().page();
        if self.progress.pages == 0 {
            if let Err(source) = position.request().validate() {
                return Err(Error::InvalidRequest {
                    page,
                    source,
                    resume: Box::new(position),
                });
            }
        }
        match self.settings.max_pages {
            Some(limit) if self.progress.pages >= limit => Err(Error::MaxPages {
                page,
                limit,
                resume: Box::new(position),
            }),
            _ => Ok(()),
        }
    }

    /// Fetching the next page failed with `source`; the walk is over.
    pub(crate) fn fetch_failed(&mut self, source: E) -> Error<E, P> {
        let position = self.answered();
        self.at = At::Done;
        Error::Fetch {
            page: position.request().page(),
            source,
            resume: Box::new(position),
        }
    }

    /// Takes `response`, the answer to the next request: checks it, records it and
    /// advances. `Ok` means the page is good to yield; an error ends the walk without
    /// yielding it.
    pub(crate) fn accept<Resp>(&mut self, response: &Resp) -> Result<(), Error<E, P>>
    where
        Resp: PaginatedResponse,
        P: Advance<Resp>,
    {
        let At::Next(position) = &self.at else {
            unreachable!("a page is only fetched for the walk's next request")
        };
        let facts = Facts::of(position.request(), response, self.known());
        let guarded = guards::check::<P::Request, Resp>(&facts, &self.progress, &self.settings);
        if let Err(check) = guarded {
            let request = self.answered();
            self.at = At::Done;
            return Err(check.into_error(&facts, request));
        }
        let next = rules::decide(&facts);
        let ended_short =
            matches!(next, Next::End(_)) && !self.settings.estimates && facts.short_of_totals();
        if ended_short && facts.len == 0 {
            // Nothing to yield: the error comes at once, resuming at the empty page.
            let request = self.answered();
            self.at = At::Done;
            return Err(guards::stopped_short(&facts, next, request));
        }
        self.record(&facts);
        if let Some(url) = P::came_from(response) {
            self.visited.insert(UrlHasher::default().hash_one(url));
        }
        self.advance(&facts, next, ended_short, response);
        Ok(())
    }

    fn known(&self) -> Known {
        Known {
            before: self.from_first.then_some(self.progress.items),
            size: self.size,
        }
    }

    /// The position of the page just fetched.
    fn answered(&self) -> P {
        match &self.at {
            At::Next(position) => position.clone(),
            At::Stopping(_) | At::Done => {
                unreachable!("a page is only fetched for the walk's next request")
            }
        }
    }

    fn record(&mut self, facts: &Facts) {
        let progress = &mut self.progress;
        progress.pages += 1;
        progress.items = progress.items.saturating_add(facts.len);
        progress.page = facts.page;
        // A total a page leaves out is unknown there, not gone.
        progress.total_items = facts.info.total_items.or(progress.total_items);
        progress.total_pages = facts.info.total_pages.or(progress.total_pages);
        self.size = facts.told;
        if let Some(hook) = &mut self.settings.hook {
            let hook = hook
                .get_mut()
                .unwrap_or_else(std::sync::PoisonError::into_inner);
            hook(&self.progress);
        }
    }

    fn advance<Resp>(&mut self, facts: &Facts, next: Next, ended_short: bool, response: &Resp)
    where
        P: Advance<Resp>,
    {
        let position = self.answered();
        self.at = match next {
            Next::Page(page) => self.follow(&position, page, response),
            Next::End(_) if ended_short => {
                let resume = position.at_page(facts.page.saturating_add(1));
                At::Stopping(guards::stopped_short(facts, next, resume))
            }
            Next::End(_) => At::Done,
        };
    }

    /// Moves on to page `page`: by number, or by the link `response` gives, unless that
    /// link cannot be followed or leads back to a page this walk fetched. Those errors
    /// come after the page is yielded (its items are real) and resume by page number.
    fn follow<Resp>(&self, position: &P, page: u32, response: &Resp) -> At<E, P>
    where
        P: Advance<Resp>,
    {
        match position.advance(page, response) {
            Err(source) => At::Stopping(Error::Link {
                page,
                source,
                resume: Box::new(position.at_page(page)),
            }),
            Ok(next) => match next.link() {
                Some(link) if self.visited.contains(&UrlHasher::default().hash_one(link)) => {
                    At::Stopping(Error::LinkLoop {
                        page,
                        link: link.to_owned(),
                        resume: Box::new(position.at_page(page)),
                    })
                }
                _ => At::Next(next),
            },
        }
    }
}
