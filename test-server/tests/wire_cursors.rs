//! Wire-level checks of the fakes that page by cursor or offset: Stripe, Slack and Jira, over
//! raw HTTP/1.1 on a `TcpStream`.

mod common;

use std::collections::HashSet;
use std::net::SocketAddr;

use common::{Answer, get, walk};
use pagination_test_server::{
    Api, Faults, JIRA_PROJECTS, SLACK_CHANNELS, SLACK_TOKEN, STRIPE_CUSTOMERS, STRIPE_KEY,
    TestServer, jira_project_id, jira_project_key, slack_channel_id, slack_cursor,
    stripe_customer_id,
};
use serde_json::{Value, json};

const CUSTOMERS: &str = "/v1/customers";
const CONVERSATIONS: &str = "/api/conversations.list";
const PROJECTS: &str = "/rest/api/3/project/search";
/// `base64("test-jira@example.com:test-jira-api-token")`.
const JIRA_BASIC: &str = "Basic dGVzdC1qaXJhQGV4YW1wbGUuY29tOnRlc3QtamlyYS1hcGktdG9rZW4=";
/// Slack's own example cursor, `base64("user:U0G9WFXNZ")`: well formed, but not a cursor this
/// server hands out.
const SLACK_EXAMPLE_CURSOR: &str = "dXNlcjpVMEc5V0ZYTlo=";

async fn stripe(addr: SocketAddr, query: &str) -> Answer {
    let auth = format!("Bearer {STRIPE_KEY}");
    let path = format!("{CUSTOMERS}{query}");
    get(addr, &path, &[("Authorization", &auth)]).await
}

async fn slack(addr: SocketAddr, query: &str) -> Answer {
    let auth = format!("Bearer {SLACK_TOKEN}");
    let path = format!("{CONVERSATIONS}{query}");
    get(addr, &path, &[("Authorization", &auth)]).await
}

async fn jira(addr: SocketAddr, query: &str) -> Answer {
    let path = format!("{PROJECTS}{query}");
    get(addr, &path, &[("Authorization", JIRA_BASIC)]).await
}

/// The `id`s of the items of `list`, as strings.
fn ids(list: &Value) -> Vec<String> {
    common::ids(list, "/id")
}

/// A JSON number, as a `usize`.
fn number(value: &Value) -> usize {
    usize::try_from(value.as_u64().expect("a number")).unwrap()
}

/// `id(start..end)`.
fn expected(range: std::ops::Range<usize>, id: fn(usize) -> String) -> Vec<String> {
    range.map(id).collect()
}

/// A Stripe 400 `invalid_request_error`.
fn stripe_invalid(code: &str, param: &str, message: &str) -> Value {
    json!({"error": {
        "code": code,
        "doc_url": format!("https://stripe.com/docs/error-codes/{}", code.replace('_', "-")),
        "message": message,
        "param": param,
        "type": "invalid_request_error",
    }})
}

/// A Slack answer's `next_cursor`.
fn next_cursor(answer: &Answer) -> String {
    let json = answer.json();
    let cursor = &json["response_metadata"]["next_cursor"];
    cursor.as_str().expect("a string next_cursor").to_owned()
}

/// A Jira link to the project search.
fn jira_link(origin: &str, start_at: usize, max_results: u32) -> String {
    format!("{origin}{PROJECTS}?startAt={start_at}&maxResults={max_results}")
}

/// Jira's error body.
fn jira_error(message: &str) -> Value {
    json!({"errorMessages": [message], "errors": {}})
}

#[tokio::test]
async fn stripe_first_page_defaults_and_shape() {
    let server = TestServer::start().await.unwrap();
    let first = stripe(server.addr(), "").await;
    assert_eq!(first.status, 200);
    assert_eq!(first.header("content-type"), Some("application/json"));
    let mut json = first.json();
    let data = json["data"].take();
    assert_eq!(
        json,
        json!({"object": "list", "url": "/v1/customers", "has_more": true, "data": null})
    );
    assert_eq!(ids(&data), expected(0..10, stripe_customer_id), "limit 10");
    assert_eq!(
        data[0],
        json!({
            "id": "cus_00000000000000",
            "object": "customer",
            "created": 1_714_557_600,
            "email": "customer0@example.com",
            "livemode": false,
            "name": "Customer 0",
        })
    );
    // The newest first, as Stripe lists them.
    assert_eq!(data[1]["created"], 1_714_557_540);
    server.stop().await;
}

