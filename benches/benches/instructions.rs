//! Instruction counts from valgrind's callgrind, which do not move with the machine's
//! load: the derived impls against hand-written ones, `page_query()` against
//! `serde_urlencoded`, and `paginate` against the hand-written loops, on the fixtures the
//! criterion benchmarks use.
//!
//! `cargo bench -p pagination-benches --bench instructions`
//!
//! It runs itself under `valgrind --tool=callgrind` once for each case, counting only
//! inside `measure`. It needs valgrind (`apt-get install valgrind`) and nothing else;
//! without it, it says so and measures nothing.

use pagination_benches::{Shape, assert_equivalent, derived, hand, query, walk};
use pagination_core::{PaginatedRequest, PaginatedResponse};
use std::hint::black_box;
use std::path::Path;
use std::process::Command;

/// Set in the environment of the run under callgrind, which runs the cases.
const UNDER_CALLGRIND: &str = "PAGINATION_BENCHES_UNDER_CALLGRIND";

/// The function callgrind counts in, as valgrind names it.
const MEASURE: &str = "instructions::measure";

/// How many times a case of one method call runs.
const CALLS: u32 = 10_000;

/// The numbers a walk goes through, as in the `walk` benchmark.
const TOTAL: u64 = 1_000_000;

/// One thing to count, and the alternative it is compared with.
struct Case {
    name: String,
    against: Vec<String>,
    calls: u32,
    run: Box<dyn FnMut()>,
}

fn main() {
    let mut cases = cases();
    if let Some(index) = std::env::var_os(UNDER_CALLGRIND) {
        // Outside `measure`, so not counted: cases comparing unequal impls count nothing.
        assert_equivalent::<derived::Codat, hand::Codat>();
        assert_equivalent::<derived::Cspr, hand::Cspr>();
        let index: usize = index
            .to_str()
            .and_then(|i| i.parse().ok())
            .expect("a case index");
        let case = &mut cases[index];
        // Once uncounted, so that a first call's one-off costs (a buffer's first growth)
        // are not counted either.
        (case.run)();
        measure(&mut *case.run, case.calls);
        return;
    }
    match profile(&cases) {
        Ok(counts) => report(&cases, &counts),
        Err(why) => eprintln!("instructions: {why}"),
    }
}

/// Runs a case `calls` times: callgrind counts the instructions in here, and only here.
#[inline(never)]
fn measure(run: &mut dyn FnMut(), calls: u32) {
    for _ in 0..calls {
        run();
    }
}

/// Every case, the harness's own cost first.
fn cases() -> Vec<Case> {
    let mut cases = vec![case("floor", &[], CALLS, || {})];
    api::<derived::Codat>(&mut cases, "codat", "derived", Some("hand"));
    api::<hand::Codat>(&mut cases, "codat", "hand", None);
    api::<derived::Cspr>(&mut cases, "cspr", "derived", Some("hand"));
    api::<hand::Cspr>(&mut cases, "cspr", "hand", None);
    queries(&mut cases);
    walks(&mut cases);
    cases
}

fn case(name: &str, against: &[&str], calls: u32, run: impl FnMut() + 'static) -> Case {
    Case {
        name: name.to_owned(),
        against: against.iter().map(|&other| other.to_owned()).collect(),
        calls,
        run: Box::new(run),
    }
}

