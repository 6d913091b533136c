//! The Telegram door: maps teloxide updates to brain inputs and brain replies to Bot API
//! calls; registers the localized command menus; wires the reminder tasks to the bot.

mod admins;
mod courier;
mod dispatch;
mod menu;
pub mod webhook;

use std::{
    sync::Arc,
    time::{Duration, Instant},
};

use chrono::Utc;
use teloxide::{
    payloads::{
        AnswerCallbackQuerySetters, AnswerInlineQuerySetters, EditMessageReplyMarkupSetters, SendMessageSetters,
    },
    prelude::Requester,
    types::{
        CallbackQuery, ChatId, ChatMemberUpdated, InlineKeyboardButton, InlineKeyboardMarkup, InlineQuery,
        InlineQueryResult, InlineQueryResultArticle, InputMessageContent, InputMessageContentText, LinkPreviewOptions,
        Me, ParseMode, Update, UpdateKind, UserId,
    },
    update_listeners::Polling,
    Bot, RequestError,
};
use tokio::sync::{watch, Notify};

pub use self::{
    courier::{classify, TelegramCourier},
    dispatch::{lane_key, DispatchError, Intake, Lanes, QUEUE_PER_CHAT},
    webhook::Webhook,
};
use crate::{
    brain::{Brain, Button, ChatKind, Context, Input, Message, Reply},
    budget::Budget,
    health::Health,
    reminders::{self, broadcast},
    telemetry,
};

/// The door's state shared by every update handler.
pub struct Door {
    pub brain: Brain,
    admins: admins::Admins,
    /// The sending budget shared with the reminders.
    budget: Arc<Budget>,
}

impl Door {
    pub fn new(brain: Brain, budget: Arc<Budget>) -> Door {
        Door { brain, admins: admins::Admins::default(), budget }
    }
}

/// How the bot is run.
#[derive(Debug, Clone)]
pub struct RunOptions {
    pub broadcast: broadcast::Options,
    pub paid: bool,
    /// Long-polling timeout for getUpdates.
    pub poll_timeout: Duration,
    /// The bot id that may take over a database recorded for another bot (an intended move).
    pub allow_bot_change: Option<i64>,
    /// Where the HTTP server listens (`/healthz`, `/readyz`, `/metrics`, the webhook).
    pub listen: Option<std::net::SocketAddr>,
    /// Webhook mode, instead of long polling.
    pub webhook: Option<Webhook>,
    /// How long a stop may take to answer what was accepted and record what was sent.
    pub drain: Duration,
}

/// The longest any one Bot API call (other than the long poll) may take.
pub const REQUEST_TIMEOUT: Duration = Duration::from_secs(5);
/// The longest a reply waits out a 429 before its one retry; beyond that it is dropped.
const MAX_REPLY_RETRY: Duration = Duration::from_secs(30);

/// Telegram's limit over all chats: about 30 messages a second, or 1,000 for paid broadcasts.
pub fn global_limit(paid: bool) -> f64 {
    if paid {
        crate::config::MAX_PAID_RATE
    } else {
        crate::config::MAX_FREE_RATE
    }
}

/// A bot whose HTTP client gives up on every request: after 5 s to connect, and after the
/// long poll plus 10 s for the rest (calls other than getUpdates have shorter limits of
/// their own, see [`REQUEST_TIMEOUT`]).
pub fn bot(token: String, api_url: Option<url::Url>, poll_timeout: Duration) -> anyhow::Result<Bot> {
    let client = teloxide::net::default_reqwest_settings()
        .connect_timeout(Duration::from_secs(5))
        .timeout(poll_timeout.saturating_add(Duration::from_secs(10)))
        .build()
        .map_err(|_| anyhow::anyhow!("cannot build the HTTP client"))?;
    let bot = Bot::with_client(token, client);
    Ok(match api_url {
        Some(url) => bot.set_api_url(url),
        None => bot,
    })
}

