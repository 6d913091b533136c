//! Builders of the updates tests push to the fake server: messages, button presses, inline
//! queries, membership changes and group migrations.

use serde_json::{json, Value};

use super::{rand_id, BOT_ID, BOT_USERNAME};

pub(super) fn user(id: u64, lang: Option<&str>) -> Value {
    let mut u = json!({"id": id, "is_bot": false, "first_name": "Test"});
    if let Some(lang) = lang {
        u["language_code"] = json!(lang);
    }
    u
}

pub(super) fn chat(id: i64) -> Value {
    if id > 0 {
        json!({"id": id, "type": "private", "first_name": "Test"})
    } else if id < -1_000_000_000_000 {
        json!({"id": id, "type": "supergroup", "title": "Group"})
    } else {
        json!({"id": id, "type": "group", "title": "Group"})
    }
}

/// A text message from `user_id` (with `lang`) in `chat_id` (positive: private).
pub fn text_update(chat_id: i64, user_id: u64, lang: Option<&str>, text: &str) -> Value {
    json!({"message": {"message_id": 1, "date": 1_700_000_000, "chat": chat(chat_id), "from": user(user_id, lang), "text": text}})
}

pub fn callback_update(chat_id: i64, user_id: u64, lang: Option<&str>, data: &str) -> Value {
    json!({"callback_query": {
        "id": format!("cb{}", rand_id()), "from": user(user_id, lang), "chat_instance": "ci", "data": data,
        "message": {"message_id": 77, "date": 1_700_000_000, "chat": chat(chat_id), "text": "…"}
    }})
}

pub fn inline_update(user_id: u64, lang: Option<&str>, query: &str) -> Value {
    json!({"inline_query": {"id": format!("iq{}", rand_id()), "from": user(user_id, lang), "query": query, "offset": ""}})
}

/// The bot's own membership changing in a chat: "left" → "member" adds it, and back.
pub fn membership_update(chat_id: i64, by: u64, lang: Option<&str>, old: &str, new: &str) -> Value {
    let bot = json!({"id": BOT_ID, "is_bot": true, "first_name": "Bot", "username": BOT_USERNAME});
    json!({"my_chat_member": {
        "chat": chat(chat_id), "from": user(by, lang), "date": 1_700_000_000,
        "old_chat_member": {"user": bot, "status": old},
        "new_chat_member": {"user": bot, "status": new}
    }})
}

pub fn migrate_update(chat_id: i64, to: i64) -> Value {
    json!({"message": {"message_id": 2, "date": 1_700_000_000, "chat": chat(chat_id), "from": user(1, None), "migrate_to_chat_id": to}})
}
