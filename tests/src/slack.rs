//! Slack's Web API: `cursor` and `limit` (default 100, at most 1000, clamped) in the query
//! string; the answer `{"ok", "channels", "response_metadata": {"next_cursor"}}`, with an
//! empty `next_cursor` on the last page.

use pagination_core::Paginated;
use serde::{Deserialize, Serialize};

/// `GET /api/conversations.list?cursor=&limit=`
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, Paginated)]
#[paginate(cursor = "cursor", limit = "limit", default = 100, max = 1000)]
pub struct ListConversations {
    /// The cursor of the page; none for the first.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub cursor: Option<String>,
    /// Channels per page.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub limit: Option<u32>,
}

/// One channel.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Channel {
    /// Its id, `C...`.
    pub id: String,
    /// Its name.
    pub name: String,
}

/// Where Slack puts the next cursor.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ResponseMetadata {
    /// The next page's cursor; empty on the last page.
    pub next_cursor: String,
}

/// The answer to [`ListConversations`].
#[derive(Debug, Clone, PartialEq, Deserialize, Paginated)]
#[paginate(items = "channels", next_cursor = response_metadata.next_cursor)]
pub struct ConversationsPage {
    /// Whether the call succeeded: Slack answers its errors with status 200.
    pub ok: bool,
    /// What went wrong, when `ok` is `false`.
    #[serde(default)]
    pub error: Option<String>,
    /// The page's channels.
    #[serde(default)]
    pub channels: Vec<Channel>,
    /// The next cursor.
    pub response_metadata: Option<ResponseMetadata>,
}
