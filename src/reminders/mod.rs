//! Reminders: the pure schedule of waves, the scheduler task that starts them on time, and
//! the broadcaster that delivers them.

pub mod broadcast;
pub mod pacing;
pub mod schedule;

use std::{
    collections::{BTreeSet, HashSet},
    sync::Arc,
    time::{Duration, Instant},
};

use chrono::{DateTime, Utc};
use tokio::sync::{watch, Notify};

use crate::{
    alarm::Alarm,
    campaign::{Campaign, Campaigns},
    health::{Health, Task},
    store::{Lease, Store},
    telemetry,
};

/// Keeps the lease to send reminders: takes it when it is free, renews it three times per
/// lease time while held, and gives it up on a stop so that another instance takes over at
/// once. The exclusive lease (SQLite) needs none of this.
pub async fn keep_lease(lease: Lease, mut shutdown: watch::Receiver<bool>) {
    if lease.is_exclusive() {
        return;
    }
    let every = (lease.ttl() / 3).max(Duration::from_millis(200));
    // (An alarm wakes the process once per sleep; tokio's timer, three times: see `alarm.rs`.)
    let mut alarm = Alarm::new();
    loop {
        if let Err(e) = lease.renew().await {
            log::warn!("the lease to send reminders could not be renewed: {e}");
        }
        tokio::select! {
            _ = alarm.sleep(every) => {}
            _ = shutdown.changed() => {}
        }
        if *shutdown.borrow() {
            break;
        }
    }
}

/// The longest the scheduler sleeps: it re-plans (and reports to the health check) at least
/// twice a minute, so that a clock correction or a suspended machine cannot delay a wave.
pub const MAX_SLEEP: Duration = Duration::from_secs(30);

/// Starts each wave of each campaign when it falls due: sleeps until the next due moment
/// (at most half a minute), never polls. Store errors are logged and retried; they never end
/// the task, which returns only when `shutdown` turns true.
/// Only the holder of the lease plans: another instance's scheduler waits for it.
pub async fn run_scheduler(
    campaigns: Arc<Campaigns>,
    store: Store,
    lease: Lease,
    wake_broadcaster: Arc<Notify>,
    health: Arc<Health>,
    mut shutdown: watch::Receiver<bool>,
) {
    telemetry::campaigns(campaigns.iter().map(|c| (c.id.as_str(), c.deadline.map(|d| d.timestamp()))));
    // The campaigns whose announcement this process has handled (the store keeps it for good).
    let mut seen: HashSet<String> = HashSet::new();
    let (mut subscribers, mut waiting) = (Recount::default(), Recount::default());
    let mut alarm = Alarm::new();
    loop {
        health.beat(Task::Scheduler);
        if lease.held().is_none() {
            // Another instance sends, and reports the waves.
            telemetry::waves(Some((telemetry::waves_mark(), Vec::new())), Vec::new());
            waiting = Recount::default();
            tokio::select! {
                _ = tokio::time::sleep(Duration::from_millis(500)) => {}
                _ = shutdown.changed() => {}
            }
            if *shutdown.borrow() {
                return;
            }
            continue;
        }
        if subscribers.due() {
            let started = Instant::now();
            if let Ok(count) = store.subscriber_count().await {
                telemetry::subscribers(count);
            }
            subscribers.took(started.elapsed());
        }
        announce_new(&campaigns, &store, &mut seen, &wake_broadcaster, &mut waiting).await;
        report_waves(&store, &mut waiting).await;
        let mut wake_at: Option<DateTime<Utc>> = None;
        for campaign in campaigns.iter() {
            let next = match step(campaign, &store, &wake_broadcaster, &mut waiting).await {
                Ok(next) => next,
                Err(e) => {
                    log::error!("reminder schedule of {}: {e}; trying again in 10 s", campaign.id);
                    Some(Utc::now() + chrono::Duration::seconds(10))
                }
            };
            wake_at = match (wake_at, next) {
                (Some(a), Some(b)) => Some(a.min(b)),
                (a, b) => a.or(b),
            };
        }
        tokio::select! {
            _ = alarm.sleep(sleep_until(wake_at, Utc::now())) => {}
            _ = shutdown.changed() => return,
        }
        if *shutdown.borrow() {
            return;
        }
    }
}

