//! The state every request shares, and the one axum handler: it routes each request to its
//! fake, answers the paths no fake serves, and records everything.

use std::collections::HashMap;
use std::sync::{Arc, Mutex, MutexGuard, PoisonError};
use std::time::Duration;

use axum::body::Bytes;
use axum::extract::State;
use axum::http::{HeaderMap, HeaderValue, Method, StatusCode, Uri, header};
use axum::response::{IntoResponse, Response};

use crate::faults::{ApiState, Faults};
use crate::http::{self, Num, Request};
use crate::{Api, Recorded};

/// Where an unrecognised path is recorded when no API [resembles](crate::fake::FakeApi::resembles)
/// it: CSPR.cloud, whose resources sit at the root (`/accounts`, `/blocks`, …).
const FALLBACK: Api = Api::Cspr;

/// The state every request handler shares.
pub(crate) struct Shared {
    pub(crate) base_url: String,
    inner: Mutex<Inner>,
}

struct Inner {
    apis: HashMap<Api, ApiState>,
    requests: Vec<Recorded>,
}

impl Shared {
    /// The state of a server at `base_url`, every API without faults.
    pub(crate) fn new(base_url: String) -> Self {
        let apis = Api::ALL
            .iter()
            .map(|&api| (api, api.state(Faults::default())))
            .collect();
        Self {
            base_url,
            inner: Mutex::new(Inner {
                apis,
                requests: Vec::new(),
            }),
        }
    }

    fn lock(&self) -> MutexGuard<'_, Inner> {
        self.inner.lock().unwrap_or_else(PoisonError::into_inner)
    }

    /// Replaces `api`'s faults and what they built up.
    pub(crate) fn set_faults(&self, api: Api, faults: Faults) {
        self.lock().apis.insert(api, api.state(faults));
    }

    /// Every request recorded so far.
    pub(crate) fn requests(&self) -> Vec<Recorded> {
        self.lock().requests.clone()
    }

    /// Records a request answered before any fault acts (401, 400, 404, 405).
    pub(crate) fn refused(
        &self,
        api: Api,
        request: &Request<'_>,
        asked: u32,
        response: Response,
    ) -> (Option<Duration>, Response) {
        let (delay, ()) = self.record(api, request, asked, |_| ((), response.status()));
        (delay, response)
    }

    /// Under the lock, runs `decide` on `api`'s state and records the request with the status
    /// it returns, so that requests are recorded in the order the faults saw them. Returns
    /// `api`'s delay and what `decide` returned. Nothing is rendered here.
    pub(crate) fn record<T>(
        &self,
        api: Api,
        request: &Request<'_>,
        asked: u32,
        decide: impl FnOnce(&mut ApiState) -> (T, StatusCode),
    ) -> (Option<Duration>, T) {
        let mut inner = self.lock();
        let state = inner
            .apis
            .entry(api)
            .or_insert_with(|| api.state(Faults::default()));
        let delay = state.faults.delay;
        let (decided, status) = decide(state);
        inner.requests.push(Recorded {
            api,
            method: request.method.as_str().to_owned(),
            path: request.uri.path().to_owned(),
            query: request.uri.query().map(str::to_owned),
            page: asked,
            status: status.as_u16(),
        });
        (delay, decided)
    }
}

/// Where a request goes.
enum Route {
    /// To this fake.
    Fake(Api),
    /// A fake's path with another method: 405.
    WrongMethod(Api),
    /// No fake's path: 404, recorded under the API the path resembles.
    NotFound(Api),
}

fn route(method: &Method, path: &str) -> Route {
    let found = Api::ALL
        .iter()
        .find(|api| matches_template(api.fake().path(), path));
    match found {
        Some(&api) if method.as_str() == api.fake().method() => Route::Fake(api),
        Some(&api) => Route::WrongMethod(api),
        None => Route::NotFound(
            Api::ALL
                .iter()
                .copied()
                .find(|api| api.fake().resembles(path))
                .unwrap_or(FALLBACK),
        ),
    }
}

/// Whether `path` matches `template`, segment by segment; `{name}` matches any non-empty
/// segment.
fn matches_template(template: &str, path: &str) -> bool {
    let mut template = template.split('/');
    let mut path = path.split('/');
    loop {
        match (template.next(), path.next()) {
            (None, None) => return true,
            (Some(expected), Some(segment))
                if segment == expected || (expected.starts_with('{') && !segment.is_empty()) => {}
            _ => return false,
        }
    }
}

/// The one handler: routes, answers and records every request, then sleeps the API's delay.
pub(crate) async fn handle(
    State(shared): State<Arc<Shared>>,
    method: Method,
    uri: Uri,
    headers: HeaderMap,
    body: Bytes,
) -> Response {
    let (delay, response) = {
        let request = Request::new(&method, &uri, &headers, &body, &shared.base_url);
        match route(&method, uri.path()) {
            Route::Fake(api) => api.fake().answer(api, &request, &shared),
            Route::WrongMethod(api) => {
                let mut response = StatusCode::METHOD_NOT_ALLOWED.into_response();
                let allow = HeaderValue::from_static(api.fake().method());
                response.headers_mut().insert(header::ALLOW, allow);
                unrouted(&shared, api, &request, response)
            }
            Route::NotFound(api) => {
                let body = String::from(r#"{"error":"not found"}"#);
                let response = http::raw_json(StatusCode::NOT_FOUND, body);
                unrouted(&shared, api, &request, response)
            }
        }
    };
    if let Some(delay) = delay {
        tokio::time::sleep(delay).await;
    }
    response
}

/// Records a request no fake answers, with the page its query string asks for.
fn unrouted(
    shared: &Shared,
    api: Api,
    request: &Request<'_>,
    response: Response,
) -> (Option<Duration>, Response) {
    let asked = Num::from_query(request.param("page")).recorded_page(1);
    shared.refused(api, request, asked, response)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn templates_match_whole_non_empty_segments() {
        let template = "/companies/{companyId}/data/invoices";
        assert!(matches_template(template, "/companies/c-1/data/invoices"));
        assert!(!matches_template(template, "/companies//data/invoices"));
        assert!(!matches_template(template, "/companies/c-1/data/invoices/"));
        assert!(!matches_template(template, "/companies/c-1/data"));
        assert!(matches_template("/accounts", "/accounts"));
        assert!(!matches_template("/accounts", "/accounts/"));
        assert!(!matches_template("/accounts", "/account"));
    }
}
