//! The rules' integer arithmetic over the full ranges of its types, against a model
//! computed in `u128`: the facts of a page (its index, the items before and through it,
//! the server's page size, the totals), whether there is a next page, where the next
//! offset starts, whether totals explain each other, the clamps, and the steps a walk
//! takes from them (`ahead`, a page's number by offset, a lowered limit). Each property
//! says: no panic, no overflow, and the model's result.
//!
//! The items of a page are held, so their count is drawn up to a few thousand; every
//! other number (page, size, offset, totals, what the walk knows) is drawn over its whole
//! type, its edges as often as the rest.

use super::{
    Facts, Known, Mismatch, Next, Said, clamp, clamp_size, cursor, decide, effective_page,
    effective_size, index_of, offset, returned_index, saturate, shown_size, totals_explained,
    validate,
};
use crate::walk::style::{Ahead, ByOffset, ByPage};
use crate::{
    CursorParams, CursorRequest, EndReason, OffsetParams, OffsetRequest, PageError, PageInfo,
    PageParams, PaginatedRequest, PaginatedResponse, Style,
};
use proptest::prelude::*;

/// Cases per property.
const CASES: u32 = 1024;

// --- the model's arithmetic ---

fn wide(value: u64) -> u128 {
    u128::from(value)
}

/// `value` in a `u64`, or `u64::MAX` past it.
fn cap(value: u128) -> u64 {
    u64::try_from(value).unwrap_or(u64::MAX)
}

/// `value` in a `u32`, or `u32::MAX` past it.
fn cap32(value: u128) -> u32 {
    u32::try_from(value).unwrap_or(u32::MAX)
}

/// `ceil(items / size)`, `size > 0`.
fn ceil(items: u64, size: u64) -> u64 {
    cap(wide(items).div_ceil(wide(size)))
}

/// `PageInfo::new`, as its documentation says: a size of 0 is unknown, and the pages
/// follow from the items and the size when not reported.
fn model_info(
    page: Option<u64>,
    size: Option<u64>,
    items: Option<u64>,
    pages: Option<u64>,
) -> PageInfo {
    let size = size.filter(|&size| size > 0);
    let computed = match (items, size) {
        (Some(items), Some(size)) => Some(ceil(items, size)),
        _ => None,
    };
    PageInfo {
        page,
        page_size: size,
        total_items: items,
        total_pages: pages.or(computed),
        offset: None,
    }
}

// --- strategies ---

/// The edges of the integer types and of the rules.
fn edges() -> Vec<u128> {
    let mut edges = vec![0, 1, 2, 3, 9, 10, 11, 99, 100, 101];
    for bits in [7, 8, 15, 16, 31, 32, 63, 64] {
        let edge = 1_u128 << bits;
        edges.extend([edge - 2, edge - 1, edge, edge + 1]);
    }
    edges
}

fn any_u64() -> impl Strategy<Value = u64> {
    let edges: Vec<u64> = edges()
        .into_iter()
        .filter_map(|edge| u64::try_from(edge).ok())
        .collect();
    prop_oneof![
        2 => any::<u64>(),
        1 => any::<u32>().prop_map(u64::from),
        1 => 0_u64..300,
        2 => prop::sample::select(edges),
    ]
}

fn any_u32() -> impl Strategy<Value = u32> {
    let edges: Vec<u32> = edges()
        .into_iter()
        .filter_map(|edge| u32::try_from(edge).ok())
        .collect();
    prop_oneof![
        2 => any::<u32>(),
        1 => 0_u32..300,
        2 => prop::sample::select(edges),
    ]
}

fn any_i128() -> impl Strategy<Value = i128> {
    let edges: Vec<i128> = edges()
        .into_iter()
        .filter_map(|edge| i128::try_from(edge).ok())
        .flat_map(|edge| [edge, -edge])
        .chain([i128::MIN, i128::MIN + 1, i128::MAX - 1, i128::MAX])
        .collect();
    prop_oneof![
        2 => any::<i128>(),
        1 => any::<i64>().prop_map(i128::from),
        1 => any::<u64>().prop_map(i128::from),
        1 => -300_i128..300,
        2 => prop::sample::select(edges),
    ]
}

