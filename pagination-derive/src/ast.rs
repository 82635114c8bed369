//! The model of one derive input, built from its attributes: its side, its fields with
//! the names serde gives them on that side, and which field plays which role.
//!
//! Building it reports what keeps it from being built (a role with no field, two fields
//! claiming one role, a required key missing); the checks between attributes of a model
//! that could be built are in `check`.

use crate::attr::{self, Attrs, Container, FieldAttrs, FieldPath};
use crate::case::to_snake_case;
use crate::ctxt::Ctxt;
use crate::keys::{DEFAULT_PARAM, Key, LINK_HEADER, RESPONSE_ROLE, Side};
use crate::ty;
use syn::{Data, DeriveInput, Fields};

/// One derive input.
pub(crate) struct Input<'a> {
    pub(crate) original: &'a DeriveInput,
    /// The runtime crate's path: `#[paginate(crate)]`, else `::pagination_core`.
    pub(crate) krate: syn::Path,
    /// `Request` or `Response`, never `Both`.
    pub(crate) side: Side,
    pub(crate) attrs: Attrs,
    pub(crate) fields: Vec<Field<'a>>,
    /// The roles resolved to fields.
    pub(crate) roles: Vec<Binding>,
    /// What to generate, once everything it needs was found.
    pub(crate) kind: Option<Kind>,
}

/// One field of the input.
pub(crate) struct Field<'a> {
    pub(crate) original: &'a syn::Field,
    /// The field's name, without `r#`, as serde names it.
    pub(crate) name: String,
    pub(crate) attrs: Attrs,
    /// The name serde gives the field on the input's side, and why.
    pub(crate) serde_name: SerdeName,
    /// The name the derive gives the field: its `#[paginate(rename)]`, else its serde name.
    pub(crate) wire: String,
    /// `#[serde(alias)]`: other names a response field is read by.
    pub(crate) aliases: Vec<String>,
}

/// The name serde gives a field, and where it comes from.
pub(crate) struct SerdeName {
    pub(crate) name: String,
    pub(crate) source: Source,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) enum Source {
    /// The field's own name: nothing in serde's attributes renames it.
    FieldName,
    /// `#[serde(rename_all = "...")]`, with the rule as written.
    RenameAll(String),
    /// `#[serde(rename = "...")]`.
    Rename,
}

impl SerdeName {
    /// The serde attribute that gives the name, as written: `#[serde(rename = "limit")]`.
    pub(crate) fn attribute(&self) -> Option<String> {
        match &self.source {
            Source::FieldName => None,
            Source::RenameAll(rule) => Some(format!("#[serde(rename_all = \"{rule}\")]")),
            Source::Rename => Some(format!("#[serde(rename = \"{}\")]", self.name)),
        }
    }
}

/// A role played by a field, or reached through it.
pub(crate) struct Binding {
    pub(crate) role: Key,
    pub(crate) field: usize,
    pub(crate) found: Found,
    /// For a role given by a path of fields (`total_items = meta.total`), the path, as
    /// written: its first name is `field`'s.
    pub(crate) path: Option<FieldPath>,
}

impl Binding {
    /// Whether `field` holds the role's value itself, rather than a struct on the way to it.
    pub(crate) fn is_direct(&self) -> bool {
        self.nested_path().is_none()
    }

    /// The path of fields, when it goes through nested fields.
    pub(crate) fn nested_path(&self) -> Option<&FieldPath> {
        self.path.as_ref().filter(|path| path.segments.len() > 1)
    }
}

/// How a role found its field (SPEC 3, in this order).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Found {
    /// The field is marked with the role.
    Marker,
    /// The wire name is the field's name on the wire.
    WireName,
    /// The wire name is the field's own name.
    OwnName,
    /// The wire name's `snake_case` form is the field's own name.
    SnakeCase,
    /// A path of fields starts at the field, by its Rust name.
    Path,
}

/// What the derive generates; field positions index [`Input::fields`].
pub(crate) enum Kind {
    Request {
        page: usize,
        size: usize,
        default: u32,
        max: u32,
        first: u32,
    },
    /// A request whose page and size live in this field, itself a request.
    Nested(usize),
    /// A response whose items are of type `item`; its roles are in [`Input::roles`]. With
    /// `http`, it also has fields read from headers, and is built by `FromHttp`.
    Response {
        item: Box<syn::Type>,
        http: Option<Http>,
    },
}

