//! The broadcaster: delivers queued reminders at its own rate budget, honours 429s, forgets
//! chats that blocked the bot, follows migrated groups, retries network errors with backoff,
//! and records every outcome so that a crash loses no one.

use std::{
    collections::HashMap,
    future::Future,
    sync::Arc,
    time::{Duration, Instant},
};

use chrono::Utc;
use tokio::{
    sync::{watch, Notify, Semaphore},
    task::JoinSet,
};

use crate::{
    brain::{Brain, Message},
    lang::Lang,
    store::{Delivery, Outcome},
};

/// Outcomes are written to the store after this many…
const FLUSH_EVERY: usize = 64;
/// …or this long, whichever comes first.
const FLUSH_INTERVAL: Duration = Duration::from_millis(200);

/// How a single send ended, as the transport reports it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SendResult {
    Sent,
    /// 429: wait this long, then send the same message again.
    RetryAfter(Duration),
    /// The chat blocked the bot, was deleted, or the bot was removed: stop for good.
    Unreachable,
    /// The group became a supergroup with this id.
    MigrateTo(i64),
    /// A network error or a 5xx: worth trying again later.
    Transient(String),
    /// Telegram refused this message for good (a 400 of another kind).
    Permanent(String),
}

/// Whatever sends a message to a chat: the Telegram door in production, fakes in tests.
pub trait Courier: Send + Sync + 'static {
    fn send(&self, chat_id: i64, message: Arc<Message>) -> impl Future<Output = SendResult> + Send;
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
    /// Deliveries taken from the store at a time.
    pub batch: i64,
}

impl Options {
    pub fn with_rate(rate: f64) -> Options {
        Options { rate, max_attempts: 5, concurrency: 64, batch: 256 }
    }
}

/// The pacer's shortest sleep.
const PACER_TICK: Duration = Duration::from_millis(10);

/// A token bucket: `rate` per second with a small burst, so a wave keeps a steady pace.
#[derive(Debug)]
pub struct Pacer {
    rate: f64,
    capacity: f64,
    tokens: f64,
    last: Instant,
}

impl Pacer {
    pub fn new(rate: f64) -> Pacer {
        // Room for two ticks' worth, so that a late wake-up loses no time.
        let capacity = (rate * 2.0 * PACER_TICK.as_secs_f64()).max(1.0);
        Pacer { rate, capacity, tokens: 1.0, last: Instant::now() }
    }

    /// Waits until one more message may go.
    pub async fn acquire(&mut self) {
        loop {
            let now = Instant::now();
            self.tokens = (self.tokens + now.duration_since(self.last).as_secs_f64() * self.rate).min(self.capacity);
            self.last = now;
            if self.tokens >= 1.0 {
                self.tokens -= 1.0;
                return;
            }
            // Wake at most every few milliseconds and send what has accrued: a timer wake-up
            // per message would cost more CPU than the message itself at high rates.
            let wait = ((1.0 - self.tokens) / self.rate).max(PACER_TICK.as_secs_f64());
            tokio::time::sleep(Duration::from_secs_f64(wait)).await;
        }
    }
}

/// The smallest gap between two messages to one chat: 1 s for a person, 3 s for a group
/// (Telegram allows 20 messages a minute in a group).
pub fn chat_gap(chat_id: i64) -> Duration {
    if chat_id < 0 {
        Duration::from_secs(3)
    } else {
        Duration::from_secs(1)
    }
}

fn now_ms() -> i64 {
    Utc::now().timestamp_millis()
}

