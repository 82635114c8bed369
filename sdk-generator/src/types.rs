//! The structs of an operation's answer, from its schema and the paths the derive reads.

use std::collections::{BTreeMap, BTreeSet};
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
    /// One item, or an object a property refers to.
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
    let mut builder = Builder::new(cx, op);
    let doc = format!("The answer to [`{}`].", op.request());
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
    let mut builder = Builder::new(cx, op);
    let schema = &op.schema;
    if schema.value.get("type").and_then(|t| t.as_str()) != Some("array") {
        let at = op.outputs.first().map_or("", |o| o.at.as_str());
        let message = format!(
            "`$` is the body, but the response schema (`{}`) is not an array",
            schema.path
        );
        return Err(cx.error(at, message));
    }
    let item = builder.items(schema)?;
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
            op.request()
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
    let page = op.input(Input::Page);
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
    /// The structs of referenced schemas begun, and whether each is finished.
    referenced: BTreeMap<String, bool>,
}

impl<'c, 'a> Builder<'c, 'a> {
    fn new(cx: Cx<'a>, op: &'c Operation<'a>) -> Self {
        Builder {
            cx,
            op,
            structs: Vec::new(),
            attrs: Vec::new(),
            item: None,
            referenced: BTreeMap::new(),
        }
    }

    /// Writes the struct `name` for the object `schema`: the fields `tree` needs, and the
    /// other properties of the schema; `prefix` is the path of Rust field names to it.
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
        let mut wires: BTreeSet<&str> = tree.fields.keys().map(String::as_str).collect();
        wires.extend(property_names(schema));
        for wire in wires {
            let Some((branch, at)) = tree.fields.get(wire) else {
                let field = self.plain_field(schema, wire)?;
                self.structs[index].fields.push(field);
                continue;
            };
            let (property, _) = self.property(schema, wire, at)?;
            let ident = snake(wire);
            let mut path = prefix.to_vec();
            path.push(ident.clone());
            let ty = match branch {
                Branch::Leaf(role) => self.leaf(*role, &property, &path, at)?,
                Branch::Object(inner) => {
                    let nested = format!("{name}{}", pascal(wire));
                    let doc = format!("The `{wire}` object of [`{}`].", self.op.response);
                    self.object(inner, &property, &nested, doc, &path)?;
                    nested
                }
            };
            let field = field(schema, wire, &property, ty);
            self.structs[index].fields.push(field);
        }
        Ok(())
    }

    /// The schema of the property `wire` of the object `schema`, and the name of the
    /// schema it references, if any.
    fn property(
        &self,
        schema: &Node<'a>,
        wire: &str,
        at: &str,
    ) -> Result<(Node<'a>, Option<&'a str>), Error> {
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
        self.cx.resolve(node)
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
        if role.derives() {
            self.attrs
                .push(format!("{} = {}", role.key(), path.join(".")));
        }
        if role != Role::Items {
            return Ok(rust.to_owned());
        }
        let item = self.items(schema)?;
        if path.len() > 1 {
            self.attrs.push(format!("item = {item}"));
        }
        Ok(format!("Vec<{item}>"))
    }

    /// The type of the items of the array `schema`: a scalar, or the item struct, which it
    /// writes.
    fn items(&mut self, schema: &Node<'a>) -> Result<String, Error> {
        let items = self.cx.required(schema, "items")?;
        let (items, reference) = self.cx.resolve(items)?;
        if let Some(ty) = scalar(&items) {
            return Ok(ty.to_owned());
        }
        let name = reference.map_or_else(|| format!("{}Item", self.op.request()), pascal);
        // A list of the struct being written is fine: the `Vec` is the indirection.
        let doc = format!("One item of [`{}`].", self.op.response);
        self.referenced(&name, &items, doc)?;
        self.item = Some((name.clone(), items));
        Ok(name)
    }

    /// A field of a property the derive does not read.
    fn plain_field(&mut self, schema: &Node<'a>, wire: &str) -> Result<FieldDef, Error> {
        let (property, reference) = self.property(schema, wire, &schema.path)?;
        let ty = self.value_type(&property, reference, false)?;
        Ok(field(schema, wire, &property, ty))
    }

    /// The Rust type of a value the derive does not read: a scalar, the struct of a
    /// referenced object schema, a list of those, else any JSON value; `in_list` when it is
    /// an element of a list, which holds it indirectly.
    fn value_type(
        &mut self,
        schema: &Node<'a>,
        reference: Option<&str>,
        in_list: bool,
    ) -> Result<String, Error> {
        if let Some(ty) = scalar(schema) {
            return Ok(ty.to_owned());
        }
        let kind = schema.value.get("type").and_then(|t| t.as_str());
        if let (Some("array"), Some(items)) = (kind, self.cx.member(schema, "items")) {
            let (items, reference) = self.cx.resolve(items)?;
            return Ok(format!(
                "Vec<{}>",
                self.value_type(&items, reference, true)?
            ));
        }
        let object = kind == Some("object") && schema.value.get("properties").is_some();
        let Some(name) = reference.filter(|_| object).map(pascal) else {
            return Ok("serde_json::Value".to_owned());
        };
        let doc = format!("The `{name}` object.");
        if self.referenced(&name, schema, doc)? || in_list {
            Ok(name)
        } else {
            // A struct that holds itself, not through a list, would be of infinite size.
            Ok("serde_json::Value".to_owned())
        }
    }

    /// Writes the struct `name` of a schema once; whether it is written, not still being
    /// written (the schema holds itself).
    fn referenced(&mut self, name: &str, schema: &Node<'a>, doc: String) -> Result<bool, Error> {
        if let Some(written) = self.referenced.get(name) {
            return Ok(*written);
        }
        self.referenced.insert(name.to_owned(), false);
        self.data_struct(name, schema, doc)?;
        self.referenced.insert(name.to_owned(), true);
        Ok(true)
    }

    /// Writes the struct `name` of an item or a referenced object, with every property of
    /// its schema; `doc` unless the schema has a description.
    fn data_struct(&mut self, name: &str, schema: &Node<'a>, doc: String) -> Result<(), Error> {
        self.cx.object(&self.cx.required(schema, "properties")?)?;
        let mut fields = Vec::new();
        for wire in property_names(schema) {
            fields.push(self.plain_field(schema, wire)?);
        }
        self.structs.push(StructDef {
            name: name.to_owned(),
            doc: description(schema).unwrap_or(doc),
            kind: Kind::Item,
            fields,
        });
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
        let (property, _) = self.property(schema, wire, at)?;
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

/// The property names of an object schema, in order.
fn property_names<'a>(schema: &Node<'a>) -> Vec<&'a str> {
    schema
        .value
        .get("properties")
        .and_then(|p| p.as_object())
        .map(|map| map.keys().map(String::as_str).collect())
        .unwrap_or_default()
}

