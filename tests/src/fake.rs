//! An in-memory fake of the three seed APIs, for walking pages without a network: it
//! pages a data set of `total` items the way each API does, and can be told to misbehave.
//!
//! It serves any request type (so tests can use `first = 0` variants) and counts the
//! requests it answers and the most it had in flight at once.

// A poisoned lock means a test already failed; panicking again is right.
#![allow(clippy::missing_panics_doc)]

use crate::{clarifai, codat, cspr};
use pagination_core::{HalLinks, Link, PaginatedRequest};
use std::collections::HashSet;
use std::sync::Mutex;
use std::sync::atomic::{AtomicU64, AtomicUsize, Ordering};

/// A fetch that failed, as a transport would report it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FakeError {
    /// The page that failed.
    pub page: u32,
}

impl std::fmt::Display for FakeError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "the fake server failed page {}", self.page)
    }
}

impl std::error::Error for FakeError {}

/// How the fake server misbehaves. The faults it shares with the HTTP test server
/// (`pagination_test_server::Faults`) have the same names and meaning; every page number is the
/// page the request asked for.
#[derive(Debug, Clone, Default)]
pub struct Faults {
    /// Serve the first page whatever page is asked for.
    pub ignore_page: bool,
    /// Fail each of these pages the first time it is asked, then serve it.
    pub fail_page_once: HashSet<u32>,
    /// `(page, total)`: once this page has been served for the first time, the data set holds
    /// `total` items.
    pub resize_after_page: Option<(u32, u64)>,
    /// Report this total number of items instead of the real one.
    pub report_total: Option<u64>,
    /// Report this total number of pages instead of the real one (CSPR.cloud style).
    pub report_pages: Option<u64>,
}

/// The fake server: `total` items, paged by each API's rules.
#[derive(Debug, Default)]
pub struct FakeServer {
    total: AtomicU64,
    faults: Mutex<Faults>,
    requests: AtomicU64,
    in_flight: AtomicUsize,
    max_in_flight: AtomicUsize,
    pages_asked: Mutex<Vec<u32>>,
}

/// The items of one page: their indices in the data set.
struct Slice {
    page: u32,
    size: u32,
    indices: std::ops::Range<u64>,
    total: u64,
}

impl FakeServer {
    /// A server holding `total` items.
    pub fn new(total: u64) -> Self {
        FakeServer {
            total: AtomicU64::new(total),
            ..FakeServer::default()
        }
    }

    /// The same server, misbehaving as `faults` says.
    #[must_use]
    pub fn with_faults(self, faults: Faults) -> Self {
        *self.faults.lock().unwrap() = faults;
        self
    }

    /// How many requests it has answered (or failed).
    pub fn requests(&self) -> u64 {
        self.requests.load(Ordering::SeqCst)
    }

    /// The pages asked for, in the order asked.
    pub fn pages_asked(&self) -> Vec<u32> {
        self.pages_asked.lock().unwrap().clone()
    }

    /// The most requests it had in flight at once (see [`FakeServer::begin`]).
    pub fn max_in_flight(&self) -> usize {
        self.max_in_flight.load(Ordering::SeqCst)
    }