/// A response built from an HTTP response's headers and its decoded body.
pub(crate) struct Http {
    /// The one field not read from a header, which the decoded body fills.
    pub(crate) body: usize,
    /// The fields read from headers, in declaration order.
    pub(crate) headers: Vec<HeaderRead>,
}

/// A field read from a header.
pub(crate) struct HeaderRead {
    pub(crate) field: usize,
    pub(crate) source: HeaderSource,
}

/// What a header field is read from.
pub(crate) enum HeaderSource {
    /// The value of the header of this name, as written.
    Value(String),
    /// The target of the `Link` header's `rel="next"` link.
    NextLink,
    /// The query parameter of this name in the `Link` header's `rel="last"` link.
    LastPage(String),
}

impl<'a> Input<'a> {
    /// Builds the model of `input`, recording every mistake found on the way in `cx`.
    pub(crate) fn from_ast(cx: &mut Ctxt, input: &'a DeriveInput) -> Input<'a> {
        let Container {
            paginate: attrs,
            rename_all,
        } = attr::parse_container(cx, &input.attrs);
        let named = check_shape(cx, input);
        let parsed: Vec<(&syn::Field, FieldAttrs)> = match &input.data {
            Data::Struct(data) => data.fields.iter().collect(),
            Data::Enum(_) | Data::Union(_) => Vec::new(),
        }
        .into_iter()
        .map(|field| (field, attr::parse_field(cx, &field.attrs)))
        .collect();
        // Even a rejected or misspelt `items` says what the user meant.
        let response = attrs.written(RESPONSE_ROLE)
            || parsed
                .iter()
                .any(|(_, field)| field.paginate.written(RESPONSE_ROLE));
        let side = if response {
            Side::Response
        } else {
            Side::Request
        };
        let rename_all = rename_all.on(side).clone();
        let mut model = Input {
            original: input,
            krate: attrs
                .path(Key::Crate)
                .cloned()
                .unwrap_or_else(|| syn::parse_quote!(::pagination_core)),
            side,
            attrs,
            fields: parsed
                .into_iter()
                .map(|(field, attrs)| Field::new(field, attrs, rename_all.as_ref(), side))
                .collect(),
            roles: Vec::new(),
            kind: None,
        };
        if named {
            model.kind = match side {
                Side::Response => model.resolve_response(cx),
                Side::Request | Side::Both => model.resolve_request(cx),
            };
        }
        model
    }

    pub(crate) fn ident(&self) -> &syn::Ident {
        &self.original.ident
    }

    /// The field playing `role` itself, if one does (not a field on the way to it).
    pub(crate) fn role(&self, role: Key) -> Option<&Field<'a>> {
        self.binding(role)
            .filter(|binding| binding.is_direct())
            .map(|binding| &self.fields[binding.field])
    }

    pub(crate) fn binding(&self, role: Key) -> Option<&Binding> {
        self.roles.iter().find(|binding| binding.role == role)
    }

    /// Whether key or marker `key` was written anywhere, accepted or not.
    pub(crate) fn written(&self, key: Key) -> bool {
        self.attrs.written(key) || self.fields.iter().any(|field| field.attrs.written(key))
    }

    fn resolve_request(&mut self, cx: &mut Ctxt) -> Option<Kind> {
        if let Some(nested) = self.resolve(cx, Key::Nested) {
            return Some(Kind::Nested(nested));
        }
        if self.written(Key::Nested) {
            // `nested` was written in the wrong place: that error says it all.
            return None;
        }
        if ![Key::Size, Key::Default, Key::Max]
            .into_iter()
            .any(|key| self.written(key))
        {
            cx.error_at(
                self.ident().span(),
                format_args!(
                    "request `{}` needs its pagination parameters: add \
                     #[paginate(size = \"pageSize\", default = N, max = N)] with the page-size \
                     parameter's name, the page size the server uses when none is sent, and the \
                     largest it accepts",
                    self.ident()
                ),
            );
            return None;
        }
        let page = self.resolve(cx, Key::Page);
        let size = self.resolve(cx, Key::Size);
        if size.is_none() && !self.written(Key::Size) {
            cx.error_at(
                self.ident().span(),
                format_args!(
                    "missing `size` on request `{}`: name the page-size parameter with \
                     #[paginate(size = \"pageSize\")], or mark its field with #[paginate(size)]",
                    self.ident()
                ),
            );
        }
        let default = self.required(cx, Key::Default);
        let max = self.required(cx, Key::Max);
        Some(Kind::Request {
            page: page?,
            size: size?,
            default: default?,
            max: max?,
            first: self.attrs.number(Key::First).map_or(1, |first| first.value),
        })
    }