/// A Bot API call with [`REQUEST_TIMEOUT`] (a timeout is reported as an I/O error),
/// counted in the metrics by method and outcome.
pub(crate) async fn timed<T>(
    method: &'static str,
    call: impl std::future::IntoFuture<Output = Result<T, RequestError>>,
) -> Result<T, RequestError> {
    let result = match tokio::time::timeout(REQUEST_TIMEOUT, call.into_future()).await {
        Ok(result) => result,
        Err(_) => Err(RequestError::Io(Arc::new(std::io::Error::from(std::io::ErrorKind::TimedOut)))),
    };
    if let Err(RequestError::RetryAfter(wait)) = &result {
        telemetry::flood_wait(wait.duration());
    }
    telemetry::telegram(method, courier::outcome(result.as_ref().err()));
    result
}

/// Runs the bot, by long polling or webhook, until Ctrl-C or SIGTERM, then drains. Returns
/// an error if another instance uses the token, if the database belongs to another bot, or
/// if a reminder task ends: the program then exits non-zero and a supervisor restarts it.
pub async fn run(bot: Bot, brain_without_name: Brain, options: RunOptions) -> anyhow::Result<()> {
    let health = Arc::new(Health::default());
    let me: Me =
        timed("getMe", bot.get_me()).await.map_err(|e| anyhow::anyhow!("getMe failed: {}", courier::describe(&e)))?;
    check_bot_id(&brain_without_name.store, me.id.0, options.allow_bot_change).await?;
    brain_without_name.store.subscriber_count().await?;
    let username = me.username.clone().unwrap_or_default();
    log::info!("connected as @{username}");
    let mut brain = brain_without_name;
    brain.bot_username = username.as_str().into();

    tokio::spawn(menu::register(bot.clone(), brain.clone()));
    // The menus offer /remind only while a reminder lies ahead: register them again once
    // the last one has passed, so the same binary is right on both sides of the date.
    if let Some(last) =
        reminders::schedule::waves(&brain.campaign).into_iter().map(|w| w.due).filter(|d| *d > Utc::now()).max()
    {
        let (bot, brain) = (bot.clone(), brain.clone());
        tokio::spawn(async move {
            let wait = (last - Utc::now()).to_std().unwrap_or_default().saturating_add(Duration::from_secs(1));
            tokio::time::sleep(wait).await;
            menu::register(bot, brain).await;
        });
    }

    let budget = Arc::new(Budget::new(global_limit(options.paid)));
    let (stop_tx, stop_rx) = watch::channel(false);
    let wake = Arc::new(Notify::new());
    let scheduler = tokio::spawn(reminders::run_scheduler(
        brain.campaign.clone(),
        brain.store.clone(),
        wake.clone(),
        health.clone(),
        stop_rx.clone(),
    ));
    let courier = Arc::new(TelegramCourier::new(bot.clone(), options.paid));
    let broadcaster = tokio::spawn(broadcast::run(
        brain.clone(),
        courier,
        budget.clone(),
        options.broadcast.clone(),
        wake,
        health.clone(),
        stop_rx,
    ));

    let door = Arc::new(Door::new(brain.clone(), budget));
    let intake = Arc::new(Intake::new(bot.clone(), door));
    let (server_stop, server_stopped) = tokio::sync::oneshot::channel::<()>();
    let server = match options.listen {
        Some(addr) => {
            let webhook_route = options.webhook.as_ref().map(|w| webhook::route(w, intake.clone(), health.clone()));
            let app = crate::http::router(health.clone(), webhook_route);
            let listener = crate::http::bind(addr).await?;
            log::info!("HTTP server on {addr}");
            Some(tokio::spawn(crate::http::serve(listener, app, async {
                let _ = server_stopped.await;
            })))
        }
        None => None,
    };
    let draining = health.clone();
    let stop = async move {
        wait_for_signal().await;
        log::info!("stopping: draining");
        draining.start_draining();
    };
    let door_task = async {
        match &options.webhook {
            Some(w) => {
                if webhook::ensure(&bot, w, false).await? {
                    log::info!("webhook set");
                }
                health.set_ready();
                stop.await;
                intake.drain(options.drain).await;
                Ok(())
            }
            None => {
                let listener = Polling::builder(bot.clone())
                    .timeout(options.poll_timeout)
                    .allowed_updates(webhook::ALLOWED.to_vec())
                    .delete_webhook()
                    .await
                    .build();
                health.set_ready();
                dispatch::poll(listener, intake.clone(), stop, options.drain).await.map_err(anyhow::Error::from)
            }
        }
    };
    let result = supervise(door_task, scheduler, broadcaster, stop_tx, options.drain).await;
    brain.store.close().await;
    let _ = server_stop.send(());
    if let Some(server) = server {
        let _ = server.await;
    }
    if result.is_ok() {
        log::info!("stopped");
    }
    result
}

