//! Wire-level checks of the fakes, over raw HTTP/1.1 on a `TcpStream`.

mod common;

use std::net::SocketAddr;
use std::time::{Duration, Instant};

use common::{Answer, get, ids, send};

use pagination_test_server::{
    Api, CLARIFAI_INPUTS, CLARIFAI_PAT, CODAT_INVOICES, CSPR_ACCOUNTS, CSPR_KEY, Faults, LinkStyle,
    Recorded, TestServer, clarifai_hit_input_id, clarifai_input_id, codat_invoice_id,
    cspr_account_hash,
};
use serde_json::Value;
use tokio::net::TcpStream;

/// `base64("test-codat-key")`.
const CODAT_BASIC: &str = "Basic dGVzdC1jb2RhdC1rZXk=";
const CLARIFAI_AUTH: &str = "Key test-clarifai-pat";
const INPUTS: &str = "/v2/users/me/apps/app/inputs";
const SEARCHES: &str = "/v2/users/me/apps/app/annotations/searches";
const INVOICES: &str = "/companies/c-1/data/invoices";

async fn clarifai(addr: SocketAddr, query: &str) -> Answer {
    get(
        addr,
        &format!("{INPUTS}{query}"),
        &[("Authorization", CLARIFAI_AUTH)],
    )
    .await
}

async fn search(addr: SocketAddr, body: &str) -> Answer {
    let headers = [
        ("Authorization", CLARIFAI_AUTH),
        ("Content-Type", "application/json"),
    ];
    send(addr, "POST", SEARCHES, &headers, body).await
}

async fn cspr(addr: SocketAddr, query: &str) -> Answer {
    get(
        addr,
        &format!("/accounts{query}"),
        &[("authorization", CSPR_KEY)],
    )
    .await
}

async fn codat(addr: SocketAddr, query: &str) -> Answer {
    get(
        addr,
        &format!("{INVOICES}{query}"),
        &[("Authorization", CODAT_BASIC)],
    )
    .await
}

#[tokio::test]
async fn clarifai_inputs_pages_defaults_and_validation() {
    let server = TestServer::start().await.unwrap();
    let addr = server.addr();
    assert_eq!(CLARIFAI_PAT, "test-clarifai-pat");

    let first = clarifai(addr, "").await;
    assert_eq!(first.status, 200);
    assert!(first.headers.contains("content-type: application/json"));
    let json = first.json();
    assert_eq!(json["status"]["code"], 10_000);
    assert_eq!(json["status"]["description"], "Ok");
    let inputs = json["inputs"].as_array().unwrap();
    assert_eq!(inputs.len(), 128, "per_page defaults to 128");
    assert_eq!(
        inputs[0],
        serde_json::json!({
            "id": "input-00000",
            "created_at": "2024-05-01T10:00:00Z",
            "data": {"image": {"url": "https://samples.clarifai.com/0.jpg"}}
        })
    );
    assert_eq!(json.as_object().unwrap().len(), 2, "no totals: {json}");

    let second = clarifai(addr, "?page=2&per_page=20").await.json();
    let expected: Vec<String> = (20..40).map(clarifai_input_id).collect();
    assert_eq!(ids(&second["inputs"], "/id"), expected);

    let clamped = clarifai(addr, "?per_page=5000").await;
    assert_eq!(clamped.status, 200);
    assert_eq!(clamped.json()["inputs"].as_array().unwrap().len(), 1000);

    for bad in [
        "?page=0",
        "?per_page=0",
        "?page=-1",
        "?page=abc",
        "?per_page=1.5",
    ] {
        let answer = clarifai(addr, bad).await;
        assert_eq!(answer.status, 400, "{bad}");
        assert_eq!(answer.json()["status"]["code"], 11_102, "{bad}");
    }
    server.stop().await;
}

#[tokio::test]
async fn clarifai_last_and_empty_pages() {
    let server = TestServer::start().await.unwrap();
    let addr = server.addr();
    let last = clarifai(addr, "?page=10&per_page=1000").await.json();
    let inputs = last["inputs"].as_array().unwrap();
    assert_eq!(inputs.len(), 1000);
    assert_eq!(inputs[999]["id"], clarifai_input_id(CLARIFAI_INPUTS - 1));

    let empty = clarifai(addr, "?page=11&per_page=1000").await;
    assert_eq!(empty.status, 200);
    assert_eq!(
        empty.json(),
        serde_json::json!({"status": {"code": 10000, "description": "Ok"}})
    );
    server.stop().await;
}

