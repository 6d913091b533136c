//! The Telegram door: maps teloxide updates to brain inputs and brain replies to Bot API
//! calls. Starting and stopping the bot is in `run.rs`, the per-chat queues in
//! `dispatch.rs`, long polling in `polling.rs`, webhook mode in `webhook.rs`, the menus in
//! `menu.rs`.

mod admins;
mod api;
mod courier;
mod dispatch;
mod json;
mod menu;
mod polling;
mod run;
mod sock;
pub mod webhook;
mod wire;

use std::{
    sync::Arc,
    time::{Duration, Instant},
};

use chrono::Utc;
use serde::Serialize;
use teloxide::{
    payloads::{
        AnswerCallbackQuerySetters, AnswerInlineQuerySetters, EditMessageReplyMarkupSetters, SendMessage,
        SendMessageSetters,
    },
    prelude::Requester,
    requests::{JsonRequest, Request},
    types::{
        CallbackQuery, ChatId, ChatMemberUpdated, InlineKeyboardButton, InlineKeyboardMarkup, InlineQuery,
        InlineQueryResult, InlineQueryResultArticle, InputMessageContent, InputMessageContentText, LinkPreviewOptions,
        ParseMode, Update, UpdateKind, UserId,
    },
    Bot, RequestError,
};

use self::api::Api;
pub(crate) use self::run::timed;
pub use self::run::{bot, global_limit, run, supervise, RunOptions, REQUEST_TIMEOUT};
pub use self::{
    courier::{classify, TelegramCourier},
    dispatch::{backlog_cap, lane_key, Busy, Intake, QUEUE_PER_CHAT},
    polling::DispatchError,
    webhook::Webhook,
};
use crate::{
    brain::{Brain, Button, ChatKind, Context, Input, Message, Reply},
    budget::Budget,
};

/// The door's state shared by every update handler.
pub struct Door {
    pub brain: Brain,
    admins: admins::Admins,
    /// The sending budget shared with the reminders.
    budget: Arc<Budget>,
    /// The lean client, shared with the reminders; `None` when a proxy is set.
    lean: Option<Arc<Api>>,
    /// Replies' JSON, made once for a message the brain keeps (a platform page).
    encoded: json::Encoded,
}

impl Door {
    pub fn new(brain: Brain, budget: Arc<Budget>, lean: Option<Arc<Api>>) -> Door {
        Door { brain, admins: admins::Admins::default(), budget, lean, encoded: json::Encoded::default() }
    }

    /// A Bot API call whose answer is checked but not kept: through the lean client when
    /// there is one (which then skips decoding the result), else through teloxide's.
    async fn send<R>(&self, request: R) -> Result<(), RequestError>
    where
        R: Request<Err = RequestError>,
        R::Payload: Serialize,
    {
        match &self.lean {
            Some(api) => api.call_unread(request.payload_ref()).await,
            None => request.send().await.map(drop),
        }
    }

    /// A reply's `sendMessage`: through the lean client serialized straight from the brain's
    /// message, as reminders are (no copy of its text, no teloxide keyboard built, and a
    /// message the brain keeps serialized once); else through teloxide's client.
    async fn send_message(&self, bot: &Bot, chat: ChatId, message: &Arc<Message>) -> Result<(), RequestError> {
        match &self.lean {
            Some(api) => {
                let body = self.encoded.body(chat.0, message, false).map_err(api::unencodable)?;
                api.call_json_unread("sendMessage", body).await
            }
            None => send_request(bot, chat, message).send().await.map(drop),
        }
    }
}

/// The longest a reply waits out a 429 before its one retry; beyond that it is dropped.
const MAX_REPLY_RETRY: Duration = Duration::from_secs(30);

