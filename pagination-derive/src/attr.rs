//! Parses `#[paginate(...)]` and the serde attributes that decide wire names into a
//! small model. Parsing never stops at the first mistake: each one is recorded in the
//! [`Ctxt`] and parsing goes on, so one compile reports them all.

use crate::case::RenameRule;
use crate::ctxt::Ctxt;
use proc_macro2::{Span, TokenTree};
use syn::meta::ParseNestedMeta;
use syn::spanned::Spanned;
use syn::{Attribute, LitInt, LitStr, Token};

/// What a field can be to the derive.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Role {
    Page,
    Size,
    Items,
    TotalItems,
    TotalPages,
    Next,
    Nested,
}

/// Which kind of struct a key or marker belongs to.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Side {
    Request,
    Response,
    Both,
}

impl Role {
    pub(crate) const ALL: [Role; 7] = [
        Role::Page,
        Role::Size,
        Role::Items,
        Role::TotalItems,
        Role::TotalPages,
        Role::Next,
        Role::Nested,
    ];

    pub(crate) fn name(self) -> &'static str {
        match self {
            Role::Page => "page",
            Role::Size => "size",
            Role::Items => "items",
            Role::TotalItems => "total_items",
            Role::TotalPages => "total_pages",
            Role::Next => "next",
            Role::Nested => "nested",
        }
    }

    pub(crate) fn side(self) -> Side {
        match self {
            Role::Page | Role::Size => Side::Both,
            Role::Items | Role::TotalItems | Role::TotalPages | Role::Next => Side::Response,
            Role::Nested => Side::Request,
        }
    }

    fn from_name(name: &str) -> Option<Role> {
        Role::ALL.into_iter().find(|role| role.name() == name)
    }
}

/// A struct-level integer key.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum NumberKey {
    Default,
    Max,
    First,
}

impl NumberKey {
    pub(crate) fn name(self) -> &'static str {
        match self {
            NumberKey::Default => "default",
            NumberKey::Max => "max",
            NumberKey::First => "first",
        }
    }

    fn example(self) -> &'static str {
        match self {
            NumberKey::Default => "default = 100",
            NumberKey::Max => "max = 5000",
            NumberKey::First => "first = 1",
        }
    }

    fn from_name(name: &str) -> Option<NumberKey> {
        [NumberKey::Default, NumberKey::Max, NumberKey::First]
            .into_iter()
            .find(|key| key.name() == name)
    }
}

/// Every key `#[paginate(...)]` accepts on a struct, for suggestions.
const STRUCT_KEYS: &[&str] = &[
    "page",
    "size",
    "default",
    "max",
    "first",
    "crate",
    "items",
    "total_items",
    "total_pages",
    "next",
];

/// Every marker `#[paginate(...)]` accepts on a field, for suggestions.
const FIELD_MARKERS: &[&str] = &[
    "page",
    "size",
    "nested",
    "items",
    "total_items",
    "total_pages",
    "next",
];

/// A parsed integer key with the span of its name, for errors.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Number {
    pub(crate) value: u32,
    pub(crate) key_span: Span,
    pub(crate) value_span: Span,
}

/// A struct-level `role = "wire name"` key.
pub(crate) struct WireName {
    pub(crate) role: Role,
    pub(crate) lit: LitStr,
    pub(crate) key_span: Span,
}

/// The struct-level attributes.
#[derive(Default)]
pub(crate) struct Container {
    /// `role = "wire name"` keys, in the order written.
    pub(crate) wire_names: Vec<WireName>,
    pub(crate) default: Option<Number>,
    pub(crate) max: Option<Number>,
    pub(crate) first: Option<Number>,
    pub(crate) krate: Option<syn::Path>,
    /// `#[serde(rename_all = ...)]`: the serialize and the deserialize rule.
    pub(crate) rename_all: (RenameRule, RenameRule),
    /// Every key written, accepted or not (a misspelt key counts as the key it is closest
    /// to), so that a rejected key is not reported missing as well.
    pub(crate) written: Vec<&'static str>,
}

impl Container {
    pub(crate) fn wire_name(&self, role: Role) -> Option<&LitStr> {
        self.wire_names
            .iter()
            .find(|wire| wire.role == role)
            .map(|wire| &wire.lit)
    }

    pub(crate) fn number(&self, key: NumberKey) -> Option<Number> {
        match key {
            NumberKey::Default => self.default,
            NumberKey::Max => self.max,
            NumberKey::First => self.first,
        }
    }

