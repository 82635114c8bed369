//! The structs of an operation's answer, from its schema and the paths the derive reads.

use std::collections::BTreeMap;
use std::fmt::Write as _;

use crate::Error;
use crate::document::{Cx, Node, join};
use crate::model::{Input, Operation, Role, description, scalar};
use crate::names::{literal, pascal, snake};

/// What a struct is for.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Kind {
    /// The answer, with the derive's attributes.
    Response(Vec<String>),
    /// The answer of an operation paged in headers: the body, a bare array, and the
    /// header fields, each with its `#[paginate(...)]` marker; built with `FromHttp`.
    Headers,
    /// An object on the way to a value the derive reads.
    Envelope,
    /// One item.
    Item,
}

/// A struct to write.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct StructDef {
    pub(crate) name: String,
    pub(crate) doc: String,
    pub(crate) kind: Kind,
    pub(crate) fields: Vec<FieldDef>,
}

/// A field to write.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct FieldDef {
    pub(crate) wire: String,
    pub(crate) ident: String,
    pub(crate) ty: String,
    pub(crate) doc: String,
    /// Missing in the JSON means the type's default: `None`, or an empty list.
    pub(crate) default: bool,
    /// The field's `#[paginate(...)]` marker, for a response paged in headers.
    pub(crate) marker: Option<String>,
}

/// The fields an object needs, by wire name.
#[derive(Debug, Default)]
struct Tree {
    fields: BTreeMap<String, (Branch, String)>,
}

#[derive(Debug)]
enum Branch {
    Leaf(Role),
    Object(Tree),
}

/// The structs of `op`'s answer: the response first, then the envelopes and the item.
pub(crate) fn types(cx: Cx<'_>, op: &Operation<'_>) -> Result<Vec<StructDef>, Error> {
    if !op.headers.is_empty() {
        return header_types(cx, op);
    }
    let mut tree = Tree::default();
    for output in &op.outputs {
        insert(cx, &mut tree, &output.fields, output.role, &output.at)?;
    }
    let mut builder = Builder {
        cx,
        op,
        structs: Vec::new(),
        attrs: Vec::new(),
        item: None,
    };
    let doc = format!("The answer to [`{}`].", op.request);
    builder.object(&tree, &op.schema, &op.response, doc, &[])?;
    let mut attrs = std::mem::take(&mut builder.attrs);
    if let Some((fields, at)) = &op.item_cursor {
        attrs.push(format!(
            "item_cursor = {}",
            builder.item_cursor(fields, at)?
        ));
    }
    if let Some(base) = op.page_base {
        attrs.push(format!("page_base = {base}"));
    }
    let mut structs = builder.structs;
    structs[0].kind = Kind::Response(attrs);
    Ok(structs)
}

/// The structs of an operation paged in headers: the response, with the body's items and
/// a field per header, then the item.
fn header_types(cx: Cx<'_>, op: &Operation<'_>) -> Result<Vec<StructDef>, Error> {
    let mut builder = Builder {
        cx,
        op,
        structs: Vec::new(),
        attrs: Vec::new(),
        item: None,
    };
    let schema = &op.schema;
    if schema.value.get("type").and_then(|t| t.as_str()) != Some("array") {
        let at = op.outputs.first().map_or("", |o| o.at.as_str());
        let message = format!(
            "`$` is the body, but the response schema (`{}`) is not an array",
            schema.path
        );
        return Err(cx.error(at, message));
    }
    let (items, reference) = cx.resolve(cx.required(schema, "items")?)?;
    let item = if let Some(ty) = scalar(&items) {
        ty.to_owned()
    } else {
        let name = reference.map_or_else(|| format!("{}Item", op.request), pascal);
        builder.item_struct(&name, &items)?;
        name
    };
    let mut fields = vec![FieldDef {
        wire: "items".to_owned(),
        ident: "items".to_owned(),
        ty: format!("Vec<{item}>"),
        doc: "The page's items: the body, a bare JSON array.".to_owned(),
        default: false,
        marker: Some("items".to_owned()),
    }];
    fields.extend(
        op.headers
            .iter()
            .map(|(role, header)| header_field(op, *role, header)),
    );
    let mut structs = vec![StructDef {
        name: op.response.clone(),
        doc: format!(
            "The answer to [`{}`]: built from the headers and the body with `FromHttp::from_http`.",
            op.request
        ),
        kind: Kind::Headers,
        fields,
    }];
    structs.append(&mut builder.structs);
    Ok(structs)
}

