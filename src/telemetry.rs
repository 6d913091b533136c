//! The metrics the bot exports (through the `metrics` facade, rendered for Prometheus by
//! `metrics-exporter-prometheus`). Labels never carry a chat or user id, nor any text.

use std::{sync::OnceLock, time::Duration};

use metrics_exporter_prometheus::{PrometheusBuilder, PrometheusHandle};

static HANDLE: OnceLock<PrometheusHandle> = OnceLock::new();

/// Installs the Prometheus recorder once per process and returns its handle (for the
/// `/metrics` route). Without it, every call below costs next to nothing and records nothing.
pub fn install() -> Option<&'static PrometheusHandle> {
    if let Some(handle) = HANDLE.get() {
        return Some(handle);
    }
    let builder = PrometheusBuilder::new()
        .set_buckets_for_metric(
            metrics_exporter_prometheus::Matcher::Full("objection_bot_update_seconds".into()),
            &[0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0],
        )
        .ok()?;
    let handle = builder.install_recorder().ok()?;
    let _ = HANDLE.set(handle);
    metrics::gauge!("objection_bot_build_info", "version" => env!("CARGO_PKG_VERSION")).set(1.0);
    HANDLE.get()
}

/// The text of `/metrics`.
pub fn render() -> String {
    match HANDLE.get() {
        Some(handle) => {
            handle.run_upkeep();
            handle.render()
        }
        None => String::new(),
    }
}

/// An update received, by kind (`message`, `callback_query`, `inline_query`,
/// `my_chat_member`, `unreadable`, `dropped`, `other`).
pub fn update(kind: &'static str) {
    metrics::counter!("objection_bot_updates_total", "kind" => kind).increment(1);
}

/// How long answering one update took.
pub fn update_seconds(took: Duration) {
    metrics::histogram!("objection_bot_update_seconds").record(took.as_secs_f64());
}

/// One Bot API request and how it ended.
pub fn telegram(method: &'static str, outcome: &'static str) {
    metrics::counter!("objection_bot_telegram_requests_total", "method" => method, "outcome" => outcome).increment(1);
}

/// Seconds Telegram asked the bot to wait (429 `retry_after`).
pub fn flood_wait(wait: Duration) {
    metrics::counter!("objection_bot_flood_wait_seconds_total").increment(wait.as_secs());
}

/// A reminder's outcome (`sent`, `skipped`, `retry`, `failed`, `gone`, `not_found`).
pub fn reminder(campaign: &str, outcome: &'static str) {
    metrics::counter!("objection_bot_reminders_total", "campaign" => campaign.to_owned(), "outcome" => outcome)
        .increment(1);
}

/// Reminders of a wave still waiting to be sent.
pub fn wave_pending(campaign: &str, wave: &str, pending: i64) {
    metrics::gauge!("objection_bot_wave_pending", "campaign" => campaign.to_owned(), "wave" => wave.to_owned())
        .set(pending as f64);
}

/// How long one claim of a batch of reminders took, on the store.
pub fn claim_seconds(took: Duration) {
    metrics::histogram!("objection_bot_claim_seconds").record(took.as_secs_f64());
}

/// How long recording one set of reminders' outcomes took, on the store.
pub fn record_seconds(took: Duration) {
    metrics::histogram!("objection_bot_record_seconds").record(took.as_secs_f64());
}

/// Chats subscribed to reminders with a platform left.
pub fn subscribers(count: i64) {
    metrics::gauge!("objection_bot_subscribers").set(count as f64);
}

/// The link checker's verdicts, one of each per platform.
pub const LINK_VERDICTS: [&str; 4] = ["reachable", "moved", "gone", "unreachable"];

/// A platform's links: 1 for `verdict` (the worst of its links), 0 for the others; all 0
/// while none has been checked, so the series exist from the start.
pub fn link_status(campaign: &str, platform: &str, verdict: Option<&str>) {
    metrics::describe_gauge!(
        "objection_bot_link_status",
        "1 for the link checker's verdict on a platform's links (the worst of its form and help page), 0 for the other verdicts"
    );
    for v in LINK_VERDICTS {
        metrics::gauge!(
            "objection_bot_link_status",
            "campaign" => campaign.to_owned(),
            "platform" => platform.to_owned(),
            "verdict" => v
        )
        .set(if Some(v) == verdict { 1.0 } else { 0.0 });
    }
}
