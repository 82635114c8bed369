//! Parses `#[paginate(...)]` against the key table, and the serde attributes that decide
//! wire names. Parsing never stops at the first mistake: each one is recorded in the
//! [`Ctxt`] and parsing goes on, so one compile reports them all. A key's value is
//! checked here on its own; checks that need several attributes are in `check`.

use crate::case::RenameRule;
use crate::ctxt::Ctxt;
use crate::keys::{Key, Level, Range, Side, Value as Takes};
use crate::messages::{self, Message, code_list};
use core::fmt;
use proc_macro2::{Span, TokenTree};
use syn::meta::ParseNestedMeta;
use syn::parse::ParseStream;
use syn::spanned::Spanned;
use syn::{Attribute, LitInt, LitStr, Token};

/// A parsed integer, with the span of its value, for errors.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Number {
    /// Within the key's [`Range`]: a page size or page base fits in a `u32`.
    pub(crate) value: u64,
    pub(crate) value_span: Span,
}

impl Number {
    /// The value of a key whose range is within a `u32`.
    pub(crate) fn narrow(self) -> u32 {
        u32::try_from(self.value).unwrap_or(u32::MAX)
    }
}

/// A key's value, of the kind the table says it takes.
pub(crate) enum Value {
    Str(LitStr),
    Fields(FieldPath),
    Int(Number),
    Path(syn::Path),
    Type(Box<syn::Type>),
    Marker,
}

/// An unquoted role value on the struct: the Rust field names, joined by dots, that reach
/// the role's value (`meta.total`); one name is the struct's own field. Each name keeps
/// the span the user wrote it with, so a wrong one is reported where it is written.
#[derive(Clone)]
pub(crate) struct FieldPath {
    /// Never empty: the parser builds a path from one name or more.
    pub(crate) segments: Vec<syn::Ident>,
}

impl FieldPath {
    /// The first name: a field of the struct itself.
    pub(crate) fn first(&self) -> &syn::Ident {
        &self.segments[0]
    }

    /// The last name: the field that holds the value.
    pub(crate) fn last(&self) -> &syn::Ident {
        &self.segments[self.segments.len() - 1]
    }
}

impl fmt::Display for FieldPath {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for (index, segment) in self.segments.iter().enumerate() {
            if index > 0 {
                f.write_str(".")?;
            }
            write!(f, "{segment}")?;
        }
        Ok(())
    }
}

impl quote::ToTokens for FieldPath {
    fn to_tokens(&self, tokens: &mut proc_macro2::TokenStream) {
        for (index, segment) in self.segments.iter().enumerate() {
            if index > 0 {
                <Token![.]>::default().to_tokens(tokens);
            }
            segment.to_tokens(tokens);
        }
    }
}

/// One accepted key, with the span of its name.
pub(crate) struct Entry {
    pub(crate) key: Key,
    pub(crate) span: Span,
    pub(crate) value: Value,
}

/// The `#[paginate(...)]` keys of a struct or of one field.
#[derive(Default)]
pub(crate) struct Attrs {
    entries: Vec<Entry>,
    /// Every key written, accepted or not (a misspelt key counts as the key it is closest
    /// to), so that a rejected key is not reported missing as well.
    written: Vec<Key>,
}

impl Attrs {
    pub(crate) fn entries(&self) -> &[Entry] {
        &self.entries
    }

    pub(crate) fn get(&self, key: Key) -> Option<&Entry> {
        self.entries.iter().find(|entry| entry.key == key)
    }

    pub(crate) fn str(&self, key: Key) -> Option<&LitStr> {
        match self.get(key)?.value {
            Value::Str(ref lit) => Some(lit),
            _ => None,
        }
    }

    pub(crate) fn fields(&self, key: Key) -> Option<&FieldPath> {
        match self.get(key)?.value {
            Value::Fields(ref path) => Some(path),
            _ => None,
        }
    }

    pub(crate) fn ty(&self, key: Key) -> Option<&syn::Type> {
        match self.get(key)?.value {
            Value::Type(ref ty) => Some(ty),
            _ => None,
        }
    }

    pub(crate) fn number(&self, key: Key) -> Option<Number> {
        match self.get(key)?.value {
            Value::Int(number) => Some(number),
            _ => None,
        }
    }

    pub(crate) fn path(&self, key: Key) -> Option<&syn::Path> {
        match self.get(key)?.value {
            Value::Path(ref path) => Some(path),
            _ => None,
        }
    }

    /// The span of marker `key`, when the field has it.
    pub(crate) fn marker(&self, key: Key) -> Option<Span> {
        self.get(key)
            .filter(|entry| matches!(entry.value, Value::Marker))
            .map(|entry| entry.span)
    }