/// Runs the door until it ends, then stops the reminder tasks. If a reminder task ends
/// first (it never should: both run until told to stop), that is an error.
pub async fn supervise<E: Into<anyhow::Error>>(
    door: impl std::future::Future<Output = Result<(), E>>,
    mut scheduler: tokio::task::JoinHandle<()>,
    mut broadcaster: tokio::task::JoinHandle<()>,
    stop: watch::Sender<bool>,
    within: Duration,
) -> anyhow::Result<()> {
    let ended = |name: &str, joined: Result<(), tokio::task::JoinError>| {
        let how = match joined {
            Err(e) if e.is_panic() => "panicked",
            _ => "ended",
        };
        log::error!("the reminder {name} {how}; stopping so that a supervisor restarts the bot");
        anyhow::anyhow!("the reminder {name} {how} unexpectedly; no reminder would be sent, so the bot stops")
    };
    let result = tokio::select! {
        done = door => done.map_err(Into::into),
        joined = &mut scheduler => Err(ended("scheduler", joined)),
        joined = &mut broadcaster => Err(ended("broadcaster", joined)),
    };
    // The tasks stop when told; the broadcaster first records what it sent.
    let _ = stop.send(true);
    for task in [scheduler, broadcaster] {
        if !task.is_finished() && tokio::time::timeout(within, task).await.is_err() {
            log::warn!("a reminder task did not stop within {} s", within.as_secs());
        }
    }
    result
}

/// Refuses a database that holds another bot's subscribers (a wrong token would make every
/// send fail and wipe them); records the bot's id the first time.
async fn check_bot_id(store: &crate::store::Store, id: u64, allow: Option<i64>) -> anyhow::Result<()> {
    let id = i64::try_from(id).map_err(|_| anyhow::anyhow!("getMe: the bot id {id} is out of range"))?;
    let stored = store.bot_id().await?;
    match stored {
        Some(old) if old != id && allow != Some(id) => Err(anyhow::anyhow!(
            "the database belongs to bot {old}, but TELOXIDE_TOKEN is for bot {id}; check the token, \
             or set ALLOW_BOT_CHANGE={id} to move these subscribers to bot {id}"
        )),
        Some(old) if old == id => Ok(()),
        _ => {
            if let Some(old) = stored {
                log::warn!("the database moves from bot {old} to bot {id}, as ALLOW_BOT_CHANGE says");
            }
            store.set_bot_id(id).await?;
            Ok(())
        }
    }
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
    answer_callback(bot, &query, toast).await;
    deliver(bot, door, chat.id, Some(message.id()), &replies).await;
}

async fn answer_callback(bot: &Bot, query: &CallbackQuery, text: Option<String>) {
    let mut request = bot.answer_callback_query(query.id.clone());
    if let Some(text) = text {
        request = request.text(text);
    }
    if let Err(e) = timed("answerCallbackQuery", request).await {
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
            if let Err(e) = timed("answerInlineQuery", request).await {
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
                    timed("sendMessage", send(bot, chat, message, false)).await.map(|_| ())
                })
                .await
            }
            Reply::EditKeyboard(rows) => match pressed {
                Some(id) => {
                    with_one_retry(|| async {
                        door.budget.for_reply().await;
                        timed(
                            "editMessageReplyMarkup",
                            bot.edit_message_reply_markup(chat, id).reply_markup(keyboard(rows)),
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
