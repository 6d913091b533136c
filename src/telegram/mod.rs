//! The Telegram door: maps teloxide updates to brain inputs and brain replies to Bot API
//! calls; registers the localized command menus; wires the reminder tasks to the bot.

mod admins;
mod courier;
mod menu;

use std::{
    sync::Arc,
    time::{Duration, Instant},
};

use chrono::Utc;
use teloxide::{
    dispatching::{Dispatcher, UpdateHandler},
    dptree,
    payloads::{
        AnswerCallbackQuerySetters, AnswerInlineQuerySetters, EditMessageReplyMarkupSetters, SendMessageSetters,
    },
    prelude::Requester,
    types::{
        AllowedUpdate, CallbackQuery, ChatId, ChatMemberUpdated, InlineKeyboardButton, InlineKeyboardMarkup,
        InlineQuery, InlineQueryResult, InlineQueryResultArticle, InputMessageContent, InputMessageContentText,
        LinkPreviewOptions, Me, ParseMode, Update, UpdateKind, UserId,
    },
    update_listeners::Polling,
    Bot, RequestError,
};
use tokio::sync::{watch, Notify};

pub use self::courier::{classify, TelegramCourier};
use crate::{
    brain::{Brain, Button, ChatKind, Context, Input, Message, Reply},
    reminders::{self, broadcast},
};

/// The door's state shared by every update handler.
pub struct Door {
    pub brain: Brain,
    admins: admins::Admins,
}

impl Door {
    pub fn new(brain: Brain) -> Door {
        Door { brain, admins: admins::Admins::default() }
    }
}

/// How the bot is run: rate and paid-broadcast settings for reminders.
#[derive(Debug, Clone)]
pub struct RunOptions {
    pub broadcast: broadcast::Options,
    pub paid: bool,
    /// Long-polling timeout for getUpdates.
    pub poll_timeout: Duration,
}

/// Runs the bot with long polling until Ctrl-C or SIGTERM.
pub async fn run(bot: Bot, brain_without_name: Brain, options: RunOptions) -> anyhow::Result<()> {
    let me: Me = bot.get_me().await.map_err(|e| anyhow::anyhow!("getMe failed: {e}"))?;
    let username = me.username.clone().unwrap_or_default();
    log::info!("connected as @{username}");
    let mut brain = brain_without_name;
    brain.bot_username = username.as_str().into();

    tokio::spawn(menu::register(bot.clone(), brain.clone()));

    let (stop_tx, stop_rx) = watch::channel(false);
    let wake = Arc::new(Notify::new());
    let scheduler = tokio::spawn(reminders::run_scheduler(
        brain.campaign.clone(),
        brain.store.clone(),
        wake.clone(),
        stop_rx.clone(),
    ));
    let courier = Arc::new(TelegramCourier::new(bot.clone(), options.paid));
    let broadcaster = tokio::spawn(broadcast::run(brain.clone(), courier, options.broadcast.clone(), wake, stop_rx));

    let door = Arc::new(Door::new(brain.clone()));
    let listener = Polling::builder(bot.clone())
        .timeout(options.poll_timeout)
        .allowed_updates(vec![
            AllowedUpdate::Message,
            AllowedUpdate::CallbackQuery,
            AllowedUpdate::InlineQuery,
            AllowedUpdate::MyChatMember,
        ])
        .delete_webhook()
        .await
        .build();
    let mut dispatcher =
        Dispatcher::builder(bot, handler()).dependencies(dptree::deps![door]).default_handler(|_| async {}).build();
    let token = dispatcher.shutdown_token();
    tokio::spawn(async move {
        wait_for_signal().await;
        log::info!("stopping");
        if let Ok(done) = token.shutdown() {
            done.await;
        }
    });
    dispatcher
        .dispatch_with_listener(
            listener,
            Arc::new(|e: RequestError| async move { log::warn!("getUpdates: {}", courier::describe(&e)) }),
        )
        .await;
    let _ = stop_tx.send(true);
    let _ = scheduler.await;
    let _ = broadcaster.await;
    brain.store.close().await;
    log::info!("stopped");
    Ok(())
}

async fn wait_for_signal() {
    #[cfg(unix)]
    {
        use tokio::signal::unix::{signal, SignalKind};
        match signal(SignalKind::terminate()) {
            Ok(mut term) => {
                tokio::select! {
                    _ = tokio::signal::ctrl_c() => {}
                    _ = term.recv() => {}
                }
            }
            Err(_) => {
                let _ = tokio::signal::ctrl_c().await;
            }
        }
    }
    #[cfg(not(unix))]
    {
        let _ = tokio::signal::ctrl_c().await;
    }
}

