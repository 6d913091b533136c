//! `sendMessage` JSON written straight from a brain's message: its text, its keyboard and
//! the fixed options, without building teloxide's request types on the way (issue 20).

use std::{
    collections::HashMap,
    sync::{Arc, Mutex, PoisonError, Weak},
};

use bytes::Bytes;
use serde::{ser::SerializeMap, Serialize, Serializer};
use teloxide::requests::Payload;

use crate::brain::{Button, Message};

/// A `sendMessage` of a brain's message, borrowed: the body [`Encoded`] makes (for replies
/// and reminders through the lean client) and reminders' payload through teloxide's.
pub(super) struct MessageJson<'a> {
    pub(super) chat_id: i64,
    pub(super) message: &'a Message,
    pub(super) paid: bool,
}

impl Payload for MessageJson<'_> {
    type Output = serde::de::IgnoredAny;
    const NAME: &'static str = "sendMessage";
}

impl Serialize for MessageJson<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut map = s.serialize_map(None)?;
        map.serialize_entry("chat_id", &self.chat_id)?;
        serialize_message(&mut map, self.message, self.paid)?;
        map.end()
    }
}

/// A reminder's `sendMessage` fields after its `chat_id`: the same for every chat that gets
/// this message.
pub(super) struct MessageFields<'a> {
    pub(super) message: &'a Message,
    pub(super) paid: bool,
}

impl Serialize for MessageFields<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut map = s.serialize_map(None)?;
        serialize_message(&mut map, self.message, self.paid)?;
        map.end()
    }
}

/// `sendMessage` JSON bodies after their `chat_id`, by message: a wave sends one rendered
/// message to many chats, and the brain keeps platform pages for every chat that asks, so
/// a shared message's text, keyboard and escaping are serialized once, not once per chat
/// (issue 20). An entry is kept while its message lives; the `Weak` keeps its
/// address from being reused by another message meanwhile.
#[derive(Default)]
pub(super) struct Encoded {
    bodies: Mutex<HashMap<usize, (Weak<Message>, Bytes)>>,
}

/// Entries kept before those of messages no longer alive are dropped.
pub(super) const ENCODED_KEPT: usize = 64;

impl Encoded {
    /// How many bodies are kept (tests).
    #[cfg(test)]
    pub(super) fn len(&self) -> usize {
        self.bodies.lock().unwrap_or_else(PoisonError::into_inner).len()
    }

    /// The whole `sendMessage` body of `message` for `chat_id`, as [`MessageJson`] makes it.
    pub(super) fn body(&self, chat_id: i64, message: &Arc<Message>, paid: bool) -> serde_json::Result<Bytes> {
        let key = Arc::as_ptr(message) as usize;
        let fields = {
            let mut bodies = self.bodies.lock().unwrap_or_else(PoisonError::into_inner);
            match bodies.get(&key) {
                Some((kept, fields)) if Weak::as_ptr(kept) == Arc::as_ptr(message) => fields.clone(),
                _ => {
                    // `{"text":…}` without its opening brace, to follow `{"chat_id":…,`.
                    let json = serde_json::to_vec(&MessageFields { message, paid })?;
                    let fields = Bytes::from(json).slice(1..);
                    if bodies.len() >= ENCODED_KEPT {
                        bodies.retain(|_, (kept, _)| kept.strong_count() > 0);
                    }
                    bodies.insert(key, (Arc::downgrade(message), fields.clone()));
                    fields
                }
            }
        };
        let mut body = Vec::with_capacity(fields.len() + 32);
        body.extend_from_slice(b"{\"chat_id\":");
        body.extend_from_slice(chat_id.to_string().as_bytes());
        body.push(b',');
        body.extend_from_slice(&fields);
        Ok(Bytes::from(body))
    }
}

