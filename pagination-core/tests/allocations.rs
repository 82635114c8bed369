//! What writing a page query allocates: `to_string()` once, at a size that holds it, and
//! into a reused `String` (by `append_to` or by `write!`) nothing.

use pagination_core::PageQuery;
use std::fmt::Write as _;

#[test]
fn to_string_allocates_once() {
    let query = PageQuery::new(Some(("page[number]", 4_000_000)), Some(("pageSize", 100)));
    let mut text = String::new();
    let info = allocation_counter::measure(|| text = query.to_string());
    assert_eq!(info.count_total, 1);
    assert_eq!(text, "page%5Bnumber%5D=4000000&pageSize=100");
}

#[test]
fn writing_into_a_reused_string_allocates_nothing() {
    let query = PageQuery::new(Some(("page", u32::MAX)), Some(("per_page", 100)));
    let mut buffer = String::with_capacity(64);
    let info = allocation_counter::measure(|| {
        for _ in 0..3 {
            buffer.clear();
            write!(buffer, "{query}").unwrap();
        }
    });
    assert_eq!(info.count_total, 0);
    assert_eq!(buffer, "page=4294967295&per_page=100");
    let info = allocation_counter::measure(|| {
        for _ in 0..3 {
            buffer.clear();
            query.append_to(&mut buffer);
        }
    });
    assert_eq!(info.count_total, 0);
    assert_eq!(buffer, "page=4294967295&per_page=100");
}

#[test]
fn a_name_to_encode_still_allocates_once() {
    // Signs among letters, and a name every byte of which takes three (`%5B`).
    let signs = "a long parameter name, with spaces & signs to encode: ".repeat(2);
    for name in [signs, "[]".repeat(20)] {
        let name: &'static str = name.leak();
        let query = PageQuery::new(Some((name, 7)), Some(("page", 2)));
        let mut text = String::new();
        let info = allocation_counter::measure(|| text = query.to_string());
        assert_eq!(info.count_total, 1, "{name}");
        assert_eq!(
            text,
            serde_urlencoded::to_string([(name, 7), ("page", 2)]).unwrap()
        );
    }
}
