//! What the criterion benchmarks share: their settings, and the ratios each prints at the
//! end, from the estimates criterion wrote in the same run. Wall-clock times move with
//! the machine's load; two benchmarks measured one after the other in one run move
//! together, so their ratio is the figure to record.

use criterion::Criterion;
use std::path::{Path, PathBuf};
use std::time::{Duration, SystemTime};

/// Criterion writing where [`Report`] reads, with shorter runs than its defaults (3 s of
/// warm-up and 5 s of measurement per benchmark): the command line still overrides them.
pub(crate) fn criterion(report: &Report) -> Criterion {
    Criterion::default()
        .output_directory(&report.dir)
        .warm_up_time(Duration::from_millis(500))
        .measurement_time(Duration::from_secs(2))
        .configure_from_args()
}

/// The ratios of pairs of benchmarks measured in this run.
pub(crate) struct Report {
    dir: PathBuf,
    started: SystemTime,
    lines: Vec<String>,
}

impl Report {
    /// Starts the clock: only estimates written after it are read.
    pub(crate) fn start() -> Self {
        Report {
            dir: criterion_dir(),
            started: SystemTime::now(),
            lines: Vec::new(),
        }
    }

    /// Adds the ratio of the median times of two benchmarks, each named by its id
    /// (`group/function/parameter`), when both ran in this run.
    pub(crate) fn ratio(&mut self, label: &str, numerator: &str, denominator: &str) {
        if let (Some(top), Some(bottom)) = (self.median(numerator), self.median(denominator)) {
            self.lines.push(format!(
                "  {label:<44} {:>8.3}   ({} / {})",
                top / bottom,
                show(top),
                show(bottom)
            ));
        }
    }

    /// Prints the ratios added.
    pub(crate) fn print(&self) {
        if self.lines.is_empty() {
            return;
        }
        println!("\nRatios of median times measured in this run:");
        for line in &self.lines {
            println!("{line}");
        }
    }

    /// The median time of benchmark `id` in nanoseconds, if it ran in this run.
    fn median(&self, id: &str) -> Option<f64> {
        let path = self.dir.join(id).join("new").join("estimates.json");
        let written = std::fs::metadata(&path)
            .and_then(|meta| meta.modified())
            .ok()?;
        if written < self.started {
            return None;
        }
        let estimates: serde_json::Value =
            serde_json::from_slice(&std::fs::read(&path).ok()?).ok()?;
        estimates["median"]["point_estimate"].as_f64()
    }
}

/// Where criterion writes by default: `$CRITERION_HOME`, else `criterion/` in the target
/// directory, found from this executable's path (`target/release/deps/<bench>`).
fn criterion_dir() -> PathBuf {
    if let Some(home) = std::env::var_os("CRITERION_HOME") {
        return PathBuf::from(home);
    }
    let exe = std::env::current_exe().unwrap_or_default();
    let target = exe.ancestors().nth(3).unwrap_or(Path::new("target"));
    target.join("criterion")
}

/// A time in nanoseconds, in the unit that suits it.
fn show(nanos: f64) -> String {
    match nanos {
        n if n >= 1e9 => format!("{:.3} s", n / 1e9),
        n if n >= 1e6 => format!("{:.3} ms", n / 1e6),
        n if n >= 1e3 => format!("{:.3} µs", n / 1e3),
        n => format!("{n:.2} ns"),
    }
}
