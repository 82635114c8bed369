//! What goes wrong with a document.

use std::fmt;

/// A document the generator cannot turn into an SDK: what is wrong, where in the document
/// (a dotted JSON path such as `paths./v1/customers.get.x-speakeasy-pagination.outputs`),
/// and in which operation.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Error {
    operation: Option<String>,
    path: String,
    message: String,
}

impl Error {
    pub(crate) fn new(operation: Option<&str>, path: &str, message: impl Into<String>) -> Self {
        Error {
            operation: operation.map(str::to_owned),
            path: path.to_owned(),
            message: message.into(),
        }
    }

    /// The operation, as `GET /v1/customers`; none for a problem outside the operations.
    pub fn operation(&self) -> Option<&str> {
        self.operation.as_deref()
    }

    /// Where in the document, as a dotted JSON path; empty for the document itself.
    pub fn path(&self) -> &str {
        &self.path
    }

    /// What is wrong there.
    pub fn message(&self) -> &str {
        &self.message
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if let Some(operation) = &self.operation {
            write!(f, "{operation}: ")?;
        }
        if self.path.is_empty() {
            f.write_str(&self.message)
        } else {
            write!(f, "at `{}`: {}", self.path, self.message)
        }
    }
}

impl std::error::Error for Error {}
