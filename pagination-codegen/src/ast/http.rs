//! Header fields, and the body beside them: what `FromHttp` reads from where.

use super::Input;
use crate::ctxt::Ctxt;
use crate::keys::{DEFAULT_PARAM, Key, LINK_HEADER, RESPONSE_ROLE, Side};
use crate::messages::{self, Message, code_words};

/// A response built from an HTTP response's headers and its decoded body.
pub(crate) struct Http {
    /// The one field not read from a header, which the decoded body fills.
    pub(crate) body: usize,
    /// The fields read from headers, in declaration order.
    pub(crate) headers: Vec<HeaderRead>,
}

/// A field read from a header.
pub(crate) struct HeaderRead {
    pub(crate) field: usize,
    pub(crate) source: HeaderSource,
}

/// What a header field is read from.
pub(crate) enum HeaderSource {
    /// The value of the header of this name, as written.
    Value(String),
    /// The target of the `Link` header's `rel="next"` link.
    NextLink,
    /// The query parameter of this name in the `Link` header's `rel="last"` link.
    LastPage(String),
}

impl Input<'_> {
    /// The roles field `index` plays itself (not through a path of fields).
    pub(crate) fn direct_roles(&self, index: usize) -> Vec<Key> {
        self.roles
            .iter()
            .filter(|binding| binding.field == index && binding.is_direct())
            .map(|binding| binding.role)
            .collect()
    }

    /// Whether field `index` is read from a header: it has a `header` key, even a rejected
    /// one, and is not the items field (whose `header` is an error of its own).
    pub(crate) fn is_header_field(&self, index: usize) -> bool {
        self.fields[index].attrs.written(Key::Header)
            && !self.direct_roles(index).contains(&Key::Items)
    }

    /// The fields not read from headers: a response with header fields must have one,
    /// which the decoded body fills.
    pub(crate) fn body_fields(&self) -> Vec<usize> {
        (0..self.fields.len())
            .filter(|&index| !self.is_header_field(index))
            .collect()
    }

    /// Whether a field has a `header` key, even a rejected one.
    pub(crate) fn has_header_fields(&self) -> bool {
        self.fields
            .iter()
            .any(|field| field.attrs.written(Key::Header))
    }

    /// The header fields and the body field, when a field is read from a header.
    pub(super) fn resolve_http(&self, cx: &mut Ctxt) -> Option<Http> {
        if !self.has_header_fields() {
            return None;
        }
        let mut headers = Some(Vec::new());
        for index in 0..self.fields.len() {
            if self.fields[index].attrs.written(Key::Header) {
                let read = self.header_read(cx, index);
                headers = headers.zip(read).map(|(mut reads, read)| {
                    reads.push(read);
                    reads
                });
            }
        }
        let body = self.body_field(cx);
        Some(Http {
            body: body?,
            headers: headers?,
        })
    }

    /// What header field `index` is read from; records why when it cannot be read.
    fn header_read(&self, cx: &mut Ctxt, index: usize) -> Option<HeaderRead> {
        let field = &self.fields[index];
        // A header name that was rejected is already reported.
        let lit = field.attrs.str(Key::Header)?;
        let name = lit.value();
        let role = match self.direct_roles(index).as_slice() {
            [Key::Items] => {
                cx.error_spanned_by(lit, messages::items_from_header(&name, &field.name));
                return None;
            }
            &[role] => role,
            roles => {
                cx.error_spanned_by(lit, header_roles_message(&field.name, &name, roles));
                return None;
            }
        };
        let source = match role {
            _ if !name.eq_ignore_ascii_case(LINK_HEADER) => HeaderSource::Value(name),
            Key::Next => HeaderSource::NextLink,
            Key::TotalPages => HeaderSource::LastPage(
                field
                    .attrs
                    .str(Key::Param)
                    .map_or_else(|| DEFAULT_PARAM.to_owned(), syn::LitStr::value),
            ),
            _ => {
                cx.error_spanned_by(lit, link_role_message(role, &name));
                return None;
            }
        };
        Some(HeaderRead {
            field: index,
            source,
        })
    }

    /// The one field not read from a header; records an error when there is none, or more.
    fn body_field(&self, cx: &mut Ctxt) -> Option<usize> {
        let bodies = self.body_fields();
        if let [body] = bodies.as_slice() {
            return Some(*body);
        }
        let names: Vec<&str> = bodies
            .iter()
            .map(|&index| self.fields[index].name.as_str())
            .collect();
        let message = if names.is_empty() {
            messages::no_body_field(self.ident())
        } else {
            messages::body_fields(self.ident(), code_words(&names, "and"))
        };
        cx.error_at(self.ident().span(), message);
        None
    }
}

/// A header field that plays no role, or several.
fn header_roles_message(field: &str, header: &str, roles: &[Key]) -> Message {
    if roles.is_empty() {
        let allowed: Vec<&str> = Key::ALL
            .iter()
            .filter(|key| {
                key.is_role() && key.spec().side.fits(Side::Response) && **key != RESPONSE_ROLE
            })
            .map(|key| key.name())
            .collect();
        return messages::header_without_role(header, field, code_words(&allowed, "or"));
    }
    let names: Vec<&str> = roles.iter().map(|role| role.name()).collect();
    messages::header_with_roles(header, field, code_words(&names, "and"))
}

/// A role other than `next` and `total_pages` read from the `Link` header.
fn link_role_message(role: Key, header: &str) -> Message {
    messages::link_header_role(header, role.name(), role.about())
}
