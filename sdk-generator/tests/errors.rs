//! A malformed or unsupported document is an error that names the operation and the JSON
//! path, and the command writes no file.

use pagination_sdk_generator::{Mode, generate};
use serde_json::{Value, json};

const FIXTURE: &str = include_str!("fixtures/test-server.json");

/// The error for the fixture with the value at `pointer` replaced (or removed, for null).
fn error_with(pointer: &str, value: Value) -> pagination_sdk_generator::Error {
    let mut document: Value = serde_json::from_str(FIXTURE).unwrap();
    let (parent, key) = pointer.rsplit_once('/').unwrap();
    let parent = document
        .pointer_mut(parent)
        .unwrap()
        .as_object_mut()
        .unwrap();
    if value.is_null() {
        parent.remove(key);
    } else {
        parent.insert(key.to_owned(), value);
    }
    generate(&document, Mode::Derive).unwrap_err()
}

const CUSTOMERS: &str = "/paths/~1v1~1customers/get";

#[test]
fn a_missing_results_output_names_operation_and_path() {
    let error = error_with(
        &format!("{CUSTOMERS}/x-speakeasy-pagination/outputs/results"),
        Value::Null,
    );
    assert_eq!(error.operation(), Some("GET /v1/customers"));
    assert_eq!(
        error.path(),
        "paths./v1/customers.get.x-speakeasy-pagination.outputs.results"
    );
    assert_eq!(
        error.to_string(),
        "GET /v1/customers: at `paths./v1/customers.get.x-speakeasy-pagination.outputs.results`: \
         is required but missing"
    );
}

#[test]
fn a_malformed_json_path() {
    let error = error_with(
        &format!("{CUSTOMERS}/x-speakeasy-pagination/outputs/results"),
        json!("data"),
    );
    assert_eq!(
        error.path(),
        "paths./v1/customers.get.x-speakeasy-pagination.outputs.results"
    );
    assert!(error.message().contains("is not a JSONPath"), "{error}");
}

#[test]
fn a_results_path_the_schema_does_not_have() {
    let path = "/paths/~1api~1conversations.list/get/x-speakeasy-pagination/outputs/results";
    let error = error_with(path, json!("$.items"));
    assert_eq!(error.operation(), Some("GET /api/conversations.list"));
    assert_eq!(
        error.path(),
        "paths./api/conversations.list.get.x-speakeasy-pagination.outputs.results"
    );
    assert!(
        error.message().contains("has no property `items`"),
        "{error}"
    );
}

#[test]
fn an_output_of_the_wrong_type() {
    let schema = "/components/schemas/CustomerList/properties/has_more";
    let error = error_with(schema, json!({"type": "string"}));
    assert_eq!(
        error.path(),
        "paths./v1/customers.get.x-pagination-has-more"
    );
    assert!(error.message().contains("needs boolean"), "{error}");
}

#[test]
fn an_unknown_pagination_type() {
    let error = error_with(
        &format!("{CUSTOMERS}/x-speakeasy-pagination/type"),
        json!("graphql"),
    );
    assert_eq!(
        error.path(),
        "paths./v1/customers.get.x-speakeasy-pagination.type"
    );
    assert!(
        error
            .message()
            .contains("unknown pagination type `graphql`"),
        "{error}"
    );
}

#[test]
fn an_input_in_the_body_of_a_get() {
    let inputs = json!([
        {"name": "starting_after", "in": "requestBody", "type": "cursor"},
        {"name": "limit", "in": "parameters", "type": "limit"}
    ]);
    let error = error_with(
        &format!("{CUSTOMERS}/x-speakeasy-pagination/inputs"),
        inputs,
    );
    assert_eq!(error.operation(), Some("GET /v1/customers"));
    assert_eq!(
        error.path(),
        "paths./v1/customers.get.x-speakeasy-pagination.inputs[0].in"
    );
    assert!(error.message().contains("no JSON request body"), "{error}");
}

