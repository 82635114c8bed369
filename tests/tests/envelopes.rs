//! Responses whose pagination lives in nested objects, as real APIs send them: roles
//! reached through paths of fields (JSON:API's `meta` and `links`, Spring Data REST's
//! `_embedded` and `page`, a `meta.page.total` three levels down), a `None` anywhere on
//! the way read as unknown, and `has_more` flags (Stripe, GraphQL's `pageInfo`).

use pagination_core::{
    Error, HalLinks, Link, PageInfo, Paginated, PaginatedRequest, PaginatedResponse, paginate,
};
use serde::{Deserialize, Serialize};
use serde_json::json;

fn parse<T: serde::de::DeserializeOwned>(value: serde_json::Value) -> T {
    serde_json::from_value(value).unwrap()
}

// JSON:API: `{"data": [...], "meta": {...}, "links": {...}}`, with the page parameters
// spelled `page[number]` and `page[size]`.

#[derive(Debug, Clone, Default, PartialEq, Serialize, Paginated)]
#[paginate(page = "page[number]", size = "page[size]", default = 20, max = 100)]
struct ListArticles {
    #[serde(rename = "page[number]")]
    page_number: Option<u32>,
    #[serde(rename = "page[size]")]
    page_size: Option<u32>,
}

#[derive(Debug, PartialEq, Deserialize)]
struct Article {
    id: String,
    #[serde(rename = "type")]
    kind: String,
}

#[derive(Debug, Deserialize)]
struct JsonApiMeta {
    total: Option<u64>,
    #[serde(rename = "total-pages")]
    total_pages: Option<u64>,
}

#[derive(Debug, Deserialize)]
struct JsonApiLinks {
    next: Option<String>,
}

#[derive(Debug, Deserialize, Paginated)]
#[paginate(items = data, total_items = meta.total, total_pages = meta.total_pages)]
#[paginate(next = links.next)]
struct ArticlePage {
    data: Vec<Article>,
    #[serde(default)]
    meta: Option<JsonApiMeta>,
    #[serde(default)]
    links: Option<JsonApiLinks>,
}

fn article(id: &str) -> serde_json::Value {
    json!({"type": "articles", "id": id, "attributes": {"title": "JSON:API"}})
}

#[test]
fn json_api_totals_under_meta_and_the_link_under_links() {
    let page: ArticlePage = parse(json!({
        "data": [article("1"), article("2")],
        "meta": {"total": 42, "total-pages": 21},
        "links": {
            "self": "/articles?page[number]=1&page[size]=2",
            "next": "/articles?page[number]=2&page[size]=2",
            "last": "/articles?page[number]=21&page[size]=2"
        }
    }));
    assert_eq!(page.items().len(), 2);
    assert_eq!(page.items()[1].id, "2");
    assert_eq!(
        page.page_info(),
        PageInfo::new(None, None, Some(42), Some(21))
    );
    assert_eq!(
        page.next_link(),
        Some("/articles?page[number]=2&page[size]=2")
    );
    let request = ListArticles::default().with_page(1).with_page_size(2);
    // Encoded as serde_urlencoded encodes the same names.
    assert_eq!(
        request.page_query().to_string(),
        serde_urlencoded::to_string(&request).unwrap()
    );
    assert_eq!(
        request.page_query().to_string(),
        "page%5Bnumber%5D=1&page%5Bsize%5D=2"
    );
    let next = request.next_request(&page).unwrap();
    assert_eq!(next.page_number, Some(2));
    let items = page.into_items();
    assert_eq!(
        items[0],
        Article {
            id: "1".into(),
            kind: "articles".into()
        }
    );
}

#[test]
fn json_api_without_meta_or_links_knows_nothing_and_has_no_next_page() {
    let request = ListArticles::default().with_page(3).with_page_size(1);
    for document in [
        json!({"data": [article("1")]}),
        json!({"data": [article("1")], "meta": null, "links": null}),
        json!({"data": [article("1")], "meta": {}, "links": {"next": null}}),
        json!({"data": [article("1")], "meta": {"total": null}, "links": {"self": "/a"}}),
    ] {
        let page: ArticlePage = parse(document.clone());
        assert_eq!(page.page_info(), PageInfo::default(), "{document}");
        assert_eq!(page.next_link(), None, "{document}");
        // The type has a `next` role: no link is the last page, whatever else.
        assert_eq!(request.next_request(&page), None, "{document}");
        assert_eq!(page.items().len(), 1);
    }
}

