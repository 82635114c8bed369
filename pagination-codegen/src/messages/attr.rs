//! A key of `#[paginate(...)]` and its value, each on its own (`crate::attr`).

messages! {
    table TEMPLATES;

    message unknown_key_suggestion(key, closest) =
        "unknown paginate key `{key}`; did you mean `{closest}`?";
    message unknown_key_list(key, keys) =
        "unknown paginate key `{key}`; expected one of {keys}";
    message unknown_marker_suggestion(marker, closest) =
        "unknown paginate field marker `{marker}`; did you mean `{closest}`?";
    message unknown_marker_list(marker, markers) =
        "unknown paginate field marker `{marker}`; expected one of {markers}";
    message struct_key_on_field(key) =
        "`{key}` belongs on the struct, not on a field: write #[paginate({key} = ...)] above \
         the struct";
    /// `about` is the key table's.
    message field_key_on_struct(key, about, usage) = "`{key}` goes on {about}: #[paginate({usage})]";
    message duplicate_key(key) = "duplicate paginate key `{key}`; keep one";
    message duplicate_marker(marker) = "duplicate paginate marker `{marker}`; keep one";
    message marker_with_value(marker) =
        "on a field, `{marker}` is a bare marker: write #[paginate({marker})]; the wire name \
         comes from the field's serde name, or from #[paginate(rename = \"...\")]";
    message role_without_value(role, usage) =
        "on the struct, `{role}` names the field by its wire name, like #[paginate({usage})] (on \
         a response, also by the fields that lead to it, like #[paginate({role} = \
         meta.{role})]); or mark the field itself with #[paginate({role})]";
    message role_not_a_path(role) =
        "`{role}` takes a wire name in quotes, or the names of the fields that reach it joined \
         by dots, like `{role} = meta.{role}`";
    message needs_wire_name(key, usage) = "`{key}` needs a wire name, like {usage}";
    message needs_header_name(key, usage) = "`{key}` needs a header name, like {usage}";
    message not_a_header_name(key, value: &str, ch: char, usage) =
        "`{key} = {value:?}` is not an HTTP header name: it cannot hold {ch:?}; a header name is \
         letters, digits and ``!#$%&'*+-.^_`|~``, like {usage}";
    message item_path_expected(key, usage) =
        "`{key}` takes the Rust name of the item's field that holds the cursor, unquoted, like \
         `{usage}` (joined by dots to reach into the item, like `{key} = owner.id`)";
    message item_field_quoted(key, field) =
        "`{key}` takes the Rust name of the item's field, unquoted: write `{key} = {field}`; the \
         derive reads the field in Rust, whatever serde calls it";
    message type_not_string(key, ty) = "`{key}` expects a type, not a string: write {key} = {ty}";
    message needs_type(key, usage) = "`{key}` needs a type, like {usage}";
    message expects_type(key, usage) = "`{key}` expects a type, like {usage}";
    /// `about` is the key table's.
    message not_a_path(key, about, usage, value) =
        "`{key}` expects {about}, like `{usage}`; `{value}` is not a path";
    message needs_value(key, usage) = "`{key}` needs a value, like {usage}";
    message expects_string(key, usage) = "`{key}` expects a string, like {usage}";
    message expects_integer_literal(key, usage) =
        "`{key}` expects an integer literal, like {usage}";
    message integer_not_string(key, value) =
        "`{key}` expects an integer, not a string: write {key} = {value}";
    message expects_integer(key, usage) = "`{key}` expects an integer, like {usage}";
    message negative(key, usage) = "`{key}` cannot be negative, like {usage}";
    message too_large(key, ty, usage) = "`{key}` must fit in a `{ty}`, like {usage}";
    message zero_page_size(key) = "`{key} = 0`: a page size must be at least 1";
    /// `about` is the key table's.
    message not_zero_or_one(key, about) = "`{key}` is {about} and must be 0 or 1";

    /// `#[paginate]`.
    syn bare_paginate() = "expected attribute arguments in parentheses: #[paginate(...)]";
    /// `#[paginate = "..."]`.
    syn paginate_name_value() = "expected parentheses: #[paginate(...)]";
    /// `#[paginate("size")]`.
    syn literal_key() = "unexpected literal in nested attribute, expected ident";
    /// `#[paginate(size = "per_page",,)]`.
    syn token_key() = "unexpected token in nested attribute, expected ident";
    /// `#[paginate(page::)]`.
    syn unfinished_key() = "unexpected end of input, expected ident";
    /// `#[paginate(size = "per_page" page = "page")]`, after any key's value.
    syn missing_comma() = "expected `,`";
}
