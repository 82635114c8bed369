//! Clarifai: `GET /v2/users/{user_id}/apps/{app_id}/inputs` (paging in the query string) and
//! `POST /v2/users/{user_id}/apps/{app_id}/annotations/searches` (paging in the JSON body's
//! `pagination` object).

use axum::http::StatusCode;
use serde::Serialize;

use crate::data;
use crate::fake::{AboveMax, FakeApi, Paging, Rejection, Served, Source};
use crate::http::{ErrorAnswer, PageAnswer, Request};

/// Both endpoints' paging, in the query string: `per_page` defaults to 128, and larger values
/// than 1000 are clamped to it.
const PAGING: Paging = Paging::query("page", "per_page", 128, 1000, AboveMax::Clamp);

/// `GET /v2/users/{user_id}/apps/{app_id}/inputs`.
pub(crate) struct Inputs;

/// `POST /v2/users/{user_id}/apps/{app_id}/annotations/searches`.
pub(crate) struct Searches;

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
) -> ErrorAnswer {
    ErrorAnswer::json(
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

/// 401 with Clarifai's `CONN_KEY_INVALID` status, or 400 with `CONN_INVALID_REQUEST`.
fn reject(rejection: Rejection) -> ErrorAnswer {
    let (code, description, details) = match rejection {
        Rejection::Unauthorized => (
            11_008,
            "Invalid API key or Invalid API key/application pair",
            "the Authorization header must be `Key <PAT>` with a valid personal access token",
        ),
        Rejection::Page => (11_102, "Invalid request", "page must be a positive integer"),
        Rejection::Size => (
            11_102,
            "Invalid request",
            "per_page must be a positive integer",
        ),
    };
    error(rejection.status(), code, description, details)
}

/// Whether `path` is under `/v2`, where every Clarifai resource is.
fn under_v2(path: &str) -> bool {
    path == "/v2" || path.starts_with("/v2/")
}

/// Whether `path` names a search, ignoring a trailing slash.
fn is_search(path: &str) -> bool {
    path.trim_end_matches('/').ends_with("/searches")
}

impl FakeApi for Inputs {
    const METHOD: &'static str = "GET";
    const PATH: &'static str = "/v2/users/{user_id}/apps/{app_id}/inputs";
    const ITEMS: usize = crate::CLARIFAI_INPUTS;
    const PAGING: Paging = PAGING;
    type Params = ();

    fn authorized(&self, request: &Request<'_>) -> bool {
        authorized(request)
    }

    fn reject(&self, rejection: Rejection) -> ErrorAnswer {
        reject(rejection)
    }

    fn render(&self, page: &Served<'_>, (): &()) -> PageAnswer {
        let inputs = page
            .range(page.len)
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
        PageAnswer::json(&MultiInputResponse {
            status: Status::OK,
            inputs,
        })
    }

    fn resembles(&self, path: &str) -> bool {
        under_v2(path) && !is_search(path)
    }
}

impl FakeApi for Searches {
    const METHOD: &'static str = "POST";
    const PATH: &'static str = "/v2/users/{user_id}/apps/{app_id}/annotations/searches";
    const ITEMS: usize = crate::CLARIFAI_HITS;
    /// The same paging, nested in the body: `{"pagination":{"page":2,"per_page":20}}`.
    const PAGING: Paging = Paging {
        source: Source::Body("pagination"),
        ..PAGING
    };
    type Params = ();

    fn authorized(&self, request: &Request<'_>) -> bool {
        authorized(request)
    }

    fn reject(&self, rejection: Rejection) -> ErrorAnswer {
        reject(rejection)
    }

    /// The body must be a JSON object, with `pagination` an object if present; its `searches`
    /// are ignored.
    fn params(&self, request: &Request<'_>) -> Result<(), ErrorAnswer> {
        let pagination = request.json_field("pagination");
        let well_formed = request
            .json_body()
            .is_some_and(serde_json::Value::is_object)
            && pagination.is_none_or(serde_json::Value::is_object);
        if well_formed {
            Ok(())
        } else {
            Err(error(
                StatusCode::BAD_REQUEST,
                11_100,
                "Bad request format",
                "the body must be a JSON object, with `pagination` an object if present",
            ))
        }
    }

    fn render(&self, page: &Served<'_>, (): &()) -> PageAnswer {
        let hits = page
            .range(page.len)
            .map(|i| Hit {
                score: data::clarifai_hit_score(i),
                input: HitInput {
                    id: data::clarifai_hit_input_id(i),
                    created_at: data::CLARIFAI_CREATED_AT,
                },
            })
            .collect();
        PageAnswer::json(&MultiSearchResponse {
            status: Status::OK,
            hits,
        })
    }

    fn resembles(&self, path: &str) -> bool {
        under_v2(path) && is_search(path)
    }
}
