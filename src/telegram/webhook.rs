//! Webhook mode: the webhook path Telegram posts updates to (matched exactly; the secret
//! checked in constant time before any byte of the body is read, and a request without it
//! answered as an unknown path; a bounded body read in bounded time; unreadable bodies
//! counted and never logged; 503 while draining), and registering the webhook with Telegram
//! only when something differs.

use std::{sync::Arc, time::Duration};

use axum::{
    body::{Body, Bytes, HttpBody as _},
    extract::{Request, State},
    http::{Method, StatusCode},
    response::{IntoResponse, Response},
    Router,
};
use http_body_util::{BodyExt as _, LengthLimitError, Limited};
use teloxide::{
    payloads::SetWebhookSetters,
    prelude::Requester,
    types::{AllowedUpdate, Update},
    Bot,
};

use super::{courier, dispatch::Intake, timed};
use crate::{
    health::Health,
    http::{self, Refusal},
};

/// The updates the bot handles, for `allowed_updates`.
pub const ALLOWED: [AllowedUpdate; 4] =
    [AllowedUpdate::Message, AllowedUpdate::CallbackQuery, AllowedUpdate::InlineQuery, AllowedUpdate::MyChatMember];

/// The largest update body read: Telegram's updates are a few kilobytes, and even a long
/// message quoting another stays far below this.
pub const MAX_BODY: usize = 512 * 1024;

/// How long the body of a webhook request may take to arrive (after its head).
pub const BODY_TIMEOUT: Duration = Duration::from_secs(10);

/// The header Telegram sends the secret in.
const SECRET_HEADER: &str = "x-telegram-bot-api-secret-token";

/// How the webhook is set.
#[derive(Clone)]
pub struct Webhook {
    pub url: url::Url,
    pub secret: String,
    pub max_connections: u8,
}

impl std::fmt::Debug for Webhook {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Webhook").field("url", &self.url.as_str()).field("secret", &"<set>").finish()
    }
}

struct RouteState {
    path: String,
    secret: String,
    intake: Arc<Intake>,
    health: Arc<Health>,
}

/// A router whose fallback answers the webhook's path (compared as a plain string, never made
/// into a route pattern) and answers every other path 404, as an unknown path.
pub fn route(webhook: &Webhook, intake: Arc<Intake>, health: Arc<Health>) -> Router {
    let path = webhook.url.path().to_owned();
    let state = Arc::new(RouteState { path, secret: webhook.secret.clone(), intake, health });
    Router::new().fallback(receive).with_state(state)
}

async fn receive(State(state): State<Arc<RouteState>>, request: Request) -> Response {
    let (head, body) = request.into_parts();
    let given = head.headers.get(SECRET_HEADER).map(|v| v.as_bytes()).unwrap_or_default();
    // Before any byte of the body: without the secret, the path is just an unknown one. Both
    // are compared whatever the other gives, so the time taken does not tell which was wrong.
    let known = (head.uri.path() == state.path) & same(given, state.secret.as_bytes());
    if !known {
        return http::not_found();
    }
    if head.method != Method::POST {
        return StatusCode::METHOD_NOT_ALLOWED.into_response();
    }
    if state.health.is_draining() {
        // Telegram sends it again later, to whichever instance is up.
        return StatusCode::SERVICE_UNAVAILABLE.into_response();
    }
    match read_body(body).await {
        Ok(body) => deliver(&state, &body).into_response(),
        Err(status) => status.into_response(),
    }
}

/// Reads at most [`MAX_BODY`] bytes within [`BODY_TIMEOUT`]; a longer announced length is
/// refused before reading.
async fn read_body(body: Body) -> Result<Bytes, StatusCode> {
    if body.size_hint().lower() > MAX_BODY as u64 {
        http::refused("public", Refusal::BodyTooLarge);
        return Err(StatusCode::PAYLOAD_TOO_LARGE);
    }
    match tokio::time::timeout(BODY_TIMEOUT, Limited::new(body, MAX_BODY).collect()).await {
        Ok(Ok(collected)) => Ok(collected.to_bytes()),
        Ok(Err(e)) if e.downcast_ref::<LengthLimitError>().is_some() => {
            http::refused("public", Refusal::BodyTooLarge);
            Err(StatusCode::PAYLOAD_TOO_LARGE)
        }
        // The client broke the body off.
        Ok(Err(_)) => Err(StatusCode::BAD_REQUEST),
        Err(_) => {
            http::refused("public", Refusal::BodyTimeout);
            Err(StatusCode::REQUEST_TIMEOUT)
        }
    }
}

