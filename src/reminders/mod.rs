//! Reminders: the pure schedule of waves, the scheduler task that starts them on time, and
//! the broadcaster that delivers them.

pub mod broadcast;
pub mod schedule;

use std::{collections::BTreeSet, sync::Arc, time::Duration};

use chrono::Utc;
use tokio::sync::{watch, Notify};

use crate::{campaign::Campaign, store::Store};

/// Starts each wave when it falls due: sleeps until the next due moment, never polls.
/// Store errors are logged and retried; they never end the task.
pub async fn run_scheduler(
    campaign: Arc<Campaign>,
    store: Store,
    wake_broadcaster: Arc<Notify>,
    mut shutdown: watch::Receiver<bool>,
) {
    loop {
        let wake_at = match step(&campaign, &store, &wake_broadcaster).await {
            Ok(wake_at) => wake_at,
            Err(e) => {
                log::error!("reminder schedule: {e}; trying again in 10 s");
                Some(Utc::now() + chrono::Duration::seconds(10))
            }
        };
        let sleep = match wake_at {
            Some(at) => (at - Utc::now()).to_std().unwrap_or(Duration::ZERO),
            None => Duration::from_secs(365 * 86_400),
        };
        tokio::select! {
            _ = tokio::time::sleep(sleep) => {}
            _ = shutdown.changed() => return,
        }
        if *shutdown.borrow() {
            return;
        }
    }
}

/// Handles what is due now; returns when to look again.
async fn step(
    campaign: &Campaign,
    store: &Store,
    wake: &Notify,
) -> crate::store::Result<Option<chrono::DateTime<Utc>>> {
    let handled: BTreeSet<String> = store.handled_waves(&campaign.id).await?.into_iter().collect();
    let plan = schedule::plan(campaign, Utc::now(), &handled);
    for wave in &plan.skip {
        log::info!("reminder wave {} skipped: a later one is due or the deadline passed", wave.key);
        store.skip_wave(&campaign.id, &wave.key, wave.due.timestamp()).await?;
    }
    if let Some(wave) = &plan.send {
        let queued = store.enqueue_wave(&campaign.id, &wave.key, wave.due.timestamp()).await?;
        log::info!("reminder wave {}: {queued} reminders queued", wave.key);
        wake.notify_one();
        // Look again at once: another wave may be due too.
        return Ok(Some(Utc::now()));
    }
    Ok(plan.wake_at)
}
