//! An in-memory server of the numbers `0..total`, a page of [`PAGE_SIZE`] at a time with
//! the total reported, and the ways of summing them: through `paginate` (by items, in each
//! way an iterator is consumed, and by pages) and with the loops a person writes without
//! it, over the same pages.

use core::convert::Infallible;
use pagination_core::{Error, Paginated, PaginatedRequest, PaginatedResponse, paginate};

/// The page size of every walk: the server's default and its maximum.
pub const PAGE_SIZE: u32 = 1000;

/// A request for a page of numbers.
#[derive(Debug, Clone, Default, Paginated)]
#[paginate(size = "page_size", default = 1000, max = 1000)]
pub struct ListNumbers {
    /// The page number.
    pub page: Option<u32>,
    /// The page size.
    pub page_size: Option<u32>,
}

/// A page of numbers and the total.
#[derive(Debug, Paginated)]
#[paginate(items = "data", total_items = "total")]
pub struct NumberPage {
    /// The numbers.
    pub data: Vec<u64>,
    /// How many numbers the server holds.
    pub total: u64,
}

/// How a walk of this server can fail: never by the fetch, only by a guard of the walk.
pub type WalkError = Error<Infallible, ListNumbers>;

/// One way of summing the numbers `0..total` through `paginate`.
pub type Walker = fn(u64) -> Result<u64, WalkError>;

/// The page `request` asks for, from a server holding `0..total`.
pub fn page_of(request: &ListNumbers, total: u64) -> NumberPage {
    let size = u64::from(request.page_size());
    let start = u64::from(request.page() - 1)
        .saturating_mul(size)
        .min(total);
    NumberPage {
        data: (start..start.saturating_add(size).min(total)).collect(),
        total,
    }
}

/// The blocking fetch of that server.
pub fn server(total: u64) -> impl FnMut(ListNumbers) -> Result<NumberPage, Infallible> + Clone {
    move |request| Ok(page_of(&request, total))
}

/// The sum every way must find.
pub fn expected(total: u64) -> u64 {
    total * total.saturating_sub(1) / 2
}

/// The ways of consuming `paginate(..).items()`, by name.
pub const ITEM_WALKS: [(&str, Walker); 5] = [
    ("for", items_for),
    ("sum", items_sum),
    ("fold", items_fold),
    ("for_each", items_for_each),
    ("try_fold", items_try_fold),
];

/// What a person writes without a walker, item by item: fetch a page, ask
/// `next_request` for the next, and take the items by value.
pub fn hand_items(total: u64) -> u64 {
    let mut fetch = server(total);
    let mut request = ListNumbers::default();
    let mut sum = 0;
    loop {
        let Ok(page) = fetch(request.clone());
        let next = request.next_request(&page);
        for item in page.into_items() {
            sum += item;
        }
        match next {
            Some(next) => request = next,
            None => return sum,
        }
    }
}

/// The same by pages: each page's items summed as a slice.
pub fn hand_pages(total: u64) -> u64 {
    let mut fetch = server(total);
    let mut request = ListNumbers::default();
    let mut sum = 0;
    loop {
        let Ok(page) = fetch(request.clone());
        sum += page.items().iter().sum::<u64>();
        match request.next_request(&page) {
            Some(next) => request = next,
            None => return sum,
        }
    }
}

/// `paginate(..)` by pages, each summed as a slice.
///
/// # Errors
/// None with this server; a walk's error is returned as it comes.
pub fn pages_for(total: u64) -> Result<u64, WalkError> {
    let mut sum = 0;
    for page in paginate(ListNumbers::default(), server(total)) {
        sum += page?.items().iter().sum::<u64>();
    }
    Ok(sum)
}

fn items(total: u64) -> impl Iterator<Item = Result<u64, WalkError>> {
    paginate(ListNumbers::default(), server(total)).items()
}

/// An external `for` loop over `items()`.
///
/// # Errors
/// As [`pages_for`].
pub fn items_for(total: u64) -> Result<u64, WalkError> {
    let mut sum = 0;
    for item in items(total) {
        sum += item?;
    }
    Ok(sum)
}

/// `items().sum()`, into a `Result`.
///
/// # Errors
/// As [`pages_for`].
pub fn items_sum(total: u64) -> Result<u64, WalkError> {
    items(total).sum()
}

/// `items().fold(..)`, carrying the first error.
///
/// # Errors
/// As [`pages_for`].
// `fold` itself is what is measured, not the `try_fold` clippy would have instead.
#[allow(clippy::manual_try_fold)]
pub fn items_fold(total: u64) -> Result<u64, WalkError> {
    items(total).fold(Ok(0), |sum, item| Ok(sum? + item?))
}

/// `items().for_each(..)`, keeping the error aside.
///
/// # Errors
/// As [`pages_for`].
pub fn items_for_each(total: u64) -> Result<u64, WalkError> {
    let mut sum = 0;
    let mut failed = None;
    items(total).for_each(|item| match item {
        Ok(item) => sum += item,
        Err(error) => failed = Some(error),
    });
    failed.map_or(Ok(sum), Err)
}

/// `items().try_fold(..)`, which stops at the first error.
///
/// # Errors
/// As [`pages_for`].
pub fn items_try_fold(total: u64) -> Result<u64, WalkError> {
    items(total).try_fold(0, |sum, item| item.map(|item| sum + item))
}

/// The same pages through std's own `flat_map`, for reference: what an external `for`
/// and `try_fold` cost over pages of fallible items when the adapter is std's, whose
/// `try_fold` is overridden with the unstable `Try` trait that no crate on stable can
/// implement.
fn std_flat_map(total: u64) -> impl Iterator<Item = Result<u64, Infallible>> {
    let mut fetch = server(total);
    let pages = total.div_ceil(u64::from(PAGE_SIZE));
    (1..=pages).flat_map(move |page| {
        let request = ListNumbers::default().with_page(u32::try_from(page).unwrap_or(u32::MAX));
        let Ok(page) = fetch(request);
        page.into_items().into_iter().map(Ok)
    })
}

/// An external `for` over [`std_flat_map`].
///
/// # Errors
/// Never.
pub fn std_for(total: u64) -> Result<u64, Infallible> {
    let mut sum = 0;
    for item in std_flat_map(total) {
        sum += item?;
    }
    Ok(sum)
}

/// `try_fold` over [`std_flat_map`].
///
/// # Errors
/// Never.
pub fn std_try_fold(total: u64) -> Result<u64, Infallible> {
    std_flat_map(total).try_fold(0, |sum, item| item.map(|item| sum + item))
}
