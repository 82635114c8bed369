//! What an impl of this crate's traits may call: the helpers `#[derive(Paginated)]`
//! generates calls to, documented and stable.
//!
//! The derive's impls, the ones `pagination-codegen` writes into an SDK's sources, and
//! hand-written ones use this module and the crate's traits, and nothing hidden. It
//! follows semver like the rest of the crate: an SDK generated against one 0.x release
//! compiles against every later release with the same minor version.
//!
//! - Field access: [`IntField`] (page numbers, sizes, offsets, limits and counts),
//!   [`ItemsField`], [`FlagField`], [`TokenField`] and [`CursorField`], implemented for
//!   the field types each role accepts; their `on_unimplemented` messages point at a
//!   field of the wrong type.
//! - Paths of nested fields: [`Reach`] and [`ReachMut`], one step at a time through
//!   fields that may or may not be `Option`s.
//! - The rules, applied to a raw field value: [`effective_page`], [`effective_size`],
//!   [`validate`] and [`page_query`] (or [`size_page_query`]) for requests by page number,
//!   on fields read with [`IntField::get_u32`] (and [`IntField::get`] to validate), and
//!   [`page`], [`page_size`], [`page_pair`] and [`size_pair`], the same on `i128` values;
//!   [`offset`], [`offset_limit`] and [`validate_offset`] by offset; [`cursor_limit`] and
//!   [`validate_cursor`] by cursor; [`IntField::get_u64`], or [`reported`] on an `i128`,
//!   for a number a server reports.
//! - [`NextLinkFn`], [`HasMoreFn`] and [`NextCursorFn`]: the types of
//!   `PaginatedResponse`'s associated consts.
//! - [`from_http!`](from_http): wraps an `impl FromHttp`, keeping it when the `http`
//!   feature is on and saying which feature to turn on when it is off.
//! - `Option`, `Result`, `String`, `Vec`, `bool`, `str`, `u32` and `u64`, re-exported so
//!   that an impl compiles in a `#![no_implicit_prelude]` module and beside user types
//!   with those names.

#[doc(no_inline)]
pub use core::option::Option;
#[doc(no_inline)]
pub use core::primitive::{bool, str, u32, u64};
#[doc(no_inline)]
pub use core::result::Result;
#[doc(no_inline)]
pub use std::string::String;
#[doc(no_inline)]
pub use std::vec::Vec;

use crate::{
    CursorRequest, OffsetRequest, PageError, PageParams, PageQuery, PaginatedRequest, rules,
};
use std::borrow::Cow;

/// Wraps an `impl FromHttp` (the derive's, for a response with
/// `#[paginate(header = ...)]` fields): with the `http` feature, the impl as it is.
/// Reach it as [`support::from_http!`](crate::support::from_http).
#[cfg(feature = "http")]
#[doc(hidden)]
#[macro_export]
macro_rules! __pagination_core_from_http {
    ($($impl:tt)*) => {
        $($impl)*
    };
}

/// Without the `http` feature there is no `FromHttp` to implement: one error that says
/// which feature to turn on, instead of one for each name the impl cannot find.
#[cfg(not(feature = "http"))]
#[doc(hidden)]
#[macro_export]
macro_rules! __pagination_core_from_http {
    ($($impl:tt)*) => {
        ::core::compile_error! {
            "#[paginate(header = ...)] reads fields from HTTP headers with `FromHttp`, which \
needs the `http` feature of pagination-core: enable it, with \
`features = [\"http\"]` on the pagination-core dependency in Cargo.toml"
        }
    };
}

#[doc(inline)]
pub use crate::__pagination_core_from_http as from_http;

/// The type of `PaginatedResponse::NEXT_LINK` for response type `T`, so that an impl can
/// name it in one short path.
pub type NextLinkFn<T> = Option<fn(&T) -> Option<&str>>;

