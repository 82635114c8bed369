//! Turns the parsed attributes into the model the expansion needs: which field plays
//! which role, under which wire name, with which bounds. Every check that spans several
//! attributes lives here.

use crate::attr::{self, Container, FieldAttrs, Number, NumberKey, Role, Side};
use crate::case::to_snake_case;
use crate::ctxt::Ctxt;
use proc_macro2::Span;
use syn::{Data, DeriveInput, Field, Fields, Ident};

/// What the derive generates, once every check has passed.
pub(crate) enum Kind<'a> {
    /// A request with its own page and size fields.
    Request(Request<'a>),
    /// A request whose page and size live in this field, itself a request.
    Nested(&'a Field),
    /// A response.
    Response(Response<'a>),
}

/// A field playing a role, with its position and wire name.
pub(crate) struct Bound<'a> {
    pub(crate) field: &'a Field,
    pub(crate) index: usize,
    pub(crate) wire: String,
}

pub(crate) struct Request<'a> {
    pub(crate) page: Bound<'a>,
    pub(crate) size: Bound<'a>,
    pub(crate) default: u32,
    pub(crate) max: u32,
    pub(crate) first: u32,
}

pub(crate) struct Response<'a> {
    pub(crate) items: &'a Field,
    /// `T` of the items field's `Vec<T>`.
    pub(crate) item: &'a syn::Type,
    pub(crate) page: Option<&'a Field>,
    pub(crate) size: Option<&'a Field>,
    pub(crate) total_items: Option<&'a Field>,
    pub(crate) total_pages: Option<&'a Field>,
    pub(crate) next: Option<&'a Field>,
}

/// The outcome of checking: always the runtime path and the side (for the fallback impl
/// emitted beside errors), and the model when the input is valid so far.
pub(crate) struct Checked<'a> {
    pub(crate) krate: syn::Path,
    pub(crate) response: bool,
    /// The items field, when one was found (for the fallback's `Item` type).
    pub(crate) items: Option<&'a Field>,
    pub(crate) kind: Option<Kind<'a>>,
}

/// Parses and checks `input`, recording every mistake in `cx`.
pub(crate) fn check<'a>(cx: &mut Ctxt, input: &'a DeriveInput) -> Checked<'a> {
    let container = attr::parse_container(cx, &input.attrs);
    let krate = container
        .krate
        .clone()
        .unwrap_or_else(|| syn::parse_quote!(::pagination_core));
    let named = check_shape(cx, input);
    let fields: Vec<&Field> = match &input.data {
        Data::Struct(data) => data.fields.iter().collect(),
        Data::Enum(_) | Data::Union(_) => Vec::new(),
    };
    let parsed: Vec<(&Field, FieldAttrs)> = fields
        .iter()
        .map(|field| (*field, attr::parse_field(cx, &field.attrs)))
        .collect();
    let mut checker = Checker {
        cx,
        ident: &input.ident,
        container: &container,
        fields: &parsed,
        response: false,
    };
    // Even a rejected `items` key or marker says what the user meant.
    checker.response = checker.written("items");
    let marked_items = parsed
        .iter()
        .find(|(_, attrs)| attrs.markers.iter().any(|(role, _)| *role == Role::Items))
        .map(|(field, _)| *field);
    if !named {
        return Checked {
            krate,
            response: checker.response,
            items: marked_items,
            kind: None,
        };
    }
    checker.check_sides();
    let response = checker.response;
    let items = if response {
        checker.resolve(Role::Items, None).map(|bound| bound.field)
    } else {
        None
    };
    let kind = if response {
        items
            .and_then(|items| checker.response(items))
            .map(Kind::Response)
    } else {
        checker.request()
    };
    Checked {
        krate,
        response,
        items,
        kind: if cx.has_errors() { None } else { kind },
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

struct Checker<'c, 'a> {
    cx: &'c mut Ctxt,
    ident: &'a Ident,
    container: &'c Container,
    fields: &'c [(&'a Field, FieldAttrs)],
    response: bool,
}

