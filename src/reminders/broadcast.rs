//! The broadcaster: delivers queued reminders at its own rate and within the shared budget,
//! honours 429s, forgets chats that blocked the bot (pausing a wave where too many seem
//! gone), follows migrated groups, retries network errors with backoff, and records every
//! outcome under its claim so that a crash loses no one.

mod outcomes;
mod waiting;

use std::{
    collections::{BTreeSet, HashMap},
    future::Future,
    sync::Arc,
    time::{Duration, Instant},
};

use chrono::Utc;
use futures_util::{stream::FuturesUnordered, StreamExt as _};
use tokio::sync::{watch, Notify};

use crate::{
    brain::{Brain, Message},
    budget::Budget,
    health::{Health, Task},
    i18n::TimeLeft,
    lang::Lang,
    store::{Claim, Delivery, DeliveryKind, Lease, Outcome, PauseRule},
    telemetry,
};

use super::pacing::{Pacer, RecentChats};
use outcomes::{deliver, record_now, Recorder};
use waiting::while_sending;
#[cfg(test)]
use waiting::while_sending_beating_every;

/// How often an idle broadcaster looks for a paused wave resumed by `objection-bot resume`.
const RESUME_POLL_MS: i64 = 2_000;

/// A claim holds this many seconds' worth of deliveries (256 at most): short-lived, since a
/// crash can send its reminders twice, yet long enough to share its fixed cost (a transaction
/// and its sync, about 0.8 ms of CPU on SQLite) among 200 reminders at 100/s (issue 20).
pub const CLAIM_SECONDS: f64 = 2.0;

/// How a single send ended, as the transport reports it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SendResult {
    Sent,
    /// 429: wait this long, then send the same message again.
    RetryAfter(Duration),
    /// A final answer: the chat blocked the bot, was deactivated, or removed the bot.
    Gone,
    /// "Chat not found" and its kin: final only for a chat the bot reached before.
    NotFound,
    /// The group became a supergroup with this id.
    MigrateTo(i64),
    /// A network error, a timeout or a 5xx: worth trying again later.
    Transient(String),
    /// Telegram refused this message for good (a 400 of another kind).
    Permanent(String),
}

/// Whatever sends a message to a chat: the Telegram door in production, fakes in tests.
pub trait Courier: Send + Sync + 'static {
    fn send(&self, chat_id: i64, message: Arc<Message>) -> impl Future<Output = SendResult> + Send;

    /// The pacer sleeps until its next group: answers to sends may wait unread until
    /// [`Courier::release_answers`], so that reading them costs no wake of its own.
    fn hold_answers(&self) {}

    /// The pacer's next group is due: answers held are read now, and later ones as they come.
    fn release_answers(&self) {}
}

/// The broadcaster's settings.
#[derive(Debug, Clone)]
pub struct Options {
    /// Messages per second, over all chats.
    pub rate: f64,
    /// Failed tries (not 429s) before a reminder is recorded as failed.
    pub max_attempts: i64,
    /// Sends in flight at once.
    pub concurrency: usize,
    /// Deliveries taken from the store at a time: [`CLAIM_SECONDS`]' worth, 8 to 256.
    pub batch: i64,
    /// How long a claim is held before another sender may take its deliveries back.
    pub claim_lease: Duration,
    /// When a wave pauses instead of forgetting chats.
    pub pause: PauseRule,
    /// The right to send: only while it is held, under its fencing counter. The exclusive
    /// lease (SQLite, one process under the instance lock) is always held, and every claim
    /// found at start belongs to a process that is gone, so it is released at once.
    pub lease: Lease,
}

impl Options {
    pub fn with_rate(rate: f64) -> Options {
        let batch = if rate.is_finite() { (rate * CLAIM_SECONDS).clamp(8.0, 256.0) as i64 } else { 8 };
        Options {
            rate,
            max_attempts: 5,
            concurrency: 64,
            batch,
            claim_lease: Duration::from_secs(60),
            pause: PauseRule::default(),
            lease: Lease::exclusive(),
        }
    }
}

fn now_ms() -> i64 {
    Utc::now().timestamp_millis()
}

/// Unix ms `wait` from now, saturating.
fn ms_after(wait: Duration) -> i64 {
    now_ms().saturating_add(i64::try_from(wait.as_millis()).unwrap_or(i64::MAX))
}

/// A random claim token: no two senders, nor two batches, share one.
fn claim_token() -> String {
    format!("{:016x}{:016x}", fastrand::u64(..), fastrand::u64(..))
}

