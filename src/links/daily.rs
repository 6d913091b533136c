//! The daily check while the bot runs: each link at its own time of day, at most once a day.
//!
//! The stored time of a link's last request counts across restarts; its result is stored, a
//! change from the last one logged once as a warning, and the metric kept.

use std::{sync::Arc, time::Duration};

use tokio::sync::watch;

use super::{next_check, worst, Checker, Link, Verdict};
use crate::{
    campaign::Campaigns,
    store::{Lease, LinkRow, Store},
    telemetry,
};

/// The longest the task sleeps before it reads the store again (and another instance's
/// results reach this one's metric).
const MAX_SLEEP: Duration = Duration::from_secs(30);

/// Checks every link of `campaigns` when it falls due, until `shutdown` turns true. Only
/// the holder of the lease makes requests (one instance a day, not one each); every
/// instance keeps the metric from the store. Errors are logged, never fatal.
pub async fn run(
    campaigns: Arc<Campaigns>,
    store: Store,
    checker: Checker,
    lease: Lease,
    period: Duration,
    mut shutdown: watch::Receiver<bool>,
) {
    let links = Link::all(&campaigns);
    let period_ms = i64::try_from(period.as_millis()).unwrap_or(i64::MAX);
    // A link never asked is first asked at its time after the start, not at once: a start
    // (or a test run) makes no burst of requests.
    let started = now_ms();
    loop {
        let mut sleep = MAX_SLEEP;
        match store.links().await {
            Ok(rows) => {
                publish(&links, &rows);
                let now = now_ms();
                let last = |l: &Link| l.stored(&rows).map_or(started, |r| r.checked_ms);
                let next = |l: &Link| next_check(l.url.as_str(), Some(last(l)), now, period_ms);
                let due: Vec<&Link> = links.iter().filter(|l| next(l) <= now).collect();
                if !due.is_empty() && lease.held().is_some() {
                    // A stop does not wait for answers: what was not stored is asked again
                    // at the link's next time.
                    tokio::select! {
                        _ = check(&due, &rows, &checker, &store) => continue,
                        _ = shutdown.changed() => return,
                    }
                }
                if let Some(soonest) = links.iter().map(next).filter(|t| *t > now).min() {
                    sleep = sleep.min(Duration::from_millis(u64::try_from(soonest - now).unwrap_or(0)));
                }
            }
            Err(e) => log::warn!("link checker: cannot read the stored results: {e}"),
        }
        tokio::select! {
            _ = tokio::time::sleep(sleep) => {}
            _ = shutdown.changed() => {}
        }
        if *shutdown.borrow() {
            return;
        }
    }
}

/// Fetches the due links (each URL once), stores each result and logs each change.
async fn check(due: &[&Link], rows: &[LinkRow], checker: &Checker, store: &Store) {
    // The time a request was made counts (not when its answer came).
    let now = now_ms();
    let got = checker.fetch_all(due.iter().map(|l| l.url.clone())).await;
    for link in due {
        let Some(fetched) = got.get(&link.url) else { continue };
        let previous = link.stored(rows);
        let row = link.result(fetched, previous, now);
        log_change(link, previous, &row);
        if let Err(e) = store.put_link(&row).await {
            log::warn!("link checker: cannot store the result of {}: {e}", link.name());
        }
    }
}

/// A verdict that differs from the last one is a warning, once; a first good one is news.
fn log_change(link: &Link, previous: Option<&LinkRow>, row: &LinkRow) {
    let line = describe(row);
    match previous.map(|p| p.verdict.as_str()) {
        Some(before) if before != row.verdict => {
            log::warn!("link {} ({}) was {before}, is now {line}", link.name(), link.url);
        }
        None if Verdict::parse(&row.verdict).is_some_and(Verdict::is_bad) => {
            log::warn!("link {} ({}) is {line}", link.name(), link.url);
        }
        None => log::info!("link {} ({}) is {line}", link.name(), link.url),
        Some(_) => {}
    }
}

/// A result in words: `moved: 200 at https://…`, `unreachable: dns error …`.
pub fn describe(row: &LinkRow) -> String {
    let mut out = row.verdict.clone();
    if let (Some(status), Some(url)) = (row.status, &row.final_url) {
        out.push_str(&format!(": {status} at {url}"));
    }
    if let Some(detail) = &row.detail {
        out.push_str(&format!(" ({detail})"));
    }
    out
}

/// Sets `objection_bot_link_status` for every platform from the stored results: 1 for the
/// worst verdict of its links, 0 for the others; all 0 while none is checked.
fn publish(links: &[Link], rows: &[LinkRow]) {
    let mut platforms: Vec<(&str, &str)> = links.iter().map(|l| (l.campaign.as_str(), l.platform.as_str())).collect();
    platforms.dedup();
    for (campaign, platform) in platforms {
        let verdicts = links
            .iter()
            .filter(|l| l.campaign == campaign && l.platform == platform)
            .filter_map(|l| l.stored(rows))
            .filter_map(|r| Verdict::parse(&r.verdict));
        telemetry::link_status(campaign, platform, worst(verdicts).map(Verdict::as_str));
    }
}

fn now_ms() -> i64 {
    chrono::Utc::now().timestamp_millis()
}
