//! Slack: `GET /api/conversations.list?cursor=&limit=`, paged by the opaque `next_cursor` of
//! `response_metadata`.

use axum::http::StatusCode;
use serde::Serialize;

use crate::data;
use crate::fake::{AboveMax, FakeApi, Mode, Paging, Rejection, Served};
use crate::http::{ErrorAnswer, PageAnswer, Request};

/// `GET /api/conversations.list`.
pub(crate) struct Conversations;

/// What Slack's Web API answers.
const CONTENT_TYPE: &str = "application/json; charset=utf-8";

/// Slack's error body, always with status 200: `{"ok": false, "error": "invalid_cursor"}`.
#[derive(Serialize)]
struct Error {
    ok: bool,
    error: &'static str,
}

#[derive(Serialize)]
struct ChannelsPage {
    ok: bool,
    channels: Vec<Channel>,
    response_metadata: ResponseMetadata,
}

#[derive(Serialize)]
struct ResponseMetadata {
    /// Empty on the last page, as Slack sends it.
    next_cursor: String,
}

#[derive(Serialize)]
#[allow(clippy::struct_field_names, reason = "the wire name is `is_channel`")]
struct Channel {
    id: String,
    name: String,
    is_channel: bool,
    is_private: bool,
    is_archived: bool,
    created: u64,
    num_members: usize,
}

/// Where the page that `cursor` names starts: an empty cursor is the first page, as Slack's
/// clients send it on their first call.
fn start(cursor: &str) -> Option<u32> {
    if cursor.is_empty() {
        return Some(0);
    }
    u32::try_from(data::slack_cursor_offset(cursor)?).ok()
}

impl FakeApi for Conversations {
    const METHOD: &'static str = "GET";
    const PATH: &'static str = "/api/conversations.list";
    const ITEMS: usize = crate::SLACK_CHANNELS;
    /// `limit` defaults to 100 and more than 1000 is served as 1000.
    const PAGING: Paging = Paging {
        mode: Mode::Cursor(start),
        ..Paging::query("cursor", "limit", 100, 1000, AboveMax::Clamp)
    };
    type Params = ();

    /// `Authorization: Bearer <bot token>`.
    fn authorized(&self, request: &Request<'_>) -> bool {
        request.credentials("bearer") == Some(crate::SLACK_TOKEN)
    }

    /// Every error is a 200 with `ok` false, as Slack's Web API answers.
    fn reject(&self, rejection: Rejection) -> ErrorAnswer {
        let error = match rejection {
            Rejection::Unauthorized => "invalid_auth",
            Rejection::Page => "invalid_cursor",
            Rejection::Size => "invalid_limit",
        };
        let body = Error { ok: false, error };
        ErrorAnswer::json(StatusCode::OK, &body).content_type(CONTENT_TYPE)
    }

    fn render(&self, page: &Served<'_>, (): &()) -> PageAnswer {
        let next_cursor = page
            .next_start(page.len)
            .map(data::slack_cursor)
            .unwrap_or_default();
        PageAnswer::json(&ChannelsPage {
            ok: true,
            channels: page.range(page.len).map(channel).collect(),
            response_metadata: ResponseMetadata { next_cursor },
        })
        .content_type(CONTENT_TYPE)
    }
}

/// Slack channel `i`: public, not archived, with 1 to 50 members.
fn channel(i: usize) -> Channel {
    Channel {
        id: data::slack_channel_id(i),
        name: format!("channel-{i}"),
        is_channel: true,
        is_private: false,
        is_archived: false,
        created: data::slack_created(i),
        num_members: i % 50 + 1,
    }
}
