//! Collects every error of one derive, so that all of them are reported in one compile.

use crate::error::Errors;
use crate::messages::Message;
use proc_macro2::Span;

/// The errors found so far. Parsing and checking go on after an error, so the user sees
/// every mistake at once, each on its own span.
#[derive(Default)]
pub(crate) struct Ctxt {
    errors: Vec<syn::Error>,
}

impl Ctxt {
    /// Records an error spanning `tokens`.
    pub(crate) fn error_spanned_by(&mut self, tokens: impl quote::ToTokens, message: Message) {
        self.errors.push(message.spanned_by(tokens));
    }

    /// Records an error at `span`.
    pub(crate) fn error_at(&mut self, span: Span, message: Message) {
        self.errors.push(message.at(span));
    }

    /// Records an error that syn already built, parsing `#[paginate(...)]`.
    pub(crate) fn syn_error(&mut self, error: syn::Error) {
        self.errors.push(error);
    }

    /// Every recorded error, or `None` when there is none.
    pub(crate) fn into_errors(self) -> Option<Errors> {
        Errors::new(self.errors)
    }
}
