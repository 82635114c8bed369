//! Building the model: the shape of the item, the fields that play the roles, the keys a
//! request needs, the items' type, and the fields read from headers (`crate::ast`).

messages! {
    table TEMPLATES;

    message not_a_named_struct(ident, what: super::Part) =
        "#[derive(Paginated)] works on structs with named fields, and `{ident}` is {what}; give \
         the page, size or items their own named fields";
    part a_tuple_struct() in what = "a tuple struct";
    part a_unit_struct() in what = "a unit struct";
    part an_enum() in what = "an enum";
    part a_union() in what = "a union";

    message two_fields_claim(role, field) =
        "two fields claim `{role}`: `{field}` already has it; keep #[paginate({role})] on one";
    message path_no_field(role, path, ident, first, hint: super::Part) =
        "`{role} = {path}`: `{ident}` has no field `{first}`, where a path of fields starts; \
         {hint}";
    part did_you_mean(field) in hint = "did you mean `{field}`?";
    part its_fields_are(fields) in hint = "its fields are {fields}";
    part has_no_fields() in hint = "it has no fields";
    message no_field_for_wire_name(ident, wire, role, looked_at) =
        "no field of `{ident}` has the wire name `{wire}` given for `{role}`; looked at \
         {looked_at}; mark the field with #[paginate({role})], or correct the name";
    message no_field_for_default_wire_name(ident, wire, role, looked_at) =
        "no field of `{ident}` has the wire name `{wire}` that `{role}` has by default; looked at \
         {looked_at}; mark the field with #[paginate({role})], or name it with \
         #[paginate({role} = \"...\")]";
    part no_fields() in looked_at = "no fields, as it has none";

    message no_parameters(ident) =
        "request `{ident}` needs its pagination parameters: add #[paginate(size = \"pageSize\", \
         default = N, max = N)] with the page-size parameter's name, the page size the server \
         uses when none is sent, and the largest it accepts; or, for an API paged by offset or \
         by cursor, #[paginate(offset = \"startAt\", limit = \"maxResults\", default = N, max = \
         N)] or #[paginate(cursor = \"starting_after\", limit = \"limit\", default = N, max = N)]";
    /// `style` is the style's noun, `about` the key table's.
    message missing_role(role, style, ident, about, usage) =
        "missing `{role}` on {style} request `{ident}`: name the parameter that holds {about} \
         with #[paginate({usage})], or mark its field with #[paginate({role})]";
    /// `style` is the style's noun, `about` the key table's.
    message missing_number(key, style, ident, about) =
        "missing `{key}` on {style} request `{ident}`: add #[paginate({key} = N)] with {about}";

    message items_path_needs_item(path) =
        "`items = {path}` reaches the items through nested fields, whose types the derive \
         cannot see: name the type of one item with `item`, like #[paginate(items = {path}, \
         item = Person)]";
    message items_not_a_vec(field) =
        "the `items` field `{field}` must be a `Vec<T>` or an `Option<Vec<T>>`, written out, so \
         that `T` becomes the response's `Item`; if it is a type alias of one, name `T` with \
         #[paginate(item = T)]";

    message items_from_header(header: &str, field) =
        "the items are the body, not a header: remove `header = {header:?}` from `{field}`; \
         `FromHttp::from_http(headers, body)` moves the decoded body into it";
    message header_without_role(header: &str, field, roles) =
        "`header = {header:?}` fills a role from a header, but `{field}` plays none: mark it \
         with its role, like #[paginate(total_items, header = {header:?})]; a header field may \
         play {roles}";
    message header_with_roles(header: &str, field, roles) =
        "`header = {header:?}` fills one role, but `{field}` plays {roles}: give each role its \
         own field";
    /// `about` is the key table's.
    message link_header_role(header: &str, role, about) =
        "`header = {header:?}` reads the links of the `Link` header, which give `next` (the \
         `rel=\"next\"` link) or `total_pages` (the page number in the `rel=\"last\"` link), not \
         `{role}`: name the header that holds {about}";
    message no_body_field(ident) =
        "`{ident}` reads fields from HTTP headers, so `FromHttp::from_http(headers, body)` \
         builds it, and the decoded body fills the one field with no `header`, but every field \
         has a `header`: add one for the body, such as the items, #[paginate(items)] items: \
         Vec<Item>";
    message body_fields(ident, fields) =
        "`{ident}` reads fields from HTTP headers, so `FromHttp::from_http(headers, body)` \
         builds it, and the decoded body fills the one field with no `header`, but {fields} \
         have none: put the body's fields in one struct, in one field, and reach into it with \
         paths of fields, like #[paginate(items = body.results, item = Item)]; or read the \
         others from headers too";

    /// Every input that gives no impl has an error of its own already.
    unreachable no_impl() = "#[derive(Paginated)] found no impl to generate for this item";
    /// `Errors` is never empty.
    unreachable no_error() = "no error";
}
