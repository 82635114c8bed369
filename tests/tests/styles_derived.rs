//! Offset and cursor pagination declared with the derive alone, on the shapes real APIs
//! send: Jira (`startAt` / `maxResults`, echoed in a page bean), a Spotify-like paging
//! object (`offset` / `limit` by field markers, with a next link), Stripe (`starting_after`
//! the last item's `id`, `has_more`) and Slack (`cursor`, `response_metadata.next_cursor`,
//! empty on the last page). Each request's query is what serde writes, under the derive's
//! wire names; each walk goes through a scripted server that reads that query, and yields
//! every item once.

use pagination_core::{
    CursorRequest, Error, OffsetRequest, PageError, Paginated, PaginatedResponse, paginate_cursors,
    paginate_offsets,
};
use serde::{Deserialize, Serialize};
use serde_json::json;
use std::cell::RefCell;
use std::collections::HashMap;
use std::num::NonZeroU8;

/// The query a request sends: serde's, under the names serde gives its fields.
fn query<T: Serialize>(request: &T) -> String {
    serde_urlencoded::to_string(request).unwrap()
}

/// A scripted server's view of a query: its parameters by name.
fn params(query: &str) -> HashMap<String, String> {
    serde_urlencoded::from_str(query).unwrap()
}

/// The number parameter `name`, or `default` when the query leaves it out.
fn number(params: &HashMap<String, String>, name: &str, default: usize) -> usize {
    params
        .get(name)
        .map_or(default, |value| value.parse().unwrap())
}

fn parse<T: serde::de::DeserializeOwned>(body: &serde_json::Value) -> T {
    serde_json::from_str(&body.to_string()).unwrap()
}

// --- Jira: `GET /rest/api/3/project/search?startAt=&maxResults=` ---

#[derive(Debug, Clone, Default, PartialEq, Serialize, Paginated)]
#[serde(rename_all = "camelCase")]
#[paginate(offset = "startAt", limit = "maxResults", default = 50, max = 100)]
struct SearchProjects {
    #[serde(skip_serializing_if = "Option::is_none")]
    query: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    start_at: Option<u64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    max_results: Option<u32>,
}

#[derive(Debug, Deserialize)]
#[serde(rename_all = "camelCase")]
#[allow(
    clippy::struct_field_names,
    reason = "the wire name is `projectTypeKey`"
)]
struct Project {
    id: String,
    key: String,
    project_type_key: String,
}

/// Jira's page bean.
#[derive(Debug, Deserialize, Paginated)]
#[serde(rename_all = "camelCase")]
#[paginate(
    items = "values",
    offset = "startAt",
    size = "maxResults",
    total_items = "total"
)]
struct ProjectPage {
    #[serde(rename = "self")]
    self_link: String,
    next_page: Option<String>,
    start_at: u64,
    max_results: u32,
    total: u64,
    is_last: bool,
    values: Vec<Project>,
}

/// Jira with `total` projects, serving at most `cap` a page whatever it is asked.
fn jira(query: &str, total: usize, cap: usize) -> serde_json::Value {
    let params = params(query);
    let start = number(&params, "startAt", 0);
    let max = number(&params, "maxResults", 50).min(cap);
    let end = (start + max).min(total);
    let base = "https://your-domain.atlassian.net/rest/api/3/project/search";
    let values: Vec<_> = (start..end)
        .map(|i| json!({"id": format!("{}", 10_000 + i), "key": format!("P{i}"), "projectTypeKey": "software"}))
        .collect();
    let mut page = json!({
        "self": format!("{base}?{query}"),
        "maxResults": max,
        "startAt": start,
        "total": total,
        "isLast": end >= total,
        "values": values,
    });
    if end < total {
        page["nextPage"] = json!(format!("{base}?startAt={end}&maxResults={max}"));
    }
    page
}

#[test]
fn jira_offset_and_limit() {
    let request = SearchProjects::default();
    assert_eq!((request.offset(), request.limit()), (0, 50));
    assert_eq!(SearchProjects::PARAMS.offset_param, "startAt");
    assert_eq!(SearchProjects::PARAMS.limit_param, "maxResults");
    assert_eq!(SearchProjects::MAX_OFFSET, u64::MAX);
    let request = request.with_offset(150).with_limit(1000);
    assert_eq!(request.start_at, Some(150));
    assert_eq!(request.max_results, Some(100), "clamped to `max`");
    assert_eq!(request.clone().with_limit(0).limit(), 1);
    assert_eq!(SearchProjects::default().with_max_limit().limit(), 100);
    assert_eq!(request.validate(), Ok(()));
    // `validate` checks the fields as they are stored; `limit()` clamps them.
    let raw = SearchProjects {
        max_results: Some(500),
        ..SearchProjects::default()
    };
    assert_eq!(raw.limit(), 100);
    assert!(matches!(
        raw.validate(),
        Err(PageError::PageSizeOutOfRange {
            size: 500,
            max: 100
        })
    ));
}

