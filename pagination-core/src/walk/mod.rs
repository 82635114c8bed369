//! Walking every page. One state machine, [`Walk`], holds where a walk is, its guards
//! against servers that misbehave, progress and the checkpoint; the drivers only fetch:
//! [`Pages`](pages::Pages) with a blocking function, [`PageStream`](stream::PageStream)
//! with an async one.
//!
//! A page goes through the walk in three steps: its [`Facts`] are worked out once, the
//! [`guards`] check them, then the walk records progress and advances by the rules.

mod api;
#[cfg(feature = "links")]
pub(crate) mod by_link;
pub(crate) mod fetch;
mod guards;
pub(crate) mod pages;
#[cfg(feature = "stream")]
pub(crate) mod stream;
pub(crate) mod style;

use crate::rules::{self, Facts, Known, Next};
use crate::{EndReason, Error, PaginatedResponse};
use std::collections::HashSet;
use std::hash::{BuildHasher, BuildHasherDefault, DefaultHasher};
use std::marker::PhantomData;
use std::sync::Mutex;
use style::{Style, StyleFor};

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
    /// The walk ended short of the server's totals (or at a link or cursor it cannot
    /// follow): this error is yielded after the page before it. Its resume request is the
    /// checkpoint. Boxed, so that moving the walk's place costs what moving a request does.
    Stopping(Box<Error<E, Req>>),
    /// Over: the last page was yielded, or an error was.
    Done,
}

/// The settings every walker shares.
#[derive(Default)]
struct Settings {
    max_pages: Option<u64>,
    max_items: Option<u64>,
    estimates: bool,
    repeated_token_ends: bool,
    hook: Option<Hook>,
}

/// One walk's state, fed each page in order. `Req` is the request (a
/// [`Follow`](crate::Follow) for a walk by links), `S` the [`Style`] that moves it on.
pub(crate) struct Walk<E, Req, S> {
    at: At<E, Req>,
    progress: Progress,
    /// The server's page size, once a page has told it.
    size: Option<u64>,
    /// Whether the walk started on the first page, so that it counts the items before
    /// each page exactly.
    from_first: bool,
    /// Hashes of the links or cursors a walk fetched by, to notice one it sees again:
    /// 8 bytes a page (a 64-bit hash; a collision, one in 2^64, would end a walk early
    /// with an error, never loop it). It grows with the walk, which `max_pages` bounds.
    visited: HashSet<u64>,
    settings: Settings,
    style: PhantomData<fn() -> S>,
}

/// `SipHash` with fixed keys: a token's hash is the same in every walk.
type TokenHasher = BuildHasherDefault<DefaultHasher>;

fn hash<T: std::hash::Hash + ?Sized>(value: &T) -> u64 {
    TokenHasher::default().hash_one(value)
}

impl<E, Req: Clone, S: Style<Req>> Walk<E, Req, S> {
    pub(crate) fn new(first: Req) -> Self {
        Walk {
            from_first: S::starts(&first),
            at: At::Next(first),
            progress: Progress::default(),
            size: None,
            visited: HashSet::new(),
            settings: Settings::default(),
            style: PhantomData,
        }
    }

    pub(crate) fn set_max_pages(&mut self, limit: u64) {
        self.settings.max_pages = Some(limit);
    }

    pub(crate) fn set_max_items(&mut self, limit: u64) {
        self.settings.max_items = Some(limit);
    }

    pub(crate) fn set_estimates(&mut self) {
        self.settings.estimates = true;
    }

