//! Each fast path of this module against the plain one it stands for: the narrow reads
//! and writes of `IntField` against `get` and `set_wide`, and the helpers the derive calls
//! against the rules they shortcut.

use super::{IntField, TokenField, effective_page, effective_size, page_query, size_page_query};
use crate::{PageParams, PageQuery, PaginatedRequest, rules};
use core::num::NonZero;
use proptest::prelude::*;

/// The plain reads and writes, as an impl that writes only the required methods gets them.
fn check_against_plain<F: IntField + Clone + PartialEq + core::fmt::Debug>(
    value: &F,
    stored: u32,
) -> Result<(), TestCaseError> {
    let raw = value.get();
    prop_assert_eq!(value.get_u32(), raw.map(rules::saturate));
    prop_assert_eq!(value.get_u64(), raw.and_then(|raw| u64::try_from(raw).ok()));
    let (mut narrow, mut wide) = (value.clone(), value.clone());
    narrow.set(stored);
    wide.set_wide(stored.into());
    prop_assert_eq!(narrow, wide);
    Ok(())
}

macro_rules! int_fields_agree {
    ($($name:ident: $int:ty),*) => {$(
        proptest! {
            #[test]
            fn $name(value: $int, stored: u32, at_edge in 0..4usize) {
                // Values past `u32`, and the type's own bounds, as often as the others.
                let value = [value, <$int>::MIN, <$int>::MAX, value / 2][at_edge];
                check_against_plain(&value, stored)?;
                check_against_plain(&Some(value), stored)?;
                check_against_plain(&None::<$int>, stored)?;
                if let Some(value) = NonZero::new(value) {
                    check_against_plain(&value, stored)?;
                    check_against_plain(&Some(value), stored)?;
                }
                check_against_plain(&None::<NonZero<$int>>, stored)?;
            }
        }
    )*};
}

int_fields_agree!(
    u8_fields: u8, u16_fields: u16, u32_fields: u32, u64_fields: u64, u128_fields: u128,
    usize_fields: usize, i8_fields: i8, i16_fields: i16, i32_fields: i32, i64_fields: i64,
    i128_fields: i128, isize_fields: isize
);

/// A field type of someone else's, with only the required methods: the provided ones are
/// the plain paths.
#[derive(Debug, Clone, PartialEq)]
struct Wide(Option<i128>);

impl IntField for Wide {
    const MAX: u32 = u32::MAX;
    const WIDE_MAX: u64 = u64::MAX;
    fn get(&self) -> Option<i128> {
        self.0
    }
    fn set_wide(&mut self, value: u64) {
        self.0 = Some(value.into());
    }
}

proptest! {
    #[test]
    fn provided_reads_saturate(value in raw(), stored: u32) {
        let mut field = Wide(value);
        prop_assert_eq!(field.get_u32(), value.map(rules::saturate));
        prop_assert_eq!(field.get_u64(), value.and_then(|value| u64::try_from(value).ok()));
        field.set(stored);
        prop_assert_eq!(field.get(), Some(stored.into()));
    }
}

/// A request with first page `FIRST`, last page `LAST` and sizes up to `MAX`.
struct Req<const FIRST: u32, const LAST: u32, const MAX: u32>;

impl<const FIRST: u32, const LAST: u32, const MAX: u32> PaginatedRequest for Req<FIRST, LAST, MAX> {
    const PARAMS: PageParams = PageParams {
        page_param: "page",
        size_param: "size",
        default_size: 7,
        max_size: MAX,
        first_page: FIRST,
    };
    const MAX_PAGE: u32 = LAST;

    fn page(&self) -> u32 {
        unreachable!()
    }
    fn page_size(&self) -> u32 {
        unreachable!()
    }
    fn set_page(&mut self, _: u32) {
        unreachable!()
    }
    fn set_page_size(&mut self, _: u32) {
        unreachable!()
    }
}

/// Raw values around every bound the rules compare with, and any other.
fn raw() -> impl Strategy<Value = Option<i128>> {
    let edges = prop_oneof![
        Just(i128::MIN),
        -2..=2i128,
        (0..=3i128).prop_map(|n| i128::from(u8::MAX) - 1 + n),
        (0..=3i128).prop_map(|n| 4999 + n),
        (0..=3i128).prop_map(|n| i128::from(u32::MAX) - 1 + n),
        Just(i128::MAX),
    ];
    proptest::option::of(prop_oneof![edges, any::<i128>()])
}

fn agrees<R: PaginatedRequest>(
    page: Option<i128>,
    size: Option<i128>,
) -> Result<(), TestCaseError> {
    prop_assert_eq!(
        super::validate::<R>(page, size),
        rules::validate::<R>(page, size)
    );
    let [page_u32, size_u32] = [page, size].map(|raw| raw.map(rules::saturate));
    prop_assert_eq!(effective_page::<R>(page_u32), super::page::<R>(page));
    prop_assert_eq!(effective_size::<R>(size_u32), super::page_size::<R>(size));
    let pairs = (super::page_pair::<R>(page), super::size_pair::<R>(size));
    prop_assert_eq!(
        page_query::<R>(page_u32, size_u32),
        PageQuery::new(pairs.0, pairs.1)
    );
    prop_assert_eq!(
        size_page_query::<R>(size_u32, page_u32),
        PageQuery::new(pairs.1, pairs.0)
    );
    Ok(())
}

proptest! {
    #[test]
    fn helpers_are_the_rules(page in raw(), size in raw()) {
        agrees::<Req<1, { u32::MAX }, 5000>>(page, size)?;
        agrees::<Req<0, { u32::MAX }, 100>>(page, size)?;
        agrees::<Req<1, 255, 100>>(page, size)?;
        agrees::<Req<0, 0, 0>>(page, size)?;
        agrees::<Req<1, 0, { u32::MAX }>>(page, size)?;
    }
}

/// A response's cursor, owned or borrowed, in an `Option` or not: empty is none.
#[test]
fn token_fields_read_an_empty_cursor_as_none() {
    use std::borrow::Cow;
    fn reads<T: TokenField>(empty: &T, set: &T) {
        assert_eq!(empty.token(), None);
        assert_eq!(set.token(), Some("c_2"));
    }
    reads(&"", &"c_2");
    reads(&String::new(), &"c_2".to_owned());
    reads(&Box::<str>::from(""), &Box::from("c_2"));
    reads(&Cow::Borrowed(""), &Cow::Owned("c_2".to_owned()));
    reads(&Some(""), &Some("c_2"));
    reads(&Some(String::new()), &Some("c_2".to_owned()));
    reads(&Some(Box::<str>::from("")), &Some(Box::from("c_2")));
    reads(&Some(Cow::Borrowed("")), &Some(Cow::Borrowed("c_2")));
    assert_eq!(None::<&str>.token(), None);
    assert_eq!(None::<String>.token(), None);
}