/// The type of `PaginatedResponse::HAS_MORE` for response type `T`, like [`NextLinkFn`].
pub type HasMoreFn<T> = Option<fn(&T) -> Option<bool>>;

/// The type of `PaginatedResponse::NEXT_CURSOR` for response type `T`, like [`NextLinkFn`].
pub type NextCursorFn<T> = Option<fn(&T) -> Option<&str>>;

/// A field holding a page number, page size, offset, limit or count: a primitive integer,
/// its `NonZero` form, or an `Option` of either.
#[diagnostic::on_unimplemented(
    message = "`{Self}` cannot hold a page number, page size, offset, limit or count",
    label = "use a primitive integer type such as `u32`, or an `Option` of one",
    note = "page, size, offset, limit and count fields may be any primitive integer (`u8` to `u128`, `i8` to `i128`, `usize`, `isize`), its `NonZero` form, or an `Option` of either"
)]
pub trait IntField {
    /// The largest value the field can hold, capped at `u32::MAX`: a page number's bound.
    const MAX: u32;
    /// The largest value the field can hold, capped at `u64::MAX`: an offset's bound.
    const WIDE_MAX: u64;
    /// The value, or `None` when unset. A `u128` beyond `i128::MAX` reads as `i128::MAX`.
    fn get(&self) -> Option<i128>;
    /// The value saturated into `u32` (a negative one reads as 0), or `None` when unset:
    /// a page number or size as it is clamped and sent.
    #[inline]
    fn get_u32(&self) -> Option<u32> {
        self.get().map(rules::saturate)
    }
    /// The value as a count a server reports: `None` when unset, negative or beyond
    /// `u64::MAX`.
    #[inline]
    fn get_u64(&self) -> Option<u64> {
        self.get().and_then(|value| u64::try_from(value).ok())
    }
    /// Stores `value`, saturating at [`WIDE_MAX`](Self::WIDE_MAX) (and, for a `NonZero`
    /// type, storing 1 for 0).
    fn set_wide(&mut self, value: u64);
    /// Stores `value`, saturating at [`MAX`](Self::MAX).
    #[inline]
    fn set(&mut self, value: u32) {
        self.set_wide(value.into());
    }
}

/// An integer saturated into `u32`: a negative one is 0.
macro_rules! saturate_u32 {
    ($value:expr) => {{
        let value = $value;
        u32::try_from(value).unwrap_or(if value > 0 { u32::MAX } else { 0 })
    }};
}

macro_rules! int_fields {
    ($($int:ty),*) => {$(
        impl IntField for $int {
            #[allow(clippy::cast_possible_truncation, clippy::cast_sign_loss)]
            const MAX: u32 = if (<$int>::MAX as u128) < u32::MAX as u128 {
                <$int>::MAX as u32
            } else {
                u32::MAX
            };
            #[allow(clippy::cast_possible_truncation, clippy::cast_sign_loss)]
            const WIDE_MAX: u64 = if (<$int>::MAX as u128) < u64::MAX as u128 {
                <$int>::MAX as u64
            } else {
                u64::MAX
            };
            #[inline]
            fn get(&self) -> Option<i128> {
                Some(i128::try_from(*self).unwrap_or(i128::MAX))
            }
            // The others without a round trip through `i128` or `u64`, which the optimizer
            // does not always see through: a `u32` field costs what a hand-written impl's
            // does.
            #[inline]
            fn get_u32(&self) -> Option<u32> {
                Some(saturate_u32!(*self))
            }
            #[inline]
            fn get_u64(&self) -> Option<u64> {
                u64::try_from(*self).ok()
            }
            #[inline]
            fn set_wide(&mut self, value: u64) {
                *self = <$int>::try_from(value).unwrap_or(<$int>::MAX);
            }
            #[inline]
            fn set(&mut self, value: u32) {
                *self = <$int>::try_from(value).unwrap_or(<$int>::MAX);
            }
        }

        impl IntField for Option<$int> {
            const MAX: u32 = <$int as IntField>::MAX;
            const WIDE_MAX: u64 = <$int as IntField>::WIDE_MAX;
            #[inline]
            fn get(&self) -> Option<i128> {
                self.as_ref().and_then(IntField::get)
            }
            // `map`, not `and_then`: the optimizer then sees a `u32` field's value pass
            // through unchanged, as in a hand-written impl, and compiles no branch.
            #[inline]
            fn get_u32(&self) -> Option<u32> {
                self.map(|value| saturate_u32!(value))
            }
            #[inline]
            fn get_u64(&self) -> Option<u64> {
                self.as_ref().and_then(IntField::get_u64)
            }
            #[inline]
            fn set_wide(&mut self, value: u64) {
                let mut inner: $int = 0;
                IntField::set_wide(&mut inner, value);
                *self = Some(inner);
            }
            #[inline]
            fn set(&mut self, value: u32) {
                let mut inner: $int = 0;
                IntField::set(&mut inner, value);
                *self = Some(inner);
            }
        }
    )*};
}