/// Delivers reminders until `shutdown` turns true.
pub async fn run<C: Courier>(
    brain: Brain,
    courier: Arc<C>,
    options: Options,
    wake: Arc<Notify>,
    mut shutdown: watch::Receiver<bool>,
) {
    match brain.store.release_inflight().await {
        Ok(0) => {}
        Ok(n) => log::info!("{n} reminders were in flight when the bot last stopped; sending them again"),
        Err(e) => log::error!("reminders: {e}"),
    }
    let mut pacer = Pacer::new(options.rate);
    let slots = Arc::new(Semaphore::new(options.concurrency.max(1)));
    let mut in_flight: JoinSet<(Delivery, Outcome)> = JoinSet::new();
    let mut done: Vec<(Delivery, Outcome)> = Vec::new();
    let mut last_sent: HashMap<i64, Instant> = HashMap::new();
    let mut claim_id: i64 = 0;
    let mut last_flush = Instant::now();
    let mut reminders = ReminderCache::new();
    // Waves worked on since the broadcaster was last idle, for a summary in the log.
    let mut active: std::collections::BTreeSet<(String, String)> = Default::default();

    loop {
        if *shutdown.borrow() {
            break;
        }
        claim_id += 1;
        let batch = match brain.store.claim(now_ms(), options.batch, claim_id).await {
            Ok(batch) => batch,
            Err(e) => {
                log::error!("reminders: {e}; trying again in 5 s");
                tokio::time::sleep(Duration::from_secs(5)).await;
                continue;
            }
        };
        if batch.is_empty() {
            // Finish what is in flight, record it, then sleep until something is due.
            while let Some(joined) = in_flight.join_next().await {
                done.extend(joined.ok());
            }
            flush(&brain, &mut done).await;
            last_sent.retain(|chat, at| at.elapsed() < chat_gap(*chat));
            for (campaign, wave) in std::mem::take(&mut active) {
                if let Ok(c) = brain.store.wave_counts(&campaign, &wave).await {
                    log::info!(
                        "reminder wave {wave}: {} sent, {} failed, {} skipped, {} waiting (chats that blocked the bot are forgotten)",
                        c.sent,
                        c.failed,
                        c.skipped,
                        c.pending
                    );
                }
            }
            let next = brain.store.next_pending_ms().await.ok().flatten();
            let sleep = match next {
                Some(at) => Duration::from_millis((at - now_ms()).clamp(1, 3_600_000) as u64),
                None => Duration::from_secs(3_600),
            };
            tokio::select! {
                _ = tokio::time::sleep(sleep) => {}
                _ = wake.notified() => {}
                _ = shutdown.changed() => {}
            }
            continue;
        }
        for delivery in batch {
            if !active.iter().any(|(c, w)| *c == delivery.campaign_id && *w == delivery.wave) {
                active.insert((delivery.campaign_id.clone(), delivery.wave.clone()));
            }
            let Some(message) = compose(&brain, &mut reminders, &delivery) else {
                done.push((delivery, Outcome::Skipped));
                continue;
            };
            let gap = chat_gap(delivery.chat_id);
            if let Some(at) = last_sent.get(&delivery.chat_id) {
                if at.elapsed() < gap {
                    let wait = gap - at.elapsed();
                    let not_before = now_ms() + wait.as_millis() as i64;
                    done.push((delivery, Outcome::Retry { not_before, count_attempt: false }));
                    continue;
                }
            }
            pacer.acquire().await;
            let Ok(permit) = slots.clone().acquire_owned().await else { break };
            last_sent.insert(delivery.chat_id, Instant::now());
            let courier = courier.clone();
            let task_brain = brain.clone();
            let max_attempts = options.max_attempts;
            in_flight.spawn(async move {
                let result = deliver(&task_brain, courier.as_ref(), delivery, message, max_attempts).await;
                drop(permit);
                result
            });
            while let Some(joined) = in_flight.try_join_next() {
                done.extend(joined.ok());
            }
            // Record often: what is sent but not yet recorded is what a crash would send twice.
            if done.len() >= FLUSH_EVERY || (!done.is_empty() && last_flush.elapsed() >= FLUSH_INTERVAL) {
                flush(&brain, &mut done).await;
                last_flush = Instant::now();
            }
        }
        flush(&brain, &mut done).await;
    }
    while let Some(joined) = in_flight.join_next().await {
        done.extend(joined.ok());
    }
    flush(&brain, &mut done).await;
}

/// Rendered reminders by language and checklist, valid while the time-left text is the same.
type ReminderCache = HashMap<(Lang, i64), (String, Arc<Message>)>;

/// The reminder for a delivery, or `None` if the chat no longer wants or needs one.
fn compose(brain: &Brain, cache: &mut ReminderCache, d: &Delivery) -> Option<Arc<Message>> {
    let chat = d.chat.as_ref().filter(|c| c.subscribed)?;
    let open = chat.open_platforms();
    if open.is_empty() {
        return None;
    }
    let lang = brain.i18n.resolve(chat.lang.unwrap_or(brain.campaign.default_language));
    let now = Utc::now();
    let left = (brain.campaign.deadline.to_utc() - now).to_std().unwrap_or_default();
    let left = brain.i18n.time_left(lang, left);
    match cache.get(&(lang, chat.done_mask)) {
        Some((cached_left, message)) if *cached_left == left => Some(message.clone()),
        _ => {
            let message = Arc::new(brain.reminder(lang, &open, now));
            cache.insert((lang, chat.done_mask), (left, message.clone()));
            Some(message)
        }
    }
}

