//! Wire names against the names serde gives the fields: a struct-level wire name must be
//! its field's serde name, and `#[paginate(rename)]` must not contradict serde.

use crate::ast::{Field, Found, Input};
use crate::ctxt::Ctxt;
use crate::keys::{Key, Side};
use crate::messages::{self, Message, Part};

/// A struct-level wire name must be the name the derive gives the field it binds, which
/// is serde's: otherwise `page_query()` and serde would send different names.
pub(super) fn check_wire_names(cx: &mut Ctxt, input: &Input<'_>) {
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

/// "`size = "perPage"` binds field `per_page` by ..., which serde names `per_page`:
/// write ..., or ...".
fn wire_name_message(
    input: &Input<'_>,
    role: Key,
    wire: &str,
    field: &Field<'_>,
    found: Found,
) -> Message {
    let name = role.name();
    let how = || match found {
        Found::Marker => messages::by_marker(name),
        Found::SnakeCase => messages::by_snake_case(wire),
        Found::OwnName | Found::WireName | Found::Path => messages::by_name(),
    };
    let fix = || {
        if found == Found::Marker {
            messages::remove_key(name, wire)
        } else {
            messages::write_key(name, &field.wire)
        }
    };
    let verb = serde_verb(input.side);
    let serde = &field.serde_name;
    let (ident, on) = (input.ident(), &field.name);
    match (field.attrs.str(Key::Rename), serde.attribute()) {
        (Some(rename), _) => {
            messages::wire_name_vs_rename(name, wire, on, how(), rename.value(), fix())
        }
        (None, None) => messages::wire_name_vs_field_name(
            name,
            wire,
            on,
            how(),
            verb,
            &serde.name,
            fix(),
            serialize(input.side),
            ident,
        ),
        (None, Some(attribute)) => {
            messages::wire_name_vs_serde(name, wire, on, how(), verb, &serde.name, attribute, fix())
        }
    }
}

/// How messages say serde names a field on `side`: "names" or "reads as".
fn serde_verb(side: Side) -> Part {
    match side {
        Side::Response => messages::verb_reads_as(),
        Side::Request | Side::Both => messages::verb_names(),
    }
}

/// The same, with "it": "names it" or "reads it as".
fn serde_verb_it(side: Side) -> Part {
    match side {
        Side::Response => messages::verb_reads_it_as(),
        Side::Request | Side::Both => messages::verb_names_it(),
    }
}

/// What serde does with a struct of `side`: "serialize" or "deserialize".
fn serialize(side: Side) -> Part {
    match side {
        Side::Response => messages::verb_deserialize(),
        Side::Request | Side::Both => messages::verb_serialize(),
    }
}

/// `#[paginate(rename)]` gives a wire name serde cannot: it must not contradict serde's
/// own attributes, and it must name a field that plays a role.
pub(super) fn check_renames(cx: &mut Ctxt, input: &Input<'_>) {
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
            let (verb, side) = (serde_verb_it(input.side), serialize(input.side));
            let message = messages::rename_disagrees(
                rename.value(),
                &field.name,
                by,
                verb,
                &serde.name,
                side,
            );
            cx.error_spanned_by(rename, message);
        } else if input.kind.is_some() && !input.roles.iter().any(|binding| binding.field == index)
        {
            cx.error_spanned_by(rename, messages::rename_without_role(&field.name));
        }
    }
}
