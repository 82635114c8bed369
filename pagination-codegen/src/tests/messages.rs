//! Each message of `crate::messages` is held, word for word, by a compile-fail case of
//! `tests/ui/`, and each error the derive gives in a case is one of those messages; with
//! trybuild comparing every `.stderr` byte for byte, a message changes only when a case
//! changes with it.
//!
//! A template matches an error when its text is the error's, each placeholder standing
//! for any text. A part is held when a message that has its placeholder matches an error
//! with the part in that placeholder. The derive's errors are the `error: ` lines of the
//! `.stderr` files; rustc's own errors, and the runtime's trait bounds, have a code
//! (`error[E0277]: `). The trait bounds' messages and notes, written in
//! `pagination-core`'s `on_unimplemented` attributes, are held by cases too.

use crate::keys::Key;
use crate::messages::{self, Kind, Template, templates};
use std::path::Path;

/// What to do about a message no case holds.
const HOW: &str = "add a case to tests/ui/<group>/ that gives it, then run \
                   `TRYBUILD=overwrite cargo test -p pagination-tests --test ui` and read the \
                   new .stderr";

/// One error the derive gives in a compile-fail case.
struct Held {
    case: String,
    message: String,
}

/// Every `error: ` line of every `.stderr` under `tests/ui/`.
fn held() -> Vec<Held> {
    let ui = Path::new(env!("CARGO_MANIFEST_DIR")).join("../tests/ui");
    let mut held = Vec::new();
    for group in read_dir(&ui) {
        for case in read_dir(&group) {
            if case.extension().is_none_or(|ext| ext != "stderr") {
                continue;
            }
            let stderr = std::fs::read_to_string(&case).unwrap();
            let name = case.strip_prefix(&ui).unwrap().display().to_string();
            held.extend(stderr.lines().filter_map(|line| {
                Some(Held {
                    case: name.clone(),
                    message: line.strip_prefix("error: ")?.to_owned(),
                })
            }));
        }
    }
    assert!(
        held.len() > 100,
        "found too few errors under {}",
        ui.display()
    );
    held
}

pub(super) fn read_dir(dir: &Path) -> Vec<std::path::PathBuf> {
    let mut paths: Vec<_> = std::fs::read_dir(dir)
        .unwrap_or_else(|error| panic!("{}: {error}", dir.display()))
        .map(|entry| entry.unwrap().path())
        .collect();
    paths.sort();
    paths
}

/// A template's text, cut at its placeholders.
#[derive(Clone, Debug)]
pub(super) enum Piece {
    Text(String),
    Slot(String),
}

pub(super) fn pieces(template: &str) -> Vec<Piece> {
    let mut pieces = Vec::new();
    let mut text = String::new();
    let mut chars = template.chars().peekable();
    while let Some(ch) = chars.next() {
        match ch {
            '{' | '}' if chars.peek() == Some(&ch) => {
                chars.next();
                text.push(ch);
            }
            '{' => {
                let slot: String = chars.by_ref().take_while(|&ch| ch != '}').collect();
                let name = slot.split(':').next().unwrap_or_default().to_owned();
                pieces.push(Piece::Text(std::mem::take(&mut text)));
                pieces.push(Piece::Slot(name));
            }
            _ => text.push(ch),
        }
    }
    pieces.push(Piece::Text(text));
    pieces
}

/// Whether `text` is `pieces` with some text in each slot.
pub(super) fn fits(pieces: &[Piece], text: &str) -> bool {
    match pieces.split_first() {
        None => text.is_empty(),
        Some((Piece::Text(literal), rest)) => text
            .strip_prefix(literal.as_str())
            .is_some_and(|text| fits(rest, text)),
        Some((Piece::Slot(_), rest)) => (0..=text.len())
            .filter(|&at| text.is_char_boundary(at))
            .any(|at| fits(rest, &text[at..])),
    }
}

/// `template`'s pieces with `part`'s in place of slot `slot`.
fn fill(template: &[Piece], slot: &str, part: &[Piece]) -> Vec<Piece> {
    template
        .iter()
        .flat_map(|piece| match piece {
            Piece::Slot(name) if name == slot => part.to_vec(),
            piece => vec![piece.clone()],
        })
        .collect()
}

pub(super) fn of_kind(kinds: &[Kind]) -> impl Iterator<Item = &'static Template> {
    templates().filter(move |template| kinds.contains(&template.kind))
}

fn list(templates: &[&Template]) -> String {
    templates
        .iter()
        .map(|template| format!("\n  {}: {}", template.name, template.text))
        .collect::<Vec<_>>()
        .concat()
}

#[test]
fn every_message_is_held() {
    let held = held();
    let missing: Vec<&Template> = of_kind(&[Kind::Message, Kind::Syn])
        .filter(|template| {
            let pieces = pieces(template.text);
            !held.iter().any(|error| fits(&pieces, &error.message))
        })
        .collect();
    assert!(
        missing.is_empty(),
        "no compile-fail case holds these messages; {HOW}:{}",
        list(&missing)
    );
}

/// Whether a case holds a message that has placeholder `slot`, with `value` in it.
fn held_in(held: &[Held], slot: &str, value: &[Piece]) -> bool {
    let has_slot = |pieces: &Vec<Piece>| {
        pieces
            .iter()
            .any(|piece| matches!(piece, Piece::Slot(name) if name == slot))
    };
    let messages: Vec<Vec<Piece>> = of_kind(&[Kind::Message])
        .map(|message| pieces(message.text))
        .filter(has_slot)
        .collect();
    assert!(!messages.is_empty(), "no message has a `{{{slot}}}`");
    messages.iter().any(|message| {
        let filled = fill(message, slot, value);
        held.iter().any(|error| fits(&filled, &error.message))
    })
}