/// The field of the property `wire` of `schema`, of Rust type `ty`: an `Option` when the
/// schema does not require it or it may be null, a list empty when missing.
fn field(schema: &Node<'_>, wire: &str, property: &Node<'_>, ty: String) -> FieldDef {
    let nullable = property
        .value
        .get("nullable")
        .and_then(serde_json::Value::as_bool);
    let optional = !required(schema).contains(&wire) || nullable == Some(true);
    let ty = if optional && !ty.starts_with("Vec<") {
        format!("Option<{ty}>")
    } else {
        ty
    };
    FieldDef {
        wire: wire.to_owned(),
        ident: snake(wire),
        ty,
        doc: description(property).unwrap_or_else(|| format!("The `{wire}` field.")),
        default: optional,
        marker: None,
    }
}

#[cfg(test)]
mod tests {
    use serde_json::json;

    #[test]
    fn a_schema_that_holds_itself_is_a_json_value_but_a_list_of_it_is_not() {
        let comment = json!({
            "type": "object",
            "required": ["id"],
            "properties": {
                "id": {"type": "string"},
                "parent": {"$ref": "#/components/schemas/Comment"},
                "replies": {"type": "array", "items": {"$ref": "#/components/schemas/Comment"}}
            }
        });
        let page = json!({
            "type": "object",
            "required": ["data"],
            "properties": {"data": {"type": "array", "items": {"$ref": "#/components/schemas/Comment"}}}
        });
        let document = json!({
            "openapi": "3.0.3",
            "paths": {"/comments": {"get": {
                "operationId": "listComments",
                "parameters": [
                    {"name": "page", "in": "query", "schema": {"type": "integer"}},
                    {"name": "size", "in": "query", "schema": {"type": "integer"}}
                ],
                "responses": {"200": {"description": "A page.", "content": {"application/json": {
                    "schema": {"$ref": "#/components/schemas/CommentPage"}
                }}}},
                "x-speakeasy-pagination": {
                    "type": "offsetLimit",
                    "inputs": [
                        {"name": "page", "in": "parameters", "type": "page"},
                        {"name": "size", "in": "parameters", "type": "limit"}
                    ],
                    "outputs": {"results": "$.data"}
                },
                "x-pagination-default-size": 10,
                "x-pagination-max-size": 100
            }}},
            "components": {"schemas": {"Comment": comment, "CommentPage": page}}
        });
        let code = crate::generate(&document, crate::Mode::Derive).unwrap();
        assert!(
            code.contains("pub parent: Option<serde_json::Value>,"),
            "{code}"
        );
        assert!(code.contains("pub replies: Vec<Comment>,"), "{code}");
    }
}