/// Delivers reminders until `shutdown` turns true. Returns only then.
pub async fn run<C: Courier>(
    brain: Brain,
    courier: Arc<C>,
    budget: Arc<Budget>,
    options: Options,
    wake: Arc<Notify>,
    health: Arc<Health>,
    mut shutdown: watch::Receiver<bool>,
) {
    let mut pacer = Pacer::new(options.rate);
    let concurrency = options.concurrency.max(1);
    // The sends under way, driven by this task itself (not a task each: see ARCHITECTURE.md).
    let mut in_flight = FuturesUnordered::new();
    let mut done: Vec<(Delivery, Outcome)> = Vec::new();
    let mut recent = RecentChats::default();
    let mut last_flush = Instant::now();
    let mut recorder = Recorder::new(brain.clone(), options.pause);
    let mut reminders = ReminderCache::new();
    // Waves worked on since the broadcaster was last idle, for a summary in the log.
    let mut active: BTreeSet<(String, String)> = BTreeSet::new();
    let lease_ms = i64::try_from(options.claim_lease.as_millis()).unwrap_or(i64::MAX);
    let mut idle = true;
    // The fence this broadcaster last sent under; `None` while another instance sends.
    let mut sending: Option<i64> = None;
    // The next batch, claimed as the last one's outcomes were written, and its fence.
    let mut prefetched: Option<(i64, Vec<Delivery>)> = None;
    // Whether the log has said that replies hold the waves back (once until idle).
    let mut held_back = false;

    loop {
        health.beat(Task::Broadcaster);
        if let Some((fence, next)) = prefetched.take() {
            if *shutdown.borrow() || options.lease.held() != Some(fence) {
                // Not to be sent by this instance now: handed back at once.
                hand_back(next, &mut done);
            } else {
                prefetched = Some((fence, next));
            }
        }
        if *shutdown.borrow() {
            break;
        }
        let Some(fence) = options.lease.held() else {
            // Another instance sends: record what is in flight (under the old fence, which
            // changes nothing if the lease has moved on), then wait for the lease.
            done.extend(in_flight.by_ref().collect::<Vec<_>>().await);
            recorder.record_all(&mut done).await;
            if sending.take().is_some() {
                log::warn!("the lease to send reminders is lost; another instance takes over");
            }
            tokio::select! {
                _ = tokio::time::sleep(Duration::from_millis(500)) => {}
                _ = shutdown.changed() => {}
            }
            continue;
        };
        if sending != Some(fence) {
            took_over(&brain, &options.lease, fence).await;
            sending = Some(fence);
            idle = true;
        }
        // The campaigns whose deliveries may go out: every one loaded (the brain says, at
        // send time, whether a reminder still makes sense; past the deadline it does not).
        let live = loaded_campaigns(&brain);
        if idle {
            housekeeping(&brain, fence).await;
            idle = false;
        }
        let batch = match prefetched.take() {
            Some((_, next)) => Ok(next),
            None if live.is_empty() => Ok(Vec::new()),
            None => claim(&brain.store, &live, fence, options.batch, lease_ms).await,
        };
        let batch = match batch {
            Ok(batch) => batch,
            Err(e) => {
                log::error!("reminders: {e}; trying again in 5 s");
                tokio::time::sleep(Duration::from_secs(5)).await;
                continue;
            }
        };
        if batch.is_empty() {
            // Finish what is in flight, record it, then sleep until something is due.
            done.extend(in_flight.by_ref().collect::<Vec<_>>().await);
            recorder.record_all(&mut done).await;
            recent.prune(Instant::now());
            for (campaign_id, wave) in std::mem::take(&mut active) {
                if let Ok(c) = brain.store.wave_counts(&campaign_id, &wave).await {
                    telemetry::wave_pending(&campaign_id, &wave, c.pending);
                    log::info!(
                        "reminder wave {wave} of {campaign_id}: {} sent, {} failed, {} skipped, {} waiting, {} chats forgotten (blocked the bot or gone)",
                        c.sent,
                        c.failed,
                        c.skipped,
                        c.pending,
                        c.forgotten
                    );
                }
            }
            let next = if live.is_empty() { None } else { brain.store.next_pending_ms(&live).await.ok().flatten() };
            // Wake at least twice a minute (and at the next deadline): stale claims are
            // released, expired ones ended, and the health check hears from the broadcaster.
            let until_deadline = next_deadline_ms(&brain).map(|d| d.saturating_sub(now_ms()));
            let sleep = match next {
                Some(at) => at.saturating_sub(now_ms()),
                // A paused wave may be resumed from another process (`objection-bot resume`):
                // look for it every few seconds.
                None if brain.store.paused_waves().await.is_ok_and(|p| !p.is_empty()) => RESUME_POLL_MS,
                None => 30_000,
            };
            let sleep = Duration::from_millis(sleep.min(until_deadline.unwrap_or(i64::MAX)).clamp(1, 30_000) as u64);
            tokio::select! {
                _ = tokio::time::sleep(sleep) => {}
                _ = wake.notified() => {}
                _ = shutdown.changed() => {}
            }
            idle = true;
            held_back = false;
            continue;
        }
        for delivery in batch {
            if *shutdown.borrow() || options.lease.held() != Some(fence) {
                // Stopping, or the lease is lost: what this claim has not sent yet goes
                // back, to be sent after (by this instance or the next leader).
                done.push((delivery, Outcome::Retry { not_before: now_ms(), count_attempt: false }));
                continue;
            }
            // Waves (reminders and announcements) are summed up in the log; follow-ups are not.
            // (Looked up without a copy of the names: a batch holds one or two waves.)
            if crate::store::is_wave(&delivery.wave)
                && !active.iter().any(|(c, w)| *c == delivery.campaign_id && *w == delivery.wave)
            {
                active.insert((delivery.campaign_id.clone(), delivery.wave.clone()));
            }
            let Some(message) = compose(&brain, &mut reminders, &delivery) else {
                done.push((delivery, Outcome::Skipped));
                continue;
            };
            if let Some(wait) = recent.wait(delivery.chat_id, Instant::now()) {
                done.push((delivery, Outcome::Retry { not_before: ms_after(wait), count_attempt: false }));
                continue;
            }
            let paced = async {
                waiting::acquire(&mut pacer, courier.as_ref()).await;
                budget.for_reminder().await
            };
            if while_sending(&health, &mut in_flight, &mut done, paced).await && !held_back {
                held_back = true;
                log::info!(
                    "reminders go slower than BROADCAST_RATE: replies to people are waiting, and they come first; \
                     the wave keeps {:.0} % of the sending budget meanwhile",
                    crate::budget::REMINDER_SHARE * 100.0
                );
            }
            while in_flight.len() >= concurrency {
                done.extend(in_flight.next().await);
            }
            recent.sent(delivery.chat_id, Instant::now());
            in_flight.push(deliver(&brain, courier.as_ref(), delivery, message, options.max_attempts));
            if record_now(&done, last_flush, options.pause) {
                let mut arrived = Vec::new();
                while_sending(&health, &mut in_flight, &mut arrived, recorder.record(&mut done)).await;
                done.append(&mut arrived);
                last_flush = Instant::now();
            }
        }
        // The whole batch is sent and recorded before any of the next is sent: what a crash
        // can send twice is never more than the last claim. The next claim is taken in the
        // same transaction as the outcomes are written (one commit, not two that wait for
        // each other), so the pause between batches is short.
        done.extend(in_flight.by_ref().collect::<Vec<_>>().await);
        if !*shutdown.borrow() && options.lease.held() == Some(fence) && !live.is_empty() {
            let token = claim_token();
            let next = claim_of(&live, fence, options.batch, lease_ms, &token);
            match recorder.record_then_claim(&mut done, &next).await {
                Ok(next) => prefetched = Some((fence, next)),
                // Written again below, with retries; the next batch is claimed on its own.
                Err(e) => log::error!("reminders: recording outcomes: {e}"),
            }
        }
        recorder.record_all(&mut done).await;
        // A claim's outcomes are written at its end: the next is written in its course only
        // if it takes longer than `FLUSH_INTERVAL` from here.
        last_flush = Instant::now();
    }
    if let Some((_, next)) = prefetched.take() {
        hand_back(next, &mut done);
    }
    done.extend(in_flight.collect::<Vec<_>>().await);
    recorder.record_all(&mut done).await;
}

