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
#[cfg(feature = "stream")]
pub(crate) mod stream;

use crate::rules::{self, Facts, Known, Next};
use crate::{Error, PaginatedRequest, PaginatedResponse};
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
enum At<E, Req> {
    /// The page to fetch next. Its request is also the checkpoint.
    Next(Req),
    /// The walk ended short of the server's totals: this error is yielded after the
    /// page before it. Its resume request is the checkpoint.
    Stopping(Error<E, Req>),
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

/// One walk's state, fed each page in page order.
pub(crate) struct Walk<E, Req> {
    at: At<E, Req>,
    progress: Progress,
    /// The server's page size, once a page has told it.
    size: Option<u64>,
    /// Whether the walk started on the first page, so that it counts the items before
    /// each page exactly.
    from_first: bool,
    settings: Settings,
}

impl<E, Req: PaginatedRequest + Clone> Walk<E, Req> {
    pub(crate) fn new(first: Req) -> Self {
        Walk {
            from_first: first.page() == Req::PARAMS.first_page,
            at: At::Next(first),
            progress: Progress::default(),
            size: None,
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
    pub(crate) fn checkpoint(&self) -> Option<&Req> {
        match &self.at {
            At::Next(request) => Some(request),
            At::Stopping(error) => Some(error.resume()),
            At::Done => None,
        }
    }

    /// The page the walk will fetch next, if it will fetch one.
    pub(crate) fn next_page(&self) -> Option<u32> {
        match &self.at {
            At::Next(request) => Some(request.page()),
            At::Stopping(_) | At::Done => None,
        }
    }

    /// The request of page `page`: the next request with only its page changed.
    pub(crate) fn request_for(&self, page: u32) -> Option<Req> {
        match &self.at {
            At::Next(request) => Some(request.clone().with_page(page)),
            At::Stopping(_) | At::Done => None,
        }
    }

    /// How far ahead pages may be fetched: up to the last page, once totals that are not
    /// estimates tell it, and no more pages than `max_pages` leaves.
    pub(crate) fn fetch_ahead(&self) -> Option<(u32, u64)> {
        let total = self
            .progress
            .total_pages
            .filter(|_| !self.settings.estimates)?;
        let last = u64::from(Req::PARAMS.first_page).saturating_add(total.saturating_sub(1));
        let last = u32::try_from(last).unwrap_or(u32::MAX).min(Req::MAX_PAGE);
        let left = self
            .settings
            .max_pages
            .map_or(u64::MAX, |limit| limit.saturating_sub(self.progress.pages));
        Some((last, left))
    }

    /// The request to fetch now, an error that ends the walk, or `None` when it is over.
    pub(crate) fn take_next(&mut self) -> Option<Result<Req, Error<E, Req>>> {
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

    /// Whether `request` may be fetched: the first must be valid, and `max_pages` holds.
    fn startable(&self, request: Req) -> Result<(), Error<E, Req>> {
        if self.progress.pages == 0 {
            if let Err(source) = request.validate() {
                return Err(Error::InvalidRequest {
                    page: request.page(),
                    source,
                    resume: Box::new(request),
                });
            }
        }
        match self.settings.max_pages {
            Some(limit) if self.progress.pages >= limit => Err(Error::MaxPages {
                page: request.page(),
                limit,
                resume: Box::new(request),
            }),
            _ => Ok(()),
        }
    }

    /// Fetching the next page failed with `source`; the walk is over.
    pub(crate) fn fetch_failed(&mut self, source: E) -> Error<E, Req> {
        let request = self.answered();
        self.at = At::Done;
        Error::Fetch {
            page: request.page(),
            source,
            resume: Box::new(request),
        }
    }

    /// Takes `response`, the answer to the next request: checks it, records it and
    /// advances. `Ok` means the page is good to yield; an error ends the walk without
    /// yielding it.
    pub(crate) fn accept<Resp: PaginatedResponse>(
        &mut self,
        response: &Resp,
    ) -> Result<(), Error<E, Req>> {
        let At::Next(request) = &self.at else {
            unreachable!("a page is only fetched for the walk's next request")
        };
        let facts = Facts::of(request, response, self.known());
        if let Err(check) = guards::check::<Req, Resp>(&facts, &self.progress, &self.settings) {
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
        self.advance(&facts, next, ended_short);
        Ok(())
    }

    fn known(&self) -> Known {
        Known {
            before: self.from_first.then_some(self.progress.items),
            size: self.size,
        }
    }

    /// The request of the page just fetched.
    fn answered(&self) -> Req {
        match &self.at {
            At::Next(request) => request.clone(),
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

    fn advance(&mut self, facts: &Facts, next: Next, ended_short: bool) {
        let request = self.answered();
        self.at = match next {
            Next::Page(page) => At::Next(request.with_page(page)),
            Next::End(_) if ended_short => {
                let resume = request.with_page(facts.page.saturating_add(1));
                At::Stopping(guards::stopped_short(facts, next, resume))
            }
            Next::End(_) => At::Done,
        };
    }
}
