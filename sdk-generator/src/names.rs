//! Rust names from wire names.

/// Rust keywords a field or method name cannot be.
const KEYWORDS: &[&str] = &[
    "as", "async", "await", "box", "break", "const", "continue", "crate", "do", "dyn", "else",
    "enum", "extern", "false", "final", "fn", "for", "gen", "if", "impl", "in", "let", "loop",
    "macro", "match", "mod", "move", "mut", "override", "priv", "pub", "ref", "return", "self",
    "static", "struct", "super", "trait", "true", "try", "type", "typeof", "unsafe", "unsized",
    "use", "virtual", "where", "while", "yield",
];

/// The `snake_case` words of a wire name: `startAt`, `page[number]` and `total-pages` give
/// `start_at`, `page_number` and `total_pages`.
fn words(wire: &str) -> Vec<String> {
    let mut words: Vec<String> = Vec::new();
    let mut current = String::new();
    let mut previous_lower = false;
    for c in wire.chars() {
        if !c.is_ascii_alphanumeric() {
            if !current.is_empty() {
                words.push(std::mem::take(&mut current));
            }
            previous_lower = false;
            continue;
        }
        if c.is_ascii_uppercase() && previous_lower && !current.is_empty() {
            words.push(std::mem::take(&mut current));
        }
        previous_lower = c.is_ascii_lowercase() || c.is_ascii_digit();
        current.push(c.to_ascii_lowercase());
    }
    if !current.is_empty() {
        words.push(current);
    }
    words
}

/// A field or method name: `snake_case`, never a keyword, never starting with a digit.
pub(crate) fn snake(wire: &str) -> String {
    let mut name = words(wire).join("_");
    if name.is_empty() || name.starts_with(|c: char| c.is_ascii_digit()) {
        name.insert_str(0, "n_");
    }
    if KEYWORDS.contains(&name.as_str()) {
        name.push('_');
    }
    name
}

/// A type name: `PascalCase`.
pub(crate) fn pascal(wire: &str) -> String {
    let name: String = words(wire)
        .iter()
        .map(|word| {
            let mut chars = word.chars();
            chars.next().map_or_else(String::new, |first| {
                first.to_ascii_uppercase().to_string() + chars.as_str()
            })
        })
        .collect();
    if name.starts_with(|c: char| c.is_ascii_digit()) || name.is_empty() {
        format!("N{name}")
    } else {
        name
    }
}

/// The Rust string literal of `text`.
pub(crate) fn literal(text: &str) -> String {
    format!("{text:?}")
}

#[cfg(test)]
mod tests {
    use super::{pascal, snake};

    #[test]
    fn wire_names_become_rust_names() {
        assert_eq!(snake("startAt"), "start_at");
        assert_eq!(snake("page[number]"), "page_number");
        assert_eq!(snake("total-pages"), "total_pages");
        assert_eq!(snake("type"), "type_");
        assert_eq!(snake("listAccounts"), "list_accounts");
        assert_eq!(pascal("listAccounts"), "ListAccounts");
        assert_eq!(pascal("response_metadata"), "ResponseMetadata");
    }
}