    pub(crate) fn written(&self, key: Key) -> bool {
        self.written.contains(&key)
    }

    /// Every key written, accepted or not, in the order written.
    pub(crate) fn written_keys(&self) -> &[Key] {
        &self.written
    }
}

/// A serde setting that may differ between serializing and deserializing.
#[derive(Clone, Debug, Default)]
pub(crate) struct SerDe<T> {
    pub(crate) ser: T,
    pub(crate) de: T,
}

impl<T> SerDe<T> {
    /// The setting a struct of `side` goes by: a request is serialized, a response
    /// deserialized.
    pub(crate) fn on(&self, side: Side) -> &T {
        match side {
            Side::Response => &self.de,
            Side::Request | Side::Both => &self.ser,
        }
    }
}

/// The struct-level attributes.
pub(crate) struct Container {
    pub(crate) paginate: Attrs,
    /// `#[serde(rename_all = "...")]`: the rule and its spelling, when serde knows it.
    pub(crate) rename_all: SerDe<Option<(RenameRule, String)>>,
}

/// The attributes of one field.
pub(crate) struct FieldAttrs {
    pub(crate) paginate: Attrs,
    /// `#[serde(rename = "...")]`.
    pub(crate) rename: SerDe<Option<String>>,
    /// `#[serde(alias = "...")]`: names serde also reads the field by.
    pub(crate) aliases: Vec<String>,
}

/// Parses the struct-level `#[paginate(...)]` and `#[serde(rename_all)]`.
pub(crate) fn parse_container(cx: &mut Ctxt, attrs: &[Attribute]) -> Container {
    let mut rename_all: SerDe<Option<(RenameRule, String)>> = SerDe::default();
    serde_keys(attrs, |name, meta| {
        if name != "rename_all" {
            return skip_value(meta);
        }
        let names = parse_ser_de(meta)?;
        let rule = |name: Option<String>| Some((RenameRule::from_name(name.as_deref()?)?, name?));
        rename_all.ser = rule(names.ser).or(rename_all.ser.take());
        rename_all.de = rule(names.de).or(rename_all.de.take());
        Ok(())
    });
    Container {
        paginate: parse_paginate(cx, attrs, Level::Struct),
        rename_all,
    }
}

/// Parses one field's `#[paginate(...)]`, `#[serde(rename)]` and `#[serde(alias)]`.
pub(crate) fn parse_field(cx: &mut Ctxt, attrs: &[Attribute]) -> FieldAttrs {
    let mut rename: SerDe<Option<String>> = SerDe::default();
    let mut aliases = Vec::new();
    serde_keys(attrs, |name, meta| match name {
        "rename" => {
            let names = parse_ser_de(meta)?;
            rename.ser = names.ser.or(rename.ser.take());
            rename.de = names.de.or(rename.de.take());
            Ok(())
        }
        "alias" => {
            aliases.push(meta.value()?.parse::<LitStr>()?.value());
            Ok(())
        }
        _ => skip_value(meta),
    });
    FieldAttrs {
        paginate: parse_paginate(cx, attrs, Level::Field),
        rename,
        aliases,
    }
}

