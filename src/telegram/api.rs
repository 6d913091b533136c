//! A lean Bot API client for the hot path (reminders): JSON calls over keep-alive HTTP/1.1
//! connections of hyper's connection API, TLS by rustls with the webpki roots. reqwest, which
//! teloxide drives, costs about 40 µs of CPU more per call (BENCHMARKS.md, issue 20); every
//! other call keeps teloxide's client, and so does everything when a proxy is set.

use std::{io, sync::Arc, sync::Mutex, time::Duration};

use bytes::Bytes;
use http_body_util::{BodyExt, Full, Limited};
use hyper::client::conn::http1::{self, SendRequest};
use hyper_util::rt::TokioIo;
use serde::{de::DeserializeOwned, Deserialize, Serialize};
use teloxide::{requests::Payload, types::ResponseParameters, ApiError, RequestError};
use tokio::net::TcpStream;
use tokio_rustls::{rustls, TlsConnector};

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

type Sender = SendRequest<Full<Bytes>>;

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
    /// `sendMessage`'s URI, made once: nearly every call is one.
    send_message: hyper::Uri,
    idle: Mutex<Vec<Sender>>,
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
        let send_message = format!("{prefix}sendMessage").parse().map_err(|_| NotUsed::Url)?;
        Ok(Api { host, port, tls, authority, prefix, send_message, idle: Mutex::new(Vec::new()) })
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
        let (status, answer) = self.post(self.uri(method)?, body).await.map_err(|e| RequestError::Io(Arc::new(e)))?;
        if status.is_success() && answer.starts_with(OK_RESULT) {
            return Ok(());
        }
        read_answer::<serde::de::IgnoredAny>(status, &answer).map(drop)
    }

    /// Calls method `P::NAME` and reads its result as `R`.
    async fn call_as<P: Payload + Serialize, R: DeserializeOwned>(&self, payload: &P) -> Result<R, RequestError> {
        let uri = self.uri(P::NAME.trim_end_matches("Inline"))?;
        let (status, answer) = self.post(uri, body_of(payload)?).await.map_err(|e| RequestError::Io(Arc::new(e)))?;
        read_answer(status, &answer)
    }

    /// The URI of `method`.
    fn uri(&self, method: &str) -> Result<hyper::Uri, RequestError> {
        if method == "sendMessage" {
            return Ok(self.send_message.clone());
        }
        format!("{}{method}", self.prefix)
            .parse()
            .map_err(|e| RequestError::Io(Arc::new(io_error(io::ErrorKind::InvalidInput, e))))
    }

    /// Posts `body` to `uri` and reads the whole answer. A kept-alive connection that the
    /// server closed before it took the request is no fault: the request goes on a new one.
    async fn post(&self, uri: hyper::Uri, body: Bytes) -> io::Result<(hyper::StatusCode, Bytes)> {
        // Built once: a request no connection took comes back whole, to be sent again.
        let mut first = hyper::Request::post(uri)
            .header(hyper::header::HOST, self.authority.as_str())
            .header(hyper::header::CONTENT_TYPE, "application/json")
            .body(Full::new(body))
            .map_err(|e| io_error(io::ErrorKind::InvalidInput, e))?;
        while let Some(mut sender) = self.take_idle().await {
            match sender.try_send_request(first).await {
                Ok(response) => return self.finish(sender, response).await,
                Err(mut e) => match e.take_message() {
                    // Not sent: the connection was closing. Try the next one.
                    Some(unsent) => first = unsent,
                    None => return Err(io_error(io::ErrorKind::ConnectionAborted, e.into_error())),
                },
            }
        }
        // Boxed: the TLS handshake's state is larger than the rest of a call, and a call's
        // future is moved into a task for every reminder.
        let mut sender = Box::pin(tokio::time::timeout(CONNECT_TIMEOUT, self.connect()))
            .await
            .unwrap_or_else(|_| Err(io::ErrorKind::TimedOut.into()))?;
        let response = sender.send_request(first).await.map_err(|e| io_error(io::ErrorKind::ConnectionAborted, e))?;
        self.finish(sender, response).await
    }

    /// Reads the answer's body, then keeps the connection for the next call.
    async fn finish(
        &self,
        sender: Sender,
        response: hyper::Response<hyper::body::Incoming>,
    ) -> io::Result<(hyper::StatusCode, Bytes)> {
        let status = response.status();
        let body = Limited::new(response.into_body(), MAX_ANSWER)
            .collect()
            .await
            .map_err(|e| io::Error::new(io::ErrorKind::ConnectionAborted, e.to_string()))?
            .to_bytes();
        if let Ok(mut idle) = self.idle.lock() {
            if idle.len() < MAX_IDLE {
                idle.push(sender);
            }
        }
        Ok((status, body))
    }

    /// A kept-alive connection ready for a request, if any is left open.
    async fn take_idle(&self) -> Option<Sender> {
        loop {
            let mut sender = self.idle.lock().ok()?.pop()?;
            if sender.ready().await.is_ok() {
                return Some(sender);
            }
        }
    }

    /// A new connection, its own task driving it until the server or the pool drops it.
    async fn connect(&self) -> io::Result<Sender> {
        let tcp = TcpStream::connect((self.host.as_str(), self.port)).await?;
        tcp.set_nodelay(true)?;
        let handshake_error = |e| io_error(io::ErrorKind::ConnectionAborted, e);
        match &self.tls {
            None => {
                let (sender, connection) = http1::handshake(TokioIo::new(tcp)).await.map_err(handshake_error)?;
                tokio::spawn(connection);
                Ok(sender)
            }
            Some((connector, name)) => {
                let tls = connector.connect(name.clone(), tcp).await?;
                let (sender, connection) = http1::handshake(TokioIo::new(tls)).await.map_err(handshake_error)?;
                tokio::spawn(connection);
                Ok(sender)
            }
        }
    }
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

/// An I/O error of `kind` with `cause`'s text (hyper's and serde's texts hold no URL).
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
fn read_answer<R: DeserializeOwned>(status: hyper::StatusCode, body: &[u8]) -> Result<R, RequestError> {
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
