//! `paginate_stream(..)` over 200 pages that each take 10 ms to arrive (a tokio timer),
//! sequential and with `concurrency(8)` and `concurrency(16)`. Ends with the speed-up of
//! each concurrency over the sequential walk: n = 1 time / n time.
//!
//! `cargo bench -p pagination-benches --bench stream`

mod harness;

use core::convert::Infallible;
use criterion::{BenchmarkId, SamplingMode};
use futures_util::StreamExt;
use pagination_benches::walk::{ListNumbers, PAGE_SIZE, WalkError, page_of};
use pagination_core::{PaginatedResponse, paginate_stream};
use std::num::NonZeroUsize;
use std::time::Duration;

const PAGES: u64 = 200;
const DELAY: Duration = Duration::from_millis(10);
const TOTAL: u64 = PAGES * PAGE_SIZE as u64;

/// The concurrencies measured, and how long to measure each: ten walks at least.
const RUNS: [(usize, Duration); 3] = [
    (1, Duration::from_secs(26)),
    (8, Duration::from_secs(4)),
    (16, Duration::from_secs(3)),
];

/// Walks every page, `concurrency` at a time, and sums the numbers.
async fn walk(concurrency: NonZeroUsize) -> Result<u64, WalkError> {
    let fetch = |request: ListNumbers| async move {
        tokio::time::sleep(DELAY).await;
        Ok::<_, Infallible>(page_of(&request, TOTAL))
    };
    let mut pages = paginate_stream(ListNumbers::default(), fetch).concurrency(concurrency);
    let mut sum = 0;
    while let Some(page) = pages.next().await {
        sum += page?.items().iter().sum::<u64>();
    }
    Ok(sum)
}

fn main() {
    let mut report = harness::Report::start();
    let mut criterion = harness::criterion(&report);
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_time()
        .build()
        .expect("a current-thread runtime builds");

    let mut group = criterion.benchmark_group("stream");
    // Each walk takes 0.1 to 2 s: ten samples of one walk each, not criterion's linear
    // ramp of 55 walks.
    group.sample_size(10).sampling_mode(SamplingMode::Flat);
    for (concurrency, time) in RUNS {
        let n = NonZeroUsize::new(concurrency).expect("no concurrency is 0");
        group.measurement_time(time);
        group.bench_function(BenchmarkId::new("concurrency", concurrency), |b| {
            b.iter(|| runtime.block_on(walk(n)));
        });
    }
    group.finish();

    criterion.final_summary();
    for (concurrency, _) in &RUNS[1..] {
        report.ratio(
            &format!("concurrency {concurrency}: speed-up over 1"),
            "stream/concurrency/1",
            &format!("stream/concurrency/{concurrency}"),
        );
    }
    report.print();
}