#[test]
fn an_unknown_input_place() {
    let inputs = json!([
        {"name": "starting_after", "in": "header", "type": "cursor"},
        {"name": "limit", "in": "parameters", "type": "limit"}
    ]);
    let error = error_with(
        &format!("{CUSTOMERS}/x-speakeasy-pagination/inputs"),
        inputs,
    );
    assert_eq!(
        error.path(),
        "paths./v1/customers.get.x-speakeasy-pagination.inputs[0].in"
    );
    assert!(
        error.message().contains("unknown input place `header`"),
        "{error}"
    );
}

#[test]
fn an_input_that_names_no_parameter() {
    let inputs = json!([
        {"name": "after", "in": "parameters", "type": "cursor"},
        {"name": "limit", "in": "parameters", "type": "limit"}
    ]);
    let error = error_with(
        &format!("{CUSTOMERS}/x-speakeasy-pagination/inputs"),
        inputs,
    );
    assert_eq!(
        error.path(),
        "paths./v1/customers.get.x-speakeasy-pagination.inputs[0].name"
    );
    assert!(
        error.message().contains("no query parameter `after`"),
        "{error}"
    );
}

#[test]
fn a_missing_limit_input() {
    let inputs = json!([{"name": "starting_after", "in": "parameters", "type": "cursor"}]);
    let error = error_with(
        &format!("{CUSTOMERS}/x-speakeasy-pagination/inputs"),
        inputs,
    );
    assert_eq!(
        error.path(),
        "paths./v1/customers.get.x-speakeasy-pagination.inputs"
    );
    assert!(error.message().contains("`limit` input"), "{error}");
}

#[test]
fn missing_and_inconsistent_page_sizes() {
    let error = error_with(&format!("{CUSTOMERS}/x-pagination-max-size"), Value::Null);
    assert_eq!(
        error.path(),
        "paths./v1/customers.get.x-pagination-max-size"
    );
    let error = error_with(&format!("{CUSTOMERS}/x-pagination-max-size"), json!(5));
    assert!(
        error.message().contains("between 1 and the maximum, 5"),
        "{error}"
    );
}

#[test]
fn an_item_cursor_not_from_the_results() {
    let path = format!("{CUSTOMERS}/x-speakeasy-pagination/outputs/nextCursor");
    let error = error_with(&path, json!("$.other[-1].id"));
    assert_eq!(
        error.path(),
        "paths./v1/customers.get.x-speakeasy-pagination.outputs.nextCursor"
    );
}

#[test]
fn an_unknown_security_scheme() {
    let error = error_with(&format!("{CUSTOMERS}/security"), json!([{"oauth": []}]));
    assert_eq!(error.operation(), Some("GET /v1/customers"));
    assert_eq!(error.path(), "components.securitySchemes.oauth");
}

#[test]
fn not_openapi_3() {
    let error = error_with("/openapi", json!("2.0"));
    assert_eq!((error.operation(), error.path()), (None, "openapi"));
}