fn reported() -> impl Strategy<Value = Option<u64>> {
    prop::option::weighted(0.7, any_u64())
}

/// The items of a page: up to a few thousand, the counts near the usual sizes often.
fn any_len() -> impl Strategy<Value = usize> {
    prop_oneof![
        0_usize..=4,
        0_usize..=300,
        prop::sample::select(vec![9, 10, 11, 99, 100, 101, 255, 256, 1000, 4096]),
    ]
}

/// Whatever a response may report, a page size of 0 and an offset included (a
/// hand-written impl can set the fields of a `PageInfo` directly).
fn any_info() -> impl Strategy<Value = PageInfo> {
    (reported(), reported(), reported(), reported(), reported()).prop_map(
        |(page, page_size, total_items, total_pages, offset)| PageInfo {
            page,
            page_size,
            total_items,
            total_pages,
            offset,
        },
    )
}

fn any_known() -> impl Strategy<Value = Known> {
    (reported(), reported(), any_u64()).prop_map(|(before, size, pages)| Known {
        before,
        size,
        pages,
    })
}

// --- the types the rules are applied to ---

/// A hand-written request by page number that returns its fields as they are, 0 and
/// `u32::MAX` included: pages from `FIRST` to `LAST`, sizes `1..=100`.
#[derive(Debug, Clone, PartialEq, Eq)]
struct Pages<const FIRST: u32, const LAST: u32> {
    page: u32,
    size: u32,
}

impl<const FIRST: u32, const LAST: u32> PaginatedRequest for Pages<FIRST, LAST> {
    const PARAMS: PageParams = PageParams {
        page_param: "page",
        size_param: "size",
        default_size: 10,
        max_size: 100,
        first_page: FIRST,
    };
    const MAX_PAGE: u32 = LAST;

    fn page(&self) -> u32 {
        self.page
    }
    fn page_size(&self) -> u32 {
        self.size
    }
    fn set_page(&mut self, page: u32) {
        self.page = page;
    }
    fn set_page_size(&mut self, size: u32) {
        self.size = size;
    }
}

/// A hand-written request by offset, from `FIRST` to `LAST`, returning its fields as
/// they are.
#[derive(Debug, Clone, PartialEq, Eq)]
struct Offsets<const FIRST: u64, const LAST: u64> {
    offset: u64,
    limit: u32,
}

impl<const FIRST: u64, const LAST: u64> OffsetRequest for Offsets<FIRST, LAST> {
    const PARAMS: OffsetParams = OffsetParams {
        offset_param: "offset",
        limit_param: "limit",
        default_limit: 10,
        max_limit: 100,
        first_offset: FIRST,
    };
    const MAX_OFFSET: u64 = LAST;

    fn offset(&self) -> u64 {
        self.offset
    }
    fn limit(&self) -> u32 {
        self.limit
    }
    fn set_offset(&mut self, offset: u64) {
        self.offset = offset;
    }
    fn set_limit(&mut self, limit: u32) {
        self.limit = limit;
    }
}

/// A hand-written request by cursor.
#[derive(Debug, Clone, PartialEq, Eq)]
struct Cursors {
    cursor: Option<String>,
    limit: u32,
}

impl CursorRequest for Cursors {
    const PARAMS: CursorParams = CursorParams {
        cursor_param: "cursor",
        limit_param: "limit",
        default_limit: 10,
        max_limit: 100,
    };

    fn cursor(&self) -> Option<&str> {
        self.cursor.as_deref()
    }
    fn limit(&self) -> u32 {
        self.limit
    }
    fn set_cursor(&mut self, cursor: Option<String>) {
        self.cursor = cursor;
    }
    fn set_limit(&mut self, limit: u32) {
        self.limit = limit;
    }
}

/// No next role.
const PLAIN: u8 = 0;
/// A next link.
const LINKED: u8 = 1;
/// A `has_more` flag.
const FLAGGED: u8 = 2;
/// A next cursor and a `has_more` flag.
const CURSORED: u8 = 3;

/// A hand-written response with the next role `ROLE`, numbering its pages from `BASE`
/// (`u32::MAX`: as the request does).
#[derive(Debug, Clone)]
struct Resp<const ROLE: u8, const BASE: u32 = { u32::MAX }> {
    items: Vec<()>,
    info: PageInfo,
    next: Option<&'static str>,
    more: Option<bool>,
}