#[test]
fn jira_next_request_is_the_offset_plus_the_items_received() {
    let request = SearchProjects::default().with_limit(50);
    // Asked for 50, the server sends 30 and says so.
    let page: ProjectPage = parse(&jira(&query(&request), 75, 30));
    assert_eq!(page.values.len(), 30);
    assert_eq!(
        (page.values[0].id.as_str(), page.values[0].key.as_str()),
        ("10000", "P0")
    );
    assert_eq!(page.values[0].project_type_key, "software");
    let info = page.page_info();
    assert_eq!(
        (info.offset, info.page_size, info.total_items),
        (Some(0), Some(30), Some(75))
    );
    assert!(!page.is_last && page.next_page.is_some());
    let next = request.next_request(&page).unwrap();
    assert_eq!(next.offset(), 30);
    assert_eq!(next.limit(), 50, "the limit asked for is kept");

    let last: ProjectPage = parse(&jira(&query(&next.clone().with_offset(60)), 75, 30));
    assert!(last.is_last);
    assert!(last.self_link.ends_with("startAt=60&maxResults=50"));
    assert_eq!(last.page_info().offset, Some(60));
    assert!(next.with_offset(60).next_request(&last).is_none());
}

#[test]
fn every_jira_project_once_by_offset() {
    let sent = RefCell::new(Vec::new());
    let projects: Vec<Project> = paginate_offsets(
        SearchProjects::default().with_max_limit(),
        |request: SearchProjects| {
            let query = query(&request);
            sent.borrow_mut().push(query.clone());
            Ok::<_, String>(parse::<ProjectPage>(&jira(&query, 250, 40)))
        },
    )
    .items()
    .collect::<Result<_, _>>()
    .unwrap();
    let keys: Vec<String> = projects.into_iter().map(|project| project.key).collect();
    assert_eq!(keys, (0..250).map(|i| format!("P{i}")).collect::<Vec<_>>());
    let sent = sent.into_inner();
    assert_eq!(sent.len(), 7, "{sent:?}");
    assert_eq!(sent[0], "maxResults=100");
    assert_eq!(sent[1], "startAt=40&maxResults=100");
    assert_eq!(sent[6], "startAt=240&maxResults=100");
}

#[test]
fn a_jira_server_that_ignores_startat_ends_the_walk() {
    let error = paginate_offsets(SearchProjects::default(), |request: SearchProjects| {
        let query = query(&request.with_offset(0));
        Ok::<_, String>(parse::<ProjectPage>(&jira(&query, 250, 50)))
    })
    .items()
    .collect::<Result<Vec<Project>, _>>()
    .unwrap_err();
    match error {
        Error::OffsetIgnored {
            offset: 50,
            returned: 0,
            resume,
            ..
        } => assert_eq!(resume.offset(), 50),
        other => panic!("{other:?}"),
    }
}

// --- Spotify-like: `GET /v1/albums/{id}/tracks?offset=&limit=` ---

#[derive(Debug, Clone, Default, Serialize, Paginated)]
#[paginate(default = 20, max = 50)]
struct GetAlbumTracks {
    #[serde(skip)]
    album: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    market: Option<String>,
    #[paginate(limit)]
    #[serde(skip_serializing_if = "Option::is_none")]
    limit: Option<NonZeroU8>,
    #[paginate(offset)]
    #[serde(skip_serializing_if = "Option::is_none")]
    offset: Option<u32>,
}

#[derive(Debug, Deserialize)]
struct Track {
    name: String,
    track_number: u32,
}

/// Spotify's paging object, generic over its items.
#[derive(Debug, Deserialize, Paginated)]
struct Paging<T> {
    href: String,
    #[paginate(items)]
    items: Vec<T>,
    #[paginate(size)]
    limit: u32,
    #[paginate(next)]
    next: Option<String>,
    #[paginate(offset)]
    offset: u32,
    previous: Option<String>,
    #[paginate(total_items)]
    total: u64,
}