/// Sends one reminder and decides what becomes of it.
async fn deliver<C: Courier>(
    brain: &Brain,
    courier: &C,
    mut d: Delivery,
    message: Arc<Message>,
    max_attempts: i64,
) -> (Delivery, Outcome) {
    let mut result = courier.send(d.chat_id, message.clone()).await;
    if let SendResult::MigrateTo(new_id) = result {
        log::info!("a group moved to a supergroup; its reminder follows it");
        if let Err(e) = brain.store.migrate_chat(d.chat_id, new_id).await {
            log::error!("reminders: {e}");
        }
        d.chat_id = new_id;
        result = courier.send(new_id, message).await;
    }
    let outcome = match result {
        SendResult::Sent => Outcome::Sent,
        SendResult::RetryAfter(wait) => {
            Outcome::Retry { not_before: now_ms() + wait.as_millis() as i64, count_attempt: false }
        }
        SendResult::Unreachable => Outcome::Unreachable,
        SendResult::MigrateTo(_) => Outcome::Retry { not_before: now_ms() + 1_000, count_attempt: true },
        SendResult::Transient(why) if d.attempts + 1 < max_attempts => {
            let backoff = 1_000i64 << d.attempts.clamp(0, 6);
            log::warn!("reminder not sent ({why}); trying again in {} s", backoff / 1000);
            Outcome::Retry { not_before: now_ms() + backoff, count_attempt: true }
        }
        SendResult::Transient(why) | SendResult::Permanent(why) => {
            log::warn!("reminder failed for good: {why}");
            Outcome::Failed
        }
    };
    (d, outcome)
}

async fn flush(brain: &Brain, done: &mut Vec<(Delivery, Outcome)>) {
    if done.is_empty() {
        return;
    }
    // A failed write is retried: the outcomes stay in memory until they are recorded.
    for wait in [0u64, 1, 2, 5, 10] {
        tokio::time::sleep(Duration::from_secs(wait)).await;
        match brain.store.record(done).await {
            Ok(()) => {
                done.clear();
                return;
            }
            Err(e) => log::error!("reminders: recording outcomes: {e}"),
        }
    }
}

#[cfg(test)]
mod tests {
    use std::sync::Mutex;

    use super::*;
    use crate::{campaign::Campaign, i18n::I18n, store::Store};

    /// Records every send; answers 429 to the first try of chat 7.
    #[derive(Default)]
    struct Recorder {
        sends: Mutex<Vec<(i64, Instant)>>,
    }

    impl Courier for Recorder {
        async fn send(&self, chat_id: i64, _message: Arc<Message>) -> SendResult {
            let mut sends = self.sends.lock().unwrap();
            let first_try = !sends.iter().any(|(c, _)| *c == chat_id);
            sends.push((chat_id, Instant::now()));
            if chat_id == 7 && first_try {
                SendResult::RetryAfter(Duration::from_millis(300))
            } else {
                SendResult::Sent
            }
        }
    }

    #[tokio::test]
    async fn one_chat_gets_at_most_one_message_a_second_and_a_group_one_every_three() {
        let campaign = Campaign::load(None).unwrap();
        let i18n = I18n::embedded(campaign.default_language).unwrap();
        let store = Store::in_memory().await.unwrap();
        store.add_subscribers(&[(5, None, 0), (-5, None, 0), (7, None, 0)], 0).await.unwrap();
        // Two waves queued at once, as after a long pause: two reminders for each chat.
        store.enqueue_wave(&campaign.id, "a", 0).await.unwrap();
        store.enqueue_wave(&campaign.id, "b", 0).await.unwrap();
        let brain = Brain::new(Arc::new(campaign), Arc::new(i18n), store.clone(), "bot");
        let courier = Arc::new(Recorder::default());
        let (stop, stopped) = watch::channel(false);
        let task =
            tokio::spawn(run(brain, courier.clone(), Options::with_rate(100.0), Arc::new(Notify::new()), stopped));
        let waited = Instant::now();
        while store.wave_counts("meta-ai-2025", "b").await.unwrap().sent < 3
            && waited.elapsed() < Duration::from_secs(20)
        {
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
        stop.send(true).unwrap();
        task.await.unwrap();
        let sends = courier.sends.lock().unwrap().clone();
        let times = |chat: i64| sends.iter().filter(|(c, _)| *c == chat).map(|(_, t)| *t).collect::<Vec<_>>();
        let (private, group, throttled) = (times(5), times(-5), times(7));
        assert_eq!(private.len(), 2);
        assert_eq!(group.len(), 2);
        assert_eq!(throttled.len(), 3, "the 429 is sent again, never dropped");
        assert!(private[1] - private[0] >= Duration::from_secs(1));
        assert!(group[1] - group[0] >= Duration::from_secs(3));
        assert!(throttled[1] - throttled[0] >= Duration::from_millis(300), "retry_after is honoured");
        for wave in ["a", "b"] {
            assert_eq!(store.wave_counts("meta-ai-2025", wave).await.unwrap().sent, 3, "{wave}");
        }
    }
}
