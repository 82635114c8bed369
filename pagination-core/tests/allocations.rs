//! What writing a page query allocates: the query is gathered on the stack, so
//! `to_string()` allocates once and a reused `String` never.

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
}

#[test]
fn names_too_long_for_the_stack_are_written_in_pieces() {
    let name: &'static str = "a parameter name longer than any real API's, to overflow the buffer "
        .repeat(2)
        .leak();
    let query = PageQuery::new(Some((name, 7)), Some(("page", 2)));
    assert_eq!(
        query.to_string(),
        serde_urlencoded::to_string([(name, 7), ("page", 2)]).unwrap()
    );
}
