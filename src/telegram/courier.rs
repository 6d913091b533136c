//! Reminder delivery through the Bot API, and the classification of its errors.

use std::sync::Arc;

use serde::{Serialize, Serializer};
use teloxide::{
    requests::{JsonRequest, Payload},
    ApiError, Bot, RequestError,
};

use super::{
    api::{Api, NotUsed},
    json::{Encoded, MessageJson},
};
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
        MessageJson { chat_id: self.chat_id, message: &self.message, paid: self.paid }.serialize(s)
    }
}

/// Sends reminders with `sendMessage` (as paid broadcasts if the operator chose so): through
/// the lean client when it could be built, else through teloxide's.
pub struct TelegramCourier {
    bot: Bot,
    lean: Option<Arc<Api>>,
    paid: bool,
    encoded: Encoded,
}

impl TelegramCourier {
    pub fn new(bot: Bot, lean: Option<Arc<Api>>, paid: bool) -> TelegramCourier {
        TelegramCourier { bot, lean, paid, encoded: Encoded::default() }
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
        let result = match &self.lean {
            Some(api) => match self.encoded.body(chat_id, &message, self.paid) {
                Ok(body) => super::timed("sendMessage", api.send_paced(body)).await,
                Err(e) => return SendResult::Permanent(format!("the message could not be encoded: {e}")),
            },
            None => {
                let payload = SendReminder { chat_id, message, paid: self.paid };
                super::timed("sendMessage", JsonRequest::new(self.bot.clone(), payload)).await.map(drop)
            }
        };
        match result {
            Ok(_) => SendResult::Sent,
            Err(e) => classify(&e),
        }
    }

    fn hold_answers(&self) {
        if let Some(api) = &self.lean {
            api.answers().hold();
        }
    }

    fn release_answers(&self) {
        if let Some(api) = &self.lean {
            api.answers().release();
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::brain::{Button, Message};

    fn message(text: &str) -> Arc<Message> {
        Arc::new(Message {
            html: format!("<b>{text}</b> \"quoted\" é"),
            keyboard: vec![vec![Button::Url {
                label: "Open ✓".into(),
                url: url::Url::parse("https://example.org/a?b=c").unwrap(),
            }]],
        })
    }

    /// The body serialized once per message is, for every chat, what `SendReminder` makes.
    #[test]
    fn a_reminders_body_is_the_payloads_json_for_every_chat() {
        let encoded = Encoded::default();
        for paid in [false, true] {
            let (a, b) = (message("a"), message("b"));
            for (chat_id, m) in [(1, &a), (-1001234567890, &b), (42, &a), (i64::MIN, &b)] {
                let body = encoded.body(chat_id, m, paid).unwrap();
                let payload = SendReminder { chat_id, message: m.clone(), paid };
                assert_eq!(body, serde_json::to_vec(&payload).unwrap(), "chat {chat_id}, paid {paid}");
            }
        }
    }

    /// Entries go with their messages: a wave's rendered messages do not pile up.
    #[test]
    fn bodies_of_messages_gone_are_dropped() {
        let encoded = Encoded::default();
        for i in 0..1_000 {
            let m = message(&i.to_string());
            encoded.body(i, &m, false).unwrap();
        }
        assert!(encoded.len() <= super::super::json::ENCODED_KEPT);
        let kept: Vec<_> = (0..100).map(|i| message(&format!("kept {i}"))).collect();
        for (i, m) in kept.iter().enumerate() {
            encoded.body(i as i64, m, false).unwrap();
        }
        for (i, m) in kept.iter().enumerate() {
            let payload = SendReminder { chat_id: 7, message: m.clone(), paid: false };
            assert_eq!(encoded.body(7, m, false).unwrap(), serde_json::to_vec(&payload).unwrap(), "{i}");
        }
    }
}