/// Announces each campaign loaded for the first time with `announce = true` to the chats that
/// want news, and marks every other campaign as seen: once per campaign across restarts,
/// upgrades and instances (the store's `waves` row decides; only the leader calls this).
async fn announce_new(
    campaigns: &Campaigns,
    store: &Store,
    seen: &mut HashSet<String>,
    wake: &Notify,
    waiting: &mut Recount,
) {
    for c in campaigns.iter() {
        if seen.contains(&c.id) {
            continue;
        }
        match store.announce(&c.id, Utc::now().timestamp(), c.follow.announce).await {
            Ok(Some(queued)) if c.follow.announce => {
                log::info!("campaign {} announced: {queued} announcements queued for the chats that want news", c.id);
                wake.notify_one();
                waiting.now();
            }
            Ok(_) => {}
            Err(e) => {
                log::error!("announcing campaign {}: {e}; trying again", c.id);
                continue;
            }
        }
        seen.insert(c.id.clone());
    }
}

/// Counts that read a whole table (the subscribers, the reminders waiting) are taken anew
/// every [`MAX_SLEEP`], or, when one took longer than a ten-thousandth of that, ten thousand
/// times as long as it took, and at least every [`MAX_RECOUNT`]: at a million subscribers a
/// count takes a tenth of a second or more, and every 30 s it was a third of a wave's CPU;
/// at 30,000 the two counts (20 ms) every 30 s cost 3 µs of each reminder at 100/s
/// (issue 20). Due at once when made, and the count of what waits as soon as a wave is
/// queued.
#[derive(Debug, Default)]
struct Recount {
    next: Option<Instant>,
}

/// A count may take this share of the time, at most…
const RECOUNT_SHARE: u32 = 10_000;
/// …but is never older than this.
const MAX_RECOUNT: Duration = Duration::from_secs(600);

impl Recount {
    fn due(&self) -> bool {
        self.next.is_none_or(|at| Instant::now() >= at)
    }

    /// Due at once: what waits has grown (a wave or an announcement was queued).
    fn now(&mut self) {
        self.next = None;
    }

    fn took(&mut self, took: Duration) {
        self.next = Some(Instant::now() + recount_after(took));
    }
}

/// How long after a count that took `took` the next is taken.
fn recount_after(took: Duration) -> Duration {
    took.saturating_mul(RECOUNT_SHARE).clamp(MAX_SLEEP, MAX_RECOUNT)
}

/// Reports the waves paused, and those with reminders waiting when `waiting` is due (in
/// between, the broadcaster lowers their gauges as it records outcomes), to the metrics.
async fn report_waves(store: &Store, waiting: &mut Recount) {
    let counted = if waiting.due() {
        let (mark, started) = (telemetry::waves_mark(), Instant::now());
        let Ok(pending) = store.pending_by_wave().await else { return };
        waiting.took(started.elapsed());
        Some((mark, pending.into_iter().map(|(campaign, wave, n)| ((campaign, wave), n)).collect()))
    } else {
        None
    };
    let Ok(paused) = store.paused_waves().await else { return };
    telemetry::waves(counted, paused.into_iter().map(|p| (p.campaign_id, p.wave)).collect());
}

/// How long to sleep before looking again: until `wake_at`, and never more than a minute.
pub fn sleep_until(wake_at: Option<DateTime<Utc>>, now: DateTime<Utc>) -> Duration {
    match wake_at {
        Some(at) => (at - now).to_std().unwrap_or(Duration::ZERO).min(MAX_SLEEP),
        None => MAX_SLEEP,
    }
}

/// The campaign's waves already handled. A campaign whose id changed keeps its waves: one
/// that falls at a moment already handled under another id was sent then, not again.
async fn handled(campaign: &Campaign, store: &Store) -> crate::store::Result<BTreeSet<String>> {
    let mut handled: BTreeSet<String> = store.handled_waves(&campaign.id).await?.into_iter().collect();
    let due_times: BTreeSet<i64> = store.handled_due_times().await?.into_iter().collect();
    let same_moment = campaign.waves().into_iter().filter(|w| due_times.contains(&w.due.timestamp()));
    handled.extend(same_moment.map(|w| w.key));
    Ok(handled)
}

