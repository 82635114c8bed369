//! What servers send, through the real response types and every walker: a scripted fake
//! server answers each request from the fuzz input's script (a JSON body decoded with
//! serde_json, HTTP headers, a `Link` header, or a failed fetch), and every walk must
//!
//! - end (the server panics past a budget of requests);
//! - yield its items in the order the server served them, none twice (each item carries a
//!   tag naming the page it was served for and its place there);
//! - end with every item it fetched (a sequential walk), or with an error whose message is
//!   not empty;
//! - never follow a link to a page it fetched, by the link it asked or the URL the page
//!   came from;
//! - when resumed from the error's `resume` request, or from a `checkpoint()` taken
//!   mid-walk, yield no item it yielded before (unless the server's cursors led back to
//!   pages served before, which no new walk can know; see `check`).
//!
//! An answer that follows the script's "truthful" choices is what a correct server with
//! `total` items would send, so a script of truthful answers must be walked to its end,
//! every item once.

#![no_main]

use futures_util::StreamExt;
use libfuzzer_sys::arbitrary::{self, Arbitrary, Unstructured};
use libfuzzer_sys::fuzz_target;
use pagination_core::http::{HeaderMap, HeaderName, HeaderValue};
use pagination_core::{
    ByCursor, ByLink, ByOffset, ByPage, CursorRequest, Error, Follow, FromHttp, Linked,
    OffsetRequest, PageStream, Pages, PaginatedRequest, PaginatedResponse, StyleFor,
};
use pagination_tests::{codat, cspr, drf, github, gitlab, jira, slack, spring, stripe};
use serde_json::{Value, json};
use std::cell::RefCell;
use std::collections::HashSet;
use std::fmt;
use std::num::NonZeroUsize;
use std::rc::Rc;

/// The origin every truthful link and page URL is on.
const ORIGIN: &str = "https://api.example";

// --- the fuzz input ---

