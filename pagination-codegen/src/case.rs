//! serde's `rename_all` rules for struct fields, reproduced exactly, so that a wire name
//! is matched to the field serde would write it for.

/// One `#[serde(rename_all = "...")]` rule.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub(crate) enum RenameRule {
    /// No rule: the field's own name.
    #[default]
    None,
    LowerCase,
    UpperCase,
    PascalCase,
    CamelCase,
    SnakeCase,
    ScreamingSnakeCase,
    KebabCase,
    ScreamingKebabCase,
}

impl RenameRule {
    /// The rule serde spells `name`, if any.
    pub(crate) fn from_name(name: &str) -> Option<Self> {
        Some(match name {
            "lowercase" => RenameRule::LowerCase,
            "UPPERCASE" => RenameRule::UpperCase,
            "PascalCase" => RenameRule::PascalCase,
            "camelCase" => RenameRule::CamelCase,
            "snake_case" => RenameRule::SnakeCase,
            "SCREAMING_SNAKE_CASE" => RenameRule::ScreamingSnakeCase,
            "kebab-case" => RenameRule::KebabCase,
            "SCREAMING-KEBAB-CASE" => RenameRule::ScreamingKebabCase,
            _ => return None,
        })
    }

    /// The name serde gives field `field` (already stripped of `r#`) under this rule.
    pub(crate) fn apply_to_field(self, field: &str) -> String {
        match self {
            RenameRule::None | RenameRule::LowerCase | RenameRule::SnakeCase => field.to_owned(),
            RenameRule::UpperCase | RenameRule::ScreamingSnakeCase => field.to_ascii_uppercase(),
            RenameRule::PascalCase => {
                let mut pascal = String::new();
                let mut capitalize = true;
                for ch in field.chars() {
                    if ch == '_' {
                        capitalize = true;
                    } else if capitalize {
                        pascal.push(ch.to_ascii_uppercase());
                        capitalize = false;
                    } else {
                        pascal.push(ch);
                    }
                }
                pascal
            }
            RenameRule::CamelCase => {
                let pascal = RenameRule::PascalCase.apply_to_field(field);
                let mut chars = pascal.chars();
                chars.next().map_or_else(String::new, |first| {
                    first.to_ascii_lowercase().to_string() + chars.as_str()
                })
            }
            RenameRule::KebabCase => field.replace('_', "-"),
            RenameRule::ScreamingKebabCase => field.to_ascii_uppercase().replace('_', "-"),
        }
    }
}

/// The `snake_case` form of a wire name: `pageSize` and `page-size` give `page_size`.
pub(crate) fn to_snake_case(wire: &str) -> String {
    let mut snake = String::new();
    for (i, ch) in wire.char_indices() {
        if ch == '-' {
            snake.push('_');
        } else if ch.is_ascii_uppercase() {
            if i > 0 && !snake.ends_with('_') {
                snake.push('_');
            }
            snake.push(ch.to_ascii_lowercase());
        } else {
            snake.push(ch);
        }
    }
    snake
}

#[cfg(test)]
mod tests {
    use super::{RenameRule, to_snake_case};

    #[test]
    fn snake_case_of_wire_names() {
        assert_eq!(to_snake_case("pageSize"), "page_size");
        assert_eq!(to_snake_case("totalResults"), "total_results");
        assert_eq!(to_snake_case("per_page"), "per_page");
        assert_eq!(to_snake_case("page-size"), "page_size");
        assert_eq!(to_snake_case("PageSize"), "page_size");
        assert_eq!(to_snake_case("_links"), "_links");
    }

    #[test]
    fn camel_case_of_an_empty_name_is_empty() {
        assert_eq!(RenameRule::CamelCase.apply_to_field(""), "");
        assert_eq!(RenameRule::CamelCase.apply_to_field("_"), "");
    }
}
