//! The accept loop under both listeners: hyper's HTTP/1 with a timer (so the header-read
//! timeout, which also ends idle keep-alive connections, works), a cap on open connections,
//! and a stop that closes every connection, whatever its state, by a deadline.

use std::{
    future::Future,
    sync::{
        atomic::{AtomicUsize, Ordering},
        Arc,
    },
    time::Duration,
};

use axum::{body::Body, Router};
use hyper::{body::Incoming, Request};
use hyper_util::rt::{TokioIo, TokioTimer};
use tokio::{
    net::TcpListener,
    sync::{watch, Semaphore},
    task::JoinSet,
    time::Instant,
};
use tower::ServiceExt as _;

use super::{refused, refused_because, Refusal};

/// How long a connection may take to send a request head, counted from its start or from the
/// end of its previous request: idle keep-alive connections are closed after this too.
pub const HEADER_TIMEOUT: Duration = Duration::from_secs(10);

/// The largest request head (and read buffer) a connection may hold.
const MAX_BUFFER: usize = 16 * 1024;

/// How long the loop waits after an accept error (such as too many open files) before trying
/// again, instead of spinning.
const ACCEPT_PAUSE: Duration = Duration::from_millis(250);

/// A listener's name (for logs and the `listener` label) and its cap of open connections.
#[derive(Debug, Clone, Copy)]
pub struct Limits {
    pub name: &'static str,
    pub max_connections: usize,
}

/// Serves `app` on `listener` until `stop` yields a deadline; then accepts nothing more, lets
/// connections finish their request and close, and at the deadline closes the rest.
pub async fn serve(listener: TcpListener, app: Router, limits: Limits, stop: impl Future<Output = Instant>) {
    let open = Arc::new(Semaphore::new(limits.max_connections));
    let (closing_tx, closing) = watch::channel(false);
    let mut connections = JoinSet::new();
    let mut http = hyper::server::conn::http1::Builder::new();
    http.timer(TokioTimer::new()).header_read_timeout(HEADER_TIMEOUT).keep_alive(true).max_buf_size(MAX_BUFFER);
    tokio::pin!(stop);
    let deadline = loop {
        while connections.try_join_next().is_some() {}
        let accepted = tokio::select! {
            deadline = &mut stop => break deadline,
            accepted = listener.accept() => accepted,
        };
        let stream = match accepted {
            Ok((stream, _)) => stream,
            Err(e) => {
                refused_because(limits.name, Refusal::AcceptError, Some(&e));
                tokio::select! {
                    deadline = &mut stop => break deadline,
                    () = tokio::time::sleep(ACCEPT_PAUSE) => continue,
                }
            }
        };
        let Ok(permit) = open.clone().try_acquire_owned() else {
            // Closed at once: a waiting connection would hold a descriptor and memory anyway.
            refused(limits.name, Refusal::Connections);
            drop(stream);
            continue;
        };
        let _ = stream.set_nodelay(true);
        let served = Arc::new(AtomicUsize::new(0));
        let service = {
            let (app, served) = (app.clone(), served.clone());
            hyper::service::service_fn(move |request: Request<Incoming>| {
                served.fetch_add(1, Ordering::Relaxed);
                app.clone().oneshot(request.map(Body::new))
            })
        };
        let connection = http.serve_connection(TokioIo::new(stream), service);
        let mut closing = closing.clone();
        let name = limits.name;
        connections.spawn(async move {
            let _permit = permit;
            tokio::pin!(connection);
            let stop = async move {
                let _ = closing.wait_for(|closing| *closing).await;
            };
            let result = tokio::select! {
                result = connection.as_mut() => result,
                () = stop => {
                    connection.as_mut().graceful_shutdown();
                    connection.await
                }
            };
            match result {
                // A connection that never sent a whole request head; one that goes quiet after
                // its requests is an idle keep-alive connection, closed as intended.
                Err(e) if e.is_timeout() && served.load(Ordering::Relaxed) == 0 => {
                    refused(name, Refusal::HeaderTimeout)
                }
                Err(e) => log::debug!("HTTP ({name} listener): connection: {e}"),
                Ok(()) => {}
            }
        });
    };
    drop(listener);
    let _ = closing_tx.send(true);
    let all = async { while connections.join_next().await.is_some() {} };
    if tokio::time::timeout_at(deadline, all).await.is_err() {
        log::info!(
            "HTTP ({} listener): closing {} connections still open at the end of the drain",
            limits.name,
            connections.len()
        );
        connections.shutdown().await;
    }
}
