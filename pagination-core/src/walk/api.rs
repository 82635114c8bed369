//! The settings and accessors every walker has, written once for all four: each walker
//! invokes [`walker_api!`] with the path to its [`Walk`](super::Walk) and the number of
//! items it holds but has not yielded yet.

/// `walker_api!([generics] Type, request: Req, where [bounds], walk: path.to.walk,
/// pending: |this| expression)` writes the walker's shared inherent methods.
macro_rules! walker_api {
    (
        [$($generics:tt)*] $walker:ty, request: $req:ident, where [$($bounds:tt)*],
        walk: $($walk:ident).+, pending: |$this:ident| $pending:expr
    ) => {
        impl<$($generics)*> $walker
        where
            $($bounds)*
        {
            /// Ends the walk with [`Error::MaxPages`](crate::Error::MaxPages) if it needs
            /// more than `limit` pages, after yielding the first `limit`.
            pub fn max_pages(mut self, limit: u64) -> Self {
                self.$($walk).+.set_max_pages(limit);
                self
            }

            /// Takes the server's totals as estimates: a walk that ends before them,
            /// totals that change or contradict each other, and items past them are then
            /// not errors. The page-number echo check and
            /// [`max_pages`](Self::max_pages) still guard against a server that ignores
            /// the page parameter.
            pub fn totals_are_estimates(mut self) -> Self {
                self.$($walk).+.set_estimates();
                self
            }

            /// Ends the walk once it has `limit` items, fetching no page past them (also
            /// when fetching ahead): the item walkers yield at most `limit` items, and a
            /// walk by offset or cursor asks the last page for only the items still wanted.
            /// Not to be confused with the page size, which only sets how many come at once.
            pub fn max_items(mut self, limit: u64) -> Self {
                self.$($walk).+.set_max_items(limit);
                self
            }

            /// For a walk by cursors (or links) of an API whose last page repeats its own
            /// cursor to say there is no more: that repeat ends the walk, instead of being
            /// the loop it would otherwise be. Any other cursor seen before is still one.
            pub fn last_cursor_repeats(mut self) -> Self {
                self.$($walk).+.set_repeated_token_ends();
                self
            }

            /// Calls `hook` after each page is accepted, with the pages and items so far
            /// and, when known, the totals: enough to drive a progress bar.
            pub fn on_progress(
                mut self,
                hook: impl FnMut(&$crate::Progress) + Send + 'static,
            ) -> Self {
                self.$($walk).+.set_hook(Box::new(hook));
                self
            }

            /// The pages and items accepted so far and, when known, the totals.
            pub fn progress(&self) -> &$crate::Progress {
                self.$($walk).+.progress()
            }

            /// The request of the next page to fetch, or that the pending error resumes
            /// from, once every item fetched so far has been yielded; `None` while items of
            /// a page are still to come, or when the walk is over. A checkpoint to persist,
            /// from which a new walk (in this process or another) continues with nothing
            /// lost or repeated.
            pub fn checkpoint(&self) -> Option<&$req> {
                let $this = self;
                let pending: usize = $pending;
                self.$($walk).+.checkpoint().filter(|_| pending == 0)
            }
        }
    };
}

pub(crate) use walker_api;
