//! Reminder delivery through the Bot API, and the classification of its errors.

use teloxide::{types::ChatId, ApiError, Bot, RequestError};

use crate::{
    brain::Message,
    reminders::broadcast::{Courier, SendResult},
};

/// Sends reminders with `sendMessage` (as paid broadcasts if the operator chose so).
pub struct TelegramCourier {
    bot: Bot,
    paid: bool,
}

impl TelegramCourier {
    pub fn new(bot: Bot, paid: bool) -> TelegramCourier {
        TelegramCourier { bot, paid }
    }
}

impl Courier for TelegramCourier {
    async fn send(&self, chat_id: i64, message: &Message) -> SendResult {
        match super::send(&self.bot, ChatId(chat_id), message, self.paid).await {
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
            ApiError::BotBlocked
            | ApiError::ChatNotFound
            | ApiError::UserNotFound
            | ApiError::BotKicked
            | ApiError::BotKickedFromSupergroup
            | ApiError::BotKickedFromChannel
            | ApiError::UserDeactivated
            | ApiError::CantInitiateConversation
            | ApiError::CantTalkWithBots
            | ApiError::GroupDeactivated => SendResult::Unreachable,
            // Unknown errors include 5xx answers: worth another try.
            ApiError::Unknown(text) => SendResult::Transient(text.clone()),
            other => SendResult::Permanent(other.to_string()),
        },
        RequestError::Network(_) | RequestError::InvalidJson { .. } | RequestError::Io(_) => {
            SendResult::Transient(describe(e))
        }
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
