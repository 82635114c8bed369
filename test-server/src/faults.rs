//! The faults a test can inject, per API, and the state they act on.

use std::time::Duration;

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
    /// (Codat's `pageNumber` and `_links`, GitLab's `X-Page`, …) is what it would echo for the
    /// first page.
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
    /// How links to other pages are written: Codat's `_links` hrefs, the `Link` headers of
    /// GitHub, GitLab and WordPress, DRF's `next` and `previous`, JSON:API's `links`. APIs
    /// without links ignore it.
    pub link_style: LinkStyle,
    /// Write JSON:API's `links` as link objects, `{"href": "…"}`, instead of strings (JSON:API
    /// 1.1 allows both). Other APIs ignore it.
    pub link_objects: bool,
    /// Start with a data set of this many items instead of the API's default (the first ones
    /// of the same generator): a GitLab collection of at most
    /// [`GITLAB_COUNT_LIMIT`](crate::GITLAB_COUNT_LIMIT) items is counted.
    pub items: Option<usize>,
}

/// How a fake writes the links of its answers.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub enum LinkStyle {
    /// As the API writes them: relative for Codat, as its documentation shows
    /// (`/companies/{companyId}/data/invoices?page=2&pageSize=100`); absolute on this server's
    /// origin for GitHub, GitLab, DRF, JSON:API and WordPress.
    #[default]
    Native,
    /// Every href is relative to the origin, starting with `/`.
    Relative,
    /// Every href is absolute, on this server's own origin: `http://127.0.0.1:PORT/companies/…`.
    Absolute,
    /// The `next` href is on this other origin (`"http://127.0.0.1:PORT"`, no trailing slash
    /// needed), and the other hrefs are as the API writes them: a server that tries to send
    /// the client elsewhere.
    CrossOrigin(String),
}

impl LinkStyle {
    /// The origin written before every link but `next`, given the server's own and whether
    /// the API writes absolute links: empty when relative.
    pub(crate) fn origin<'a>(&'a self, own: &'a str, absolute: bool) -> &'a str {
        match self {
            Self::Absolute => own,
            Self::Native | Self::CrossOrigin(_) if absolute => own,
            Self::Relative | Self::Native | Self::CrossOrigin(_) => "",
        }
    }

    /// The origin written before the `next` link.
    pub(crate) fn next_origin<'a>(&'a self, own: &'a str, absolute: bool) -> &'a str {
        match self {
            Self::CrossOrigin(elsewhere) => elsewhere.trim_end_matches('/'),
            Self::Native | Self::Relative | Self::Absolute => self.origin(own, absolute),
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
        /// The page to serve (the first under `ignore_page`).
        page: u32,
        /// The data set's size for this answer.
        len: usize,
    },
}

/// One API's faults and the state they have built up.
#[derive(Debug, Clone)]
pub(crate) struct ApiState {
    pub(crate) faults: Faults,
    failed_once: bool,
    resized: bool,
    len: usize,
    first_page: u32,
}

impl ApiState {
    /// A fresh state: these faults, none fired yet, the data set at `len` items unless the
    /// faults say otherwise, pages numbered from `first_page`.
    pub(crate) fn new(faults: Faults, len: usize, first_page: u32) -> Self {
        Self {
            len: faults.items.unwrap_or(len),
            faults,
            failed_once: false,
            resized: false,
            first_page,
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
        let page = if self.faults.ignore_page {
            self.first_page
        } else {
            asked
        };
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
        let mut state = ApiState::new(faults, 10, 1);
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
        let mut state = ApiState::new(faults, 10, 1);
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
        let mut state = ApiState::new(faults, 10, 1);
        assert_eq!(state.decide(3), Decision::Malformed);
        assert_eq!(state.decide(3), Decision::Malformed);
        assert_eq!(state.decide(4), Decision::Serve { page: 1, len: 10 });
    }
}
