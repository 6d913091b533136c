//! Sending one reminder and deciding what becomes of it, then recording those outcomes in
//! the store: when (`record_now`), with metrics, and a log line for each wave paused.

use std::{
    collections::HashMap,
    sync::Arc,
    time::{Duration, Instant},
};

use crate::{
    brain::{Brain, Message},
    store::{is_wave, Claim, Delivery, DeliveryKind, Outcome, PauseRule, PausedWave},
    telemetry,
};

use super::{ms_after, Courier, SendResult};

/// Sends one reminder and decides what becomes of it.
pub(super) async fn deliver<C: Courier>(
    brain: &Brain,
    courier: &C,
    mut d: Delivery,
    message: Arc<Message>,
    max_attempts: i64,
) -> (Delivery, Outcome) {
    let mut result = courier.send(d.chat_id, message.clone()).await;
    if let SendResult::MigrateTo(new_id) = result {
        log::info!("a group moved to a supergroup; its reminder follows it");
        // Boxed: a rare path, kept out of the future every reminder moves into its task.
        if let Err(e) = Box::pin(brain.store.migrate_chat(d.chat_id, new_id)).await {
            log::error!("reminders: {e}");
        }
        d.chat_id = new_id;
        result = courier.send(new_id, message).await;
    }
    let outcome = match result {
        SendResult::Sent => Outcome::Sent,
        SendResult::RetryAfter(wait) => Outcome::Retry { not_before: ms_after(wait), count_attempt: false },
        SendResult::Gone => Outcome::Gone,
        SendResult::NotFound => Outcome::NotFound,
        SendResult::MigrateTo(_) => {
            Outcome::Retry { not_before: ms_after(Duration::from_secs(1)), count_attempt: true }
        }
        SendResult::Transient(why) if d.attempts.saturating_add(1) < max_attempts => {
            let backoff = Duration::from_secs(1 << d.attempts.clamp(0, 6));
            log::warn!("reminder not sent ({why}); trying again in {} s", backoff.as_secs());
            Outcome::Retry { not_before: ms_after(backoff), count_attempt: true }
        }
        SendResult::Transient(why) | SendResult::Permanent(why) => {
            log::warn!("reminder failed for good: {why}");
            Outcome::Failed
        }
    };
    (d, outcome)
}

/// The metric label of an outcome.
fn outcome_label(outcome: &Outcome) -> &'static str {
    match outcome {
        Outcome::Sent => "sent",
        Outcome::Skipped => "skipped",
        Outcome::Retry { .. } => "retry",
        Outcome::Failed => "failed",
        Outcome::Gone => "gone",
        Outcome::NotFound => "not_found",
    }
}

/// Outcomes are written to the store at the end of each batch, and in the background every
/// this long while a batch takes longer (when replies hold the wave back). A batch is two
/// seconds' worth (`CLAIM_SECONDS`), so a healthy one never waits this long; at 1 s counted
/// from the last write in a batch of one second's worth, a 100/s wave wrote twice per batch
/// (issue 20). A write costs nearly the same for 5 outcomes as for 256, so each one is a
/// fixed cost: writing every 64 reminders cost a 1,000/s wave on SQLite about 7 µs of CPU
/// per reminder. What a crash can send twice stays bounded by the claim, not by this.
pub(super) const FLUSH_INTERVAL: Duration = Duration::from_secs(3);

/// Outcomes are written sooner, once this many wait, when more of them came back unreachable
/// than the wave's brake allows: the brake then pauses a wave whose chats all look gone (a
/// wrong token) as early as it always did, and the next claim leaves that wave alone.
const FLUSH_EVERY: usize = 64;

/// Whether the outcomes waiting in `done` are to be written now, before the batch ends.
pub(super) fn record_now(done: &[(Delivery, Outcome)], last_flush: Instant, rule: PauseRule) -> bool {
    if done.is_empty() {
        return false;
    }
    if last_flush.elapsed() >= FLUSH_INTERVAL {
        return true;
    }
    done.len() >= FLUSH_EVERY && {
        let unreachable = done.iter().filter(|(_, outcome)| outcome.is_unreachable()).count();
        unreachable as f64 > rule.share * done.len() as f64
    }
}

/// Records outcomes in the background, one write at a time and in order, so that sending
/// waits for the database only at the end of a batch (and when a write falls behind).
pub(super) struct Recorder {
    brain: Brain,
    rule: PauseRule,
    running: Option<tokio::task::JoinHandle<Vec<(Delivery, Outcome)>>>,
}