/// Handles one update; every failure is logged, never raised, so no update kills the bot.
pub async fn on_update(bot: &Bot, door: &Door, update: Update) {
    match update.kind {
        UpdateKind::Message(msg) => {
            let kind = if msg.chat.is_private() {
                ChatKind::Private
            } else if msg.chat.is_group() || msg.chat.is_supergroup() {
                ChatKind::Group
            } else {
                return;
            };
            let input = if let Some(to) = msg.migrate_to_chat_id() {
                Input::Migrated { to: to.0 }
            } else if let Some(text) = msg.text() {
                Input::Text(text.to_owned())
            } else {
                return;
            };
            let from = msg.from.as_ref();
            let mut ctx = Context {
                chat_id: msg.chat.id.0,
                kind,
                language_code: from.and_then(|u| u.language_code.clone()),
                is_admin: false,
                user_id: from.and_then(|u| i64::try_from(u.id.0).ok()),
                now: Utc::now(),
            };
            if door.brain.needs_admin(&ctx, &input) {
                // An anonymous admin writes as the group itself.
                let anonymous_admin = msg.sender_chat.as_ref().is_some_and(|c| c.id == msg.chat.id);
                ctx.is_admin = anonymous_admin
                    || match from {
                        Some(user) => is_admin(bot, door, msg.chat.id, user.id).await,
                        None => false,
                    };
            }
            let replies = door.brain.handle(&ctx, input).await;
            deliver(bot, door, msg.chat.id, None, &replies).await;
        }
        UpdateKind::CallbackQuery(query) => on_callback(bot, door, query).await,
        UpdateKind::InlineQuery(query) => on_inline(bot, door, query).await,
        UpdateKind::MyChatMember(update) => on_membership(bot, door, update).await,
        _ => {}
    }
}

async fn on_callback(bot: &Bot, door: &Door, query: CallbackQuery) {
    let Some(message) = query.message.as_ref() else {
        // A press on a card posted through inline mode: nothing of ours to change.
        answer_callback(bot, door, &query, None).await;
        return;
    };
    let chat = message.chat();
    let kind = if chat.is_private() { ChatKind::Private } else { ChatKind::Group };
    let input = Input::Callback(query.data.clone().unwrap_or_default());
    let mut ctx = Context {
        chat_id: chat.id.0,
        kind,
        language_code: query.from.language_code.clone(),
        is_admin: false,
        user_id: i64::try_from(query.from.id.0).ok(),
        now: Utc::now(),
    };
    if door.brain.needs_admin(&ctx, &input) {
        ctx.is_admin = is_admin(bot, door, chat.id, query.from.id).await;
    }
    let replies = door.brain.handle(&ctx, input).await;
    let toast = replies.iter().find_map(|r| match r {
        Reply::Toast(t) => Some(t.clone()),
        _ => None,
    });
    answer_callback(bot, door, &query, toast).await;
    deliver(bot, door, chat.id, Some(message.id()), &replies).await;
}

async fn answer_callback(bot: &Bot, door: &Door, query: &CallbackQuery, text: Option<String>) {
    let mut request = bot.answer_callback_query(query.id.clone());
    if let Some(text) = text {
        request = request.text(text);
    }
    if let Err(e) = timed("answerCallbackQuery", door.send(request)).await {
        log::warn!("answerCallbackQuery: {}", courier::describe(&e));
    }
}

async fn on_inline(bot: &Bot, door: &Door, query: InlineQuery) {
    let ctx = Context {
        chat_id: i64::try_from(query.from.id.0).unwrap_or_default(),
        kind: ChatKind::Private,
        language_code: query.from.language_code.clone(),
        is_admin: false,
        user_id: i64::try_from(query.from.id.0).ok(),
        now: Utc::now(),
    };
    let replies = door.brain.handle(&ctx, Input::InlineQuery(query.query.clone())).await;
    for reply in replies {
        if let Reply::Cards(cards) = reply {
            let results: Vec<InlineQueryResult> = cards
                .into_iter()
                .map(|card| {
                    let content = InputMessageContentText::new(card.message.html)
                        .parse_mode(ParseMode::Html)
                        .link_preview_options(no_preview());
                    let mut article =
                        InlineQueryResultArticle::new(card.id, card.title, InputMessageContent::Text(content))
                            .description(card.description);
                    if !card.message.keyboard.is_empty() {
                        article = article.reply_markup(keyboard(&card.message.keyboard));
                    }
                    InlineQueryResult::Article(article)
                })
                .collect();
            let request = bot.answer_inline_query(query.id.clone(), results).cache_time(300).is_personal(true);
            if let Err(e) = timed("answerInlineQuery", door.send(request)).await {
                log::warn!("answerInlineQuery: {}", courier::describe(&e));
            }
        }
    }
}

