//! Many walks at once over loopback (the small version of
//! `cargo run -p pagination-tests --release --example load`): every walk gets its exact
//! items, no connection leaves for another origin, and the heap's peak is set by the pages
//! in flight, not by how many items the walks go through.

use crate::load;
use pagination_test_server::TestServer;
use std::time::Duration;

/// One walk of each kind: every API of the server.
const WALKS: usize = load::KINDS.len();

/// Each walk's limit: the load is over in about 5 seconds.
const LIMIT: Duration = Duration::from_secs(60);

fn assert_clean(report: &load::Report, walks: usize) {
    assert!(report.failures.is_empty(), "{:#?}", report.failures);
    assert!(report.foreign.is_empty(), "{:#?}", report.foreign);
    assert_eq!(report.walks, walks);
}

#[test]
fn every_walk_gets_its_items_in_memory_set_by_the_pages_in_flight() {
    // 48 pages a walk, then 192: every walk by page number has 8 pages in flight in both.
    let (short, short_peak) = load::measured(WALKS, 2_400, LIMIT);
    assert_clean(&short, WALKS);
    assert_eq!(short.items, 2_400 * WALKS as u64);
    let (long, long_peak) = load::measured(WALKS, 9_600, LIMIT);
    assert_clean(&long, WALKS);
    assert_eq!(long.items, 9_600 * WALKS as u64);
    assert!(long.pages >= 192 * WALKS as u64, "{long:?}");
    // Holding the 7,200 more items of each walk would take far more than a quarter again:
    // 136,800 decoded items of 100 bytes at least are over 13 MB, against a peak of about
    // 7.5 MB. What grows is the server's record of requests, 1 byte an item or so.
    assert!(
        long_peak < short_peak + short_peak / 4,
        "peak heap {long_peak} bytes over 4 times the items, against {short_peak}"
    );
}

#[test]
fn the_watch_sees_a_connection_to_another_origin() {
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .expect("a runtime");
    runtime.block_on(async {
        let server = TestServer::start().await.expect("a server");
        let foreign = std::sync::Arc::default();
        let http = load::watching(server.base_url(), std::sync::Arc::clone(&foreign));
        let ours = format!("{}/accounts", server.base_url());
        let _ = http.get(&ours).send().await;
        // The same server by another name is another origin.
        let other = format!("http://localhost:{}", server.addr().port());
        let _ = http.get(format!("{other}/accounts")).send().await;
        assert_eq!(*foreign.lock().unwrap(), [other].into());
        server.stop().await;
    });
}