int_fields!(
    u8, u16, u32, u64, u128, usize, i8, i16, i32, i64, i128, isize
);

/// `NonZeroU32` and its kin, as generated SDKs emit them (progenitor writes
/// `Option<NonZeroU32>` for a `limit`): a value that cannot be 0 stores 1 instead.
macro_rules! nonzero_fields {
    ($($int:ty),*) => {$(
        impl IntField for core::num::NonZero<$int> {
            const MAX: u32 = <$int as IntField>::MAX;
            const WIDE_MAX: u64 = <$int as IntField>::WIDE_MAX;
            #[inline]
            fn get(&self) -> Option<i128> {
                IntField::get(&core::num::NonZero::<$int>::get(*self))
            }
            #[inline]
            fn get_u32(&self) -> Option<u32> {
                Some(saturate_u32!(core::num::NonZero::<$int>::get(*self)))
            }
            #[inline]
            fn get_u64(&self) -> Option<u64> {
                IntField::get_u64(&core::num::NonZero::<$int>::get(*self))
            }
            #[inline]
            fn set_wide(&mut self, value: u64) {
                let mut raw: $int = 1;
                IntField::set_wide(&mut raw, value.max(1));
                *self = Self::new(raw).unwrap_or(Self::MIN);
            }
            #[inline]
            fn set(&mut self, value: u32) {
                let mut raw: $int = 1;
                IntField::set(&mut raw, value.max(1));
                *self = Self::new(raw).unwrap_or(Self::MIN);
            }
        }

        impl IntField for Option<core::num::NonZero<$int>> {
            const MAX: u32 = <$int as IntField>::MAX;
            const WIDE_MAX: u64 = <$int as IntField>::WIDE_MAX;
            #[inline]
            fn get(&self) -> Option<i128> {
                self.as_ref().and_then(IntField::get)
            }
            #[inline]
            fn get_u32(&self) -> Option<u32> {
                self.map(|value| saturate_u32!(core::num::NonZero::<$int>::get(value)))
            }
            #[inline]
            fn get_u64(&self) -> Option<u64> {
                self.as_ref().and_then(IntField::get_u64)
            }
            #[inline]
            fn set_wide(&mut self, value: u64) {
                let mut inner = core::num::NonZero::<$int>::MIN;
                IntField::set_wide(&mut inner, value);
                *self = Some(inner);
            }
            #[inline]
            fn set(&mut self, value: u32) {
                let mut inner = core::num::NonZero::<$int>::MIN;
                IntField::set(&mut inner, value);
                *self = Some(inner);
            }
        }
    )*};
}

nonzero_fields!(
    u8, u16, u32, u64, u128, usize, i8, i16, i32, i64, i128, isize
);