    fn resolve_response(&mut self, cx: &mut Ctxt) -> Option<Kind> {
        let roles: Vec<Key> = Key::ALL
            .iter()
            .copied()
            .filter(|key| key.is_role() && key.spec().side.fits(Side::Response))
            .collect();
        for role in roles {
            self.resolve(cx, role);
        }
        let item = self.item_type(cx);
        let http = self.resolve_http(cx);
        Some(Kind::Response { item: item?, http })
    }

    /// The type of one item: `item`, else `T` of the items field's `Vec<T>`.
    fn item_type(&self, cx: &mut Ctxt) -> Option<Box<syn::Type>> {
        let items = self.binding(Key::Items)?;
        if let Some(item) = self.attrs.ty(Key::Item) {
            return Some(Box::new(item.clone()));
        }
        if self.attrs.written(Key::Item) {
            // `item` was written wrong: that error says it all.
            return None;
        }
        if let Some(path) = items.nested_path() {
            cx.error_spanned_by(
                path,
                format_args!(
                    "`items = {path}` reaches the items through nested fields, whose types the \
                     derive cannot see: name the type of one item with `item`, like \
                     #[paginate(items = {path}, item = Person)]"
                ),
            );
            return None;
        }
        let field = &self.fields[items.field];
        let ty = &field.original.ty;
        // `T` of `Vec<T>` becomes the response's `Item`; a derive cannot see through a
        // type alias, so the type must be written out, or `T` named with `item`.
        let Some(item) = ty::vec_item(ty) else {
            cx.error_spanned_by(
                ty,
                format_args!(
                    "the `items` field `{}` must be a `Vec<T>` or an `Option<Vec<T>>`, written \
                     out, so that `T` becomes the response's `Item`; if it is a type alias of \
                     one, name `T` with #[paginate(item = T)]",
                    field.name
                ),
            );
            return None;
        };
        Some(Box::new(item.clone()))
    }

    /// A required integer key of a request; records the error when it is missing.
    fn required(&self, cx: &mut Ctxt, key: Key) -> Option<u32> {
        let number = self.attrs.number(key);
        if number.is_none() && !self.written(key) {
            cx.error_at(
                self.ident().span(),
                format_args!(
                    "missing `{name}` on request `{ident}`: add #[paginate({name} = N)] with {about}",
                    name = key.name(),
                    ident = self.ident(),
                    about = key.spec().about,
                ),
            );
        }
        number.map(|number| number.value)
    }

    /// Finds the field that plays `role` (or, for a path, the field it starts at) and
    /// records the binding: the field marked with it, else the field the struct-level key
    /// names, by a path of fields or a wire name (for a request's page, `"page"` by
    /// default). Records an error when a path or wire name finds no field.
    fn resolve(&mut self, cx: &mut Ctxt, role: Key) -> Option<usize> {
        let binding = match self.marked(cx, role) {
            Some(field) => Binding {
                role,
                field,
                found: Found::Marker,
                path: None,
            },
            None => self.named(cx, role)?,
        };
        let field = binding.field;
        self.roles.push(binding);
        Some(field)
    }

    /// The first field marked with `role`; records an error for each other one.
    fn marked(&self, cx: &mut Ctxt, role: Key) -> Option<usize> {
        let mut marked = self
            .fields
            .iter()
            .enumerate()
            .filter_map(|(index, field)| Some((index, field.attrs.marker(role)?)));
        let (first, _) = marked.next()?;
        for (_, span) in marked {
            cx.error_at(
                span,
                format_args!(
                    "two fields claim `{0}`: `{1}` already has it; keep #[paginate({0})] on one",
                    role.name(),
                    self.fields[first].name,
                ),
            );
        }
        Some(first)
    }