/// A claim of up to `limit` due deliveries of the `live` campaigns under `token`, a new one.
fn claim_of<'a>(live: &'a [String], fence: i64, limit: i64, lease_ms: i64, token: &'a str) -> Claim<'a> {
    Claim {
        fence,
        campaign_ids: live,
        now_ms: now_ms(),
        limit,
        token,
        lease_until_ms: now_ms().saturating_add(lease_ms),
    }
}

/// Claims up to `limit` due deliveries of the `live` campaigns under a new token.
async fn claim(
    store: &crate::store::Store,
    live: &[String],
    fence: i64,
    limit: i64,
    lease_ms: i64,
) -> crate::store::Result<Vec<Delivery>> {
    let token = claim_token();
    let started = Instant::now();
    let batch = store.claim(&claim_of(live, fence, limit, lease_ms, &token)).await;
    telemetry::claim_seconds(started.elapsed());
    batch
}

/// Gives a claim back unsent: its deliveries return to pending when `done` is recorded.
fn hand_back(batch: Vec<Delivery>, done: &mut Vec<(Delivery, Outcome)>) {
    done.extend(batch.into_iter().map(|d| (d, Outcome::Retry { not_before: now_ms(), count_attempt: false })));
}

/// The ids of the campaigns loaded whose deadline lies ahead: their reminders may go out.
fn live_campaigns(brain: &Brain) -> Vec<String> {
    let now = Utc::now();
    brain.campaigns.iter().filter(|c| c.is_live(now)).map(|c| c.id.clone()).collect()
}