/// What the command says on its standard error for the fixture with `from` replaced by
/// `to`; it must fail and write no file.
fn command_fails(from: &str, to: &str) -> String {
    let dir = std::env::temp_dir().join(format!("sdk-generator-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let input = dir.join(format!("bad-{}.json", from.len()));
    let output = dir.join(format!("out-{}.rs", from.len()));
    assert!(FIXTURE.contains(from), "{from}");
    std::fs::write(&input, FIXTURE.replace(from, to)).unwrap();
    let run = std::process::Command::new(env!("CARGO_BIN_EXE_pagination-sdk-generator"))
        .arg(&input)
        .arg("-o")
        .arg(&output)
        .output()
        .unwrap();
    assert!(!run.status.success());
    assert!(!output.exists());
    std::fs::remove_file(&input).unwrap();
    String::from_utf8(run.stderr).unwrap()
}

#[test]
fn the_command_writes_no_file_for_a_bad_document() {
    let stderr = command_fails("\"$.data[-1].id\"", "\"data\"");
    assert!(stderr.contains("GET /v1/customers"), "{stderr}");
    assert!(
        stderr.contains("x-speakeasy-pagination.outputs.nextCursor"),
        "{stderr}"
    );
}

const ISSUES: &str = "/paths/~1repos~1{owner}~1{repo}~1issues/get";

#[test]
fn an_unknown_role_in_the_headers() {
    let error = error_with(
        &format!("{ISSUES}/x-pagination-headers"),
        json!({"next": "Link", "last": "Link"}),
    );
    assert_eq!(error.operation(), Some("GET /repos/{owner}/{repo}/issues"));
    assert_eq!(
        error.path(),
        "paths./repos/{owner}/{repo}/issues.get.x-pagination-headers.last"
    );
    assert!(error.message().contains("unknown role `last`"), "{error}");
}

#[test]
fn headers_with_results_that_are_not_the_body() {
    let error = error_with(
        &format!("{ISSUES}/x-speakeasy-pagination/outputs/results"),
        json!("$.items"),
    );
    assert_eq!(error.operation(), Some("GET /repos/{owner}/{repo}/issues"));
    assert_eq!(
        error.path(),
        "paths./repos/{owner}/{repo}/issues.get.x-speakeasy-pagination.outputs.results"
    );
    assert!(error.message().contains("`results` must be `$`"), "{error}");
}

#[test]
fn a_bare_array_without_headers() {
    let error = error_with(&format!("{ISSUES}/x-pagination-headers"), Value::Null);
    assert_eq!(error.operation(), Some("GET /repos/{owner}/{repo}/issues"));
    assert_eq!(
        error.path(),
        "paths./repos/{owner}/{repo}/issues.get.x-speakeasy-pagination.outputs.results"
    );
    assert!(
        error.message().contains("needs `x-pagination-headers`"),
        "{error}"
    );
}

#[test]
fn an_unknown_x_pagination_field() {
    let error = error_with(
        &format!("{CUSTOMERS}/x-pagination-totla-items"),
        json!("$.total"),
    );
    assert_eq!(error.operation(), Some("GET /v1/customers"));
    assert_eq!(
        error.path(),
        "paths./v1/customers.get.x-pagination-totla-items"
    );
    assert!(
        error
            .message()
            .contains("unknown field `x-pagination-totla-items`: expected one of"),
        "{error}"
    );
}

const BOOKS: &str = "/paths/~1api~1books~1/get";

#[test]
fn a_url_walk_that_says_no_next_link() {
    let error = error_with(
        &format!("{BOOKS}/x-speakeasy-pagination/outputs/nextUrl"),
        Value::Null,
    );
    assert_eq!(error.operation(), Some("GET /api/books/"));
    assert_eq!(
        error.path(),
        "paths./api/books/.get.x-speakeasy-pagination.outputs"
    );
    assert!(
        error
            .message()
            .contains("`type: url` needs the next page's link"),
        "{error}"
    );
    // In headers: GitHub's `Link` gives the last page but not the next.
    let error = error_with(
        &format!("{ISSUES}/x-pagination-headers"),
        json!({"total_pages": "Link"}),
    );
    assert_eq!(
        error.path(),
        "paths./repos/{owner}/{repo}/issues.get.x-speakeasy-pagination.outputs"
    );
}

const SEARCHES: &str = "/paths/~1v2~1users~1{user_id}~1apps~1{app_id}~1annotations~1searches";
const SEARCHES_AT: &str = "paths./v2/users/{user_id}/apps/{app_id}/annotations/searches";

/// The error for the searches' inputs replaced by `inputs`.
fn searches_inputs(inputs: Value) -> pagination_sdk_generator::Error {
    let error = error_with(
        &format!("{SEARCHES}/post/x-speakeasy-pagination/inputs"),
        inputs,
    );
    assert_eq!(
        error.operation(),
        Some("POST /v2/users/{user_id}/apps/{app_id}/annotations/searches")
    );
    error
}

#[test]
fn an_input_in_the_query_of_a_request_with_a_body() {
    let error = searches_inputs(json!([
        {"name": "page", "in": "parameters", "type": "page"},
        {"name": "per_page", "in": "parameters", "type": "limit"}
    ]));
    assert_eq!(
        error.path(),
        format!("{SEARCHES_AT}.post.x-speakeasy-pagination.inputs[0].in")
    );
    assert!(error.message().contains("`in: requestBody`"), "{error}");
}

#[test]
fn a_body_input_that_names_no_property() {
    let error = searches_inputs(json!([
        {"name": "paging.page", "in": "requestBody", "type": "page"},
        {"name": "paging.per_page", "in": "requestBody", "type": "limit"}
    ]));
    assert_eq!(
        error.path(),
        format!("{SEARCHES_AT}.post.x-speakeasy-pagination.inputs[0].name")
    );
    assert!(
        error
            .message()
            .contains("the request body has no property `paging.page`"),
        "{error}"
    );
}

#[test]
fn body_inputs_in_two_places_or_too_deep() {
    let error = searches_inputs(json!([
        {"name": "pagination.page", "in": "requestBody", "type": "page"},
        {"name": "per_page", "in": "requestBody", "type": "limit"}
    ]));
    assert_eq!(
        error.path(),
        format!("{SEARCHES_AT}.post.x-speakeasy-pagination.inputs[1].name")
    );
    assert!(error.message().contains("in one place"), "{error}");
    let error = searches_inputs(json!([
        {"name": "a.pagination.page", "in": "requestBody", "type": "page"},
        {"name": "a.pagination.per_page", "in": "requestBody", "type": "limit"}
    ]));
    assert_eq!(
        error.path(),
        format!("{SEARCHES_AT}.post.x-speakeasy-pagination.inputs[0].name")
    );
}

#[test]
fn body_inputs_in_an_object_by_offset() {
    let error = searches_inputs(json!([
        {"name": "pagination.page", "in": "requestBody", "type": "offset"},
        {"name": "pagination.per_page", "in": "requestBody", "type": "limit"}
    ]));
    assert_eq!(
        error.path(),
        format!("{SEARCHES_AT}.post.x-speakeasy-pagination.inputs")
    );
    assert!(
        error.message().contains("for paging by page number only"),
        "{error}"
    );
}

#[test]
fn a_url_walk_with_a_request_body() {
    let error = error_with(
        &format!("{SEARCHES}/post/x-speakeasy-pagination/type"),
        json!("url"),
    );
    assert_eq!(
        error.path(),
        format!("{SEARCHES_AT}.post.x-speakeasy-pagination.type")
    );
    assert!(error.message().contains("followed with GET"), "{error}");
}

#[test]
fn a_post_without_a_body_a_get_with_one_and_a_query_beside_one() {
    let error = error_with(&format!("{SEARCHES}/post/requestBody"), Value::Null);
    assert_eq!(error.path(), format!("{SEARCHES_AT}.post"));
    assert!(
        error
            .message()
            .contains("a POST operation needs a JSON request body"),
        "{error}"
    );

    let body = json!({"content": {"application/json": {"schema": {"type": "object"}}}});
    let error = error_with(&format!("{CUSTOMERS}/requestBody"), body);
    assert_eq!(error.path(), "paths./v1/customers.get.requestBody");
    assert!(
        error.message().contains("a GET request has no body"),
        "{error}"
    );

    let query = json!([{"name": "q", "in": "query", "schema": {"type": "string"}}]);
    let error = error_with(&format!("{SEARCHES}/post/parameters"), query);
    assert_eq!(error.path(), format!("{SEARCHES_AT}.post.parameters"));
    assert!(
        error
            .message()
            .contains("the query parameter `q` beside a request body"),
        "{error}"
    );
}

const CONVERSATIONS: &str = "/paths/~1api~1conversations.list/get";
const CONVERSATIONS_AT: &str = "paths./api/conversations.list.get";

#[test]
fn a_success_flag_that_is_not_a_json_path_to_a_boolean() {
    for (value, path, message) in [
        (json!("ok"), "x-pagination-ok", "`ok` is not a JSONPath"),
        (
            json!(true),
            "x-pagination-ok",
            "expected a string, found true",
        ),
        (
            json!("$.channels[-1].ok"),
            "x-pagination-ok",
            "`[-1]` is only for `nextCursor`",
        ),
        (json!("$.okay"), "x-pagination-ok", "has no property `okay`"),
    ] {
        let error = error_with(&format!("{CONVERSATIONS}/x-pagination-ok"), value);
        assert_eq!(error.operation(), Some("GET /api/conversations.list"));
        assert_eq!(error.path(), format!("{CONVERSATIONS_AT}.{path}"));
        assert!(error.message().contains(message), "{error}");
    }
}

#[test]
fn an_error_message_that_is_not_a_json_path_to_a_string() {
    for (value, message) in [
        (json!({"path": "$.error"}), "expected a string, found {"),
        (json!("$.tail"), "has no property `tail`"),
    ] {
        let error = error_with(&format!("{CONVERSATIONS}/x-pagination-error"), value);
        assert_eq!(error.operation(), Some("GET /api/conversations.list"));
        assert_eq!(
            error.path(),
            format!("{CONVERSATIONS_AT}.x-pagination-error")
        );
        assert!(error.message().contains(message), "{error}");
    }
}

#[test]
fn a_success_flag_or_error_message_of_the_wrong_type() {
    let schema = "/components/schemas/ConversationsPage/properties";
    for (property, field, message) in [
        (
            "ok",
            "x-pagination-ok",
            "`ok` is of type string in the response schema",
        ),
        (
            "error",
            "x-pagination-error",
            "`error` is of type boolean in the response schema",
        ),
    ] {
        let other = if property == "ok" {
            "string"
        } else {
            "boolean"
        };
        let error = error_with(&format!("{schema}/{property}"), json!({"type": other}));
        assert_eq!(error.operation(), Some("GET /api/conversations.list"));
        assert_eq!(error.path(), format!("{CONVERSATIONS_AT}.{field}"));
        assert!(error.message().contains(message), "{error}");
    }
}

#[test]
fn an_error_message_without_a_success_flag() {
    let error = error_with(&format!("{CONVERSATIONS}/x-pagination-ok"), Value::Null);
    assert_eq!(
        error.path(),
        format!("{CONVERSATIONS_AT}.x-pagination-error")
    );
    assert!(
        error.message().contains("needs `x-pagination-ok`"),
        "{error}"
    );
}

#[test]
fn a_success_flag_in_a_bare_array() {
    let error = error_with(&format!("{ISSUES}/x-pagination-ok"), json!("$.ok"));
    assert_eq!(
        error.path(),
        "paths./repos/{owner}/{repo}/issues.get.x-pagination-ok"
    );
    assert!(error.message().contains("has no success flag"), "{error}");
}

#[test]
fn the_command_writes_no_file_for_a_bad_success_flag() {
    let stderr = command_fails(
        "\"x-pagination-ok\": \"$.ok\"",
        "\"x-pagination-ok\": \"ok\"",
    );
    assert!(stderr.contains("GET /api/conversations.list"), "{stderr}");
    assert!(
        stderr.contains("paths./api/conversations.list.get.x-pagination-ok"),
        "{stderr}"
    );
}

#[test]
fn a_struct_named_like_one_of_the_module_s_own() {
    // Stripe's customers as a schema named `Error`, common in OpenAPI documents.
    let mut document: Value = serde_json::from_str(FIXTURE).unwrap();
    let schemas = document.pointer_mut("/components/schemas").unwrap();
    schemas["Error"] = schemas["Customer"].clone();
    schemas["CustomerList"]["properties"]["data"]["items"] =
        json!({"$ref": "#/components/schemas/Error"});
    let error = generate(&document, Mode::Derive).unwrap_err();
    assert_eq!(error.operation(), Some("GET /v1/customers"));
    assert_eq!(error.path(), "paths./v1/customers.get");
    assert!(
        error.message().contains("a struct would be named `Error`"),
        "{error}"
    );
}
