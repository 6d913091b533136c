//! A lean Bot API client for the hot path (reminders and replies): JSON calls over a pool of
//! kept-alive HTTP/1.1 connections (`wire.rs`), TLS by rustls with the webpki roots. reqwest,
//! which teloxide drives, costs about 40 µs of CPU more per call, and hyper's connection task
//! about 20 (BENCHMARKS.md, issue 20); every other call keeps teloxide's client, and so does
//! everything when a proxy is set.

use std::{io, sync::Arc, sync::Mutex, time::Duration};

use bytes::Bytes;
use serde::{de::DeserializeOwned, Deserialize, Serialize};
use teloxide::{requests::Payload, types::ResponseParameters, ApiError, RequestError};
use tokio::net::TcpStream;
use tokio_rustls::{rustls, TlsConnector};

use super::{
    sock::{Gate, Sock, Wait},
    wire::{Conn, Failed, Response, Stream},
};

/// How long a new connection (TCP and TLS) may take, as teloxide's client allows.
const CONNECT_TIMEOUT: Duration = Duration::from_secs(5);
/// Idle connections kept for the next calls: as many as the broadcaster sends at once.
const MAX_IDLE: usize = 64;
/// The largest answer read: a Bot API answer to a send is a few kilobytes.
const MAX_ANSWER: usize = 8 << 20;
/// Room made for a call's JSON before it is written: a reply with its keyboard is 1 to 4 kB,
/// and a buffer grown from empty is copied at each doubling.
const BODY_CAPACITY: usize = 4096;
/// How every successful Bot API answer begins (the Bot API writes `ok` first). An answer
/// that is only checked, and begins so, is a success without the rest being parsed: for a
/// send, that rest is the whole message sent back (issue 20). Any other answer is read whole.
const OK_RESULT: &[u8] = br#"{"ok":true,"result":"#;

/// The environment variables through which reqwest (and so teloxide) finds a proxy.
const PROXY_VARS: [&str; 6] = ["HTTPS_PROXY", "https_proxy", "HTTP_PROXY", "http_proxy", "ALL_PROXY", "all_proxy"];

/// Calls Bot API methods of one bot, on a small pool of kept-alive connections.
pub struct Api {
    host: String,
    port: u16,
    /// `None` for plain HTTP (a local Bot API server).
    tls: Option<(TlsConnector, rustls::pki_types::ServerName<'static>)>,
    /// The Host header: host, and the port unless it is the scheme's own.
    authority: String,
    /// The base URL's path with `bot<token>/`: a method's name completes it.
    prefix: String,
    /// `sendMessage`'s request head up to its Content-Length value, made once: nearly every
    /// call is one.
    send_message: Vec<u8>,
    idle: Mutex<Vec<Conn>>,
    /// Where reminders' answers wait while the broadcaster's pacer sleeps.
    answers: Arc<Gate>,
}

/// Why the lean client was not built; the bot then uses teloxide's client for every call.
#[derive(Debug, PartialEq, Eq)]
pub enum NotUsed {
    /// reqwest honours the proxy variables, and this client does not.
    Proxy(&'static str),
    /// Not an http or https URL with a host.
    Url,
}

/// The first proxy variable set (and not empty) in `env`, if any.
pub fn proxy_set(env: impl Fn(&str) -> Option<String>) -> Option<&'static str> {
    PROXY_VARS.into_iter().find(|name| env(name).is_some_and(|v| !v.trim().is_empty()))
}

impl Api {
    /// The client for `api_url` with the webpki roots (as teloxide's client trusts), unless
    /// the environment sets a proxy.
    pub fn from_env(api_url: &url::Url, token: &str) -> Result<Api, NotUsed> {
        if let Some(name) = proxy_set(|name| std::env::var(name).ok()) {
            return Err(NotUsed::Proxy(name));
        }
        let mut roots = rustls::RootCertStore::empty();
        roots.extend(webpki_roots::TLS_SERVER_ROOTS.iter().cloned());
        Api::with_roots(api_url, token, roots)
    }

