//! Rust items shaped like what `#[derive(Paginated)]` is given, built from a stream of
//! choices (`arbitrary`'s [`Unstructured`]), with malformed `#[paginate(...)]` and
//! `#[serde(...)]` attributes, and the property `expand` must keep on each of them.
//!
//! Shared, through `#[path]`, by the proptest in `../malformed_attrs.rs` (stable, in
//! `cargo test`) and the `derive` target of the `fuzz/` crate (nightly, `cargo fuzz`).
//! The key names come from the derive's own table (`src/keys.rs`, included as it is), so
//! a new key is fuzzed the day it is added.

use arbitrary::{Arbitrary, Result, Unstructured};
use std::fmt::{self, Write as _};

#[allow(dead_code, unreachable_pub)]
#[path = "../../src/keys.rs"]
mod keys;

use keys::{Key, Level, Value};

/// One generated item, as source text: a struct (named, tuple or unit), an enum or a
/// union, with attributes.
pub(crate) struct Item {
    pub(crate) source: String,
}

impl fmt::Debug for Item {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.source)
    }
}

impl<'a> Arbitrary<'a> for Item {
    fn arbitrary(u: &mut Unstructured<'a>) -> Result<Self> {
        let mut generator = Generator {
            u,
            out: String::new(),
        };
        generator.item()?;
        Ok(Item {
            source: generator.out,
        })
    }
}

impl Item {
    /// The item that `bytes` choose: what the proptest generates from random bytes (the
    /// fuzz target has libFuzzer call `arbitrary` itself).
    #[allow(dead_code)]
    pub(crate) fn from_bytes(bytes: &[u8]) -> Item {
        Item::arbitrary(&mut Unstructured::new(bytes)).unwrap_or_else(|_| Item {
            source: String::new(),
        })
    }
}

/// The property: parsed, `input` expands to tokens that parse as a file, or to errors that
/// each have a message; and what the derive emits (the errors and a fallback impl) parses
/// as a file too. Panics otherwise, and `expand` must never panic itself. An item that does
/// not parse is skipped.
pub(crate) fn check(item: &Item) {
    let Ok(input) = syn::parse_str::<syn::DeriveInput>(&item.source) else {
        return;
    };
    match pagination_codegen::expand(&input) {
        Ok(tokens) => {
            if let Err(error) = syn::parse2::<syn::File>(tokens.clone()) {
                panic!("the impl does not parse ({error}):\n{tokens}\nfrom:\n{item:?}");
            }
        }
        Err(errors) => {
            assert!(
                errors.iter().count() > 0,
                "no error in Err, from:\n{item:?}"
            );
            for error in &errors {
                let message = error.to_string();
                assert!(
                    !message.trim().is_empty(),
                    "an empty message, from:\n{item:?}"
                );
                assert!(
                    !has_placeholder(&message),
                    "an unfilled placeholder in {message:?}, from:\n{item:?}"
                );
            }
        }
    }
    let emitted = pagination_codegen::derive(quote::ToTokens::to_token_stream(&input));
    if let Err(error) = syn::parse2::<syn::File>(emitted.clone()) {
        panic!("the derive's output does not parse ({error}):\n{emitted}\nfrom:\n{item:?}");
    }
}

/// Whether `message` still holds a template's `{name}`: no generated name has braces.
fn has_placeholder(message: &str) -> bool {
    message.split('{').skip(1).any(|rest| {
        rest.split_once('}').is_some_and(|(name, _)| {
            !name.is_empty()
                && name
                    .chars()
                    .all(|ch| ch.is_ascii_alphanumeric() || ch == '_')
        })
    })
}

const NAMES: &[&str] = &["ListUsers", "Page", "Req", "r#Type", "Envelope"];