/// JSON:API 1.1 lets a link be an object with an `href`.
#[test]
fn json_api_link_objects() {
    #[derive(Deserialize)]
    struct Links {
        next: Option<Link>,
    }
    #[derive(Deserialize, Paginated)]
    #[paginate(items = data, next = links.next)]
    struct Page {
        data: Vec<Article>,
        links: Links,
    }
    let page: Page = parse(json!({
        "data": [article("7")],
        "links": {"next": {"href": "/articles?page[number]=2"}}
    }));
    assert_eq!(page.next_link(), Some("/articles?page[number]=2"));
    let last: Page = parse(json!({"data": [article("8")], "links": {"next": null}}));
    assert_eq!(last.next_link(), None);
}

// Spring Data REST: `{"_embedded": {"people": [...]}, "_links": {...}, "page": {...}}`,
// pages numbered from 0.

#[derive(Debug, Clone, Default, PartialEq, Serialize, Paginated)]
#[paginate(size = "size", default = 20, max = 2000, first = 0)]
struct ListPeople {
    page: Option<u32>,
    size: Option<u32>,
}

#[derive(Debug, PartialEq, Deserialize)]
#[serde(rename_all = "camelCase")]
struct Person {
    first_name: String,
    last_name: String,
}

#[derive(Debug, Deserialize)]
struct People {
    people: Vec<Person>,
}

#[derive(Debug, Deserialize)]
#[serde(rename_all = "camelCase")]
struct PageMetadata {
    size: u32,
    total_elements: u64,
    total_pages: u64,
    number: u32,
}

#[derive(Debug, Deserialize, Paginated)]
#[paginate(items = embedded.people, item = Person, next = links)]
#[paginate(page = page.number, size = page.size)]
#[paginate(total_items = page.total_elements, total_pages = page.total_pages)]
struct PersonPage {
    #[serde(rename = "_embedded", default)]
    embedded: Option<People>,
    #[serde(rename = "_links", default)]
    links: HalLinks,
    page: PageMetadata,
}

fn person(first: &str) -> serde_json::Value {
    json!({"firstName": first, "lastName": "Baggins", "_links": {"self": {"href": "/people/1"}}})
}

#[test]
fn spring_data_rest_items_under_embedded_and_numbers_under_page() {
    let page: PersonPage = parse(json!({
        "_embedded": {"people": [person("Frodo"), person("Bilbo")]},
        "_links": {
            "self": {"href": "http://localhost:8080/people?page=0&size=2"},
            "next": {"href": "http://localhost:8080/people?page=1&size=2"}
        },
        "page": {"size": 2, "totalElements": 3, "totalPages": 2, "number": 0}
    }));
    assert_eq!(page.items()[0].first_name, "Frodo");
    assert_eq!(
        page.page_info(),
        PageInfo::new(Some(0), Some(2), Some(3), Some(2))
    );
    assert_eq!(
        page.next_link(),
        Some("http://localhost:8080/people?page=1&size=2")
    );
    let request = ListPeople::default().with_page(0).with_page_size(2);
    assert_eq!(request.next_request(&page).unwrap().page, Some(1));
    let people = page.into_items();
    assert_eq!(
        people
            .iter()
            .map(|p| p.first_name.as_str())
            .collect::<Vec<_>>(),
        ["Frodo", "Bilbo"]
    );
    assert_eq!(people[1].last_name, "Baggins");
}

/// Spring Data REST leaves `_embedded` out of an empty page.
#[test]
fn spring_data_rest_without_embedded_is_an_empty_page() {
    let page: PersonPage = parse(json!({
        "_links": {"self": {"href": "http://localhost:8080/people?page=5&size=2"}},
        "page": {"size": 2, "totalElements": 3, "totalPages": 2, "number": 5}
    }));
    assert!(page.items().is_empty());
    assert_eq!(page.next_link(), None);
    let request = ListPeople::default().with_page(5).with_page_size(2);
    assert_eq!(request.next_request(&page), None);
    assert!(page.into_items().is_empty());
}