/// The field holding a page's items of type `T`, the response's `Item`: a `Vec<T>`, or an
/// `Option<Vec<T>>` where a missing list means an empty page.
#[diagnostic::on_unimplemented(
    message = "`{Self}` cannot hold a page's items of type `{T}`",
    label = "the `items` field must be a `Vec<{T}>` or an `Option<Vec<{T}>>`, with `{T}` the response's `Item`"
)]
pub trait ItemsField<T> {
    /// The items, borrowed.
    fn as_slice(&self) -> &[T];
    /// The items, by value.
    fn into_vec(self) -> Vec<T>;
    /// The items, taken out of the field, which is left empty: how `into_items` moves
    /// them out of a nested field.
    fn take(&mut self) -> Vec<T>;
}

impl<T> ItemsField<T> for Vec<T> {
    #[inline]
    fn as_slice(&self) -> &[T] {
        self
    }
    #[inline]
    fn into_vec(self) -> Vec<T> {
        self
    }
    #[inline]
    fn take(&mut self) -> Vec<T> {
        core::mem::take(self)
    }
}

impl<T> ItemsField<T> for Option<Vec<T>> {
    #[inline]
    fn as_slice(&self) -> &[T] {
        self.as_deref().unwrap_or_default()
    }
    #[inline]
    fn into_vec(self) -> Vec<T> {
        self.unwrap_or_default()
    }
    #[inline]
    fn take(&mut self) -> Vec<T> {
        self.take().unwrap_or_default()
    }
}

/// The field holding a `has_more` flag: `bool`, or `Option<bool>` where a missing flag
/// decides nothing.
#[diagnostic::on_unimplemented(
    message = "`{Self}` cannot hold a `has_more` flag",
    label = "a `has_more` field must be `bool` or `Option<bool>`"
)]
pub trait FlagField {
    /// The flag, or `None` when the server left it out.
    fn get(&self) -> Option<bool>;
}

impl FlagField for bool {
    #[inline]
    fn get(&self) -> Option<bool> {
        Some(*self)
    }
}

impl FlagField for Option<bool> {
    #[inline]
    fn get(&self) -> Option<bool> {
        *self
    }
}

/// A response field holding a cursor (`next_cursor`, or the field of the last item that
/// `item_cursor` names): a string, or an `Option` of one. An empty cursor is no cursor,
/// as Slack's `"next_cursor": ""` on its last page says.
#[diagnostic::on_unimplemented(
    message = "`{Self}` cannot hold a cursor",
    label = "a cursor is read from a `String` or an `Option<String>`",
    note = "a cursor field may be `String`, `Box<str>`, `Cow<str>` or `&str`, or an `Option` of one; an empty string is no cursor"
)]
pub trait TokenField {
    /// The cursor, or `None` when the field is `None` or empty.
    fn token(&self) -> Option<&str>;
}

/// A request's cursor field, which the derive reads and writes: `Option<String>`, or
/// `String` where empty means none; also `Box<str>` and `Cow<str>`, or an `Option` of one.
/// An `Option` reads as it is stored, as serde writes it: `Some("")` is an empty cursor,
/// not none.
#[diagnostic::on_unimplemented(
    message = "`{Self}` cannot hold a cursor",
    label = "a request's cursor field must own its cursor: use `Option<String>`",
    note = "a request's cursor field may be `Option<String>`, or `String` where empty means no cursor; `Box<str>` and `Cow<str>` (or an `Option` of one) work too"
)]
pub trait CursorField {
    /// The cursor: `None` when the field is `None`, or a plain string that is empty.
    fn get(&self) -> Option<&str>;
    /// Stores `cursor`; `None` empties the field.
    fn set(&mut self, cursor: Option<String>);
}

fn non_empty(token: &str) -> Option<&str> {
    Some(token).filter(|token| !token.is_empty())
}