#[tokio::test]
async fn stripe_last_page_has_no_more() {
    let server = TestServer::start().await.unwrap();
    let addr = server.addr();
    let last = stripe(addr, "?starting_after=cus_00000000000989")
        .await
        .json();
    assert_eq!(ids(&last["data"]), expected(990..1000, stripe_customer_id));
    assert_eq!(last["has_more"], false);
    let short = stripe(addr, "?limit=100&starting_after=cus_00000000000949").await;
    assert_eq!(ids(&short.json()["data"]).len(), 50);
    assert_eq!(short.json()["has_more"], false);
    // After the last customer: nothing, and nothing more.
    let after = stripe(addr, "?starting_after=cus_00000000000999").await;
    assert_eq!(after.status, 200);
    assert_eq!(
        after.json(),
        json!({"object": "list", "url": "/v1/customers", "has_more": false, "data": []})
    );
    server.stop().await;
}

#[tokio::test]
async fn stripe_limit_out_of_range_is_refused() {
    let server = TestServer::start().await.unwrap();
    let addr = server.addr();
    let most = stripe(addr, "?limit=100").await.json();
    assert_eq!(ids(&most["data"]), expected(0..100, stripe_customer_id));
    let one = stripe(addr, "?limit=1").await.json();
    assert_eq!(ids(&one["data"]), ["cus_00000000000000"]);
    let refused = stripe_invalid(
        "parameter_invalid_integer",
        "limit",
        "Invalid limit: must be between 1 and 100",
    );
    for limit in ["101", "1000", "0", "-1", "ten", "1.5", ""] {
        let answer = stripe(addr, &format!("?limit={limit}")).await;
        assert_eq!(
            (answer.status, answer.json()),
            (400, refused.clone()),
            "{limit}"
        );
    }
    server.stop().await;
}

#[tokio::test]
async fn stripe_unknown_starting_after_is_resource_missing() {
    let server = TestServer::start().await.unwrap();
    let addr = server.addr();
    let missing = |id: &str| {
        let message = format!("No such customer: '{id}'");
        stripe_invalid("resource_missing", "starting_after", &message)
    };
    // Not an id of this list, another spelling of one, one past the last, and none at all.
    for id in ["cus_nope", "cus_42", "cus_00000000001000", "42", ""] {
        let answer = stripe(addr, &format!("?starting_after={id}")).await;
        assert_eq!((answer.status, answer.json()), (400, missing(id)), "{id}");
    }
    // Auth is checked first, then the cursor, then the limit.
    let both = stripe(addr, "?limit=0&starting_after=cus_nope").await;
    assert_eq!(both.json()["error"]["param"], "starting_after");
    let no_auth = get(addr, &format!("{CUSTOMERS}?starting_after=cus_nope"), &[]).await;
    assert_eq!(no_auth.status, 401);
    // A customer of a data set that shrank is no more.
    server.set_faults(
        Api::StripeCustomers,
        Faults {
            items: Some(15),
            ..Faults::default()
        },
    );
    let gone = stripe(addr, "?starting_after=cus_00000000000020").await;
    assert_eq!(gone.json(), missing("cus_00000000000020"));
    server.stop().await;
}