/// The methods of one side of an API, as `api/method/side`, each against the same method
/// of side `against`. `into_items` consumes its response, so it is counted with a clone of
/// the response, which is most of what is counted and the same on both sides.
fn api<S: Shape>(cases: &mut Vec<Case>, api: &str, side: &str, against: Option<&str>) {
    // `count!(make, "method", |value| call)`: a case that owns `value = make()` and makes
    // `call` on it, both kept opaque to the optimizer by `black_box`.
    macro_rules! count {
        ($make:expr, $method:literal, |$value:ident| $call:expr) => {{
            #[allow(unused_mut)]
            let mut $value = $make();
            cases.push(Case {
                name: format!("{api}/{}/{side}", $method),
                against: against
                    .iter()
                    .map(|other| format!("{api}/{}/{other}", $method))
                    .collect(),
                calls: CALLS,
                run: Box::new(move || {
                    let _ = black_box($call);
                }),
            });
        }};
    }
    count!(S::request, "page", |r| black_box(&r).page());
    count!(S::request, "page_size", |r| black_box(&r).page_size());
    count!(S::request, "set_page", |r| {
        black_box(&mut r).set_page(black_box(7));
    });
    count!(S::request, "with_page_size", |r| {
        // Moved out and back: no clone or drop is counted.
        r = core::mem::take(black_box(&mut r)).with_page_size(black_box(50));
    });
    count!(S::request, "validate", |r| black_box(&r).validate());
    count!(S::request, "page_query", |r| black_box(&r).page_query());
    let page = S::response();
    count!(S::request, "next_request", |r| {
        black_box(&r).next_request(black_box(&page))
    });
    count!(S::response, "items", |p| black_box(&p).items());
    // Consuming, so each call clones first; the clone is the same on both sides.
    count!(S::response, "into_items_of_a_clone", |p| {
        black_box(&p).clone().into_items()
    });
    count!(S::response, "page_info", |p| black_box(&p).page_info());
    count!(S::response, "next_link", |p| black_box(&p).next_link());
}

/// Codat's query string from `page_query()` and from `serde_urlencoded`, each as a new
/// `String` and into a reused buffer; ours into a buffer also against their new `String`,
/// which is what a transport without `page_query` writes.
fn queries(cases: &mut Vec<Case>) {
    let request = derived::Codat::request;
    let theirs = "query/to_string/serde_urlencoded";
    let theirs_reused = "query/reused_buffer/serde_urlencoded";
    let r = request();
    cases.push(case("query/to_string/ours", &[theirs], CALLS, move || {
        black_box(query::ours_to_string(black_box(&r)));
    }));
    let r = request();
    cases.push(case(theirs, &[], CALLS, move || {
        black_box(query::serde_to_string(black_box(&r)));
    }));
    let (r, mut buffer) = (request(), String::new());
    let against = [theirs_reused, theirs];
    cases.push(case(
        "query/reused_buffer/ours",
        &against,
        CALLS,
        move || {
            query::ours_into(black_box(&r), black_box(&mut buffer));
        },
    ));
    let (r, mut buffer) = (request(), String::new());
    cases.push(case(
        "query/display_into/ours",
        &against,
        CALLS,
        move || {
            query::ours_display_into(black_box(&r), black_box(&mut buffer));
        },
    ));
    let (r, mut buffer) = (request(), String::new());
    cases.push(case(theirs_reused, &[], CALLS, move || {
        query::serde_into(black_box(&r), black_box(&mut buffer));
    }));
}

/// One walk of [`TOTAL`] numbers each way, against the hand-written loop. Each checks its
/// sum, so that a walk cut short cannot pass for a fast one.
fn walks(cases: &mut Vec<Case>) {
    let expected = walk::expected(TOTAL);
    cases.push(case("walk/items/hand", &[], 1, move || {
        assert_eq!(walk::hand_items(black_box(TOTAL)), expected);
    }));
    for (name, way) in walk::ITEM_WALKS {
        let name = format!("walk/items/{name}");
        cases.push(case(&name, &["walk/items/hand"], 1, move || {
            assert_eq!(way(black_box(TOTAL)).ok(), Some(expected));
        }));
    }
    // std's `flat_map` over the same pages: the figures stable Rust allows an adapter.
    for (name, way) in [
        ("walk/std_flat_map/for", walk::std_for as fn(u64) -> _),
        ("walk/std_flat_map/try_fold", walk::std_try_fold),
    ] {
        cases.push(case(name, &["walk/items/hand"], 1, move || {
            assert_eq!(way(black_box(TOTAL)).ok(), Some(expected));
        }));
    }
    cases.push(case("walk/pages/hand", &[], 1, move || {
        assert_eq!(walk::hand_pages(black_box(TOTAL)), expected);
    }));
    cases.push(case("walk/pages/for", &["walk/pages/hand"], 1, move || {
        assert_eq!(walk::pages_for(black_box(TOTAL)).ok(), Some(expected));
    }));
}

