//! The checks between attributes of a built model (`crate::check`).

messages! {
    table TEMPLATES;

    message response_key_on_request(key, ident, instead) =
        "`{key}` is a response key, but `{ident}` is a request because it has no `items` field \
         (mark a response's list of items with #[paginate(items)]); remove it{instead}";
    message request_key_on_response(key, ident, instead) =
        "`{key}` is a request key, but `{ident}` is a response because it has an `items` field; \
         remove it{instead}";
    message response_marker_on_request(key, ident, field, instead) =
        "`{key}` marks a response field, but `{ident}` is a request because it has no `items` \
         field (mark a response's list of items with #[paginate(items)]); remove it from \
         `{field}`{instead}";
    message request_marker_on_response(key, ident, field, instead) =
        "`{key}` marks a request field, but `{ident}` is a response because it has an `items` \
         field; remove it from `{field}`{instead}";
    /// `instead` is the key table's.
    part instead(instead) in instead = " ({instead})";

    /// `kinds`, `style` and `other` name styles: "offset/limit", "a page-number".
    message off_style_key(key, kinds, ident, style, keys, key_word: super::Part, other) =
        "`{key}` is a key of {kinds} requests, but `{ident}` is {style} request by its {keys} \
         {key_word}: a request pages one way; remove `{key}`, or make it {other} request \
         without {keys}";
    part one_key() in key_word = "key";
    part several_keys() in key_word = "keys";
    message no_style_key(key, kinds, ident, choices) =
        "`{key}` is a key of {kinds} requests, and `{ident}` has no key that says which: name \
         the parameter it goes with, {choices}";
    message nested_setting(key, field) =
        "`{key}`: with #[paginate(nested)] on `{field}`, all pagination settings come from that \
         field's type; put this on that type instead";

    message default_above_max(default, max, size: super::Part) =
        "`default = {default}` is larger than `max = {max}`: the {size} the server uses by \
         default cannot exceed the largest it accepts";
    part page_size_noun() in size = "page size";
    part limit_noun() in size = "limit";
    message max_does_not_fit(max, ty, role, field, ty_max) =
        "`max = {max}` does not fit in `{ty}`, the type of {role} field `{field}`, which holds at \
         most {ty_max}; use a wider integer type";
    message first_zero_nonzero(field, ty, primitive) =
        "`first = 0`: the first page, 0, cannot be stored in page field `{field}`, a `{ty}`; \
         write `first = 1` if the API numbers pages from 1, or give the field a type that holds \
         0, such as `{primitive}`";
    message page_base_zero_nonzero(field, ty, primitive) =
        "`page_base = 0`: the server numbers its first page 0, which cannot be read into page \
         field `{field}`, a `{ty}`; give the field a type that holds 0, such as `{primitive}`";
    message first_offset_zero_nonzero(field, ty, primitive) =
        "offset field `{field}`, a `{ty}`, cannot hold the first offset, 0; write `first_offset \
         = 1` if the API counts items from 1, or give the field a type that holds 0, such as \
         `{primitive}`";
    message first_offset_too_large(field, ty, ty_max, first) =
        "offset field `{field}`, a `{ty}`, holds at most {ty_max}, less than the first offset, \
         {first}; use a wider integer type";

    message next_cursor_twice(field) =
        "the next cursor is given twice: by `item_cursor`, from the page's last item, and by \
         `next_cursor`, from field `{field}`; keep one";
    message path_on_request(role, path, usage) =
        "`{role} = {path}` is a path of fields, which reaches a value in a response; on a \
         request, `{role}` names the parameter by its wire name, like #[paginate({usage})], or \
         mark its field with #[paginate({role})]";
    message path_and_marker(role, path, field) =
        "`{role}` is given twice: by `{role} = {path}` and by the marker #[paginate({role})] on \
         `{field}`; keep one";
    message param_misplaced(param: &str, field, reason: super::Part) =
        "`param = {param:?}` goes beside #[paginate(total_pages, header = \"Link\")]: it names \
         the query parameter of the `Link` header's `rel=\"last\"` link that holds the last \
         page's number (\"page\" by default); `{field}` {reason}, so remove it";
    part not_read_from_header() in reason = "is not read from a header";
    part read_from_header(header) in reason = "is read from header `{header}`";
    part reads_next_link() in reason = "reads the whole `rel=\"next\"` link";

    message wire_name_vs_rename(role, wire, field, how: super::Part, rename, fix: super::Part) =
        "`{role} = \"{wire}\"` binds field `{field}` {how}, whose wire name is `{rename}` \
         (#[paginate(rename = \"{rename}\")]): {fix}, or change the rename to \"{wire}\"";
    message wire_name_vs_field_name(
        role,
        wire,
        field,
        how: super::Part,
        verb: super::Part,
        name,
        fix: super::Part,
        serialize: super::Part,
        ident,
    ) =
        "`{role} = \"{wire}\"` binds field `{field}` {how}, which serde {verb} `{name}`: {fix}, \
         or add #[serde(rename = \"{wire}\")] to the field (#[paginate(rename = \"{wire}\")] if \
         serde does not {serialize} `{ident}`)";
    /// `attribute` is the serde attribute that names the field, as written.
    message wire_name_vs_serde(
        role,
        wire,
        field,
        how: super::Part,
        verb: super::Part,
        name,
        attribute,
        fix: super::Part,
    ) =
        "`{role} = \"{wire}\"` binds field `{field}` {how}, which serde {verb} `{name}` \
         ({attribute}): {fix}, or give the field #[serde(rename = \"{wire}\")]";
    part by_marker(role) in how = "by its marker #[paginate({role})]";
    part by_snake_case(wire) in how = "by the snake_case form of `{wire}`";
    part by_name() in how = "by its name";
    part remove_key(role, wire) in fix = "remove `{role} = \"{wire}\"` (the marker binds the field)";
    part write_key(role, wire) in fix = "write `{role} = \"{wire}\"`";
    part verb_names() in verb = "names";
    part verb_reads_as() in verb = "reads as";
    part verb_serialize() in serialize = "serialize";
    part verb_deserialize() in serialize = "deserialize";

    /// `by` is the serde attribute that names the field, as written.
    message rename_disagrees(
        rename,
        field,
        by,
        verb_it: super::Part,
        name,
        serialize: super::Part,
    ) =
        "#[paginate(rename = \"{rename}\")] on `{field}` disagrees with {by}, by which serde \
         {verb_it} `{name}`: the derive already uses serde's names, so remove the \
         #[paginate(rename)] (it is for structs serde does not {serialize}), or give the field \
         #[serde(rename = \"{rename}\")]";
    part verb_names_it() in verb_it = "names it";
    part verb_reads_it_as() in verb_it = "reads it as";
    message rename_without_role(field) =
        "#[paginate(rename)] on `{field}` names no parameter: `{field}` plays no pagination \
         role; remove it, or mark the field with its role";
}
