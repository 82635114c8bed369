//! A request's keys of one style, and the numbers the keys give (`default`, `max`,
//! `first`, `first_offset`, `page_base`) against each other and against the types of the
//! fields they go into.

use super::all_entries;
use crate::ast::{Input, RequestStyle, code_words};
use crate::attr::Number;
use crate::ctxt::Ctxt;
use crate::keys::{Key, Level, Side, Style};

/// A request pages one way: keys of another style than the one its first style key
/// gives it, such as `page` beside `offset`, are errors that name the keys of both.
pub(super) fn check_styles(cx: &mut Ctxt, input: &Input<'_>) {
    let Some(RequestStyle { style, by }) = input.style else {
        return;
    };
    if input.role(Key::Nested).is_some() {
        // Beside `nested`, every setting is already an error.
        return;
    }
    let mut by_keys: Vec<&str> = Vec::new();
    for entry in all_entries(input).filter(|entry| entry.key.style() == Some(style)) {
        if !by_keys.contains(&entry.key.name()) {
            by_keys.push(entry.key.name());
        }
    }
    if by_keys.is_empty() {
        by_keys.extend(by.map(Key::name));
    }
    let ident = input.ident();
    for entry in all_entries(input) {
        let styles = entry.key.spec().styles;
        if styles.is_empty() || styles.contains(&style) {
            continue;
        }
        let name = entry.key.name();
        let nouns: Vec<&str> = styles.iter().map(|style| style.noun()).collect();
        let kinds = nouns.join(" and ");
        let message = if by.is_some() {
            format!(
                "`{name}` is a key of {kinds} requests, but `{ident}` is {} request by its {} \
                 {}: a request pages one way; remove `{name}`, or make it {} request without {}",
                article(style),
                code_words(&by_keys, "and"),
                if by_keys.len() == 1 { "key" } else { "keys" },
                article(styles[0]),
                code_words(&by_keys, "and"),
            )
        } else {
            let choices: Vec<String> = styles
                .iter()
                .filter_map(|&style| style_key(style))
                .map(|key| format!("#[paginate({})]", key.usage(Level::Struct)))
                .collect();
            format!(
                "`{name}` is a key of {kinds} requests, and `{ident}` has no key that says which: \
                 name the parameter it goes with, {}",
                choices.join(" or ")
            )
        };
        cx.error_at(entry.span, message);
    }
}

/// "a page-number request", "an offset/limit request".
fn article(style: Style) -> String {
    let noun = style.noun();
    let article = if noun.starts_with(['a', 'e', 'i', 'o', 'u']) {
        "an"
    } else {
        "a"
    };
    format!("{article} {noun}")
}

/// The role that makes a request of `style`, to name in messages: `offset`, `cursor`.
fn style_key(style: Style) -> Option<Key> {
    Key::ALL
        .iter()
        .copied()
        .find(|key| key.is_role() && key.style() == Some(style))
}

/// `default` no larger than `max`, and `max` within the type of the size or limit field.
/// Elsewhere than on a request of its own, `default` and `max` are already errors.
pub(super) fn check_sizes(cx: &mut Ctxt, input: &Input<'_>) {
    if input.side != Side::Request || input.role(Key::Nested).is_some() {
        return;
    }
    let (Some(default), Some(max)) = (
        input.attrs.number(Key::Default),
        input.attrs.number(Key::Max),
    ) else {
        return;
    };
    let role = input.role(Key::Limit).map_or(Key::Size, |_| Key::Limit);
    let noun = if role == Key::Limit {
        "limit"
    } else {
        "page size"
    };
    if default.value > max.value {
        cx.error_at(
            default.value_span,
            format_args!(
                "`default = {}` is larger than `max = {}`: the {noun} the server uses by default \
                 cannot exceed the largest it accepts",
                default.value, max.value
            ),
        );
    }
    let Some(size) = input.role(role) else {
        return;
    };
    if let Some(int) = size.int_type() {
        if u128::from(max.value) > int.max {
            cx.error_at(
                max.value_span,
                format_args!(
                    "`max = {}` does not fit in `{}`, the type of {} field `{}`, which holds \
                     at most {}; use a wider integer type",
                    max.value,
                    int.name,
                    role.name(),
                    size.name,
                    int.max
                ),
            );
        }
    }
}

/// Page 0 in a page field that cannot hold 0: a request's `first = 0`, a response's
/// `page_base = 0`.
pub(super) fn check_zero_pages(cx: &mut Ctxt, input: &Input<'_>) {
    let Some(page) = input.role(Key::Page) else {
        return;
    };
    let Some(int) = page.int_type().filter(|int| int.nonzero) else {
        return;
    };
    let (key, problem, fix) = match input.side {
        Side::Request => (
            Key::First,
            "the first page, 0, cannot be stored in page field",
            "write `first = 1` if the API numbers pages from 1, or give the field",
        ),
        Side::Response | Side::Both => (
            Key::PageBase,
            "the server numbers its first page 0, which cannot be read into page field",
            "give the field",
        ),
    };
    if let Some(Number {
        value: 0,
        value_span,
        ..
    }) = input.attrs.number(key)
    {
        cx.error_at(
            value_span,
            format_args!(
                "`{} = 0`: {problem} `{}`, a `{}`; {fix} a type that holds 0, such as `{}`",
                key.name(),
                page.name,
                int.name,
                int.primitive
            ),
        );
    }
}

/// The first offset (`first_offset`, 0 by default) must fit in the offset field: a
/// `NonZero` field cannot hold 0, nor a `u8` 300.
pub(super) fn check_first_offset(cx: &mut Ctxt, input: &Input<'_>) {
    if input.side != Side::Request {
        return;
    }
    let Some(offset) = input.role(Key::Offset) else {
        return;
    };
    let Some(int) = offset.int_type() else {
        return;
    };
    let given = input.attrs.number(Key::FirstOffset);
    let first = given.map_or(0, |first| first.value);
    let problem = if first == 0 && int.nonzero {
        format!(
            "cannot hold the first offset, 0; write `first_offset = 1` if the API counts items \
             from 1, or give the field a type that holds 0, such as `{}`",
            int.primitive
        )
    } else if u128::from(first) > int.wide_max {
        format!(
            "holds at most {}, less than the first offset, {first}; use a wider integer type",
            int.wide_max
        )
    } else {
        return;
    };
    let message = format!(
        "offset field `{}`, a `{}`, {problem}",
        offset.name, int.name
    );
    match given {
        Some(first) => cx.error_at(first.value_span, message),
        None => cx.error_spanned_by(&offset.original.ty, message),
    }
}