macro_rules! token_fields {
    ($($owned:ty: |$cursor:ident| $from:expr;)*) => {$(
        impl TokenField for $owned {
            fn token(&self) -> Option<&str> {
                non_empty(self)
            }
        }

        impl TokenField for Option<$owned> {
            fn token(&self) -> Option<&str> {
                self.as_deref().and_then(non_empty)
            }
        }

        impl CursorField for $owned {
            #[inline]
            fn get(&self) -> Option<&str> {
                non_empty(self)
            }
            #[inline]
            fn set(&mut self, cursor: Option<String>) {
                let $cursor = cursor.unwrap_or_default();
                *self = $from;
            }
        }

        impl CursorField for Option<$owned> {
            #[inline]
            fn get(&self) -> Option<&str> {
                self.as_deref()
            }
            #[inline]
            fn set(&mut self, cursor: Option<String>) {
                *self = cursor.map(|$cursor| $from);
            }
        }
    )*};
}

token_fields! {
    String: |cursor| cursor;
    Box<str>: |cursor| cursor.into_boxed_str();
    Cow<'_, str>: |cursor| Cow::Owned(cursor);
}

impl TokenField for &str {
    fn token(&self) -> Option<&str> {
        non_empty(self)
    }
}

impl TokenField for Option<&str> {
    fn token(&self) -> Option<&str> {
        self.and_then(non_empty)
    }
}

/// One step along a path of fields (`meta.page.total`), by shared reference:
/// `Reach::new(&field).reach()` is `None` when the field is an `Option` that is `None`,
/// and the value it holds otherwise, whether or not the field is an `Option`.
///
/// The derive cannot see the types of nested fields, so it cannot tell which they are;
/// method resolution can. `reach` on a `Reach<Option<T>>` is an inherent method, found
/// first; on any other `Reach<T>` there is none, and auto-deref finds
/// [`ReachPlain::reach`]. No trait needs to be in scope, so a call works whatever the
/// user's module imports.
pub struct Reach<'a, T>(ReachPlain<'a, T>);

/// What [`Reach`] falls back to for a field that is not an `Option`.
pub struct ReachPlain<'a, T>(&'a T);

impl<'a, T> Reach<'a, T> {
    /// Starts a step from `field`.
    #[inline]
    pub fn new(field: &'a T) -> Self {
        Reach(ReachPlain(field))
    }
}

impl<'a, T> Reach<'a, Option<T>> {
    /// The value of an `Option` field, if any.
    #[inline]
    pub fn reach(&self) -> Option<&'a T> {
        self.0.0.as_ref()
    }
}

impl<'a, T> core::ops::Deref for Reach<'a, T> {
    type Target = ReachPlain<'a, T>;
    fn deref(&self) -> &ReachPlain<'a, T> {
        &self.0
    }
}

impl<'a, T> ReachPlain<'a, T> {
    /// A field that is not an `Option`: always there.
    #[inline]
    pub fn reach(&self) -> Option<&'a T> {
        Some(self.0)
    }
}

/// [`Reach`] by unique reference, so that `into_items` can take the items out of a
/// nested field. The reference is handed out once.
pub struct ReachMut<'a, T>(ReachPlainMut<'a, T>);

/// What [`ReachMut`] falls back to for a field that is not an `Option`.
pub struct ReachPlainMut<'a, T>(Option<&'a mut T>);

impl<'a, T> ReachMut<'a, T> {
    /// Starts a step from `field`.
    #[inline]
    pub fn new(field: &'a mut T) -> Self {
        ReachMut(ReachPlainMut(Some(field)))
    }
}

impl<'a, T> ReachMut<'a, Option<T>> {
    /// The value of an `Option` field, if any.
    #[inline]
    pub fn reach_mut(&mut self) -> Option<&'a mut T> {
        self.0.0.take()?.as_mut()
    }
}

impl<'a, T> core::ops::Deref for ReachMut<'a, T> {
    type Target = ReachPlainMut<'a, T>;
    fn deref(&self) -> &ReachPlainMut<'a, T> {
        &self.0
    }
}

