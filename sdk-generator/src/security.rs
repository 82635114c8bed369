//! Security schemes: the one an operation requires, the `Credentials` field of each, and
//! the call that sends it.

use std::collections::BTreeMap;
use std::fmt::Write as _;

use crate::Error;
use crate::document::{Cx, Node, join};
use crate::emit::doc;
use crate::model::Operation;
use crate::names::{literal, snake};
use crate::types::StructDef;

/// The security scheme of the operation: its own `security`, else the document's.
pub(crate) fn requirement(cx: Cx<'_>, node: &Node<'_>) -> Result<Option<String>, Error> {
    let root = Node::root(cx.root);
    let Some(list) = cx
        .member(node, "security")
        .or_else(|| cx.member(&root, "security"))
    else {
        return Ok(None);
    };
    let Some(first) = list.value.as_array().and_then(|list| list.first()) else {
        return Ok(None);
    };
    let names = first
        .as_object()
        .map(|map| map.keys().collect::<Vec<_>>())
        .unwrap_or_default();
    match names.as_slice() {
        [] => Ok(None),
        [name] => Ok(Some((*name).clone())),
        _ => Err(cx.error(
            &format!("{}[0]", list.path),
            "a requirement of more than one scheme is not supported",
        )),
    }
}

/// How a security scheme sends its credentials.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Auth {
    /// `apiKey` in a header: the key as the header's value.
    Header(String),
    /// `http` `bearer`.
    Bearer,
    /// `http` `basic`: a user and a password.
    Basic,
}

/// A security scheme an operation uses.
#[derive(Debug, Clone)]
pub(crate) struct Scheme {
    field: String,
    auth: Auth,
    doc: String,
}

/// The schemes the operations use, by name.
pub(crate) fn schemes(
    cx: Cx<'_>,
    ops: &[(Operation<'_>, Vec<StructDef>)],
) -> Result<BTreeMap<String, Scheme>, Error> {
    let mut schemes = BTreeMap::new();
    for (op, _) in ops {
        let Some(name) = &op.security else { continue };
        if schemes.contains_key(name) {
            continue;
        }
        let cx = Cx {
            root: cx.root,
            operation: Some(&op.label),
        };
        let path = join("components.securitySchemes", name);
        let node = cx
            .root
            .pointer(&format!("/components/securitySchemes/{name}"))
            .ok_or_else(|| {
                cx.error(
                    &path,
                    format!(
                        "the operation's security names the scheme `{name}`, which is not defined"
                    ),
                )
            })?;
        let node = Node { value: node, path };
        let kind = cx.required(&node, "type")?;
        let auth =
            match cx.string(&kind)? {
                "apiKey" if node.value.get("in").and_then(|i| i.as_str()) == Some("header") => {
                    Auth::Header(cx.string(&cx.required(&node, "name")?)?.to_owned())
                }
                "http" => match cx
                    .string(&cx.required(&node, "scheme")?)?
                    .to_ascii_lowercase()
                    .as_str()
                {
                    "bearer" => Auth::Bearer,
                    "basic" => Auth::Basic,
                    other => return Err(cx.error(
                        &join(&node.path, "scheme"),
                        format!(
                            "the HTTP scheme `{other}` is not supported: expected bearer or basic"
                        ),
                    )),
                },
                _ => {
                    return Err(cx.error(
                        &kind.path,
                        "only `apiKey` in a header and `http` bearer or basic are supported",
                    ));
                }
            };
        let doc = crate::model::description(&node)
            .unwrap_or_else(|| format!("The credentials of the `{name}` scheme."));
        schemes.insert(
            name.clone(),
            Scheme {
                field: snake(name),
                auth,
                doc,
            },
        );
    }
    Ok(schemes)
}

pub(crate) fn credentials(schemes: &BTreeMap<String, Scheme>) -> String {
    let mut out = String::from(
        "/// The credentials of the API's security schemes.\n#[derive(Debug, Clone, Default)]\npub struct Credentials {\n",
    );
    for scheme in schemes.values() {
        let (ty, how) = match &scheme.auth {
            Auth::Header(header) => ("String", format!("Sent as the `{header}` header.")),
            Auth::Bearer => (
                "String",
                "Sent as `Authorization: Bearer <token>`.".to_owned(),
            ),
            Auth::Basic => (
                "(String, String)",
                "A user and a password, sent as HTTP Basic.".to_owned(),
            ),
        };
        write!(
            out,
            "{}\n///\n/// {how}\npub {}: {ty},\n",
            doc(&scheme.doc),
            scheme.field
        )
        .ok();
    }
    out.push_str("}\n");
    out
}

/// The call that adds a scheme's credentials to a request.
pub(crate) fn auth(scheme: &Scheme) -> String {
    let field = &scheme.field;
    match &scheme.auth {
        Auth::Header(header) => format!(".header({}, &self.credentials.{field})", literal(header)),
        Auth::Bearer => format!(".bearer_auth(&self.credentials.{field})"),
        Auth::Basic => {
            format!(".basic_auth(&self.credentials.{field}.0, Some(&self.credentials.{field}.1))")
        }
    }
}
