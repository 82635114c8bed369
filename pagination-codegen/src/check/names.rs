//! Wire names against the names serde gives the fields: a struct-level wire name must be
//! its field's serde name, and `#[paginate(rename)]` must not contradict serde.

use crate::ast::{Field, Found, Input, Source};
use crate::ctxt::Ctxt;
use crate::keys::{Key, Side};

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