/// Handles what is due now; returns when to look again. A wave queued is counted at once.
async fn step(
    campaign: &Campaign,
    store: &Store,
    wake: &Notify,
    waiting: &mut Recount,
) -> crate::store::Result<Option<DateTime<Utc>>> {
    let plan = schedule::plan(campaign, Utc::now(), &handled(campaign, store).await?);
    for wave in &plan.skip {
        log::info!("reminder wave {} of {} skipped: a later one is due or the deadline passed", wave.key, campaign.id);
        store.skip_wave(&campaign.id, &wave.key, wave.due.timestamp()).await?;
    }
    if let Some(wave) = &plan.send {
        let queued = store.enqueue_wave(&campaign.id, &wave.key, wave.due.timestamp()).await?;
        log::info!("reminder wave {} of {}: {queued} reminders queued", wave.key, campaign.id);
        wake.notify_one();
        waiting.now();
        // Look again at once: another wave may be due too.
        return Ok(Some(Utc::now()));
    }
    Ok(plan.wake_at)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_scheduler_never_sleeps_more_than_a_minute() {
        let now = Utc::now();
        assert_eq!(sleep_until(None, now), MAX_SLEEP);
        assert_eq!(sleep_until(Some(now + chrono::Duration::days(400)), now), MAX_SLEEP);
        assert_eq!(sleep_until(Some(now + chrono::Duration::seconds(5)), now), Duration::from_secs(5));
        assert_eq!(sleep_until(Some(now - chrono::Duration::seconds(5)), now), Duration::ZERO);
    }

    #[test]
    fn a_count_that_takes_long_is_taken_less_often() {
        assert!(Recount::default().due());
        assert_eq!(recount_after(Duration::from_millis(1)), MAX_SLEEP);
        assert_eq!(recount_after(Duration::from_millis(3)), MAX_SLEEP);
        // 30,000 waiting reminders take 16 ms to count on SQLite, 30,000 subscribers 4 ms.
        assert_eq!(recount_after(Duration::from_millis(16)), Duration::from_secs(160));
        assert_eq!(recount_after(Duration::from_millis(4)), Duration::from_secs(40));
        // A million waiting reminders take a third of a second: counted every ten minutes.
        assert_eq!(recount_after(Duration::from_millis(330)), MAX_RECOUNT);
        assert_eq!(recount_after(Duration::from_secs(3_600)), MAX_RECOUNT);
        let mut waiting = Recount::default();
        waiting.took(Duration::from_millis(1));
        assert!(!waiting.due());
    }

    /// A wave or an announcement queued makes the count of what waits due at once: its gauge
    /// then shows it at the scheduler's next turn, not after the rest of [`MAX_SLEEP`] or longer.
    #[tokio::test]
    async fn a_wave_queued_is_counted_at_once() {
        let deadline = Utc::now() + chrono::Duration::minutes(30);
        let campaign = Arc::new(Campaign::dated_meta(deadline.into()));
        let store = Store::in_memory().await.unwrap();
        store
            .add_subscribers(&campaign.id, &[(501, None, &[]), (502, None, &[])], Utc::now().timestamp())
            .await
            .unwrap();
        let mut waiting = Recount::default();
        waiting.took(Duration::from_millis(1));
        assert!(!waiting.due());
        let next = step(&campaign, &store, &Notify::new(), &mut waiting).await.unwrap();
        assert_eq!(store.pending_by_wave().await.unwrap().len(), 1, "a wave was queued");
        assert!(waiting.due(), "the count of what waits is due once a wave is queued");
        // Nothing more is due: the next turn queues nothing and leaves the count alone.
        assert!(next.is_some());
        waiting.took(Duration::from_millis(1));
        step(&campaign, &store, &Notify::new(), &mut waiting).await.unwrap();
        assert!(!waiting.due());
        // So does an announcement queued for the chats that want news.
        store.set_news(501, true, Utc::now().timestamp()).await.unwrap();
        let mut announced = (*campaign).clone();
        announced.id = "announced".into();
        announced.follow.announce = true;
        let campaigns = Campaigns::from_list(vec![announced]).unwrap();
        announce_new(&campaigns, &store, &mut HashSet::new(), &Notify::new(), &mut waiting).await;
        assert_eq!(store.pending_by_wave().await.unwrap().len(), 2, "an announcement was queued");
        assert!(waiting.due(), "the count of what waits is due once an announcement is queued");
    }

    #[tokio::test]
    async fn a_renamed_campaign_does_not_send_a_wave_again() {
        let deadline = chrono::DateTime::parse_from_rfc3339("2099-05-27T00:00:00+02:00").unwrap();
        let first = Campaign::dated_meta(deadline);
        let store = Store::in_memory().await.unwrap();
        let wave = first.waves().remove(0);
        store.enqueue_wave(&first.id, &wave.key, wave.due.timestamp()).await.unwrap();
        let mut renamed = first.clone();
        renamed.id = "renamed".into();
        assert_eq!(renamed.id, "renamed");
        // At the first wave's moment, under the new id: nothing is sent again.
        let handled = handled(&renamed, &store).await.unwrap();
        let plan = schedule::plan(&renamed, wave.due + chrono::Duration::seconds(1), &handled);
        assert_eq!(plan.send, None);
    }
}