const FIELDS: &[&str] = &[
    "page",
    "per_page",
    "page_size",
    "pageSize",
    "size",
    "limit",
    "offset",
    "start_at",
    "max_results",
    "cursor",
    "starting_after",
    "next_cursor",
    "items",
    "data",
    "results",
    "values",
    "total",
    "total_items",
    "item_count",
    "total_pages",
    "page_count",
    "next",
    "links",
    "_links",
    "has_more",
    "meta",
    "response_metadata",
    "pagination",
    "id",
    "r#type",
    "r#page",
    "query",
    "x",
    "Page",
    "_x",
];

const WIRE_NAMES: &[&str] = &[
    "page",
    "per_page",
    "pageSize",
    "page_size",
    "page-size",
    "PAGE_SIZE",
    "PageSize",
    "page[size]",
    "size",
    "limit",
    "startAt",
    "offset",
    "cursor",
    "starting_after",
    "next_cursor",
    "data",
    "results",
    "total",
    "totalResults",
    "item_count",
    "page_count",
    "_links",
    "next",
    "has_more",
    "hasMore",
    "X-Total",
    "Link",
    "",
    " ",
    "a b",
    "\"",
    "\\",
    "ü",
    "r#type",
    "type",
    "_",
];

const HEADERS: &[&str] = &[
    "X-Total",
    "X-Total-Pages",
    "x-next-page",
    "Link",
    "link",
    "",
    "X Total",
    "X:Total",
    "X-Tötal",
    "X-Total\n",
    "!#$%&'*+-.^_`|~",
];

const CRATE_PATHS: &[&str] = &[
    "::pagination_core",
    "pagination_core",
    "my_sdk::pagination",
    "crate::pagination",
    "self",
    "",
    "a b",
    "1abc",
    "::",
    "a::",
    "r#crate",
];

const CASES: &[&str] = &[
    "lowercase",
    "UPPERCASE",
    "PascalCase",
    "camelCase",
    "snake_case",
    "SCREAMING_SNAKE_CASE",
    "kebab-case",
    "SCREAMING-KEBAB-CASE",
    "camelcase",
    "Camel",
    "",
    "snake-case",
];

const INTEGERS: &[&str] = &[
    "0",
    "1",
    "2",
    "10",
    "100",
    "255",
    "256",
    "5000",
    "32767",
    "4294967295",
    "4294967296",
    "18446744073709551615",
    "18446744073709551616",
    "340282366920938463463374607431768211456",
    "-1",
    "-0",
    "0x10",
    "0b1",
    "1_000",
    "10u8",
    "10i64",
    "10usize",
    "10u128",
    "10f32",
    "10_u32",
    "1e3",
    "1.0",
    "1.",
];

const LEAF_TYPES: &[&str] = &[
    "u8",
    "u16",
    "u32",
    "u64",
    "u128",
    "usize",
    "i8",
    "i16",
    "i32",
    "i64",
    "i128",
    "isize",
    "bool",
    "f64",
    "String",
    "str",
    "T",
    "NonZeroU8",
    "NonZeroU32",
    "NonZeroI64",
    "std::num::NonZeroUsize",
    "NonZeroF32",
    "HalLinks",
    "Link",
    "serde_json::Value",
    "Meta",
    "Self",
    "()",
    "[u8; 4]",
    "fn() -> u32",
    "dyn Fn()",
    "<T as Iterator>::Item",
    "(u32, u32)",
    "!",
    "_",
    "Cow<'a, str>",
    "Box<str>",
];

const WRAPPERS: &[(&str, &str)] = &[
    ("Option<", ">"),
    ("Option<", ">"),
    ("Vec<", ">"),
    ("Vec<", ">"),
    ("Option<Vec<", ">>"),
    ("NonZero<", ">"),
    ("Box<", ">"),
    ("&", ""),
    ("&'a ", ""),
    ("&'a mut ", ""),
    ("::core::option::Option<", ">"),
    ("std::vec::Vec<", ">"),
    ("core::num::NonZero<", ">"),
    ("HashMap<String, ", ">"),
    ("(", ")"),
    ("Option<u8, ", ">"),
    ("Option::<", ">"),
    ("[", "]"),
    ("Page<", ">"),
];