/// The ids of every campaign loaded: their follow-ups, re-checks and announcements may go out.
fn loaded_campaigns(brain: &Brain) -> Vec<String> {
    brain.campaigns.iter().map(|c| c.id.clone()).collect()
}

/// The next deadline still ahead (unix ms), when the set of live campaigns changes.
fn next_deadline_ms(brain: &Brain) -> Option<i64> {
    let now = now_ms();
    brain.campaigns.iter().filter_map(|c| c.deadline).map(|d| d.timestamp_millis()).filter(|d| *d > now).min()
}

/// On taking the lease: the claims of earlier senders go back to pending. With the exclusive
/// lease every claim left belongs to a process that is gone; with a shared one, the claims
/// made under an older fence belong to a leader whose lease has expired.
async fn took_over(brain: &Brain, lease: &Lease, fence: i64) {
    if !lease.is_exclusive() {
        log::info!("this instance now sends reminders (lease fence {fence})");
    }
    let before = if lease.is_exclusive() { i64::MAX } else { now_ms() };
    match brain.store.release_stale(before, fence).await {
        Ok(0) => {}
        Ok(n) => log::info!("{n} reminders were in flight when their sender stopped; sending them again"),
        Err(e) => log::error!("reminders: {e}"),
    }
}

/// Between waves: takes back deliveries whose sender died (their lease ran out), and ends
/// those that can no longer be sent (of a campaign not loaded, or reminders past its deadline).
async fn housekeeping(brain: &Brain, fence: i64) {
    match brain.store.release_stale(now_ms(), fence).await {
        Ok(0) => {}
        Ok(n) => log::info!("{n} reminders were taken by a sender that stopped; sending them again"),
        Err(e) => log::error!("reminders: {e}"),
    }
    match brain.store.expire(&loaded_campaigns(brain), &live_campaigns(brain)).await {
        Ok(0) => {}
        Ok(n) => log::info!("{n} reminders not sent: their campaign ended or is no longer loaded"),
        Err(e) => log::error!("reminders: {e}"),
    }
}

/// Rendered reminders by campaign, language and platforms left, valid while the time-left
/// text is the same.
type ReminderCache = HashMap<(String, Lang, Vec<String>), (TimeLeft, Arc<Message>)>;

/// The message for a delivery, or `None` if the brain says the chat gets none now (not
/// subscribed, nothing left to do, the deadline passed, the platform unticked) or its
/// campaign is not loaded. Rendered reminders are shared between chats with the same
/// language, checklist and words.
fn compose(brain: &Brain, cache: &mut ReminderCache, d: &Delivery) -> Option<Arc<Message>> {
    let campaign = brain.campaigns.get(&d.campaign_id)?;
    let now = Utc::now();
    let kind = DeliveryKind::of(&d.wave);
    if kind != DeliveryKind::Reminder {
        return brain.follow_through(campaign, &kind, d.chat.as_ref()).map(Arc::new);
    }
    let plan = brain.reminder_for(campaign, d.chat.as_ref(), now)?;
    let key = (d.campaign_id.clone(), plan.lang, plan.open);
    match cache.get(&key) {
        Some((cached_left, message)) if *cached_left == plan.left => Some(message.clone()),
        _ => {
            let message = Arc::new(brain.reminder(campaign, plan.lang, &key.2, now));
            cache.insert(key, (plan.left, message.clone()));
            Some(message)
        }
    }
}

#[cfg(test)]
mod tests;