/// Every page of a Spring Data REST collection, by its links.
#[test]
fn spring_data_rest_walk() {
    let fetch = |request: ListPeople| -> Result<PersonPage, std::convert::Infallible> {
        let (number, size) = (request.page(), request.page_size());
        let names = ["Frodo", "Sam", "Merry", "Pippin", "Bilbo"];
        let start = (number * size) as usize;
        let people: Vec<_> = names
            .iter()
            .skip(start)
            .take(size as usize)
            .map(|name| person(name))
            .collect();
        let next = (start + people.len() < names.len()).then(|| {
            json!({"href": format!("http://localhost:8080/people?page={}&size={size}", number + 1)})
        });
        Ok(parse(json!({
            "_embedded": {"people": people},
            "_links": {"next": next},
            "page": {"size": size, "totalElements": 5, "totalPages": 3, "number": number}
        })))
    };
    let names: Vec<String> = paginate(ListPeople::default().with_page_size(2), fetch)
        .items()
        .map(|person| person.map(|person| person.first_name))
        .collect::<Result<_, Error<_, _>>>()
        .unwrap();
    assert_eq!(names, ["Frodo", "Sam", "Merry", "Pippin", "Bilbo"]);
}

// `meta.page.total`: three levels down, through an `Option` in the middle.

#[derive(Debug, Deserialize)]
struct Totals {
    total: Option<i64>,
    current: u32,
}

#[derive(Debug, Deserialize)]
struct Meta {
    page: Option<Totals>,
}

#[derive(Debug, Deserialize, Paginated)]
#[paginate(items = "results", total_items = meta.page.total, page = meta.page.current)]
struct DeepPage {
    results: Option<Vec<u32>>,
    meta: Meta,
}

#[test]
fn a_total_three_levels_down() {
    let page: DeepPage = parse(json!({
        "results": [1, 2, 3],
        "meta": {"page": {"total": 95, "current": 2}}
    }));
    assert_eq!(
        page.page_info(),
        PageInfo::new(Some(2), None, Some(95), None)
    );
    assert_eq!(page.page_info().or_page_size(3).total_pages, Some(32));
    let unknown: DeepPage = parse(json!({"results": [1], "meta": {"page": null}}));
    assert_eq!(unknown.page_info(), PageInfo::default());
    let negative: DeepPage = parse(json!({
        "results": [1],
        "meta": {"page": {"total": -1, "current": 1}}
    }));
    assert_eq!(
        negative.page_info(),
        PageInfo::new(Some(1), None, None, None)
    );
    let no_results: DeepPage = parse(json!({"meta": {"page": null}}));
    assert!(no_results.items().is_empty());
}

// Stripe: `{"object": "list", "data": [...], "has_more": true}`.

#[derive(Debug, Clone, Default, PartialEq, Serialize, Paginated)]
#[paginate(size = "limit", default = 10, max = 100)]
struct ListCustomers {
    page: Option<u32>,
    limit: Option<u32>,
}

#[derive(Debug, Deserialize)]
struct Customer {
    id: String,
}

#[derive(Debug, Deserialize, Paginated)]
#[paginate(items = "data", has_more = "has_more")]
struct CustomerList {
    data: Vec<Customer>,
    has_more: bool,
    url: String,
}

#[test]
fn stripe_has_more() {
    let request = ListCustomers::default().with_page_size(2);
    let more: CustomerList = parse(json!({
        "object": "list", "url": "/v1/customers", "has_more": true,
        "data": [{"id": "cus_1"}]
    }));
    // A short page, but the flag says there is more.
    assert_eq!(request.next_request(&more).unwrap().page, Some(2));
    assert_eq!(more.url, "/v1/customers");
    let last: CustomerList = parse(json!({
        "object": "list", "url": "/v1/customers", "has_more": false,
        "data": [{"id": "cus_2"}, {"id": "cus_3"}]
    }));
    // A full page, but the flag says it is the last.
    assert_eq!(request.next_request(&last), None);
    assert_eq!(last.next_link(), None);
    assert_eq!(
        last.into_items()
            .iter()
            .map(|c| c.id.as_str())
            .collect::<Vec<_>>(),
        ["cus_2", "cus_3"]
    );
}

