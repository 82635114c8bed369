//! The model of one derive input, built from its attributes: its side, its fields with
//! the names serde gives them on that side, and which field plays which role.
//!
//! Building it reports what keeps it from being built (a role with no field, two fields
//! claiming one role, a required key missing); the checks between attributes of a model
//! that could be built are in `check`.

mod http;
mod request;
mod response;

pub(crate) use http::{HeaderSource, Http};
pub(crate) use request::RequestStyle;

use crate::attr::{self, Attrs, Container, FieldAttrs, FieldPath};
use crate::case::to_snake_case;
use crate::ctxt::Ctxt;
use crate::keys::{Key, RESPONSE_ROLE, Side};
use crate::messages::{self, Message, code_list};
use crate::ty;
use core::cell::OnceCell;
use proc_macro2::Span;
use syn::spanned::Spanned;
use syn::{Data, DeriveInput, Fields};

/// One derive input.
pub(crate) struct Input<'a> {
    pub(crate) original: &'a DeriveInput,
    /// The runtime crate's path: `#[paginate(crate)]`, else `::pagination_core`.
    pub(crate) krate: syn::Path,
    /// `Request` or `Response`, never `Both`.
    pub(crate) side: Side,
    /// A request's style; `None` for a response.
    pub(crate) style: Option<RequestStyle>,
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
    /// The span of the field's type, worked out once: syn joins the spans of every token.
    ty_span: OnceCell<Span>,
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

/// The limit of an offset or cursor request: its field and bounds.
pub(crate) struct Limit {
    pub(crate) field: usize,
    pub(crate) default: u32,
    pub(crate) max: u32,
}

/// What the derive generates; field positions index [`Input::fields`].
pub(crate) enum Kind {
    /// A request by page number.
    Request {
        page: usize,
        size: usize,
        default: u32,
        max: u32,
        first: u32,
    },
    /// A request by offset, whose first item is at offset `first`.
    Offset {
        offset: usize,
        first: u64,
        limit: Limit,
    },
    /// A request by cursor.
    Cursor { cursor: usize, limit: Limit },
    /// A request whose page and size live in this field, itself a request.
    Nested(usize),
    /// A response whose items are of type `item`; its roles are in [`Input::roles`]. With
    /// `http`, it also has fields read from headers, and is built by `FromHttp`.
    Response {
        item: Box<syn::Type>,
        http: Option<Http>,
    },
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
                .unwrap_or_else(default_krate),
            side,
            style: None,
            attrs,
            fields: parsed
                .into_iter()
                .map(|(field, attrs)| Field::new(field, attrs, rename_all.as_ref(), side))
                .collect(),
            roles: Vec::new(),
            kind: None,
        };
        if side == Side::Request {
            model.style = Some(model.request_style());
        }
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
            let message = messages::two_fields_claim(role.name(), &self.fields[first].name);
            cx.error_at(span, message);
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
                Some(name) => messages::did_you_mean(name),
                None if names.is_empty() => messages::has_no_fields(),
                None => messages::its_fields_are(code_list(&names)),
            };
            let message = messages::path_no_field(role.name(), path, self.ident(), &first, hint);
            cx.error_at(path.first().span(), message);
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

    fn no_field_message(&self, role: Key, wire: &str, given: bool) -> Message {
        let looked_at = if self.fields.is_empty() {
            messages::no_fields().to_string()
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
        if given {
            messages::no_field_for_wire_name(self.ident(), wire, role.name(), looked_at)
        } else {
            messages::no_field_for_default_wire_name(self.ident(), wire, role.name(), looked_at)
        }
    }
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
            ty_span: OnceCell::new(),
        }
    }

    /// The span of the field's type, where a type that cannot play the field's role is
    /// reported.
    pub(crate) fn ty_span(&self) -> Span {
        *self.ty_span.get_or_init(|| match &self.original.ty {
            // One identifier (`u32`, `String`): its own span, which is what syn would join
            // the type's tokens into.
            syn::Type::Path(path) if path.qself.is_none() => path
                .path
                .get_ident()
                .map_or_else(|| path.span(), syn::Ident::span),
            ty => ty.span(),
        })
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

/// `::pagination_core`, built as a path rather than parsed from tokens.
fn default_krate() -> syn::Path {
    let name = syn::Ident::new("pagination_core", Span::call_site());
    syn::Path {
        leading_colon: Some(<syn::Token![::]>::default()),
        segments: core::iter::once(syn::PathSegment::from(name)).collect(),
    }
}

/// An identifier's name without `r#`, as serde and messages name it.
pub(crate) fn unraw(ident: &syn::Ident) -> String {
    ident.to_string().trim_start_matches("r#").to_owned()
}

/// Whether `input` is a struct with named fields; records the error when it is not.
fn check_shape(cx: &mut Ctxt, input: &DeriveInput) -> bool {
    let (what, span) = match &input.data {
        Data::Struct(data) => match &data.fields {
            Fields::Named(_) => return true,
            Fields::Unnamed(_) => (messages::a_tuple_struct(), input.ident.span()),
            Fields::Unit => (messages::a_unit_struct(), input.ident.span()),
        },
        Data::Enum(data) => (messages::an_enum(), data.enum_token.span),
        Data::Union(data) => (messages::a_union(), data.union_token.span),
    };
    cx.error_at(span, messages::not_a_named_struct(&input.ident, what));
    false
}