/// Calls `visit` with each key of every `#[serde(...)]`. serde reports its own mistakes,
/// so a malformed serde attribute is skipped here, not reported twice.
fn serde_keys(
    attrs: &[Attribute],
    mut visit: impl FnMut(&str, &ParseNestedMeta<'_>) -> syn::Result<()>,
) {
    for attr in attrs.iter().filter(|attr| attr.path().is_ident("serde")) {
        let _ = attr.parse_nested_meta(|meta| visit(&key_name(&meta.path), &meta));
    }
}

fn parse_paginate(cx: &mut Ctxt, attrs: &[Attribute], level: Level) -> Attrs {
    let mut parsed = Attrs::default();
    for attr in attrs.iter().filter(|attr| attr.path().is_ident("paginate")) {
        if let Err(error) = attr.parse_nested_meta(|meta| parse_key(cx, &mut parsed, &meta, level))
        {
            cx.syn_error(error);
        }
    }
    parsed
}

fn parse_key(
    cx: &mut Ctxt,
    attrs: &mut Attrs,
    meta: &ParseNestedMeta<'_>,
    level: Level,
) -> syn::Result<()> {
    let name = key_name(&meta.path);
    let span = path_span(&meta.path);
    let Some(key) = Key::from_name(&name) else {
        let closest = closest_key(&name, level);
        attrs.written.extend(closest);
        cx.error_at(span, unknown_key_message(&name, closest, level));
        return skip_value(meta);
    };
    attrs.written.push(key);
    let Some(takes) = key.spec().value_at(level) else {
        cx.error_at(span, misplaced_key_message(key, level));
        return skip_value(meta);
    };
    let Some(value) = parse_value(cx, meta, key, takes, level)? else {
        return Ok(());
    };
    if attrs.get(key).is_some() {
        let message = if takes == Takes::Marker {
            messages::duplicate_marker(name)
        } else {
            messages::duplicate_key(name)
        };
        cx.error_at(span, message);
    } else {
        attrs.entries.push(Entry { key, span, value });
    }
    Ok(())
}

fn key_name(path: &syn::Path) -> String {
    // A key is one identifier, whose name is cheaper to read than a path's tokens.
    match path.get_ident() {
        Some(ident) => ident.to_string(),
        None => quote::ToTokens::to_token_stream(path)
            .to_string()
            .replace(' ', ""),
    }
}

/// The span of a key's path: for one identifier, its own, which is what syn's `span()`
/// joins the tokens into, at a fraction of the cost.
fn path_span(path: &syn::Path) -> Span {
    path.get_ident()
        .map_or_else(|| path.span(), syn::Ident::span)
}

/// The known key at `level` closest to a misspelt `name`, if one is close.
fn closest_key(name: &str, level: Level) -> Option<Key> {
    closest(name, Key::at(level), |key| key.name())
}

/// The candidate whose name is closest to a misspelt `name`, if one is close enough to
/// suggest.
pub(crate) fn closest<T>(
    name: &str,
    candidates: impl IntoIterator<Item = T>,
    name_of: impl Fn(&T) -> &str,
) -> Option<T> {
    candidates
        .into_iter()
        .map(|candidate| (strsim::jaro_winkler(name, name_of(&candidate)), candidate))
        .filter(|(score, _)| *score > 0.8)
        .max_by(|a, b| a.0.total_cmp(&b.0))
        .map(|(_, candidate)| candidate)
}

fn unknown_key_message(name: &str, closest: Option<Key>, level: Level) -> Message {
    let names: Vec<&str> = Key::at(level).map(Key::name).collect();
    let list = code_list(&names);
    match (level, closest) {
        (Level::Struct, Some(key)) => messages::unknown_key_suggestion(name, key.name()),
        (Level::Struct, None) => messages::unknown_key_list(name, list),
        (Level::Field, Some(key)) => messages::unknown_marker_suggestion(name, key.name()),
        (Level::Field, None) => messages::unknown_marker_list(name, list),
    }
}

fn misplaced_key_message(key: Key, level: Level) -> Message {
    let name = key.name();
    match level {
        Level::Field => messages::struct_key_on_field(name),
        Level::Struct => messages::field_key_on_struct(name, key.about(), key.usage(Level::Field)),
    }
}

/// The value after key `key`, checked on its own, or `None` with the error recorded.
fn parse_value(
    cx: &mut Ctxt,
    meta: &ParseNestedMeta<'_>,
    key: Key,
    takes: Takes,
    level: Level,
) -> syn::Result<Option<Value>> {
    let name = key.name();
    let usage = key.usage(level);
    let has_value = meta.input.peek(Token![=]) || meta.input.peek(syn::token::Paren);
    Ok(match takes {
        Takes::Marker if has_value => {
            cx.error_at(meta.path.span(), messages::marker_with_value(name));
            skip_value(meta)?;
            None
        }
        Takes::Marker => Some(Value::Marker),
        Takes::Role if !meta.input.peek(Token![=]) => {
            cx.error_at(meta.path.span(), messages::role_without_value(name, &usage));
            skip_value(meta)?;
            None
        }
        Takes::Role if meta.input.peek2(syn::Ident) => {
            parse_field_path(cx, meta.value()?, || messages::role_not_a_path(name))?
                .map(Value::Fields)
        }
        Takes::ItemPath => parse_item_path(cx, meta, name, &usage)?.map(Value::Fields),
        Takes::WireName | Takes::Role => parse_wire_name(cx, meta, name, &usage)?.map(Value::Str),
        Takes::HeaderName => parse_header_name(cx, meta, name, &usage)?.map(Value::Str),
        Takes::Type => parse_type(cx, meta, name, &usage)?.map(|ty| Value::Type(Box::new(ty))),
        Takes::Integer(range) => parse_number(cx, meta, key, &usage, range)?.map(Value::Int),
        Takes::Path => parse_path(cx, meta, key, &usage)?.map(Value::Path),
    })
}

fn parse_wire_name(
    cx: &mut Ctxt,
    meta: &ParseNestedMeta<'_>,
    name: &str,
    usage: &str,
) -> syn::Result<Option<LitStr>> {
    let lit = parse_str(cx, meta, name, usage)?;
    Ok(lit.filter(|lit| {
        let empty = lit.value().is_empty();
        if empty {
            cx.error_spanned_by(lit, messages::needs_wire_name(name, usage));
        }
        !empty
    }))
}

/// An HTTP header name in quotes: a non-empty token (RFC 9110), so that the runtime can
/// look it up.
fn parse_header_name(
    cx: &mut Ctxt,
    meta: &ParseNestedMeta<'_>,
    name: &str,
    usage: &str,
) -> syn::Result<Option<LitStr>> {
    let Some(lit) = parse_str(cx, meta, name, usage)? else {
        return Ok(None);
    };
    let value = lit.value();
    let problem = match value.chars().find(|&ch| !is_token_char(ch)) {
        _ if value.is_empty() => messages::needs_header_name(name, usage),
        Some(ch) => messages::not_a_header_name(name, &value, ch, usage),
        None => return Ok(Some(lit)),
    };
    cx.error_spanned_by(&lit, problem);
    Ok(None)
}

/// A character of an RFC 9110 token, which a header name is.
fn is_token_char(ch: char) -> bool {
    ch.is_ascii_alphanumeric() || "!#$%&'*+-.^_`|~".contains(ch)
}

/// `a.b` after `key =`: the Rust field names, in one item, that reach its cursor. The
/// derive cannot see the item's type, so a wire name would find nothing to bind.
fn parse_item_path(
    cx: &mut Ctxt,
    meta: &ParseNestedMeta<'_>,
    name: &str,
    usage: &str,
) -> syn::Result<Option<FieldPath>> {
    let expected = || messages::item_path_expected(name, usage);
    if meta.input.peek(Token![=]) && meta.input.peek2(syn::Ident) {
        return parse_field_path(cx, meta.value()?, expected);
    }
    let Some(lit) = parse_lit(cx, meta, name, usage, expected)? else {
        return Ok(None);
    };
    let message = match &lit {
        syn::Lit::Str(text) => messages::item_field_quoted(name, text.value()),
        _ => expected(),
    };
    cx.error_spanned_by(lit, message);
    Ok(None)
}

/// `a.b.c` after `key =`: Rust field names joined by dots; `expected` says what the key
/// takes, for the error on anything else.
fn parse_field_path(
    cx: &mut Ctxt,
    input: ParseStream<'_>,
    expected: impl FnOnce() -> Message,
) -> syn::Result<Option<FieldPath>> {
    let mut segments = vec![input.parse::<syn::Ident>()?];
    let mut rest = proc_macro2::TokenStream::new();
    while input.peek(Token![.]) && input.peek2(syn::Ident) {
        input.parse::<Token![.]>()?;
        segments.push(input.parse()?);
    }
    while !input.is_empty() && !input.peek(Token![,]) {
        rest.extend([input.parse::<TokenTree>()?]);
    }
    let path = FieldPath { segments };
    if rest.is_empty() {
        return Ok(Some(path));
    }
    cx.error_spanned_by(quote::quote!(#path #rest), expected());
    Ok(None)
}

/// A type after `key =`.
fn parse_type(
    cx: &mut Ctxt,
    meta: &ParseNestedMeta<'_>,
    name: &str,
    usage: &str,
) -> syn::Result<Option<syn::Type>> {
    if meta.input.peek(Token![=]) && meta.input.peek2(LitStr) {
        let lit = meta.value()?.parse::<LitStr>()?;
        cx.error_spanned_by(&lit, messages::type_not_string(name, lit.value()));
        return Ok(None);
    }
    if !meta.input.peek(Token![=]) {
        cx.error_at(meta.path.span(), messages::needs_type(name, usage));
        return skip_value(meta).map(|()| None);
    }
    let input = meta.value()?;
    if input.fork().parse::<syn::Type>().is_ok() {
        return input.parse().map(Some);
    }
    let mut tokens = proc_macro2::TokenStream::new();
    while !input.is_empty() && !input.peek(Token![,]) {
        tokens.extend([input.parse::<TokenTree>()?]);
    }
    cx.error_spanned_by(tokens, messages::expects_type(name, usage));
    Ok(None)
}

fn parse_path(
    cx: &mut Ctxt,
    meta: &ParseNestedMeta<'_>,
    key: Key,
    usage: &str,
) -> syn::Result<Option<syn::Path>> {
    let name = key.name();
    let Some(lit) = parse_str(cx, meta, name, usage)? else {
        return Ok(None);
    };
    let path = lit.parse::<syn::Path>().ok();
    if path.is_none() {
        let message = messages::not_a_path(name, key.about(), usage, lit.value());
        cx.error_spanned_by(&lit, message);
    }
    Ok(path)
}

/// The literal after `name =`, or `None` (with the error recorded) when there is none.
/// `usage` shows the key with a value; `expected` says what the key takes, for anything
/// but a literal.
fn parse_lit(
    cx: &mut Ctxt,
    meta: &ParseNestedMeta<'_>,
    name: &str,
    usage: &str,
    expected: impl FnOnce() -> Message,
) -> syn::Result<Option<syn::Lit>> {
    if !meta.input.peek(Token![=]) {
        cx.error_at(meta.path.span(), messages::needs_value(name, usage));
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
    cx.error_spanned_by(tokens, expected());
    Ok(None)
}

fn parse_str(
    cx: &mut Ctxt,
    meta: &ParseNestedMeta<'_>,
    name: &str,
    usage: &str,
) -> syn::Result<Option<LitStr>> {
    Ok(
        match parse_lit(cx, meta, name, usage, || {
            messages::expects_string(name, usage)
        })? {
            Some(syn::Lit::Str(lit)) => Some(lit),
            Some(other) => {
                cx.error_spanned_by(other, messages::expects_string(name, usage));
                None
            }
            None => None,
        },
    )
}

fn parse_number(
    cx: &mut Ctxt,
    meta: &ParseNestedMeta<'_>,
    key: Key,
    usage: &str,
    range: Range,
) -> syn::Result<Option<Number>> {
    let name = key.name();
    let lit = match parse_lit(cx, meta, name, usage, || {
        messages::expects_integer_literal(name, usage)
    })? {
        Some(syn::Lit::Int(lit)) => lit,
        Some(syn::Lit::Str(lit)) if lit.value().trim().parse::<u64>().is_ok() => {
            let message = messages::integer_not_string(name, lit.value().trim());
            cx.error_spanned_by(&lit, message);
            return Ok(None);
        }
        Some(other) => {
            cx.error_spanned_by(other, messages::expects_integer(name, usage));
            return Ok(None);
        }
        None => return Ok(None),
    };
    let value =
        parse_u64(&lit).filter(|&value| range == Range::Any || u32::try_from(value).is_ok());
    let out_of_range = match (value, range) {
        (None, _) if lit.base10_digits().starts_with('-') => messages::negative(name, usage),
        (None, Range::Any) => messages::too_large(name, "u64", usage),
        (None, Range::PageSize | Range::ZeroOrOne) => messages::too_large(name, "u32", usage),
        (Some(0), Range::PageSize) => messages::zero_page_size(name),
        (Some(2..), Range::ZeroOrOne) => messages::not_zero_or_one(name, key.about()),
        (Some(value), _) => {
            return Ok(Some(Number {
                value,
                value_span: lit.span(),
            }));
        }
    };
    cx.error_spanned_by(&lit, out_of_range);
    Ok(None)
}

fn parse_u64(lit: &LitInt) -> Option<u64> {
    match lit.suffix() {
        "" | "u8" | "u16" | "u32" | "u64" | "u128" | "usize" | "i8" | "i16" | "i32" | "i64"
        | "i128" | "isize" => lit.base10_parse::<u64>().ok(),
        _ => None,
    }
}

/// `key = "name"` or `key(serialize = "a", deserialize = "b")`, as serde spells renames.
fn parse_ser_de(meta: &ParseNestedMeta<'_>) -> syn::Result<SerDe<Option<String>>> {
    if meta.input.peek(Token![=]) {
        let name = meta.value()?.parse::<LitStr>()?.value();
        return Ok(SerDe {
            ser: Some(name.clone()),
            de: Some(name),
        });
    }
    let mut names = SerDe::default();
    meta.parse_nested_meta(|inner| {
        if inner.path.is_ident("serialize") {
            names.ser = Some(inner.value()?.parse::<LitStr>()?.value());
        } else if inner.path.is_ident("deserialize") {
            names.de = Some(inner.value()?.parse::<LitStr>()?.value());
        } else {
            skip_value(&inner)?;
        }
        Ok(())
    })?;
    Ok(names)
}

/// Skips whatever follows a key up to the next comma: `= value` or `(...)`.
fn skip_value(meta: &ParseNestedMeta<'_>) -> syn::Result<()> {
    while !meta.input.is_empty() && !meta.input.peek(Token![,]) {
        meta.input.parse::<TokenTree>()?;
    }
    Ok(())
}