async fn on_membership(bot: &Bot, door: &Door, update: ChatMemberUpdated) {
    let chat = &update.chat;
    let was_in = update.old_chat_member.is_present();
    let is_in = update.new_chat_member.is_present();
    let input = match (chat.is_private(), was_in, is_in) {
        (false, false, true) if chat.is_group() || chat.is_supergroup() => Input::BotAdded,
        (_, true, false) => Input::BotRemoved,
        _ => return,
    };
    let ctx = Context {
        chat_id: chat.id.0,
        kind: if chat.is_private() { ChatKind::Private } else { ChatKind::Group },
        language_code: update.from.language_code.clone(),
        is_admin: false,
        user_id: i64::try_from(update.from.id.0).ok(),
        now: Utc::now(),
    };
    let replies = door.brain.handle(&ctx, input).await;
    deliver(bot, door, chat.id, None, &replies).await;
}

/// Whether the user administers the group, asked of Telegram and remembered for a minute.
async fn is_admin(bot: &Bot, door: &Door, chat: ChatId, user: UserId) -> bool {
    let lookup = async {
        timed("getChatMember", bot.get_chat_member(chat, user))
            .await
            .map(|member| member.is_privileged())
            .map_err(|e| courier::describe(&e))
    };
    door.admins.check(chat.0, user.0, Instant::now(), lookup).await
}

/// Sends the replies meant for a chat (messages and keyboard edits), each within the shared
/// budget, ahead of reminders; a 429 is waited out and the reply sent once more.
async fn deliver(bot: &Bot, door: &Door, chat: ChatId, pressed: Option<teloxide::types::MessageId>, replies: &[Reply]) {
    for reply in replies {
        let result = match reply {
            Reply::Message(message) => {
                with_one_retry(|| async {
                    door.budget.for_reply().await;
                    timed("sendMessage", door.send_message(bot, chat, message)).await
                })
                .await
            }
            Reply::EditKeyboard(rows) => match pressed {
                Some(id) => {
                    with_one_retry(|| async {
                        door.budget.for_reply().await;
                        timed(
                            "editMessageReplyMarkup",
                            door.send(bot.edit_message_reply_markup(chat, id).reply_markup(keyboard(rows))),
                        )
                        .await
                        .map(|_| ())
                    })
                    .await
                }
                None => Ok(()),
            },
            Reply::Toast(_) | Reply::Cards(_) => Ok(()),
        };
        if let Err(e) = result {
            log::warn!("reply not sent: {}", courier::describe(&e));
        }
    }
}

/// A reply's `sendMessage`: Telegram HTML with its buttons, no link preview.
fn send_request(bot: &Bot, chat: ChatId, message: &Message) -> JsonRequest<SendMessage> {
    let mut request =
        bot.send_message(chat, message.html.clone()).parse_mode(ParseMode::Html).link_preview_options(no_preview());
    if !message.keyboard.is_empty() {
        request = request.reply_markup(keyboard(&message.keyboard));
    }
    request
}

fn no_preview() -> LinkPreviewOptions {
    LinkPreviewOptions {
        is_disabled: true,
        url: None,
        prefer_small_media: false,
        prefer_large_media: false,
        show_above_text: false,
    }
}

/// The Bot API keyboard for a brain keyboard: the one renderer, for replies and reminders.
pub fn keyboard(rows: &[Vec<Button>]) -> InlineKeyboardMarkup {
    InlineKeyboardMarkup::new(rows.iter().map(|row| {
        row.iter()
            .map(|button| match button {
                Button::Callback { label, data } => InlineKeyboardButton::callback(label.clone(), data.encode()),
                Button::Url { label, url } => InlineKeyboardButton::url(label.clone(), url.clone()),
                Button::Share { label, query } => {
                    InlineKeyboardButton::switch_inline_query(label.clone(), query.clone())
                }
            })
            .collect::<Vec<_>>()
    }))
}

/// Sleeps `retry_after` (if it is not absurdly long) and tries once more: for replies and
/// start-up calls that meet a 429.
pub(crate) async fn with_one_retry<T, F, Fut>(mut call: F) -> Result<T, RequestError>
where
    F: FnMut() -> Fut,
    Fut: std::future::IntoFuture<Output = Result<T, RequestError>>,
{
    match call().await {
        Err(RequestError::RetryAfter(wait)) if wait.duration() <= MAX_REPLY_RETRY => {
            tokio::time::sleep(wait.duration()).await;
            call().await
        }
        other => other,
    }
}
