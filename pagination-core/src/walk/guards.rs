//! The checks a page passes before a walk yields it, each a small function over the
//! page's [`Facts`]: they stop a walk that would loop or return a silently wrong result.

use super::{Progress, Settings};
use crate::rules::{self, Facts, Mismatch, Next};
use crate::{Error, PageInfo, Totals};

/// A guard that failed.
pub(super) enum Failed {
    /// The server answered another page number or offset.
    Ignored(Mismatch),
    /// The items or pages through this one exceed the server's totals.
    PastTotal,
    /// A total reported before is now reported with another value.
    TotalChanged { before: Totals, after: Totals },
    /// No page size explains the totals.
    Inconsistent,
    /// The page holds more items than the server's page size.
    Overfull { size: u64 },
}

impl Failed {
    /// The walk's error for this failure on the page of `facts`, answering `request`.
    pub(super) fn into_error<E, Req>(self, facts: &Facts, request: Req) -> Error<E, Req> {
        let (page, resume) = (facts.page, Box::new(request));
        match self {
            Failed::Ignored(Mismatch::Page { returned }) => Error::PageIgnored {
                page,
                returned,
                info: facts.reported,
                resume,
            },
            Failed::Ignored(Mismatch::Offset { asked, returned }) => Error::OffsetIgnored {
                page,
                offset: asked,
                returned,
                resume,
            },
            Failed::PastTotal => Error::PastTotal {
                page,
                seen: facts.seen,
                info: facts.info,
                resume,
            },
            Failed::TotalChanged { before, after } => Error::TotalChanged {
                page,
                before,
                after,
                resume,
            },
            Failed::Overfull { size } => Error::Overfull {
                page,
                len: facts.len,
                size,
                resume,
            },
            Failed::Inconsistent => Error::Inconsistent {
                page,
                info: checked_totals(facts),
                resume,
            },
        }
    }
}

/// Every guard, in order. Totals taken as estimates are not checked; the echo of the page
/// number or offset still is, as it is what stops a server that ignores the parameter, and
/// so is a page's length.
pub(super) fn check(facts: &Facts, progress: &Progress, settings: &Settings) -> Result<(), Failed> {
    echoed(facts)?;
    within_page_size(facts)?;
    if settings.estimates {
        return Ok(());
    }
    totals_explained(facts)?;
    totals_unchanged(facts, progress)?;
    within_totals(facts)
}

/// The page number or offset the server answered with, if it says one, is the one asked
/// for (a page number counted from the response's own base).
fn echoed(facts: &Facts) -> Result<(), Failed> {
    facts
        .mismatch
        .map_or(Ok(()), |mismatch| Err(Failed::Ignored(mismatch)))
}

/// The page holds no more items than the server's page size: with more, the pages asked
/// after it by number (or by its links, which count by number) would repeat some.
fn within_page_size(facts: &Facts) -> Result<(), Failed> {
    match facts.room {
        Some(size) if facts.len > size => Err(Failed::Overfull { size }),
        _ => Ok(()),
    }
}

/// Some page size (the server's, once known) makes the items fill the pages. Only two
/// totals the server reports can disagree: with one missing, they are explained.
fn totals_explained(facts: &Facts) -> Result<(), Failed> {
    if rules::totals_explained(&checked_totals(facts)) {
        Ok(())
    } else {
        Err(Failed::Inconsistent)
    }
}

/// The totals as reported, with the page size only when the server has told it.
fn checked_totals(facts: &Facts) -> PageInfo {
    let reported = &facts.reported;
    PageInfo::new(
        reported.page,
        facts.told,
        reported.total_items,
        reported.total_pages,
    )
}

/// A total reported on this page and before, with another value, has changed; one that
/// either page leaves out is unknown there, not changed.
fn totals_unchanged(facts: &Facts, progress: &Progress) -> Result<(), Failed> {
    let before = Totals::new(progress.total_items, progress.total_pages);
    let after = Totals::new(facts.reported.total_items, facts.reported.total_pages);
    let differ = |a: Option<u64>, b: Option<u64>| a.zip(b).is_some_and(|(a, b)| a != b);
    if differ(before.items, after.items) || differ(before.pages, after.pages) {
        Err(Failed::TotalChanged { before, after })
    } else {
        Ok(())
    }
}

/// The items through this page are within the total, and a page with items is within
/// the number of pages.
fn within_totals(facts: &Facts) -> Result<(), Failed> {
    let past_items = facts
        .info
        .total_items
        .is_some_and(|total| facts.seen > total);
    let past_pages = facts.len > 0
        && facts
            .info
            .total_pages
            .is_some_and(|total| facts.index >= total);
    if facts.placed && (past_items || past_pages) {
        Err(Failed::PastTotal)
    } else {
        Ok(())
    }
}

/// The error of a walk that ended by `next` while the totals say there is more.
pub(super) fn stopped_short<E, Req>(facts: &Facts, next: Next, resume: Req) -> Error<E, Req> {
    let Next::End(reason) = next else {
        unreachable!("only a walk that ends can stop short")
    };
    Error::StoppedShort {
        page: facts.page,
        reason,
        seen: facts.seen,
        info: facts.info,
        resume: Box::new(resume),
    }
}