impl<const ROLE: u8, const BASE: u32> PaginatedResponse for Resp<ROLE, BASE> {
    type Item = ();
    const NEXT_LINK: Option<fn(&Self) -> Option<&str>> = if ROLE == LINKED {
        Some(|page| page.next)
    } else {
        None
    };
    const HAS_MORE: Option<fn(&Self) -> Option<bool>> = if ROLE == FLAGGED || ROLE == CURSORED {
        Some(|page| page.more)
    } else {
        None
    };
    const NEXT_CURSOR: Option<fn(&Self) -> Option<&str>> = if ROLE == CURSORED {
        Some(|page| page.next)
    } else {
        None
    };
    const PAGE_BASE: Option<u32> = if BASE == u32::MAX { None } else { Some(BASE) };

    fn items(&self) -> &[()] {
        &self.items
    }
    fn into_items(self) -> Vec<()> {
        self.items
    }
    fn page_info(&self) -> PageInfo {
        self.info
    }
}

fn any_resp<const ROLE: u8, const BASE: u32>() -> impl Strategy<Value = Resp<ROLE, BASE>> {
    (
        any_len(),
        any_info(),
        prop::sample::select(vec![None, Some(""), Some("next")]),
        prop::option::of(any::<bool>()),
    )
        .prop_map(|(len, info, next, more)| Resp {
            items: vec![(); len],
            info,
            next,
            more,
        })
}

// --- the model of a page's facts and of the decision ---

/// What the next role says, as `PaginatedResponse` documents it.
fn model_said<const ROLE: u8, const BASE: u32>(response: &Resp<ROLE, BASE>) -> Option<Said> {
    match ROLE {
        LINKED if response.next.is_some_and(|link| !link.is_empty()) => Some(Said::More),
        LINKED => Some(Said::Last(EndReason::NoNextLink)),
        FLAGGED | CURSORED => response.more.map(|more| {
            if more {
                Said::More
            } else {
                Said::Last(EndReason::NoMore)
            }
        }),
        _ => None,
    }
}

/// The facts the model works out; compared field by field with [`Facts`].
#[derive(Debug, PartialEq, Eq)]
struct Model {
    page: u32,
    index: u64,
    len: u64,
    told: Option<u64>,
    info: PageInfo,
    seen: u64,
    said: Option<Said>,
    mismatch: Option<Mismatch>,
    at_limit: bool,
    placed: bool,
}

impl Model {
    fn of(facts: &Facts) -> Self {
        Model {
            page: facts.page,
            index: facts.index,
            len: facts.len,
            told: facts.told,
            info: facts.info,
            seen: facts.seen,
            said: facts.said,
            mismatch: facts.mismatch,
            at_limit: facts.at_limit,
            placed: facts.placed,
        }
    }
}

/// The size a page of `len` items shows, `before` exactly before it: its length, when the
/// totals say more follow.
fn model_shown(reported: &PageInfo, index: u64, before: u64, len: u64) -> Option<u64> {
    let more_items = reported
        .total_items
        .is_some_and(|total| wide(before) + wide(len) < wide(total));
    let more_pages = reported
        .total_pages
        .is_some_and(|total| wide(index) + 1 < wide(total));
    (len > 0 && (more_items || more_pages)).then_some(len)
}

fn model_by_page<const FIRST: u32, const LAST: u32, const ROLE: u8, const BASE: u32>(
    request: &Pages<FIRST, LAST>,
    response: &Resp<ROLE, BASE>,
    known: Known,
) -> Model {
    let page = request.page;
    let index = if page > FIRST {
        u64::from(page - FIRST)
    } else {
        0
    };
    let len = response.items.len() as u64;
    let reported = response.info;
    let exact_before = known.before.or(if index == 0 { Some(0) } else { None });
    let told = reported
        .page_size
        .or(known.size)
        .or_else(|| exact_before.and_then(|before| model_shown(&reported, index, before, len)));
    let size = told.or(if request.size > 0 {
        Some(u64::from(request.size))
    } else {
        None
    });
    let before = match known.before {
        Some(before) => wide(before),
        None => wide(index) * wide(size.unwrap_or(u64::MAX)),
    };
    let base = if BASE == u32::MAX { FIRST } else { BASE };
    let mismatch = reported.page.and_then(|returned| {
        let same = returned >= u64::from(base) && returned - u64::from(base) == index;
        (!same).then_some(Mismatch::Page { returned })
    });
    Model {
        page,
        index,
        len,
        told,
        info: model_info(
            reported.page,
            size,
            reported.total_items,
            reported.total_pages,
        ),
        seen: cap(before + wide(len)),
        said: model_said(response),
        mismatch,
        at_limit: page >= LAST,
        placed: true,
    }
}

