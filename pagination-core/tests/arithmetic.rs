//! Every integer an SDK's types hand to pagination-core, over the full range of every
//! field type a page, size, offset or limit may have (`u8` to `u128`, `i8` to `i128`,
//! `usize`, `isize`, their `NonZero` forms, and an `Option` of each: 48 types), through
//! the derive's impls and the `support` functions they call, against a model computed in
//! `i128`/`u128`: reading a field, storing into it, the effective page, size, offset and
//! limit, validation, the query pairs, the next page and the next offset, and the
//! numbers a server reports (`PageInfo`, `reported`) and the clamps (`PageParams`,
//! `OffsetParams`, `CursorParams`). Each property says: no panic, no overflow, and the
//! model's result. The rules' private arithmetic has its properties beside it, in
//! `src/rules/arithmetic.rs`.

use pagination_core::support::{self, IntField};
use pagination_core::{
    CursorParams, CursorRequest, Error, OffsetParams, OffsetRequest, PageError, PageInfo,
    PageParams, Paginated, PaginatedRequest, PaginatedResponse,
};
use proptest::prelude::*;
use std::fmt::{Debug, Display};
use std::num::NonZero;

/// Cases per property of one field type (48 of them), and of the others.
const CASES: u32 = 200;
const MORE_CASES: u32 = 1024;

// --- the model ---

/// The number a value stands for, read from its decimal digits (a route independent of
/// the casts the crate uses); a `u128` past `i128::MAX` reads as `i128::MAX`, as
/// `IntField::get` documents.
fn decimal(value: &impl Display) -> i128 {
    value.to_string().parse().unwrap_or(i128::MAX)
}

/// `value` clamped into `low..=high`, in `i128`.
fn clamped(value: i128, low: i128, high: i128) -> i128 {
    if value < low {
        low
    } else if value > high {
        high
    } else {
        value
    }
}

/// An `i128` known to be in `u32`'s range, as a `u32`.
fn narrow(value: i128) -> u32 {
    u32::try_from(value).expect("the model keeps it in range")
}

/// An `i128` known to be in `u64`'s range, as a `u64`.
fn narrow64(value: i128) -> u64 {
    u64::try_from(value).expect("the model keeps it in range")
}

/// What a query writes for a stored value: saturated into `u32`.
fn saturated(value: i128) -> u32 {
    narrow(clamped(value, 0, u32::MAX.into()))
}

/// The effective page: the first when unset, else clamped into `first..=max(last, first)`.
fn model_page(raw: Option<i128>, first: u32, last: u32) -> u32 {
    raw.map_or(first, |page| {
        narrow(clamped(page, first.into(), last.max(first).into()))
    })
}

/// The effective size or limit: the default when unset, else clamped into `1..=max(max, 1)`.
fn model_size(raw: Option<i128>, default: u32, max: u32) -> u32 {
    raw.map_or(default, |size| narrow(clamped(size, 1, max.max(1).into())))
}

/// `validate` of a request by page number.
fn model_validate(
    page: Option<i128>,
    size: Option<i128>,
    first: u32,
    last: u32,
    max: u32,
) -> Result<(), PageError> {
    if let Some(page) = page {
        if page < first.into() || page > last.into() {
            return Err(PageError::PageOutOfRange { page, first, last });
        }
    }
    match size {
        Some(size) if size < 1 || size > max.into() => {
            Err(PageError::PageSizeOutOfRange { size, max })
        }
        _ => Ok(()),
    }
}

/// `validate` of a request by offset: an unset field is its default.
fn model_validate_offset(
    offset: i128,
    limit: i128,
    first: u64,
    last: u64,
    max: u32,
) -> Result<(), PageError> {
    if offset < first.into() || offset > last.into() {
        return Err(PageError::OffsetOutOfRange {
            offset,
            first,
            last,
        });
    }
    if limit < 1 || limit > max.into() {
        return Err(PageError::PageSizeOutOfRange { size: limit, max });
    }
    Ok(())
}

/// `ceil(items / size)`, `size > 0`, in `u128`.
fn ceil(items: u64, size: u64) -> u64 {
    let pages = u128::from(items).div_ceil(u128::from(size));
    u64::try_from(pages).expect("at most `items`")
}