/// A value a field or header holds instead of the truthful one.
#[derive(Debug, Clone)]
enum Fuzzed {
    Absent,
    Null,
    /// The truthful number plus this.
    Delta(i8),
    Int(i128),
    Float(f64),
    Text(&'static str),
    Bool(bool),
    EmptyArray,
    EmptyObject,
    Link(Href),
}

/// Where a link points.
#[derive(Debug, Clone)]
enum Href {
    /// The page this many pages after the page answered, on the API's origin.
    Page {
        delta: i8,
        absolute: bool,
    },
    Fixed(&'static str),
}

const HREFS: &[&str] = &[
    "https://evil.example/items?page=2",
    "//evil.example/items?page=2",
    "http://api.example/items?page=2",
    "https://api.example:8443/items?page=2",
    "?page=3",
    "/items?page=4294967295",
    "/items?page=4294967296",
    "/items?page=0",
    "/items?page=-1",
    "/items?page=abc",
    "/items",
    "not a url",
    "",
    "mailto:a@api.example",
    "https://api.example/items?page=1",
    "https://user@api.example/items?page=2",
];

const TEXTS: &[&str] = &[
    "",
    " ",
    "0",
    "1",
    "2",
    "-1",
    "10",
    "1e3",
    "4294967296",
    "18446744073709551616",
    "abc",
    "true",
    "false",
    "null",
    "é",
    "n1",
    "c",
    "cus_1",
    "next",
    "\u{0}",
];

const NUMBERS: &[i128] = &[
    0,
    1,
    2,
    3,
    10,
    40,
    -1,
    u32::MAX as i128,
    u32::MAX as i128 + 1,
    u64::MAX as i128,
    i64::MIN as i128,
    i64::MAX as i128,
];

impl<'a> Arbitrary<'a> for Href {
    fn arbitrary(u: &mut Unstructured<'a>) -> arbitrary::Result<Self> {
        Ok(if u.ratio(2, 3)? {
            Href::Page {
                delta: *u.choose(&[1, 1, 0, -1, 2, 100, i8::MIN])?,
                absolute: u.arbitrary()?,
            }
        } else {
            Href::Fixed(u.choose(HREFS)?)
        })
    }
}

impl<'a> Arbitrary<'a> for Fuzzed {
    fn arbitrary(u: &mut Unstructured<'a>) -> arbitrary::Result<Self> {
        // Mostly numbers near the truthful one, which a body still decodes with.
        Ok(match u.int_in_range(0..=19)? {
            0 | 1 => Fuzzed::Absent,
            2 => Fuzzed::Null,
            3..=9 => Fuzzed::Delta(*u.choose(&[-1, 1, 2, -2, 100, i8::MIN, i8::MAX])?),
            10..=12 => Fuzzed::Int(*u.choose(NUMBERS)?),
            13 => Fuzzed::Float(*u.choose(&[1.5, -0.5, 1e300, 2.0])?),
            14 => Fuzzed::Text(u.choose(TEXTS)?),
            15 => Fuzzed::Bool(u.arbitrary()?),
            16 => Fuzzed::EmptyArray,
            17 => Fuzzed::EmptyObject,
            _ => Fuzzed::Link(u.arbitrary()?),
        })
    }
}

/// One link of a `Link` header.
#[derive(Debug, Clone)]
struct LinkValue {
    href: Href,
    rel: &'static str,
    /// What follows the relation: more parameters, or a malformed tail.
    tail: &'static str,
}

impl<'a> Arbitrary<'a> for LinkValue {
    fn arbitrary(u: &mut Unstructured<'a>) -> arbitrary::Result<Self> {
        Ok(LinkValue {
            href: u.arbitrary()?,
            rel: u.choose(&[
                "\"next\"",
                "next",
                "\"last\"",
                "last",
                "\"prev\"",
                "\"next last\"",
                "NEXT",
                "\"\"",
                "\"next",
            ])?,
            tail: u.choose(&[
                "",
                "",
                "; title=\"x\"",
                ";",
                "; rel=\"last\"",
                ">",
                "\"",
                ",",
                " ,",
            ])?,
        })
    }
}

/// The `Link` header of an answer.
#[derive(Debug, Clone)]
enum LinkHeaderSpec {
    Links(Vec<LinkValue>),
    Raw(&'static str),
}

impl<'a> Arbitrary<'a> for LinkHeaderSpec {
    fn arbitrary(u: &mut Unstructured<'a>) -> arbitrary::Result<Self> {
        Ok(if u.ratio(4, 5)? {
            let count = u.int_in_range(0..=3)?;
            LinkHeaderSpec::Links(
                (0..count)
                    .map(|_| u.arbitrary())
                    .collect::<Result<_, _>>()?,
            )
        } else {
            LinkHeaderSpec::Raw(u.choose(&[
                "",
                "<>",
                "</items?page=2>",
                "</items?page=2>; rel=",
                "</items?page=2; rel=\"next\"",
                "/items?page=2; rel=\"next\"",
                "<\u{e9}>; rel=\"next\"",
                "</a>; rel=\"next\", </b>; rel=\"next\"",
                "</items?page=2>; rel=\"next\";; rel=\"last\"",
                ",,,",
            ])?)
        })
    }
}

/// How an answer's body is sent.
#[derive(Debug, Clone)]
enum Body {
    /// The body the fields make.
    Rendered,
    /// The rendered body, cut after this many bytes.
    Truncated(u16),
    /// Bytes of any kind.
    Raw(Vec<u8>),
}

/// The server's answer to one request.
#[derive(Debug, Clone)]
struct Answer {
    /// The fetch fails, as a transport would.
    fail: bool,
    /// The number of items, instead of the truthful one.
    count: Option<u8>,
    /// Values of the body's fields (by place; `None` is truthful).
    fields: Vec<Option<Fuzzed>>,
    /// Values of the headers (by place; `None` is truthful).
    headers: Vec<Option<Fuzzed>>,
    /// The `Link` header, instead of the truthful one.
    link: Option<LinkHeaderSpec>,
    body: Body,
    /// One item's field, other than its tag, given another value: (item, value).
    item_field: Option<(u8, Fuzzed)>,
    /// Where a page of a walk by links says it came from, instead of the link it was asked
    /// for by: a redirect.
    url: Option<&'static str>,
}

impl Answer {
    fn truthful(&self) -> bool {
        !self.fail
            && self.count.is_none()
            && self.fields.iter().all(Option::is_none)
            && self.headers.iter().all(Option::is_none)
            && self.link.is_none()
            && matches!(self.body, Body::Rendered)
            && self.item_field.is_none()
            && self.url.is_none()
    }
}

impl<'a> Arbitrary<'a> for Answer {
    fn arbitrary(u: &mut Unstructured<'a>) -> arbitrary::Result<Self> {
        // Half the answers are truthful, so that walks go on past them.
        if u.ratio(1, 2)? {
            return Ok(Answer {
                fail: false,
                count: None,
                fields: Vec::new(),
                headers: Vec::new(),
                link: None,
                body: Body::Rendered,
                item_field: None,
                url: None,
            });
        }
        let overrides = |u: &mut Unstructured<'a>| -> arbitrary::Result<Vec<Option<Fuzzed>>> {
            (0..5)
                .map(|_| {
                    if u.ratio(1, 4)? {
                        u.arbitrary().map(Some)
                    } else {
                        Ok(None)
                    }
                })
                .collect()
        };
        Ok(Answer {
            fail: u.ratio(1, 16)?,
            count: if u.ratio(1, 4)? {
                Some(u.int_in_range(0..=12)?)
            } else {
                None
            },
            fields: overrides(u)?,
            headers: overrides(u)?,
            link: if u.ratio(1, 3)? {
                Some(u.arbitrary()?)
            } else {
                None
            },
            body: match u.int_in_range(0..=39)? {
                0 => Body::Truncated(u.arbitrary()?),
                1 => Body::Raw(u.arbitrary()?),
                _ => Body::Rendered,
            },
            item_field: if u.ratio(1, 8)? {
                Some((u.int_in_range(0..=3)?, u.arbitrary()?))
            } else {
                None
            },
            url: if u.ratio(1, 12)? {
                Some(u.choose(&[
                    "https://api.example/elsewhere",
                    "https://evil.example/items?page=1",
                    "not a url",
                ])?)
            } else {
                None
            },
        })
    }
}

/// What the server answers past the end of the script.
#[derive(Debug, Clone, Copy)]
enum Beyond {
    Truthful,
    Empty,
    Fail,
}

/// Which API, and which walker.
#[derive(Debug, Clone, Copy)]
enum Walker {
    Sync,
    Stream(usize),
    Links,
    LinksStream,
}

#[derive(Debug, Clone, Copy)]
enum Api {
    Codat,
    Cspr,
    Drf,
    Github,
    Gitlab,
    Spring,
    Jira,
    Slack,
    Stripe,
}

#[derive(Debug)]
struct Scenario {
    api: Api,
    walker: Walker,
    /// The page size (or limit) of the first request; `None` leaves the default.
    size: Option<u32>,
    /// Where the first request starts: a page past the first, an offset, a cursor.
    start: Option<u32>,
    /// The truthful server's number of items.
    total: u64,
    max_pages: Option<u64>,
    estimates: bool,
    last_cursor_repeats: bool,
    /// After this many items, the walk is stopped at its next checkpoint and a new walk
    /// started from it.
    checkpoint_after: Option<u8>,
    beyond: Beyond,
    script: Vec<Answer>,
}

impl<'a> Arbitrary<'a> for Scenario {
    fn arbitrary(u: &mut Unstructured<'a>) -> arbitrary::Result<Self> {
        let api = *u.choose(&[
            Api::Codat,
            Api::Cspr,
            Api::Drf,
            Api::Github,
            Api::Gitlab,
            Api::Spring,
            Api::Jira,
            Api::Slack,
            Api::Stripe,
        ])?;
        let stream = Walker::Stream(u.int_in_range(1..=4)?);
        let walker = match api {
            Api::Codat | Api::Drf => {
                *u.choose(&[Walker::Sync, stream, Walker::Links, Walker::LinksStream])?
            }
            Api::Github => *u.choose(&[Walker::Sync, Walker::Links, Walker::LinksStream])?,
            _ => *u.choose(&[Walker::Sync, stream])?,
        };
        Ok(Scenario {
            api,
            walker,
            size: if u.ratio(3, 4)? {
                Some(*u.choose(&[1, 2, 3, 5, 10, 1000, 1, 2, 3, 0])?)
            } else {
                None
            },
            start: if u.ratio(1, 6)? {
                Some(*u.choose(&[0, 1, 2, 3, 7, u32::MAX])?)
            } else {
                None
            },
            total: u.int_in_range(0..=40)?,
            max_pages: if u.ratio(1, 10)? {
                Some(u.int_in_range(1..=4)?)
            } else {
                None
            },
            estimates: u.ratio(1, 6)?,
            last_cursor_repeats: u.ratio(1, 4)?,
            checkpoint_after: if u.ratio(1, 4)? {
                Some(u.int_in_range(0..=20)?)
            } else {
                None
            },
            beyond: *u.choose(&[
                Beyond::Truthful,
                Beyond::Truthful,
                Beyond::Empty,
                Beyond::Fail,
            ])?,
            script: {
                let len = u.int_in_range(0..=10)?;
                (0..len).map(|_| u.arbitrary()).collect::<Result<_, _>>()?
            },
        })
    }
}

impl Scenario {
    /// Whether a correct server would give every answer: a walk from the first page must
    /// then yield every item.
    fn truthful(&self) -> bool {
        self.script.iter().all(Answer::truthful)
            && matches!(self.beyond, Beyond::Truthful)
            && self.start.is_none()
            && self.max_pages.is_none()
            && self.size != Some(0)
    }
}

// --- the scripted server ---

/// Why a fetch failed.
#[derive(Debug)]
enum Failure {
    Transport,
    Decode(#[allow(dead_code)] serde_json::Error),
    Header(#[allow(dead_code)] pagination_core::LinkHeaderError),
}

/// What a request asks for, whatever its type.
#[derive(Debug, Default)]
struct Asked {
    page: u32,
    size: u32,
    offset: u64,
    cursor: Option<String>,
    link: Option<String>,
}

/// What a correct server answers to a request, and where the answer's items are.
struct Truth {
    /// The flat index of the page's first item.
    start: u64,
    count: u64,
    more: bool,
    page: u32,
    size: u32,
    total: u64,
    pages: u64,
    /// What names the page asked for, in its items' tags.
    key: String,
    /// The request leads nowhere: the page is empty, whatever the script says.
    nowhere: bool,
}

struct Server {
    script: Vec<Answer>,
    beyond: Beyond,
    total: u64,
    /// Requests answered, by every walk of the scenario: the place in the script.
    calls: usize,
    /// Requests answered by the current walk, and the most it may ask.
    walk_calls: usize,
    /// The links the current walk asked for, and the URLs its pages came from.
    walk_urls: HashSet<String>,
    budget: usize,
    /// The tags of the items of each answer, in the order answered.
    served: Vec<Vec<String>>,
    /// The pages served, by what names them.
    served_keys: HashSet<String>,
    /// Whether the server gave a cursor back to a page it served already.
    looped: bool,
}

/// The page number a link of ours asks for.
fn page_of_link(link: &str) -> Option<u32> {
    let (path, query) = link.split_once('?')?;
    if !path.starts_with(ORIGIN) && !path.starts_with('/') {
        return None;
    }
    query.strip_prefix("page=")?.parse().ok()
}

impl Server {
    /// The answer of the script for the next request, and the truth about it.
    fn next(&mut self, asked: &Asked, first_page: u32, by: By) -> (Answer, Truth) {
        self.walk_calls += 1;
        assert!(
            self.walk_calls <= self.budget,
            "the walk does not end: {} requests, asked {asked:?}",
            self.walk_calls
        );
        let answer = match (self.script.get(self.calls), self.beyond) {
            (Some(answer), _) => answer.clone(),
            (None, Beyond::Truthful) => Answer {
                fail: false,
                count: None,
                fields: Vec::new(),
                headers: Vec::new(),
                link: None,
                body: Body::Rendered,
                item_field: None,
                url: None,
            },
            (None, Beyond::Empty) => Answer {
                fail: false,
                count: Some(0),
                fields: Vec::new(),
                headers: Vec::new(),
                link: None,
                body: Body::Rendered,
                item_field: None,
                url: None,
            },
            (None, Beyond::Fail) => Answer {
                fail: true,
                count: None,
                fields: Vec::new(),
                headers: Vec::new(),
                link: None,
                body: Body::Rendered,
                item_field: None,
                url: None,
            },
        };
        self.calls += 1;
        if std::env::var_os("FUZZ_STATS").is_some() {
            eprintln!("ASKED {asked:?}: answer {}", self.calls - 1);
        }
        let size = asked.size.max(1);
        // A link or cursor the server never gave, or a page before the first, leads nowhere:
        // an empty last page. (Were it to start over, a resumed walk, which knows nothing of
        // the links and cursors fetched before, would be led back to pages it yielded.)
        let nowhere = u64::MAX;
        let (start, page, key) = match by {
            By::Page => {
                // A page asked for by a link of this server is the page the walk counts it
                // as. A walk by links numbers its pages by counting, and resumes by that
                // number: after a server's links skipped a page, it would resume from a page
                // the server numbers otherwise, which no walk can know.
                let page = match asked.link.as_deref() {
                    Some(link) => page_of_link(link).map(|_| asked.page),
                    None => Some(asked.page),
                };
                match page {
                    Some(page) if page >= first_page => (
                        u64::from(page - first_page) * u64::from(size),
                        page,
                        format!("p{page}"),
                    ),
                    _ => (
                        nowhere,
                        asked.page,
                        format!("u{}", asked.link.as_deref().unwrap_or("")),
                    ),
                }
            }
            By::Offset => (asked.offset, 0, String::new()),
            By::Cursor { after } => {
                let start = asked.cursor.as_deref().map_or(Some(0), |cursor| {
                    cursor
                        .parse::<u64>()
                        .ok()
                        .map(|n| n.saturating_add(u64::from(after)))
                });
                (
                    start.unwrap_or(nowhere),
                    0,
                    format!("c{}", asked.cursor.as_deref().unwrap_or("-")),
                )
            }
        };
        let count = (self.total.saturating_sub(start)).min(u64::from(size));
        let truth = Truth {
            nowhere: start == nowhere,
            start,
            count,
            more: start.saturating_add(count) < self.total,
            page,
            size,
            total: self.total,
            pages: self.total.div_ceil(u64::from(size)),
            key,
        };
        (answer, truth)
    }

    /// Records the tags of the items of an answer the walk receives.
    fn serve(&mut self, truth: &Truth, tags: &[String]) {
        self.served.push(tags.to_vec());
        self.served_keys.insert(truth.key.clone());
    }

    /// Records the cursor an answer gives: one that leads back to a page served already
    /// makes the server one that loops.
    fn hand<P: PaginatedResponse>(&mut self, page: &P) {
        let cursor = P::NEXT_CURSOR.and_then(|next| next(page));
        if let Some(cursor) = cursor.filter(|cursor| !cursor.is_empty()) {
            self.looped |= self.served_keys.contains(&format!("c{cursor}"));
        }
    }
}

/// The tags of the first `count` items of an answer: the page asked for (or, by offset,
/// the flat index) and the item's place.
fn tags_of(truth: &Truth, count: usize, by: By) -> Vec<String> {
    (0..count as u64)
        .map(|i| match by {
            By::Offset => format!("#{}", truth.start.saturating_add(i)),
            By::Page | By::Cursor { .. } => format!("{}#{i}", truth.key),
        })
        .collect()
}

/// How the server knows which items a request asks for.
#[derive(Debug, Clone, Copy)]
enum By {
    Page,
    Offset,
    /// By a cursor: the flat index of the page's first item (or of the item before it,
    /// `after = true`, as Stripe's `starting_after` is).
    Cursor {
        after: bool,
    },
}

/// The number the answer holds for `truthful`.
fn number(fuzzed: Option<&Fuzzed>, truthful: u64) -> Option<Value> {
    let Some(fuzzed) = fuzzed else {
        return Some(json!(truthful));
    };
    Some(match fuzzed {
        Fuzzed::Absent => return None,
        Fuzzed::Null => Value::Null,
        Fuzzed::Delta(delta) => {
            let value = i128::from(truthful) + i128::from(*delta);
            i64::try_from(value)
                .map_or_else(|_| json!(u64::try_from(value).unwrap_or(0)), |v| json!(v))
        }
        Fuzzed::Int(value) => i64::try_from(*value)
            .map(|v| json!(v))
            .unwrap_or_else(|_| json!(u64::try_from(*value).unwrap_or(u64::MAX))),
        Fuzzed::Float(value) => json!(value),
        Fuzzed::Text(text) => json!(text),
        Fuzzed::Bool(flag) => json!(flag),
        Fuzzed::EmptyArray => json!([]),
        Fuzzed::EmptyObject => json!({}),
        Fuzzed::Link(href) => json!(href_text(href, 1)),
    })
}

/// The text of a header holding `truthful`.
fn header_text(fuzzed: Option<&Fuzzed>, truthful: Option<String>) -> Option<String> {
    match fuzzed {
        None => truthful,
        Some(Fuzzed::Absent) => None,
        Some(Fuzzed::Null) => Some(String::new()),
        Some(Fuzzed::Delta(delta)) => {
            let base: i128 = truthful.and_then(|text| text.parse().ok()).unwrap_or(0);
            Some((base + i128::from(*delta)).to_string())
        }
        Some(Fuzzed::Text(text)) => Some((*text).to_owned()),
        Some(Fuzzed::Link(href)) => Some(href_text(href, 1)),
        Some(other) => number(Some(other), 0).map(|value| value.to_string()),
    }
}

fn href_text(href: &Href, page: u32) -> String {
    match href {
        Href::Page { delta, absolute } => {
            let target = i64::from(page) + i64::from(*delta);
            let origin = if *absolute { ORIGIN } else { "" };
            format!("{origin}/items?page={target}")
        }
        Href::Fixed(text) => (*text).to_owned(),
    }
}

/// The truthful link to the page after `truth`'s, when there is one.
fn next_link(truth: &Truth) -> Option<String> {
    truth
        .more
        .then(|| format!("{ORIGIN}/items?page={}", truth.page.saturating_add(1)))
}

/// A link value of a body: the truthful link, another, or something that is no link.
fn link_value(fuzzed: Option<&Fuzzed>, truth: &Truth) -> Option<Value> {
    match fuzzed {
        None => Some(next_link(truth).map_or(Value::Null, Value::String)),
        Some(Fuzzed::Link(href)) => Some(json!(href_text(href, truth.page))),
        Some(other) => number(Some(other), 0),
    }
}

/// A body's fields in order, each `None` when left out, as JSON bytes.
fn render(answer: &Answer, object: Vec<(&str, Option<Value>)>) -> Vec<u8> {
    let map: serde_json::Map<String, Value> = object
        .into_iter()
        .filter_map(|(name, value)| Some((name.to_owned(), value?)))
        .collect();
    encode(answer, &Value::Object(map))
}

fn encode(answer: &Answer, value: &Value) -> Vec<u8> {
    let bytes = serde_json::to_vec(value).expect("a JSON value serializes");
    match &answer.body {
        Body::Rendered => bytes,
        Body::Truncated(at) => bytes[..usize::from(*at) % (bytes.len() + 1)].to_vec(),
        Body::Raw(raw) => raw.clone(),
    }
}

/// `count` items made by `item` from each tag, one of them with a field changed.
fn items(
    answer: &Answer,
    tags: &[String],
    item: impl Fn(u64, &str) -> Value,
    field: &str,
) -> Value {
    let mut items: Vec<Value> = tags
        .iter()
        .enumerate()
        .map(|(i, tag)| item(i as u64, tag))
        .collect();
    if let Some((at, fuzzed)) = &answer.item_field {
        if let Some(Value::Object(object)) = items.get_mut(usize::from(*at)) {
            match number(Some(fuzzed), 0) {
                Some(value) => object.insert(field.to_owned(), value),
                None => object.remove(field),
            };
        }
    }
    Value::Array(items)
}

fn decode<T: serde::de::DeserializeOwned>(bytes: &[u8]) -> Result<T, Failure> {
    serde_json::from_slice(bytes).map_err(Failure::Decode)
}

/// The answer's item count, truthful or scripted.
fn count(answer: &Answer, truth: &Truth) -> u64 {
    if truth.nowhere {
        return 0;
    }
    answer.count.map_or(truth.count, u64::from)
}

// --- each API's answers ---

fn codat(server: &mut Server, asked: &Asked) -> Result<codat::InvoicePage, Failure> {
    let (answer, truth) = server.next(asked, 1, By::Page);
    if answer.fail {
        return Err(Failure::Transport);
    }
    let tags = tags_of(
        &truth,
        usize::try_from(count(&answer, &truth)).unwrap_or(0),
        By::Page,
    );
    let f = |i: usize| answer.fields.get(i).and_then(Option::as_ref);
    let links = match f(3) {
        None => match next_link(&truth) {
            Some(next) => json!({"self": {"href": "/items"}, "next": {"href": next}}),
            None => json!({"self": {"href": "/items"}}),
        },
        Some(Fuzzed::Link(href)) => json!({"next": {"href": href_text(href, truth.page)}}),
        Some(other) => number(Some(other), 0).unwrap_or(Value::Null),
    };
    let results = items(
        &answer,
        &tags,
        |i, tag| json!({"id": i.to_string(), "invoiceNumber": tag, "totalAmount": 1.5, "status": "Paid"}),
        "id",
    );
    let bytes = render(
        &answer,
        vec![
            ("results", Some(results)),
            ("pageNumber", number(f(0), truth.page.into())),
            ("pageSize", number(f(1), truth.size.into())),
            ("totalResults", number(f(2), truth.total)),
            (
                "_links",
                if matches!(f(3), Some(Fuzzed::Absent)) {
                    None
                } else {
                    Some(links)
                },
            ),
        ],
    );
    let mut page: codat::InvoicePage = decode(&bytes)?;
    let tags = tags_of(&truth, page.results.len(), By::Page);
    for (invoice, tag) in page.results.iter_mut().zip(&tags) {
        invoice.invoice_number = tag.clone();
    }
    server.serve(&truth, &tags);
    Ok(page)
}

fn cspr(server: &mut Server, asked: &Asked) -> Result<cspr::Page<cspr::Account>, Failure> {
    let (answer, truth) = server.next(asked, 1, By::Page);
    if answer.fail {
        return Err(Failure::Transport);
    }
    let tags = tags_of(
        &truth,
        usize::try_from(count(&answer, &truth)).unwrap_or(0),
        By::Page,
    );
    let f = |i: usize| answer.fields.get(i).and_then(Option::as_ref);
    let data = items(
        &answer,
        &tags,
        |_, tag| json!({"account_hash": "h", "balance": "1", "main_purse_uref": "u", "public_key": tag}),
        "balance",
    );
    let bytes = render(
        &answer,
        vec![
            ("data", Some(data)),
            ("item_count", number(f(0), truth.total)),
            ("page_count", number(f(1), truth.pages)),
        ],
    );
    let mut page: cspr::Page<cspr::Account> = decode(&bytes)?;
    let tags = tags_of(&truth, page.data.len(), By::Page);
    for (account, tag) in page.data.iter_mut().zip(&tags) {
        account.public_key = tag.clone();
    }
    server.serve(&truth, &tags);
    Ok(page)
}

fn drf(server: &mut Server, asked: &Asked) -> Result<drf::BookPage, Failure> {
    let (answer, truth) = server.next(asked, 1, By::Page);
    if answer.fail {
        return Err(Failure::Transport);
    }
    let tags = tags_of(
        &truth,
        usize::try_from(count(&answer, &truth)).unwrap_or(0),
        By::Page,
    );
    let f = |i: usize| answer.fields.get(i).and_then(Option::as_ref);
    let results = items(
        &answer,
        &tags,
        |i, tag| json!({"id": i, "title": tag}),
        "id",
    );
    let bytes = render(
        &answer,
        vec![
            ("count", number(f(0), truth.total)),
            ("next", link_value(f(1), &truth)),
            ("previous", Some(Value::Null)),
            ("results", Some(results)),
        ],
    );
    let mut page: drf::BookPage = decode(&bytes)?;
    let tags = tags_of(&truth, page.results.len(), By::Page);
    for (book, tag) in page.results.iter_mut().zip(&tags) {
        book.title = tag.clone();
    }
    server.serve(&truth, &tags);
    Ok(page)
}

fn spring(server: &mut Server, asked: &Asked) -> Result<spring::CustomerPage, Failure> {
    let (answer, truth) = server.next(asked, 0, By::Page);
    if answer.fail {
        return Err(Failure::Transport);
    }
    let tags = tags_of(
        &truth,
        usize::try_from(count(&answer, &truth)).unwrap_or(0),
        By::Page,
    );
    let f = |i: usize| answer.fields.get(i).and_then(Option::as_ref);
    let content = items(
        &answer,
        &tags,
        |i, tag| json!({"id": i, "firstName": tag, "lastName": "l"}),
        "id",
    );
    let bytes = render(
        &answer,
        vec![
            ("content", Some(content)),
            ("number", number(f(0), truth.page.into())),
            ("size", number(f(1), truth.size.into())),
            ("totalElements", number(f(2), truth.total)),
            ("totalPages", number(f(3), truth.pages)),
        ],
    );
    let mut page: spring::CustomerPage = decode(&bytes)?;
    let tags = tags_of(&truth, page.content.len(), By::Page);
    for (customer, tag) in page.content.iter_mut().zip(&tags) {
        customer.first_name = tag.clone();
    }
    server.serve(&truth, &tags);
    Ok(page)
}

/// The headers of an answer: each truthful value, or the scripted one.
fn headers(
    answer: &Answer,
    truthful: &[(&'static str, Option<String>)],
    truth: &Truth,
    last: bool,
) -> HeaderMap {
    let mut map = HeaderMap::new();
    for (i, (name, value)) in truthful.iter().enumerate() {
        let fuzzed = answer.headers.get(i).and_then(Option::as_ref);
        if let Some(text) = header_text(fuzzed, value.clone()) {
            if let Ok(value) = HeaderValue::from_bytes(text.as_bytes()) {
                map.insert(HeaderName::from_static(name), value);
            }
        }
    }
    let link = match &answer.link {
        None => {
            let mut links = Vec::new();
            if let Some(next) = next_link(truth) {
                links.push(format!("<{next}>; rel=\"next\""));
                if last {
                    links.push(format!(
                        "<{ORIGIN}/items?page={}>; rel=\"last\"",
                        truth.pages
                    ));
                }
            }
            (!links.is_empty()).then(|| links.join(", "))
        }
        Some(LinkHeaderSpec::Raw(raw)) => Some((*raw).to_owned()),
        Some(LinkHeaderSpec::Links(links)) => Some(
            links
                .iter()
                .map(|link| {
                    format!(
                        "<{}>; rel={}{}",
                        href_text(&link.href, truth.page),
                        link.rel,
                        link.tail
                    )
                })
                .collect::<Vec<_>>()
                .join(", "),
        ),
    };
    if let Some(value) = link.and_then(|link| HeaderValue::from_bytes(link.as_bytes()).ok()) {
        map.insert(HeaderName::from_static("link"), value);
    }
    map
}

fn github(server: &mut Server, asked: &Asked) -> Result<github::IssuePage, Failure> {
    let (answer, truth) = server.next(asked, 1, By::Page);
    if answer.fail {
        return Err(Failure::Transport);
    }
    let tags = tags_of(
        &truth,
        usize::try_from(count(&answer, &truth)).unwrap_or(0),
        By::Page,
    );
    let body = encode(
        &answer,
        &items(
            &answer,
            &tags,
            |i, tag| json!({"id": i, "number": i + 1, "title": tag}),
            "id",
        ),
    );
    let mut issues: Vec<github::Issue> = decode(&body)?;
    let tags = tags_of(&truth, issues.len(), By::Page);
    for (issue, tag) in issues.iter_mut().zip(&tags) {
        issue.title = tag.clone();
    }
    let headers = headers(&answer, &[], &truth, true);
    let page = github::IssuePage::from_http(&headers, issues).map_err(Failure::Header)?;
    server.serve(&truth, &tags);
    Ok(page)
}

fn gitlab(server: &mut Server, asked: &Asked) -> Result<gitlab::ProjectPage, Failure> {
    let (answer, truth) = server.next(asked, 1, By::Page);
    if answer.fail {
        return Err(Failure::Transport);
    }
    let tags = tags_of(
        &truth,
        usize::try_from(count(&answer, &truth)).unwrap_or(0),
        By::Page,
    );
    let body = encode(
        &answer,
        &items(&answer, &tags, |i, tag| json!({"id": i, "name": tag}), "id"),
    );
    let mut projects: Vec<gitlab::Project> = decode(&body)?;
    let tags = tags_of(&truth, projects.len(), By::Page);
    for (project, tag) in projects.iter_mut().zip(&tags) {
        project.name = tag.clone();
    }
    let truthful = [
        ("x-page", Some(truth.page.to_string())),
        ("x-per-page", Some(truth.size.to_string())),
        ("x-total", Some(truth.total.to_string())),
        ("x-total-pages", Some(truth.pages.to_string())),
    ];
    let headers = headers(&answer, &truthful, &truth, false);
    let page = gitlab::ProjectPage::from_http(&headers, projects).map_err(Failure::Header)?;
    server.serve(&truth, &tags);
    Ok(page)
}

fn jira(server: &mut Server, asked: &Asked) -> Result<jira::ProjectPage, Failure> {
    let (answer, truth) = server.next(asked, 0, By::Offset);
    if answer.fail {
        return Err(Failure::Transport);
    }
    let tags = tags_of(
        &truth,
        usize::try_from(count(&answer, &truth)).unwrap_or(0),
        By::Offset,
    );
    let f = |i: usize| answer.fields.get(i).and_then(Option::as_ref);
    let values = items(
        &answer,
        &tags,
        |i, tag| json!({"id": i.to_string(), "key": tag}),
        "id",
    );
    let bytes = render(
        &answer,
        vec![
            ("values", Some(values)),
            ("startAt", number(f(0), truth.start)),
            ("maxResults", number(f(1), truth.size.into())),
            ("total", number(f(2), truth.total)),
            ("isLast", Some(json!(!truth.more))),
        ],
    );
    let mut page: jira::ProjectPage = decode(&bytes)?;
    let tags = tags_of(&truth, page.values.len(), By::Offset);
    for (project, tag) in page.values.iter_mut().zip(&tags) {
        project.key = tag.clone();
    }
    server.serve(&truth, &tags);
    Ok(page)
}

fn slack(server: &mut Server, asked: &Asked) -> Result<slack::ConversationsPage, Failure> {
    let (answer, truth) = server.next(asked, 0, By::Cursor { after: false });
    if answer.fail {
        return Err(Failure::Transport);
    }
    let tags = tags_of(
        &truth,
        usize::try_from(count(&answer, &truth)).unwrap_or(0),
        By::Cursor { after: false },
    );
    let f = |i: usize| answer.fields.get(i).and_then(Option::as_ref);
    let next = if truth.more {
        truth.start.saturating_add(truth.count).to_string()
    } else {
        String::new()
    };
    let cursor = match f(1) {
        None => Some(json!(next)),
        Some(Fuzzed::Delta(delta)) => Some(json!(
            (i128::from(truth.start.saturating_add(truth.count)) + i128::from(*delta)).to_string()
        )),
        Some(other) => number(Some(other), 0),
    };
    let metadata = match f(2) {
        None => Some(json!({"next_cursor": cursor})),
        Some(other) => number(Some(other), 0),
    };
    let channels = items(
        &answer,
        &tags,
        |i, tag| json!({"id": format!("C{i}"), "name": tag}),
        "id",
    );
    let bytes = render(
        &answer,
        vec![
            (
                "ok",
                if f(0).is_some() {
                    number(f(0), 1)
                } else {
                    Some(json!(true))
                },
            ),
            ("channels", Some(channels)),
            ("response_metadata", metadata),
        ],
    );
    let mut page: slack::ConversationsPage = decode(&bytes)?;
    let tags = tags_of(&truth, page.channels.len(), By::Cursor { after: false });
    for (channel, tag) in page.channels.iter_mut().zip(&tags) {
        channel.name = tag.clone();
    }
    server.serve(&truth, &tags);
    server.hand(&page);
    Ok(page)
}

fn stripe(server: &mut Server, asked: &Asked) -> Result<stripe::CustomerList, Failure> {
    let by = By::Cursor { after: true };
    let (answer, truth) = server.next(asked, 0, by);
    if answer.fail {
        return Err(Failure::Transport);
    }
    let tags = tags_of(
        &truth,
        usize::try_from(count(&answer, &truth)).unwrap_or(0),
        by,
    );
    let f = |i: usize| answer.fields.get(i).and_then(Option::as_ref);
    let start = truth.start;
    let data = items(
        &answer,
        &tags,
        |i, tag| json!({"id": start.saturating_add(i).to_string(), "email": tag}),
        "id",
    );
    let has_more = match f(0) {
        None => Some(json!(truth.more)),
        Some(other) => number(Some(other), 0),
    };
    let bytes = render(&answer, vec![("data", Some(data)), ("has_more", has_more)]);
    let mut page: stripe::CustomerList = decode(&bytes)?;
    let tags = tags_of(&truth, page.data.len(), by);
    for (customer, tag) in page.data.iter_mut().zip(&tags) {
        customer.email = tag.clone();
    }
    server.serve(&truth, &tags);
    server.hand(&page);
    Ok(page)
}

// --- the walks, and the properties ---

/// How a walk ended.
enum End<Req> {
    Done,
    Failed(Error<Failure, Req>),
    /// Stopped at a checkpoint, to start a new walk from it.
    Checkpoint(Req),
}

type Answerer<Req, Resp> = Rc<dyn Fn(&mut Server, &Req) -> Result<Resp, Failure>>;

/// Walks `first` with style `S` (a fresh walk for each resume and checkpoint, up to five),
/// checking every property.
fn check<Req, Resp, S>(
    scenario: &Scenario,
    server: &Rc<RefCell<Server>>,
    first: Req,
    answer: Answerer<Req, Resp>,
    tag: fn(&Resp::Item) -> String,
) where
    Req: Clone + fmt::Debug + 'static,
    Resp: PaginatedResponse + 'static,
    S: StyleFor<Req, Resp>,
{
    let mut seen: HashSet<String> = HashSet::new();
    let mut start = first;
    let mut checkpoint_after = scenario.checkpoint_after;
    for walk in 0..5 {
        let before = server.borrow().served.len();
        let looped_before = server.borrow().looped;
        server.borrow_mut().walk_calls = 0;
        server.borrow_mut().walk_urls.clear();
        let after = checkpoint_after.take();
        let (yielded, end) = match scenario.walker {
            Walker::Stream(n) => {
                walk_stream::<Req, Resp, S>(scenario, server, start, &answer, tag, n, after)
            }
            Walker::LinksStream => {
                walk_stream::<Req, Resp, S>(scenario, server, start, &answer, tag, 1, after)
            }
            Walker::Sync | Walker::Links => {
                walk_sync::<Req, Resp, S>(scenario, server, start, &answer, tag, after)
            }
        };
        let served: Vec<String> = server.borrow().served[before..].concat();
        // In the order served, and a subsequence of it.
        let mut rest = served.iter();
        for item in &yielded {
            assert!(
                rest.any(|served| served == item),
                "walk {walk}: item {item} out of order or never served; yielded {yielded:?}, served {served:?}"
            );
        }
        // None twice in one walk: its guards catch a server that leads it back. Nor any
        // item an earlier walk yielded, unless the server gave a cursor back to a page it
        // served (before this walk, for the page the walk resumed at): a new walk knows
        // nothing of the cursors an earlier one fetched by, so no walk can tell that loop.
        let by_cursor = matches!(scenario.api, Api::Slack | Api::Stripe);
        let resumed_at: HashSet<String> = server
            .borrow()
            .served
            .get(before)
            .map(|tags| tags.iter().cloned().collect())
            .unwrap_or_default();
        let mut this_walk = HashSet::new();
        for item in &yielded {
            assert!(
                this_walk.insert(item.clone()),
                "walk {walk}: item {item} yielded twice; yielded {yielded:?}"
            );
            let looped = if resumed_at.contains(item) {
                looped_before
            } else {
                server.borrow().looped
            };
            assert!(
                (by_cursor && looped) || !seen.contains(item),
                "walk {walk}: item {item} was yielded by an earlier walk; yielded {yielded:?}"
            );
        }
        seen.extend(this_walk);
        let sequential = !matches!(scenario.walker, Walker::Stream(n) if n > 1);
        if sequential && !matches!(end, End::Failed(_)) {
            assert_eq!(
                yielded, served,
                "walk {walk}: a walk that ended well lost items"
            );
        }
        if walk == 0 && scenario.truthful() && scenario.checkpoint_after.is_none() {
            assert!(
                matches!(end, End::Done),
                "a truthful server's walk failed: {}",
                match &end {
                    End::Failed(error) => error.to_string(),
                    _ => String::new(),
                }
            );
            assert_eq!(
                yielded.len() as u64,
                scenario.total,
                "a truthful server's walk lost items"
            );
        }
        if std::env::var_os("FUZZ_STATS").is_some() {
            // How each walk ends, to see what the script reaches: `grep ^STAT | sort | uniq -c`.
            let how = match &end {
                End::Done => "done".to_owned(),
                End::Checkpoint(_) => "checkpoint".to_owned(),
                End::Failed(error) => format!("{error:?}")
                    .split(' ')
                    .next()
                    .unwrap_or_default()
                    .to_owned(),
            };
            eprintln!(
                "STAT {:?} {:?} walk {walk} ended {how}",
                scenario.api, scenario.walker
            );
        }
        start = match end {
            End::Done => return,
            End::Checkpoint(request) => request,
            End::Failed(error) => {
                let message = error.to_string();
                assert!(
                    !message.trim().is_empty(),
                    "an error without a message: {error:?}"
                );
                match error {
                    Error::InvalidRequest { .. } => {
                        // Its resume is the same request, to correct: nothing was fetched.
                        assert!(yielded.is_empty(), "an invalid request yielded items");
                        return;
                    }
                    // Its resume is documented as the last page fetched, which a new walk
                    // fetches again: the server's cursors lead nowhere new.
                    Error::CursorLoop { .. } => return,
                    error => error.into_resume(),
                }
            }
        };
    }
}

fn walk_sync<Req, Resp, S>(
    scenario: &Scenario,
    server: &Rc<RefCell<Server>>,
    start: Req,
    answer: &Answerer<Req, Resp>,
    tag: fn(&Resp::Item) -> String,
    checkpoint_after: Option<u8>,
) -> (Vec<String>, End<Req>)
where
    Req: Clone + fmt::Debug + 'static,
    Resp: PaginatedResponse + 'static,
    S: StyleFor<Req, Resp>,
{
    let (server, answer) = (server.clone(), answer.clone());
    let fetch = move |request: Req| answer(&mut server.borrow_mut(), &request);
    let mut pages = Pages::<Req, Resp, _, S>::new(start, fetch);
    if let Some(limit) = scenario.max_pages {
        pages = pages.max_pages(limit);
    }
    if scenario.estimates {
        pages = pages.totals_are_estimates();
    }
    if scenario.last_cursor_repeats {
        pages = pages.last_cursor_repeats();
    }
    let mut items = pages.items();
    let mut yielded = Vec::new();
    loop {
        match items.next() {
            None => return (yielded, End::Done),
            Some(Ok(item)) => {
                yielded.push(tag(&item));
                if checkpoint_after.is_some_and(|after| yielded.len() >= usize::from(after)) {
                    if let Some(request) = items.checkpoint() {
                        return (yielded, End::Checkpoint(request.clone()));
                    }
                }
            }
            Some(Err(error)) => {
                assert!(items.next().is_none(), "a walk yielded after its error");
                return (yielded, End::Failed(error));
            }
        }
    }
}

fn walk_stream<Req, Resp, S>(
    scenario: &Scenario,
    server: &Rc<RefCell<Server>>,
    start: Req,
    answer: &Answerer<Req, Resp>,
    tag: fn(&Resp::Item) -> String,
    concurrency: usize,
    checkpoint_after: Option<u8>,
) -> (Vec<String>, End<Req>)
where
    Req: Clone + fmt::Debug + 'static,
    Resp: PaginatedResponse + 'static,
    S: StyleFor<Req, Resp>,
{
    let (server, answer) = (server.clone(), answer.clone());
    let fetch = move |request: Req| std::future::ready(answer(&mut server.borrow_mut(), &request));
    let mut pages = PageStream::<Req, Resp, _, S>::new(start, fetch)
        .concurrency(NonZeroUsize::new(concurrency).expect("at least 1"));
    if let Some(limit) = scenario.max_pages {
        pages = pages.max_pages(limit);
    }
    if scenario.estimates {
        pages = pages.totals_are_estimates();
    }
    if scenario.last_cursor_repeats {
        pages = pages.last_cursor_repeats();
    }
    let items = pages.items();
    futures_executor::block_on(async move {
        let mut items = std::pin::pin!(items);
        let mut yielded = Vec::new();
        loop {
            match items.next().await {
                None => return (yielded, End::Done),
                Some(Ok(item)) => {
                    yielded.push(tag(&item));
                    if checkpoint_after.is_some_and(|after| yielded.len() >= usize::from(after)) {
                        if let Some(request) = items.checkpoint() {
                            return (yielded, End::Checkpoint(request.clone()));
                        }
                    }
                }
                Some(Err(error)) => {
                    assert!(
                        items.next().await.is_none(),
                        "a walk yielded after its error"
                    );
                    return (yielded, End::Failed(error));
                }
            }
        }
    })
}

fn page_request<R: PaginatedRequest + Default>(scenario: &Scenario) -> R {
    let mut request = R::default();
    if let Some(size) = scenario.size {
        request = request.with_page_size(size);
    }
    if let Some(page) = scenario.start {
        request.set_page(page);
    }
    request
}

fn asked_page<R: PaginatedRequest>(request: &R) -> Asked {
    Asked {
        page: request.page(),
        size: request.page_size(),
        ..Asked::default()
    }
}

fn asked_link<R: PaginatedRequest>(at: &Follow<R>) -> Asked {
    Asked {
        link: at.link().map(str::to_owned),
        ..asked_page(at.request())
    }
}

/// Walks a page-number API with `paginate` (or its stream), or by its links.
fn check_pages<R, P>(
    scenario: &Scenario,
    server: &Rc<RefCell<Server>>,
    respond: fn(&mut Server, &Asked) -> Result<P, Failure>,
    tag: fn(&P::Item) -> String,
) where
    R: PaginatedRequest + Default + Clone + fmt::Debug + 'static,
    P: PaginatedResponse + 'static,
{
    let first: R = page_request(scenario);
    match scenario.walker {
        Walker::Links | Walker::LinksStream => {
            let answer: Answerer<Follow<R>, Linked<P>> =
                Rc::new(move |server: &mut Server, at: &Follow<R>| {
                    let asked = asked_link(at);
                    // A redirect: only of a page asked for by link, whose URL the walk
                    // knows. A page asked for by number comes from the URL the transport
                    // built for it, which the walk never sees, so it could not tell a link
                    // back to it.
                    let script_url = at
                        .link()
                        .and(server.script.get(server.calls))
                        .and_then(|answer| answer.url);
                    let url = script_url.map_or_else(
                        || {
                            at.link().map_or_else(
                                || format!("{ORIGIN}/items?page={}", asked.page),
                                str::to_owned,
                            )
                        },
                        str::to_owned,
                    );
                    // LinkLoop: no walk follows a link to a page it fetched, by the link it
                    // asked or the URL the page came from.
                    if let Some(link) = at.link() {
                        assert!(
                            !server.walk_urls.contains(link),
                            "the walk followed a link back to a page it fetched: {link}"
                        );
                    }
                    let page = respond(server, &asked)?;
                    server.walk_urls.extend(at.link().map(str::to_owned));
                    server.walk_urls.insert(url.clone());
                    Ok(Linked::new(page, url))
                });
            check::<Follow<R>, Linked<P>, ByLink>(
                scenario,
                server,
                Follow::new(first),
                answer,
                tag,
            );
        }
        Walker::Sync | Walker::Stream(_) => {
            let answer: Answerer<R, P> = Rc::new(move |server: &mut Server, request: &R| {
                respond(server, &asked_page(request))
            });
            check::<R, P, ByPage>(scenario, server, first, answer, tag);
        }
    }
}

fn run(scenario: &Scenario) {
    let budget = scenario.script.len() + usize::try_from(scenario.total).unwrap_or(0) + 8;
    let server = Rc::new(RefCell::new(Server {
        script: scenario.script.clone(),
        beyond: scenario.beyond,
        total: scenario.total,
        calls: 0,
        walk_calls: 0,
        walk_urls: HashSet::new(),
        budget,
        served: Vec::new(),
        served_keys: HashSet::new(),
        looped: false,
    }));
    match scenario.api {
        Api::Codat => check_pages::<codat::ListInvoices, _>(scenario, &server, codat, |i| {
            i.invoice_number.clone()
        }),
        Api::Cspr => {
            check_pages::<cspr::ListAccounts, _>(scenario, &server, cspr, |a| a.public_key.clone())
        }
        Api::Drf => check_pages::<drf::ListBooks, _>(scenario, &server, drf, |b| b.title.clone()),
        Api::Github => {
            check_pages::<github::ListIssues, _>(scenario, &server, github, |i| i.title.clone())
        }
        Api::Gitlab => {
            check_pages::<gitlab::ListProjects, _>(scenario, &server, gitlab, |p| p.name.clone())
        }
        Api::Spring => check_pages::<spring::ListCustomers, _>(scenario, &server, spring, |c| {
            c.first_name.clone()
        }),
        Api::Jira => {
            let mut first = jira::SearchProjects::default();
            if let Some(size) = scenario.size {
                first = first.with_limit(size);
            }
            if let Some(offset) = scenario.start {
                first = first.with_offset(offset.into());
            }
            let answer: Answerer<jira::SearchProjects, jira::ProjectPage> =
                Rc::new(|server: &mut Server, request: &jira::SearchProjects| {
                    let asked = Asked {
                        offset: request.offset(),
                        size: request.limit(),
                        ..Asked::default()
                    };
                    jira(server, &asked)
                });
            check::<_, _, ByOffset>(scenario, &server, first, answer, |p| p.key.clone());
        }
        Api::Slack => {
            let mut first = slack::ListConversations::default();
            if let Some(size) = scenario.size {
                first = first.with_limit(size);
            }
            if let Some(cursor) = scenario.start {
                first = first.with_cursor(cursor.to_string());
            }
            let answer: Answerer<slack::ListConversations, slack::ConversationsPage> =
                Rc::new(|server: &mut Server, request: &slack::ListConversations| {
                    slack(server, &asked_cursor(request))
                });
            check::<_, _, ByCursor>(scenario, &server, first, answer, |c| c.name.clone());
        }
        Api::Stripe => {
            let mut first = stripe::ListCustomers::default();
            if let Some(size) = scenario.size {
                first = first.with_limit(size);
            }
            if let Some(cursor) = scenario.start {
                first = first.with_cursor(cursor.to_string());
            }
            let answer: Answerer<stripe::ListCustomers, stripe::CustomerList> =
                Rc::new(|server: &mut Server, request: &stripe::ListCustomers| {
                    stripe(server, &asked_cursor(request))
                });
            check::<_, _, ByCursor>(scenario, &server, first, answer, |c| c.email.clone());
        }
    }
}

fn asked_cursor<R: CursorRequest>(request: &R) -> Asked {
    Asked {
        cursor: request.cursor().map(str::to_owned),
        size: request.limit(),
        ..Asked::default()
    }
}

fuzz_target!(|scenario: Scenario| {
    run(&scenario);
});