fn model_by_offset<const FIRST: u64, const LAST: u64, const ROLE: u8>(
    request: &Offsets<FIRST, LAST>,
    response: &Resp<ROLE>,
    known: Known,
) -> Model {
    let before = request.offset.saturating_sub(FIRST);
    let len = response.items.len() as u64;
    let reported = response.info;
    let asked = u64::from(request.limit);
    let index_at = |size: u64| before.checked_div(size).unwrap_or(0);
    let told = reported
        .page_size
        .or(known.size)
        .or_else(|| model_shown(&reported, index_at(asked.max(1)), before, len));
    let size = told.or(if asked > 0 { Some(asked) } else { None });
    let index = match size {
        Some(size) => index_at(size),
        None => known.pages,
    };
    let mut info = model_info(None, size, reported.total_items, reported.total_pages);
    info.offset = reported.offset;
    Model {
        page: cap32(wide(index) + 1),
        index,
        len,
        told,
        info,
        seen: cap(wide(before) + wide(len)),
        said: model_said(response),
        mismatch: reported
            .offset
            .filter(|&returned| returned != request.offset)
            .map(|returned| Mismatch::Offset {
                asked: request.offset,
                returned,
            }),
        at_limit: wide(request.offset) + wide(len) >= wide(LAST),
        placed: true,
    }
}

fn model_by_cursor<const ROLE: u8>(
    request: &Cursors,
    response: &Resp<ROLE>,
    known: Known,
) -> Model {
    let len = response.items.len() as u64;
    let reported = response.info;
    let size = reported.page_size.or(if request.limit > 0 {
        Some(u64::from(request.limit))
    } else {
        None
    });
    let cursor = if ROLE == CURSORED {
        response.next.filter(|next| !next.is_empty())
    } else {
        None
    };
    let said = match (cursor, model_said(response)) {
        (_, Some(Said::Last(reason))) => Some(Said::Last(reason)),
        (Some(_), _) => Some(Said::More),
        (None, _) if ROLE == CURSORED => Some(Said::Last(EndReason::NoNextCursor)),
        (None, said) => said,
    };
    Model {
        page: cap32(wide(known.pages) + 1),
        index: known.pages,
        len,
        told: reported.page_size,
        info: model_info(None, size, reported.total_items, reported.total_pages),
        seen: cap(wide(known.before.unwrap_or(0)) + wide(len)),
        said,
        mismatch: None,
        at_limit: false,
        placed: known.before.is_some(),
    }
}

/// The next-page rules, on the model's facts.
fn model_decide(model: &Model) -> Next {
    if model.len == 0 {
        return Next::End(EndReason::EmptyPage);
    }
    let last = match model.said {
        Some(Said::More) => None,
        Some(Said::Last(reason)) => Some(reason),
        None => match (model.info.total_pages, model.info.total_items) {
            (Some(pages), _) => {
                (wide(model.index) + 1 >= wide(pages)).then_some(EndReason::LastPage)
            }
            (None, Some(items)) => (model.seen >= items).then_some(EndReason::AllItemsSeen),
            (None, None) => {
                let full = model.info.page_size.is_some_and(|size| model.len >= size);
                (!full).then_some(EndReason::ShortPage)
            }
        },
    };
    match last {
        Some(reason) => Next::End(reason),
        None if model.at_limit => Next::End(EndReason::PageLimit),
        None => Next::More,
    }
}

