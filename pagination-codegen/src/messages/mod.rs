//! Every message the derive can give, each a template with named placeholders, in one
//! place: `attr` (a key and its value), `model` (building the model: fields, roles,
//! headers) and `check` (the checks between attributes).
//!
//! A [`Message`] can only be made here, and [`Ctxt`](crate::ctxt::Ctxt) takes nothing
//! else, so a message written anywhere else does not compile; clippy's
//! `disallowed_methods` (in this crate's `clippy.toml`) keeps `syn::Error::new` out of
//! the other modules. A [`Part`] is a phrase that fills one placeholder of some messages,
//! where a message says one thing several ways (a tuple struct, a union). The test in
//! `tests/messages.rs` reads the templates and finds each one, word for word, in a
//! compile-fail case of `tests/ui/`, so a new or changed message needs a case.
//!
//! Placeholders stand for names (keys, fields, structs, types, wire names, values), for
//! lists of them, and for what the key table says of a key (`about`, `instead`).

use core::fmt;
use proc_macro2::Span;

/// The text of one error, made from a template of this module.
#[derive(Debug)]
pub(crate) struct Message(String);

/// A phrase for one placeholder of a message, made from a template of this module.
#[derive(Debug)]
pub(crate) struct Part(String);

impl Message {
    /// The error, spanning `tokens`.
    #[expect(clippy::disallowed_methods, reason = "every error is built here")]
    pub(crate) fn spanned_by(self, tokens: impl quote::ToTokens) -> syn::Error {
        syn::Error::new_spanned(tokens, self.0)
    }

    /// The error, at `span`.
    #[expect(clippy::disallowed_methods, reason = "every error is built here")]
    pub(crate) fn at(self, span: Span) -> syn::Error {
        syn::Error::new(span, self.0)
    }
}

impl fmt::Display for Message {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl fmt::Display for Part {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// `` `a`, `b`, `c` ``.
pub(crate) fn code_list(names: &[&str]) -> String {
    names
        .iter()
        .map(|name| format!("`{name}`"))
        .collect::<Vec<_>>()
        .join(", ")
}

/// `` `a`, `b` and `c` ``, with `and` or `or` before the last name.
pub(crate) fn code_words(names: &[&str], conjunction: &str) -> String {
    match names {
        [] => String::new(),
        [name] => format!("`{name}`"),
        [rest @ .., last] => format!("{} {conjunction} `{last}`", code_list(rest)),
    }
}

/// One template, for the test that finds each in a compile-fail case.
#[cfg(test)]
pub(crate) struct Template {
    pub(crate) name: &'static str,
    pub(crate) kind: Kind,
    /// For a part, the placeholder it fills.
    pub(crate) slot: Option<&'static str>,
    pub(crate) text: &'static str,
}

#[cfg(test)]
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Kind {
    /// A whole message.
    Message,
    /// A phrase that fills a placeholder of a message.
    Part,
    /// A message of syn's, which a mistake in `#[paginate(...)]` gets from
    /// `parse_nested_meta`: not ours to word, but held by a case all the same.
    Syn,
    /// A message no input reaches: a guard that turns a bug into an error, not a panic.
    Unreachable,
}

/// Every template.
#[cfg(test)]
pub(crate) fn templates() -> impl Iterator<Item = &'static Template> {
    [attr::TEMPLATES, model::TEMPLATES, check::TEMPLATES]
        .into_iter()
        .flatten()
}

/// `kind name(arg, arg: Type) in slot = "template";`, each with its doc comment, becomes
/// a function that fills the template (an argument is `impl Display` unless typed) and a
/// row of the module's table of templates, `$table`. `kind` is `message`, `part` (with
/// `in slot`), `unreachable`, or `syn` (a row only: syn words it).
macro_rules! messages {
    (
        table $table:ident;
        $(
            $(#[$meta:meta])*
            $kind:ident $name:ident($($arg:ident $(: $ty:ty)?),* $(,)?) $(in $slot:ident)?
                = $text:literal;
        )*
    ) => {
        $(
            messages!(@fn $kind $(#[$meta])* $name($($arg: messages!(@ty $($ty)?)),*) = $text);
        )*

        #[cfg(test)]
        pub(super) const $table: &[super::Template] = &[$(
            super::Template {
                name: stringify!($name),
                kind: messages!(@kind $kind),
                slot: messages!(@slot $($slot)?),
                text: $text,
            },
        )*];
    };
    (@fn message $(#[$meta:meta])* $name:ident($($arg:ident: $ty:ty),*) = $text:literal) => {
        $(#[$meta])*
        #[allow(clippy::too_many_arguments, reason = "one argument a placeholder")]
        pub(crate) fn $name($($arg: $ty),*) -> super::Message {
            super::Message(::std::fmt::format(format_args!($text)))
        }
    };
    (@fn unreachable $($rest:tt)*) => {
        messages!(@fn message $($rest)*);
    };
    (@fn part $(#[$meta:meta])* $name:ident($($arg:ident: $ty:ty),*) = $text:literal) => {
        $(#[$meta])*
        pub(crate) fn $name($($arg: $ty),*) -> super::Part {
            super::Part(::std::fmt::format(format_args!($text)))
        }
    };
    (@fn syn $($rest:tt)*) => {};
    (@ty) => { impl ::core::fmt::Display };
    (@ty $ty:ty) => { $ty };
    (@kind message) => { super::Kind::Message };
    (@kind part) => { super::Kind::Part };
    (@kind syn) => { super::Kind::Syn };
    (@kind unreachable) => { super::Kind::Unreachable };
    (@slot) => { None };
    (@slot $slot:ident) => { Some(stringify!($slot)) };
}

mod attr;
mod check;
mod model;

pub(crate) use attr::*;
pub(crate) use check::*;
pub(crate) use model::*;