fn spotify(album: &str, query: &str, total: usize) -> serde_json::Value {
    let params = params(query);
    let offset = number(&params, "offset", 0);
    let limit = number(&params, "limit", 20);
    let end = (offset + limit).min(total);
    let href = |offset: usize| {
        format!("https://api.spotify.com/v1/albums/{album}/tracks?offset={offset}&limit={limit}")
    };
    json!({
        "href": href(offset),
        "items": (offset..end)
            .map(|i| json!({"name": format!("Track {}", i + 1), "track_number": i + 1}))
            .collect::<Vec<_>>(),
        "limit": limit,
        "next": (end < total).then(|| href(end)),
        "offset": offset,
        "previous": (offset > 0).then(|| href(offset.saturating_sub(limit))),
        "total": total,
    })
}

#[test]
fn spotify_markers_and_an_offset_that_saturates_at_its_type() {
    let request = GetAlbumTracks::default();
    assert_eq!((request.offset(), request.limit()), (0, 20));
    assert_eq!(GetAlbumTracks::PARAMS.offset_param, "offset");
    assert_eq!(GetAlbumTracks::PARAMS.limit_param, "limit");
    assert_eq!(GetAlbumTracks::MAX_OFFSET, u64::from(u32::MAX));
    let far = request.clone().with_offset(u64::MAX);
    assert_eq!(far.offset, Some(u32::MAX));
    assert_eq!(far.offset(), u64::from(u32::MAX));
    let limited = request.clone().with_limit(0);
    assert_eq!(limited.limit, NonZeroU8::new(1));
    assert_eq!(request.with_max_limit().limit(), 50);
}

#[test]
fn every_spotify_track_once_by_offset() {
    let first = GetAlbumTracks {
        album: "4aawyAB9vmqN3uQ7FjRGTy".into(),
        market: Some("ES".into()),
        ..GetAlbumTracks::default()
    }
    .with_max_limit();
    let sent = RefCell::new(Vec::new());
    let tracks: Vec<Track> = paginate_offsets(first, |request: GetAlbumTracks| {
        let query = query(&request);
        sent.borrow_mut().push(query.clone());
        let page: Paging<Track> = parse(&spotify(&request.album, &query, 123));
        assert_eq!(page.page_info().offset, Some(request.offset()));
        assert!(page.href.contains(&format!("offset={}", request.offset())));
        assert_eq!(page.previous.is_some(), request.offset() > 0);
        Ok::<_, String>(page)
    })
    .items()
    .collect::<Result<_, _>>()
    .unwrap();
    let numbers: Vec<u32> = tracks.iter().map(|track| track.track_number).collect();
    assert_eq!(numbers, (1..=123).collect::<Vec<_>>());
    assert_eq!(tracks[122].name, "Track 123");
    assert_eq!(
        sent.into_inner(),
        [
            "market=ES&limit=50",
            "market=ES&limit=50&offset=50",
            "market=ES&limit=50&offset=100"
        ]
    );
}

// --- Stripe: `GET /v1/customers?starting_after=&limit=` ---

#[derive(Debug, Clone, Default, Serialize, Paginated)]
#[paginate(cursor = "starting_after", limit = "limit", default = 10, max = 100)]
struct ListCustomers {
    #[serde(skip_serializing_if = "Option::is_none")]
    email: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    starting_after: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    limit: Option<u8>,
}

#[derive(Debug, Deserialize)]
struct Customer {
    id: String,
    object: String,
    email: String,
}

#[derive(Debug, Deserialize, Paginated)]
#[paginate(items = data, has_more = has_more, item_cursor = id)]
struct CustomerList {
    object: String,
    url: String,
    has_more: bool,
    data: Vec<Customer>,
}

fn customer_id(i: usize) -> String {
    format!("cus_{i:08}")
}

/// Stripe with `total` customers, `starting_after` the id of the one before a page.
fn stripe(query: &str, total: usize) -> serde_json::Value {
    let params = params(query);
    let start = params.get("starting_after").map_or(0, |id| {
        id.strip_prefix("cus_").unwrap().parse::<usize>().unwrap() + 1
    });
    let end = (start + number(&params, "limit", 10)).min(total);
    json!({
        "object": "list",
        "url": "/v1/customers",
        "has_more": end < total,
        "data": (start..end)
            .map(|i| json!({
                "id": customer_id(i),
                "object": "customer",
                "email": format!("customer{i}@example.com"),
            }))
            .collect::<Vec<_>>(),
    })
}