fn model_short_of_totals(model: &Model) -> bool {
    model
        .info
        .total_items
        .is_some_and(|total| model.seen < total)
        || model
            .info
            .total_pages
            .is_some_and(|total| wide(model.index) + 1 < wide(total))
}

/// Whether a size `s >= 1` (the reported one, when known) makes `items` fill exactly
/// `pages` pages: `ceil(items / s) == pages`. The smallest size that needs at most
/// `pages` pages is `ceil(items / pages)`; any size works iff it needs exactly `pages`.
fn model_explained(info: &PageInfo) -> bool {
    let (Some(items), Some(pages)) = (info.total_items, info.total_pages) else {
        return true;
    };
    if items == 0 {
        return pages <= 1;
    }
    // A size of 0 is unknown, as `PageInfo` says.
    if let Some(size) = info.page_size.filter(|&size| size > 0) {
        return wide(items).div_ceil(wide(size)) == wide(pages);
    }
    if pages == 0 {
        return false;
    }
    let size = wide(items).div_ceil(wide(pages));
    wide(items).div_ceil(size) == wide(pages)
}

// --- the properties ---

/// The facts, the decision and the next request by page number, for a request type.
fn check_by_page<const FIRST: u32, const LAST: u32, const ROLE: u8, const BASE: u32>(
    request: &Pages<FIRST, LAST>,
    response: &Resp<ROLE, BASE>,
    known: Known,
) -> Result<(), TestCaseError> {
    let facts = Facts::by_page(request, response, known);
    let model = model_by_page(request, response, known);
    prop_assert_eq!(&Model::of(&facts), &model);
    prop_assert_eq!(decide(&facts), model_decide(&model));
    prop_assert_eq!(facts.short_of_totals(), model_short_of_totals(&model));
    // `next_request` knows nothing more, and asks for the next page by number.
    let alone = model_by_page(request, response, Known::default());
    let next = match model_decide(&alone) {
        Next::More => Some(Pages {
            page: request.page + 1,
            ..request.clone()
        }),
        Next::End(_) => None,
    };
    prop_assert_eq!(request.next_request(response), next);
    Ok(())
}

fn check_by_offset<const FIRST: u64, const LAST: u64, const ROLE: u8>(
    request: &Offsets<FIRST, LAST>,
    response: &Resp<ROLE>,
    known: Known,
) -> Result<(), TestCaseError> {
    let facts = offset::facts(request, response, known);
    let model = model_by_offset(request, response, known);
    prop_assert_eq!(decide(&facts), model_decide(&model));
    prop_assert_eq!(facts.short_of_totals(), model_short_of_totals(&model));
    prop_assert_eq!(&Model::of(&facts), &model);
    // The next offset: this one plus the items received, never past the last.
    let next = (wide(request.offset) + u128::from(facts.len)).min(wide(LAST));
    prop_assert_eq!(wide(offset::next(request, &facts)), next);
    let alone = model_by_offset(request, response, Known::default());
    let expected = match model_decide(&alone) {
        Next::More => Some(Offsets {
            offset: cap(next),
            ..request.clone()
        }),
        Next::End(_) => None,
    };
    prop_assert_eq!(request.next_request(response), expected);
    Ok(())
}

/// `ByPage::ahead`: the page `steps` after, when the totals tell it exists.
fn ahead_by_page<const FIRST: u32, const LAST: u32>(
    page: u32,
    steps: u64,
    ahead: &Ahead,
) -> Result<(), TestCaseError> {
    let request = Pages::<FIRST, LAST> { page, size: 10 };
    let to = wide(u64::from(page)) + wide(steps);
    let last = ahead.total_pages.map(|total| {
        let last = u128::from(FIRST) + wide(total.max(1) - 1);
        last.min(u128::from(LAST))
    });
    let expected = match last {
        Some(last) if to <= last => Some(Pages {
            page: cap32(to),
            size: 10,
        }),
        _ => None,
    };
    prop_assert_eq!(
        <ByPage as Style<_>>::ahead(&request, steps, ahead),
        expected
    );
    Ok(())
}