#[tokio::test]
async fn stripe_auth() {
    let server = TestServer::start().await.unwrap();
    let addr = server.addr();
    let refused = json!({"error": {
        "message": "Invalid API Key provided.",
        "type": "invalid_request_error",
    }});
    let wrong = format!("Bearer {STRIPE_KEY}x");
    let basic = format!("Basic {STRIPE_KEY}");
    for headers in [
        vec![],
        vec![("Authorization", wrong.as_str())],
        vec![("Authorization", basic.as_str())],
    ] {
        let answer = get(addr, CUSTOMERS, &headers).await;
        assert_eq!((answer.status, answer.json()), (401, refused.clone()));
        assert_eq!(
            answer.header("www-authenticate"),
            Some(r#"Basic realm="Stripe""#)
        );
    }
    let lower = format!("bearer {STRIPE_KEY}");
    let answer = get(addr, CUSTOMERS, &[("Authorization", &lower)]).await;
    assert_eq!(answer.status, 200, "the scheme in any case");
    server.stop().await;
}

#[tokio::test]
async fn stripe_walk_by_starting_after_sees_every_customer_once() {
    let server = TestServer::start().await.unwrap();
    let addr = server.addr();
    let mut seen = Vec::new();
    let mut query = String::from("?limit=100");
    loop {
        let page = stripe(addr, &query).await.json();
        seen.extend(ids(&page["data"]));
        if page["has_more"] == false {
            break;
        }
        let last = seen.last().expect("a page with more has items");
        query = format!("?limit=100&starting_after={last}");
    }
    assert_eq!(seen, expected(0..STRIPE_CUSTOMERS, stripe_customer_id));
    let pages: Vec<u32> = server.requests().iter().map(|r| r.page).collect();
    assert_eq!(pages, (1..=10).collect::<Vec<u32>>(), "start / limit + 1");
    server.stop().await;
}

#[tokio::test]
async fn slack_first_page_defaults_and_shape() {
    let server = TestServer::start().await.unwrap();
    let addr = server.addr();
    let first = slack(addr, "").await;
    assert_eq!(first.status, 200);
    assert_eq!(
        first.header("content-type"),
        Some("application/json; charset=utf-8")
    );
    let json = first.json();
    let mut rest = json.clone();
    let channels = rest["channels"].take();
    // base64("channel:C00000100"): the id of the channel the next page starts at.
    assert_eq!(
        rest,
        json!({
            "ok": true,
            "channels": null,
            "response_metadata": {"next_cursor": "Y2hhbm5lbDpDMDAwMDAxMDA="},
        })
    );
    assert_eq!(ids(&channels), expected(0..100, slack_channel_id));
    assert_eq!(
        channels[0],
        json!({
            "id": "C00000000",
            "name": "channel-0",
            "is_channel": true,
            "is_private": false,
            "is_archived": false,
            "created": 1_714_557_600,
            "num_members": 1,
        })
    );
    assert_eq!(slack_cursor(100), "Y2hhbm5lbDpDMDAwMDAxMDA=");
    // An empty cursor, as Slack's clients send on their first call, is the first page.
    assert_eq!(slack(addr, "?cursor=").await.json(), json);
    server.stop().await;
}

#[tokio::test]
async fn slack_last_page_has_an_empty_next_cursor() {
    let server = TestServer::start().await.unwrap();
    let addr = server.addr();
    let last = slack(addr, &format!("?cursor={}", slack_cursor(2400))).await;
    assert_eq!(
        ids(&last.json()["channels"]),
        expected(2400..2500, slack_channel_id)
    );
    assert_eq!(next_cursor(&last), "", "as Slack sends it");
    let short = slack(addr, &format!("?limit=200&cursor={}", slack_cursor(2450))).await;
    assert_eq!(ids(&short.json()["channels"]).len(), 50);
    assert_eq!(next_cursor(&short), "");
    // A page that ends exactly at the last channel does not hand out a cursor either.
    let exact = slack(addr, &format!("?limit=500&cursor={}", slack_cursor(2000))).await;
    assert_eq!(next_cursor(&exact), "");
    server.stop().await;
}

#[tokio::test]
async fn slack_limit_default_and_clamp() {
    let server = TestServer::start().await.unwrap();
    let addr = server.addr();
    let recommended = slack(addr, "?limit=200").await;
    assert_eq!(ids(&recommended.json()["channels"]).len(), 200);
    assert_eq!(next_cursor(&recommended), slack_cursor(200));
    for limit in [1000, 1001, 5000] {
        let most = slack(addr, &format!("?limit={limit}")).await;
        assert_eq!(ids(&most.json()["channels"]).len(), 1000, "{limit}");
        assert_eq!(next_cursor(&most), slack_cursor(1000));
    }
    let refused = json!({"ok": false, "error": "invalid_limit"});
    for limit in ["0", "-1", "many", ""] {
        let answer = slack(addr, &format!("?limit={limit}")).await;
        assert_eq!(
            (answer.status, answer.json()),
            (200, refused.clone()),
            "{limit}"
        );
    }
    server.stop().await;
}

#[tokio::test]
async fn slack_invalid_cursor_is_ok_false_with_200() {
    let server = TestServer::start().await.unwrap();
    let addr = server.addr();
    let refused = json!({"ok": false, "error": "invalid_cursor"});
    let past_the_end = slack_cursor(SLACK_CHANNELS + 1);
    for cursor in [
        "garbage",
        "Y2hhbm5lbDpDMDAwMDAxMDA",
        SLACK_EXAMPLE_CURSOR,
        &past_the_end,
    ] {
        let answer = slack(addr, &format!("?cursor={cursor}")).await;
        assert_eq!(
            (answer.status, answer.json()),
            (200, refused.clone()),
            "{cursor}"
        );
        assert_eq!(
            answer.header("content-type"),
            Some("application/json; charset=utf-8")
        );
    }
    // Where the list ends: nothing, and no cursor.
    let end = slack(addr, &format!("?cursor={}", slack_cursor(SLACK_CHANNELS))).await;
    assert_eq!(
        end.json(),
        json!({"ok": true, "channels": [], "response_metadata": {"next_cursor": ""}})
    );
    let pages: Vec<u32> = server.requests().iter().map(|r| r.page).collect();
    assert_eq!(pages, [0, 0, 0, 26, 26], "0 when not valid; 2500 / 100 + 1");
    server.stop().await;
}

#[tokio::test]
async fn slack_auth() {
    let server = TestServer::start().await.unwrap();
    let addr = server.addr();
    let refused = json!({"ok": false, "error": "invalid_auth"});
    let wrong = String::from("Bearer xoxb-another-token");
    let bare = String::from(SLACK_TOKEN);
    for headers in [
        vec![],
        vec![("Authorization", wrong.as_str())],
        vec![("Authorization", bare.as_str())],
    ] {
        let answer = get(addr, CONVERSATIONS, &headers).await;
        assert_eq!((answer.status, answer.json()), (200, refused.clone()));
    }
    server.stop().await;
}

#[tokio::test]
async fn slack_walk_by_next_cursor_sees_every_channel_once() {
    let server = TestServer::start().await.unwrap();
    let addr = server.addr();
    let mut seen = Vec::new();
    let mut cursor = String::new();
    loop {
        let page = slack(addr, &format!("?limit=200&cursor={cursor}")).await;
        seen.extend(ids(&page.json()["channels"]));
        cursor = next_cursor(&page);
        if cursor.is_empty() {
            break;
        }
    }
    assert_eq!(seen, expected(0..SLACK_CHANNELS, slack_channel_id));
    assert_eq!(server.requests().len(), 13, "2,500 at 200 a page");
    server.stop().await;
}

#[tokio::test]
async fn jira_first_page_defaults_and_shape() {
    let server = TestServer::start().await.unwrap();
    let base = server.base_url();
    let first = jira(server.addr(), "").await;
    assert_eq!(first.status, 200);
    assert_eq!(first.header("content-type"), Some("application/json"));
    let mut json = first.json();
    let values = json["values"].take();
    assert_eq!(
        json,
        json!({
            "self": jira_link(&base, 0, 50),
            "nextPage": jira_link(&base, 50, 50),
            "maxResults": 50,
            "startAt": 0,
            "total": JIRA_PROJECTS,
            "isLast": false,
            "values": null,
        })
    );
    assert_eq!(ids(&values), expected(0..50, jira_project_id));
    assert_eq!(
        values[0],
        json!({
            "self": format!("{base}/rest/api/3/project/10000"),
            "id": "10000",
            "key": "PAAA",
            "name": "Project 0",
            "projectTypeKey": "software",
            "simplified": false,
            "style": "classic",
        })
    );
    assert_eq!(values[27]["key"], jira_project_key(27));
    assert_eq!(jira_project_key(27), "PABB");
    server.stop().await;
}

#[tokio::test]
async fn jira_last_page_and_past_the_end() {
    let server = TestServer::start().await.unwrap();
    let addr = server.addr();
    let last = jira(addr, "?startAt=1200").await.json();
    let values = ids(&last["values"]);
    assert_eq!(values, expected(1200..1234, jira_project_id));
    assert_eq!(
        (&last["isLast"], last.get("nextPage")),
        (&json!(true), None)
    );
    assert_eq!(number(&last["startAt"]) + values.len(), 1234);
    // Not aligned on a page: any offset is served from there.
    let odd = jira(addr, "?startAt=1229&maxResults=5").await.json();
    assert_eq!(ids(&odd["values"]), expected(1229..1234, jira_project_id));
    assert_eq!(odd["isLast"], true);
    for start_at in [1234, 5000, u32::MAX as usize] {
        let past = jira(addr, &format!("?startAt={start_at}")).await;
        assert_eq!(past.status, 200, "{start_at}");
        let past = past.json();
        assert_eq!(past["values"], json!([]));
        assert_eq!(
            (&past["startAt"], &past["total"], &past["isLast"]),
            (&json!(start_at), &json!(1234), &json!(true))
        );
    }
    server.stop().await;
}

#[tokio::test]
async fn jira_max_results_is_capped_at_100_silently() {
    let server = TestServer::start().await.unwrap();
    let base = server.base_url();
    let answer = jira(server.addr(), "?startAt=100&maxResults=1000")
        .await
        .json();
    assert_eq!(ids(&answer["values"]), expected(100..200, jira_project_id));
    assert_eq!(answer["maxResults"], 100, "the answer says what it served");
    assert_eq!(answer["self"], jira_link(&base, 100, 100));
    assert_eq!(answer["nextPage"], jira_link(&base, 200, 100));
    server.stop().await;
}

#[tokio::test]
async fn jira_invalid_parameters_are_400() {
    let server = TestServer::start().await.unwrap();
    let addr = server.addr();
    for start_at in ["-1", "abc", "1.5", "4294967296", ""] {
        let answer = jira(addr, &format!("?startAt={start_at}")).await;
        let expected = jira_error("startAt must be a non-negative integer");
        assert_eq!(
            (answer.status, answer.json()),
            (400, expected),
            "{start_at}"
        );
    }
    for max_results in ["-1", "abc", "0"] {
        let answer = jira(addr, &format!("?maxResults={max_results}")).await;
        let expected = jira_error("maxResults must be a positive integer");
        assert_eq!(
            (answer.status, answer.json()),
            (400, expected),
            "{max_results}"
        );
    }
    server.stop().await;
}

#[tokio::test]
async fn jira_auth() {
    let server = TestServer::start().await.unwrap();
    let addr = server.addr();
    let refused = jira_error("Client must be authenticated to access this resource.");
    // `base64("test-jira@example.com:wrong")`, and the token as a bearer token.
    let bearer = String::from("Bearer test-jira-api-token");
    for headers in [
        vec![],
        vec![(
            "Authorization",
            "Basic dGVzdC1qaXJhQGV4YW1wbGUuY29tOndyb25n",
        )],
        vec![("Authorization", bearer.as_str())],
    ] {
        let answer = get(addr, PROJECTS, &headers).await;
        assert_eq!((answer.status, answer.json()), (401, refused.clone()));
    }
    server.stop().await;
}

#[tokio::test]
async fn jira_walk_by_start_at_sees_every_project_once() {
    let server = TestServer::start().await.unwrap();
    let addr = server.addr();
    let base = server.base_url();
    let mut seen = Vec::new();
    let mut start_at = 0;
    loop {
        let page = jira(addr, &format!("?startAt={start_at}&maxResults=100"))
            .await
            .json();
        let values = ids(&page["values"]);
        assert_eq!(page["startAt"], start_at);
        let total = number(&page["total"]);
        start_at += values.len();
        seen.extend(values);
        if start_at >= total {
            assert_eq!(page["isLast"], true);
            break;
        }
        assert_eq!(page["nextPage"], jira_link(&base, start_at, 100));
    }
    assert_eq!(seen, expected(0..JIRA_PROJECTS, jira_project_id));
    // The same walk by `nextPage`.
    let headers = [("Authorization", JIRA_BASIC)];
    let by_link = walk(addr, PROJECTS, &headers, 30, |answer| {
        let json = answer.json();
        let items = json["values"].as_array().unwrap().clone();
        (items, json["nextPage"].as_str().map(str::to_owned))
    })
    .await;
    assert_eq!(ids(&Value::from(by_link)), seen);
    server.stop().await;
}

#[tokio::test]
async fn repeat_cursor_hands_out_the_cursor_sent() {
    let server = TestServer::start().await.unwrap();
    let addr = server.addr();
    let base = server.base_url();
    let repeat = Faults {
        repeat_cursor: Some(2),
        ..Faults::default()
    };
    // Slack: page 2's next cursor is the one that asked for it.
    server.set_faults(Api::SlackConversations, repeat.clone());
    assert_eq!(next_cursor(&slack(addr, "").await), slack_cursor(100));
    let stuck = slack(addr, &format!("?cursor={}", slack_cursor(100))).await;
    assert_eq!(
        ids(&stuck.json()["channels"]),
        expected(100..200, slack_channel_id)
    );
    assert_eq!(next_cursor(&stuck), slack_cursor(100));
    // Stripe: page 2 ends where it starts, so its last id is the `starting_after` sent.
    server.set_faults(Api::StripeCustomers, repeat.clone());
    let stuck = stripe(addr, "?starting_after=cus_00000000000009")
        .await
        .json();
    assert_eq!(ids(&stuck["data"]), expected(0..10, stripe_customer_id));
    assert_eq!(stuck["has_more"], true);
    // Jira: page 2's `nextPage` asks for page 2 again.
    server.set_faults(Api::JiraProjects, repeat);
    let stuck = jira(addr, "?startAt=50").await.json();
    assert_eq!(ids(&stuck["values"]), expected(50..100, jira_project_id));
    assert_eq!(stuck["nextPage"], jira_link(&base, 50, 50));
    assert_eq!(stuck["isLast"], false);
    assert_eq!(
        jira(addr, "?startAt=100").await.json()["nextPage"],
        jira_link(&base, 150, 50),
        "page 3 is left alone"
    );
    server.stop().await;
}

#[tokio::test]
async fn cursor_cycle_goes_a_b_a() {
    let server = TestServer::start().await.unwrap();
    let addr = server.addr();
    let cycle = Faults {
        cursor_cycle: Some((3, 1)),
        ..Faults::default()
    };
    server.set_faults(Api::SlackConversations, cycle.clone());
    let mut cursors = Vec::new();
    let mut seen = HashSet::new();
    let mut cursor = String::new();
    for _ in 0..5 {
        let page = slack(addr, &format!("?cursor={cursor}")).await;
        seen.extend(ids(&page.json()["channels"]));
        cursor = next_cursor(&page);
        cursors.push(cursor.clone());
    }
    let (a, b) = (slack_cursor(100), slack_cursor(200));
    let expected_cursors = [&a, &b, &a, &b, &a];
    assert_eq!(
        cursors.iter().collect::<Vec<_>>(),
        expected_cursors,
        "pages 1, 2, 3, 2, 3"
    );
    assert_eq!(seen.len(), 300, "never past page 3");

    // Stripe: page 3 is page 1 again, so the next `starting_after` is page 1's last id.
    server.set_faults(Api::StripeCustomers, cycle);
    let third = stripe(addr, "?starting_after=cus_00000000000019")
        .await
        .json();
    assert_eq!(ids(&third["data"]), expected(0..10, stripe_customer_id));
    assert_eq!(third["has_more"], true);
    server.stop().await;
}

#[tokio::test]
async fn ignore_page_serves_from_the_first_item() {
    let server = TestServer::start().await.unwrap();
    let addr = server.addr();
    let base = server.base_url();
    let ignore = Faults {
        ignore_page: true,
        ..Faults::default()
    };
    for api in [
        Api::StripeCustomers,
        Api::SlackConversations,
        Api::JiraProjects,
    ] {
        server.set_faults(api, ignore.clone());
    }
    let jira_page = jira(addr, "?startAt=500&maxResults=20").await.json();
    assert_eq!(ids(&jira_page["values"]), expected(0..20, jira_project_id));
    assert_eq!(
        (&jira_page["startAt"], &jira_page["nextPage"]),
        (&json!(0), &json!(jira_link(&base, 20, 20))),
        "what page 1 says"
    );
    let slack_page = slack(addr, &format!("?cursor={}", slack_cursor(700))).await;
    assert_eq!(
        ids(&slack_page.json()["channels"]),
        expected(0..100, slack_channel_id)
    );
    assert_eq!(next_cursor(&slack_page), slack_cursor(100));
    let stripe_page = stripe(addr, "?starting_after=cus_00000000000500")
        .await
        .json();
    assert_eq!(
        ids(&stripe_page["data"]),
        expected(0..10, stripe_customer_id)
    );
    // Invalid positions are still refused: the faults act on valid requests.
    assert_eq!(jira(addr, "?startAt=-5").await.status, 400);
    let unknown = slack(addr, "?cursor=garbage").await.json();
    assert_eq!(unknown["error"], "invalid_cursor");
    server.stop().await;
}

#[tokio::test]
async fn cap_limit_serves_fewer_than_asked() {
    let server = TestServer::start().await.unwrap();
    let addr = server.addr();
    let base = server.base_url();
    let cap = |n| Faults {
        cap_limit: Some(n),
        ..Faults::default()
    };
    // Jira says so in `maxResults` and its links.
    server.set_faults(Api::JiraProjects, cap(20));
    let capped = jira(addr, "?startAt=40&maxResults=100").await.json();
    assert_eq!(ids(&capped["values"]), expected(40..60, jira_project_id));
    assert_eq!(capped["maxResults"], 20);
    assert_eq!(capped["nextPage"], jira_link(&base, 60, 20));
    let below = jira(addr, "?maxResults=5").await.json();
    assert_eq!(
        (below["maxResults"].clone(), ids(&below["values"]).len()),
        (json!(5), 5)
    );
    // Slack and Stripe echo no limit: the cap goes unsaid.
    server.set_faults(Api::SlackConversations, cap(30));
    let slack_page = slack(addr, "?limit=500").await;
    assert_eq!(ids(&slack_page.json()["channels"]).len(), 30);
    assert_eq!(next_cursor(&slack_page), slack_cursor(30));
    server.set_faults(Api::StripeCustomers, cap(25));
    let stripe_page = stripe(addr, "?limit=100").await.json();
    assert_eq!(
        ids(&stripe_page["data"]),
        expected(0..25, stripe_customer_id)
    );
    assert_eq!(stripe_page["has_more"], true);
    // A page-number API serves the pages of the capped size, and says so.
    server.set_faults(Api::Codat, cap(10));
    let auth = "Basic dGVzdC1jb2RhdC1rZXk="; // base64("test-codat-key")
    let path = "/companies/c-1/data/invoices?page=2&pageSize=100";
    let codat = get(addr, path, &[("Authorization", auth)]).await.json();
    assert_eq!(codat["pageSize"], 10);
    assert_eq!(codat["results"][0]["id"], "inv-00010");
    // A walk by the API's own mechanism still sees every channel once.
    let mut seen = Vec::new();
    let mut cursor = String::new();
    loop {
        let page = slack(addr, &format!("?limit=1000&cursor={cursor}")).await;
        seen.extend(ids(&page.json()["channels"]));
        cursor = next_cursor(&page);
        if cursor.is_empty() {
            break;
        }
    }
    assert_eq!(seen, expected(0..SLACK_CHANNELS, slack_channel_id));
    server.stop().await;
}

#[tokio::test]
async fn existing_faults_on_cursor_and_offset_pages() {
    let server = TestServer::start().await.unwrap();
    let addr = server.addr();
    // Page 2 of Slack at 100 a page is the one at cursor(100).
    server.set_faults(
        Api::SlackConversations,
        Faults {
            fail_page_once: Some(2),
            ..Faults::default()
        },
    );
    let page_2 = format!("?cursor={}", slack_cursor(100));
    let failed = slack(addr, &page_2).await;
    assert_eq!(
        (failed.status, failed.json()),
        (500, json!({"error": "internal"}))
    );
    assert_eq!(slack(addr, &page_2).await.status, 200);
    // Page 3 of Jira at 50 a page starts at 100, and so does any start up to 149.
    server.set_faults(
        Api::JiraProjects,
        Faults {
            malformed_json_page: Some(3),
            ..Faults::default()
        },
    );
    for start_at in [100, 149] {
        let malformed = jira(addr, &format!("?startAt={start_at}")).await;
        assert_eq!(
            (malformed.status, malformed.body.as_str()),
            (200, r#"{"data": ["#)
        );
    }
    assert_eq!(jira(addr, "?startAt=150").await.status, 200);
    // Stripe's list shrinks after page 1: page 2 is its last, page 3's cursor names nothing.
    server.set_faults(
        Api::StripeCustomers,
        Faults {
            resize_after_page: Some((1, 15)),
            ..Faults::default()
        },
    );
    assert_eq!(stripe(addr, "").await.json()["has_more"], true);
    let shrunk = stripe(addr, "?starting_after=cus_00000000000009")
        .await
        .json();
    assert_eq!(ids(&shrunk["data"]), expected(10..15, stripe_customer_id));
    assert_eq!(shrunk["has_more"], false);
    let gone = stripe(addr, "?starting_after=cus_00000000000019").await;
    assert_eq!(gone.status, 400);
    assert_eq!(gone.json()["error"]["code"], "resource_missing");
    // The data set can start at another size.
    server.set_faults(
        Api::JiraProjects,
        Faults {
            items: Some(7),
            ..Faults::default()
        },
    );
    let small = jira(addr, "").await.json();
    assert_eq!(
        (small["total"].clone(), small["isLast"].clone()),
        (json!(7), json!(true))
    );
    server.stop().await;
}

#[tokio::test]
async fn delay_slows_the_new_fakes_too() {
    let server = TestServer::start().await.unwrap();
    let addr = server.addr();
    let delay = std::time::Duration::from_millis(150);
    for api in [
        Api::StripeCustomers,
        Api::SlackConversations,
        Api::JiraProjects,
    ] {
        server.set_faults(
            api,
            Faults {
                delay: Some(delay),
                ..Faults::default()
            },
        );
    }
    let started = std::time::Instant::now();
    assert_eq!(stripe(addr, "").await.status, 200);
    assert_eq!(slack(addr, "").await.status, 200);
    assert_eq!(jira(addr, "").await.status, 200);
    assert!(started.elapsed() >= delay * 3);
    server.stop().await;
}

#[tokio::test]
async fn recorded_pages_count_by_start_and_limit() {
    let server = TestServer::start().await.unwrap();
    let addr = server.addr();
    jira(addr, "").await;
    jira(addr, "?startAt=49").await;
    jira(addr, "?startAt=50").await;
    jira(addr, "?startAt=300&maxResults=100").await;
    jira(addr, "?startAt=300&maxResults=1000").await;
    jira(addr, "?startAt=x").await;
    stripe(addr, "?limit=10&starting_after=cus_00000000000029").await;
    let recorded: Vec<(Api, u32, u16)> = server
        .requests()
        .iter()
        .map(|r| (r.api, r.page, r.status))
        .collect();
    assert_eq!(
        recorded,
        [
            (Api::JiraProjects, 1, 200),
            (Api::JiraProjects, 1, 200),
            (Api::JiraProjects, 2, 200),
            (Api::JiraProjects, 4, 200),
            (Api::JiraProjects, 4, 200),
            (Api::JiraProjects, 0, 400),
            (Api::StripeCustomers, 4, 200),
        ]
    );
    server.stop().await;
}

#[tokio::test]
async fn an_oversized_page_hands_out_the_position_after_its_items() {
    let server = TestServer::start().await.unwrap();
    let addr = server.addr();
    let faults = Faults {
        oversize_page: Some(2),
        total_items: Some(-5),
        ..Faults::default()
    };
    for api in [
        Api::StripeCustomers,
        Api::SlackConversations,
        Api::JiraProjects,
    ] {
        server.set_faults(api, faults.clone());
    }
    let first = stripe(addr, "?limit=10").await.json();
    let after = first["data"][9]["id"].as_str().unwrap().to_owned();
    let second = stripe(addr, &format!("?limit=10&starting_after={after}"))
        .await
        .json();
    assert_eq!(ids(&second["data"]), expected(10..110, stripe_customer_id));
    assert_eq!(second["has_more"], true);

    let first = slack(addr, "?limit=10").await;
    let second = slack(addr, &format!("?limit=10&cursor={}", next_cursor(&first))).await;
    assert_eq!(
        ids(&second.json()["channels"]),
        expected(10..110, slack_channel_id)
    );
    assert_eq!(next_cursor(&second), slack_cursor(110));

    let second = jira(addr, "?startAt=10&maxResults=10").await.json();
    assert_eq!(ids(&second["values"]), expected(10..110, jira_project_id));
    assert_eq!(
        (second["maxResults"].clone(), second["total"].clone()),
        (json!(10), json!(-5))
    );
    let base = server.base_url();
    assert_eq!(second["nextPage"], jira_link(&base, 110, 10));
    server.stop().await;
}
