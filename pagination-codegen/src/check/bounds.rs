//! A request's keys of one style, and the numbers the keys give (`default`, `max`,
//! `first`, `first_offset`, `page_base`) against each other and against the types of the
//! fields they go into.

use super::all_entries;
use crate::ast::{Input, RequestStyle};
use crate::attr::Number;
use crate::ctxt::Ctxt;
use crate::keys::{Key, Level, Side, Style};
use crate::messages::{self, code_words};

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
            let key_word = if by_keys.len() == 1 {
                messages::one_key()
            } else {
                messages::several_keys()
            };
            let keys = code_words(&by_keys, "and");
            let (style, other) = (article(style), article(styles[0]));
            messages::off_style_key(name, kinds, ident, style, keys, key_word, other)
        } else {
            let choices: Vec<String> = styles
                .iter()
                .filter_map(|&style| style_key(style))
                .map(|key| format!("#[paginate({})]", key.usage(Level::Struct)))
                .collect();
            messages::no_style_key(name, kinds, ident, choices.join(" or "))
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
    if default.value > max.value {
        let size = if role == Key::Limit {
            messages::limit_noun()
        } else {
            messages::page_size_noun()
        };
        let message = messages::default_above_max(default.value, max.value, size);
        cx.error_at(default.value_span, message);
    }
    let Some(size) = input.role(role) else {
        return;
    };
    if let Some(int) = size.int_type() {
        if u128::from(max.value) > int.max {
            let message =
                messages::max_does_not_fit(max.value, &int.name, role.name(), &size.name, int.max);
            cx.error_at(max.value_span, message);
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
    let key = match input.side {
        Side::Request => Key::First,
        Side::Response | Side::Both => Key::PageBase,
    };
    if let Some(Number {
        value: 0,
        value_span,
        ..
    }) = input.attrs.number(key)
    {
        let (field, ty, primitive) = (&page.name, &int.name, &int.primitive);
        let message = if key == Key::First {
            messages::first_zero_nonzero(field, ty, primitive)
        } else {
            messages::page_base_zero_nonzero(field, ty, primitive)
        };
        cx.error_at(value_span, message);
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
    let message = if first == 0 && int.nonzero {
        messages::first_offset_zero_nonzero(&offset.name, &int.name, &int.primitive)
    } else if u128::from(first) > int.wide_max {
        messages::first_offset_too_large(&offset.name, &int.name, int.wide_max, first)
    } else {
        return;
    };
    match given {
        Some(first) => cx.error_at(first.value_span, message),
        None => cx.error_spanned_by(&offset.original.ty, message),
    }
}