#[test]
fn stripe_cursor_is_the_last_items_id() {
    let request = ListCustomers::default().with_limit(3);
    assert_eq!((request.cursor(), request.limit()), (None, 3));
    assert_eq!(ListCustomers::PARAMS.cursor_param, "starting_after");
    assert_eq!(ListCustomers::default().with_limit(250).limit(), 100);
    let page: CustomerList = parse(&stripe(&query(&request), 7));
    assert_eq!(
        (page.object.as_str(), page.url.as_str()),
        ("list", "/v1/customers")
    );
    assert_eq!(page.data[0].object, "customer");
    assert_eq!(
        CustomerList::NEXT_CURSOR.and_then(|cursor| cursor(&page)),
        Some("cus_00000002")
    );
    let next = request.next_request(&page).unwrap();
    assert_eq!(next.starting_after.as_deref(), Some("cus_00000002"));
    assert_eq!(query(&next), "starting_after=cus_00000002&limit=3");

    let last: CustomerList = parse(&stripe(
        &query(&next.clone().with_cursor("cus_00000005")),
        7,
    ));
    assert_eq!(last.data.len(), 1);
    assert!(!last.has_more);
    assert!(next.next_request(&last).is_none(), "has_more is false");

    let empty: CustomerList = parse(&json!({
        "object": "list", "url": "/v1/customers", "has_more": false, "data": []
    }));
    assert_eq!(
        CustomerList::NEXT_CURSOR.and_then(|cursor| cursor(&empty)),
        None
    );

    let raw = ListCustomers {
        limit: Some(0),
        ..ListCustomers::default()
    };
    assert!(matches!(
        raw.validate(),
        Err(PageError::PageSizeOutOfRange { size: 0, max: 100 })
    ));
    assert_eq!(ListCustomers::default().validate(), Ok(()));
}

#[test]
fn every_stripe_customer_once_by_cursor() {
    let first = ListCustomers {
        email: Some("customer@example.com".into()),
        ..ListCustomers::default()
    }
    .with_max_limit();
    let fetched = RefCell::new(0);
    let customers: Vec<Customer> = paginate_cursors(first, |request: ListCustomers| {
        *fetched.borrow_mut() += 1;
        Ok::<_, String>(parse::<CustomerList>(&stripe(&query(&request), 345)))
    })
    .items()
    .collect::<Result<_, _>>()
    .unwrap();
    let ids: Vec<String> = customers.iter().map(|c| c.id.clone()).collect();
    assert_eq!(ids, (0..345).map(customer_id).collect::<Vec<_>>());
    assert_eq!(customers[344].email, "customer344@example.com");
    assert_eq!(fetched.into_inner(), 4);

    // `max_items` asks the last page for what is left.
    let limits = RefCell::new(Vec::new());
    let some: Vec<Customer> =
        paginate_cursors(ListCustomers::default(), |request: ListCustomers| {
            limits.borrow_mut().push(request.limit());
            Ok::<_, String>(parse::<CustomerList>(&stripe(&query(&request), 345)))
        })
        .max_items(25)
        .items()
        .collect::<Result<_, _>>()
        .unwrap();
    assert_eq!(some.len(), 25);
    assert_eq!(limits.into_inner(), [10, 10, 5]);
}

// --- Slack: `GET /api/conversations.list?cursor=&limit=` ---

#[derive(Debug, Clone, Default, Serialize, Paginated)]
#[paginate(cursor = "cursor", limit = "limit", default = 100, max = 1000)]
struct ListConversations {
    #[serde(skip_serializing_if = "String::is_empty")]
    cursor: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    limit: Option<u32>,
    #[serde(skip_serializing_if = "Option::is_none")]
    types: Option<String>,
}

#[derive(Debug, Deserialize)]
struct Channel {
    id: String,
    name: String,
}

#[derive(Debug, Deserialize)]
struct ResponseMetadata {
    next_cursor: String,
}

#[derive(Debug, Deserialize, Paginated)]
#[paginate(items = "channels", next_cursor = response_metadata.next_cursor)]
struct ConversationsPage {
    ok: bool,
    channels: Vec<Channel>,
    #[serde(default)]
    response_metadata: Option<ResponseMetadata>,
}

/// An opaque cursor, as Slack's base64 ones look.
fn slack_cursor(offset: usize) -> String {
    format!("dGVhbTpD{offset:06}=")
}