#[test]
fn every_part_is_held() {
    let held = held();
    let missing: Vec<&Template> = of_kind(&[Kind::Part])
        .filter(|part| {
            let slot = part.slot.expect("a part fills a placeholder");
            !held_in(&held, slot, &pieces(part.text))
        })
        .collect();
    assert!(
        missing.is_empty(),
        "no compile-fail case holds a message with these parts; {HOW}:{}",
        list(&missing)
    );
}

/// Each error a case holds is a message of the derive, and no case reaches a message
/// that says no input reaches it.
#[test]
fn every_held_error_is_a_message() {
    let known: Vec<(&Template, Vec<Piece>)> =
        of_kind(&[Kind::Message, Kind::Syn, Kind::Unreachable])
            .map(|template| (template, pieces(template.text)))
            .collect();
    let mut unknown = Vec::new();
    for error in held() {
        match known
            .iter()
            .find(|(_, pieces)| fits(pieces, &error.message))
        {
            Some((template, _)) if template.kind == Kind::Unreachable => unknown.push(format!(
                "\n  {}: {} (declared unreachable: {})",
                error.case, error.message, template.name
            )),
            Some(_) => {}
            None => unknown.push(format!("\n  {}: {}", error.case, error.message)),
        }
    }
    assert!(
        unknown.is_empty(),
        "these errors are no message of `crate::messages`; give each a template there:{}",
        unknown.concat()
    );
}

/// What the key table says of a key in messages (`about`, `instead`) is held too, in
/// the placeholder it fills.
#[test]
fn every_key_text_is_held() {
    let held = held();
    let mut missing = Vec::new();
    for key in Key::ALL {
        let spec = key.spec();
        if let Some(about) = spec.about {
            if !held_in(&held, "about", &[Piece::Text(about.to_owned())]) {
                missing.push(format!("\n  {}: about: {about}", spec.name));
            }
        }
        if let Some(instead) = spec.instead {
            let part = messages::instead(instead).to_string();
            if !held_in(&held, "instead", &[Piece::Text(part)]) {
                missing.push(format!("\n  {}: instead: {instead}", spec.name));
            }
        }
    }
    assert!(
        missing.is_empty(),
        "no compile-fail case holds these texts of the key table; {HOW}:{}",
        missing.concat()
    );
}

#[test]
fn templates_match_what_they_should() {
    let template = pieces("`{key} = {value:?}` is {{not}} {about}");
    assert!(fits(&template, "`size = \"a b\"` is {not} the page size"));
    assert!(!fits(&template, "`size = \"a b\"` is not the page size"));
    let filled = fill(&pieces("a {what}; b"), "what", &pieces("c `{name}`"));
    assert!(fits(&filled, "a c `x`; b"));
    assert!(!fits(&filled, "a d `x`; b"));
}

/// The `message` and `note`s of each `#[diagnostic::on_unimplemented]` in
/// `pagination-core`, the errors a field of the wrong type or a walk of the wrong request
/// gives, in the order they are written.
fn trait_bound_messages() -> Vec<String> {
    let mut texts = Vec::new();
    let mut dirs = vec![Path::new(env!("CARGO_MANIFEST_DIR")).join("../pagination-core/src")];
    while let Some(dir) = dirs.pop() {
        for path in read_dir(&dir) {
            if path.is_dir() {
                dirs.push(path);
            } else if path.extension().is_some_and(|ext| ext == "rs") {
                let source = std::fs::read_to_string(&path).unwrap();
                texts.extend(on_unimplemented_texts(&source));
            }
        }
    }
    assert!(texts.len() > 10, "found too few trait bound messages");
    texts
}

/// The `message = "..."` and `note = "..."` arguments of every `on_unimplemented` in
/// `source`, unescaped.
fn on_unimplemented_texts(source: &str) -> Vec<String> {
    let mut texts = Vec::new();
    for block in source.split("#[diagnostic::on_unimplemented(").skip(1) {
        let block = block.split("\n)]").next().unwrap_or_default();
        for line in block.lines().map(str::trim) {
            let Some(text) = ["message = \"", "note = \""]
                .iter()
                .find_map(|prefix| line.strip_prefix(prefix))
            else {
                continue;
            };
            let text = text.trim_end_matches(',').strip_suffix('"').unwrap();
            texts.push(text.replace("\\\"", "\""));
        }
    }
    texts
}

/// Each trait bound's message and notes, with `{Self}` and the trait's parameters as
/// placeholders, is held by a case too: `error[E0277]: <message>` or `= note: <note>`.
#[test]
fn every_trait_bound_message_is_held() {
    let ui = Path::new(env!("CARGO_MANIFEST_DIR")).join("../tests/ui");
    let mut lines = Vec::new();
    for group in read_dir(&ui) {
        for case in read_dir(&group) {
            if case.extension().is_some_and(|ext| ext == "stderr") {
                let stderr = std::fs::read_to_string(&case).unwrap();
                lines.extend(stderr.lines().filter_map(|line| {
                    let line = line.trim_start_matches([' ', '|']);
                    line.strip_prefix("error[E0277]: ")
                        .or_else(|| line.strip_prefix("= note: "))
                        .map(str::to_owned)
                }));
            }
        }
    }
    let missing: Vec<String> = trait_bound_messages()
        .into_iter()
        .filter(|text| {
            let pieces = pieces(text);
            !lines.iter().any(|line| fits(&pieces, line))
        })
        .map(|text| format!("\n  {text}"))
        .collect();
    assert!(
        missing.is_empty(),
        "no compile-fail case holds these trait bound messages; {HOW}:{}",
        missing.concat()
    );
}
