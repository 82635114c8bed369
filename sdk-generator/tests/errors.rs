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
fn an_input_in_the_request_body_is_unsupported() {
    let inputs = json!([
        {"name": "starting_after", "in": "requestBody", "type": "cursor"},
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

#[test]
fn the_command_writes_no_file_for_a_bad_document() {
    let dir = std::env::temp_dir().join(format!("sdk-generator-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let input = dir.join("bad.json");
    let output = dir.join("out.rs");
    std::fs::write(&input, FIXTURE.replace("\"$.data[-1].id\"", "\"data\"")).unwrap();
    let run = std::process::Command::new(env!("CARGO_BIN_EXE_pagination-sdk-generator"))
        .arg(&input)
        .arg("-o")
        .arg(&output)
        .output()
        .unwrap();
    assert!(!run.status.success());
    let stderr = String::from_utf8(run.stderr).unwrap();
    assert!(stderr.contains("GET /v1/customers"), "{stderr}");
    assert!(
        stderr.contains("x-speakeasy-pagination.outputs.nextCursor"),
        "{stderr}"
    );
    assert!(!output.exists());
    std::fs::remove_dir_all(&dir).unwrap();
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