/// The field of a response paged in headers that reads `role` from `header`.
fn header_field(op: &Operation<'_>, role: Role, header: &str) -> FieldDef {
    let link = header.eq_ignore_ascii_case("link");
    let mut marker = format!("{}, header = {}", role.key(), literal(header));
    let page = op.params.iter().find(|p| p.input == Some(Input::Page));
    if let Some(page) = page.filter(|p| link && role == Role::TotalPages && p.wire != "page") {
        write!(marker, ", param = {}", literal(&page.wire)).ok();
    }
    let doc = match role {
        Role::Next if link => format!("The `rel=\"next\"` link of the `{header}` header."),
        Role::TotalPages if link => {
            format!("The page number of the `rel=\"last\"` link of the `{header}` header.")
        }
        _ => format!("The `{header}` header."),
    };
    FieldDef {
        wire: role.key().to_owned(),
        ident: role.key().to_owned(),
        ty: format!("Option<{}>", role.scalar().1),
        doc,
        default: true,
        marker: Some(marker),
    }
}

fn insert(
    cx: Cx<'_>,
    tree: &mut Tree,
    fields: &[String],
    role: Role,
    at: &str,
) -> Result<(), Error> {
    let clash = || cx.error(at, "names a field another output names too");
    match fields {
        [] => Err(clash()),
        [last] => {
            if tree.fields.contains_key(last) {
                return Err(clash());
            }
            tree.fields
                .insert(last.clone(), (Branch::Leaf(role), at.to_owned()));
            Ok(())
        }
        [first, rest @ ..] => {
            let entry = tree
                .fields
                .entry(first.clone())
                .or_insert_with(|| (Branch::Object(Tree::default()), at.to_owned()));
            match &mut entry.0 {
                Branch::Object(inner) => insert(cx, inner, rest, role, at),
                Branch::Leaf(_) => Err(clash()),
            }
        }
    }
}

struct Builder<'c, 'a> {
    cx: Cx<'a>,
    op: &'c Operation<'a>,
    structs: Vec<StructDef>,
    attrs: Vec<String>,
    /// The item struct's schema, once the results are seen.
    item: Option<(String, Node<'a>)>,
}

impl<'a> Builder<'_, 'a> {
    /// Writes the struct `name` for the object `schema`, with the fields `tree` needs;
    /// `prefix` is the path of Rust field names to it.
    fn object(
        &mut self,
        tree: &Tree,
        schema: &Node<'a>,
        name: &str,
        doc: String,
        prefix: &[String],
    ) -> Result<(), Error> {
        let index = self.structs.len();
        self.structs.push(StructDef {
            name: name.to_owned(),
            doc,
            kind: Kind::Envelope,
            fields: Vec::new(),
        });
        let required = required(schema);
        for (wire, (branch, at)) in &tree.fields {
            let property = self.property(schema, wire, at)?;
            let ident = snake(wire);
            let mut path = prefix.to_vec();
            path.push(ident.clone());
            let optional = !required.contains(&wire.as_str());
            let doc = description(&property).unwrap_or_else(|| format!("The `{wire}` field."));
            let ty = match branch {
                Branch::Leaf(role) => self.leaf(*role, &property, &path, at)?,
                Branch::Object(inner) => {
                    let nested = format!("{name}{}", pascal(wire));
                    let doc = format!("The `{wire}` object of [`{}`].", self.op.response);
                    self.object(inner, &property, &nested, doc, &path)?;
                    nested
                }
            };
            let is_list = ty.starts_with("Vec<");
            let ty = if optional && !is_list {
                format!("Option<{ty}>")
            } else {
                ty
            };
            let field = FieldDef {
                wire: wire.clone(),
                ident,
                ty,
                doc,
                default: optional,
                marker: None,
            };
            self.structs[index].fields.push(field);
        }
        Ok(())
    }

