//! Starting, supervising and stopping the bot: the HTTP client with its limits, the checks
//! at start, the reminder tasks, the daily link check, the door (long polling or webhook), and the drain.

use std::{sync::Arc, time::Duration};

use chrono::Utc;
use teloxide::{prelude::Requester, types::Me, Bot, RequestError};
use tokio::sync::{watch, Notify};

use super::{courier, dispatch, menu, polling, webhook, Door, Intake, TelegramCourier, Webhook};
use crate::{
    brain::Brain,
    budget::Budget,
    health::Health,
    reminders::{self, broadcast},
    telemetry,
};

/// How the bot is run.
#[derive(Debug, Clone)]
pub struct RunOptions {
    pub broadcast: broadcast::Options,
    pub paid: bool,
    /// Long-polling timeout for getUpdates.
    pub poll_timeout: Duration,
    /// The bot id that may take over a database recorded for another bot (an intended move).
    pub allow_bot_change: Option<i64>,
    /// Where the public listener listens (the webhook path, `/healthz`, `/readyz`).
    pub listen: Option<std::net::SocketAddr>,
    /// Where the operations listener listens (`/metrics`, `/healthz`, `/readyz`).
    pub ops_listen: Option<std::net::SocketAddr>,
    /// The cap of open connections on the public listener.
    pub max_connections: usize,
    /// Webhook mode, instead of long polling.
    pub webhook: Option<Webhook>,
    /// How long a stop may take to answer what was accepted and record what was sent.
    pub drain: Duration,
    /// PostgreSQL: how long the lease to send reminders lasts without renewal.
    pub lease_ttl: Duration,
    /// The daily link check: its client and how often each link is asked (a day).
    pub links: Option<(crate::links::Checker, Duration)>,
}

/// The cap of open connections on the operations listener.
const OPS_MAX_CONNECTIONS: usize = 32;

/// How long connections get to close after the server is told to stop, even when the drain
/// has used up `DRAIN_TIMEOUT` (enough to send the answers being written).
const CLOSE_GRACE: Duration = Duration::from_millis(250);

