//! Webhook mode: the route Telegram posts updates to (secret checked in constant time,
//! unreadable bodies counted and never logged, 503 while draining), and registering the
//! webhook with Telegram only when something differs.

use std::sync::Arc;

use axum::{body::Bytes, extract::State, http::HeaderMap, http::StatusCode, routing::post, Router};
use teloxide::{
    payloads::SetWebhookSetters,
    prelude::Requester,
    types::{AllowedUpdate, Update},
    Bot,
};

use super::{courier, dispatch::Intake, timed};
use crate::health::Health;

/// The updates the bot handles, for `allowed_updates`.
pub const ALLOWED: [AllowedUpdate; 4] =
    [AllowedUpdate::Message, AllowedUpdate::CallbackQuery, AllowedUpdate::InlineQuery, AllowedUpdate::MyChatMember];

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
    secret: String,
    intake: Arc<Intake>,
    health: Arc<Health>,
}

/// The webhook route, at the path of the webhook's URL.
pub fn route(webhook: &Webhook, intake: Arc<Intake>, health: Arc<Health>) -> Router {
    let state = Arc::new(RouteState { secret: webhook.secret.clone(), intake, health });
    Router::new().route(webhook.url.path(), post(receive)).with_state(state)
}

async fn receive(State(state): State<Arc<RouteState>>, headers: HeaderMap, body: Bytes) -> StatusCode {
    let given = headers.get("x-telegram-bot-api-secret-token").map(|v| v.as_bytes()).unwrap_or_default();
    if !same(given, state.secret.as_bytes()) {
        return StatusCode::UNAUTHORIZED;
    }
    if state.health.is_draining() {
        // Telegram sends it again later, to whichever instance is up.
        return StatusCode::SERVICE_UNAVAILABLE;
    }
    match serde_json::from_slice::<Update>(&body) {
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
