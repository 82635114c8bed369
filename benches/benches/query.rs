//! A request's query string from `page_query()` against `serde_urlencoded` on the same
//! request (Codat's, `page=4&pageSize=20`): as a new `String`, and into a reused buffer.
//! Ends with the ratio `serde_urlencoded` / ours of each: how many times faster ours is.
//!
//! `cargo bench -p pagination-benches --bench query`

mod harness;

use criterion::BenchmarkId;
use pagination_benches::{Shape, derived, query};
use std::hint::black_box;

fn main() {
    let mut report = harness::Report::start();
    let mut criterion = harness::criterion(&report);
    let request = derived::Codat::request();
    assert_eq!(
        query::ours_to_string(&request),
        query::serde_to_string(&request)
    );

    let mut group = criterion.benchmark_group("query");
    group.bench_function(BenchmarkId::new("to_string", "ours"), |b| {
        b.iter(|| query::ours_to_string(black_box(&request)));
    });
    group.bench_function(BenchmarkId::new("to_string", "serde_urlencoded"), |b| {
        b.iter(|| query::serde_to_string(black_box(&request)));
    });
    group.bench_function(BenchmarkId::new("reused_buffer", "ours"), |b| {
        let mut buffer = String::new();
        b.iter(|| query::ours_into(black_box(&request), black_box(&mut buffer)));
    });
    group.bench_function(BenchmarkId::new("reused_buffer", "serde_urlencoded"), |b| {
        let mut buffer = String::new();
        b.iter(|| query::serde_into(black_box(&request), black_box(&mut buffer)));
    });
    group.finish();

    criterion.final_summary();
    for way in ["to_string", "reused_buffer"] {
        report.ratio(
            &format!("{way}: serde_urlencoded / ours"),
            &format!("query/{way}/serde_urlencoded"),
            &format!("query/{way}/ours"),
        );
    }
    report.ratio(
        "serde_urlencoded::to_string / ours reused",
        "query/to_string/serde_urlencoded",
        "query/reused_buffer/ours",
    );
    report.print();
}