    /// The binding the struct-level key `role` gives: a path of fields, or a wire name.
    fn named(&self, cx: &mut Ctxt, role: Key) -> Option<Binding> {
        if let Some(path) = self.attrs.fields(role) {
            // On a request, a path is an error of its own (`check`).
            return self
                .path_start(cx, role, path)
                .filter(|_| self.side == Side::Response)
                .map(|field| Binding {
                    role,
                    field,
                    found: Found::Path,
                    path: Some(path.clone()),
                });
        }
        let lit = self.attrs.str(role);
        let (wire, span) = match lit {
            Some(lit) => (lit.value(), lit.span()),
            None if role == Key::Page && self.side == Side::Request => {
                ("page".to_owned(), self.ident().span())
            }
            None => return None,
        };
        let Some((field, found)) = self.find_field(&wire) else {
            cx.error_at(span, self.no_field_message(role, &wire, lit.is_some()));
            return None;
        };
        Some(Binding {
            role,
            field,
            found,
            path: None,
        })
    }

    /// The field a path of fields starts at, by its Rust name; records an error, on the
    /// first name, when the struct has no such field.
    fn path_start(&self, cx: &mut Ctxt, role: Key, path: &FieldPath) -> Option<usize> {
        let first = unraw(path.first());
        let found = self.fields.iter().position(|field| field.name == first);
        if found.is_none() && self.side == Side::Response {
            let names: Vec<&str> = self
                .fields
                .iter()
                .map(|field| field.name.as_str())
                .collect();
            let hint = match attr::closest(&first, names.iter().copied(), |name| name) {
                Some(name) => format!("did you mean `{name}`?"),
                None => format!("its fields are {}", code_list(&names)),
            };
            cx.error_at(
                path.first().span(),
                format_args!(
                    "`{} = {path}`: `{}` has no field `{first}`, where a path of fields \
                     starts; {hint}",
                    role.name(),
                    self.ident(),
                ),
            );
        }
        found
    }

    /// The field a struct-level wire name names, in SPEC order: its name on the wire,
    /// then its own name, then the wire name's `snake_case` form.
    fn find_field(&self, wire: &str) -> Option<(usize, Found)> {
        let snake = to_snake_case(wire);
        let find = |matches: &dyn Fn(&Field<'_>) -> bool| self.fields.iter().position(matches);
        find(&|field| field.answers_to(wire, self.side))
            .map(|index| (index, Found::WireName))
            .or_else(|| find(&|field| field.name == wire).map(|index| (index, Found::OwnName)))
            .or_else(|| find(&|field| field.name == snake).map(|index| (index, Found::SnakeCase)))
    }

    fn no_field_message(&self, role: Key, wire: &str, given: bool) -> String {
        let looked_at = if self.fields.is_empty() {
            "no fields, as it has none".to_owned()
        } else {
            self.fields
                .iter()
                .map(|field| {
                    if field.wire == field.name {
                        format!("`{}`", field.name)
                    } else {
                        format!("`{}` (`{}`)", field.name, field.wire)
                    }
                })
                .collect::<Vec<_>>()
                .join(", ")
        };
        let role = role.name();
        let (given, hint) = if given {
            (
                format!("given for `{role}`"),
                format!("mark the field with #[paginate({role})], or correct the name"),
            )
        } else {
            (
                format!("that `{role}` has by default"),
                format!(
                    "mark the field with #[paginate({role})], or name it with \
                     #[paginate({role} = \"...\")]"
                ),
            )
        };
        format!(
            "no field of `{}` has the wire name `{wire}` {given}; looked at {looked_at}; {hint}",
            self.ident()
        )
    }
}

/// Header fields, and the body beside them (`FromHttp`).
impl Input<'_> {
    /// The roles field `index` plays itself (not through a path of fields).
    pub(crate) fn direct_roles(&self, index: usize) -> Vec<Key> {
        self.roles
            .iter()
            .filter(|binding| binding.field == index && binding.is_direct())
            .map(|binding| binding.role)
            .collect()
    }

