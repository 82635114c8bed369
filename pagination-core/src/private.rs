//! What the derive's generated code calls. Not public API: it may change in any release.

pub use core::option::Option;
pub use core::primitive::{bool, str, u32};
pub use core::result::Result;
pub use std::vec::Vec;

use crate::{PageError, PaginatedRequest, rules};

/// Wraps the derive's `impl FromHttp` (for a response with `#[paginate(header = ...)]`
/// fields): with the `http` feature, the impl as it is.
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

pub use crate::__pagination_core_from_http as from_http;

/// The type of `PaginatedResponse::NEXT_LINK` for response type `T`, so that the derive
/// can name it in one short path.
pub type NextLinkFn<T> = Option<fn(&T) -> Option<&str>>;

/// The type of `PaginatedResponse::HAS_MORE` for response type `T`, like [`NextLinkFn`].
pub type HasMoreFn<T> = Option<fn(&T) -> Option<bool>>;

/// A field holding a page number, page size or count: a primitive integer, its `NonZero`
/// form, or an `Option` of either.
#[diagnostic::on_unimplemented(
    message = "`{Self}` cannot hold a page number, page size or count",
    label = "use a primitive integer type such as `u32`, or an `Option` of one",
    note = "page, size and count fields may be any primitive integer (`u8` to `u128`, `i8` to `i128`, `usize`, `isize`), its `NonZero` form, or an `Option` of either"
)]
pub trait IntField {
    /// The largest value the field can hold, capped at `u32::MAX`.
    const MAX: u32;
    /// The value, or `None` when unset. A `u128` beyond `i128::MAX` reads as `i128::MAX`.
    fn get(&self) -> Option<i128>;
    /// Stores `value`, saturating at [`MAX`](Self::MAX).
    fn set(&mut self, value: u32);
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
            fn get(&self) -> Option<i128> {
                Some(i128::try_from(*self).unwrap_or(i128::MAX))
            }
            fn set(&mut self, value: u32) {
                *self = <$int>::try_from(value.min(<Self as IntField>::MAX)).unwrap_or(<$int>::MAX);
            }
        }

        impl IntField for Option<$int> {
            const MAX: u32 = <$int as IntField>::MAX;
            fn get(&self) -> Option<i128> {
                self.as_ref().and_then(IntField::get)
            }
            fn set(&mut self, value: u32) {
                IntField::set(self.get_or_insert(0), value);
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
            fn get(&self) -> Option<i128> {
                IntField::get(&core::num::NonZero::<$int>::get(*self))
            }
            fn set(&mut self, value: u32) {
                let mut raw: $int = 1;
                IntField::set(&mut raw, value.max(1));
                *self = Self::new(raw).unwrap_or(Self::MIN);
            }
        }

        impl IntField for Option<core::num::NonZero<$int>> {
            const MAX: u32 = <$int as IntField>::MAX;
            fn get(&self) -> Option<i128> {
                self.as_ref().and_then(IntField::get)
            }
            fn set(&mut self, value: u32) {
                IntField::set(self.get_or_insert(core::num::NonZero::<$int>::MIN), value);
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
    fn as_slice(&self) -> &[T] {
        self
    }
    fn into_vec(self) -> Vec<T> {
        self
    }
    fn take(&mut self) -> Vec<T> {
        core::mem::take(self)
    }
}

impl<T> ItemsField<T> for Option<Vec<T>> {
    fn as_slice(&self) -> &[T] {
        self.as_deref().unwrap_or_default()
    }
    fn into_vec(self) -> Vec<T> {
        self.unwrap_or_default()
    }
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
    fn get(&self) -> Option<bool> {
        Some(*self)
    }
}

impl FlagField for Option<bool> {
    fn get(&self) -> Option<bool> {
        *self
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
    pub fn new(field: &'a T) -> Self {
        Reach(ReachPlain(field))
    }
}

impl<'a, T> Reach<'a, Option<T>> {
    /// The value of an `Option` field, if any.
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
    pub fn new(field: &'a mut T) -> Self {
        ReachMut(ReachPlainMut(Some(field)))
    }
}

impl<'a, T> ReachMut<'a, Option<T>> {
    /// The value of an `Option` field, if any.
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
    pub fn reach_mut(&mut self) -> Option<&'a mut T> {
        self.0.take()
    }
}

/// A number reported by the server, or `None` when it is missing, negative or too large.
pub fn reported(raw: Option<i128>) -> Option<u64> {
    raw.and_then(|value| u64::try_from(value).ok())
}

/// The effective page of a request whose page field holds `raw`.
pub fn page<R: PaginatedRequest>(raw: Option<i128>) -> u32 {
    rules::effective_page(raw, &R::PARAMS, R::MAX_PAGE)
}

/// The effective page size of a request whose size field holds `raw`.
pub fn page_size<R: PaginatedRequest>(raw: Option<i128>) -> u32 {
    rules::effective_size(raw, &R::PARAMS)
}

/// Checks raw page and size fields.
pub fn validate<R: PaginatedRequest>(
    page: Option<i128>,
    size: Option<i128>,
) -> Result<(), PageError> {
    rules::validate::<R>(page, size)
}

/// The query pair of a raw page value: nothing when unset, else the value as stored
/// (saturated into `u32`), as `serde_urlencoded` would write it.
pub fn page_pair<R: PaginatedRequest>(raw: Option<i128>) -> Option<(&'static str, u32)> {
    raw.map(|page| (R::PARAMS.page_param, rules::saturate(page)))
}

/// The query pair of a raw size value, like [`page_pair`].
pub fn size_pair<R: PaginatedRequest>(raw: Option<i128>) -> Option<(&'static str, u32)> {
    raw.map(|size| (R::PARAMS.size_param, rules::saturate(size)))
}
