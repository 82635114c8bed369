//! The fixtures every benchmark of `pagination-core` shares, so that the criterion
//! benchmarks, the instruction counts and the memory figures measure the same code:
//!
//! - [`derived`] and [`hand`]: the same two APIs' request and response types (Codat's and
//!   CSPR.cloud's), once with `#[derive(Paginated)]` and once with the impls a careful
//!   person writes against the public traits; [`assert_equivalent`] checks that they
//!   behave alike.
//! - [`query`]: a request's query string written by `page_query()` and by
//!   `serde_urlencoded`, as a new string and into a reused buffer.
//! - [`walk`]: an in-memory server of numbers, walked by `paginate` in each way an
//!   iterator is consumed, and by the loops a person writes without it.
//!
//! The benchmarks themselves are in `benches/`; `BENCHMARKS.md` at the root of the
//! repository says how to run each one.

pub mod derived;
pub mod hand;
pub mod query;
pub mod walk;

use core::fmt::Debug;
use pagination_core::{PaginatedRequest, PaginatedResponse};

/// One API's request and response types, derived or written by hand.
pub trait Shape {
    /// The request type.
    type Request: PaginatedRequest + Clone + Default + Debug + serde::Serialize + 'static;
    /// The response type.
    type Response: PaginatedResponse<Item = u64> + Clone + Debug + 'static;

    /// A request for a page in the middle of a walk, with both parameters set.
    fn request() -> Self::Request;

    /// The answer to [`request`](Self::request), which has a next page.
    fn response() -> Self::Response;
}

/// Page numbers and sizes that the equivalence check tries: in range, at the bounds and
/// past them.
const EDGES: [u32; 6] = [0, 1, 2, 20, 250, u32::MAX];

/// Panics unless `D` and `H` answer every method alike: the same effective page and size,
/// query, validation and next request for each page and size in [`EDGES`], and the same
/// items, page info and next link. A benchmark comparing two impls that behave differently
/// would compare nothing.
///
/// # Panics
/// When the two differ, naming the method.
pub fn assert_equivalent<D: Shape, H: Shape>() {
    assert_eq!(D::Request::PARAMS, H::Request::PARAMS, "PARAMS");
    assert_eq!(D::Request::MAX_PAGE, H::Request::MAX_PAGE, "MAX_PAGE");
    for page in EDGES {
        for size in EDGES {
            let derived = D::request().with_page(page).with_page_size(size);
            let hand = H::request().with_page(page).with_page_size(size);
            let at = format!("page {page}, size {size}");
            assert_eq!(derived.page(), hand.page(), "page() at {at}");
            assert_eq!(derived.page_size(), hand.page_size(), "page_size() at {at}");
            assert_eq!(
                derived.page_query(),
                hand.page_query(),
                "page_query() at {at}"
            );
            assert_eq!(derived.validate(), hand.validate(), "validate() at {at}");
            let next = |request: Option<D::Request>| request.map(|r| (r.page(), r.page_size()));
            let hand_next =
                |request: Option<H::Request>| request.map(|r| (r.page(), r.page_size()));
            assert_eq!(
                next(derived.next_request(&D::response())),
                hand_next(hand.next_request(&H::response())),
                "next_request() at {at}"
            );
        }
    }
    let (derived, hand) = (D::response(), H::response());
    assert_eq!(derived.items(), hand.items(), "items()");
    assert_eq!(derived.page_info(), hand.page_info(), "page_info()");
    assert_eq!(derived.next_link(), hand.next_link(), "next_link()");
    assert_eq!(derived.into_items(), hand.into_items(), "into_items()");
    assert_eq!(
        query::ours_to_string(&D::request()),
        query::serde_to_string(&H::request()),
        "the query strings"
    );
}
