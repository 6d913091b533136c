//! Reminder delivery through the Bot API, and the classification of its errors.

use std::sync::Arc;

use serde::{ser::SerializeMap, Serialize, Serializer};
use teloxide::{
    requests::{JsonRequest, Payload},
    ApiError, Bot, RequestError,
};

use super::api::{Api, NotUsed};
use crate::{
    brain::Message,
    reminders::broadcast::{Courier, SendResult},
};

/// A `sendMessage` call for a reminder, serialized straight from the brain's message (its
/// keyboard through the same renderer as replies), and the answer checked but not decoded
/// into a `Message`, which halves the CPU time a reminder costs (see BENCHMARKS.md).
struct SendReminder {
    chat_id: i64,
    message: Arc<Message>,
    paid: bool,
}

impl Payload for SendReminder {
    type Output = serde::de::IgnoredAny;
    const NAME: &'static str = "sendMessage";
}

impl Serialize for SendReminder {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut map = s.serialize_map(None)?;
        map.serialize_entry("chat_id", &self.chat_id)?;
        map.serialize_entry("text", &self.message.html)?;
        map.serialize_entry("parse_mode", "HTML")?;
        map.serialize_entry("link_preview_options", &serde_json::json!({"is_disabled": true}))?;
        if !self.message.keyboard.is_empty() {
            map.serialize_entry("reply_markup", &super::keyboard(&self.message.keyboard))?;
        }
        if self.paid {
            map.serialize_entry("allow_paid_broadcast", &true)?;
        }
        map.end()
    }
}

/// Sends reminders with `sendMessage` (as paid broadcasts if the operator chose so): through
/// the lean client when it could be built, else through teloxide's.
pub struct TelegramCourier {
    bot: Bot,
    lean: Option<Arc<Api>>,
    paid: bool,
}

impl TelegramCourier {
    pub fn new(bot: Bot, lean: Option<Arc<Api>>, paid: bool) -> TelegramCourier {
        TelegramCourier { bot, lean, paid }
    }
}

/// The lean client for `bot`, unless a proxy variable is set (said in the log) or its API
/// URL is of another kind: then every call goes through teloxide's client.
pub fn lean_client(bot: &Bot) -> Option<Arc<Api>> {
    match Api::from_env(&bot.api_url(), bot.token()) {
        Ok(api) => Some(Arc::new(api)),
        Err(NotUsed::Proxy(name)) => {
            log::info!("{name} is set: messages go through teloxide's HTTP client, which uses the proxy");
            None
        }
        Err(NotUsed::Url) => None,
    }
}

impl Courier for TelegramCourier {
    async fn send(&self, chat_id: i64, message: Arc<Message>) -> SendResult {
        let payload = SendReminder { chat_id, message, paid: self.paid };
        let result = match &self.lean {
            Some(api) => super::timed("sendMessage", api.call(&payload)).await,
            None => super::timed("sendMessage", JsonRequest::new(self.bot.clone(), payload)).await,
        };
        match result {
            Ok(_) => SendResult::Sent,
            Err(e) => classify(&e),
        }
    }
}

/// What a Bot API error means for a reminder.
pub fn classify(e: &RequestError) -> SendResult {
    match e {
        RequestError::RetryAfter(wait) => SendResult::RetryAfter(wait.duration()),
        RequestError::MigrateToChatId(id) => SendResult::MigrateTo(id.0),
        RequestError::Api(api) => match api {
            // Final answers about this chat and this bot.
            ApiError::BotBlocked
            | ApiError::BotKicked
            | ApiError::BotKickedFromSupergroup
            | ApiError::BotKickedFromChannel
            | ApiError::UserDeactivated
            | ApiError::CantTalkWithBots
            | ApiError::GroupDeactivated => SendResult::Gone,
            // What a wrong token or a test server answers for everyone: final only for a
            // chat this bot reached before.
            ApiError::ChatNotFound | ApiError::UserNotFound | ApiError::CantInitiateConversation => {
                SendResult::NotFound
            }
            // Unknown errors include 5xx answers: worth another try.
            ApiError::Unknown(text) => SendResult::Transient(text.clone()),
            other => SendResult::Permanent(other.to_string()),
        },
        RequestError::Network(_) | RequestError::InvalidJson { .. } | RequestError::Io(_) => {
            SendResult::Transient(describe(e))
        }
    }
}

/// A Bot API call's outcome, as the metrics label it.
pub fn outcome(e: Option<&RequestError>) -> &'static str {
    match e {
        None => "ok",
        Some(RequestError::RetryAfter(_)) => "retry_after",
        Some(RequestError::MigrateToChatId(_)) => "migrated",
        // Telegram's unknown errors include its 5xx answers.
        Some(RequestError::Api(ApiError::Unknown(_))) => "server_error",
        Some(e @ RequestError::Api(_)) => match classify(e) {
            SendResult::Gone | SendResult::NotFound => "blocked",
            _ => "other",
        },
        Some(RequestError::Network(_) | RequestError::Io(_)) => "network",
        Some(RequestError::InvalidJson { .. }) => "other",
    }
}

/// A Bot API error for the log: its kind and Telegram's description, never a URL (which
/// would carry the token) nor message text.
pub fn describe(e: &RequestError) -> String {
    match e {
        RequestError::Api(api) => format!("Telegram said: {api}"),
        RequestError::MigrateToChatId(_) => "the group became a supergroup".into(),
        RequestError::RetryAfter(wait) => format!("too many requests; retry after {} s", wait.seconds()),
        RequestError::Network(err) => {
            let kind = if err.is_timeout() {
                "timed out"
            } else if err.is_connect() {
                "could not connect"
            } else {
                "failed"
            };
            format!("network request {kind}")
        }
        RequestError::InvalidJson { .. } => "the answer was not valid JSON".into(),
        RequestError::Io(err) => format!("I/O error: {}", err.kind()),
    }
}
