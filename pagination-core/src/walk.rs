//! The state of a walk over every page, shared by the sync [`Pages`](crate::Pages) and
//! the async [`PageStream`](crate::PageStream): what to fetch next, the guards against
//! servers that misbehave, progress, and the checkpoint. The drivers only fetch.

use crate::rules::{self, End, Next};
use crate::{Error, PaginatedRequest, PaginatedResponse};

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
    /// The total number of items, when the server reports it.
    pub total_items: Option<u64>,
    /// The total number of pages, when the server reports it (or it follows from the
    /// total number of items and the page size).
    pub total_pages: Option<u64>,
}

/// The settings and accessors every walker has, written once: each walker struct has a
/// `walk: Walk<Req>` field. Used inside the walkers' `impl` blocks.
macro_rules! walker_methods {
    () => {
        /// Ends the walk with [`Error::MaxPages`](crate::Error::MaxPages) if it needs more
        /// than `limit` pages, after yielding the first `limit`.
        pub fn max_pages(mut self, limit: u64) -> Self {
            self.walk.set_max_pages(limit);
            self
        }

        /// Takes the server's totals as estimates: a walk that ends before them, totals
        /// that change or contradict each other, and items past them are then not errors.
        /// The page-number echo check and [`max_pages`](Self::max_pages) still guard
        /// against a server that ignores the page parameter.
        pub fn totals_are_estimates(mut self) -> Self {
            self.walk.set_estimates();
            self
        }

        /// Calls `hook` after each page is accepted, with the pages and items so far and,
        /// when known, the totals: enough to drive a progress bar.
        pub fn on_progress(mut self, hook: impl FnMut(&$crate::Progress) + Send + 'static) -> Self {
            self.walk.set_hook(Box::new(hook));
            self
        }

        /// The pages and items accepted so far and, when known, the totals.
        pub fn progress(&self) -> &$crate::Progress {
            self.walk.progress()
        }

        /// The request of the next page to be yielded, or `None` when the walk is over: a
        /// checkpoint to persist, from which a new walk (in this process or another)
        /// continues with nothing lost or repeated.
        pub fn checkpoint(&self) -> Option<&Req> {
            self.walk.checkpoint()
        }
    };
}

pub(crate) use walker_methods;

/// Called with the progress after each page.
pub(crate) type Hook = Box<dyn FnMut(&Progress) + Send>;

/// The totals a server reports, to notice when they change during a walk.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Totals {
    items: Option<u64>,
    pages: Option<u64>,
}

/// One walk's state. Pages are fed to [`Walk::accept`] in page order.
pub(crate) struct Walk<Req> {
    /// The request to fetch next, or `None` when the walk is over.
    next: Option<Req>,
    /// An error to report once the page before it has been yielded.
    pending: Option<Error<core::convert::Infallible, Req>>,
    /// The first request failed validation: reported on the first fetch.
    invalid: Option<crate::PageError>,
    progress: Progress,
    baseline: Option<Totals>,
    /// The last page number known from the totals, for fetching ahead.
    last_page: Option<u32>,
    max_pages: Option<u64>,
    estimates: bool,
    hook: Option<Hook>,
}

impl<Req: PaginatedRequest + Clone> Walk<Req> {
    pub(crate) fn new(first: Req) -> Self {
        Walk {
            invalid: first.validate().err(),
            next: Some(first),
            pending: None,
            progress: Progress::default(),
            baseline: None,
            last_page: None,
            max_pages: None,
            estimates: false,
            hook: None,
        }
    }

    pub(crate) fn set_max_pages(&mut self, max_pages: u64) {
        self.max_pages = Some(max_pages);
    }

    pub(crate) fn set_estimates(&mut self) {
        self.estimates = true;
    }

    pub(crate) fn set_hook(&mut self, hook: Hook) {
        self.hook = Some(hook);
    }

    pub(crate) fn progress(&self) -> &Progress {
        &self.progress
    }

    /// The request this walk will fetch next; `None` once it is over.
    pub(crate) fn checkpoint(&self) -> Option<&Req> {
        self.next.as_ref()
    }

    /// The checkpoint of a walk over items, `pending` of which (from a page already
    /// fetched) are still to be yielded: only between pages, since a page is what a walk
    /// resumes from.
    pub(crate) fn item_checkpoint(&self, pending: usize) -> Option<&Req> {
        self.checkpoint().filter(|_| pending == 0)
    }

    /// How far ahead pages may be fetched: the last page number, once totals that are not
    /// estimates tell it, and no more pages than `max_pages` leaves.
    pub(crate) fn fetch_ahead(&self) -> Option<(u32, u64)> {
        let last = self.last_page.filter(|_| !self.estimates)?;
        let left = self
            .max_pages
            .map_or(u64::MAX, |limit| limit.saturating_sub(self.progress.pages));
        Some((last, left))
    }