const GENERICS: &[&str] = &[
    "",
    "",
    "<T>",
    "<'a>",
    "<'a, T: Clone>",
    "<T, const N: usize>",
    "<T = u32>",
    "<T> where T: Clone",
];

/// Roles, each with the names its field may have.
type Roles = &'static [(&'static str, &'static [&'static str])];

/// Writes one item into `out`, each choice taken from `u`.
struct Generator<'u, 'a> {
    u: &'u mut Unstructured<'a>,
    out: String,
}

impl Generator<'_, '_> {
    fn push(&mut self, text: &str) {
        self.out.push_str(text);
    }

    fn pick(&mut self, from: &[&str]) -> Result<()> {
        let text = *self.u.choose(from)?;
        self.push(text);
        Ok(())
    }

    fn count(&mut self, max: u8) -> Result<u8> {
        self.u.int_in_range(0..=max)
    }

    /// A string literal, escaped as Rust writes it.
    fn string(&mut self, text: &str) {
        let _ = write!(self.out, "{text:?}");
    }

    /// An item: half the time close to a correct request or response, with a mistake or
    /// two in its attributes (so that some expand), else anything at all.
    fn item(&mut self) -> Result<()> {
        if self.u.ratio(1, 2)? {
            return self.near_miss();
        }
        for _ in 0..self.count(4)? {
            self.outer_attribute()?;
        }
        self.pick(&["", "pub ", "pub(crate) "])?;
        let shape = self.u.int_in_range(0..=9)?;
        let keyword = match shape {
            0..=7 => "struct",
            8 => "enum",
            _ => "union",
        };
        self.push(keyword);
        self.push(" ");
        self.pick(NAMES)?;
        self.pick(GENERICS)?;
        match shape {
            0..=5 | 9 => self.named_fields(),
            6 => {
                self.tuple_fields()?;
                self.push(";");
                Ok(())
            }
            7 => {
                self.push(";");
                Ok(())
            }
            _ => self.variants(),
        }
    }

    /// A request (by page, offset or cursor) or a response, as the crate's documentation
    /// writes them, each role bound by a struct key, a field marker, a path or a header,
    /// and now and then an entry of any kind added to an attribute.
    fn near_miss(&mut self) -> Result<()> {
        let mut keys: Vec<String> = Vec::new();
        let mut fields: Vec<(String, &str, &str)> = Vec::new();
        let response = self.u.ratio(1, 2)?;
        let roles = self.roles(response)?;
        let mut generic = false;
        if response {
            let ty = *self
                .u
                .choose(&["Vec<T>", "Option<Vec<T>>", "Vec<u32>", "Vec<Person>"])?;
            generic = ty.contains("<T>");
            let name = *self.u.choose(&["data", "results", "items"])?;
            self.bind(&mut keys, &mut fields, "items", name, ty, true)?;
        }
        for &(role, names) in roles {
            if response && self.u.ratio(1, 2)? {
                continue;
            }
            let name = *self.u.choose(names)?;
            let ty = self.role_type(role)?;
            self.bind(&mut keys, &mut fields, role, name, ty, response)?;
        }
        if response {
            if self.u.ratio(1, 4)? {
                keys.push("item_cursor = id".to_owned());
            }
            if self.u.ratio(1, 6)? {
                keys.push(format!("page_base = {}", self.u.int_in_range(0..=1)?));
            }
        } else {
            let sizes = ["1", "10", "30", "100", "250", "1000", "5000"];
            let default = *self.u.choose(&sizes)?;
            let max = *self.u.choose(&sizes)?;
            keys.push(format!("default = {default}"));
            keys.push(format!("max = {max}"));
            if self.u.ratio(1, 4)? {
                keys.push(format!("first = {}", self.u.int_in_range(0..=1)?));
            }
            if self.u.ratio(1, 8)? {
                fields.push((
                    "#[paginate(nested)]\n".to_owned(),
                    "pagination",
                    "Pagination",
                ));
            }
        }
        if self.u.ratio(1, 8)? {
            keys.push("crate = \"::pagination_core\"".to_owned());
        }
        if self.u.ratio(1, 4)? {
            fields.push(("#[serde(skip)]\n".to_owned(), "query", "Option<String>"));
        }
        self.push("#[derive(Debug, Paginated)]\n");
        if self.u.ratio(1, 4)? {
            self.push("#[serde(rename_all = ");
            let case = *self.u.choose(CASES)?;
            self.string(case);
            self.push(")]\n");
        }
        if !keys.is_empty() || self.u.ratio(1, 4)? {
            self.push("#[paginate(");
            self.push(&keys.join(", "));
            if self.u.ratio(1, 4)? {
                self.push(", ");
                self.entry(Level::Struct)?;
            }
            self.push(")]\n");
        }
        self.push("pub struct Page");
        if generic {
            self.push("<T>");
        } else if fields.iter().any(|(_, _, ty)| ty.contains("'a")) {
            self.push("<'a>");
        }
        self.push(" {\n");
        for (attributes, name, ty) in fields {
            self.push(&attributes);
            if self.u.ratio(1, 8)? {
                self.paginate(Level::Field)?;
            }
            let _ = writeln!(self.out, "    pub {name}: {ty},");
        }
        self.push("}");
        Ok(())
    }

