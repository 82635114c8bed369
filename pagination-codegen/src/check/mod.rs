//! The checks that span several attributes of a built model: keys on the wrong side,
//! settings beside `nested`, paths of fields, a next cursor given twice and `param` here;
//! a request's style and the numbers against the fields' types in `bounds`; wire names
//! against the names serde gives
//! the fields in `names`.

mod bounds;
mod names;

use crate::ast::{Found, Input, unraw};
use crate::attr::Entry;
use crate::ctxt::Ctxt;
use crate::keys::{Key, LINK_HEADER, Level, Side};
use crate::messages;

/// Runs every check on `input`, recording each mistake in `cx`.
pub(crate) fn check(cx: &mut Ctxt, input: &Input<'_>) {
    check_sides(cx, input);
    bounds::check_styles(cx, input);
    check_nested(cx, input);
    bounds::check_sizes(cx, input);
    bounds::check_zero_pages(cx, input);
    bounds::check_first_offset(cx, input);
    check_cursors(cx, input);
    names::check_wire_names(cx, input);
    check_paths(cx, input);
    names::check_renames(cx, input);
    check_params(cx, input);
}

/// Request keys on a response, response keys on a request.
fn check_sides(cx: &mut Ctxt, input: &Input<'_>) {
    let ident = input.ident();
    let wrong = |key: Key| !key.spec().side.fits(input.side);
    let instead = |key: Key| {
        key.spec().instead.map_or_else(String::new, |instead| {
            messages::instead(instead).to_string()
        })
    };
    for entry in input.attrs.entries().iter().filter(|e| wrong(e.key)) {
        let (key, instead) = (entry.key.name(), instead(entry.key));
        let message = match input.side {
            Side::Response => messages::request_key_on_response(key, ident, instead),
            Side::Request | Side::Both => messages::response_key_on_request(key, ident, instead),
        };
        cx.error_at(entry.span, message);
    }
    for field in &input.fields {
        for entry in field.attrs.entries().iter().filter(|e| wrong(e.key)) {
            let (key, name, instead) = (entry.key.name(), &field.name, instead(entry.key));
            let message = match input.side {
                Side::Response => messages::request_marker_on_response(key, ident, name, instead),
                Side::Request | Side::Both => {
                    messages::response_marker_on_request(key, ident, name, instead)
                }
            };
            cx.error_at(entry.span, message);
        }
    }
}

/// Every key and marker accepted on the struct and its fields, in the order written.
fn all_entries<'a>(input: &'a Input<'_>) -> impl Iterator<Item = &'a Entry> {
    input
        .attrs
        .entries()
        .iter()
        .chain(input.fields.iter().flat_map(|field| field.attrs.entries()))
}

/// A nested request takes every setting from the nested field's type.
fn check_nested(cx: &mut Ctxt, input: &Input<'_>) {
    let Some(nested) = input.role(Key::Nested) else {
        return;
    };
    let setting =
        |key: Key| key.spec().side.fits(Side::Request) && !matches!(key, Key::Crate | Key::Nested);
    let entries = input
        .attrs
        .entries()
        .iter()
        .chain(input.fields.iter().flat_map(|field| field.attrs.entries()));
    for entry in entries.filter(|entry| setting(entry.key)) {
        cx.error_at(
            entry.span,
            messages::nested_setting(entry.key.name(), &nested.name),
        );
    }
}

/// A response's next cursor is read one way: from its own field (`next_cursor`), or from
/// the page's last item (`item_cursor`).
fn check_cursors(cx: &mut Ctxt, input: &Input<'_>) {
    let (Some(item), Some(binding)) = (
        input.attrs.get(Key::ItemCursor),
        input.binding(Key::NextCursor),
    ) else {
        return;
    };
    let message = messages::next_cursor_twice(&input.fields[binding.field].name);
    cx.error_at(item.span, message);
}

/// A path of fields is a response's: a request's parameters are named by their wire names.
/// Beside a marker for the same role, a path must name the marked field.
fn check_paths(cx: &mut Ctxt, input: &Input<'_>) {
    for entry in input.attrs.entries() {
        let role = entry.key.name();
        let Some(path) = input.attrs.fields(entry.key) else {
            continue;
        };
        if input.side == Side::Request && entry.key.spec().side.fits(Side::Request) {
            let usage = entry.key.usage(Level::Struct);
            cx.error_spanned_by(path, messages::path_on_request(role, path, usage));
            continue;
        }
        let Some(binding) = input
            .binding(entry.key)
            .filter(|binding| binding.found == Found::Marker)
        else {
            continue;
        };
        let field = &input.fields[binding.field];
        let same = path.segments.len() == 1 && unraw(path.first()) == field.name;
        if !same {
            cx.error_spanned_by(path, messages::path_and_marker(role, path, &field.name));
        }
    }
}

/// `param` names the query parameter of the `Link` header's `rel="last"` link, so it
/// belongs beside `total_pages` and `header = "Link"`. On a request it is already a side
/// error; beside a role the `Link` header cannot give, the `header` error says it all.
fn check_params(cx: &mut Ctxt, input: &Input<'_>) {
    if input.side != Side::Response {
        return;
    }
    for (index, field) in input.fields.iter().enumerate() {
        let Some(param) = field.attrs.str(Key::Param) else {
            continue;
        };
        let roles = input.direct_roles(index);
        let header = field.attrs.str(Key::Header).map(syn::LitStr::value);
        let reason = match header {
            None if field.attrs.written(Key::Header) => continue,
            None => messages::not_read_from_header(),
            Some(header) if !header.eq_ignore_ascii_case(LINK_HEADER) => {
                messages::read_from_header(header)
            }
            Some(_) if roles == [Key::Next] => messages::reads_next_link(),
            Some(_) => continue,
        };
        let message = messages::param_misplaced(&param.value(), &field.name, reason);
        cx.error_spanned_by(param, message);
    }
}
