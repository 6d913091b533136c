//! The bot's one HTTP server (axum): `/healthz`, `/readyz` and `/metrics`, and in webhook
//! mode the webhook route beside them. It stops when told, after the drain.

use std::{net::SocketAddr, sync::Arc};

use axum::{extract::State, http::StatusCode, response::IntoResponse, routing::get, Router};
use chrono::Utc;

use crate::{health::Health, telemetry};

/// The routes every mode serves; `extra` (the webhook route) is merged in.
pub fn router(health: Arc<Health>, extra: Option<Router>) -> Router {
    let ops = Router::new()
        .route("/healthz", get(healthz))
        .route("/readyz", get(readyz))
        .route("/metrics", get(metrics))
        .with_state(health);
    match extra {
        Some(extra) => ops.merge(extra),
        None => ops,
    }
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

/// Binds `addr` (an error names `LISTEN_ADDR`) and serves `app` until `stop` completes.
pub async fn bind(addr: SocketAddr) -> anyhow::Result<tokio::net::TcpListener> {
    tokio::net::TcpListener::bind(addr).await.map_err(|e| anyhow::anyhow!("LISTEN_ADDR: cannot listen on {addr}: {e}"))
}

/// Serves until `stop` completes.
pub async fn serve(
    listener: tokio::net::TcpListener,
    app: Router,
    stop: impl std::future::Future<Output = ()> + Send + 'static,
) {
    if let Err(e) = axum::serve(listener, app).with_graceful_shutdown(stop).await {
        log::error!("HTTP server: {e}");
    }
}