// GraphQL: `{"nodes": [...], "pageInfo": {"hasNextPage": false, "endCursor": "..."}}`.

#[derive(Debug, Deserialize)]
#[serde(rename_all = "camelCase")]
struct GraphQlPageInfo {
    has_next_page: bool,
    end_cursor: Option<String>,
}

#[derive(Debug, Deserialize, Paginated)]
#[serde(rename_all = "camelCase")]
#[paginate(items = nodes, has_more = page_info.has_next_page)]
struct RepositoryConnection {
    nodes: Vec<String>,
    #[serde(default)]
    page_info: Option<GraphQlPageInfo>,
}

#[test]
fn graphql_has_next_page() {
    let request = ListCustomers::default().with_page_size(2);
    let last: RepositoryConnection = parse(json!({
        "nodes": ["a", "b"],
        "pageInfo": {"hasNextPage": false, "endCursor": "Y3Vyc29yOjI="}
    }));
    assert_eq!(
        last.page_info.as_ref().unwrap().end_cursor.as_deref(),
        Some("Y3Vyc29yOjI=")
    );
    assert_eq!(
        request.next_request(&last),
        None,
        "a full page, but the last"
    );
    let more: RepositoryConnection = parse(json!({
        "nodes": ["c"],
        "pageInfo": {"hasNextPage": true, "endCursor": null}
    }));
    assert_eq!(request.next_request(&more).unwrap().page, Some(2));
    // Without `pageInfo` the flag is unknown: the full-page rule decides.
    let full: RepositoryConnection = parse(json!({"nodes": ["d", "e"]}));
    assert_eq!(request.next_request(&full).unwrap().page, Some(2));
    let short: RepositoryConnection = parse(json!({"nodes": ["f"], "pageInfo": null}));
    assert_eq!(request.next_request(&short), None);
    assert_eq!(full.into_items(), ["d", "e"]);
}

/// `HAS_MORE` reads the flag as it is: `None` when it is missing on the way.
#[test]
fn has_more_reads_the_flag() {
    #[derive(Paginated)]
    struct Flagged {
        #[paginate(items)]
        items: Vec<u8>,
        #[paginate(has_more)]
        more: Option<bool>,
    }
    let read = Flagged::HAS_MORE.unwrap();
    let page = |more| Flagged {
        items: vec![1],
        more,
    };
    assert_eq!(read(&page(Some(true))), Some(true));
    assert_eq!(read(&page(Some(false))), Some(false));
    assert_eq!(read(&page(None)), None);
    assert_eq!(CustomerList::HAS_MORE.map(|_| ()), Some(()));
    assert!(ArticlePage::HAS_MORE.is_none());
    let read = RepositoryConnection::HAS_MORE.unwrap();
    assert_eq!(read(&parse(json!({"nodes": []}))), None);
}

/// A GraphQL walk: the flag goes on past short pages and ends a full one.
#[test]
fn graphql_walk() {
    let fetch = |request: ListCustomers| -> Result<RepositoryConnection, std::convert::Infallible> {
        let page = request.page();
        Ok(parse(json!({
            "nodes": [format!("repo-{page}")],
            "pageInfo": {"hasNextPage": page < 4, "endCursor": null}
        })))
    };
    let nodes: Vec<String> = paginate(ListCustomers::default().with_page_size(5), fetch)
        .items()
        .collect::<Result<_, Error<_, _>>>()
        .unwrap();
    assert_eq!(nodes, ["repo-1", "repo-2", "repo-3", "repo-4"]);
}

// Generic envelopes, and items at the end of a path that may be `Option<Vec<T>>`.

#[derive(Debug, Deserialize)]
struct Embedded<T> {
    items: Option<Vec<T>>,
    count: Option<u32>,
}

#[derive(Debug, Deserialize, Paginated)]
#[paginate(items = body.items, item = T, total_items = body.count)]
struct Envelope<T> {
    body: Option<Embedded<T>>,
}