impl<T> core::ops::DerefMut for ReachMut<'_, T> {
    fn deref_mut(&mut self) -> &mut Self::Target {
        &mut self.0
    }
}

impl<'a, T> ReachPlainMut<'a, T> {
    /// A field that is not an `Option`: always there.
    #[inline]
    pub fn reach_mut(&mut self) -> Option<&'a mut T> {
        self.0.take()
    }
}

/// A number reported by the server, or `None` when it is missing, negative or too large.
#[inline]
pub fn reported(raw: Option<i128>) -> Option<u64> {
    raw.and_then(|value| u64::try_from(value).ok())
}

/// The effective page of a request whose page field holds `raw`.
#[inline]
pub fn page<R: PaginatedRequest>(raw: Option<i128>) -> u32 {
    rules::effective_page(raw, &R::PARAMS, R::MAX_PAGE)
}

/// The effective page size of a request whose size field holds `raw`.
#[inline]
pub fn page_size<R: PaginatedRequest>(raw: Option<i128>) -> u32 {
    rules::effective_size(raw, &R::PARAMS)
}

/// Checks raw page and size fields, as `PaginatedRequest::validate` does; `None` is a
/// field that is not sent, which is valid.
///
/// # Errors
///
/// [`PageError::PageOutOfRange`] for a page before `first_page` or past `MAX_PAGE`, and
/// [`PageError::PageSizeOutOfRange`] for a size outside `1..=max_size`.
#[inline]
pub fn validate<R: PaginatedRequest>(
    page: Option<i128>,
    size: Option<i128>,
) -> Result<(), PageError> {
    // `rules::validate`, shaped as a hand-written impl's check, which compiles to one
    // instruction fewer; `tests::helpers_are_the_rules` holds the two equal.
    let PageParams {
        first_page,
        max_size,
        ..
    } = R::PARAMS;
    let out_of_range = |page: &i128| *page < first_page.into() || *page > R::MAX_PAGE.into();
    if let Some(page) = page.filter(out_of_range) {
        return Err(PageError::PageOutOfRange {
            page,
            first: first_page,
            last: R::MAX_PAGE,
        });
    }
    if let Some(size) = size.filter(|&size| size < 1 || size > max_size.into()) {
        return Err(PageError::PageSizeOutOfRange {
            size,
            max: max_size,
        });
    }
    Ok(())
}

/// The effective offset of a request whose offset field holds `raw`: the first offset
/// when unset, else the value clamped into `first_offset..=MAX_OFFSET`.
#[inline]
pub fn offset<R: OffsetRequest>(raw: Option<i128>) -> u64 {
    let first = R::PARAMS.first_offset;
    let last = R::MAX_OFFSET.max(first);
    raw.map_or(first, |offset| {
        u64::try_from(offset.clamp(first.into(), last.into())).unwrap_or(last)
    })
}

/// The effective limit of an offset request whose limit field holds `raw`.
#[inline]
pub fn offset_limit<R: OffsetRequest>(raw: Option<i128>) -> u32 {
    effective_limit(raw, R::PARAMS.default_limit, R::PARAMS.max_limit)
}

/// The effective limit of a cursor request whose limit field holds `raw`.
#[inline]
pub fn cursor_limit<R: CursorRequest>(raw: Option<i128>) -> u32 {
    effective_limit(raw, R::PARAMS.default_limit, R::PARAMS.max_limit)
}

/// `default` when unset, else the value clamped into `1..=max`, as a page size is.
#[inline]
fn effective_limit(raw: Option<i128>, default: u32, max: u32) -> u32 {
    raw.map_or(default, |limit| {
        rules::saturate(limit.clamp(1, max.max(1).into()))
    })
}