impl<'a> Checker<'_, 'a> {
    /// Whether the user wrote key or marker `name` anywhere, accepted or not.
    fn written(&self, name: &str) -> bool {
        self.container.written.contains(&name)
            || self
                .fields
                .iter()
                .any(|(_, attrs)| attrs.written.contains(&name))
    }

    /// Request keys on a response, response keys on a request.
    fn check_sides(&mut self) {
        let wrong = if self.response {
            Side::Request
        } else {
            Side::Response
        };
        let why = if self.response {
            format!(
                "`{}` is a response because it has an `items` field",
                self.ident
            )
        } else {
            format!(
                "`{}` is a request because it has no `items` field (mark a response's list \
                 of items with #[paginate(items)])",
                self.ident
            )
        };
        for key in [NumberKey::Default, NumberKey::Max, NumberKey::First] {
            if let (true, Some(number)) = (self.response, self.container.number(key)) {
                self.cx.error_at(
                    number.key_span,
                    format_args!("`{}` is a request key, but {why}; remove it", key.name()),
                );
            }
        }
        for wire in &self.container.wire_names {
            if wire.role.side() == wrong {
                self.cx.error_at(
                    wire.key_span,
                    format_args!(
                        "`{}` is a {} key, but {why}; remove it",
                        wire.role.name(),
                        other_side(self.response)
                    ),
                );
            }
        }
        for (field, attrs) in self.fields {
            for (role, span) in &attrs.markers {
                if role.side() == wrong {
                    self.cx.error_at(
                        *span,
                        format_args!(
                            "`{}` marks a {} field, but {why}; remove it from `{}`",
                            role.name(),
                            other_side(self.response),
                            field_name(field)
                        ),
                    );
                }
            }
        }
    }

    fn request(&mut self) -> Option<Kind<'a>> {
        let nested: Vec<(&'a Field, Span)> = self
            .fields
            .iter()
            .filter_map(|(field, attrs)| {
                let (_, span) = attrs
                    .markers
                    .iter()
                    .find(|(role, _)| *role == Role::Nested)?;
                Some((*field, *span))
            })
            .collect();
        if let Some(&(field, _)) = nested.first() {
            for (_, span) in &nested[1..] {
                self.cx.error_at(
                    *span,
                    format_args!(
                        "only one field can be #[paginate(nested)], and `{}` already is",
                        field_name(field)
                    ),
                );
            }
            self.check_nested(field);
            return Some(Kind::Nested(field));
        }
        if self.written("nested") {
            // `nested` was written in the wrong place: that error says it all.
            return None;
        }
        if !["size", "default", "max"]
            .iter()
            .any(|key| self.written(key))
        {
            self.cx.error_at(
                self.ident.span(),
                format_args!(
                    "request `{}` needs its pagination parameters: add \
                     #[paginate(size = \"pageSize\", default = N, max = N)] with the page-size \
                     parameter's name, the page size the server uses when none is sent, and the \
                     largest it accepts",
                    self.ident
                ),
            );
            return None;
        }
        let page = self.resolve(Role::Page, Some("page"));
        let size = self.resolve(Role::Size, None);
        if size.is_none() && !self.written("size") {
            self.cx.error_at(
                self.ident.span(),
                format_args!(
                    "missing `size` on request `{}`: name the page-size parameter with \
                     #[paginate(size = \"pageSize\")], or mark its field with #[paginate(size)]",
                    self.ident
                ),
            );
        }
        let (default, max, first) = self.bounds(size.as_ref());
        Some(Kind::Request(Request {
            page: page?,
            size: size?,
            default: default?.value,
            max: max?.value,
            first,
        }))
    }

    /// `default`, `max` and `first`, checked alone and against each other and the size
    /// field's type.
    fn bounds(&mut self, size: Option<&Bound<'_>>) -> (Option<Number>, Option<Number>, u32) {
        let default = self.required(
            NumberKey::Default,
            "the page size the server uses when none is sent",
        );
        let max = self.required(NumberKey::Max, "the largest page size the server accepts");
        let first = self.container.first.map_or(1, |first| {
            if first.value > 1 {
                self.cx.error_at(
                    first.value_span,
                    "`first` is the number of the first page and must be 0 or 1",
                );
            }
            first.value
        });
        for (key, number) in [(NumberKey::Default, default), (NumberKey::Max, max)] {
            if let Some(Number {
                value: 0,
                value_span,
                ..
            }) = number
            {
                self.cx.error_at(
                    value_span,
                    format_args!("`{} = 0`: a page size must be at least 1", key.name()),
                );
            }
        }
        if let (Some(default), Some(max)) = (default, max) {
            if default.value > max.value && max.value > 0 {
                self.cx.error_at(
                    default.value_span,
                    format_args!(
                        "`default = {}` is larger than `max = {}`: the page size the server \
                         uses by default cannot exceed the largest it accepts",
                        default.value, max.value
                    ),
                );
            }
        }
        if let (Some(size), Some(max)) = (size, max) {
            self.check_size_fits(size, max);
        }
        (default, max, first)
    }

    /// A nested request takes everything from the nested field's type.
    fn check_nested(&mut self, nested: &Field) {
        let because = format!(
            "with #[paginate(nested)] on `{}`, all pagination settings come from that field's \
             type; put this on that type instead",
            field_name(nested)
        );
        for key in [NumberKey::Default, NumberKey::Max, NumberKey::First] {
            if let Some(number) = self.container.number(key) {
                self.cx
                    .error_at(number.key_span, format_args!("`{}`: {because}", key.name()));
            }
        }
        for wire in &self.container.wire_names {
            self.cx.error_at(
                wire.key_span,
                format_args!("`{}`: {because}", wire.role.name()),
            );
        }
        for (_, attrs) in self.fields {
            for (role, span) in &attrs.markers {
                if matches!(role, Role::Page | Role::Size) {
                    self.cx
                        .error_at(*span, format_args!("`{}`: {because}", role.name()));
                }
            }
        }
    }

    fn required(&mut self, key: NumberKey, meaning: &str) -> Option<Number> {
        let number = self.container.number(key);
        if number.is_none() && !self.written(key.name()) {
            self.cx.error_at(
                self.ident.span(),
                format_args!(
                    "missing `{name}` on request `{ident}`: add #[paginate({name} = N)] with {meaning}",
                    name = key.name(),
                    ident = self.ident,
                ),
            );
        }
        number
    }

    /// `max` must fit the size field's integer type, when that type is a known primitive.
    fn check_size_fits(&mut self, size: &Bound<'_>, max: Number) {
        if let Some((name, type_max)) = primitive_int(&size.field.ty) {
            if u128::from(max.value) > type_max {
                self.cx.error_at(
                    max.value_span,
                    format_args!(
                        "`max = {}` does not fit in `{name}`, the type of size field `{}`, \
                         which holds at most {type_max}; use a wider integer type",
                        max.value,
                        field_name(size.field),
                    ),
                );
            }
        }
    }

    fn response(&mut self, items: &'a Field) -> Option<Response<'a>> {
        // `T` of `Vec<T>` becomes the response's `Item`; a derive cannot see through a
        // type alias, so the type must be written out.
        let Some(item) = vec_item(&items.ty) else {
            self.cx.error_spanned_by(
                &items.ty,
                format_args!(
                    "the `items` field `{}` must be a `Vec<T>` or an `Option<Vec<T>>`, written out \
                 (not through a type alias), so that `T` becomes the response's `Item`",
                    field_name(items)
                ),
            );
            return None;
        };
        let mut optional = |role| self.resolve(role, None).map(|bound| bound.field);
        Some(Response {
            items,
            item,
            page: optional(Role::Page),
            size: optional(Role::Size),
            total_items: optional(Role::TotalItems),
            total_pages: optional(Role::TotalPages),
            next: optional(Role::Next),
        })
    }

    /// Finds the field that plays `role`: the field marked with it, else the field the
    /// struct-level wire name (or `default_wire`) names. Records an error when a required
    /// role has no field.
    fn resolve(&mut self, role: Role, default_wire: Option<&str>) -> Option<Bound<'a>> {
        let marked: Vec<(usize, Span)> = self
            .fields
            .iter()
            .enumerate()
            .filter_map(|(index, (_, attrs))| {
                let (_, span) = attrs.markers.iter().find(|(r, _)| *r == role)?;
                Some((index, *span))
            })
            .collect();
        let wire_lit = self.container.wire_name(role);
        if let Some(&(index, _)) = marked.first() {
            for (_, span) in &marked[1..] {
                self.cx.error_at(
                    *span,
                    format_args!(
                        "two fields claim `{}`: `{}` already has it; keep #[paginate({})] on one",
                        role.name(),
                        field_name(self.fields[index].0),
                        role.name()
                    ),
                );
            }
            let wire = wire_lit.map_or_else(|| self.serde_name(index), syn::LitStr::value);
            return Some(self.bound(index, wire));
        }
        let (wire, span) = match (wire_lit, default_wire) {
            (Some(lit), _) => (lit.value(), lit.span()),
            (None, Some(default)) => (default.to_owned(), self.ident.span()),
            (None, None) => return None,
        };
        if let Some(index) = self.match_wire_name(&wire) {
            return Some(self.bound(index, wire));
        }
        let looked_at = self.describe_fields();
        let given = if wire_lit.is_some() {
            format!("given for `{}`", role.name())
        } else {
            format!("that `{}` has by default", role.name())
        };
        let hint = if wire_lit.is_some() {
            format!(
                "mark the field with #[paginate({})], or correct the name",
                role.name()
            )
        } else {
            format!(
                "mark the field with #[paginate({0})], or name it with #[paginate({0} = \"...\")]",
                role.name()
            )
        };
        self.cx.error_at(
            span,
            format_args!(
                "no field of `{}` has the wire name `{wire}` {given}; looked at {looked_at}; {hint}",
                self.ident,
            ),
        );
        None
    }

    fn bound(&self, index: usize, wire: String) -> Bound<'a> {
        Bound {
            field: self.fields[index].0,
            index,
            wire,
        }
    }

    /// The wire name serde gives field `index` on this side.
    fn serde_name(&self, index: usize) -> String {
        let (field, attrs) = &self.fields[index];
        let (rename, rule) = if self.response {
            (&attrs.rename.1, self.container.rename_all.1)
        } else {
            (&attrs.rename.0, self.container.rename_all.0)
        };
        rename
            .clone()
            .unwrap_or_else(|| rule.apply_to_field(&field_name(field)))
    }

    /// SPEC order: the serde name, then the field's own name, then its `snake_case` form.
    fn match_wire_name(&self, wire: &str) -> Option<usize> {
        let snake = to_snake_case(wire);
        let indices = 0..self.fields.len();
        indices
            .clone()
            .find(|&i| self.serde_name(i) == wire)
            .or_else(|| {
                indices
                    .clone()
                    .find(|&i| field_name(self.fields[i].0) == wire)
            })
            .or_else(|| {
                indices
                    .clone()
                    .find(|&i| field_name(self.fields[i].0) == snake)
            })
    }

    fn describe_fields(&self) -> String {
        if self.fields.is_empty() {
            return "no fields, as it has none".to_owned();
        }
        (0..self.fields.len())
            .map(|i| {
                let name = field_name(self.fields[i].0);
                let serde = self.serde_name(i);
                if serde == name {
                    format!("`{name}`")
                } else {
                    format!("`{name}` (`{serde}`)")
                }
            })
            .collect::<Vec<_>>()
            .join(", ")
    }
}

