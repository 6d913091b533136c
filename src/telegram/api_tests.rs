//! The lean client against local servers: the path and body it posts, the errors it reads
//! (compared with teloxide's reading of the same answers), kept-alive connections, TLS.

use std::{
    convert::Infallible,
    sync::{
        atomic::{AtomicUsize, Ordering},
        Arc, Mutex,
    },
    time::Duration,
};

use bytes::Bytes;
use http_body_util::{BodyExt, Full};
use hyper::{body::Incoming, Request, Response};
use serde::Serialize;
use teloxide::{
    requests::{JsonRequest, Payload, Request as _},
    Bot, RequestError,
};
use tokio::net::TcpListener;
use tokio_rustls::rustls;

use super::{proxy_set, Api, NotUsed};
use crate::reminders::broadcast::SendResult;
use crate::telegram::courier::{classify, describe, outcome};

/// The tests' own CA and `localhost` certificate, shared with the integration tests.
#[path = "../../tests/support/tls.rs"]
#[allow(dead_code)]
mod local_tls;

const TOKEN: &str = "123456:SECRET-token_for-tests";

/// A call of a test method: the server answers according to `case`.
#[derive(Serialize)]
struct Probe {
    case: &'static str,
}

impl Payload for Probe {
    type Output = serde_json::Value;
    const NAME: &'static str = "sendMessage";
}

/// What the test server saw: each request's path, content type and body, and how many
/// connections it accepted.
#[derive(Default)]
struct Seen {
    requests: Mutex<Vec<(String, String, serde_json::Value)>>,
    connections: AtomicUsize,
}

