//! Every error of one expansion, as [`expand`](crate::expand) returns them.

use proc_macro2::TokenStream;
use std::fmt;

/// Every mistake found in one input, each a [`syn::Error`] with its span (the key, field
/// or type the mistake is in) and its message. Never empty.
///
/// The checks go on after the first mistake, so all of them are here at once, in the
/// order the derive reports them. [`to_compile_error`](Self::to_compile_error) turns them
/// into the `compile_error!` invocations the derive emits; a code generator may print
/// them instead, with [`Display`](fmt::Display) or one by one. Outside a proc-macro, a
/// span knows its line and column when `proc-macro2`'s `span-locations` feature is on
/// (and the input was parsed from source text).
///
/// ```
/// let input: syn::DeriveInput = syn::parse_quote! {
///     #[paginate(size = "limit", default = 500, max = 100, frist = 1)]
///     struct ListUsers {
///         page: Option<u32>,
///         limit: Option<u32>,
///     }
/// };
/// let errors = pagination_codegen::expand(&input).unwrap_err();
/// let messages: Vec<String> = errors.iter().map(ToString::to_string).collect();
/// assert_eq!(messages[0], "unknown paginate key `frist`; did you mean `first`?");
/// assert_eq!(messages.len(), 2, "{messages:?}");
/// assert!(messages[1].contains("500"), "{}", messages[1]);
/// assert!(errors.to_compile_error().to_string().contains("compile_error"));
/// ```
#[derive(Debug, Clone)]
pub struct Errors {
    errors: Vec<syn::Error>,
}

impl Errors {
    /// `errors`, one message each (a combined [`syn::Error`] is split into its parts), or
    /// `None` when there are none.
    pub(crate) fn new(errors: Vec<syn::Error>) -> Option<Self> {
        let errors: Vec<syn::Error> = errors.into_iter().flatten().collect();
        (!errors.is_empty()).then_some(Errors { errors })
    }

    /// Just `error`.
    pub(crate) fn one(error: syn::Error) -> Self {
        Errors {
            errors: vec![error],
        }
    }

    /// The errors, in the order they were found; each has a
    /// [`span`](syn::Error::span) and displays as its message.
    pub fn iter(&self) -> std::slice::Iter<'_, syn::Error> {
        self.errors.iter()
    }

    /// One `compile_error!` invocation for each error, on its span: what the derive emits.
    pub fn to_compile_error(&self) -> TokenStream {
        self.errors
            .iter()
            .map(syn::Error::to_compile_error)
            .collect()
    }
}

impl<'a> IntoIterator for &'a Errors {
    type Item = &'a syn::Error;
    type IntoIter = std::slice::Iter<'a, syn::Error>;

    fn into_iter(self) -> Self::IntoIter {
        self.iter()
    }
}

impl IntoIterator for Errors {
    type Item = syn::Error;
    type IntoIter = std::vec::IntoIter<syn::Error>;

    fn into_iter(self) -> Self::IntoIter {
        self.errors.into_iter()
    }
}

/// Every error, combined into one [`syn::Error`], as a function-like macro or an attribute
/// macro built on this crate would return it.
impl From<Errors> for syn::Error {
    fn from(errors: Errors) -> Self {
        let mut errors = errors.errors.into_iter();
        let mut first = errors
            .next()
            .unwrap_or_else(|| crate::messages::no_error().at(proc_macro2::Span::call_site()));
        first.extend(errors);
        first
    }
}

/// Each message on its own line.
impl fmt::Display for Errors {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for (index, error) in self.errors.iter().enumerate() {
            if index > 0 {
                f.write_str("\n")?;
            }
            fmt::Display::fmt(error, f)?;
        }
        Ok(())
    }
}

impl std::error::Error for Errors {}
