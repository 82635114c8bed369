//! Clarifai: `GET /v2/users/{user_id}/apps/{app_id}/inputs` (paging in the query string) and
//! `POST /v2/users/{user_id}/apps/{app_id}/annotations/searches` (paging in the JSON body's
//! `pagination` object).

use axum::http::StatusCode;
use axum::response::Response;
use serde::Serialize;

use crate::data;
use crate::faults::{ApiState, Decision};
use crate::http::{self, Num, Request};

/// `page`'s default.
const DEFAULT_PAGE: u32 = 1;
/// `per_page`'s default.
const DEFAULT_PER_PAGE: u32 = 128;
/// `per_page`'s maximum: larger values are clamped to it.
const MAX_PER_PAGE: u32 = 1000;

/// Clarifai's `status` object.
#[derive(Serialize)]
struct Status {
    code: u32,
    description: &'static str,
    #[serde(skip_serializing_if = "Option::is_none")]
    details: Option<&'static str>,
}

impl Status {
    const OK: Self = Self {
        code: 10_000,
        description: "Ok",
        details: None,
    };
}

/// An answer that is only a status, for errors.
#[derive(Serialize)]
struct StatusOnly {
    status: Status,
}

#[derive(Serialize)]
struct MultiInputResponse {
    status: Status,
    /// proto3's JSON mapping omits an empty repeated field.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    inputs: Vec<Input>,
}

#[derive(Serialize)]
struct Input {
    id: String,
    created_at: &'static str,
    data: InputData,
}

#[derive(Serialize)]
struct InputData {
    image: Image,
}

#[derive(Serialize)]
struct Image {
    url: String,
}

#[derive(Serialize)]
struct MultiSearchResponse {
    status: Status,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    hits: Vec<Hit>,
}

#[derive(Serialize)]
struct Hit {
    score: f64,
    input: HitInput,
}

#[derive(Serialize)]
struct HitInput {
    id: String,
    created_at: &'static str,
}

fn error(
    status: StatusCode,
    code: u32,
    description: &'static str,
    details: &'static str,
) -> Response {
    http::json(
        status,
        &StatusOnly {
            status: Status {
                code,
                description,
                details: Some(details),
            },
        },
    )
}

/// Whether the request carries `Authorization: Key test-clarifai-pat`.
fn authorized(request: &Request<'_>) -> bool {
    request.authorization() == Some(&format!("Key {}", crate::CLARIFAI_PAT))
}

/// 401 with Clarifai's `CONN_KEY_INVALID` status.
fn unauthorized() -> Response {
    error(
        StatusCode::UNAUTHORIZED,
        11_008,
        "Invalid API key or Invalid API key/application pair",
        "the Authorization header must be `Key <PAT>` with a valid personal access token",
    )
}

/// 400 with Clarifai's `CONN_INVALID_REQUEST` status.
fn invalid(details: &'static str) -> Response {
    error(StatusCode::BAD_REQUEST, 11_102, "Invalid request", details)
}

/// Validates `page` and `per_page` (clamping `per_page` to 1000), or says what is wrong.
fn validate(page: Num, per_page: Num) -> Result<(u32, u32), &'static str> {
    let page = page
        .positive_or(DEFAULT_PAGE)
        .ok_or("page must be a positive integer")?;
    let per_page = per_page
        .positive_or(DEFAULT_PER_PAGE)
        .ok_or("per_page must be a positive integer")?;
    Ok((page, per_page.min(MAX_PER_PAGE)))
}

/// `GET .../inputs`. Returns the page to record and the answer.
pub(crate) fn list_inputs(request: &Request<'_>, state: &mut ApiState) -> (u32, Response) {
    let page = Num::from_query(request.param("page"));
    let per_page = Num::from_query(request.param("per_page"));
    let recorded = page.recorded_page();
    if !authorized(request) {
        return (recorded, unauthorized());
    }
    let (page, per_page) = match validate(page, per_page) {
        Ok(valid) => valid,
        Err(details) => return (recorded, invalid(details)),
    };
    let response = match state.decide(page) {
        Decision::Fail => http::internal_error(),
        Decision::Malformed => http::malformed(),
        Decision::Serve { page, len } => {
            let inputs = http::page_range(page, per_page, len)
                .map(|i| Input {
                    id: data::clarifai_input_id(i),
                    created_at: data::CLARIFAI_CREATED_AT,
                    data: InputData {
                        image: Image {
                            url: data::clarifai_input_url(i),
                        },
                    },
                })
                .collect();
            http::json(
                StatusCode::OK,
                &MultiInputResponse {
                    status: Status::OK,
                    inputs,
                },
            )
        }
    };
    (recorded, response)
}

/// `POST .../annotations/searches`. Returns the page to record and the answer.
pub(crate) fn post_searches(request: &Request<'_>, state: &mut ApiState) -> (u32, Response) {
    let body: Result<serde_json::Value, _> = if request.body.iter().all(u8::is_ascii_whitespace) {
        Ok(serde_json::Value::Object(serde_json::Map::new()))
    } else {
        serde_json::from_slice(request.body)
    };
    let pagination = body
        .as_ref()
        .ok()
        .and_then(|body| body.get("pagination"))
        .filter(|pagination| !pagination.is_null());
    let page = Num::from_json(pagination.and_then(|p| p.get("page")));
    let per_page = Num::from_json(pagination.and_then(|p| p.get("per_page")));
    let recorded = page.recorded_page();
    if !authorized(request) {
        return (recorded, unauthorized());
    }
    let well_formed = body
        .as_ref()
        .is_ok_and(|body| body.is_object() && pagination.is_none_or(serde_json::Value::is_object));
    if !well_formed {
        let response = error(
            StatusCode::BAD_REQUEST,
            11_100,
            "Bad request format",
            "the body must be a JSON object, with `pagination` an object if present",
        );
        return (recorded, response);
    }
    let (page, per_page) = match validate(page, per_page) {
        Ok(valid) => valid,
        Err(details) => return (recorded, invalid(details)),
    };
    let response = match state.decide(page) {
        Decision::Fail => http::internal_error(),
        Decision::Malformed => http::malformed(),
        Decision::Serve { page, len } => {
            let hits = http::page_range(page, per_page, len)
                .map(|i| Hit {
                    score: data::clarifai_hit_score(i),
                    input: HitInput {
                        id: data::clarifai_hit_input_id(i),
                        created_at: data::CLARIFAI_CREATED_AT,
                    },
                })
                .collect();
            http::json(
                StatusCode::OK,
                &MultiSearchResponse {
                    status: Status::OK,
                    hits,
                },
            )
        }
    };
    (recorded, response)
}