/// Checks raw offset and limit fields, as `OffsetRequest::validate` does; unset fields
/// are valid.
///
/// # Errors
///
/// [`PageError::OffsetOutOfRange`] for an offset before `first_offset` or past
/// `MAX_OFFSET`, and [`PageError::PageSizeOutOfRange`] for a limit outside
/// `1..=max_limit`.
#[inline]
pub fn validate_offset<R: OffsetRequest>(
    offset: Option<i128>,
    limit: Option<i128>,
) -> Result<(), PageError> {
    let params = R::PARAMS;
    rules::offset::validate::<R>(
        offset.unwrap_or(params.first_offset.into()),
        limit.unwrap_or(params.default_limit.into()),
    )
}

/// Checks a raw cursor and limit field, as `CursorRequest::validate` does: the cursor as
/// it would be sent, an unset limit being valid.
///
/// # Errors
///
/// [`PageError::CursorOutOfRange`] for a cursor that is empty or longer than
/// `MAX_CURSOR_LEN`, and [`PageError::PageSizeOutOfRange`] for a limit outside
/// `1..=max_limit`.
#[inline]
pub fn validate_cursor<R: CursorRequest>(
    cursor: Option<&str>,
    limit: Option<i128>,
) -> Result<(), PageError> {
    rules::cursor::validate_cursor::<R>(cursor)?;
    let params = R::PARAMS;
    rules::offset::validate_limit(
        limit.unwrap_or(params.default_limit.into()),
        params.max_limit,
    )
}

/// The query pair of a raw page value: nothing when unset, else the value as stored
/// (saturated into `u32`), as `serde_urlencoded` would write it.
#[inline]
pub fn page_pair<R: PaginatedRequest>(raw: Option<i128>) -> Option<(&'static str, u32)> {
    raw.map(|page| (R::PARAMS.page_param, rules::saturate(page)))
}

/// The query pair of a raw size value, like [`page_pair`].
#[inline]
pub fn size_pair<R: PaginatedRequest>(raw: Option<i128>) -> Option<(&'static str, u32)> {
    raw.map(|size| (R::PARAMS.size_param, rules::saturate(size)))
}

/// The effective page of a request whose page field reads `raw` through
/// [`IntField::get_u32`]: the first page when unset, else the value clamped into
/// `first_page..=MAX_PAGE`. The same as [`page`], without widening a `u32` to `i128`.
#[inline]
pub fn effective_page<R: PaginatedRequest>(raw: Option<u32>) -> u32 {
    let first = R::PARAMS.first_page;
    raw.map_or(first, |page| page.clamp(first, R::MAX_PAGE.max(first)))
}

/// The effective page size of a request whose size field reads `raw` through
/// [`IntField::get_u32`]: the default size when unset, else the value clamped into
/// `1..=max_size`. The same as [`page_size`], without widening a `u32` to `i128`.
#[inline]
pub fn effective_size<R: PaginatedRequest>(raw: Option<u32>) -> u32 {
    raw.map_or(R::PARAMS.default_size, |size| R::PARAMS.clamp_size(size))
}

/// `page_query()` of a request whose page field is declared before its size field, both
/// read through [`IntField::get_u32`]: a set field is written as it is stored, an unset
/// one not at all, in the order serde writes them. [`page_pair`] and [`size_pair`] in one
/// call.
#[inline]
pub fn page_query<R: PaginatedRequest>(page: Option<u32>, size: Option<u32>) -> PageQuery {
    PageQuery::new(
        page.map(|page| (R::PARAMS.page_param, page)),
        size.map(|size| (R::PARAMS.size_param, size)),
    )
}

/// [`page_query`] of a request whose size field is declared before its page field: the
/// size is written first.
#[inline]
pub fn size_page_query<R: PaginatedRequest>(size: Option<u32>, page: Option<u32>) -> PageQuery {
    PageQuery::new(
        size.map(|size| (R::PARAMS.size_param, size)),
        page.map(|page| (R::PARAMS.page_param, page)),
    )
}

#[cfg(test)]
mod tests;
