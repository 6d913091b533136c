//! Long polling of our own: asks Telegram for no more updates than the backlog has room
//! for, confirms (with the next call's offset) only what it took, and at a stop confirms
//! only what was answered, so that nothing Telegram counts as delivered is lost.

use std::{future::Future, sync::Arc, time::Duration};

use teloxide::{payloads::GetUpdatesSetters, prelude::Requester, requests::Request as _, ApiError, Bot, RequestError};

use super::{courier, dispatch::Intake, timed, webhook};
use crate::telemetry;

/// The most updates Telegram hands out in one answer.
const MAX_BATCH: usize = 100;
/// The longest wait before asking again after an error.
const MAX_BACKOFF: Duration = Duration::from_secs(30);

/// Why the bot stopped taking updates, other than being asked to.
#[derive(Debug, thiserror::Error)]
pub enum DispatchError {
    #[error(
        "another instance is getting updates with this TELOXIDE_TOKEN (Telegram answered 409 Conflict); stop it first"
    )]
    Conflict,
}

/// Deletes a webhook if one is set, as long polling needs.
pub async fn delete_webhook_if_set(bot: &Bot) {
    match webhook::info(bot).await {
        Ok(info) if info.url.is_empty() => {}
        Ok(_) => {
            if let Err(e) = webhook::delete(bot).await {
                log::warn!("{e}");
            }
        }
        Err(e) => log::warn!("{e}"),
    }
}

/// Takes updates until `stop` completes (then answers what it took, within `drain`) or
/// another instance takes over the token.
pub async fn poll(
    bot: Bot,
    intake: Arc<Intake>,
    stop: impl Future<Output = ()>,
    drain: Duration,
    timeout: Duration,
) -> Result<(), DispatchError> {
    tokio::pin!(stop);
    // The offset of the next call: every update below it was taken (or dropped by design).
    let mut offset: i32 = 0;
    // What the last call confirmed.
    let mut confirmed: i32 = 0;
    let mut errors: u32 = 0;
    let timeout_secs = u32::try_from(timeout.as_secs()).unwrap_or(u32::MAX);
    let result = 'polling: loop {
        // Ask only when there is room for a good batch: a full backlog is not fetched,
        // and Telegram keeps it.
        let mut counted = false;
        let room = loop {
            let room = intake.room();
            if room >= intake.batch_floor() {
                break room.min(MAX_BATCH);
            }
            if room == 0 && !counted {
                // Telegram keeps the updates, but an operator wants to know (the backlog alert).
                telemetry::backlog_full();
                counted = true;
            }
            tokio::select! {
                _ = &mut stop => break 'polling Ok(()),
                _ = intake.answered() => {}
            }
        };
        let request = bot
            .get_updates()
            .offset(offset)
            .limit(u8::try_from(room).unwrap_or(100))
            .timeout(timeout_secs)
            .allowed_updates(webhook::ALLOWED.to_vec());
        let answer = tokio::select! {
            _ = &mut stop => break Ok(()),
            answer = request.send() => answer,
        };
        let wait = match answer {
            Ok(updates) => {
                errors = 0;
                confirmed = offset;
                for update in updates {
                    let next = update.id.as_offset();
                    if intake.accept(update).is_err() {
                        // No room after all: it is asked for again, not confirmed.
                        break;
                    }
                    offset = next;
                }
                continue;
            }
            Err(RequestError::Api(ApiError::TerminatedByOtherGetUpdates)) => break Err(DispatchError::Conflict),
            Err(RequestError::RetryAfter(wait)) => wait.duration(),
            Err(e) => {
                log::warn!("getUpdates: {}", courier::describe(&e));
                errors = errors.saturating_add(1);
                Duration::from_secs(1u64 << errors.min(5)).min(MAX_BACKOFF)
            }
        };
        tokio::select! {
            _ = &mut stop => break Ok(()),
            _ = tokio::time::sleep(wait) => {}
        }
    };
    intake.drain(drain).await;
    if result.is_ok() {
        // Confirm what was answered: up to the oldest update still unanswered, if any, so
        // that Telegram hands that one (and those after it) out again.
        let upto = match intake.oldest_unanswered() {
            Some(id) => i32::try_from(id).unwrap_or(offset).min(offset),
            None => offset,
        };
        if upto > confirmed {
            let request = bot.get_updates().offset(upto).limit(1).timeout(0);
            if let Err(e) = timed("getUpdates", request).await {
                log::warn!("getUpdates: {}", courier::describe(&e));
            }
        }
    }
    result
}
