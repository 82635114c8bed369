//! The checks that span several attributes of a built model: keys on the wrong side,
//! settings beside `nested`, bounds against each other and the fields' types, and wire
//! names against the names serde gives the fields.

use crate::ast::{Field, Found, Input, RequestStyle, Source, code_words, unraw};
use crate::attr::{Entry, Number};
use crate::ctxt::Ctxt;
use crate::keys::{DEFAULT_PARAM, Key, LINK_HEADER, Level, Side, Style};

/// Runs every check on `input`, recording each mistake in `cx`.
pub(crate) fn check(cx: &mut Ctxt, input: &Input<'_>) {
    check_sides(cx, input);
    check_styles(cx, input);
    check_nested(cx, input);
    check_sizes(cx, input);
    check_zero_pages(cx, input);
    check_first_offset(cx, input);
    check_cursors(cx, input);
    check_wire_names(cx, input);
    check_paths(cx, input);
    check_renames(cx, input);
    check_params(cx, input);
}

/// Request keys on a response, response keys on a request.
fn check_sides(cx: &mut Ctxt, input: &Input<'_>) {
    let items = crate::keys::RESPONSE_ROLE.name();
    let why = match input.side {
        Side::Response => format!(
            "`{}` is a response because it has an `{items}` field",
            input.ident()
        ),
        Side::Request | Side::Both => format!(
            "`{}` is a request because it has no `{items}` field (mark a response's list of \
             items with #[paginate({items})])",
            input.ident()
        ),
    };
    let wrong = |key: Key| !key.spec().side.fits(input.side);
    let instead = |key: Key| {
        key.spec()
            .instead
            .map_or_else(String::new, |instead| format!(" ({instead})"))
    };
    for entry in input.attrs.entries().iter().filter(|e| wrong(e.key)) {
        let spec = entry.key.spec();
        cx.error_at(
            entry.span,
            format_args!(
                "`{}` is a {} key, but {why}; remove it{}",
                spec.name,
                spec.side.noun(),
                instead(entry.key)
            ),
        );
    }
    for field in &input.fields {
        for entry in field.attrs.entries().iter().filter(|e| wrong(e.key)) {
            let spec = entry.key.spec();
            cx.error_at(
                entry.span,
                format_args!(
                    "`{}` marks a {} field, but {why}; remove it from `{}`{}",
                    spec.name,
                    spec.side.noun(),
                    field.name,
                    instead(entry.key)
                ),
            );
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

/// A request pages one way: keys of another style than the one its first style key
/// gives it, such as `page` beside `offset`, are errors that name the keys of both.
fn check_styles(cx: &mut Ctxt, input: &Input<'_>) {
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

/// A nested request takes every setting from the nested field's type.
fn check_nested(cx: &mut Ctxt, input: &Input<'_>) {
    let Some(nested) = input.role(Key::Nested) else {
        return;
    };
    let because = format!(
        "with #[paginate(nested)] on `{}`, all pagination settings come from that field's \
         type; put this on that type instead",
        nested.name
    );
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
            format_args!("`{}`: {because}", entry.key.name()),
        );
    }
}

/// `default` no larger than `max`, and `max` within the type of the size or limit field.
/// Elsewhere than on a request of its own, `default` and `max` are already errors.
fn check_sizes(cx: &mut Ctxt, input: &Input<'_>) {
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
fn check_zero_pages(cx: &mut Ctxt, input: &Input<'_>) {
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
fn check_first_offset(cx: &mut Ctxt, input: &Input<'_>) {
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

/// A response's next cursor is read one way: from its own field (`next_cursor`), or from
/// the page's last item (`item_cursor`).
fn check_cursors(cx: &mut Ctxt, input: &Input<'_>) {
    let (Some(item), Some(binding)) = (
        input.attrs.get(Key::ItemCursor),
        input.binding(Key::NextCursor),
    ) else {
        return;
    };
    cx.error_at(
        item.span,
        format_args!(
            "the next cursor is given twice: by `item_cursor`, from the page's last item, and \
             by `next_cursor`, from field `{}`; keep one",
            input.fields[binding.field].name
        ),
    );
}

/// A struct-level wire name must be the name the derive gives the field it binds, which
/// is serde's: otherwise `page_query()` and serde would send different names.
fn check_wire_names(cx: &mut Ctxt, input: &Input<'_>) {
    for binding in &input.roles {
        let Some(lit) = input.attrs.str(binding.role) else {
            continue;
        };
        let field = &input.fields[binding.field];
        let wire = lit.value();
        if !field.answers_to(&wire, input.side) {
            let message = wire_name_message(input, binding.role, &wire, field, binding.found);
            cx.error_spanned_by(lit, message);
        }
    }
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
            cx.error_spanned_by(
                path,
                format_args!(
                    "`{role} = {path}` is a path of fields, which reaches a value in a response; \
                     on a request, `{role}` names the parameter by its wire name, like \
                     #[paginate({})], or mark its field with #[paginate({role})]",
                    entry.key.usage(crate::keys::Level::Struct)
                ),
            );
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
            cx.error_spanned_by(
                path,
                format_args!(
                    "`{role}` is given twice: by `{role} = {path}` and by the marker \
                     #[paginate({role})] on `{}`; keep one",
                    field.name
                ),
            );
        }
    }
}

/// "`size = "perPage"` binds field `per_page` by ..., which serde names `per_page`:
/// write ..., or ...".
fn wire_name_message(
    input: &Input<'_>,
    role: Key,
    wire: &str,
    field: &Field<'_>,
    found: Found,
) -> String {
    let key = format!("`{} = \"{wire}\"`", role.name());
    let how = match found {
        Found::Marker => format!("by its marker #[paginate({})]", role.name()),
        Found::SnakeCase => format!("by the snake_case form of `{wire}`"),
        Found::OwnName | Found::WireName | Found::Path => "by its name".to_owned(),
    };
    let first_fix = if found == Found::Marker {
        format!("remove {key} (the marker binds the field)")
    } else {
        format!("write `{} = \"{}\"`", role.name(), field.wire)
    };
    let serde = &field.serde_name;
    let (which, second_fix) = match (field.attrs.str(Key::Rename), &serde.source) {
        (Some(rename), _) => (
            format!(
                "whose wire name is `{}` (#[paginate(rename = \"{}\")])",
                field.wire,
                rename.value()
            ),
            format!("or change the rename to \"{wire}\""),
        ),
        (None, Source::FieldName) => (
            format!("which serde {} `{}`", serde_verb(input.side), serde.name),
            format!(
                "or add #[serde(rename = \"{wire}\")] to the field (#[paginate(rename = \"{wire}\")] \
                 if serde does not {} `{}`)",
                if input.side == Side::Response {
                    "deserialize"
                } else {
                    "serialize"
                },
                input.ident()
            ),
        ),
        (None, Source::RenameAll(_) | Source::Rename) => (
            format!(
                "which serde {} `{}` ({})",
                serde_verb(input.side),
                serde.name,
                serde.attribute().unwrap_or_default()
            ),
            format!("or give the field #[serde(rename = \"{wire}\")]"),
        ),
    };
    format!(
        "{key} binds field `{}` {how}, {which}: {first_fix}, {second_fix}",
        field.name
    )
}

/// How messages say serde names a field on `side`: "names" or "reads as", and the same
/// with "it".
fn serde_verb(side: Side) -> &'static str {
    match side {
        Side::Response => "reads as",
        Side::Request | Side::Both => "names",
    }
}

fn serde_verb_it(side: Side) -> &'static str {
    match side {
        Side::Response => "reads it as",
        Side::Request | Side::Both => "names it",
    }
}

/// `#[paginate(rename)]` gives a wire name serde cannot: it must not contradict serde's
/// own attributes, and it must name a field that plays a role.
fn check_renames(cx: &mut Ctxt, input: &Input<'_>) {
    // Beside `nested`, a rename is one of the settings `check_nested` reports.
    if input.role(Key::Nested).is_some() {
        return;
    }
    for (index, field) in input.fields.iter().enumerate() {
        let Some(rename) = field.attrs.str(Key::Rename) else {
            continue;
        };
        let serde = &field.serde_name;
        let by = serde.attribute();
        if let Some(by) = by.filter(|_| rename.value() != serde.name) {
            cx.error_spanned_by(
                rename,
                format_args!(
                    "#[paginate(rename = \"{0}\")] on `{1}` disagrees with {by}, by which serde \
                     {2} `{3}`: the derive already uses serde's names, so remove the \
                     #[paginate(rename)] (it is for structs serde does not serialize), or give \
                     the field #[serde(rename = \"{0}\")]",
                    rename.value(),
                    field.name,
                    serde_verb_it(input.side),
                    serde.name
                ),
            );
        } else if input.kind.is_some() && !input.roles.iter().any(|binding| binding.field == index)
        {
            cx.error_spanned_by(
                rename,
                format_args!(
                    "#[paginate(rename)] on `{}` names no parameter: `{}` plays no pagination \
                     role; remove it, or mark the field with its role",
                    field.name, field.name
                ),
            );
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
            None => "is not read from a header".to_owned(),
            Some(header) if !header.eq_ignore_ascii_case(LINK_HEADER) => {
                format!("is read from header `{header}`")
            }
            Some(_) if roles == [Key::Next] => "reads the whole `rel=\"next\"` link".to_owned(),
            Some(_) => continue,
        };
        cx.error_spanned_by(
            param,
            format_args!(
                "`param = {:?}` goes beside #[paginate(total_pages, header = \"Link\")]: it names \
                 the query parameter of the `Link` header's `rel=\"last\"` link that holds the \
                 last page's number (\"{DEFAULT_PARAM}\" by default); `{}` {reason}, so remove it",
                param.value(),
                field.name,
            ),
        );
    }
}
