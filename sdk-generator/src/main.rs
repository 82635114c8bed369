//! `pagination-sdk-generator <openapi.json> [--expand] [-o out.rs]`: writes the paginated
//! SDK module of an OpenAPI 3 document to `out.rs`, or to the standard output; with
//! `--expand`, the derive's impls instead of `#[derive(Paginated)]`.

use std::process::ExitCode;

use pagination_sdk_generator::{Mode, generate_str};

const USAGE: &str = "usage: pagination-sdk-generator <openapi.json> [--expand] [-o <out.rs>]";

fn main() -> ExitCode {
    match run(std::env::args().skip(1).collect()) {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            eprintln!("error: {message}");
            ExitCode::FAILURE
        }
    }
}

fn run(args: Vec<String>) -> Result<(), String> {
    let mut input = None;
    let mut output = None;
    let mut mode = Mode::Derive;
    let mut args = args.into_iter();
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "-o" | "--output" => output = Some(args.next().ok_or(USAGE)?),
            "--expand" => mode = Mode::Expand,
            "-h" | "--help" => {
                println!("{USAGE}");
                return Ok(());
            }
            _ if input.is_none() && !arg.starts_with('-') => input = Some(arg),
            _ => return Err(format!("unexpected argument `{arg}`\n{USAGE}")),
        }
    }
    let input = input.ok_or(USAGE)?;
    let json = std::fs::read_to_string(&input).map_err(|error| format!("{input}: {error}"))?;
    let source = generate_str(&json, mode).map_err(|error| format!("{input}: {error}"))?;
    if let Some(path) = output {
        write(&path, &source).map_err(|error| format!("{path}: {error}"))
    } else {
        print!("{source}");
        Ok(())
    }
}

/// Writes `source` to `path` whole or not at all: to a file beside it, then renamed.
fn write(path: &str, source: &str) -> std::io::Result<()> {
    let partial = format!("{path}.partial");
    std::fs::write(&partial, source)
        .and_then(|()| std::fs::rename(&partial, path))
        .inspect_err(|_| {
            let _ = std::fs::remove_file(&partial);
        })
}
