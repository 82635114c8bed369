//! The faults a test can inject, per API, and the state they act on.

use std::time::Duration;

use axum::http::StatusCode;

/// Misbehaviours to inject into one API's answers, and how it writes its links
/// ([`LinkStyle`]), with [`TestServer::set_faults`].
///
/// Every page number here is the page the request *asked for* (in its query string or JSON
/// body), whatever page is served. The faults act only on requests that pass authentication and
/// validation, except `delay`, which delays every answer recorded under the API (401s, 400s,
/// and the 404s and 405s that [`Recorded::api`](crate::Recorded::api) attributes to it).
/// They are checked in this order: `fail_page_once`, `malformed_json_page`, then the page is
/// served (with `ignore_page`), then `resize_after_page` takes effect.
///
/// [`TestServer::set_faults`]: crate::TestServer::set_faults
#[derive(Debug, Clone, Default)]
pub struct Faults {
    /// Always serve the first page's content, whatever page is asked; what the server echoes
    /// (Codat's `pageNumber` and `_links`) is what it would echo for page 1.
    pub ignore_page: bool,
    /// Answer `500` with `{"error":"internal"}` the first time this page is asked, then serve it
    /// normally.
    pub fail_page_once: Option<u32>,
    /// Sleep this long before every answer of this API.
    pub delay: Option<Duration>,
    /// `(page, len)`: once this page has been served for the first time, the data set holds
    /// `len` items (the first `len` of the same generator, so it shrinks or grows at its end).
    pub resize_after_page: Option<(u32, usize)>,
    /// Answer this page, every time it is asked, with status 200, content type
    /// `application/json` and the truncated body `{"data": [`.
    pub malformed_json_page: Option<u32>,
    /// How links to other pages are written (Codat's `_links` hrefs). APIs without links
    /// ignore it.
    pub link_style: LinkStyle,
}

/// How a fake writes the links of its answers (Codat's HAL `_links` hrefs).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub enum LinkStyle {
    /// Every href is relative to the origin, starting with `/`, as Codat's documentation shows:
    /// `/companies/{companyId}/data/invoices?page=2&pageSize=100`.
    #[default]
    Relative,
    /// Every href is absolute, on this server's own origin: `http://127.0.0.1:PORT/companies/…`.
    Absolute,
    /// The `next` href is on this other origin (`"http://127.0.0.1:PORT"`, no trailing slash
    /// needed), and the other hrefs are relative: a server that tries to send the client
    /// elsewhere.
    CrossOrigin(String),
}

impl LinkStyle {
    /// The origin written before every link but `next`, given the server's own: empty when
    /// relative.
    pub(crate) fn origin<'a>(&'a self, own: &'a str) -> &'a str {
        match self {
            Self::Absolute => own,
            Self::Relative | Self::CrossOrigin(_) => "",
        }
    }

    /// The origin written before the `next` link.
    pub(crate) fn next_origin<'a>(&'a self, own: &'a str) -> &'a str {
        match self {
            Self::CrossOrigin(elsewhere) => elsewhere.trim_end_matches('/'),
            Self::Relative | Self::Absolute => self.origin(own),
        }
    }
}

/// What the faults decided for one valid request.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Decision {
    /// Answer 500 `{"error":"internal"}`.
    Fail,
    /// Answer the truncated JSON body.
    Malformed,
    /// Serve `page` of a data set of `len` items.
    Serve {
        /// The page to serve (1 under `ignore_page`).
        page: u32,
        /// The data set's size for this answer.
        len: usize,
    },
}

impl Decision {
    /// The status of the answer, known before the page is rendered, so the request is recorded
    /// with it while the lock is held.
    pub(crate) fn status(self) -> StatusCode {
        match self {
            Self::Fail => StatusCode::INTERNAL_SERVER_ERROR,
            Self::Malformed | Self::Serve { .. } => StatusCode::OK,
        }
    }
}

/// One API's faults and the state they have built up.
#[derive(Debug, Clone)]
pub(crate) struct ApiState {
    pub(crate) faults: Faults,
    failed_once: bool,
    resized: bool,
    len: usize,
}

impl ApiState {
    /// A fresh state: these faults, none fired yet, the data set at its default size.
    pub(crate) fn new(faults: Faults, len: usize) -> Self {
        Self {
            faults,
            failed_once: false,
            resized: false,
            len,
        }
    }

    /// Decides how to answer a valid request for page `asked`, and updates the state.
    pub(crate) fn decide(&mut self, asked: u32) -> Decision {
        if self.faults.fail_page_once == Some(asked) && !self.failed_once {
            self.failed_once = true;
            return Decision::Fail;
        }
        if self.faults.malformed_json_page == Some(asked) {
            return Decision::Malformed;
        }
        let page = if self.faults.ignore_page { 1 } else { asked };
        let len = self.len;
        if let Some((after, new_len)) = self.faults.resize_after_page {
            if after == asked && !self.resized {
                self.resized = true;
                self.len = new_len;
            }
        }
        Decision::Serve { page, len }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fail_page_once_then_serve() {
        let faults = Faults {
            fail_page_once: Some(2),
            ..Faults::default()
        };
        let mut state = ApiState::new(faults, 10);
        assert_eq!(state.decide(1), Decision::Serve { page: 1, len: 10 });
        assert_eq!(state.decide(2), Decision::Fail);
        assert_eq!(state.decide(2), Decision::Serve { page: 2, len: 10 });
    }

    #[test]
    fn resize_applies_after_the_page_is_served_once() {
        let faults = Faults {
            resize_after_page: Some((2, 3)),
            ..Faults::default()
        };
        let mut state = ApiState::new(faults, 10);
        assert_eq!(state.decide(2), Decision::Serve { page: 2, len: 10 });
        assert_eq!(state.decide(3), Decision::Serve { page: 3, len: 3 });
        assert_eq!(state.decide(2), Decision::Serve { page: 2, len: 3 });
    }

    #[test]
    fn malformed_every_time_and_ignore_page() {
        let faults = Faults {
            malformed_json_page: Some(3),
            ignore_page: true,
            ..Faults::default()
        };
        let mut state = ApiState::new(faults, 10);
        assert_eq!(state.decide(3), Decision::Malformed);
        assert_eq!(state.decide(3), Decision::Malformed);
        assert_eq!(state.decide(4), Decision::Serve { page: 1, len: 10 });
    }
}
