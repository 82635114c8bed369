//! A plain HTTP/1.1 client over a `TcpStream`, shared by the wire tests, and helpers to read
//! what the fakes answer.

#![allow(dead_code, reason = "each test file uses a part of it")]

use std::fmt::Write as _;
use std::net::SocketAddr;

use serde_json::Value;
use tokio::net::TcpStream;

/// An answer: status, the header block (lower-cased, and as sent) and the body.
pub(crate) struct Answer {
    pub(crate) status: u16,
    pub(crate) headers: String,
    pub(crate) head: String,
    pub(crate) body: String,
}

impl Answer {
    pub(crate) fn json(&self) -> Value {
        serde_json::from_str(&self.body).unwrap_or_else(|e| panic!("{e}: {}", self.body))
    }

    /// The value of the header `name` (any case), as sent; `None` when absent.
    pub(crate) fn header(&self, name: &str) -> Option<&str> {
        self.head.lines().skip(1).find_map(|line| {
            let (key, value) = line.split_once(':')?;
            key.eq_ignore_ascii_case(name).then(|| value.trim())
        })
    }

    /// The `(rel, href)` pairs of the `Link` header, in order; empty without one.
    pub(crate) fn links(&self) -> Vec<(String, String)> {
        let Some(header) = self.header("link") else {
            return Vec::new();
        };
        header
            .split(", ")
            .map(|link| {
                let (href, rel) = link.split_once("; rel=").expect("<href>; rel=\"…\"");
                let href = href.strip_prefix('<').and_then(|h| h.strip_suffix('>'));
                (
                    rel.trim_matches('"').to_owned(),
                    href.expect("<href>").to_owned(),
                )
            })
            .collect()
    }

    /// The href of the `Link` header's `rel`.
    pub(crate) fn link(&self, rel: &str) -> Option<String> {
        self.links()
            .into_iter()
            .find_map(|(name, href)| (name == rel).then_some(href))
    }
}

/// Sends one HTTP/1.1 request with `Connection: close` and reads the whole answer.
pub(crate) async fn send(
    addr: SocketAddr,
    method: &str,
    path: &str,
    headers: &[(&str, &str)],
    body: &str,
) -> Answer {
    let stream = TcpStream::connect(addr).await.expect("connect");
    let mut request = format!("{method} {path} HTTP/1.1\r\nHost: {addr}\r\nConnection: close\r\n");
    for (name, value) in headers {
        let _ = write!(request, "{name}: {value}\r\n");
    }
    let _ = write!(request, "Content-Length: {}\r\n\r\n{body}", body.len());
    write_all(&stream, request.as_bytes()).await;
    let raw = read_to_end(&stream).await;
    let raw = String::from_utf8(raw).expect("utf-8");
    let (head, body) = raw.split_once("\r\n\r\n").expect("a header block");
    let status = head
        .split(' ')
        .nth(1)
        .and_then(|code| code.parse().ok())
        .expect("a status line");
    let headers = head.to_ascii_lowercase();
    let head = head.to_owned();
    assert!(
        !headers.contains("transfer-encoding: chunked"),
        "bodies have a Content-Length"
    );
    Answer {
        status,
        headers,
        head,
        body: body.to_owned(),
    }
}

/// Writes all of `bytes` (without tokio's `io-util`, which the crate does not enable).
async fn write_all(stream: &TcpStream, mut bytes: &[u8]) {
    while !bytes.is_empty() {
        stream.writable().await.expect("writable");
        match stream.try_write(bytes) {
            Ok(written) => bytes = &bytes[written..],
            Err(e) if e.kind() == std::io::ErrorKind::WouldBlock => {}
            Err(e) => panic!("write: {e}"),
        }
    }
}

/// Reads until the server closes the connection.
async fn read_to_end(stream: &TcpStream) -> Vec<u8> {
    let mut raw = Vec::new();
    let mut chunk = vec![0; 64 * 1024];
    loop {
        stream.readable().await.expect("readable");
        match stream.try_read(&mut chunk) {
            Ok(0) => return raw,
            Ok(read) => raw.extend_from_slice(&chunk[..read]),
            Err(e) if e.kind() == std::io::ErrorKind::WouldBlock => {}
            Err(e) => panic!("read: {e}"),
        }
    }
}

pub(crate) async fn get(addr: SocketAddr, path: &str, headers: &[(&str, &str)]) -> Answer {
    send(addr, "GET", path, headers, "").await
}

pub(crate) fn ids(items: &Value, pointer: &str) -> Vec<String> {
    items
        .as_array()
        .expect("an array")
        .iter()
        .map(|item| {
            item.pointer(pointer)
                .and_then(Value::as_str)
                .expect("an id")
                .to_owned()
        })
        .collect()
}

/// Walks a paged list from `first`, following the next link until there is none, and
/// returns every item, in order. `page` reads an answer's items and its next link (an
/// absolute URL on this server, or a path). Panics after `limit` pages, or on an answer that
/// is not a 200.
pub(crate) async fn walk(
    addr: SocketAddr,
    first: &str,
    headers: &[(&str, &str)],
    limit: usize,
    page: impl Fn(&Answer) -> (Vec<Value>, Option<String>),
) -> Vec<Value> {
    let base = format!("http://{addr}");
    let mut seen = Vec::new();
    let mut next = Some(first.to_owned());
    let mut pages = 0;
    while let Some(url) = next {
        pages += 1;
        assert!(pages <= limit, "more than {limit} pages");
        let path = url.strip_prefix(&base).unwrap_or(&url);
        assert!(path.starts_with('/'), "{url} is not on {base}");
        let answer = get(addr, path, headers).await;
        assert_eq!(answer.status, 200, "{url}: {}", answer.body);
        let (items, link) = page(&answer);
        seen.extend(items);
        next = link;
    }
    seen
}