    fn number_mut(&mut self, key: NumberKey) -> &mut Option<Number> {
        match key {
            NumberKey::Default => &mut self.default,
            NumberKey::Max => &mut self.max,
            NumberKey::First => &mut self.first,
        }
    }
}

/// The attributes of one field.
#[derive(Default)]
pub(crate) struct FieldAttrs {
    /// `#[paginate(role)]` markers with the span of each.
    pub(crate) markers: Vec<(Role, Span)>,
    /// `#[serde(rename = ...)]`: the serialize and the deserialize name.
    pub(crate) rename: (Option<String>, Option<String>),
    /// Every marker or key written, accepted or not, as in [`Container::written`].
    pub(crate) written: Vec<&'static str>,
}

fn is_paginate(attr: &Attribute) -> bool {
    attr.path().is_ident("paginate")
}

/// Parses the struct-level `#[paginate(...)]` and `#[serde(rename_all)]` attributes.
pub(crate) fn parse_container(cx: &mut Ctxt, attrs: &[Attribute]) -> Container {
    let mut container = Container::default();
    for attr in attrs {
        if is_paginate(attr) {
            let result =
                attr.parse_nested_meta(|meta| parse_container_key(cx, &mut container, &meta));
            if let Err(error) = result {
                cx.syn_error(error);
            }
        } else if attr.path().is_ident("serde") {
            // serde reports its own mistakes; only what it would name fields matters here.
            let _ = attr.parse_nested_meta(|meta| {
                if meta.path.is_ident("rename_all") {
                    let (ser, de) = parse_ser_de(&meta)?;
                    let rule =
                        |name: Option<String>| name.and_then(|name| RenameRule::from_name(&name));
                    if let Some(rule) = rule(ser) {
                        container.rename_all.0 = rule;
                    }
                    if let Some(rule) = rule(de) {
                        container.rename_all.1 = rule;
                    }
                    Ok(())
                } else {
                    skip_value(&meta)
                }
            });
        }
    }
    container
}

fn parse_container_key(
    cx: &mut Ctxt,
    container: &mut Container,
    meta: &ParseNestedMeta<'_>,
) -> syn::Result<()> {
    let name = key_name(&meta.path);
    let span = meta.path.span();
    if let Some(known) = known_name(&name, STRUCT_KEYS) {
        container.written.push(known);
    }
    if name == "crate" {
        let Some(lit) = parse_str_value(cx, meta, "crate", "crate = \"my_sdk::pagination\"")?
        else {
            return Ok(());
        };
        if container.krate.is_some() {
            cx.error_at(span, "duplicate paginate key `crate`");
        } else {
            match lit.parse::<syn::Path>() {
                Ok(path) => container.krate = Some(path),
                Err(_) => cx.error_spanned_by(
                    &lit,
                    format_args!(
                        "`crate` expects a path to the pagination_core crate, like \
                         `crate = \"my_sdk::pagination\"`; `{}` is not a path",
                        lit.value()
                    ),
                ),
            }
        }
    } else if let Some(key) = NumberKey::from_name(&name) {
        let number = parse_number_value(cx, meta, key)?;
        if let Some(number) = number {
            let slot = container.number_mut(key);
            if slot.is_some() {
                cx.error_at(span, format_args!("duplicate paginate key `{name}`"));
            } else {
                *slot = Some(number);
            }
        }
    } else if let Some(role) = Role::from_name(&name) {
        if role == Role::Nested {
            container.written.push("nested");
            cx.error_at(
                span,
                "`nested` goes on the field that holds the pagination parameters: \
                 #[paginate(nested)]",
            );
            return skip_value(meta);
        }
        if !meta.input.peek(Token![=]) {
            cx.error_at(
                span,
                format_args!(
                    "on the struct, `{name}` names the field by its wire name, like \
                     #[paginate({name} = \"{example}\")]; or mark the field itself with \
                     #[paginate({name})]",
                    example = wire_example(role),
                ),
            );
            return skip_value(meta);
        }
        let example = format!("{name} = \"{}\"", wire_example(role));
        if let Some(lit) = parse_str_value(cx, meta, &name, &example)? {
            if container.wire_name(role).is_some() {
                cx.error_at(span, format_args!("duplicate paginate key `{name}`"));
            } else if lit.value().is_empty() {
                cx.error_spanned_by(
                    &lit,
                    format_args!("`{name}` needs a wire name, like {example}"),
                );
            } else {
                container.wire_names.push(WireName {
                    role,
                    lit,
                    key_span: span,
                });
            }
        }
    } else {
        let (message, closest) = unknown_key_message(&name, STRUCT_KEYS, "key");
        container.written.extend(closest);
        cx.error_at(span, message);
        return skip_value(meta);
    }
    Ok(())
}

