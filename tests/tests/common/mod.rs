//! What the end-to-end tests share: a client of the test server, and collecting a walk.

#![allow(dead_code, reason = "each test file uses a part of it")]

use futures_util::{Stream, TryStreamExt};
use pagination_test_server::{self as server, TestServer};
use pagination_tests::sdk::{Client, Credentials};
use std::num::NonZeroUsize;
use std::time::Duration;

pub(crate) fn client(server: &TestServer) -> Client {
    Client::local(&server.base_url(), credentials()).expect("an HTTP client")
}

pub(crate) fn credentials() -> Credentials {
    Credentials {
        clarifai_pat: server::CLARIFAI_PAT.into(),
        cspr_key: server::CSPR_KEY.into(),
        codat_key: server::CODAT_KEY.into(),
        drf_token: server::DRF_TOKEN.into(),
        jsonapi_token: server::JSONAPI_TOKEN.into(),
        spring: (server::SPRING_USER.into(), server::SPRING_PASSWORD.into()),
        github_token: server::GITHUB_TOKEN.into(),
        gitlab_token: server::GITLAB_TOKEN.into(),
        wordpress: (
            server::WORDPRESS_USER.into(),
            server::WORDPRESS_APP_PASSWORD.into(),
        ),
        stripe_key: server::STRIPE_KEY.into(),
        slack_token: server::SLACK_TOKEN.into(),
        jira: (server::JIRA_EMAIL.into(), server::JIRA_API_TOKEN.into()),
    }
}

pub(crate) fn n(count: usize) -> NonZeroUsize {
    NonZeroUsize::new(count).expect("a positive count")
}

/// Collects the ids of a stream of items, failing the test after a minute.
pub(crate) async fn ids<I, T, E>(
    items: impl Stream<Item = Result<I, E>>,
    id: impl Fn(I) -> T,
) -> Result<Vec<T>, E> {
    tokio::time::timeout(Duration::from_secs(60), items.map_ok(id).try_collect())
        .await
        .expect("the walk did not finish")
}

/// The ids of the first `count` items of a data set.
pub(crate) fn expected<T>(count: usize, id: fn(usize) -> T) -> Vec<T> {
    (0..count).map(id).collect()
}