/// The totals a page's numbers tell: the size (a reported 0 is unknown) and the pages,
/// reported or `ceil(items / size)`.
fn model_info(
    page: Option<u64>,
    size: Option<u64>,
    items: Option<u64>,
    pages: Option<u64>,
) -> (Option<u64>, Option<u64>, Option<u64>, Option<u64>) {
    let size = size.filter(|&size| size > 0);
    let computed = match (items, size) {
        (Some(items), Some(size)) => Some(ceil(items, size)),
        _ => None,
    };
    (page, size, items, pages.or(computed))
}

fn parts(info: PageInfo) -> (Option<u64>, Option<u64>, Option<u64>, Option<u64>) {
    (
        info.page,
        info.page_size,
        info.total_items,
        info.total_pages,
    )
}

/// The rules on a page by number that the request alone knows: `Some(page + 1)` when
/// there is a next page. `asked` is the request's page size, `index` its page's index.
fn model_next_page(
    page: u32,
    index: u64,
    last_page: u32,
    asked: u32,
    len: u64,
    info: PageInfo,
) -> Option<u32> {
    if len == 0 {
        return None;
    }
    // A size is told by the server, or shown by a first page the totals say is not the
    // last; else it is the size asked.
    let more_follow = info.total_items.is_some_and(|total| len < total)
        || info.total_pages.is_some_and(|total| 1 < total);
    let shown = (index == 0 && more_follow).then_some(len);
    let size = info.page_size.or(shown).unwrap_or(asked.into());
    let seen = u128::from(index) * u128::from(size) + u128::from(len);
    let (_, size, items, pages) = model_info(None, Some(size), info.total_items, info.total_pages);
    let last = match (pages, items) {
        (Some(pages), _) => u128::from(index) + 1 >= u128::from(pages),
        (None, Some(items)) => seen >= u128::from(items),
        (None, None) => size.is_none_or(|size| len < size),
    };
    (!last && page < last_page).then(|| page + 1)
}

/// The rules on a page by offset: `Some(next offset)` when there is a next page.
fn model_next_offset(
    offset: u64,
    first: u64,
    last: u64,
    asked: u32,
    len: u64,
    info: PageInfo,
) -> Option<u64> {
    if len == 0 {
        return None;
    }
    let before = offset.saturating_sub(first);
    let index_at = |size: u64| u128::from(before) / u128::from(size);
    let more_follow = info
        .total_items
        .is_some_and(|total| u128::from(before) + u128::from(len) < u128::from(total))
        || info
            .total_pages
            .is_some_and(|total| index_at(asked.max(1).into()) + 1 < u128::from(total));
    let size = info
        .page_size
        .or(more_follow.then_some(len))
        .unwrap_or(asked.into());
    let seen = u128::from(before) + u128::from(len);
    let (_, _, items, pages) = model_info(None, Some(size), info.total_items, info.total_pages);
    let last_page = match (pages, items) {
        (Some(pages), _) => index_at(size) + 1 >= u128::from(pages),
        (None, Some(items)) => seen >= u128::from(items),
        (None, None) => len < size,
    };
    let next = u128::from(offset) + u128::from(len);
    let at_limit = next >= u128::from(last);
    (!last_page && !at_limit).then(|| u64::try_from(next).expect("below the last offset"))
}

// --- strategies ---

/// The edges of every integer type and of the rules, each with its neighbours.
fn edges() -> Vec<i128> {
    let mut edges = vec![0, 1, 2, 7, 9, 10, 11, 99, 100, 101];
    for bits in [7, 8, 15, 16, 31, 32, 63, 64] {
        let edge = 1_i128 << bits;
        edges.extend([edge - 2, edge - 1, edge, edge + 1]);
    }
    let negatives: Vec<i128> = edges.iter().map(|&edge| -edge).collect();
    edges.extend(negatives);
    edges.extend([i128::MIN, i128::MIN + 1, i128::MAX - 1, i128::MAX]);
    edges
}

/// Beyond `i128`: the top of `u128`.
const HIGH_EDGES: [u128; 4] = [1 << 127, (1 << 127) + 1, u128::MAX - 1, u128::MAX];