#[test]
fn generic_envelopes_with_options_everywhere() {
    let page: Envelope<u8> = parse(json!({"body": {"items": [1, 2], "count": 9}}));
    assert_eq!(page.items(), [1, 2]);
    assert_eq!(page.page_info().total_items, Some(9));
    assert_eq!(page.into_items(), [1, 2]);
    for document in [
        json!({"body": null}),
        json!({"body": {"items": null, "count": null}}),
    ] {
        let page: Envelope<String> = parse(document);
        assert!(page.items().is_empty());
        assert_eq!(page.page_info(), PageInfo::default());
        assert!(page.into_items().is_empty());
    }
}

/// Items borrowed from the response body, through a path.
#[test]
fn borrowed_items_through_a_path() {
    #[derive(Deserialize)]
    struct Inner<'a> {
        #[serde(borrow)]
        names: Vec<&'a str>,
    }
    #[derive(Deserialize, Paginated)]
    #[paginate(items = inner.names, item = &'a str)]
    struct Borrowed<'a> {
        #[serde(borrow)]
        inner: Inner<'a>,
    }
    let body = r#"{"inner": {"names": ["x", "y"]}}"#;
    let page: Borrowed<'_> = serde_json::from_str(body).unwrap();
    assert_eq!(page.items(), ["x", "y"]);
    assert_eq!(page.into_items(), ["x", "y"]);
}

/// A one-name path is the struct's own field by its Rust name, whatever serde calls it:
/// no wire-name rule applies.
#[test]
fn a_one_name_path_is_the_rust_field() {
    #[derive(Deserialize, Paginated)]
    #[serde(rename_all = "PascalCase")]
    #[paginate(items = records, total_items = record_count, next = next_page)]
    struct Listing {
        records: Vec<u8>,
        record_count: u64,
        next_page: Option<String>,
    }
    let page: Listing = parse(json!({"Records": [1], "RecordCount": 4, "NextPage": "/2"}));
    assert_eq!(page.items(), [1]);
    assert_eq!(page.page_info().total_items, Some(4));
    assert_eq!(page.next_link(), Some("/2"));
}

/// Boxed structs on the way are read through, as field access reads them.
#[test]
fn boxed_structs_on_the_way() {
    #[derive(Deserialize)]
    struct Counts {
        total: u32,
    }
    #[derive(Deserialize)]
    struct Meta {
        counts: Box<Counts>,
    }
    #[derive(Deserialize, Paginated)]
    #[paginate(items = body.items, item = u8, total_items = meta.counts.total)]
    struct Boxed {
        body: Option<Box<Embedded<u8>>>,
        meta: Box<Meta>,
    }
    let page: Boxed = parse(json!({
        "body": {"items": [5], "count": null},
        "meta": {"counts": {"total": 1}}
    }));
    assert_eq!(page.items(), [5]);
    assert_eq!(page.page_info().total_items, Some(1));
    assert_eq!(page.into_items(), [5]);
}

/// A link type of the user's own: a `next` object with a `url` and a `cursor`.
#[derive(Debug, Deserialize)]
struct NextPage {
    url: String,
}

impl pagination_core::NextLink for NextPage {
    fn next_link(&self) -> Option<&str> {
        Some(self.url.as_str()).filter(|url| !url.is_empty())
    }
}

#[derive(Debug, Deserialize, Paginated)]
struct OwnLinkPage {
    #[paginate(items)]
    items: Vec<u32>,
    #[paginate(next)]
    next: Option<NextPage>,
}

#[test]
fn a_next_link_type_of_the_users_own() {
    let request = ListArticles::default().with_page(1).with_page_size(2);
    let page: OwnLinkPage = parse(json!({"items": [1, 2], "next": {"url": "/p2"}}));
    assert_eq!(page.next_link(), Some("/p2"));
    assert_eq!(request.next_request(&page).map(|next| next.page()), Some(2));
    let last: OwnLinkPage = parse(json!({"items": [3], "next": null}));
    assert_eq!(request.next_request(&last), None);
    let empty: OwnLinkPage = parse(json!({"items": [3], "next": {"url": ""}}));
    assert_eq!(empty.next_link(), None);
}