    pub(crate) fn set_repeated_token_ends(&mut self) {
        self.settings.repeated_token_ends = true;
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

    /// The request the walk will fetch next, if it will fetch one.
    #[cfg(feature = "stream")]
    pub(crate) fn next_request(&self) -> Option<&Req> {
        match &self.at {
            At::Next(request) => Some(request),
            At::Stopping(_) | At::Done => None,
        }
    }

    /// The request `steps` pages after the next one, to fetch ahead: only once totals that
    /// are not estimates tell it exists, within `max_pages` and `max_items`, and never for
    /// a walk by links or cursors, which learns each page's address from the one before.
    #[cfg(feature = "stream")]
    pub(crate) fn ahead(&self, steps: u64) -> Option<Req> {
        if !S::AHEAD || self.settings.estimates {
            return None;
        }
        let pages = self.progress.pages.checked_add(steps)?;
        if self.settings.max_pages.is_some_and(|limit| pages >= limit) {
            return None;
        }
        let ahead = style::Ahead {
            size: self.size,
            total_items: self.progress.total_items,
            total_pages: self.progress.total_pages,
        };
        let request = S::ahead(self.next_request()?, steps, &ahead)?;
        let size = self.size.unwrap_or(u64::MAX);
        let before = self
            .progress
            .items
            .saturating_add(steps.saturating_mul(size));
        match self.settings.max_items {
            Some(limit) if before >= limit => None,
            Some(limit) => Some(S::at_most(request, limit - before)),
            None => Some(request),
        }
    }

    /// Whether an item walker, having yielded every item of the pages so far, wants
    /// more: not once `max_items` are yielded (with `max_items(0)`, not even page 1).
    pub(crate) fn wants_more(&self) -> bool {
        self.settings
            .max_items
            .is_none_or(|limit| self.progress.items < limit)
    }

    /// How many of the `received` items of the page just accepted an item walker yields:
    /// all of them, unless `max_items` cuts the page.
    pub(crate) fn room(&self, received: usize) -> usize {
        let Some(limit) = self.settings.max_items else {
            return received;
        };
        let before = self.progress.items.saturating_sub(received as u64);
        usize::try_from(limit.saturating_sub(before)).map_or(received, |room| room.min(received))
    }

    /// The request to fetch now, an error that ends the walk, or `None` when it is over.
    pub(crate) fn take_next(&mut self) -> Option<Result<Req, Error<E, Req>>> {
        let request = match core::mem::replace(&mut self.at, At::Done) {
            At::Next(request) => request,
            At::Stopping(error) => return Some(Err(*error)),
            At::Done => return None,
        };
        let request = match self.startable(request) {
            Ok(request) => request,
            Err(error) => return Some(Err(error)),
        };
        let request = match self.settings.max_items {
            Some(limit) => S::at_most(request, limit.saturating_sub(self.progress.items)),
            None => request,
        };
        // The request stays the checkpoint until its page is accepted.
        self.at = At::Next(request.clone());
        Some(Ok(request))
    }

    /// `request`, if it may be fetched: the first must be valid, and `max_pages` holds.
    fn startable(&self, request: Req) -> Result<Req, Error<E, Req>> {
        if self.progress.pages == 0 {
            if let Err(source) = S::validate(&request) {
                return Err(Error::InvalidRequest {
                    page: self.page_of(&request),
                    source,
                    resume: Box::new(request),
                });
            }
        } else if let Err(source) = S::check(&request) {
            return Err(Error::BadCursor {
                page: self.page_of(&request),
                source,
                resume: Box::new(request),
            });
        }
        match self.settings.max_pages {
            Some(limit) if self.progress.pages >= limit => Err(Error::MaxPages {
                page: self.page_of(&request),
                limit,
                resume: Box::new(request),
            }),
            _ => Ok(request),
        }
    }

    /// The number of the page `request` asks for: its own, or (a cursor page) its place.
    fn page_of(&self, request: &Req) -> u32 {
        match S::page(request, self.size) {
            0 => u32::try_from(self.progress.pages.saturating_add(1)).unwrap_or(u32::MAX),
            page => page,
        }
    }

    /// Fetching the next page failed with `source`; the walk is over.
    pub(crate) fn fetch_failed(&mut self, source: E) -> Error<E, Req> {
        let request = self.answered();
        self.at = At::Done;
        Error::Fetch {
            page: self.page_of(&request),
            source,
            resume: Box::new(request),
        }
    }

    /// Takes `response`, the answer to the next request: checks it, records it and
    /// advances. `Ok` means the page is good to yield; an error ends the walk without
    /// yielding it.
    pub(crate) fn accept<Resp>(&mut self, response: &Resp) -> Result<(), Error<E, Req>>
    where
        Resp: PaginatedResponse,
        S: StyleFor<Req, Resp>,
    {
        let At::Next(request) = &self.at else {
            unreachable!("a page is only fetched for the walk's next request")
        };
        let facts = S::facts(request, response, self.known());
        if let Err(check) = guards::check(&facts, &self.progress, &self.settings) {
            let request = self.answered();
            self.at = At::Done;
            return Err(check.into_error(&facts, request));
        }
        let next = self.decide(&facts);
        let ended_short = matches!(next, Next::End(reason) if reason != EndReason::MaxItems)
            && !self.settings.estimates
            && facts.short_of_totals();
        if ended_short && facts.len == 0 {
            // Nothing to yield: the error comes at once, resuming at the empty page.
            let request = self.answered();
            self.at = At::Done;
            return Err(guards::stopped_short(&facts, next, request));
        }
        // The link or cursor the page was asked by, and where it came from: after a
        // redirect, a link back to either is a link back to this page.
        let tokens = [S::token(request), S::came_from(request, response)];
        for token in tokens.into_iter().flatten() {
            self.visited.insert(S::fingerprint(token));
        }
        // A page asked by its request: where a link to it would lead.
        if let Some(address) = S::address(request, response) {
            self.visited.insert(S::fingerprint(&address));
        }
        self.record(&facts);
        self.advance(&facts, next, ended_short, response);
        Ok(())
    }

    /// The rules, and `max_items`: a walk that has its items fetches no more pages.
    fn decide(&self, facts: &Facts) -> Next {
        let items = self.progress.items.saturating_add(facts.len);
        match rules::decide(facts) {
            Next::More if self.settings.max_items.is_some_and(|limit| items >= limit) => {
                Next::End(EndReason::MaxItems)
            }
            next => next,
        }
    }

    fn known(&self) -> Known {
        Known {
            before: self.from_first.then_some(self.progress.items),
            size: self.size,
            pages: self.progress.pages,
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

    fn advance<Resp>(&mut self, facts: &Facts, next: Next, ended_short: bool, response: &Resp)
    where
        S: StyleFor<Req, Resp>,
    {
        // The walk's place moves on from here: its request is taken, not copied.
        let At::Next(request) = core::mem::replace(&mut self.at, At::Done) else {
            unreachable!("a page is only fetched for the walk's next request")
        };
        let page = facts.page.saturating_add(1);
        self.at = match next {
            Next::More => self.follow(&request, facts, response),
            Next::End(_) if ended_short => {
                // Where the next page would start; a walk by links or cursors has no
                // address for it, and resumes by page number or at this page.
                let resume = S::advance(&request, facts, response)
                    .ok()
                    .filter(|_| S::AHEAD)
                    .unwrap_or_else(|| S::at_page(&request, page));
                At::Stopping(Box::new(guards::stopped_short(facts, next, resume)))
            }
            Next::End(_) => At::Done,
        };
    }

    /// Moves on to the next page, unless its link cannot be followed, or its link or
    /// cursor is one this walk fetched by already. Those errors come after the page is
    /// yielded (its items are real); a link error resumes by page number.
    fn follow<Resp>(&self, request: &Req, facts: &Facts, response: &Resp) -> At<E, Req>
    where
        S: StyleFor<Req, Resp>,
    {
        let page = facts.page.saturating_add(1);
        let next = match S::advance(request, facts, response) {
            Ok(next) => next,
            Err(source) => {
                return At::Stopping(Box::new(Error::Link {
                    page,
                    source,
                    resume: Box::new(S::at_page(request, page)),
                }));
            }
        };
        let Some(token) =
            S::token(&next).filter(|token| self.visited.contains(&S::fingerprint(token)))
        else {
            return At::Next(next);
        };
        if self.settings.repeated_token_ends && S::token(request) == Some(token) {
            // The API repeats its last page's token to say there is no more.
            return At::Done;
        }
        At::Stopping(Box::new(S::revisited(
            page,
            token.to_owned(),
            S::at_page(request, page),
        )))
    }
}