/// Any value of `T`, its edges as often as the rest.
fn values<T>() -> impl Strategy<Value = T>
where
    T: Arbitrary + TryFrom<i128> + TryFrom<u128> + Clone + Debug + 'static,
{
    let mut edges: Vec<T> = edges()
        .into_iter()
        .filter_map(|edge| T::try_from(edge).ok())
        .collect();
    edges.extend(
        HIGH_EDGES
            .into_iter()
            .filter_map(|edge| T::try_from(edge).ok()),
    );
    prop_oneof![
        2 => any::<T>(),
        1 => (-300_i128..300).prop_filter_map("in range", |value| T::try_from(value).ok()),
        2 => prop::sample::select(edges),
    ]
}

fn raw() -> impl Strategy<Value = Option<i128>> {
    prop::option::weighted(0.8, values::<i128>())
}

fn u32s() -> impl Strategy<Value = u32> {
    values::<u32>()
}

fn u64s() -> impl Strategy<Value = u64> {
    values::<u64>()
}

fn reported() -> impl Strategy<Value = Option<u64>> {
    prop::option::weighted(0.7, u64s())
}

fn any_info() -> impl Strategy<Value = PageInfo> {
    (reported(), reported(), reported(), reported())
        .prop_map(|(page, size, items, pages)| PageInfo::new(page, size, items, pages))
}

/// The items of a page: they are held, so a few thousand at most.
fn any_len() -> impl Strategy<Value = usize> {
    prop_oneof![0_usize..=300, prop::sample::select(vec![1000, 4096])]
}

// --- a response ---

/// A page of `()` items with whatever numbers, and no next role.
#[derive(Debug)]
struct Bare {
    items: Vec<()>,
    info: PageInfo,
}

impl PaginatedResponse for Bare {
    type Item = ();
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

// --- the properties of one field type ---

/// A field type: the least value a store leaves in it (0, or 1 for a `NonZero`) and the
/// largest it holds, as `IntField::get` reads it.
#[derive(Debug, Clone, Copy)]
struct Field {
    least: i128,
    most: i128,
}

impl Field {
    /// What storing `value` leaves: saturated at the type's largest value.
    fn stored(self, value: u64) -> i128 {
        clamped(value.into(), self.least, self.most)
    }

    /// `IntField::MAX`: the largest value, at most `u32::MAX`.
    fn max(self) -> u32 {
        narrow(self.most.min(u32::MAX.into()))
    }