    /// The request to fetch now, an error that ends the walk, or `None` when it is over.
    /// After an error the walk is over.
    pub(crate) fn take_next<E>(&mut self) -> Option<Result<Req, Error<E, Req>>> {
        if let Some(error) = self.pending.take() {
            self.next = None;
            return Some(Err(error.widen()));
        }
        let request = self.next.take()?;
        if let Some(source) = self.invalid.take() {
            return Some(Err(Error::InvalidRequest {
                page: request.page(),
                source,
                resume: Box::new(request),
            }));
        }
        if let Some(limit) = self.max_pages {
            if self.progress.pages >= limit {
                return Some(Err(Error::MaxPages {
                    page: request.page(),
                    limit,
                    resume: Box::new(request),
                }));
            }
        }
        // Keep the checkpoint until the page is accepted: a failed fetch resumes here.
        self.next = Some(request.clone());
        Some(Ok(request))
    }

    /// Records that fetching `request` failed; the walk is over.
    pub(crate) fn fetch_failed<E>(&mut self, request: Req, source: E) -> Error<E, Req> {
        self.next = None;
        Error::Fetch {
            page: request.page(),
            source,
            resume: Box::new(request),
        }
    }

    /// Checks `response`, the answer to `request`, and works out what comes next. `Ok`
    /// means the page is good to yield; an error ends the walk without yielding it.
    pub(crate) fn accept<Resp, E>(
        &mut self,
        request: &Req,
        response: &Resp,
    ) -> Result<(), Error<E, Req>>
    where
        Resp: PaginatedResponse,
    {
        self.next = None;
        let page = request.page();
        let len = response.items().len() as u64;
        let reported = response.page_info();
        if let Some(returned) = reported.page {
            if returned != u64::from(page) {
                return Err(Error::PageIgnored {
                    page,
                    returned: Some(returned),
                    info: reported,
                    resume: Box::new(request.clone()),
                });
            }
        }
        let info = reported.or_page_size(request.page_size());
        let size = info.page_size.unwrap_or(u64::from(request.page_size()));
        let computed_pages = info.total_items.map(|items| items.div_ceil(size));
        if !self.estimates
            && info.total_pages.is_some()
            && computed_pages.is_some()
            && info.total_pages != computed_pages
        {
            return Err(Error::Inconsistent {
                page,
                info,
                resume: Box::new(request.clone()),
            });
        }
        let totals = Totals {
            items: info.total_items,
            pages: info.total_pages,
        };
        if let Some(before) = self.baseline {
            if before != totals && !self.estimates {
                return Err(Error::TotalChanged {
                    page,
                    before: (before.items, before.pages),
                    after: (totals.items, totals.pages),
                    resume: Box::new(request.clone()),
                });
            }
        } else if totals.items.is_some() || totals.pages.is_some() {
            self.baseline = Some(totals);
        }
        let index = rules::index_of::<Req>(page);
        let through = index.saturating_mul(size).saturating_add(len);
        let past_items = info.total_items.is_some_and(|total| through > total);
        let past_pages = info.total_pages.is_some_and(|total| index >= total) && len > 0;
        if !self.estimates && (past_items || past_pages) {
            return Err(Error::PageIgnored {
                page,
                returned: None,
                info,
                resume: Box::new(request.clone()),
            });
        }
        self.last_page = info.total_pages.map(|total| {
            let last = u64::from(Req::PARAMS.first_page).saturating_add(total.saturating_sub(1));
            u32::try_from(last).unwrap_or(u32::MAX).min(Req::MAX_PAGE)
        });

        let next = rules::next_page(request, response);
        // A walk that ends while the totals say more is an error, after the page when it
        // has items (they are real), at once when it is empty (nothing to yield).
        let short_items = info.total_items.is_some_and(|total| through < total);
        let short_pages = info
            .total_pages
            .is_some_and(|total| index.saturating_add(1) < total);
        let stopped_short = match next {
            Next::End(reason) if !self.estimates && (short_items || short_pages) => {
                Some(Error::StoppedShort {
                    page,
                    reason: stop_reason(reason),
                    seen: through,
                    info,
                    resume: Box::new(if len == 0 {
                        request.clone()
                    } else {
                        request.clone().with_page(page.saturating_add(1))
                    }),
                })
            }
            _ => None,
        };
        if len == 0 {
            if let Some(error) = stopped_short {
                return Err(error.widen());
            }
        }

        self.progress.pages += 1;
        self.progress.items += len;
        self.progress.page = page;
        self.progress.total_items = info.total_items;
        self.progress.total_pages = info.total_pages;
        if let Some(hook) = &mut self.hook {
            hook(&self.progress);
        }
        match next {
            Next::Page(next) => self.next = Some(request.clone().with_page(next)),
            Next::End(_) => self.pending = stopped_short,
        }
        Ok(())
    }
}

/// Why a walk stopped, in words for [`Error::StoppedShort`].
fn stop_reason(end: End) -> &'static str {
    match end {
        End::EmptyPage => "the page was empty",
        End::NoNextLink => "the response had no next link",
        End::LastPage => "it was the last page",
        End::AllItemsSeen => "all items were seen",
        End::ShortPage => "the page was not full",
        End::PageLimit => "the page number cannot go higher",
    }
}
