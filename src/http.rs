//! The bot's HTTP listeners (axum on our own hyper accept loop, `http/server.rs`): the public
//! one serves `/healthz`, `/readyz` and in webhook mode the webhook path; the operations one
//! (private by default) serves `/metrics` beside the health checks.

use std::{
    net::SocketAddr,
    sync::{
        atomic::{AtomicI64, AtomicU64, Ordering},
        Arc,
    },
};

use axum::{
    extract::State,
    http::StatusCode,
    response::{IntoResponse, Response},
    routing::get,
    Router,
};
use chrono::Utc;

use crate::{health::Health, telemetry};

mod server;

pub use server::{serve, Limits, HEADER_TIMEOUT};

/// The routes of the operations listener: they must not be a webhook path.
pub const OPS_ROUTES: [&str; 3] = ["/healthz", "/readyz", "/metrics"];

/// The public listener: the health checks a load balancer needs and, in webhook mode,
/// `webhook` (a router whose fallback answers the webhook path and 404 elsewhere).
pub fn public(health: Arc<Health>, webhook: Option<Router>) -> Router {
    let checks = health_routes(health);
    match webhook {
        Some(webhook) => checks.merge(webhook),
        None => checks,
    }
}

/// The operations listener: `/metrics` and the health checks.
pub fn ops(health: Arc<Health>) -> Router {
    Router::new().route("/metrics", get(metrics)).merge(health_routes(health))
}

fn health_routes(health: Arc<Health>) -> Router {
    Router::new().route("/healthz", get(healthz)).route("/readyz", get(readyz)).with_state(health)
}

/// What an unknown path gets; a webhook request without the right secret gets the same.
pub fn not_found() -> Response {
    StatusCode::NOT_FOUND.into_response()
}

async fn healthz(State(health): State<Arc<Health>>) -> impl IntoResponse {
    match health.live(Utc::now().timestamp_millis()) {
        Ok(()) => (StatusCode::OK, "ok"),
        Err(why) => (StatusCode::SERVICE_UNAVAILABLE, why),
    }
}

async fn readyz(State(health): State<Arc<Health>>) -> impl IntoResponse {
    match health.ready() {
        Ok(()) => (StatusCode::OK, "ready"),
        Err(why) => (StatusCode::SERVICE_UNAVAILABLE, why),
    }
}

async fn metrics() -> impl IntoResponse {
    ([("content-type", "text/plain; version=0.0.4")], telemetry::render())
}

/// Binds `addr`; an error names `setting` (`LISTEN_ADDR` or `OPS_LISTEN_ADDR`).
pub async fn bind(addr: SocketAddr, setting: &str) -> anyhow::Result<tokio::net::TcpListener> {
    tokio::net::TcpListener::bind(addr).await.map_err(|e| anyhow::anyhow!("{setting}: cannot listen on {addr}: {e}"))
}

/// Why a listener refused or cut a connection or request.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Refusal {
    /// The cap of open connections was reached: a new one was closed at once.
    Connections,
    /// A new connection sent no complete request head within [`HEADER_TIMEOUT`].
    HeaderTimeout,
    /// A webhook body did not arrive in time (408).
    BodyTimeout,
    /// A webhook body over the limit (413).
    BodyTooLarge,
    /// The listener could not accept (for example: too many open files).
    AcceptError,
}

impl Refusal {
    const ALL: [Refusal; 5] = [
        Refusal::Connections,
        Refusal::HeaderTimeout,
        Refusal::BodyTimeout,
        Refusal::BodyTooLarge,
        Refusal::AcceptError,
    ];

    /// The `reason` label in `/metrics`.
    pub fn label(self) -> &'static str {
        match self {
            Refusal::Connections => "connections",
            Refusal::HeaderTimeout => "header_timeout",
            Refusal::BodyTimeout => "body_timeout",
            Refusal::BodyTooLarge => "body_too_large",
            Refusal::AcceptError => "accept_error",
        }
    }

    fn describe(self) -> String {
        match self {
            Refusal::Connections => "connections closed at once: the cap of open connections was reached".into(),
            Refusal::HeaderTimeout => {
                format!("connections closed: no complete request head within {} s", HEADER_TIMEOUT.as_secs())
            }
            Refusal::BodyTimeout => "webhook requests cut (408): the body did not arrive in time".into(),
            Refusal::BodyTooLarge => "webhook requests refused (413): the body was over the limit".into(),
            Refusal::AcceptError => "new connections could not be accepted".into(),
        }
    }
}

