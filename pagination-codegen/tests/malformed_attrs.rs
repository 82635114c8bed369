//! `expand` on items with malformed attributes never panics, every error it gives has a
//! message, and every impl it gives parses: the stable, short form of the `derive` fuzz
//! target (`fuzz/fuzz_targets/derive.rs`), over the same generator.

mod shapes;

use proptest::prelude::*;
use proptest::strategy::ValueTree;
use shapes::Item;

/// Items chosen by random bytes, as the fuzz target's are chosen by libFuzzer's: proptest
/// shrinks a failing case by shortening and lowering the bytes, which makes a smaller item.
fn items() -> impl Strategy<Value = Item> {
    prop::collection::vec(any::<u8>(), 0..1024).prop_map(|bytes| Item::from_bytes(&bytes))
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2000))]

    #[test]
    fn expand_never_panics_and_every_error_has_a_message(item in items()) {
        shapes::check(&item);
    }
}

#[test]
fn the_generator_makes_items_that_parse() {
    // Most choices give an item syn reads, so the property is not vacuous.
    let mut runner = proptest::test_runner::TestRunner::deterministic();
    let strategy = items();
    let parsed = (0..500)
        .filter(|_| {
            let item = strategy.new_tree(&mut runner).unwrap().current();
            syn::parse_str::<syn::DeriveInput>(&item.source).is_ok()
        })
        .count();
    assert!(parsed > 250, "only {parsed} of 500 items parse");
}

#[test]
fn every_key_of_the_table_is_generated() {
    let mut runner = proptest::test_runner::TestRunner::deterministic();
    let strategy = items();
    let sources: String = (0..500)
        .map(|_| strategy.new_tree(&mut runner).unwrap().current().source)
        .collect();
    for key in shapes::key_names() {
        assert!(sources.contains(key), "`{key}` is never generated");
    }
}