fn slack(query: &str, total: usize) -> serde_json::Value {
    let params = params(query);
    let start = params.get("cursor").map_or(0, |cursor| {
        cursor
            .strip_prefix("dGVhbTpD")
            .and_then(|rest| rest.strip_suffix('='))
            .unwrap()
            .parse()
            .unwrap()
    });
    let end = (start + number(&params, "limit", 100)).min(total);
    json!({
        "ok": true,
        "channels": (start..end)
            .map(|i| json!({"id": format!("C{i:08}"), "name": format!("channel-{i}"), "is_channel": true}))
            .collect::<Vec<_>>(),
        "response_metadata": {
            "next_cursor": if end < total { slack_cursor(end) } else { String::new() },
        },
    })
}

#[test]
fn slack_nested_next_cursor_and_an_empty_cursor() {
    let mut request = ListConversations::default();
    assert_eq!((request.cursor(), request.limit()), (None, 100));
    assert_eq!(query(&request), "");
    request.set_cursor(Some("abc".into()));
    assert_eq!(request.cursor(), Some("abc"));
    request.set_cursor(None);
    assert_eq!(request.cursor, "");

    let request = request.with_limit(2);
    let page: ConversationsPage = parse(&slack(&query(&request), 3));
    assert!(page.ok);
    assert_eq!(page.channels[1].name, "channel-1");
    let next = request.next_request(&page).unwrap();
    assert_eq!(next.cursor(), Some(slack_cursor(2).as_str()));
    assert_eq!(query(&next), "cursor=dGVhbTpD000002%3D&limit=2");
    let last: ConversationsPage = parse(&slack(&query(&next), 3));
    assert_eq!(last.channels.len(), 1);
    assert!(next.next_request(&last).is_none(), "an empty next_cursor");

    // Without `response_metadata`, there is no next cursor.
    let bare: ConversationsPage =
        parse(&json!({"ok": true, "channels": [{"id": "C1", "name": "general"}]}));
    assert_eq!(bare.channels[0].id, "C1");
    assert_eq!(
        ConversationsPage::NEXT_CURSOR.and_then(|cursor| cursor(&bare)),
        None
    );
    assert!(request.next_request(&bare).is_none());
}

#[test]
fn every_slack_channel_once_by_cursor() {
    let first = ListConversations {
        types: Some("public_channel".into()),
        ..ListConversations::default()
    }
    .with_limit(200);
    let sent = RefCell::new(Vec::new());
    let channels: Vec<Channel> = paginate_cursors(first, |request: ListConversations| {
        let query = query(&request);
        sent.borrow_mut().push(query.clone());
        Ok::<_, String>(parse::<ConversationsPage>(&slack(&query, 1001)))
    })
    .items()
    .collect::<Result<_, _>>()
    .unwrap();
    let ids: Vec<String> = channels.into_iter().map(|channel| channel.id).collect();
    assert_eq!(
        ids,
        (0..1001).map(|i| format!("C{i:08}")).collect::<Vec<_>>()
    );
    let sent = sent.into_inner();
    assert_eq!(sent.len(), 6);
    assert_eq!(sent[0], "limit=200&types=public_channel");
    assert_eq!(
        sent[5],
        "cursor=dGVhbTpD001000%3D&limit=200&types=public_channel"
    );
}

#[test]
fn a_slack_cursor_cycle_is_a_loop() {
    // The third page hands back the first page's cursor: A, B, A.
    let error = paginate_cursors(ListConversations::default().with_limit(10), |request| {
        let mut page: ConversationsPage = parse(&slack(&query(&request), 100));
        if request.cursor() == Some(slack_cursor(20).as_str()) {
            page.response_metadata = Some(ResponseMetadata {
                next_cursor: slack_cursor(10),
            });
        }
        Ok::<_, String>(page)
    })
    .items()
    .collect::<Result<Vec<Channel>, _>>()
    .unwrap_err();
    assert!(
        matches!(error, Error::CursorLoop { page: 4, .. }),
        "{error:?}"
    );
}

#[test]
fn a_derived_cursor_request_rejects_a_cursor_no_request_can_carry() {
    let empty = ListCustomers::default().with_cursor("");
    assert!(matches!(
        empty.validate(),
        Err(PageError::CursorOutOfRange { length: 0, .. })
    ));
    let long = ListCustomers::default().with_cursor("c".repeat(70_000));
    assert!(matches!(
        long.validate(),
        Err(PageError::CursorOutOfRange { length: 70_000, .. })
    ));
    assert_eq!(
        ListCustomers::default().with_cursor("cus_1").validate(),
        Ok(())
    );
}