/// Parses one field's `#[paginate(...)]` markers and `#[serde(rename)]`.
pub(crate) fn parse_field(cx: &mut Ctxt, attrs: &[Attribute]) -> FieldAttrs {
    let mut field = FieldAttrs::default();
    for attr in attrs {
        if is_paginate(attr) {
            let result = attr.parse_nested_meta(|meta| parse_field_marker(cx, &mut field, &meta));
            if let Err(error) = result {
                cx.syn_error(error);
            }
        } else if attr.path().is_ident("serde") {
            let _ = attr.parse_nested_meta(|meta| {
                if meta.path.is_ident("rename") {
                    let (ser, de) = parse_ser_de(&meta)?;
                    field.rename.0 = ser.or(field.rename.0.take());
                    field.rename.1 = de.or(field.rename.1.take());
                    Ok(())
                } else {
                    skip_value(&meta)
                }
            });
        }
    }
    field
}

fn parse_field_marker(
    cx: &mut Ctxt,
    field: &mut FieldAttrs,
    meta: &ParseNestedMeta<'_>,
) -> syn::Result<()> {
    let name = key_name(&meta.path);
    let span = meta.path.span();
    if let Some(known) = known_name(&name, STRUCT_KEYS).or(known_name(&name, FIELD_MARKERS)) {
        field.written.push(known);
    }
    if let Some(role) = Role::from_name(&name) {
        if meta.input.peek(Token![=]) || meta.input.peek(syn::token::Paren) {
            cx.error_at(
                span,
                format_args!(
                    "on a field, `{name}` is a bare marker: write #[paginate({name})]; the \
                     wire name comes from the field's serde name"
                ),
            );
            return skip_value(meta);
        }
        if field.markers.iter().any(|(r, _)| *r == role) {
            cx.error_at(span, format_args!("duplicate paginate marker `{name}`"));
        } else {
            field.markers.push((role, span));
        }
    } else if NumberKey::from_name(&name).is_some() || name == "crate" {
        cx.error_at(
            span,
            format_args!(
                "`{name}` belongs on the struct, not on a field: write \
                 #[paginate({name} = ...)] above the struct"
            ),
        );
        return skip_value(meta);
    } else {
        let (message, closest) = unknown_key_message(&name, FIELD_MARKERS, "field marker");
        field.written.extend(closest);
        cx.error_at(span, message);
        return skip_value(meta);
    }
    Ok(())
}

fn key_name(path: &syn::Path) -> String {
    quote::ToTokens::to_token_stream(path)
        .to_string()
        .replace(' ', "")
}

fn wire_example(role: Role) -> &'static str {
    match role {
        Role::Page => "page",
        Role::Size => "pageSize",
        Role::Items => "results",
        Role::TotalItems => "totalResults",
        Role::TotalPages => "page_count",
        Role::Next => "_links",
        Role::Nested => "pagination",
    }
}