fn serialize_message<M: SerializeMap>(map: &mut M, message: &Message, paid: bool) -> Result<(), M::Error> {
    map.serialize_entry("text", &message.html)?;
    map.serialize_entry("parse_mode", "HTML")?;
    map.serialize_entry("link_preview_options", &NoPreview)?;
    if !message.keyboard.is_empty() {
        map.serialize_entry("reply_markup", &KeyboardJson(&message.keyboard))?;
    }
    if paid {
        map.serialize_entry("allow_paid_broadcast", &true)?;
    }
    Ok(())
}

/// `{"is_disabled":true}`: no link preview.
struct NoPreview;

impl Serialize for NoPreview {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut map = s.serialize_map(Some(1))?;
        map.serialize_entry("is_disabled", &true)?;
        map.end()
    }
}

/// An inline keyboard as the Bot API reads it, as `telegram::keyboard` renders it.
struct KeyboardJson<'a>(&'a [Vec<Button>]);

impl Serialize for KeyboardJson<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut map = s.serialize_map(Some(1))?;
        map.serialize_entry("inline_keyboard", &Rows(self.0))?;
        map.end()
    }
}

struct Rows<'a>(&'a [Vec<Button>]);

impl Serialize for Rows<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_seq(self.0.iter().map(|row| Row(row)))
    }
}

struct Row<'a>(&'a [Button]);

impl Serialize for Row<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_seq(self.0.iter().map(ButtonJson))
    }
}

struct ButtonJson<'a>(&'a Button);

impl Serialize for ButtonJson<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut map = s.serialize_map(Some(2))?;
        match self.0 {
            Button::Callback { label, data } => {
                map.serialize_entry("text", label)?;
                map.serialize_entry("callback_data", &data.encode())?;
            }
            Button::Url { label, url } => {
                map.serialize_entry("text", label)?;
                map.serialize_entry("url", url.as_str())?;
            }
            Button::Share { label, query } => {
                map.serialize_entry("text", label)?;
                map.serialize_entry("switch_inline_query", query)?;
            }
        }
        map.end()
    }
}

#[cfg(test)]
mod tests {
    use teloxide::{requests::HasPayload, types::ChatId, Bot};

    use super::*;
    use crate::brain::{CallbackData, Topic};

    /// A message with every kind of button, quotes and non-ASCII text.
    fn message() -> Message {
        Message {
            html: "<b>Steps</b> \"quoted\" é ✓".into(),
            keyboard: vec![
                vec![Button::Url {
                    label: "Open ✓".into(),
                    url: url::Url::parse("https://example.org/a?b=c").unwrap(),
                }],
                vec![
                    Button::Callback { label: "Menu".into(), data: CallbackData::Show(Topic::Start) },
                    Button::Callback { label: "X".into(), data: CallbackData::Show(Topic::Platform("x".into())) },
                ],
                vec![Button::Share { label: "Share".into(), query: "facebook".into() }],
            ],
        }
    }

    /// A reply serialized straight from the brain's message says what teloxide's
    /// `SendMessage` of the same message says, for every kind of button.
    #[test]
    fn a_replys_json_is_teloxides_send_message() {
        let bot = Bot::new("123:abc");
        for m in [message(), Message { html: "no buttons".into(), keyboard: Vec::new() }] {
            let ours = serde_json::to_value(MessageJson { chat_id: -42, message: &m, paid: false }).unwrap();
            let request = super::super::send_request(&bot, ChatId(-42), &m);
            let theirs = serde_json::to_value(request.payload_ref()).unwrap();
            assert_eq!(ours, theirs);
        }
    }

    /// A paid reminder's fields say so, and are the reply's fields otherwise.
    #[test]
    fn a_paid_message_asks_for_a_paid_broadcast() {
        let m = message();
        let paid = serde_json::to_value(MessageFields { message: &m, paid: true }).unwrap();
        let mut free = serde_json::to_value(MessageJson { chat_id: 1, message: &m, paid: false }).unwrap();
        free.as_object_mut().unwrap().remove("chat_id");
        free.as_object_mut().unwrap().insert("allow_paid_broadcast".into(), true.into());
        assert_eq!(paid, free);
    }
}
