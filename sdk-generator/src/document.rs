//! Reading a JSON document with the path of every value at hand, for errors.

use crate::Error;
use serde_json::Value;

/// A value of the document with an owned path.
#[derive(Debug, Clone)]
pub(crate) struct Node<'a> {
    pub(crate) value: &'a Value,
    pub(crate) path: String,
}

/// The document and the operation being read, for errors.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Cx<'a> {
    pub(crate) root: &'a Value,
    pub(crate) operation: Option<&'a str>,
}

impl<'a> Cx<'a> {
    pub(crate) fn error(&self, path: &str, message: impl Into<String>) -> Error {
        Error::new(self.operation, path, message)
    }

    /// The member `key` of the object at `at`, if present.
    #[allow(
        clippy::unused_self,
        reason = "read as one of the document's accessors"
    )]
    pub(crate) fn member(&self, at: &Node<'a>, key: &str) -> Option<Node<'a>> {
        at.value.get(key).map(|value| Node {
            value,
            path: join(&at.path, key),
        })
    }

    /// The member `key` of the object at `at`, which must be there.
    pub(crate) fn required(&self, at: &Node<'a>, key: &str) -> Result<Node<'a>, Error> {
        self.member(at, key)
            .ok_or_else(|| self.error(&join(&at.path, key), "is required but missing"))
    }

    /// The string at `at`.
    pub(crate) fn string(&self, at: &Node<'a>) -> Result<&'a str, Error> {
        at.value
            .as_str()
            .ok_or_else(|| self.error(&at.path, format!("expected a string, found {}", at.value)))
    }

    /// The object at `at`.
    pub(crate) fn object(
        &self,
        at: &Node<'a>,
    ) -> Result<&'a serde_json::Map<String, Value>, Error> {
        at.value
            .as_object()
            .ok_or_else(|| self.error(&at.path, format!("expected an object, found {}", at.value)))
    }

    /// The positive integer at `at`, at most `u32::MAX`.
    pub(crate) fn count(&self, at: &Node<'a>) -> Result<u32, Error> {
        at.value
            .as_u64()
            .and_then(|n| u32::try_from(n).ok())
            .ok_or_else(|| self.error(&at.path, format!("expected an integer, found {}", at.value)))
    }

    /// Follows a local `$ref` (`#/components/schemas/Name`), returning the value it points
    /// at and, for a reference, the name it ends with.
    pub(crate) fn resolve(&self, at: Node<'a>) -> Result<(Node<'a>, Option<&'a str>), Error> {
        let Some(reference) = at.value.get("$ref") else {
            return Ok((at, None));
        };
        let path = join(&at.path, "$ref");
        let reference = reference
            .as_str()
            .ok_or_else(|| self.error(&path, "expected a string"))?;
        let pointer = reference
            .strip_prefix('#')
            .ok_or_else(|| self.error(&path, "only local references (`#/...`) are supported"))?;
        let value = self
            .root
            .pointer(pointer)
            .ok_or_else(|| self.error(&path, format!("`{reference}` names nothing")))?;
        let name = pointer.rsplit('/').next();
        let target = Node {
            value,
            path: pointer.trim_start_matches('/').replace('/', "."),
        };
        if value.get("$ref").is_some() {
            return Err(self.error(&path, "a reference to a reference is not supported"));
        }
        Ok((target, name))
    }
}

impl<'a> Node<'a> {
    pub(crate) fn root(value: &'a Value) -> Self {
        Node {
            value,
            path: String::new(),
        }
    }
}

/// `parent.key`.
pub(crate) fn join(parent: &str, key: &str) -> String {
    if parent.is_empty() {
        key.to_owned()
    } else {
        format!("{parent}.{key}")
    }
}
