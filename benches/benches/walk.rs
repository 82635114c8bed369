//! `paginate(..)` over 1,000,000 in-memory numbers, 1000 a page, against the loops a
//! person writes over the same pages: by items, consumed by an external `for` loop and
//! by each internal iteration (`sum`, `fold`, `for_each`, `try_fold`), and by pages.
//! Ends with the ratio of each to its hand-written loop.
//!
//! `cargo bench -p pagination-benches --bench walk`

mod harness;

use criterion::BenchmarkId;
use pagination_benches::walk::{self, ITEM_WALKS};
use std::hint::black_box;
use std::time::Duration;

const TOTAL: u64 = 1_000_000;

fn main() {
    let mut report = harness::Report::start();
    let mut criterion = harness::criterion(&report);
    let expected = walk::expected(TOTAL);
    assert_eq!(walk::hand_items(TOTAL), expected);
    assert_eq!(walk::hand_pages(TOTAL), expected);
    assert_eq!(walk::pages_for(TOTAL).ok(), Some(expected));
    for (_, way) in ITEM_WALKS {
        assert_eq!(way(TOTAL).ok(), Some(expected));
    }

    let mut group = criterion.benchmark_group("walk");
    // A walk takes milliseconds: fewer, longer samples than criterion's 100.
    group
        .sample_size(20)
        .measurement_time(Duration::from_secs(4));
    group.bench_function(BenchmarkId::new("items", "hand"), |b| {
        b.iter(|| walk::hand_items(black_box(TOTAL)));
    });
    for (name, way) in ITEM_WALKS {
        group.bench_function(BenchmarkId::new("items", name), |b| {
            b.iter(|| way(black_box(TOTAL)));
        });
    }
    group.bench_function(BenchmarkId::new("pages", "hand"), |b| {
        b.iter(|| walk::hand_pages(black_box(TOTAL)));
    });
    group.bench_function(BenchmarkId::new("pages", "for"), |b| {
        b.iter(|| walk::pages_for(black_box(TOTAL)));
    });
    group.finish();

    criterion.final_summary();
    for (name, _) in ITEM_WALKS {
        report.ratio(
            &format!("items, {name}: paginate / hand loop"),
            &format!("walk/items/{name}"),
            "walk/items/hand",
        );
    }
    report.ratio(
        "pages, for: paginate / hand loop",
        "walk/pages/for",
        "walk/pages/hand",
    );
    report.print();
}