fn known_name(name: &str, known: &[&'static str]) -> Option<&'static str> {
    known.iter().copied().find(|key| *key == name)
}

/// "unknown key `x`", with the closest known key (also returned) or the list of them.
fn unknown_key_message(
    name: &str,
    known: &[&'static str],
    what: &str,
) -> (String, Option<&'static str>) {
    let closest = known
        .iter()
        .map(|key| (strsim::jaro_winkler(name, key), *key))
        .filter(|(score, _)| *score > 0.8)
        .max_by(|a, b| a.0.total_cmp(&b.0))
        .map(|(_, key)| key);
    let message = if let Some(key) = closest {
        format!("unknown paginate {what} `{name}`; did you mean `{key}`?")
    } else {
        let list = known
            .iter()
            .map(|key| format!("`{key}`"))
            .collect::<Vec<_>>()
            .join(", ");
        format!("unknown paginate {what} `{name}`; expected one of {list}")
    };
    (message, closest)
}

/// The literal after `name =`, or `None` (with the error recorded) when there is none.
/// `what` says what the key takes ("a string"), `example` shows it.
fn parse_lit(
    cx: &mut Ctxt,
    meta: &ParseNestedMeta<'_>,
    name: &str,
    what: &str,
    example: &str,
) -> syn::Result<Option<syn::Lit>> {
    if !meta.input.peek(Token![=]) {
        cx.error_at(
            meta.path.span(),
            format_args!("`{name}` needs a value, like {example}"),
        );
        return skip_value(meta).map(|()| None);
    }
    let input = meta.value()?;
    if input.peek(syn::Lit) {
        return Ok(Some(input.parse()?));
    }
    let mut tokens = proc_macro2::TokenStream::new();
    while !input.is_empty() && !input.peek(Token![,]) {
        tokens.extend([input.parse::<TokenTree>()?]);
    }
    cx.error_spanned_by(
        tokens,
        format_args!("`{name}` expects {what}, like {example}"),
    );
    Ok(None)
}

fn parse_str_value(
    cx: &mut Ctxt,
    meta: &ParseNestedMeta<'_>,
    name: &str,
    example: &str,
) -> syn::Result<Option<LitStr>> {
    Ok(match parse_lit(cx, meta, name, "a string", example)? {
        Some(syn::Lit::Str(lit)) => Some(lit),
        Some(other) => {
            cx.error_spanned_by(
                other,
                format_args!("`{name}` expects a string, like {example}"),
            );
            None
        }
        None => None,
    })
}

fn parse_number_value(
    cx: &mut Ctxt,
    meta: &ParseNestedMeta<'_>,
    key: NumberKey,
) -> syn::Result<Option<Number>> {
    let key_span = meta.path.span();
    let name = key.name();
    let example = key.example();
    let lit = match parse_lit(cx, meta, name, "an integer literal", example)? {
        Some(syn::Lit::Int(lit)) => lit,
        Some(syn::Lit::Str(lit)) if lit.value().trim().parse::<u32>().is_ok() => {
            cx.error_spanned_by(
                &lit,
                format_args!(
                    "`{name}` expects an integer, not a string: write {name} = {}",
                    lit.value().trim()
                ),
            );
            return Ok(None);
        }
        Some(other) => {
            cx.error_spanned_by(
                other,
                format_args!("`{name}` expects an integer, like {example}"),
            );
            return Ok(None);
        }
        None => return Ok(None),
    };
    if let Some(value) = parse_u32(&lit) {
        return Ok(Some(Number {
            value,
            key_span,
            value_span: lit.span(),
        }));
    }
    let problem = if lit.base10_digits().starts_with('-') {
        "cannot be negative"
    } else {
        "must fit in a `u32`"
    };
    cx.error_spanned_by(&lit, format_args!("`{name}` {problem}, like {example}"));
    Ok(None)
}

fn parse_u32(lit: &LitInt) -> Option<u32> {
    match lit.suffix() {
        "" | "u8" | "u16" | "u32" | "u64" | "u128" | "usize" | "i8" | "i16" | "i32" | "i64"
        | "i128" | "isize" => lit.base10_parse::<u32>().ok(),
        _ => None,
    }
}

/// `key = "name"` or `key(serialize = "a", deserialize = "b")`, as serde spells renames.
fn parse_ser_de(meta: &ParseNestedMeta<'_>) -> syn::Result<(Option<String>, Option<String>)> {
    if meta.input.peek(Token![=]) {
        let name: LitStr = meta.value()?.parse()?;
        return Ok((Some(name.value()), Some(name.value())));
    }
    let (mut ser, mut de) = (None, None);
    meta.parse_nested_meta(|inner| {
        if inner.path.is_ident("serialize") {
            ser = Some(inner.value()?.parse::<LitStr>()?.value());
        } else if inner.path.is_ident("deserialize") {
            de = Some(inner.value()?.parse::<LitStr>()?.value());
        } else {
            skip_value(&inner)?;
        }
        Ok(())
    })?;
    Ok((ser, de))
}

/// Skips whatever follows a key up to the next comma: `= value` or `(...)`.
fn skip_value(meta: &ParseNestedMeta<'_>) -> syn::Result<()> {
    while !meta.input.is_empty() && !meta.input.peek(Token![,]) {
        meta.input.parse::<TokenTree>()?;
    }
    Ok(())
}