    /// The schema of the property `wire` of the object `schema`.
    fn property(&self, schema: &Node<'a>, wire: &str, at: &str) -> Result<Node<'a>, Error> {
        let property = schema
            .value
            .get("properties")
            .and_then(|p| p.get(wire))
            .ok_or_else(|| {
                let message = format!(
                    "the response schema (`{}`) has no property `{wire}`",
                    schema.path
                );
                self.cx.error(at, message)
            })?;
        let node = Node {
            value: property,
            path: join(&join(&schema.path, "properties"), wire),
        };
        Ok(self.cx.resolve(node)?.0)
    }

    /// The Rust type of a field the derive reads, and its attribute.
    fn leaf(
        &mut self,
        role: Role,
        schema: &Node<'a>,
        path: &[String],
        at: &str,
    ) -> Result<String, Error> {
        let (json, rust) = role.scalar();
        let found = schema
            .value
            .get("type")
            .and_then(|t| t.as_str())
            .unwrap_or("no type");
        if found != json {
            let message = format!(
                "`{}` is of type {found} in the response schema (`{}`); `{}` needs {json}",
                path.join("."),
                schema.path,
                role.key()
            );
            return Err(self.cx.error(at, message));
        }
        self.attrs
            .push(format!("{} = {}", role.key(), path.join(".")));
        if role != Role::Items {
            return Ok(rust.to_owned());
        }
        let items = self.cx.required(schema, "items")?;
        let (items, reference) = self.cx.resolve(items)?;
        if let Some(ty) = scalar(&items) {
            return Ok(format!("Vec<{ty}>"));
        }
        let name = reference.map_or_else(|| format!("{}Item", self.op.request), pascal);
        if path.len() > 1 {
            self.attrs.push(format!("item = {name}"));
        }
        self.item_struct(&name, &items)?;
        Ok(format!("Vec<{name}>"))
    }

    /// Writes the item struct, with every property of its schema.
    fn item_struct(&mut self, name: &str, schema: &Node<'a>) -> Result<(), Error> {
        let required = required(schema);
        let properties = self.cx.object(&self.cx.required(schema, "properties")?)?;
        let mut fields = Vec::new();
        for wire in properties.keys() {
            let property = self.property(schema, wire, &schema.path)?;
            let optional = !required.contains(&wire.as_str());
            let ty = scalar(&property).unwrap_or("serde_json::Value");
            fields.push(FieldDef {
                wire: wire.clone(),
                ident: snake(wire),
                ty: if optional {
                    format!("Option<{ty}>")
                } else {
                    ty.to_owned()
                },
                doc: description(&property).unwrap_or_else(|| format!("The `{wire}` field.")),
                default: optional,
                marker: None,
            });
        }
        let doc =
            description(schema).unwrap_or_else(|| format!("One item of [`{}`].", self.op.response));
        self.structs.push(StructDef {
            name: name.to_owned(),
            doc,
            kind: Kind::Item,
            fields,
        });
        self.item = Some((name.to_owned(), schema.clone()));
        Ok(())
    }

    /// The Rust path, in the item, of the next cursor.
    fn item_cursor(&self, fields: &[String], at: &str) -> Result<String, Error> {
        let Some((_, schema)) = &self.item else {
            return Err(self.cx.error(at, "the results' items are not objects"));
        };
        let [wire] = fields else {
            return Err(self.cx.error(
                at,
                "the cursor must be a field of the item itself, such as `[-1].id`",
            ));
        };
        let property = self.property(schema, wire, at)?;
        if scalar(&property) != Some("String") || !required(schema).contains(&wire.as_str()) {
            let message = format!("the item's `{wire}` must be a required string to be a cursor");
            return Err(self.cx.error(at, message));
        }
        Ok(snake(wire))
    }
}

/// The `required` list of an object schema.
fn required<'a>(schema: &Node<'a>) -> Vec<&'a str> {
    schema
        .value
        .get("required")
        .and_then(|r| r.as_array())
        .map(|list| list.iter().filter_map(|name| name.as_str()).collect())
        .unwrap_or_default()
}