    /// The client for `api_url`, trusting `roots` for HTTPS.
    pub fn with_roots(api_url: &url::Url, token: &str, roots: rustls::RootCertStore) -> Result<Api, NotUsed> {
        let host = match api_url.host() {
            Some(url::Host::Domain(d)) => d.to_owned(),
            Some(url::Host::Ipv4(a)) => a.to_string(),
            Some(url::Host::Ipv6(a)) => a.to_string(),
            None => return Err(NotUsed::Url),
        };
        let port = api_url.port_or_known_default().ok_or(NotUsed::Url)?;
        let tls = match api_url.scheme() {
            "http" => None,
            "https" => {
                let provider = Arc::new(rustls::crypto::ring::default_provider());
                let mut config = rustls::ClientConfig::builder_with_provider(provider)
                    .with_safe_default_protocol_versions()
                    .map_err(|_| NotUsed::Url)?
                    .with_root_certificates(roots)
                    .with_no_client_auth();
                config.alpn_protocols = vec![b"http/1.1".to_vec()];
                let name = rustls::pki_types::ServerName::try_from(host.clone()).map_err(|_| NotUsed::Url)?;
                Some((TlsConnector::from(Arc::new(config)), name))
            }
            _ => return Err(NotUsed::Url),
        };
        let authority = match (api_url.host_str(), api_url.port()) {
            (Some(h), Some(p)) => format!("{h}:{p}"),
            (Some(h), None) => h.to_owned(),
            (None, _) => return Err(NotUsed::Url),
        };
        // The method's URL as teloxide builds it: the base's path, then `bot<token>`, then the
        // method; the last segment is left empty here and filled per call.
        let mut url = api_url.clone();
        url.path_segments_mut().map_err(|_| NotUsed::Url)?.push(&format!("bot{token}")).push("");
        let prefix = url.path().to_owned();
        let send_message = request_head(&prefix, "sendMessage", &authority);
        let (idle, answers) = (Mutex::new(Vec::new()), Arc::default());
        Ok(Api { host, port, tls, authority, prefix, send_message, idle, answers })
    }

    /// Calls method `P::NAME` with `payload` as JSON, and reads its answer as teloxide does:
    /// the same errors, so that the callers classify them alike. Errors never carry the URL.
    pub async fn call<P>(&self, payload: &P) -> Result<P::Output, RequestError>
    where
        P: Payload + Serialize,
        P::Output: DeserializeOwned,
    {
        self.call_as(payload).await
    }

    /// Calls method `P::NAME` and only checks its answer: the result (for `sendMessage`, the
    /// whole message sent back) is skipped, not decoded, which is most of a reply's parsing.
    pub async fn call_unread<P: Payload + Serialize>(&self, payload: &P) -> Result<(), RequestError> {
        self.call_json_unread(P::NAME.trim_end_matches("Inline"), body_of(payload)?).await
    }

    /// Calls `method` with `body`, JSON already serialized, and only checks its answer (see
    /// [`Api::call_unread`]).
    pub async fn call_json_unread(&self, method: &str, body: Bytes) -> Result<(), RequestError> {
        self.call_json_unread_by(method, body, Wait::Reactor).await
    }

    /// Sends a reminder (`sendMessage` with `body`) as [`Api::call_json_unread`] does, but
    /// its answer, if not there at once, may wait unread while [`Api::answers`] is held.
    pub async fn send_paced(&self, body: Bytes) -> Result<(), RequestError> {
        self.call_json_unread_by("sendMessage", body, Wait::Gate(self.answers.clone())).await
    }

    /// The gate at which the answers to [`Api::send_paced`] wait.
    pub fn answers(&self) -> &Gate {
        &self.answers
    }

    async fn call_json_unread_by(&self, method: &str, body: Bytes, wait: Wait) -> Result<(), RequestError> {
        let head = self.head(method)?;
        let (status, answer) = self.post(&head, body, wait).await.map_err(|e| RequestError::Io(Arc::new(e)))?;
        if (200..300).contains(&status) && answer.starts_with(OK_RESULT) {
            return Ok(());
        }
        read_answer::<serde::de::IgnoredAny>(status, &answer).map(drop)
    }

    /// Calls method `P::NAME` and reads its result as `R`.
    async fn call_as<P: Payload + Serialize, R: DeserializeOwned>(&self, payload: &P) -> Result<R, RequestError> {
        let head = self.head(P::NAME.trim_end_matches("Inline"))?;
        let (status, answer) =
            self.post(&head, body_of(payload)?, Wait::Reactor).await.map_err(|e| RequestError::Io(Arc::new(e)))?;
        read_answer(status, &answer)
    }

    /// The request head of `method`, up to its Content-Length value.
    fn head(&self, method: &str) -> Result<std::borrow::Cow<'_, [u8]>, RequestError> {
        if method == "sendMessage" {
            return Ok(std::borrow::Cow::Borrowed(&self.send_message));
        }
        if method.is_empty() || !method.bytes().all(|b| b.is_ascii_alphanumeric()) {
            let e = io_error(io::ErrorKind::InvalidInput, format!("not a Bot API method: {method:?}"));
            return Err(RequestError::Io(Arc::new(e)));
        }
        Ok(std::borrow::Cow::Owned(request_head(&self.prefix, method, &self.authority)))
    }