/// `ByOffset::ahead`, `page` and `at_most`.
fn ahead_by_offset<const FIRST: u64, const LAST: u64>(
    offset: u64,
    limit: u32,
    steps: u64,
    ahead: &Ahead,
    left: u64,
) -> Result<(), TestCaseError> {
    let request = Offsets::<FIRST, LAST> { offset, limit };
    let size = ahead.size.unwrap_or(u64::from(limit));
    let to = wide(offset) + wide(steps) * wide(size);
    let before = to.saturating_sub(u128::from(FIRST));
    let expected = match ahead.total_items {
        Some(total) if to <= wide(u64::MAX) && before < wide(total) && to <= u128::from(LAST) => {
            Some(Offsets {
                offset: cap(to),
                limit,
            })
        }
        _ => None,
    };
    prop_assert_eq!(
        <ByOffset as Style<_>>::ahead(&request, steps, ahead),
        expected
    );
    // The page an offset falls in, in pages of the server's size.
    let size = ahead.size.unwrap_or(u64::from(limit));
    let index = if size == 0 {
        0
    } else {
        wide(offset.saturating_sub(FIRST)) / wide(size)
    };
    prop_assert_eq!(
        <ByOffset as Style<_>>::page(&request, ahead.size),
        cap32(index + 1)
    );
    // The last page asks only for what is left, at least one item.
    let lowered = u128::from(limit).min(wide(left.max(1)));
    prop_assert_eq!(
        <ByOffset as Style<_>>::at_most(request.clone(), left).limit,
        cap32(lowered)
    );
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(CASES))]

    #[test]
    fn facts_and_next_page_from_page_one(
        page in any_u32(),
        size in any_u32(),
        plain in any_resp::<PLAIN, { u32::MAX }>(),
        linked in any_resp::<LINKED, { u32::MAX }>(),
        flagged in any_resp::<FLAGGED, 0>(),
        known in any_known(),
    ) {
        let request = Pages::<1, { u32::MAX }> { page, size };
        check_by_page(&request, &plain, known)?;
        check_by_page(&request, &linked, known)?;
        check_by_page(&request, &flagged, known)?;
    }

    #[test]
    fn facts_and_next_page_from_page_zero_up_to_a_small_last(
        page in any_u32(),
        size in any_u32(),
        plain in any_resp::<PLAIN, 1>(),
        flagged in any_resp::<FLAGGED, { u32::MAX }>(),
        known in any_known(),
    ) {
        check_by_page(&Pages::<0, 255> { page, size }, &plain, known)?;
        check_by_page(&Pages::<0, { u32::MAX }> { page, size }, &flagged, known)?;
        // A last page below the first one: every page is at the limit.
        check_by_page(&Pages::<7, 3> { page, size }, &plain, known)?;
    }

    #[test]
    fn facts_next_offset_and_items_seen_by_offset(
        offset in any_u64(),
        limit in any_u32(),
        plain in any_resp::<PLAIN, { u32::MAX }>(),
        flagged in any_resp::<FLAGGED, { u32::MAX }>(),
        known in any_known(),
    ) {
        check_by_offset(&Offsets::<0, { u64::MAX }> { offset, limit }, &plain, known)?;
        check_by_offset(&Offsets::<0, { u64::MAX }> { offset, limit }, &flagged, known)?;
        check_by_offset(&Offsets::<1000, { u32::MAX as u64 }> { offset, limit }, &plain, known)?;
        check_by_offset(&Offsets::<{ u64::MAX - 5 }, 7> { offset, limit }, &flagged, known)?;
    }

    #[test]
    fn facts_by_cursor(
        limit in any_u32(),
        plain in any_resp::<PLAIN, { u32::MAX }>(),
        cursored in any_resp::<CURSORED, { u32::MAX }>(),
        known in any_known(),
    ) {
        let request = Cursors { cursor: None, limit };
        let facts = cursor::facts(&request, &plain, known);
        let model = model_by_cursor(&request, &plain, known);
        prop_assert_eq!(decide(&facts), model_decide(&model));
        prop_assert_eq!(Model::of(&facts), model);
        let facts = cursor::facts(&request, &cursored, known);
        let model = model_by_cursor(&request, &cursored, known);
        prop_assert_eq!(decide(&facts), model_decide(&model));
        prop_assert_eq!(Model::of(&facts), model);
    }

    #[test]
    fn totals_explained_as_some_size_makes_them(
        size in reported(),
        items in reported(),
        pages in reported(),
    ) {
        let info = PageInfo { page_size: size, total_items: items, total_pages: pages, ..PageInfo::default() };
        prop_assert_eq!(totals_explained(&info), model_explained(&info));
    }

    /// Small totals, against every size there is.
    #[test]
    fn totals_explained_by_trying_every_size(items in 0_u64..400, pages in 0_u64..400) {
        let info = PageInfo { total_items: Some(items), total_pages: Some(pages), ..PageInfo::default() };
        let fits = |size: u64| items.div_ceil(size) == pages;
        let some_size = if items == 0 { pages <= 1 } else { (1..=items).any(fits) };
        prop_assert_eq!(totals_explained(&info), some_size);
    }

    #[test]
    fn shown_size_and_indices(
        reported in any_info(),
        index in any_u64(),
        before in any_u64(),
        len in any_u64(),
        page in any_u32(),
        returned in any_u64(),
    ) {
        prop_assert_eq!(shown_size(&reported, index, before, len), model_shown(&reported, index, before, len));
        let index_from = |first: u32| u64::from(page.max(first) - first);
        prop_assert_eq!(index_of::<Pages<0, 1>>(page), index_from(0));
        prop_assert_eq!(index_of::<Pages<1, 1>>(page), index_from(1));
        prop_assert_eq!(index_of::<Pages<{ u32::MAX }, 1>>(page), index_from(u32::MAX));
        let below = |base: u64| (returned >= base).then(|| returned - base);
        prop_assert_eq!(returned_index::<Pages<1, 1>, Resp<PLAIN>>(returned), below(1));
        prop_assert_eq!(returned_index::<Pages<1, 1>, Resp<PLAIN, 0>>(returned), below(0));
        prop_assert_eq!(
            returned_index::<Pages<0, 1>, Resp<PLAIN, { u32::MAX - 1 }>>(returned),
            below(u64::from(u32::MAX - 1))
        );
    }

    #[test]
    fn clamps_and_effective_values(
        raw in prop::option::of(any_i128()),
        first in any_u32(),
        max_page in any_u32(),
        default_size in any_u32(),
        max_size in any_u32(),
        size in any_u32(),
    ) {
        let params = PageParams {
            page_param: "page",
            size_param: "size",
            default_size,
            max_size,
            first_page: first,
        };
        // Saturated into u32, clamped into a range, in i128.
        let into_u32 = |value: i128| {
            if value < 0 { 0 } else { u32::try_from(value).unwrap_or(u32::MAX) }
        };
        let clamped = |value: i128, low: u32, high: u32| {
            if value < i128::from(low) { low } else if value > i128::from(high) { high } else { into_u32(value) }
        };
        if let Some(value) = raw {
            prop_assert_eq!(saturate(value), into_u32(value));
            let (low, high) = (first.min(max_size), first.max(max_size));
            prop_assert_eq!(clamp(value, low, high), clamped(value, low, high));
        }
        let page = raw.map_or(first, |value| clamped(value, first, max_page.max(first)));
        prop_assert_eq!(effective_page(raw, &params, max_page), page);
        let effective = raw.map_or(default_size, |value| clamped(value, 1, max_size.max(1)));
        prop_assert_eq!(effective_size(raw, &params), effective);
        prop_assert_eq!(clamp_size(size, max_size), size.max(1).min(max_size.max(1)));
    }

    #[test]
    fn validation_in_i128(
        page in prop::option::of(any_i128()),
        size in prop::option::of(any_i128()),
        offset in any_i128(),
        limit in any_i128(),
        max in any_u32(),
        cursor_len in prop_oneof![0_usize..4, 65_530_usize..65_540],
    ) {
        fn check_pages<const FIRST: u32, const LAST: u32>(
            page: Option<i128>,
            size: Option<i128>,
        ) -> Result<(), TestCaseError> {
            let expected = match (page, size) {
                (Some(page), _) if page < i128::from(FIRST) || page > i128::from(LAST) => {
                    Err(PageError::PageOutOfRange { page, first: FIRST, last: LAST })
                }
                (_, Some(size)) if !(1..=100).contains(&size) => {
                    Err(PageError::PageSizeOutOfRange { size, max: 100 })
                }
                _ => Ok(()),
            };
            prop_assert_eq!(validate::<Pages<FIRST, LAST>>(page, size), expected);
            Ok(())
        }
        fn check_offsets<const FIRST: u64, const LAST: u64>(
            offset: i128,
            limit: i128,
        ) -> Result<(), TestCaseError> {
            let expected = if offset < i128::from(FIRST) || offset > i128::from(LAST) {
                Err(PageError::OffsetOutOfRange { offset, first: FIRST, last: LAST })
            } else if !(1..=100).contains(&limit) {
                Err(PageError::PageSizeOutOfRange { size: limit, max: 100 })
            } else {
                Ok(())
            };
            prop_assert_eq!(offset::validate::<Offsets<FIRST, LAST>>(offset, limit), expected);
            Ok(())
        }
        check_pages::<1, { u32::MAX }>(page, size)?;
        check_pages::<0, 255>(page, size)?;
        check_pages::<5, 4>(page, size)?;
        check_offsets::<0, { u64::MAX }>(offset, limit)?;
        check_offsets::<7, 127>(offset, limit)?;
        let limit_error = (limit < 1 || limit > i128::from(max))
            .then_some(PageError::PageSizeOutOfRange { size: limit, max });
        prop_assert_eq!(offset::validate_limit(limit, max).err(), limit_error);
        let cursor = "c".repeat(cursor_len);
        let cursor_error = (cursor_len == 0 || cursor_len > 65_536)
            .then_some(PageError::CursorOutOfRange { length: cursor_len, max: 65_536 });
        prop_assert_eq!(cursor::validate_cursor::<Cursors>(Some(&cursor)).err(), cursor_error);
        prop_assert_eq!(cursor::validate_cursor::<Cursors>(None), Ok(()));
    }

    /// The walk's steps: the pages and offsets fetched ahead, a page's number by offset,
    /// and a limit lowered to the items still wanted.
    #[test]
    fn steps_a_walk_takes_ahead(
        page in any_u32(),
        offset in any_u64(),
        limit in any_u32(),
        steps in any_u64(),
        size in reported(),
        total_items in reported(),
        total_pages in reported(),
        left in any_u64(),
    ) {
        let ahead = Ahead { size, total_items, total_pages };
        ahead_by_page::<1, { u32::MAX }>(page, steps, &ahead)?;
        ahead_by_page::<0, 255>(page, steps, &ahead)?;

        ahead_by_offset::<0, { u64::MAX }>(offset, limit, steps, &ahead, left)?;
        ahead_by_offset::<100, 100_000>(offset, limit, steps, &ahead, left)?;
    }
}

