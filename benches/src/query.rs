//! A request's query string, written by `page_query()` and by `serde_urlencoded` (what a
//! transport does without `page_query`): as a new `String`, and into a buffer reused from
//! one request to the next.

use core::fmt::Write as _;
use pagination_core::PaginatedRequest;
use serde::Serialize;

/// `request.page_query().to_string()`.
pub fn ours_to_string<R: PaginatedRequest>(request: &R) -> String {
    request.page_query().to_string()
}

/// `serde_urlencoded::to_string(request)`.
///
/// # Panics
/// If `serde_urlencoded` cannot write the request, which no benchmark's request does.
pub fn serde_to_string<R: Serialize>(request: &R) -> String {
    serde_urlencoded::to_string(request).expect("a flat request serializes")
}

/// `page_query()` appended to `buffer`, which is cleared first.
pub fn ours_into<R: PaginatedRequest>(request: &R, buffer: &mut String) {
    buffer.clear();
    request.page_query().append_to(buffer);
}

/// `page_query()` written into `buffer` through its `Display`, as `write!` does.
///
/// # Panics
/// Never: writing into a `String` cannot fail.
pub fn ours_display_into<R: PaginatedRequest>(request: &R, buffer: &mut String) {
    buffer.clear();
    write!(buffer, "{}", request.page_query()).expect("a String takes any write");
}

/// `serde_urlencoded` writing into `buffer`, cleared first, through the `form_urlencoded`
/// serializer it builds on (which takes a `&mut String`).
///
/// # Panics
/// As [`serde_to_string`].
pub fn serde_into<R: Serialize>(request: &R, buffer: &mut String) {
    buffer.clear();
    let mut target = form_urlencoded::Serializer::new(buffer);
    request
        .serialize(serde_urlencoded::Serializer::new(&mut target))
        .expect("a flat request serializes");
    target.finish();
}
