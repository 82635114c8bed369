//! The load of `ROBUSTNESS.md`: 1,000 walks at once over loopback, each with
//! `concurrency(8)`, every API of the test server in turn, on one thread that serves and
//! walks. Every item is checked as it arrives; the run fails if any walk does not get its
//! exact items or any connection goes to another origin.
//!
//! ```text
//! cargo run -p pagination-tests --release --example load [-- WALKS [ITEMS]]
//! ```
//!
//! WALKS defaults to 1,000 and ITEMS, the size of every API's data set, to 1,000: 20
//! pages of 50 a walk. Each walk must end within 5 minutes.

#[path = "../tests/common/mod.rs"]
mod common;
#[path = "../tests/load/mod.rs"]
mod load;

use std::process::ExitCode;
use std::time::Duration;

fn main() -> ExitCode {
    let mut args = std::env::args().skip(1);
    let (Some(walks), Some(items)) = (number(args.next(), 1_000), number(args.next(), 1_000))
    else {
        eprintln!("usage: load [WALKS [ITEMS]], both positive whole numbers");
        return ExitCode::FAILURE;
    };
    // Each page in flight is a connection, with a socket at each end.
    let sockets = walks * load::CONCURRENCY * 2 + 64;
    if let Some(limit) = open_files_limit().filter(|&limit| limit < sockets) {
        eprintln!(
            "{walks} walks need up to {sockets} open files, and the limit is {limit}: \
             raise it (`ulimit -n {sockets}`) or run fewer walks"
        );
        return ExitCode::FAILURE;
    }
    let (report, peak) = load::measured(walks, items, Duration::from_secs(300));
    let in_flight = walks * load::CONCURRENCY;
    println!(
        "{} of {walks} walks got their {items} items each, {} kinds in turn",
        report.walks,
        load::KINDS.len()
    );
    println!(
        "{} pages, {} items in {:.2} s: {:.0} pages/s",
        report.pages,
        report.items,
        report.elapsed.as_secs_f64(),
        report.throughput()
    );
    println!(
        "peak heap {:.1} MiB: {:.1} KiB for each of the {in_flight} pages that may be in flight",
        mib(peak),
        mib(peak) * 1024.0 / f64::from(u32::try_from(in_flight).unwrap_or(u32::MAX))
    );
    if let Some(rss) = peak_rss() {
        println!("peak resident set {rss}");
    }
    for failure in &report.failures {
        println!("failed: {failure}");
    }
    for origin in &report.foreign {
        println!("connected to another origin: {origin}");
    }
    if report.failures.is_empty() && report.foreign.is_empty() {
        ExitCode::SUCCESS
    } else {
        ExitCode::FAILURE
    }
}

/// `arg` as a positive number, or `default` when there is none.
fn number(arg: Option<String>, default: usize) -> Option<usize> {
    arg.map_or(Some(default), |arg| arg.parse().ok().filter(|&n| n > 0))
}

#[allow(clippy::cast_precision_loss, reason = "a size to print")]
fn mib(bytes: u64) -> f64 {
    bytes as f64 / (1024.0 * 1024.0)
}

/// The soft limit on open files, from `/proc` (Linux).
fn open_files_limit() -> Option<usize> {
    let limits = std::fs::read_to_string("/proc/self/limits").ok()?;
    let line = limits
        .lines()
        .find(|line| line.starts_with("Max open files"))?;
    line.split_whitespace().nth(3)?.parse().ok()
}

/// The process's peak resident set, as `/proc` (Linux) writes it.
fn peak_rss() -> Option<String> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let line = status.lines().find(|line| line.starts_with("VmHWM:"))?;
    Some(line.trim_start_matches("VmHWM:").trim().to_owned())
}