    /// The roles of a response, or of a request of one style, each with the names its
    /// field may have.
    fn roles(&mut self, response: bool) -> Result<Roles> {
        Ok(if response {
            &[
                ("page", &["page", "page_number", "number"]),
                ("size", &["page_size", "per_page"]),
                ("offset", &["start_at", "offset"]),
                ("total_items", &["total", "total_results", "item_count"]),
                ("total_pages", &["total_pages", "page_count"]),
                ("next", &["next", "links"]),
                ("has_more", &["has_more"]),
                ("next_cursor", &["next_cursor"]),
            ]
        } else {
            match self.u.int_in_range(0..=3)? {
                0 | 1 => &[
                    ("page", &["page", "page_number"]),
                    ("size", &["per_page", "page_size", "size"]),
                ],
                2 => &[
                    ("offset", &["offset", "start_at"]),
                    ("limit", &["limit", "max_results"]),
                ],
                _ => &[
                    ("cursor", &["cursor", "starting_after"]),
                    ("limit", &["limit"]),
                ],
            }
        })
    }

    /// A type the field of `role` may have.
    fn role_type(&mut self, role: &str) -> Result<&'static str> {
        Ok(match role {
            "cursor" => *self
                .u
                .choose(&["Option<String>", "String", "Option<Box<str>>"])?,
            "next" => *self
                .u
                .choose(&["Option<String>", "HalLinks", "String", "Option<Link>"])?,
            "has_more" => *self.u.choose(&["bool", "Option<bool>"])?,
            "next_cursor" => *self.u.choose(&["Option<String>", "String", "&'a str"])?,
            _ => *self.u.choose(&[
                "Option<u32>",
                "Option<u32>",
                "u32",
                "Option<u64>",
                "u64",
                "Option<NonZeroU32>",
                "u8",
                "i64",
                "Option<u16>",
                "usize",
            ])?,
        })
    }

    /// Binds `role` to field `name` of type `ty`: by a key on the struct (its wire name, or
    /// on a response a path), by a marker on the field, or, on a response, from a header.
    fn bind<'n>(
        &mut self,
        keys: &mut Vec<String>,
        fields: &mut Vec<(String, &'n str, &'n str)>,
        role: &str,
        name: &'n str,
        ty: &'n str,
        response: bool,
    ) -> Result<()> {
        let mut attributes = String::new();
        match self.u.int_in_range(0..=5)? {
            0 | 1 => keys.push(format!("{role} = {name:?}")),
            2 if response => keys.push(format!("{role} = {name}")),
            3 if response && role != "items" => {
                let header = if matches!(role, "next" | "total_pages") && self.u.ratio(1, 2)? {
                    "Link"
                } else {
                    *self.u.choose(HEADERS)?
                };
                let ty =
                    *self
                        .u
                        .choose(&["Option<u64>", "Option<String>", "Option<bool>", "u64"])?;
                let param = if role == "total_pages" && self.u.ratio(1, 3)? {
                    ", param = \"page\""
                } else {
                    ""
                };
                attributes = format!("#[paginate({role}, header = {header:?}{param})]\n");
                fields.push((attributes, name, ty));
                return Ok(());
            }
            4 => {
                let wire = *self.u.choose(WIRE_NAMES)?;
                attributes = format!("#[serde(rename = {wire:?})]\n");
                keys.push(format!("{role} = {wire:?}"));
            }
            _ => attributes = format!("#[paginate({role})]\n"),
        }
        fields.push((attributes, name, ty));
        Ok(())
    }

    fn outer_attribute(&mut self) -> Result<()> {
        match self.u.int_in_range(0..=9)? {
            0..=5 => self.paginate(Level::Struct),
            6 | 7 => self.serde(Level::Struct),
            8 => {
                self.push("#[derive(Debug, Clone, Paginated)]\n");
                Ok(())
            }
            _ => {
                self.push("#[doc = \"docs\"]\n");
                Ok(())
            }
        }
    }

    fn field_attributes(&mut self) -> Result<()> {
        for _ in 0..self.count(3)? {
            match self.u.int_in_range(0..=5)? {
                0..=3 => self.paginate(Level::Field)?,
                4 => self.serde(Level::Field)?,
                _ => self.push("#[doc = \"a field\"]\n"),
            }
        }
        Ok(())
    }

    fn named_fields(&mut self) -> Result<()> {
        self.push(" {\n");
        for _ in 0..self.count(7)? {
            self.field_attributes()?;
            self.pick(&["", "pub "])?;
            self.pick(FIELDS)?;
            self.push(": ");
            self.ty(2)?;
            self.push(",\n");
        }
        self.push("}");
        Ok(())
    }

    fn tuple_fields(&mut self) -> Result<()> {
        self.push("(");
        for _ in 0..self.count(3)? {
            self.field_attributes()?;
            self.ty(2)?;
            self.push(", ");
        }
        self.push(")");
        Ok(())
    }

    fn variants(&mut self) -> Result<()> {
        self.push(" {\n");
        for variant in 0..self.count(3)? {
            self.field_attributes()?;
            let _ = write!(self.out, "V{variant}");
            match self.u.int_in_range(0..=2)? {
                0 => {}
                1 => self.tuple_fields()?,
                _ => self.named_fields()?,
            }
            self.push(",\n");
        }
        self.push("}");
        Ok(())
    }

    fn ty(&mut self, depth: u8) -> Result<()> {
        if depth == 0 || self.u.ratio(1, 2)? {
            return self.pick(LEAF_TYPES);
        }
        let (open, close) = *self.u.choose(WRAPPERS)?;
        self.push(open);
        self.ty(depth - 1)?;
        self.push(close);
        Ok(())
    }

    /// `#[paginate(...)]` at `level`, or one of its malformed spellings.
    fn paginate(&mut self, level: Level) -> Result<()> {
        match self.u.int_in_range(0..=19)? {
            0 => self.push("#[paginate]\n"),
            1 => self.push("#[paginate = \"page\"]\n"),
            2 => self.push("#[paginate()]\n"),
            _ => {
                self.push("#[paginate(");
                for index in 0..self.count(5)? {
                    if index > 0 {
                        self.separator()?;
                    }
                    self.entry(level)?;
                }
                if self.u.ratio(1, 8)? {
                    self.push(",");
                }
                self.push(")]\n");
            }
        }
        Ok(())
    }

    fn separator(&mut self) -> Result<()> {
        match self.u.int_in_range(0..=19)? {
            0 => self.push(" "),
            1 => self.push(",,"),
            2 => self.push(";"),
            _ => self.push(", "),
        }
        Ok(())
    }

    /// One key and its value: a key of the table (with the value it takes there, or a
    /// value of another kind), a misspelt key, or something that is no key at all.
    fn entry(&mut self, level: Level) -> Result<()> {
        let key = *self.u.choose(Key::ALL)?;
        let name = key.name();
        match self.u.int_in_range(0..=19)? {
            0..=12 => {
                self.push(name);
                match key.spec().value_at(level) {
                    Some(takes) if self.u.ratio(2, 3)? => self.value(takes),
                    _ => self.wrong_value(),
                }
            }
            13..=15 => {
                self.misspell(name)?;
                self.wrong_value()
            }
            16 | 17 => {
                self.pick(&[
                    "rename_all",
                    "alias",
                    "skip",
                    "serialize",
                    "Page",
                    "r#crate",
                    "self",
                    "a::b",
                    "::page",
                    "page::size",
                    "type",
                ])?;
                self.wrong_value()
            }
            _ => self.pick(&[
                "1",
                "\"page\"",
                "=",
                "= 1",
                "..",
                "page page",
                "page.size",
                "#[page]",
                "(page)",
                "page = 1 = 2",
                "page = ,",
                "-",
            ]),
        }
    }

    /// `name`, misspelt one way or another: a letter dropped, doubled, swapped, changed
    /// in case, or a suffix added.
    fn misspell(&mut self, name: &str) -> Result<()> {
        let chars: Vec<char> = name.chars().collect();
        let at = usize::from(self.u.int_in_range(0..=u8::MAX)?) % chars.len();
        let mut spelt: Vec<char> = chars.clone();
        match self.u.int_in_range(0..=5)? {
            0 => {
                spelt.remove(at);
            }
            1 => spelt.insert(at, chars[at]),
            2 if at + 1 < chars.len() => spelt.swap(at, at + 1),
            3 => spelt[at] = spelt[at].to_ascii_uppercase(),
            4 => spelt.push('s'),
            _ => spelt.insert(at, 'x'),
        }
        let spelt: String = spelt.into_iter().collect();
        // A name that lost its letters, or starts with a digit, is no key at all: keep it.
        self.push(if spelt.is_empty() { "_" } else { &spelt });
        Ok(())
    }

    /// The value a key takes, as the table says, often with a mistake in it.
    fn value(&mut self, takes: Value) -> Result<()> {
        match takes {
            Value::Marker => Ok(()),
            Value::WireName => {
                self.push(" = ");
                let name = *self.u.choose(WIRE_NAMES)?;
                self.string(name);
                Ok(())
            }
            Value::Role => {
                self.push(" = ");
                if self.u.ratio(1, 3)? {
                    self.field_path()
                } else {
                    let name = *self.u.choose(WIRE_NAMES)?;
                    self.string(name);
                    Ok(())
                }
            }
            Value::Type => {
                self.push(" = ");
                self.ty(2)
            }
            Value::ItemPath => {
                self.push(" = ");
                if self.u.ratio(3, 4)? {
                    self.field_path()
                } else {
                    self.pick(&["a.", "a..b", "a.1", ".a", "\"id\"", "a::b", "a.b()"])
                }
            }
            Value::Integer(_) => {
                self.push(" = ");
                self.pick(INTEGERS)
            }
            Value::Path => {
                self.push(" = ");
                let path = *self.u.choose(CRATE_PATHS)?;
                self.string(path);
                Ok(())
            }
            Value::HeaderName => {
                self.push(" = ");
                let name = *self.u.choose(HEADERS)?;
                self.string(name);
                Ok(())
            }
        }
    }

    /// `a.b.c`: field names joined by dots.
    fn field_path(&mut self) -> Result<()> {
        for index in 0..=self.count(3)? {
            if index > 0 {
                self.push(".");
            }
            self.pick(FIELDS)?;
        }
        Ok(())
    }

    /// A value of any kind, whatever the key takes: nothing, an integer, a string, a
    /// path, a type, a nested list, or tokens that are none of those.
    fn wrong_value(&mut self) -> Result<()> {
        match self.u.int_in_range(0..=11)? {
            0 | 1 => Ok(()),
            2 => {
                self.push(" = ");
                self.pick(INTEGERS)
            }
            3 | 4 => {
                self.push(" = ");
                let name = *self.u.choose(WIRE_NAMES)?;
                self.string(name);
                Ok(())
            }
            5 => {
                self.push(" = ");
                self.field_path()
            }
            6 => {
                self.push(" = ");
                self.ty(2)
            }
            7 => {
                self.push("(");
                for index in 0..self.count(3)? {
                    if index > 0 {
                        self.push(", ");
                    }
                    let key = *self.u.choose(Key::ALL)?;
                    self.push(key.name());
                    self.wrong_value()?;
                }
                self.push(")");
                Ok(())
            }
            8 => {
                self.push(" = ");
                let path = *self.u.choose(CRATE_PATHS)?;
                self.string(path);
                Ok(())
            }
            _ => self.pick(&[
                " = true",
                " = 'c'",
                " = b\"x\"",
                " = (1, 2)",
                " = [1]",
                " = ",
                " = -",
                " = 1 2",
                " = a b",
                " = \"a\" \"b\"",
                " = Vec<u32> x",
                " = crate",
                " = a.",
                " = self.page",
            ]),
        }
    }

    /// `#[serde(...)]` at `level`: the keys the derive reads (`rename`, `rename_all`,
    /// `alias`), in every spelling serde accepts and some it does not, and others it skips.
    fn serde(&mut self, level: Level) -> Result<()> {
        self.push("#[serde(");
        for index in 0..self.count(3)? {
            if index > 0 {
                self.push(", ");
            }
            let case = *self.u.choose(CASES)?;
            let wire = *self.u.choose(WIRE_NAMES)?;
            match self.u.int_in_range(0..=13)? {
                0 if level == Level::Struct => {
                    self.push("rename_all = ");
                    self.string(case);
                }
                0 | 1 => {
                    self.push("rename = ");
                    self.string(wire);
                }
                2 => {
                    self.push("rename(serialize = ");
                    self.string(wire);
                    self.push(", deserialize = ");
                    let other = *self.u.choose(WIRE_NAMES)?;
                    self.string(other);
                    self.push(")");
                }
                3 => {
                    self.push("rename(deserialize = ");
                    self.string(wire);
                    self.push(")");
                }
                4 => {
                    self.push("rename_all = ");
                    self.string(case);
                }
                5 => {
                    self.push("rename_all(serialize = ");
                    self.string(case);
                    self.push(", deserialize = ");
                    let other = *self.u.choose(CASES)?;
                    self.string(other);
                    self.push(")");
                }
                6 => {
                    self.push("rename_all(deserialize = ");
                    self.string(case);
                    self.push(")");
                }
                7 => {
                    self.push("alias = ");
                    self.string(wire);
                }
                8 => self.pick(&["skip", "default", "flatten", "transparent"])?,
                9 => self.push("skip_serializing_if = \"Option::is_none\""),
                10 => self.pick(&[
                    "rename = 1",
                    "rename",
                    "rename_all",
                    "alias",
                    "rename(serialize)",
                    "rename(other = \"x\")",
                    "rename_all = page",
                    "alias = 1",
                ])?,
                11 => self.pick(&["crate = \"serde\"", "bound = \"\"", "deny_unknown_fields"])?,
                _ => self.pick(&["= 1", "1", "rename = \"a\" = \"b\"", "rename ="])?,
            }
        }
        self.push(")]\n");
        Ok(())
    }
}

/// The name of every key of the table.
#[allow(dead_code)]
pub(crate) fn key_names() -> impl Iterator<Item = &'static str> {
    Key::ALL.iter().map(|key| key.name())
}