/// The longest any one Bot API call (other than the long poll) may take.
pub const REQUEST_TIMEOUT: Duration = Duration::from_secs(5);

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
    match crate::http::raise_open_files_limit() {
        Ok(Some((before, after))) => log::info!("the limit of open files was raised from {before} to {after}"),
        Ok(None) => {}
        Err(e) => log::warn!("the limit of open files could not be raised: {e}"),
    }
    let me: Me =
        timed("getMe", bot.get_me()).await.map_err(|e| anyhow::anyhow!("getMe failed: {}", courier::describe(&e)))?;
    check_bot_id(&brain_without_name.store, me.id.0, options.allow_bot_change).await?;
    let ids: Vec<&str> = brain_without_name.campaigns.iter().map(|c| c.id.as_str()).collect();
    let adopted = brain_without_name.store.adopt_legacy(&ids).await?;
    if adopted > 0 {
        log::info!("{adopted} subscriptions from before campaigns were kept apart now count for: {}", ids.join(", "));
    }
    brain_without_name.store.subscriber_count().await?;
    let username = me.username.clone().unwrap_or_default();
    log::info!("connected as @{username}");
    if !me.supports_inline_queries {
        log::warn!(
            "inline mode is off for @{username}: typing @{username} in a chat and every 📣 Share button do nothing; \
             switch it on in @BotFather with /setinline"
        );
    }
    let mut brain = brain_without_name;
    brain.bot_username = username.as_str().into();

    tokio::spawn(menu::register(bot.clone(), brain.clone()));
    // The menus offer /remind only while a reminder lies ahead: register them again once
    // the last one has passed, so the same binary is right on both sides of the date.
    let dues = brain.campaigns.iter().flat_map(|c| c.waves()).map(|w| w.due);
    if let Some(last) = dues.filter(|d| *d > Utc::now()).max() {
        let (bot, brain) = (bot.clone(), brain.clone());
        tokio::spawn(async move {
            let wait = (last - Utc::now()).to_std().unwrap_or_default().saturating_add(Duration::from_secs(1));
            tokio::time::sleep(wait).await;
            menu::register(bot, brain).await;
        });
    }

    let budget = Arc::new(Budget::for_bot(options.paid));
    let (stop_tx, stop_rx) = watch::channel(false);
    let wake = Arc::new(Notify::new());
    // One instance at a time sends reminders: the holder of the lease (always this one on
    // SQLite). The holder's name is random, so a restarted process is a new holder.
    let holder = format!("{}-{:08x}", std::process::id(), fastrand::u32(..));
    let lease = brain.store.lease(&holder, options.lease_ttl);
    let mut broadcast_options = options.broadcast.clone();
    broadcast_options.lease = lease.clone();
    tokio::spawn(reminders::keep_lease(lease.clone(), stop_rx.clone()));
    // Readiness follows the database: /readyz is 503 while it does not answer (pinged
    // unless it answered the broadcaster lately).
    let (store, answers) = (brain.store.clone(), brain.store.clone());
    let ping = move || {
        let store = store.clone();
        async move { store.ping().await.is_ok() }
    };
    let answered_ago = move || answers.answered_ago();
    tokio::spawn(crate::health::watch_database(health.clone(), ping, answered_ago, stop_rx.clone()));
    if let Some((checker, period)) = options.links.clone() {
        let (campaigns, store) = (brain.campaigns.clone(), brain.store.clone());
        tokio::spawn(crate::links::daily::run(campaigns, store, checker, lease.clone(), period, stop_rx.clone()));
    }
    let scheduler = tokio::spawn(reminders::run_scheduler(
        brain.campaigns.clone(),
        brain.store.clone(),
        lease.clone(),
        wake.clone(),
        health.clone(),
        stop_rx.clone(),
    ));
    let lean = courier::lean_client(&bot);
    let courier = Arc::new(TelegramCourier::new(bot.clone(), lean.clone(), options.paid));
    let broadcaster = tokio::spawn(broadcast::run(
        brain.clone(),
        courier,
        budget.clone(),
        broadcast_options,
        wake,
        health.clone(),
        stop_rx,
    ));

    let budget_reply_rate = budget.reply_rate();
    let door = Arc::new(Door::new(brain.clone(), budget, lean));
    let intake = Arc::new(Intake::new(bot.clone(), door, dispatch::backlog_cap(options.drain, budget_reply_rate)));
    // Both listeners are bound before either serves, so a busy port stops the start cleanly.
    let (server_stop, server_stopped) = watch::channel(None::<tokio::time::Instant>);
    let mut listeners = Vec::new();
    if let Some(addr) = options.listen {
        let webhook_route = options.webhook.as_ref().map(|w| webhook::route(w, intake.clone(), health.clone()));
        let app = crate::http::public(health.clone(), webhook_route);
        let limits = crate::http::Limits { name: "public", max_connections: options.max_connections };
        listeners.push((crate::http::bind(addr, "LISTEN_ADDR").await?, app, limits, addr));
    }
    if let Some(addr) = options.ops_listen {
        let limits = crate::http::Limits { name: "ops", max_connections: OPS_MAX_CONNECTIONS };
        listeners.push((
            crate::http::bind(addr, "OPS_LISTEN_ADDR").await?,
            crate::http::ops(health.clone()),
            limits,
            addr,
        ));
    }
    // Each connection is an open file, beside the database's and Telegram's.
    let wanted = listeners.iter().map(|(_, _, limits, _)| limits.max_connections as u64).sum::<u64>() + 128;
    if let Some(limit) = crate::http::open_files_limit().filter(|limit| !listeners.is_empty() && *limit < wanted) {
        log::warn!(
            "the limit of open files ({limit}) is below what the HTTP connection caps may need ({wanted}): \
             raise it (LimitNOFILE=, ulimit -n) or lower HTTP_MAX_CONNECTIONS"
        );
    }
    let servers: Vec<_> = listeners
        .into_iter()
        .map(|(listener, app, limits, addr)| {
            log::info!("HTTP {} listener on {addr}", limits.name);
            tokio::spawn(crate::http::serve(listener, app, limits, stop_deadline(server_stopped.clone())))
        })
        .collect();
    let signalled = Arc::new(std::sync::OnceLock::new());
    let draining = health.clone();
    let stop = {
        let signalled = signalled.clone();
        async move {
            wait_for_signal().await;
            let _ = signalled.set(tokio::time::Instant::now());
            log::info!("stopping: draining");
            draining.start_draining();
        }
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
                polling::delete_webhook_if_set(&bot).await;
                health.set_ready();
                polling::poll(bot.clone(), intake.clone(), stop, options.drain, options.poll_timeout)
                    .await
                    .map_err(anyhow::Error::from)
            }
        }
    };
    let result = supervise(door_task, scheduler, broadcaster, stop_tx, options.drain).await;
    // The broadcaster has recorded what it sent and handed back what it had not: another
    // instance may take over at once.
    if let Err(e) = lease.release().await {
        log::warn!(
            "the lease to send reminders could not be given up: {e}; another instance takes over when it expires"
        );
    }
    brain.store.close().await;
    // Every connection still open DRAIN_TIMEOUT after the signal is closed, whatever its state.
    let now = tokio::time::Instant::now();
    let deadline = signalled.get().map_or(now, |at: &tokio::time::Instant| *at + options.drain).max(now + CLOSE_GRACE);
    let _ = server_stop.send(Some(deadline));
    for server in servers {
        let _ = server.await;
    }
    if result.is_ok() {
        log::info!("stopped");
    }
    result
}

/// Completes with the deadline the HTTP listeners must close every connection by, once sent.
async fn stop_deadline(mut told: watch::Receiver<Option<tokio::time::Instant>>) -> tokio::time::Instant {
    match told.wait_for(Option::is_some).await {
        Ok(deadline) => deadline.unwrap_or_else(tokio::time::Instant::now),
        Err(_) => tokio::time::Instant::now(),
    }
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
