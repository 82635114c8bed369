//! Collects every error of one derive, so that all of them are reported in one compile.

use crate::error::Errors;
use proc_macro2::Span;
use std::fmt::Display;

/// The errors found so far. Parsing and checking go on after an error, so the user sees
/// every mistake at once, each on its own span.
#[derive(Default)]
pub(crate) struct Ctxt {
    errors: Vec<syn::Error>,
}

impl Ctxt {
    /// Records an error spanning `tokens`.
    pub(crate) fn error_spanned_by<T: quote::ToTokens, M: Display>(
        &mut self,
        tokens: T,
        message: M,
    ) {
        self.errors.push(syn::Error::new_spanned(tokens, message));
    }

    /// Records an error at `span`.
    pub(crate) fn error_at<M: Display>(&mut self, span: Span, message: M) {
        self.errors.push(syn::Error::new(span, message));
    }

    /// Records an error that syn already built.
    pub(crate) fn syn_error(&mut self, error: syn::Error) {
        self.errors.push(error);
    }

    /// Every recorded error, or `None` when there is none.
    pub(crate) fn into_errors(self) -> Option<Errors> {
        Errors::new(self.errors)
    }
}