fn other_side(response: bool) -> &'static str {
    if response { "request" } else { "response" }
}

/// A field's name without `r#`, as serde names it.
pub(crate) fn field_name(field: &Field) -> String {
    field.ident.as_ref().map_or_else(String::new, |ident| {
        ident.to_string().trim_start_matches("r#").to_owned()
    })
}

/// `(name, largest value)` when `ty` is a primitive integer or an `Option` of one, by
/// its spelling.
fn primitive_int(ty: &syn::Type) -> Option<(String, u128)> {
    let segment = last_segment(ty)?;
    let name = segment.ident.to_string();
    if name == "Option" {
        return primitive_int(single_type_argument(segment)?);
    }
    if !segment.arguments.is_none() {
        return None;
    }
    let max = match name.as_str() {
        "u8" => u128::from(u8::MAX),
        "i8" => 127,
        "u16" => u128::from(u16::MAX),
        "i16" => 32_767,
        "i32" => 2_147_483_647,
        "u32" | "u64" | "u128" | "usize" | "i64" | "i128" | "isize" => u128::from(u32::MAX),
        _ => return None,
    };
    Some((name, max))
}

/// `T` when `ty` is spelled `Vec<T>` or `Option<Vec<T>>`.
pub(crate) fn vec_item(ty: &syn::Type) -> Option<&syn::Type> {
    let segment = last_segment(ty)?;
    let argument = single_type_argument(segment)?;
    match segment.ident.to_string().as_str() {
        "Vec" => Some(argument),
        "Option" => {
            let inner = last_segment(argument)?;
            (inner.ident == "Vec").then(|| single_type_argument(inner))?
        }
        _ => None,
    }
}

fn last_segment(ty: &syn::Type) -> Option<&syn::PathSegment> {
    match ty {
        syn::Type::Path(path) if path.qself.is_none() => path.path.segments.last(),
        syn::Type::Group(group) => last_segment(&group.elem),
        syn::Type::Paren(paren) => last_segment(&paren.elem),
        _ => None,
    }
}

fn single_type_argument(segment: &syn::PathSegment) -> Option<&syn::Type> {
    let syn::PathArguments::AngleBracketed(arguments) = &segment.arguments else {
        return None;
    };
    match arguments.args.iter().collect::<Vec<_>>().as_slice() {
        [syn::GenericArgument::Type(ty)] => Some(ty),
        _ => None,
    }
}
