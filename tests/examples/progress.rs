//! A progress bar over a long walk: `on_progress` reports the pages and items so far and
//! the totals, and `indicatif` draws them. The server is an in-memory fake of CSPR.cloud
//! holding 20,000 accounts, answering each page after a short delay.
//!
//! Run with `cargo run --example progress`.

use indicatif::{ProgressBar, ProgressStyle};
use pagination_core::{PaginatedRequest, paginate};
use pagination_tests::cspr::ListAccounts;
use pagination_tests::fake::FakeServer;
use std::time::Duration;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let server = FakeServer::new(20_000);
    let bar = ProgressBar::new(0).with_style(ProgressStyle::with_template(
        "{spinner} accounts {pos}/{len} [{bar:40}] {msg}",
    )?);
    let hook = bar.clone();
    let pages = paginate(ListAccounts::default().with_page_size(100), |request| {
        std::thread::sleep(Duration::from_millis(5));
        server.cspr(&request)
    })
    .on_progress(move |progress| {
        if let Some(total) = progress.total_items {
            hook.set_length(total);
        }
        hook.set_position(progress.items);
        hook.set_message(format!(
            "page {} of {}",
            progress.pages,
            progress.total_pages.unwrap_or(0)
        ));
    });
    let mut accounts = 0;
    for page in pages {
        accounts += page?.data.len();
    }
    bar.finish();
    println!("{accounts} accounts in {} requests", server.requests());
    Ok(())
}