/// Runs this executable under callgrind once for each case, so that every case starts
/// from the same state of the heap, and reads the instructions each counted.
fn profile(cases: &[Case]) -> Result<Vec<u64>, String> {
    let exe = std::env::current_exe().map_err(|error| error.to_string())?;
    // `target/release/deps/instructions-*` → `target/callgrind`
    let dir = exe.ancestors().nth(3).unwrap_or(Path::new("target"));
    let dir = dir.join("callgrind");
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).map_err(|error| format!("{}: {error}", dir.display()))?;
    let counts = (0..cases.len())
        .map(|index| {
            let (out, log) = (
                format!("callgrind.out.{index}"),
                format!("valgrind.{index}.log"),
            );
            callgrind(&exe, index, &dir.join(&out), &dir.join(log))?;
            totals(&dir.join(out))
        })
        .collect::<Result<Vec<u64>, String>>()?;
    // Even the empty case spends instructions on its calls: none means that valgrind did
    // not find `measure` by its name.
    match counts.first() {
        Some(0) => Err(format!("callgrind counted nothing in `{MEASURE}`")),
        _ => Ok(counts),
    }
}

/// Runs case `index` of `exe` under callgrind, counting only inside `measure`.
fn callgrind(exe: &Path, index: usize, out: &Path, log: &Path) -> Result<(), String> {
    let log_file = std::fs::File::create(log).map_err(|error| error.to_string())?;
    let status = Command::new("valgrind")
        .arg("--tool=callgrind")
        .arg(format!("--callgrind-out-file={}", out.display()))
        .args(["--collect-atstart=no", "--compress-strings=no"])
        .arg(format!("--toggle-collect={MEASURE}"))
        .arg(exe)
        .env(UNDER_CALLGRIND, index.to_string())
        .stderr(log_file)
        .status()
        .map_err(|error| match error.kind() {
            std::io::ErrorKind::NotFound => {
                "valgrind is not installed (apt-get install valgrind); nothing measured".to_owned()
            }
            _ => format!("valgrind: {error}"),
        })?;
    if status.success() {
        Ok(())
    } else {
        Err(format!("valgrind failed; see {}", log.display()))
    }
}

/// The instructions a callgrind profile counted: its `totals:` line.
fn totals(profile: &Path) -> Result<u64, String> {
    let text = std::fs::read_to_string(profile)
        .map_err(|error| format!("{}: {error}", profile.display()))?;
    text.lines()
        .find_map(|line| line.strip_prefix("totals:"))
        .and_then(|rest| rest.split_whitespace().next()?.parse().ok())
        .ok_or_else(|| format!("{}: no totals line", profile.display()))
}

/// Prints the instructions per call of each case that has an alternative, less the
/// harness's, beside the alternative's and their ratio.
#[allow(clippy::cast_precision_loss)]
fn report(cases: &[Case], counts: &[u64]) {
    let per_call = |index: usize| counts[index] as f64 / f64::from(cases[index].calls);
    let floor = per_call(0);
    let net = |index: usize| (per_call(index) - floor).max(0.0);
    let find = |name: &str| cases.iter().position(|case| case.name == name);
    println!("Instructions per call (callgrind), less the harness's {floor:.0} a call:");
    println!(
        "{:<32} {:>12}   {:<36} {:>12} {:>8}",
        "case", "instructions", "against", "instructions", "ratio"
    );
    for (index, case) in cases.iter().enumerate() {
        for other in case.against.iter().filter_map(|other| find(other)) {
            println!(
                "{:<32} {:>12.1}   {:<36} {:>12.1} {:>8.3}",
                case.name,
                net(index),
                cases[other].name,
                net(other),
                net(index) / net(other)
            );
        }
    }
}