#[tokio::test]
async fn clarifai_searches_page_in_the_body() {
    let server = TestServer::start().await.unwrap();
    let addr = server.addr();
    let body = r#"{"searches":[{"query":{"filters":[]}}],"pagination":{"page":2,"per_page":20}}"#;
    let answer = search(addr, body).await;
    assert_eq!(answer.status, 200);
    let json = answer.json();
    assert_eq!(json["status"]["code"], 10_000);
    let hits = json["hits"].as_array().unwrap();
    let expected: Vec<String> = (20..40).map(clarifai_hit_input_id).collect();
    assert_eq!(ids(&json["hits"], "/input/id"), expected);
    let score = hits[0]["score"].as_f64().unwrap();
    assert!(score > 0.0 && score < 1.0);
    assert_eq!(hits[0]["input"]["created_at"], "2024-05-01T10:00:00Z");

    let defaults = search(addr, "").await.json();
    assert_eq!(defaults["hits"].as_array().unwrap().len(), 128);
    let clamped = search(addr, r#"{"pagination":{"per_page":100000}}"#)
        .await
        .json();
    assert_eq!(clamped["hits"].as_array().unwrap().len(), 1000);
    let empty = search(addr, r#"{"pagination":{"page":12,"per_page":1000}}"#)
        .await
        .json();
    assert!(empty.get("hits").is_none());

    let zero = search(addr, r#"{"pagination":{"page":0}}"#).await;
    assert_eq!(zero.status, 400);
    assert_eq!(zero.json()["status"]["code"], 11_102);
    let broken = search(addr, "{not json").await;
    assert_eq!(broken.status, 400);
    assert_eq!(broken.json()["status"]["code"], 11_100);

    let pages: Vec<u32> = server.requests().iter().map(|r| r.page).collect();
    assert_eq!(pages, [2, 1, 1, 12, 0, 1]);
    server.stop().await;
}

#[tokio::test]
async fn auth_failures_are_401_in_each_apis_shape() {
    let server = TestServer::start().await.unwrap();
    let addr = server.addr();

    for headers in [
        &[][..],
        &[("Authorization", "Key wrong")],
        &[("Authorization", "test-clarifai-pat")],
    ] {
        let answer = get(addr, INPUTS, headers).await;
        assert_eq!(answer.status, 401);
        assert!(answer.json()["status"]["code"].is_u64());
    }
    let answer = send(addr, "POST", SEARCHES, &[], "{}").await;
    assert_eq!(answer.status, 401);
    assert!(answer.json()["status"]["description"].is_string());

    for headers in [
        &[][..],
        &[(
            "authorization",
            "Bearer 55f79117-fc4d-4d60-9956-65423f39a06a",
        )],
    ] {
        let answer = get(addr, "/accounts", headers).await;
        assert_eq!(answer.status, 401);
        assert_eq!(answer.json()["code"], "unauthorized");
        assert!(answer.json()["message"].is_string());
    }

    // base64("wrong-key"), and the key itself without base64.
    for headers in [
        &[][..],
        &[("Authorization", "Basic d3Jvbmcta2V5")],
        &[("Authorization", "Basic test-codat-key")],
    ] {
        let answer = get(addr, INVOICES, headers).await;
        assert_eq!(answer.status, 401);
        assert_eq!(
            answer.json(),
            serde_json::json!({"statusCode": 401, "error": "Unauthorized"})
        );
    }
    server.stop().await;
}

#[tokio::test]
async fn cspr_pages_and_the_page_size_maximum() {
    let server = TestServer::start().await.unwrap();
    let addr = server.addr();
    let first = cspr(addr, "").await;
    assert_eq!(first.status, 200);
    let json = first.json();
    assert_eq!(json["item_count"], CSPR_ACCOUNTS);
    assert_eq!(json["page_count"], 1235, "ceil(12345 / 10)");
    let data = json["data"].as_array().unwrap();
    assert_eq!(data.len(), 10, "page_size defaults to 10");
    let account = data[0].as_object().unwrap();
    assert_eq!(account.len(), 4);
    assert_eq!(account["account_hash"], cspr_account_hash(0));
    assert!(
        account["balance"]
            .as_str()
            .unwrap()
            .bytes()
            .all(|b| b.is_ascii_digit())
    );
    let uref = account["main_purse_uref"].as_str().unwrap();
    assert!(uref.starts_with("uref-") && uref.ends_with("-007") && uref.len() == 73);
    let key = account["public_key"].as_str().unwrap();
    assert!(key.starts_with("01") && key.len() == 66);

    let max = cspr(addr, "?page=50&page_size=250").await.json();
    assert_eq!(max["page_count"], 50);
    let expected: Vec<String> = (12_250..CSPR_ACCOUNTS).map(cspr_account_hash).collect();
    assert_eq!(ids(&max["data"], "/account_hash"), expected);

    let too_big = cspr(addr, "?page_size=251").await;
    assert_eq!(too_big.status, 400);
    assert_eq!(
        too_big.json(),
        serde_json::json!({
            "code": "invalid_page_size",
            "message": "page_size must be between 1 and 250"
        })
    );
    for bad in ["?page_size=0", "?page=0", "?page=x"] {
        assert_eq!(cspr(addr, bad).await.status, 400, "{bad}");
    }
    let past = cspr(addr, "?page=51&page_size=250").await.json();
    assert_eq!(past["data"], serde_json::json!([]));
    server.stop().await;
}

#[tokio::test]
async fn codat_pages_links_and_clamping() {
    let server = TestServer::start().await.unwrap();
    let addr = server.addr();
    let first = codat(addr, "").await;
    assert_eq!(first.status, 200);
    let json = first.json();
    assert_eq!(json["pageNumber"], 1);
    assert_eq!(json["pageSize"], 100);
    assert_eq!(json["totalResults"], CODAT_INVOICES);
    let results = json["results"].as_array().unwrap();
    assert_eq!(results.len(), 100);
    assert_eq!(results[0]["id"], "inv-00000");
    assert_eq!(results[0]["invoiceNumber"], "INV-0");
    assert_eq!(results[0]["status"], "Submitted");
    assert_eq!(results[1]["status"], "Paid");
    assert!(results[0]["totalAmount"].is_f64());
    assert_eq!(
        json["_links"],
        serde_json::json!({
            "self": {"href": INVOICES},
            "current": {"href": format!("{INVOICES}?page=1&pageSize=100")},
            "next": {"href": format!("{INVOICES}?page=2&pageSize=100")}
        })
    );

    let last = codat(addr, "?page=105").await.json();
    assert_eq!(last["results"].as_array().unwrap().len(), 100);
    assert!(last["_links"].get("next").is_none(), "{last}");
    assert_eq!(
        last["_links"]["previous"]["href"],
        format!("{INVOICES}?page=104&pageSize=100")
    );

    let clamped = codat(addr, "?page=2&pageSize=6000").await.json();
    assert_eq!(clamped["pageSize"], 5000);
    assert_eq!(clamped["pageNumber"], 2);
    let expected: Vec<String> = (5000..10_000).map(codat_invoice_id).collect();
    assert_eq!(ids(&clamped["results"], "/id"), expected);
    assert_eq!(
        clamped["_links"]["next"]["href"],
        format!("{INVOICES}?page=3&pageSize=5000")
    );

    for bad in [
        "?page=0",
        "?pageSize=0",
        "?page=two",
        "?query=status%3DDraft",
    ] {
        let answer = codat(addr, bad).await;
        assert_eq!(answer.status, 400, "{bad}");
        assert_eq!(answer.json()["statusCode"], 400, "{bad}");
    }
    server.stop().await;
}

#[tokio::test]
async fn codat_query_filter_counts_the_filtered_set() {
    let server = TestServer::start().await.unwrap();
    let addr = server.addr();
    let paid = codat(addr, "?page=2&pageSize=10&query=status%3DPaid")
        .await
        .json();
    assert_eq!(paid["totalResults"], 7000);
    let expected: Vec<String> = [16, 17, 19, 20, 22, 23, 25, 26, 28, 29]
        .into_iter()
        .map(codat_invoice_id)
        .collect();
    assert_eq!(ids(&paid["results"], "/id"), expected);
    assert_eq!(
        paid["_links"]["next"]["href"],
        format!("{INVOICES}?page=3&pageSize=10&query=status%3DPaid")
    );
    assert_eq!(
        paid["_links"]["previous"]["href"],
        format!("{INVOICES}?page=1&pageSize=10&query=status%3DPaid")
    );
    assert_eq!(paid["_links"]["self"]["href"], INVOICES);

    let submitted = codat(addr, "?pageSize=5000&query=status=Submitted")
        .await
        .json();
    assert_eq!(submitted["totalResults"], 3500);
    assert!(submitted["_links"].get("next").is_none());
    let statuses = submitted["results"].as_array().unwrap();
    assert_eq!(statuses.len(), 3500);
    assert!(
        statuses
            .iter()
            .all(|invoice| invoice["status"] == "Submitted")
    );
    server.stop().await;
}

#[tokio::test]
async fn codat_absolute_and_cross_origin_links() {
    let server = TestServer::start().await.unwrap();
    let addr = server.addr();
    let base = server.base_url();
    assert_eq!(base, format!("http://{addr}"));

    server.set_faults(
        Api::Codat,
        Faults {
            link_style: LinkStyle::Absolute,
            ..Faults::default()
        },
    );
    let absolute = codat(addr, "?page=2").await.json();
    let links = &absolute["_links"];
    assert_eq!(links["self"]["href"], format!("{base}{INVOICES}"));
    assert_eq!(
        links["next"]["href"],
        format!("{base}{INVOICES}?page=3&pageSize=100")
    );
    assert_eq!(
        links["previous"]["href"],
        format!("{base}{INVOICES}?page=1&pageSize=100")
    );

    let elsewhere = String::from("http://127.0.0.1:9");
    server.set_faults(
        Api::Codat,
        Faults {
            link_style: LinkStyle::CrossOrigin(elsewhere.clone()),
            ..Faults::default()
        },
    );
    let cross = codat(addr, "?page=2").await.json();
    let links = &cross["_links"];
    assert_eq!(
        links["next"]["href"],
        format!("{elsewhere}{INVOICES}?page=3&pageSize=100")
    );
    assert_eq!(
        links["current"]["href"],
        format!("{INVOICES}?page=2&pageSize=100")
    );
    server.stop().await;
}

#[tokio::test]
async fn fail_page_once_then_serves() {
    let server = TestServer::start().await.unwrap();
    let addr = server.addr();
    server.set_faults(
        Api::Codat,
        Faults {
            fail_page_once: Some(2),
            ..Faults::default()
        },
    );
    assert_eq!(codat(addr, "?page=1").await.status, 200);
    let failed = codat(addr, "?page=2").await;
    assert_eq!(failed.status, 500);
    assert_eq!(failed.json(), serde_json::json!({"error": "internal"}));
    let retried = codat(addr, "?page=2").await;
    assert_eq!(retried.status, 200);
    assert_eq!(retried.json()["pageNumber"], 2);

    server.set_faults(
        Api::Cspr,
        Faults {
            fail_page_once: Some(1),
            ..Faults::default()
        },
    );
    assert_eq!(cspr(addr, "").await.status, 500);
    assert_eq!(cspr(addr, "").await.status, 200);
    server.stop().await;
}

#[tokio::test]
async fn malformed_json_page() {
    let server = TestServer::start().await.unwrap();
    let addr = server.addr();
    server.set_faults(
        Api::ClarifaiInputs,
        Faults {
            malformed_json_page: Some(3),
            ..Faults::default()
        },
    );
    for _ in 0..2 {
        let answer = clarifai(addr, "?page=3").await;
        assert_eq!(answer.status, 200);
        assert!(answer.headers.contains("content-type: application/json"));
        assert_eq!(answer.body, r#"{"data": ["#);
        assert!(serde_json::from_str::<Value>(&answer.body).is_err());
    }
    assert_eq!(
        clarifai(addr, "?page=2").await.json()["inputs"][0]["id"],
        clarifai_input_id(128)
    );
    server.stop().await;
}

#[tokio::test]
async fn ignore_page_serves_the_first_page() {
    let server = TestServer::start().await.unwrap();
    let addr = server.addr();
    server.set_faults(
        Api::Codat,
        Faults {
            ignore_page: true,
            ..Faults::default()
        },
    );
    let codat_page = codat(addr, "?page=3&pageSize=10").await.json();
    assert_eq!(codat_page["pageNumber"], 1);
    assert_eq!(codat_page["results"][0]["id"], codat_invoice_id(0));
    assert_eq!(
        codat_page["_links"]["next"]["href"],
        format!("{INVOICES}?page=2&pageSize=10")
    );
    assert!(codat_page["_links"].get("previous").is_none());

    server.set_faults(
        Api::Cspr,
        Faults {
            ignore_page: true,
            ..Faults::default()
        },
    );
    let cspr_page = cspr(addr, "?page=3").await.json();
    assert_eq!(cspr_page["data"][0]["account_hash"], cspr_account_hash(0));

    // Other APIs are untouched.
    assert_eq!(
        clarifai(addr, "?page=2&per_page=1").await.json()["inputs"][0]["id"],
        "input-00001"
    );
    assert_eq!(server.requests().last().unwrap().page, 2);
    server.stop().await;
}

#[tokio::test]
async fn resize_after_page_shrinks_and_grows() {
    let server = TestServer::start().await.unwrap();
    let addr = server.addr();
    server.set_faults(
        Api::Cspr,
        Faults {
            resize_after_page: Some((1, 15)),
            ..Faults::default()
        },
    );
    let first = cspr(addr, "?page=1").await.json();
    assert_eq!(
        first["item_count"], CSPR_ACCOUNTS,
        "page 1 is served before the resize"
    );
    let second = cspr(addr, "?page=2").await.json();
    assert_eq!(second["item_count"], 15);
    assert_eq!(second["page_count"], 2);
    let expected: Vec<String> = (10..15).map(cspr_account_hash).collect();
    assert_eq!(ids(&second["data"], "/account_hash"), expected);

    server.set_faults(
        Api::Codat,
        Faults {
            resize_after_page: Some((1, 20_000)),
            ..Faults::default()
        },
    );
    assert_eq!(codat(addr, "").await.json()["totalResults"], CODAT_INVOICES);
    let grown = codat(addr, "?page=200").await.json();
    assert_eq!(grown["totalResults"], 20_000);
    assert_eq!(grown["results"][99]["id"], codat_invoice_id(19_999));

    // New faults reset the size.
    server.set_faults(Api::Codat, Faults::default());
    assert_eq!(codat(addr, "").await.json()["totalResults"], CODAT_INVOICES);
    server.stop().await;
}

#[tokio::test]
async fn delay_slows_every_answer() {
    let server = TestServer::start().await.unwrap();
    let addr = server.addr();
    let delay = Duration::from_millis(150);
    server.set_faults(
        Api::Cspr,
        Faults {
            delay: Some(delay),
            ..Faults::default()
        },
    );
    let started = Instant::now();
    assert_eq!(cspr(addr, "").await.status, 200);
    assert!(started.elapsed() >= delay);
    server.stop().await;
}

#[tokio::test]
async fn requests_are_recorded_in_order() {
    let server = TestServer::start().await.unwrap();
    let addr = server.addr();
    codat(addr, "?page=3&pageSize=7").await;
    get(addr, "/accounts?page=2", &[]).await;
    search(addr, r#"{"pagination":{"page":4}}"#).await;
    get(addr, "/nowhere?page=9", &[]).await;
    send(
        addr,
        "DELETE",
        INVOICES,
        &[("Authorization", CODAT_BASIC)],
        "",
    )
    .await;
    let recorded = server.requests();
    let expected = [
        Recorded {
            api: Api::Codat,
            method: "GET".into(),
            path: INVOICES.into(),
            query: Some("page=3&pageSize=7".into()),
            page: 3,
            status: 200,
        },
        Recorded {
            api: Api::Cspr,
            method: "GET".into(),
            path: "/accounts".into(),
            query: Some("page=2".into()),
            page: 2,
            status: 401,
        },
        Recorded {
            api: Api::ClarifaiSearches,
            method: "POST".into(),
            path: SEARCHES.into(),
            query: None,
            page: 4,
            status: 200,
        },
        Recorded {
            api: Api::Cspr,
            method: "GET".into(),
            path: "/nowhere".into(),
            query: Some("page=9".into()),
            page: 9,
            status: 404,
        },
        Recorded {
            api: Api::Codat,
            method: "DELETE".into(),
            path: INVOICES.into(),
            query: None,
            page: 1,
            status: 405,
        },
    ];
    assert_eq!(recorded, expected);
    server.stop().await;
}

#[tokio::test]
async fn auth_then_paging_then_the_rest_decide_the_error() {
    let server = TestServer::start().await.unwrap();
    let addr = server.addr();
    let bad = "?page=0&pageSize=0&query=status%3DDraft";
    let unauthorized = get(addr, &format!("{INVOICES}{bad}"), &[]).await;
    assert_eq!(unauthorized.status, 401);
    let cases = [
        (bad, "Page must be a positive integer"),
        (
            "?pageSize=0&query=status%3DDraft",
            "Page size must be a positive integer",
        ),
        (
            "?query=status%3DDraft",
            "Unsupported query: this fake supports `status=Paid` and `status=Submitted`",
        ),
    ];
    for (query, error) in cases {
        let answer = codat(addr, query).await;
        assert_eq!(answer.status, 400, "{query}");
        assert_eq!(answer.json()["error"], error, "{query}");
    }
    let unauthorized = get(addr, "/accounts?page_size=251", &[]).await;
    assert_eq!(unauthorized.json()["code"], "unauthorized");
    server.stop().await;
}

#[tokio::test]
async fn faults_act_on_valid_requests_and_delay_every_answer() {
    let server = TestServer::start().await.unwrap();
    let addr = server.addr();
    let delay = Duration::from_millis(100);
    server.set_faults(
        Api::Cspr,
        Faults {
            fail_page_once: Some(2),
            delay: Some(delay),
            ..Faults::default()
        },
    );
    let started = Instant::now();
    assert_eq!(get(addr, "/accounts?page=2", &[]).await.status, 401);
    assert_eq!(cspr(addr, "?page=2&page_size=251").await.status, 400);
    assert_eq!(get(addr, "/nowhere?page=2", &[]).await.status, 404);
    assert!(started.elapsed() >= delay * 3, "refusals are delayed too");
    assert_eq!(
        cspr(addr, "?page=2").await.status,
        500,
        "the fault fires now"
    );
    assert_eq!(cspr(addr, "?page=2").await.status, 200);
    let recorded: Vec<(Api, u32, u16)> = server
        .requests()
        .iter()
        .map(|r| (r.api, r.page, r.status))
        .collect();
    let expected = [401, 400, 404, 500, 200].map(|status| (Api::Cspr, 2, status));
    assert_eq!(recorded, expected);
    server.stop().await;
}

#[tokio::test]
async fn stop_closes_the_port() {
    let server = TestServer::start().await.unwrap();
    let addr = server.addr();
    assert_eq!(cspr(addr, "").await.status, 200);
    // An idle keep-alive connection must not hold the shutdown up.
    let idle = TcpStream::connect(addr).await.unwrap();
    let started = Instant::now();
    server.stop().await;
    assert!(started.elapsed() < Duration::from_secs(2));
    assert!(
        TcpStream::connect(addr).await.is_err(),
        "the port is closed"
    );
    drop(idle);
}

#[tokio::test]
async fn drop_without_stop_aborts_the_server() {
    let server = TestServer::start().await.unwrap();
    let addr = server.addr();
    drop(server);
    // The aborted task drops the listener at its next poll.
    tokio::task::yield_now().await;
    tokio::time::sleep(Duration::from_millis(20)).await;
    assert!(TcpStream::connect(addr).await.is_err());
}