    /// Posts `body` to the method whose request head is `head` and reads the whole answer.
    /// A kept-alive connection that the server closed before it took the request is no
    /// fault: the request goes on another one.
    /// Its reads wait as `wait` says.
    async fn post(&self, head: &[u8], body: Bytes, wait: Wait) -> io::Result<(u16, Bytes)> {
        use std::io::Write as _;
        let mut request = Vec::with_capacity(head.len() + 24 + body.len());
        request.extend_from_slice(head);
        write!(request, "{}\r\n\r\n", body.len())?;
        request.extend_from_slice(&body);
        while let Some(mut conn) = self.take_idle() {
            conn.wait_by(wait.clone());
            match conn.exchange(&request, MAX_ANSWER).await {
                Ok((answer, keep)) => return Ok(self.finish(conn, answer, keep)),
                // Not written whole: the server was closing this one. Try the next one.
                Err(Failed::Unsent(_)) => {}
                Err(Failed::Sent(e)) => return Err(e),
            }
        }
        // Boxed: the TLS handshake's state is larger than the rest of a call, and a call's
        // future is moved into a task for every reminder.
        let mut conn = Box::pin(tokio::time::timeout(CONNECT_TIMEOUT, self.connect()))
            .await
            .unwrap_or_else(|_| Err(io::ErrorKind::TimedOut.into()))?;
        conn.wait_by(wait);
        match conn.exchange(&request, MAX_ANSWER).await {
            Ok((answer, keep)) => Ok(self.finish(conn, answer, keep)),
            Err(Failed::Unsent(e) | Failed::Sent(e)) => Err(e),
        }
    }

    /// Keeps the connection for the next call, if it may carry one.
    fn finish(&self, conn: Conn, answer: Response, keep: bool) -> (u16, Bytes) {
        if keep {
            if let Ok(mut idle) = self.idle.lock() {
                if idle.len() < MAX_IDLE {
                    idle.push(conn);
                }
            }
        }
        (answer.status, answer.body)
    }

    /// A kept-alive connection still open, if any is left.
    fn take_idle(&self) -> Option<Conn> {
        loop {
            let mut conn = self.idle.lock().ok()?.pop()?;
            if !conn.closed() {
                return Some(conn);
            }
        }
    }

    /// A new connection.
    async fn connect(&self) -> io::Result<Conn> {
        let tcp = TcpStream::connect((self.host.as_str(), self.port)).await?;
        tcp.set_nodelay(true)?;
        let tcp = Sock::new(tcp);
        match &self.tls {
            None => Ok(Conn::new(Stream::Plain(tcp))),
            Some((connector, name)) => {
                let tls = connector.connect(name.clone(), tcp).await?;
                Ok(Conn::new(Stream::Tls(Box::new(tls))))
            }
        }
    }
}

/// A POST's head to `method`, up to the value of its Content-Length.
fn request_head(prefix: &str, method: &str, authority: &str) -> Vec<u8> {
    format!("POST {prefix}{method} HTTP/1.1\r\nHost: {authority}\r\nContent-Type: application/json\r\nContent-Length: ")
        .into_bytes()
}

/// `payload` as JSON, written into room made for a reply.
fn body_of<P: Serialize>(payload: &P) -> Result<Bytes, RequestError> {
    let mut body = Vec::with_capacity(BODY_CAPACITY);
    serde_json::to_writer(&mut body, payload).map_err(unencodable)?;
    Ok(Bytes::from(body))
}

/// A payload that could not be written as JSON, as a call's error.
pub(super) fn unencodable(e: serde_json::Error) -> RequestError {
    RequestError::Io(Arc::new(io_error(io::ErrorKind::InvalidInput, e)))
}

/// An I/O error of `kind` with `cause`'s text (the client's and serde's texts hold no URL).
fn io_error(kind: io::ErrorKind, cause: impl std::fmt::Display) -> io::Error {
    io::Error::new(kind, cause.to_string())
}

/// A Bot API answer: `ok` with a `result`, or an error described, with parameters for 429s
/// and migrated groups.
#[derive(Deserialize)]
struct Answer<R> {
    ok: bool,
    result: Option<R>,
    description: Option<String>,
    parameters: Option<ResponseParameters>,
}

/// Reads an answer into teloxide's result: its `ApiError`s from the description, 429s and
/// migrations from the parameters, anything unreadable (an HTML 502 page) as invalid JSON.
fn read_answer<R: DeserializeOwned>(status: u16, body: &[u8]) -> Result<R, RequestError> {
    let invalid = |source: serde_json::Error| RequestError::InvalidJson {
        source: Arc::new(source),
        raw: String::from_utf8_lossy(body).into(),
    };
    let answer: Answer<R> = serde_json::from_slice(body).map_err(invalid)?;
    match answer {
        Answer { ok: true, result: Some(result), .. } => Ok(result),
        Answer { ok: true, result: None, .. } => {
            Err(invalid(serde::de::Error::custom(format!("an answer with status {status} and no result"))))
        }
        Answer { parameters: Some(ResponseParameters::RetryAfter(wait)), .. } => Err(RequestError::RetryAfter(wait)),
        Answer { parameters: Some(ResponseParameters::MigrateToChatId(to)), .. } => {
            Err(RequestError::MigrateToChatId(to))
        }
        Answer { description, .. } => {
            let description = description.unwrap_or_default();
            let api =
                ApiError::deserialize(serde::de::value::StrDeserializer::<serde::de::value::Error>::new(&description))
                    .unwrap_or(ApiError::Unknown(description));
            Err(RequestError::Api(api))
        }
    }
}

#[cfg(test)]
#[path = "api_tests.rs"]
mod tests;