fn handler() -> UpdateHandler<anyhow::Error> {
    dptree::endpoint(|bot: Bot, door: Arc<Door>, update: Update| async move {
        on_update(&bot, &door, update).await;
        Ok(())
    })
}

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
            deliver(bot, msg.chat.id, None, &replies).await;
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
        answer_callback(bot, &query, None).await;
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
    answer_callback(bot, &query, toast).await;
    deliver(bot, chat.id, Some(message.id()), &replies).await;
}

async fn answer_callback(bot: &Bot, query: &CallbackQuery, text: Option<String>) {
    let mut request = bot.answer_callback_query(query.id.clone());
    if let Some(text) = text {
        request = request.text(text);
    }
    if let Err(e) = request.await {
        log::warn!("answerCallbackQuery: {}", courier::describe(&e));
    }
}

async fn on_inline(bot: &Bot, door: &Door, query: InlineQuery) {
    let ctx = Context {
        chat_id: i64::try_from(query.from.id.0).unwrap_or_default(),
        kind: ChatKind::Private,
        language_code: query.from.language_code.clone(),
        is_admin: false,
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
            if let Err(e) = request.await {
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
        now: Utc::now(),
    };
    let replies = door.brain.handle(&ctx, input).await;
    deliver(bot, chat.id, None, &replies).await;
}

/// Whether the user administers the group, asked of Telegram and remembered for a minute.
async fn is_admin(bot: &Bot, door: &Door, chat: ChatId, user: UserId) -> bool {
    let lookup = async {
        bot.get_chat_member(chat, user).await.map(|member| member.is_privileged()).map_err(|e| courier::describe(&e))
    };
    door.admins.check(chat.0, user.0, Instant::now(), lookup).await
}

/// Sends the replies meant for a chat (messages and keyboard edits).
async fn deliver(bot: &Bot, chat: ChatId, pressed: Option<teloxide::types::MessageId>, replies: &[Reply]) {
    for reply in replies {
        let result = match reply {
            Reply::Message(message) => send(bot, chat, message, false).await.map(|_| ()),
            Reply::EditKeyboard(rows) => match pressed {
                Some(id) => bot.edit_message_reply_markup(chat, id).reply_markup(keyboard(rows)).await.map(|_| ()),
                None => Ok(()),
            },
            Reply::Toast(_) | Reply::Cards(_) => Ok(()),
        };
        if let Err(e) = result {
            log::warn!("reply not sent: {}", courier::describe(&e));
        }
    }
}

/// Sends one message as Telegram HTML with its buttons.
pub async fn send(
    bot: &Bot,
    chat: ChatId,
    message: &Message,
    paid: bool,
) -> Result<teloxide::types::Message, RequestError> {
    let mut request =
        bot.send_message(chat, message.html.clone()).parse_mode(ParseMode::Html).link_preview_options(no_preview());
    if !message.keyboard.is_empty() {
        request = request.reply_markup(keyboard(&message.keyboard));
    }
    if paid {
        request = request.allow_paid_broadcast(true);
    }
    request.await
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

/// The Bot API keyboard for a brain keyboard. A URL that does not parse is left out.
pub fn keyboard(rows: &[Vec<Button>]) -> InlineKeyboardMarkup {
    InlineKeyboardMarkup::new(rows.iter().map(|row| {
        row.iter()
            .filter_map(|button| match button {
                Button::Callback { label, data } => Some(InlineKeyboardButton::callback(label.clone(), data.encode())),
                Button::Url { label, url } => url.parse().ok().map(|u| InlineKeyboardButton::url(label.clone(), u)),
                Button::Share { label, query } => {
                    Some(InlineKeyboardButton::switch_inline_query(label.clone(), query.clone()))
                }
            })
            .collect::<Vec<_>>()
    }))
}

/// Sleeps `retry_after` and tries once more; used for start-up calls that may meet a 429.
pub(crate) async fn with_one_retry<T, F, Fut>(mut call: F) -> Result<T, RequestError>
where
    F: FnMut() -> Fut,
    Fut: std::future::IntoFuture<Output = Result<T, RequestError>>,
{
    match call().await {
        Err(RequestError::RetryAfter(wait)) => {
            tokio::time::sleep(wait.duration()).await;
            call().await
        }
        other => other,
    }
}