/// The answer the server gives to `case`: a status, a body, and whether to close after it.
fn answer(case: &str) -> (u16, &'static str, bool) {
    match case {
        "ok" => (200, r#"{"ok":true,"result":{"message_id":7}}"#, false),
        "close" => (200, r#"{"ok":true,"result":{"message_id":8}}"#, true),
        "flood" => (
            429,
            r#"{"ok":false,"error_code":429,"description":"Too Many Requests: retry after 7","parameters":{"retry_after":7}}"#,
            false,
        ),
        "migrated" => (
            400,
            r#"{"ok":false,"error_code":400,"description":"Bad Request: group chat was upgraded to a supergroup chat","parameters":{"migrate_to_chat_id":-1001234}}"#,
            false,
        ),
        "blocked" => {
            (403, r#"{"ok":false,"error_code":403,"description":"Forbidden: bot was blocked by the user"}"#, false)
        }
        "not-found" => (400, r#"{"ok":false,"error_code":400,"description":"Bad Request: chat not found"}"#, false),
        "new" => (400, r#"{"ok":false,"error_code":400,"description":"Bad Request: something new"}"#, false),
        "no-result" => (200, r#"{"ok":true}"#, false),
        // A success whose result would not parse: a check that only reads how it begins.
        "cut" => (200, r#"{"ok":true,"result":{"message_id":9,"te"#, false),
        _ => (502, "<html><body>502 Bad Gateway</body></html>", false),
    }
}

async fn serve(request: Request<Incoming>, seen: Arc<Seen>) -> Result<Response<Full<Bytes>>, Infallible> {
    let path = request.uri().path().to_owned();
    let kind = request.headers().get("content-type").and_then(|v| v.to_str().ok()).unwrap_or("").to_owned();
    let body = request.into_body().collect().await.map(|b| b.to_bytes()).unwrap_or_default();
    let json: serde_json::Value = serde_json::from_slice(&body).unwrap_or_default();
    let case = json["case"].as_str().unwrap_or("").to_owned();
    seen.requests.lock().unwrap().push((path, kind, json));
    let (status, text, close) = answer(&case);
    let mut response = Response::builder().status(status).header("content-type", "application/json");
    if close {
        response = response.header("connection", "close");
    }
    Ok(response.body(Full::new(Bytes::from_static(text.as_bytes()))).unwrap())
}

/// A local HTTP/1.1 server; with `acceptor`, over TLS. Returns its port and what it saw.
async fn server(acceptor: Option<tokio_rustls::TlsAcceptor>) -> (u16, Arc<Seen>) {
    let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
    let port = listener.local_addr().unwrap().port();
    let seen = Arc::new(Seen::default());
    let shared = seen.clone();
    tokio::spawn(async move {
        loop {
            let Ok((tcp, _)) = listener.accept().await else { continue };
            shared.connections.fetch_add(1, Ordering::SeqCst);
            let (seen, acceptor) = (shared.clone(), acceptor.clone());
            tokio::spawn(async move {
                let service = hyper::service::service_fn(move |r| serve(r, seen.clone()));
                let http = hyper::server::conn::http1::Builder::new();
                match acceptor {
                    None => {
                        let _ = http.serve_connection(hyper_util::rt::TokioIo::new(tcp), service).await;
                    }
                    Some(acceptor) => {
                        let Ok(tls) = acceptor.accept(tcp).await else { return };
                        let _ = http.serve_connection(hyper_util::rt::TokioIo::new(tls), service).await;
                    }
                }
            });
        }
    });
    (port, seen)
}

fn url(text: &str) -> url::Url {
    url::Url::parse(text).unwrap()
}

fn plain(port: u16, path: &str) -> Api {
    Api::with_roots(&url(&format!("http://127.0.0.1:{port}{path}")), TOKEN, rustls::RootCertStore::empty()).unwrap()
}

#[tokio::test]
async fn a_call_posts_its_payload_as_json_to_the_method_path_and_reads_the_result() {
    let (port, seen) = server(None).await;
    let answer = plain(port, "/local/api").call(&Probe { case: "ok" }).await.unwrap();
    assert_eq!(answer, serde_json::json!({"message_id": 7}));
    let (path, kind, body) = seen.requests.lock().unwrap()[0].clone();
    // Where teloxide posts: the base's path, then bot<token>, then the method.
    assert_eq!(path, format!("/local/api/bot{TOKEN}/sendMessage"));
    assert_eq!(kind, "application/json");
    assert_eq!(body, serde_json::json!({"case": "ok"}));
    plain(port, "").call(&Probe { case: "ok" }).await.unwrap();
    assert_eq!(seen.requests.lock().unwrap()[1].0, format!("/bot{TOKEN}/sendMessage"));
}

#[tokio::test]
async fn answers_are_read_as_teloxide_reads_them() {
    let (port, _) = server(None).await;
    let api = plain(port, "");
    let bot = Bot::new(TOKEN).set_api_url(url(&format!("http://127.0.0.1:{port}")));
    // teloxide waits 10 s after a 5xx before reading it, so the 502 is checked below alone.
    for case in ["ok", "flood", "migrated", "blocked", "not-found", "new", "no-result"] {
        let ours = api.call(&Probe { case }).await;
        let theirs = JsonRequest::new(bot.clone(), Probe { case }).send().await;
        let show = |r: &Result<serde_json::Value, RequestError>| match r {
            Ok(v) => format!("ok {v}"),
            Err(e) => format!("{:?} {}", classify(e), outcome(Some(e))),
        };
        assert_eq!(show(&ours), show(&theirs), "{case}");
    }
    let classified = |case| {
        let api = &api;
        async move { classify(&api.call(&Probe { case }).await.unwrap_err()) }
    };
    assert_eq!(classified("flood").await, SendResult::RetryAfter(Duration::from_secs(7)));
    assert_eq!(classified("migrated").await, SendResult::MigrateTo(-1001234));
    assert_eq!(classified("blocked").await, SendResult::Gone);
    assert_eq!(classified("not-found").await, SendResult::NotFound);
    // A description teloxide does not know is worth another try (it may be a 5xx).
    assert!(matches!(classified("new").await, SendResult::Transient(_)));
    // A proxy's HTML error page is worth another try, as teloxide's reading makes it.
    let bad_gateway = api.call(&Probe { case: "502" }).await.unwrap_err();
    assert!(matches!(bad_gateway, RequestError::InvalidJson { .. }), "{bad_gateway:?}");
    assert!(matches!(classify(&bad_gateway), SendResult::Transient(_)));
}

#[tokio::test]
async fn a_call_only_checked_reads_a_success_by_its_start_and_anything_else_whole() {
    let (port, seen) = server(None).await;
    let api = plain(port, "");
    let unread = |case| {
        let api = &api;
        async move { api.call_unread(&Probe { case }).await }
    };
    assert!(unread("ok").await.is_ok());
    // The message sent back is not parsed: only how a success begins is read.
    assert!(unread("cut").await.is_ok());
    assert!(matches!(api.call(&Probe { case: "cut" }).await, Err(RequestError::InvalidJson { .. })));
    // Everything else reads as a full call reads it.
    for case in ["flood", "migrated", "blocked", "not-found", "new", "no-result", "502"] {
        let full = api.call(&Probe { case }).await.unwrap_err();
        let checked = unread(case).await.unwrap_err();
        assert_eq!(format!("{:?}", classify(&checked)), format!("{:?}", classify(&full)), "{case}");
    }
    // A JSON answer posted as bytes goes to the method's path too.
    api.call_json_unread("sendMessage", Bytes::from_static(br#"{"case":"ok"}"#)).await.unwrap();
    let requests = seen.requests.lock().unwrap();
    assert!(requests.iter().all(|(path, _, _)| path == &format!("/bot{TOKEN}/sendMessage")));
}

#[tokio::test]
async fn connections_are_kept_alive_and_one_the_server_closed_is_replaced() {
    let (port, seen) = server(None).await;
    let api = plain(port, "");
    for _ in 0..20 {
        api.call(&Probe { case: "ok" }).await.unwrap();
    }
    assert_eq!(seen.connections.load(Ordering::SeqCst), 1, "twenty calls in a row use one connection");
    // Calls at once open a connection each, and they are all kept for the next calls.
    let calls: Vec<_> = (0..5).map(|_| api.call(&Probe { case: "ok" })).collect();
    for result in futures_util::future::join_all(calls).await {
        result.unwrap();
    }
    let opened = seen.connections.load(Ordering::SeqCst);
    assert!(opened <= 5, "{opened}");
    for _ in 0..10 {
        api.call(&Probe { case: "ok" }).await.unwrap();
    }
    assert_eq!(seen.connections.load(Ordering::SeqCst), opened);
    // A server that closes after each answer: every call still succeeds, on a new connection
    // (a fresh client, so that no other kept connection takes the call).
    let api = plain(port, "");
    for round in 1..=3 {
        api.call(&Probe { case: "close" }).await.unwrap();
        tokio::time::sleep(Duration::from_millis(20)).await;
        assert_eq!(seen.connections.load(Ordering::SeqCst), opened + round);
    }
    api.call(&Probe { case: "ok" }).await.unwrap();
    assert_eq!(seen.connections.load(Ordering::SeqCst), opened + 4);
}

/// A server that answers one request per connection and then closes it without saying so
/// (as a server does with a connection idle too long). Returns its port and how many
/// connections it accepted.
async fn closing_server() -> (u16, Arc<AtomicUsize>) {
    use tokio::io::{AsyncReadExt, AsyncWriteExt};
    let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
    let port = listener.local_addr().unwrap().port();
    let accepted = Arc::new(AtomicUsize::new(0));
    let counter = accepted.clone();
    tokio::spawn(async move {
        while let Ok((mut tcp, _)) = listener.accept().await {
            counter.fetch_add(1, Ordering::SeqCst);
            let mut request = Vec::new();
            // The client's requests are small and whole once their body's brace closes.
            while !request.ends_with(b"}") {
                let mut buf = [0u8; 4096];
                match tcp.read(&mut buf).await {
                    Ok(0) | Err(_) => break,
                    Ok(n) => request.extend_from_slice(&buf[..n]),
                }
            }
            let body = r#"{"ok":true,"result":{"message_id":1}}"#;
            let answer = format!("HTTP/1.1 200 OK\r\nContent-Length: {}\r\n\r\n{body}", body.len());
            let _ = tcp.write_all(answer.as_bytes()).await;
        }
    });
    (port, accepted)
}

#[tokio::test]
async fn a_kept_connection_the_server_closed_silently_is_not_used() {
    let (port, accepted) = closing_server().await;
    let api = plain(port, "");
    for round in 1..=3 {
        api.call(&Probe { case: "ok" }).await.unwrap();
        tokio::time::sleep(Duration::from_millis(30)).await;
        assert_eq!(accepted.load(Ordering::SeqCst), round);
    }
}

#[tokio::test]
async fn a_server_that_is_not_there_is_a_network_error_without_the_token() {
    let port = TcpListener::bind("127.0.0.1:0").await.unwrap().local_addr().unwrap().port();
    let error = plain(port, "").call(&Probe { case: "ok" }).await.unwrap_err();
    assert!(matches!(classify(&error), SendResult::Transient(_)));
    assert_eq!(outcome(Some(&error)), "network");
    for shown in [format!("{error:?}"), error.to_string(), describe(&error)] {
        assert!(!shown.contains("SECRET"), "{shown}");
    }
}

#[tokio::test]
async fn https_is_verified_against_the_roots_given() {
    let tls = local_tls::localhost();
    let (port, seen) = server(Some(tls.acceptor)).await;
    let base = url(&format!("https://localhost:{port}"));

    let mut roots = rustls::RootCertStore::empty();
    roots.add(tls.ca_der).unwrap();
    let api = Api::with_roots(&base, TOKEN, roots).unwrap();
    assert_eq!(api.call(&Probe { case: "ok" }).await.unwrap(), serde_json::json!({"message_id": 7}));
    api.call(&Probe { case: "ok" }).await.unwrap();
    assert_eq!(seen.connections.load(Ordering::SeqCst), 1);

    // A certificate the client does not trust: no call goes through.
    let untrusting = Api::with_roots(&base, TOKEN, rustls::RootCertStore::empty()).unwrap();
    let error = untrusting.call(&Probe { case: "ok" }).await.unwrap_err();
    assert_eq!(outcome(Some(&error)), "network");
    assert_eq!(seen.requests.lock().unwrap().len(), 2);
}

#[test]
fn a_proxy_or_an_odd_url_keeps_teloxides_client() {
    let env = |set: &'static [(&'static str, &'static str)]| {
        move |name: &str| set.iter().find(|(n, _)| *n == name).map(|(_, v)| v.to_string())
    };
    assert_eq!(proxy_set(env(&[])), None);
    assert_eq!(proxy_set(env(&[("HTTPS_PROXY", " ")])), None);
    assert_eq!(proxy_set(env(&[("https_proxy", "http://proxy:3128")])), Some("https_proxy"));
    assert_eq!(proxy_set(env(&[("ALL_PROXY", "socks5://proxy")])), Some("ALL_PROXY"));
    let roots = rustls::RootCertStore::empty;
    assert!(matches!(Api::with_roots(&url("ftp://example.org/"), TOKEN, roots()), Err(NotUsed::Url)));
    assert!(Api::with_roots(&url("https://api.telegram.org"), TOKEN, roots()).is_ok());
    assert!(Api::with_roots(&url("http://[::1]:8081/"), TOKEN, roots()).is_ok());
}
