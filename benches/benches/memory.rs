//! The heap a walk holds at its peak, counted by a `#[global_allocator]`: sequential walks
//! of 100k, 1M and 10M numbers (1000 a page) by items and by pages, and streams with
//! `concurrency(n)`, each beside the hand-written loop over the same pages; and the
//! allocations of one query string, ours against `serde_urlencoded`'s.
//!
//! `cargo bench -p pagination-benches --bench memory`

use core::convert::Infallible;
use futures_util::StreamExt;
use pagination_benches::walk::{self, ListNumbers, PAGE_SIZE, page_of};
use pagination_benches::{Shape, derived, query};
use pagination_core::{PaginatedRequest, paginate_stream};
use std::alloc::{GlobalAlloc, Layout, System};
use std::hint::black_box;
use std::num::NonZeroUsize;
use std::sync::atomic::{AtomicUsize, Ordering::Relaxed};
use std::time::Duration;

/// The system allocator, counting the bytes live, their peak and the calls.
struct Counting;

static LIVE: AtomicUsize = AtomicUsize::new(0);
static PEAK: AtomicUsize = AtomicUsize::new(0);
static CALLS: AtomicUsize = AtomicUsize::new(0);

fn grew(bytes: usize) {
    let live = LIVE.fetch_add(bytes, Relaxed) + bytes;
    PEAK.fetch_max(live, Relaxed);
    CALLS.fetch_add(1, Relaxed);
}

// SAFETY: every call is passed to `System` unchanged; the counters only observe it.
#[allow(unsafe_code)]
unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        // SAFETY: the caller's guarantees for `layout` are `System`'s.
        let block = unsafe { System.alloc(layout) };
        if !block.is_null() {
            grew(layout.size());
        }
        block
    }

    unsafe fn dealloc(&self, block: *mut u8, layout: Layout) {
        // SAFETY: `block` came from `System` with `layout`, as the caller guarantees.
        unsafe { System.dealloc(block, layout) };
        LIVE.fetch_sub(layout.size(), Relaxed);
    }

    unsafe fn realloc(&self, block: *mut u8, layout: Layout, size: usize) -> *mut u8 {
        // SAFETY: as for `alloc` and `dealloc`.
        let moved = unsafe { System.realloc(block, layout, size) };
        if !moved.is_null() {
            LIVE.fetch_sub(layout.size(), Relaxed);
            grew(size);
        }
        moved
    }
}

#[global_allocator]
static ALLOCATOR: Counting = Counting;

/// The peak of the bytes `run` added to what was live before it.
fn peak_of(run: impl FnOnce()) -> usize {
    let before = LIVE.load(Relaxed);
    PEAK.store(before, Relaxed);
    run();
    PEAK.load(Relaxed) - before
}

/// The bytes of one page: 1000 `u64`s.
const PAGE_BYTES: usize = PAGE_SIZE as usize * size_of::<u64>();

fn main() {
    println!("Peak heap of a walk above what was live before it, in pages of {PAGE_BYTES} bytes:");
    let columns = ["100k items", "1M items", "10M items"];
    println!(
        "{:<44} {:>10} {:>10} {:>10}",
        "", columns[0], columns[1], columns[2]
    );
    let totals = [100_000, 1_000_000, 10_000_000];
    row("hand loop, items", totals, |total| {
        black_box(walk::hand_items(total));
    });
    row("paginate().items(), for", totals, |total| {
        black_box(walk::items_for(total)).expect("the walk ends");
    });
    row("paginate().items(), sum", totals, |total| {
        black_box(walk::items_sum(total)).expect("the walk ends");
    });
    row("hand loop, pages", totals, |total| {
        black_box(walk::hand_pages(total));
    });
    row("paginate(), pages", totals, |total| {
        black_box(walk::pages_for(total)).expect("the walk ends");
    });
    // Built before anything is counted: a runtime's own allocations are no walk's.
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_time()
        .start_paused(true)
        .build()
        .expect("a current-thread runtime builds");
    for concurrency in [1, 8, 16] {
        let label = format!("paginate_stream().items(), concurrency {concurrency}");
        row(&label, totals, |total| {
            black_box(stream_walk(&runtime, total, concurrency));
        });
    }
    allocations();
}

/// One line of the table: the peak of `run` at each total, in pages.
fn row(label: &str, totals: [u64; 3], run: impl Fn(u64)) {
    let pages = totals.map(|total| {
        let peak = peak_of(|| run(total));
        #[allow(clippy::cast_precision_loss)]
        let pages = peak as f64 / PAGE_BYTES as f64;
        format!("{pages:.2}")
    });
    println!(
        "{label:<44} {:>10} {:>10} {:>10}",
        pages[0], pages[1], pages[2]
    );
}

/// A stream walk on tokio's paused clock, whose pages take from 0 to 10 ms each, fixed by
/// page number but scattered as a server's latencies are: pages fetched ahead arrive out
/// of order, and wait for the one the walk yields next.
fn stream_walk(runtime: &tokio::runtime::Runtime, total: u64, concurrency: usize) -> u64 {
    let fetch = |request: ListNumbers| async move {
        // Knuth's multiplicative hash of the page number, as microseconds under 10 ms.
        let scattered = u64::from(request.page().wrapping_mul(2_654_435_761)) % 10_000;
        tokio::time::sleep(Duration::from_micros(scattered)).await;
        Ok::<_, Infallible>(page_of(&request, total))
    };
    let n = NonZeroUsize::new(concurrency).expect("no concurrency is 0");
    let mut items = paginate_stream(ListNumbers::default(), fetch)
        .concurrency(n)
        .items();
    runtime.block_on(async {
        let mut sum = 0;
        while let Some(item) = items.next().await {
            sum += item.expect("the walk ends");
        }
        sum
    })
}

/// The allocator calls of one query string of Codat's request, as a new `String` and
/// into a buffer that is reused (after a first call that sizes it).
fn allocations() {
    const CALLS_MEASURED: usize = 1000;
    let request = derived::Codat::request();
    let (mut ours, mut theirs) = (String::new(), String::new());
    let ways: [(&str, &mut dyn FnMut()); 4] = [
        ("page_query().to_string()", &mut || {
            black_box(query::ours_to_string(black_box(&request)));
        }),
        ("serde_urlencoded::to_string", &mut || {
            black_box(query::serde_to_string(black_box(&request)));
        }),
        ("page_query() into a reused buffer", &mut || {
            query::ours_into(black_box(&request), black_box(&mut ours));
        }),
        ("serde_urlencoded into a reused buffer", &mut || {
            query::serde_into(black_box(&request), black_box(&mut theirs));
        }),
    ];
    println!("\nAllocator calls (alloc and realloc) per query string:");
    for (label, run) in ways {
        run();
        let before = CALLS.load(Relaxed);
        for _ in 0..CALLS_MEASURED {
            run();
        }
        #[allow(clippy::cast_precision_loss)]
        let per_call = (CALLS.load(Relaxed) - before) as f64 / CALLS_MEASURED as f64;
        println!("{label:<40} {per_call:>6.2}");
    }
}