    /// `IntField::WIDE_MAX`: the largest value, at most `u64::MAX`.
    fn wide_max(self) -> u64 {
        narrow64(self.most.min(u64::MAX.into()))
    }
}

fn check_int_field<T: IntField + Clone + Debug>(
    value: &T,
    read: fn(&T) -> Option<i128>,
    field: Field,
    wide: u64,
    narrow: u32,
) -> Result<(), TestCaseError> {
    prop_assert_eq!(value.get(), read(value));
    prop_assert_eq!(T::MAX, field.max());
    prop_assert_eq!(T::WIDE_MAX, field.wide_max());
    let mut stored = value.clone();
    stored.set_wide(wide);
    prop_assert_eq!(stored.get(), Some(field.stored(wide)));
    let mut stored = value.clone();
    stored.set(narrow);
    prop_assert_eq!(stored.get(), Some(field.stored(narrow.into())));
    Ok(())
}

/// A derived request by page number, from `first`, sizes `1..=100` (default 10); `read`
/// gives its page and size fields as the model reads them.
fn check_by_page<R: PaginatedRequest + Clone + Debug>(
    request: &R,
    read: impl Fn(&R) -> (Option<i128>, Option<i128>),
    field: Field,
    (to_page, to_size): (u32, u32),
    (len, info): (usize, PageInfo),
) -> Result<(), TestCaseError> {
    let (page, size) = read(request);
    let first = R::PARAMS.first_page;
    prop_assert_eq!(R::MAX_PAGE, field.max());
    let effective = model_page(page, first, R::MAX_PAGE);
    prop_assert_eq!(request.page(), effective);
    prop_assert_eq!(request.page_size(), model_size(size, 10, 100));
    prop_assert_eq!(
        request.validate(),
        model_validate(page, size, first, R::MAX_PAGE, 100)
    );
    let query = request.page_query();
    prop_assert_eq!(query.get("page"), page.map(saturated));
    prop_assert_eq!(query.get("size"), size.map(saturated));
    let pairs: Vec<String> = [("page", page), ("size", size)]
        .into_iter()
        .filter_map(|(name, value)| Some(format!("{name}={}", saturated(value?))))
        .collect();
    prop_assert_eq!(query.to_string(), pairs.join("&"));

    let moved = request.clone().with_page(to_page);
    let stored = field.stored(to_page.into());
    prop_assert_eq!(read(&moved).0, Some(stored));
    prop_assert_eq!(moved.page(), model_page(Some(stored), first, R::MAX_PAGE));
    let clamp = narrow(clamped(to_size.into(), 1, 100));
    prop_assert_eq!(R::PARAMS.clamp_size(to_size), clamp);
    let sized = request.clone().with_page_size(to_size);
    prop_assert_eq!(read(&sized).1, Some(field.stored(clamp.into())));
    let tried = request
        .clone()
        .try_with_page_size(to_size)
        .map(|r| read(&r).1);
    let expected = if (1..=100).contains(&to_size) {
        Ok(Some(field.stored(to_size.into())))
    } else {
        Err(PageError::PageSizeOutOfRange {
            size: to_size.into(),
            max: 100,
        })
    };
    prop_assert_eq!(tried, expected);

    let response = Bare {
        items: vec![(); len],
        info,
    };
    let index = u64::from(effective.saturating_sub(first));
    let next = model_next_page(
        effective,
        index,
        R::MAX_PAGE,
        request.page_size(),
        len as u64,
        info,
    );
    let got = request.next_request(&response);
    prop_assert_eq!(got.as_ref().map(PaginatedRequest::page), next);
    if let Some(got) = got {
        prop_assert_eq!(read(&got).1, read(request).1, "the size is kept");
    }
    Ok(())
}

/// A derived request by offset, from `first`, limits `1..=100` (default 10).
fn check_by_offset<R: OffsetRequest + Clone + Debug>(
    request: &R,
    read: impl Fn(&R) -> (Option<i128>, Option<i128>),
    field: Field,
    (to_offset, to_limit): (u64, u32),
    (len, info): (usize, PageInfo),
) -> Result<(), TestCaseError> {
    let (offset, limit) = read(request);
    let first = R::PARAMS.first_offset;
    prop_assert_eq!(R::MAX_OFFSET, field.wide_max());
    let last = R::MAX_OFFSET.max(first);
    let effective = offset.map_or(first, |offset| {
        narrow64(clamped(offset, first.into(), last.into()))
    });
    prop_assert_eq!(request.offset(), effective);
    prop_assert_eq!(request.limit(), model_size(limit, 10, 100));
    prop_assert_eq!(
        request.validate(),
        model_validate_offset(
            offset.unwrap_or(first.into()),
            limit.unwrap_or(10),
            first,
            R::MAX_OFFSET,
            100
        )
    );

    let moved = request.clone().with_offset(to_offset);
    prop_assert_eq!(read(&moved).0, Some(field.stored(to_offset)));
    let clamp = narrow(clamped(to_limit.into(), 1, 100));
    prop_assert_eq!(R::PARAMS.clamp_limit(to_limit), clamp);
    let limited = request.clone().with_limit(to_limit);
    prop_assert_eq!(read(&limited).1, Some(field.stored(clamp.into())));

    let response = Bare {
        items: vec![(); len],
        info,
    };
    let next = model_next_offset(
        effective,
        first,
        R::MAX_OFFSET,
        request.limit(),
        len as u64,
        info,
    );
    prop_assert_eq!(
        request.next_request(&response).map(|next| next.offset()),
        next
    );
    Ok(())
}

/// A derived request by cursor, limits `1..=100` (default 10).
fn check_by_cursor<R: CursorRequest + Clone + Debug>(
    request: &R,
    read: impl Fn(&R) -> Option<i128>,
    field: Field,
    to_limit: u32,
) -> Result<(), TestCaseError> {
    let limit = read(request);
    prop_assert_eq!(request.limit(), model_size(limit, 10, 100));
    let limit_error = limit
        .filter(|limit| !(1..=100).contains(limit))
        .map(|size| PageError::PageSizeOutOfRange { size, max: 100 });
    prop_assert_eq!(request.validate().err(), limit_error);
    let clamp = narrow(clamped(to_limit.into(), 1, 100));
    prop_assert_eq!(R::PARAMS.clamp_limit(to_limit), clamp);
    let limited = request.clone().with_limit(to_limit);
    prop_assert_eq!(read(&limited), Some(field.stored(clamp.into())));
    Ok(())
}

/// The derived requests of one field type, and their properties.
macro_rules! form {
    (
        $form:ident: $ty:ty, $strategy:expr, read $read:expr, least $least:literal,
        most $most:expr, first $first:literal, first_offset $first_offset:literal
    ) => {
        mod $form {
            use super::*;

            #[derive(Debug, Clone, Paginated)]
            #[paginate(size = "size", default = 10, max = 100, first = $first)]
            struct ByPage {
                page: $ty,
                size: $ty,
            }

            #[derive(Debug, Clone, Paginated)]
            #[paginate(offset = "offset", limit = "limit")]
            #[paginate(default = 10, max = 100, first_offset = $first_offset)]
            struct ByOffset {
                offset: $ty,
                limit: $ty,
            }

            #[derive(Debug, Clone, Paginated)]
            #[paginate(cursor = "cursor", limit = "limit", default = 10, max = 100)]
            struct ByCursor {
                cursor: Option<String>,
                limit: $ty,
            }

            fn read(value: &$ty) -> Option<i128> {
                ($read)(value)
            }

            fn field() -> Field {
                Field {
                    least: $least,
                    most: $most,
                }
            }

            proptest! {
                #![proptest_config(ProptestConfig::with_cases(CASES))]

                /// The field, and a request by page number, by offset and by cursor that
                /// hold `first` and `second` as their two numbers.
                #[test]
                fn field_type(
                    (first, second) in ($strategy, $strategy),
                    (wide, narrow) in (u64s(), u32s()),
                    (to_page, to_size, to_offset) in (u32s(), u32s(), u64s()),
                    answer in (any_len(), any_info()),
                ) {
                    check_int_field(&first, read, field(), wide, narrow)?;
                    let request = ByPage { page: first, size: second };
                    let fields = |r: &ByPage| (read(&r.page), read(&r.size));
                    check_by_page(&request, fields, field(), (to_page, to_size), answer)?;
                    let request = ByOffset { offset: first, limit: second };
                    let fields = |r: &ByOffset| (read(&r.offset), read(&r.limit));
                    check_by_offset(&request, fields, field(), (to_offset, to_size), answer)?;
                    let request = ByCursor { cursor: None, limit: second };
                    check_by_cursor(&request, |r: &ByCursor| read(&r.limit), field(), to_size)?;
                }
            }
        }
    };
}

/// The four forms of each primitive: plain (pages from 1, offsets from 0), `Option`
/// (pages from 0, offsets from 7), `NonZero` and `Option<NonZero>` (both from 1).
macro_rules! field_types {
    ($($prim:ident),* $(,)?) => {$(
        mod $prim {
            use super::*;

            fn nonzero() -> impl Strategy<Value = NonZero<$prim>> {
                values::<$prim>().prop_filter_map("not zero", NonZero::new)
            }

            form!(plain: $prim, values::<$prim>(), read |v: &$prim| Some(decimal(v)),
                least 0, most decimal(&<$prim>::MAX), first 1, first_offset 0);
            form!(option: Option<$prim>, prop::option::of(values::<$prim>()),
                read |v: &Option<$prim>| v.as_ref().map(decimal),
                least 0, most decimal(&<$prim>::MAX), first 0, first_offset 7);
            form!(nonzero: NonZero<$prim>, nonzero(),
                read |v: &NonZero<$prim>| Some(decimal(v)),
                least 1, most decimal(&<$prim>::MAX), first 1, first_offset 1);
            form!(option_nonzero: Option<NonZero<$prim>>, prop::option::of(nonzero()),
                read |v: &Option<NonZero<$prim>>| v.as_ref().map(decimal),
                least 1, most decimal(&<$prim>::MAX), first 1, first_offset 1);
        }
    )*};
}

field_types!(
    u8, u16, u32, u64, u128, usize, i8, i16, i32, i64, i128, isize
);

// --- the support functions on any raw value, and the numbers a server reports ---

/// A hand-written request by page number, with these parameters.
struct PageCfg<const FIRST: u32, const LAST: u32, const DEFAULT: u32, const MAX: u32>;

impl<const FIRST: u32, const LAST: u32, const DEFAULT: u32, const MAX: u32> PaginatedRequest
    for PageCfg<FIRST, LAST, DEFAULT, MAX>
{
    const PARAMS: PageParams = PageParams {
        page_param: "page",
        size_param: "size",
        default_size: DEFAULT,
        max_size: MAX,
        first_page: FIRST,
    };
    const MAX_PAGE: u32 = LAST;
    fn page(&self) -> u32 {
        FIRST
    }
    fn page_size(&self) -> u32 {
        DEFAULT
    }
    fn set_page(&mut self, _: u32) {}
    fn set_page_size(&mut self, _: u32) {}
}

/// A hand-written request by offset, with these parameters.
struct OffsetCfg<const FIRST: u64, const LAST: u64, const DEFAULT: u32, const MAX: u32>;

impl<const FIRST: u64, const LAST: u64, const DEFAULT: u32, const MAX: u32> OffsetRequest
    for OffsetCfg<FIRST, LAST, DEFAULT, MAX>
{
    const PARAMS: OffsetParams = OffsetParams {
        offset_param: "offset",
        limit_param: "limit",
        default_limit: DEFAULT,
        max_limit: MAX,
        first_offset: FIRST,
    };
    const MAX_OFFSET: u64 = LAST;
    fn offset(&self) -> u64 {
        FIRST
    }
    fn limit(&self) -> u32 {
        DEFAULT
    }
    fn set_offset(&mut self, _: u64) {}
    fn set_limit(&mut self, _: u32) {}
}

/// A hand-written request by cursor, with these parameters.
struct CursorCfg<const DEFAULT: u32, const MAX: u32, const LEN: usize>;

impl<const DEFAULT: u32, const MAX: u32, const LEN: usize> CursorRequest
    for CursorCfg<DEFAULT, MAX, LEN>
{
    const PARAMS: CursorParams = CursorParams {
        cursor_param: "cursor",
        limit_param: "limit",
        default_limit: DEFAULT,
        max_limit: MAX,
    };
    const MAX_CURSOR_LEN: usize = LEN;
    fn cursor(&self) -> Option<&str> {
        None
    }
    fn limit(&self) -> u32 {
        DEFAULT
    }
    fn set_cursor(&mut self, _: Option<String>) {}
    fn set_limit(&mut self, _: u32) {}
}

fn check_page_support<R: PaginatedRequest>(
    page: Option<i128>,
    size: Option<i128>,
) -> Result<(), TestCaseError> {
    let params = R::PARAMS;
    let (first, last) = (params.first_page, R::MAX_PAGE);
    prop_assert_eq!(support::page::<R>(page), model_page(page, first, last));
    prop_assert_eq!(
        support::page_size::<R>(size),
        model_size(size, params.default_size, params.max_size)
    );
    prop_assert_eq!(
        support::validate::<R>(page, size),
        model_validate(page, size, first, last, params.max_size)
    );
    prop_assert_eq!(
        support::page_pair::<R>(page),
        page.map(|page| ("page", saturated(page)))
    );
    prop_assert_eq!(
        support::size_pair::<R>(size),
        size.map(|size| ("size", saturated(size)))
    );
    Ok(())
}

fn check_offset_support<R: OffsetRequest>(
    offset: Option<i128>,
    limit: Option<i128>,
) -> Result<(), TestCaseError> {
    let params = R::PARAMS;
    let (first, last) = (params.first_offset, R::MAX_OFFSET);
    let effective = offset.map_or(first, |offset| {
        narrow64(clamped(offset, first.into(), last.max(first).into()))
    });
    prop_assert_eq!(support::offset::<R>(offset), effective);
    let (default, max) = (params.default_limit, params.max_limit);
    prop_assert_eq!(
        support::offset_limit::<R>(limit),
        model_size(limit, default, max)
    );
    prop_assert_eq!(
        support::validate_offset::<R>(offset, limit),
        model_validate_offset(
            offset.unwrap_or(first.into()),
            limit.unwrap_or(default.into()),
            first,
            last,
            max
        )
    );
    Ok(())
}

fn check_cursor_support<R: CursorRequest>(
    cursor: Option<&str>,
    limit: Option<i128>,
) -> Result<(), TestCaseError> {
    let (default, max) = (R::PARAMS.default_limit, R::PARAMS.max_limit);
    prop_assert_eq!(
        support::cursor_limit::<R>(limit),
        model_size(limit, default, max)
    );
    let length = cursor.map(str::len);
    let expected = match length {
        Some(length) if length == 0 || length > R::MAX_CURSOR_LEN => {
            Err(PageError::CursorOutOfRange {
                length,
                max: R::MAX_CURSOR_LEN,
            })
        }
        _ => match limit.unwrap_or(default.into()) {
            size if size < 1 || size > max.into() => {
                Err(PageError::PageSizeOutOfRange { size, max })
            }
            _ => Ok(()),
        },
    };
    prop_assert_eq!(support::validate_cursor::<R>(cursor, limit), expected);
    Ok(())
}

/// Whatever a hand-written impl puts in a `PageInfo`: its fields are public, so a page
/// size of 0 too.
fn raw_info() -> impl Strategy<Value = PageInfo> {
    (reported(), reported(), reported(), reported(), reported()).prop_map(
        |(page, page_size, total_items, total_pages, offset)| {
            let mut info = PageInfo::default();
            info.page = page;
            info.page_size = page_size;
            info.total_items = total_items;
            info.total_pages = total_pages;
            info.offset = offset;
            info
        },
    )
}

/// How a message writes a number a server may leave out.
fn known(value: Option<u64>) -> String {
    value.map_or_else(|| "unknown".to_owned(), |value| value.to_string())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(MORE_CASES))]

    /// Every error a walk ends with can be written, whatever its numbers, and names them.
    #[test]
    fn messages_of_any_numbers(
        page in u32s(),
        (seen, returned, offset) in (u64s(), u64s(), u64s()),
        info in raw_info(),
        value in values::<i128>(),
        (first, last, max) in (u32s(), u32s(), u32s()),
        (first_offset, last_offset) in (u64s(), u64s()),
        length in values::<usize>(),
    ) {
        type E = Error<String, ()>;
        let resume = Box::new(());
        let totals = pagination_core::Totals::new(info.total_items, info.total_pages);
        let messages: Vec<(String, String)> = vec![
            (E::Fetch { page, source: String::new(), resume: resume.clone() }.to_string(), format!("page {page}")),
            (E::PageIgnored { page, returned, info, resume: resume.clone() }.to_string(), format!("answered page {returned}")),
            (E::OffsetIgnored { page, offset, returned, resume: resume.clone() }.to_string(), format!("from offset {offset}")),
            (E::PastTotal { page, seen, info, resume: resume.clone() }.to_string(), format!("to {seen}, past")),
            (E::MaxPages { page, limit: seen, resume: resume.clone() }.to_string(), format!("the {seen} pages")),
            (E::TotalChanged { page, before: totals, after: totals, resume: resume.clone() }.to_string(), totals.to_string()),
            (E::CursorLoop { page, cursor: "c".repeat(length % 200), resume: resume.clone() }.to_string(), format!("page {page}")),
            (E::Inconsistent { page, info, resume: resume.clone() }.to_string(), format!("page {page}: the server reports")),
        ];
        for (message, expected) in messages {
            prop_assert!(message.contains(&expected), "{} in {}", expected, message);
        }
        let inconsistent = E::Inconsistent { page, info, resume: resume.clone() }.to_string();
        if let (Some(items), Some(size @ 1..)) = (info.total_items, info.page_size) {
            let make = format!("{items} items at {size} a page make {}", ceil(items, size));
            prop_assert!(inconsistent.contains(&make), "{}", inconsistent);
        } else {
            let reports = format!("reports {} items", known(info.total_items));
            prop_assert!(inconsistent.contains(&reports), "{}", inconsistent);
        }
        let errors = [
            pagination_core::PageError::PageOutOfRange { page: value, first, last },
            pagination_core::PageError::OffsetOutOfRange { offset: value, first: first_offset, last: last_offset },
            pagination_core::PageError::PageSizeOutOfRange { size: value, max },
            pagination_core::PageError::CursorOutOfRange { length, max: length / 2 },
        ];
        for error in errors {
            let message = error.to_string();
            let number = match error {
                pagination_core::PageError::CursorOutOfRange { length: 0, .. } => "empty".to_owned(),
                pagination_core::PageError::CursorOutOfRange { length, .. } => format!("{length} bytes"),
                _ => value.to_string(),
            };
            prop_assert!(message.contains(&number), "{} in {}", number, message);
            let invalid = E::InvalidRequest { page, source: error, resume: resume.clone() }.to_string();
            prop_assert!(invalid.ends_with(&message), "{}", invalid);
        }
    }

    #[test]
    fn support_by_page(page in raw(), size in raw()) {
        check_page_support::<PageCfg<1, { u32::MAX }, 10, 100>>(page, size)?;
        check_page_support::<PageCfg<0, 255, 1, 1>>(page, size)?;
        check_page_support::<PageCfg<1, { u32::MAX }, { u32::MAX }, { u32::MAX }>>(page, size)?;
        // A last page below the first: every page is out of range, and clamps to the first.
        check_page_support::<PageCfg<7, 3, 5, 9>>(page, size)?;
    }

    #[test]
    fn support_by_offset(offset in raw(), limit in raw()) {
        check_offset_support::<OffsetCfg<0, { u64::MAX }, 50, 100>>(offset, limit)?;
        check_offset_support::<OffsetCfg<7, 127, 1, { u32::MAX }>>(offset, limit)?;
        check_offset_support::<OffsetCfg<{ u64::MAX }, 0, 3, 3>>(offset, limit)?;
    }

    #[test]
    fn support_by_cursor(
        cursor in prop::option::of(prop_oneof![0_usize..3, 65_535_usize..65_538]),
        limit in raw(),
    ) {
        let cursor = cursor.map(|length| "c".repeat(length));
        let cursor = cursor.as_deref();
        check_cursor_support::<CursorCfg<10, 100, 65_536>>(cursor, limit)?;
        check_cursor_support::<CursorCfg<1, 1, 0>>(cursor, limit)?;
        check_cursor_support::<CursorCfg<{ u32::MAX }, { u32::MAX }, { usize::MAX }>>(cursor, limit)?;
    }

    #[test]
    fn numbers_a_server_reports(
        raw in raw(),
        page in reported(),
        size in reported(),
        items in reported(),
        pages in reported(),
        offset in reported(),
        asked in u32s(),
    ) {
        let in_u64 = raw.filter(|&raw| (0..=i128::from(u64::MAX)).contains(&raw)).map(narrow64);
        prop_assert_eq!(support::reported(raw), in_u64);
        let info = PageInfo::new(page, size, items, pages);
        prop_assert_eq!(parts(info), model_info(page, size, items, pages));
        let info = info.with_offset(offset);
        prop_assert_eq!(info.offset, offset);
        let filled = info.or_page_size(asked);
        let size = info.page_size.or(Some(asked.into()));
        prop_assert_eq!(parts(filled), model_info(page, size, items, info.total_pages));
        prop_assert_eq!(filled.offset, offset);
    }

    #[test]
    fn clamps_of_sizes_and_limits(size in u32s(), max in u32s()) {
        let clamped = size.max(1).min(max.max(1));
        let params = PageParams { page_param: "p", size_param: "s", default_size: 1, max_size: max, first_page: 1 };
        prop_assert_eq!(params.clamp_size(size), clamped);
        let params = OffsetParams { offset_param: "o", limit_param: "l", default_limit: 1, max_limit: max, first_offset: 0 };
        prop_assert_eq!(params.clamp_limit(size), clamped);
        let params = CursorParams { cursor_param: "c", limit_param: "l", default_limit: 1, max_limit: max };
        prop_assert_eq!(params.clamp_limit(size), clamped);
    }
}