/// At most one log line per kind of refusal and listener in this many milliseconds.
const LOG_EVERY_MS: i64 = 60_000;

/// The last time a kind of refusal was logged, and how many happened since.
struct Throttle {
    last_ms: AtomicI64,
    unlogged: AtomicU64,
}

impl Throttle {
    const fn new() -> Throttle {
        Throttle { last_ms: AtomicI64::new(0), unlogged: AtomicU64::new(0) }
    }

    /// Counts one more; returns how many to report if a line is due now.
    fn note(&self, now_ms: i64) -> Option<u64> {
        self.unlogged.fetch_add(1, Ordering::Relaxed);
        let last = self.last_ms.load(Ordering::Relaxed);
        if last != 0 && now_ms.saturating_sub(last) < LOG_EVERY_MS {
            return None;
        }
        if self.last_ms.compare_exchange(last, now_ms, Ordering::Relaxed, Ordering::Relaxed).is_err() {
            return None;
        }
        Some(self.unlogged.swap(0, Ordering::Relaxed).max(1))
    }
}

/// One throttle per listener (public, operations) and kind of refusal.
static THROTTLES: [[Throttle; Refusal::ALL.len()]; 2] = [const { [const { Throttle::new() }; Refusal::ALL.len()] }; 2];

/// Counts a refusal in `/metrics` and logs it, at most once a minute per kind and listener,
/// with how many there were; no request content is ever logged.
pub fn refused(listener: &'static str, why: Refusal) {
    refused_because(listener, why, None);
}

/// [`refused`], with the system's reason (for an accept error) in the log line.
pub fn refused_because(listener: &'static str, why: Refusal, cause: Option<&std::io::Error>) {
    telemetry::http_refused(listener, why.label());
    let row = usize::from(listener != "public");
    let column = Refusal::ALL.iter().position(|r| *r == why).unwrap_or_default();
    if let Some(n) = THROTTLES[row][column].note(Utc::now().timestamp_millis()) {
        let cause = cause.map(|e| format!(" ({e})")).unwrap_or_default();
        log::warn!(
            "HTTP ({listener} listener): {}{cause}: {n} since the last such line (one a minute at most)",
            why.describe()
        );
    }
}

/// Raises the soft limit of open files to the hard one (a unit or shell often leaves it at
/// 1,024, too few for many connections); returns the limits before and after when it changed.
#[cfg(unix)]
pub fn raise_open_files_limit() -> std::io::Result<Option<(u64, u64)>> {
    use rustix::process::{getrlimit, setrlimit, Resource, Rlimit};
    let now = getrlimit(Resource::Nofile);
    let (Some(soft), hard) = (now.current, now.maximum) else { return Ok(None) };
    // An unlimited hard limit still stops at the kernel's `nr_open` (1,048,576 by default).
    let target = hard.unwrap_or(1 << 20);
    if soft >= target {
        return Ok(None);
    }
    setrlimit(Resource::Nofile, Rlimit { current: Some(target), maximum: hard })?;
    Ok(Some((soft, getrlimit(Resource::Nofile).current.unwrap_or(target))))
}

#[cfg(not(unix))]
pub fn raise_open_files_limit() -> std::io::Result<Option<(u64, u64)>> {
    Ok(None)
}

/// The soft limit of open files, if there is one.
#[cfg(unix)]
pub fn open_files_limit() -> Option<u64> {
    rustix::process::getrlimit(rustix::process::Resource::Nofile).current
}

#[cfg(not(unix))]
pub fn open_files_limit() -> Option<u64> {
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_refusal_is_logged_at_most_once_a_minute_with_the_count_since() {
        let throttle = Throttle::new();
        assert_eq!(throttle.note(1_000_000), Some(1), "the first one is logged");
        for i in 1..=9 {
            assert_eq!(throttle.note(1_000_000 + i * 1_000), None);
        }
        assert_eq!(throttle.note(1_000_000 + LOG_EVERY_MS), Some(10), "the ones held back are counted");
        assert_eq!(throttle.note(1_000_000 + LOG_EVERY_MS + 1), None);
    }

    #[test]
    fn every_refusal_has_a_label_and_a_place() {
        let labels: Vec<&str> = Refusal::ALL.iter().map(|r| r.label()).collect();
        assert_eq!(labels, ["connections", "header_timeout", "body_timeout", "body_too_large", "accept_error"]);
    }
}