/// Hands one update to the per-chat queues: the one place the webhook calls the dispatcher.
fn deliver(state: &RouteState, body: &[u8]) -> StatusCode {
    match serde_json::from_slice::<Update>(body) {
        Ok(update) => {
            if state.intake.accept(update).is_err() {
                // More waits than can be answered within DRAIN_TIMEOUT: Telegram sends it
                // again later.
                return StatusCode::SERVICE_UNAVAILABLE;
            }
        }
        Err(_) => state.intake.unreadable_update(),
    }
    StatusCode::OK
}

/// Compares two secrets in time that depends only on their lengths.
fn same(a: &[u8], b: &[u8]) -> bool {
    a.len() == b.len() && a.iter().zip(b).fold(0u8, |acc, (x, y)| acc | (x ^ y)) == 0
}

/// What Telegram has registered now, in a form to compare and print.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Registered {
    pub url: String,
    pub max_connections: Option<u32>,
    pub allowed_updates: Option<Vec<String>>,
    pub pending_updates: u32,
    pub last_error: Option<String>,
}

pub async fn info(bot: &Bot) -> anyhow::Result<Registered> {
    let info = timed("getWebhookInfo", bot.get_webhook_info())
        .await
        .map_err(|e| anyhow::anyhow!("getWebhookInfo failed: {}", courier::describe(&e)))?;
    Ok(Registered {
        url: info.url.map(|u| u.to_string()).unwrap_or_default(),
        max_connections: info.max_connections,
        allowed_updates: info
            .allowed_updates
            .map(|a| a.iter().filter_map(|u| serde_json::to_value(u).ok()?.as_str().map(str::to_owned)).collect()),
        pending_updates: info.pending_update_count,
        last_error: info.last_error_message,
    })
}

fn allowed_names() -> Vec<String> {
    ALLOWED.iter().filter_map(|a| serde_json::to_value(a).ok()?.as_str().map(str::to_owned)).collect()
}

/// Sets the webhook unless Telegram already has the same URL, connection limit and update
/// kinds (Telegram does not show the secret: `objection-bot webhook set` sets it anyway).
/// Returns whether it was set.
pub async fn ensure(bot: &Bot, webhook: &Webhook, force: bool) -> anyhow::Result<bool> {
    let now = info(bot).await?;
    let same = now.url == webhook.url.as_str()
        && now.max_connections == Some(u32::from(webhook.max_connections))
        && now.allowed_updates.as_ref().is_some_and(|a| {
            let mut a = a.clone();
            a.sort();
            let mut b = allowed_names();
            b.sort();
            a == b
        });
    if same && !force {
        return Ok(false);
    }
    timed(
        "setWebhook",
        bot.set_webhook(webhook.url.clone())
            .secret_token(webhook.secret.clone())
            .allowed_updates(ALLOWED.to_vec())
            .max_connections(webhook.max_connections),
    )
    .await
    .map_err(|e| anyhow::anyhow!("setWebhook failed: {}", courier::describe(&e)))?;
    Ok(true)
}

/// Deletes the webhook (by hand, or before switching back to long polling).
pub async fn delete(bot: &Bot) -> anyhow::Result<()> {
    timed("deleteWebhook", bot.delete_webhook())
        .await
        .map_err(|e| anyhow::anyhow!("deleteWebhook failed: {}", courier::describe(&e)))?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn secrets_are_compared_whole() {
        assert!(same(b"abc", b"abc"));
        assert!(!same(b"abc", b"abd"));
        assert!(!same(b"abc", b"ab"));
        assert!(!same(b"", b"abc"));
    }

    #[test]
    fn the_allowed_updates_have_their_bot_api_names() {
        assert_eq!(allowed_names(), vec!["message", "callback_query", "inline_query", "my_chat_member"]);
    }
}
