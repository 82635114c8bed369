//! `#[derive(Paginated)]` against hand-written impls of the same types, method by method,
//! for Codat's and CSPR.cloud's shapes. Ends with the ratio derived / hand of each.
//!
//! `cargo bench -p pagination-benches --bench derived`

mod harness;

use criterion::measurement::WallTime;
use criterion::{BatchSize, BenchmarkGroup, BenchmarkId, Criterion};
use pagination_benches::{Shape, assert_equivalent, derived, hand};
use pagination_core::{PaginatedRequest, PaginatedResponse};
use std::hint::black_box;

/// The methods measured: every one the derive generates, and the provided ones built on
/// them that a walk calls for each page.
const METHODS: [&str; 11] = [
    "page",
    "page_size",
    "set_page",
    "with_page_size",
    "validate",
    "page_query",
    "next_request",
    "items",
    "into_items",
    "page_info",
    "next_link",
];

fn main() {
    let mut report = harness::Report::start();
    let mut criterion = harness::criterion(&report);
    api::<derived::Codat, hand::Codat>(&mut criterion, &mut report, "codat");
    api::<derived::Cspr, hand::Cspr>(&mut criterion, &mut report, "cspr");
    criterion.final_summary();
    report.print();
}

/// Both impls of one API's types, in one group, and their ratios.
fn api<D: Shape, H: Shape>(criterion: &mut Criterion, report: &mut harness::Report, name: &str) {
    assert_equivalent::<D, H>();
    let mut group = criterion.benchmark_group(name);
    methods::<D, H>(&mut group);
    group.finish();
    for method in METHODS {
        report.ratio(
            &format!("{name} {method}: derived / hand"),
            &format!("{name}/{method}/derived"),
            &format!("{name}/{method}/hand"),
        );
    }
}

/// Each of [`METHODS`], as `method/derived` on `D`'s types and then `method/hand` on
/// `H`'s, one right after the other so that both meet the same load.
fn methods<D: Shape, H: Shape>(group: &mut BenchmarkGroup<'_, WallTime>) {
    // `both!("method", |b, request, response| body)`: `body` measured on both sides, with
    // that side's request and response.
    macro_rules! both {
        ($method:literal, |$b:ident, $request:ident, $response:ident| $body:expr) => {{
            #[allow(unused_variables, unused_mut)]
            let (mut $request, $response) = (D::request(), D::response());
            group.bench_function(BenchmarkId::new($method, "derived"), |$b| $body);
            #[allow(unused_variables, unused_mut)]
            let (mut $request, $response) = (H::request(), H::response());
            group.bench_function(BenchmarkId::new($method, "hand"), |$b| $body);
        }};
    }
    both!("page", |b, request, response| {
        b.iter(|| black_box(&request).page());
    });
    both!("page_size", |b, request, response| {
        b.iter(|| black_box(&request).page_size());
    });
    both!("set_page", |b, request, response| {
        b.iter(|| black_box(&mut request).set_page(black_box(7)));
    });
    both!("with_page_size", |b, request, response| {
        // Moved out and back, so that no clone or drop is measured.
        b.iter(|| request = core::mem::take(black_box(&mut request)).with_page_size(black_box(50)));
    });
    both!("validate", |b, request, response| {
        b.iter(|| black_box(&request).validate());
    });
    both!("page_query", |b, request, response| {
        b.iter(|| black_box(&request).page_query());
    });
    both!("next_request", |b, request, response| {
        b.iter(|| black_box(&request).next_request(black_box(&response)));
    });
    both!("items", |b, request, response| {
        b.iter(|| black_box(&response).items());
    });
    both!("into_items", |b, request, response| {
        let clone = || response.clone();
        b.iter_batched(clone, PaginatedResponse::into_items, BatchSize::SmallInput);
    });
    both!("page_info", |b, request, response| {
        b.iter(|| black_box(&response).page_info());
    });
    both!("next_link", |b, request, response| {
        b.iter(|| black_box(&response).next_link());
    });
}