impl Recorder {
    pub(super) fn new(brain: Brain, rule: PauseRule) -> Recorder {
        Recorder { brain, rule, running: None }
    }

    /// Hands `outcomes` over (they are taken from the vector), once the previous write is done.
    pub(super) async fn record(&mut self, outcomes: &mut Vec<(Delivery, Outcome)>) {
        outcomes.extend(self.settle().await);
        if outcomes.is_empty() {
            return;
        }
        let (brain, rule, mut batch) = (self.brain.clone(), self.rule, std::mem::take(outcomes));
        self.running = Some(tokio::spawn(async move {
            flush(&brain, &mut batch, rule).await;
            batch
        }));
    }

    /// Waits until what was handed over is written; returns what could not be (to be
    /// handed over again).
    pub(super) async fn settle(&mut self) -> Vec<(Delivery, Outcome)> {
        match self.running.take() {
            Some(task) => task.await.unwrap_or_default(),
            None => Vec::new(),
        }
    }

    /// Writes `outcomes` (with what is still being written) and claims the next batch in
    /// one transaction. What could not be written stays in `outcomes` (to be written by
    /// [`Recorder::record_all`], which tries again); the claim is then not taken either.
    pub(super) async fn record_then_claim(
        &mut self,
        outcomes: &mut Vec<(Delivery, Outcome)>,
        claim: &Claim<'_>,
    ) -> crate::store::Result<Vec<Delivery>> {
        outcomes.extend(self.settle().await);
        let started = std::time::Instant::now();
        let written = self.brain.store.record_then_claim(outcomes, self.rule, claim).await;
        telemetry::record_seconds(started.elapsed());
        telemetry::claim_seconds(started.elapsed());
        let (paused, batch) = written?;
        recorded(outcomes, paused);
        Ok(batch)
    }

    /// Writes everything: `outcomes` and what is still being written.
    pub(super) async fn record_all(&mut self, outcomes: &mut Vec<(Delivery, Outcome)>) {
        self.record(outcomes).await;
        outcomes.extend(self.settle().await);
    }
}

/// Counts recorded outcomes in the metrics: once per kind of count, not once per outcome.
/// The waves' gauges go down by the deliveries that ended, so that they follow a wave
/// between the store's counts.
fn count(done: &[(Delivery, Outcome)]) {
    let mut reminders: HashMap<(&str, &'static str), u64> = HashMap::new();
    let mut deliveries: HashMap<(&'static str, &'static str), u64> = HashMap::new();
    let mut ended: HashMap<(&str, &str), u64> = HashMap::new();
    for (d, outcome) in done {
        let kind = DeliveryKind::of(&d.wave);
        if kind == DeliveryKind::Reminder {
            *reminders.entry((&d.campaign_id, outcome_label(outcome))).or_default() += 1;
        }
        *deliveries.entry((kind.label(), outcome_label(outcome))).or_default() += 1;
        if !matches!(outcome, Outcome::Retry { .. }) && is_wave(&d.wave) {
            *ended.entry((&d.campaign_id, &d.wave)).or_default() += 1;
        }
    }
    for ((campaign, wave), n) in ended {
        telemetry::wave_ended(campaign, wave, n);
    }
    for ((campaign, outcome), n) in reminders {
        telemetry::reminder(campaign, outcome, n);
    }
    for ((kind, outcome), n) in deliveries {
        telemetry::delivery(kind, outcome, n);
    }
}

async fn flush(brain: &Brain, done: &mut Vec<(Delivery, Outcome)>, rule: PauseRule) {
    if done.is_empty() {
        return;
    }
    // A failed write is retried: the outcomes stay in memory until they are recorded.
    for wait in [0u64, 1, 2, 5, 10] {
        if wait > 0 {
            // (Not even a sleep of 0 on the first try: registering a timer wakes tokio's driver.)
            tokio::time::sleep(Duration::from_secs(wait)).await;
        }
        let started = std::time::Instant::now();
        let written = brain.store.record(done, rule).await;
        telemetry::record_seconds(started.elapsed());
        match written {
            Ok(paused) => return recorded(done, paused),
            Err(e) => log::error!("reminders: recording outcomes: {e}"),
        }
    }
}

/// What follows a write of outcomes: the metrics, a log line for each wave paused, and
/// `done` emptied.
fn recorded(done: &mut Vec<(Delivery, Outcome)>, paused: Vec<PausedWave>) {
    count(done);
    for p in paused {
        log::error!(
            "reminder wave {} paused: {}. Check the token and the API URL, then run `objection-bot resume`",
            p.wave,
            p.why
        );
    }
    done.clear();
}