/// The traits' own `validate` and `page_query`, which hand-written impls keep, apply the
/// rules to what the accessors return.
#[test]
fn the_traits_defaults_read_the_accessors() {
    for (page, size) in [(0, 10), (1, 0), (1, 101), (1, 100), (u32::MAX, 1)] {
        let request = Pages::<1, 1000> { page, size };
        assert_eq!(
            request.validate(),
            validate::<Pages<1, 1000>>(Some(page.into()), Some(size.into()))
        );
        assert_eq!(
            request.page_query().to_string(),
            format!("page={page}&size={size}")
        );
    }
    assert!(Pages::<1, 1000> { page: 0, size: 10 }.validate().is_err());
    for (offset, limit) in [(6, 10), (7, 0), (7, 101), (7, 100), (128, 1)] {
        let request = Offsets::<7, 127> { offset, limit };
        assert_eq!(
            request.validate(),
            offset::validate::<Offsets<7, 127>>(offset.into(), limit.into())
        );
    }
    assert!(
        Offsets::<7, 127> {
            offset: 6,
            limit: 10
        }
        .validate()
        .is_err()
    );
    for (cursor, limit) in [
        (None, 0),
        (None, 101),
        (Some(String::new()), 10),
        (None, 10),
    ] {
        let request = Cursors { cursor, limit };
        assert_eq!(
            request.validate().is_ok(),
            (1..=100).contains(&limit) && request.cursor != Some(String::new())
        );
    }
}