    /// Whether field `index` is read from a header: it has a `header` key, even a rejected
    /// one, and is not the items field (whose `header` is an error of its own).
    pub(crate) fn is_header_field(&self, index: usize) -> bool {
        self.fields[index].attrs.written(Key::Header)
            && !self.direct_roles(index).contains(&Key::Items)
    }

    /// The fields not read from headers: a response with header fields must have one,
    /// which the decoded body fills.
    pub(crate) fn body_fields(&self) -> Vec<usize> {
        (0..self.fields.len())
            .filter(|&index| !self.is_header_field(index))
            .collect()
    }

    /// Whether a field has a `header` key, even a rejected one.
    pub(crate) fn has_header_fields(&self) -> bool {
        self.fields
            .iter()
            .any(|field| field.attrs.written(Key::Header))
    }

    /// The header fields and the body field, when a field is read from a header.
    fn resolve_http(&self, cx: &mut Ctxt) -> Option<Http> {
        if !self.has_header_fields() {
            return None;
        }
        let mut headers = Some(Vec::new());
        for index in 0..self.fields.len() {
            if self.fields[index].attrs.written(Key::Header) {
                let read = self.header_read(cx, index);
                headers = headers.zip(read).map(|(mut reads, read)| {
                    reads.push(read);
                    reads
                });
            }
        }
        let body = self.body_field(cx);
        Some(Http {
            body: body?,
            headers: headers?,
        })
    }

    /// What header field `index` is read from; records why when it cannot be read.
    fn header_read(&self, cx: &mut Ctxt, index: usize) -> Option<HeaderRead> {
        let field = &self.fields[index];
        // A header name that was rejected is already reported.
        let lit = field.attrs.str(Key::Header)?;
        let name = lit.value();
        let role = match self.direct_roles(index).as_slice() {
            [Key::Items] => {
                cx.error_spanned_by(
                    lit,
                    format_args!(
                        "the items are the body, not a header: remove `header = {name:?}` from \
                         `{}`; `FromHttp::from_http(headers, body)` moves the decoded body into \
                         it",
                        field.name
                    ),
                );
                return None;
            }
            &[role] => role,
            roles => {
                cx.error_spanned_by(lit, header_roles_message(&field.name, &name, roles));
                return None;
            }
        };
        let source = match role {
            _ if !name.eq_ignore_ascii_case(LINK_HEADER) => HeaderSource::Value(name),
            Key::Next => HeaderSource::NextLink,
            Key::TotalPages => HeaderSource::LastPage(
                field
                    .attrs
                    .str(Key::Param)
                    .map_or_else(|| DEFAULT_PARAM.to_owned(), syn::LitStr::value),
            ),
            _ => {
                cx.error_spanned_by(lit, link_role_message(role, &name));
                return None;
            }
        };
        Some(HeaderRead {
            field: index,
            source,
        })
    }

    /// The one field not read from a header; records an error when there is none, or more.
    fn body_field(&self, cx: &mut Ctxt) -> Option<usize> {
        let bodies = self.body_fields();
        if let [body] = bodies.as_slice() {
            return Some(*body);
        }
        let names: Vec<&str> = bodies
            .iter()
            .map(|&index| self.fields[index].name.as_str())
            .collect();
        let problem = if names.is_empty() {
            "but every field has a `header`: add one for the body, such as the items, \
             #[paginate(items)] items: Vec<Item>"
                .to_owned()
        } else {
            format!(
                "but {} have none: put the body's fields in one struct, in one field, and reach \
                 into it with paths of fields, like #[paginate(items = body.results, item = \
                 Item)]; or read the others from headers too",
                code_words(&names, "and")
            )
        };
        cx.error_at(
            self.ident().span(),
            format_args!(
                "`{}` reads fields from HTTP headers, so `FromHttp::from_http(headers, body)` \
                 builds it, and the decoded body fills the one field with no `header`, {problem}",
                self.ident()
            ),
        );
        None
    }
}