    /// Marks a request as started, for counting requests in flight; the returned guard
    /// marks it finished when dropped.
    pub fn begin(&self) -> InFlight<'_> {
        let now = self.in_flight.fetch_add(1, Ordering::SeqCst) + 1;
        self.max_in_flight.fetch_max(now, Ordering::SeqCst);
        InFlight(self)
    }

    fn slice<R: PaginatedRequest>(&self, request: &R) -> Result<Slice, FakeError> {
        self.requests.fetch_add(1, Ordering::SeqCst);
        let mut faults = self.faults.lock().unwrap();
        let first = R::PARAMS.first_page;
        let page = if faults.ignore_page {
            first
        } else {
            request.page()
        };
        self.pages_asked.lock().unwrap().push(request.page());
        if faults.fail_page_once.remove(&request.page()) {
            return Err(FakeError {
                page: request.page(),
            });
        }
        let total = self.total.load(Ordering::SeqCst);
        if let Some((after, new_total)) = faults.resize_after_page {
            if request.page() == after {
                self.total.store(new_total, Ordering::SeqCst);
                faults.resize_after_page = None;
            }
        }
        let size = request.page_size();
        let start = u64::from(page - first) * u64::from(size);
        let indices = start.min(total)..(start + u64::from(size)).min(total);
        Ok(Slice {
            page,
            size,
            indices,
            total: faults.report_total.unwrap_or(total),
        })
    }

    fn reported_pages(&self, slice: &Slice) -> u64 {
        let faults = self.faults.lock().unwrap();
        faults
            .report_pages
            .unwrap_or_else(|| slice.total.div_ceil(slice.size.into()))
    }

    /// Clarifai style: a `status` and the list, no totals.
    ///
    /// # Errors
    /// When the page is set to fail.
    pub fn clarifai<R: PaginatedRequest>(
        &self,
        request: &R,
    ) -> Result<clarifai::MultiInputResponse, FakeError> {
        let slice = self.slice(request)?;
        let inputs: Vec<clarifai::Input> = slice
            .indices
            .map(|i| clarifai::Input {
                id: item_id(i),
                created_at: "2024-05-01T10:00:00Z".into(),
            })
            .collect();
        Ok(clarifai::MultiInputResponse {
            status: clarifai::Status {
                code: 10000,
                description: "Ok".into(),
            },
            // Clarifai leaves an empty list out.
            inputs: (!inputs.is_empty()).then_some(inputs),
        })
    }

    /// CSPR.cloud style: `data`, `item_count` and `page_count`.
    ///
    /// # Errors
    /// When the page is set to fail.
    pub fn cspr<R: PaginatedRequest>(
        &self,
        request: &R,
    ) -> Result<cspr::Page<cspr::Account>, FakeError> {
        let slice = self.slice(request)?;
        let page_count = self.reported_pages(&slice);
        Ok(cspr::Page {
            data: slice.indices.map(account).collect(),
            item_count: slice.total,
            page_count,
        })
    }

    /// Codat style: `results`, `pageNumber`, `pageSize`, `totalResults` and HAL
    /// `_links`, with `next` only when there is a next page.
    ///
    /// # Errors
    /// When the page is set to fail.
    pub fn codat<R: PaginatedRequest>(&self, request: &R) -> Result<codat::InvoicePage, FakeError> {
        let slice = self.slice(request)?;
        let first = R::PARAMS.first_page;
        let pages = slice.total.div_ceil(slice.size.into());
        let href = |page: u32| Link {
            href: format!("/invoices?page={page}&pageSize={}", slice.size),
        };
        let has_next = u64::from(slice.page - first) + 1 < pages;
        Ok(codat::InvoicePage {
            results: slice.indices.map(invoice).collect(),
            page_number: slice.page,
            page_size: slice.size,
            total_results: slice.total,
            links: HalLinks {
                self_link: Some(Link {
                    href: "/invoices".into(),
                }),
                current: Some(href(slice.page)),
                next: has_next.then(|| href(slice.page + 1)),
                previous: (slice.page > first).then(|| href(slice.page - 1)),
            },
        })
    }
}

/// A request in flight; see [`FakeServer::begin`].
pub struct InFlight<'a>(&'a FakeServer);

impl Drop for InFlight<'_> {
    fn drop(&mut self) {
        self.0.in_flight.fetch_sub(1, Ordering::SeqCst);
    }
}

/// The id of item `index` of the data set.
pub fn item_id(index: u64) -> String {
    format!("item-{index:06}")
}

/// The ids of the whole data set of `total` items, in order.
pub fn all_ids(total: u64) -> Vec<String> {
    (0..total).map(item_id).collect()
}

fn account(index: u64) -> cspr::Account {
    cspr::Account {
        account_hash: item_id(index),
        balance: (index * 1_000).to_string(),
        main_purse_uref: format!("uref-{index:064x}-007"),
        public_key: format!("01{index:064x}"),
    }
}

fn invoice(index: u64) -> codat::Invoice {
    codat::Invoice {
        id: item_id(index),
        invoice_number: format!("INV-{index}"),
        #[allow(clippy::cast_precision_loss)]
        total_amount: index as f64 * 1.5,
        status: if index % 2 == 0 { "Paid" } else { "Submitted" }.into(),
    }
}

/// The id of a Clarifai input, CSPR.cloud account or Codat invoice.
pub trait ItemId {
    /// The item's id in the fake data set.
    fn item_id(&self) -> &str;
}

impl ItemId for clarifai::Input {
    fn item_id(&self) -> &str {
        &self.id
    }
}

impl ItemId for cspr::Account {
    fn item_id(&self) -> &str {
        &self.account_hash
    }
}

impl ItemId for codat::Invoice {
    fn item_id(&self) -> &str {
        &self.id
    }
}