/// A header field that plays no role, or several.
fn header_roles_message(field: &str, header: &str, roles: &[Key]) -> String {
    if roles.is_empty() {
        let allowed: Vec<&str> = Key::ALL
            .iter()
            .filter(|key| {
                key.is_role() && key.spec().side.fits(Side::Response) && **key != RESPONSE_ROLE
            })
            .map(|key| key.name())
            .collect();
        return format!(
            "`header = {header:?}` fills a role from a header, but `{field}` plays none: mark it \
             with its role, like #[paginate(total_items, header = {header:?})]; a header field \
             may play {}",
            code_words(&allowed, "or")
        );
    }
    let names: Vec<&str> = roles.iter().map(|role| role.name()).collect();
    format!(
        "`header = {header:?}` fills one role, but `{field}` plays {}: give each role its own \
         field",
        code_words(&names, "and")
    )
}

/// A role other than `next` and `total_pages` read from the `Link` header.
fn link_role_message(role: Key, header: &str) -> String {
    format!(
        "`header = {header:?}` reads the links of the `Link` header, which give `next` (the \
         `rel=\"next\"` link) or `total_pages` (the page number in the `rel=\"last\"` link), \
         not `{}`: name the header that holds {}",
        role.name(),
        role.spec().about
    )
}

impl<'a> Field<'a> {
    fn new(
        field: &'a syn::Field,
        attrs: FieldAttrs,
        rename_all: Option<&(crate::case::RenameRule, String)>,
        side: Side,
    ) -> Field<'a> {
        let name = field.ident.as_ref().map_or_else(String::new, unraw);
        let serde_name = match (attrs.rename.on(side), rename_all) {
            (Some(rename), _) => SerdeName {
                name: rename.clone(),
                source: Source::Rename,
            },
            (None, Some((rule, spelled))) => SerdeName {
                name: rule.apply_to_field(&name),
                source: Source::RenameAll(spelled.clone()),
            },
            (None, None) => SerdeName {
                name: name.clone(),
                source: Source::FieldName,
            },
        };
        let wire = attrs
            .paginate
            .str(Key::Rename)
            .map_or_else(|| serde_name.name.clone(), syn::LitStr::value);
        Field {
            original: field,
            name,
            attrs: attrs.paginate,
            serde_name,
            wire,
            aliases: attrs.aliases,
        }
    }

    /// Whether a struct-level wire name names this field directly: its name on the wire,
    /// or, for a response, a name serde also reads it by.
    pub(crate) fn answers_to(&self, wire: &str, side: Side) -> bool {
        self.wire == wire || (side == Side::Response && self.aliases.iter().any(|a| a == wire))
    }

    /// The field's integer type, when it is spelled as one.
    pub(crate) fn int_type(&self) -> Option<ty::IntType> {
        ty::primitive_int(&self.original.ty)
    }
}

/// An identifier's name without `r#`, as serde and messages name it.
pub(crate) fn unraw(ident: &syn::Ident) -> String {
    ident.to_string().trim_start_matches("r#").to_owned()
}

/// `` `a`, `b`, `c` ``, or "none" for no names.
fn code_list(names: &[&str]) -> String {
    if names.is_empty() {
        return "none".to_owned();
    }
    names
        .iter()
        .map(|name| format!("`{name}`"))
        .collect::<Vec<_>>()
        .join(", ")
}

/// `` `a`, `b` and `c` ``, with `and` or `or` before the last name.
fn code_words(names: &[&str], conjunction: &str) -> String {
    match names {
        [] => "none".to_owned(),
        [name] => format!("`{name}`"),
        [rest @ .., last] => format!("{} {conjunction} `{last}`", code_list(rest)),
    }
}

/// Whether `input` is a struct with named fields; records the error when it is not.
fn check_shape(cx: &mut Ctxt, input: &DeriveInput) -> bool {
    let (what, span) = match &input.data {
        Data::Struct(data) => match &data.fields {
            Fields::Named(_) => return true,
            Fields::Unnamed(_) => ("a tuple struct", input.ident.span()),
            Fields::Unit => ("a unit struct", input.ident.span()),
        },
        Data::Enum(data) => ("an enum", data.enum_token.span),
        Data::Union(data) => ("a union", data.union_token.span),
    };
    cx.error_at(
        span,
        format_args!(
            "#[derive(Paginated)] works on structs with named fields, and `{}` is {what}; \
             give the page, size or items their own named fields",
            input.ident
        ),
    );
    false
}
