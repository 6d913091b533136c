//! The metrics the bot exports (through the `metrics` facade, rendered for Prometheus by
//! `metrics-exporter-prometheus`). Labels never carry a chat or user id, nor any text.
//!
//! Every metric is described (`# HELP`) and every label-free series, and each label set an
//! alert in `deploy/prometheus/alerts.yml` reads, is registered at start (counters at 0), so
//! that an alert sees the first increment and need not test for an absent series.

mod waves;

use std::{
    sync::{Mutex, OnceLock},
    time::Duration,
};

use metrics::{describe_counter, describe_gauge, describe_histogram, Unit};
use metrics_exporter_prometheus::{PrometheusBuilder, PrometheusHandle};

use waves::WaveGauges;
pub use waves::{EndedMark, WaveKey};

static HANDLE: OnceLock<PrometheusHandle> = OnceLock::new();

/// The kinds of update counted in `objection_bot_updates_total`.
pub const UPDATE_KINDS: [&str; 7] =
    ["message", "callback_query", "inline_query", "my_chat_member", "unreadable", "dropped", "other"];

/// The Bot API methods whose requests are registered at start (those a 429 can hit).
const METHODS: [&str; 4] = ["sendMessage", "answerCallbackQuery", "answerInlineQuery", "getChatMember"];

/// How a Bot API request ended (`telegram::courier::outcome`).
const REQUEST_OUTCOMES: [&str; 7] = ["ok", "retry_after", "migrated", "server_error", "blocked", "network", "other"];

/// A reminder's outcomes, as [`reminder`] counts them.
const REMINDER_OUTCOMES: [&str; 6] = ["sent", "skipped", "retry", "failed", "gone", "not_found"];

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
    describe();
    register();
    metrics::gauge!("objection_bot_build_info", "version" => env!("CARGO_PKG_VERSION")).set(1.0);
    HANDLE.get()
}

/// The `# HELP` line of every metric.
fn describe() {
    describe_gauge!("objection_bot_build_info", "Always 1; the version label names the running build");
    describe_gauge!("objection_bot_ready", "1 while the bot is ready (as /readyz), 0 while starting or draining");
    describe_gauge!(
        "objection_bot_task_heartbeat_timestamp_seconds",
        Unit::Seconds,
        "When each reminder task (scheduler, broadcaster) last reported in, as a unix time"
    );
    describe_counter!("objection_bot_updates_total", "Updates received from Telegram, by kind");
    describe_histogram!("objection_bot_update_seconds", Unit::Seconds, "How long answering one update took");
    describe_counter!(
        "objection_bot_backlog_full_total",
        "Updates refused because the backlog of updates waiting to be answered was full"
    );
    describe_counter!("objection_bot_telegram_requests_total", "Bot API requests, by method and how they ended");
    describe_counter!(
        "objection_bot_flood_wait_seconds_total",
        Unit::Seconds,
        "Seconds Telegram asked the bot to wait (429 retry_after)"
    );
    describe_counter!("objection_bot_reminders_total", "Reminder outcomes, by campaign and outcome");
    describe_counter!(
        "objection_bot_deliveries_total",
        "Outcomes of everything the queue sends, by kind (reminder, followup, recheck, news) and outcome"
    );
    describe_gauge!(
        "objection_bot_wave_pending",
        "Reminders of a wave still waiting to be sent (lowered as outcomes are recorded; counted anew by the sending instance every 30 s, or 1,000 times as long as the last count took when that is longer)"
    );
    describe_gauge!("objection_bot_wave_paused", "1 while a wave is paused by the wave brake, else 0");
    describe_gauge!(
        "objection_bot_campaign_deadline_timestamp_seconds",
        Unit::Seconds,
        "Each campaign's deadline, as a unix time"
    );
    describe_histogram!("objection_bot_claim_seconds", Unit::Seconds, "How long claiming a batch of reminders took");
    describe_histogram!("objection_bot_record_seconds", Unit::Seconds, "How long recording reminders' outcomes took");
    describe_gauge!("objection_bot_subscribers", "Chats subscribed to the reminders of at least one campaign");
}

/// Every series known at start, at 0.
fn register() {
    for kind in UPDATE_KINDS {
        metrics::counter!("objection_bot_updates_total", "kind" => kind).absolute(0);
    }
    for method in METHODS {
        for outcome in REQUEST_OUTCOMES {
            metrics::counter!("objection_bot_telegram_requests_total", "method" => method, "outcome" => outcome)
                .absolute(0);
        }
    }
    metrics::counter!("objection_bot_flood_wait_seconds_total").absolute(0);
    metrics::counter!("objection_bot_backlog_full_total").absolute(0);
    metrics::gauge!("objection_bot_ready").set(0.0);
    metrics::gauge!("objection_bot_subscribers").set(0.0);
    for task in ["scheduler", "broadcaster"] {
        metrics::gauge!("objection_bot_task_heartbeat_timestamp_seconds", "task" => task).set(0.0);
    }
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

/// Whether the bot is ready (as `/readyz` says).
pub fn ready(ready: bool) {
    metrics::gauge!("objection_bot_ready").set(if ready { 1.0 } else { 0.0 });
}

/// A reminder task (`scheduler`, `broadcaster`) reported in at `now_ms` (unix ms).
pub fn heartbeat(task: &'static str, now_ms: i64) {
    metrics::gauge!("objection_bot_task_heartbeat_timestamp_seconds", "task" => task).set(now_ms as f64 / 1000.0);
}

/// An update received, by kind (one of [`UPDATE_KINDS`]).
pub fn update(kind: &'static str) {
    metrics::counter!("objection_bot_updates_total", "kind" => kind).increment(1);
}

/// How long answering one update took.
pub fn update_seconds(took: Duration) {
    metrics::histogram!("objection_bot_update_seconds").record(took.as_secs_f64());
}

/// An update refused because the backlog of updates waiting to be answered was full.
pub fn backlog_full() {
    metrics::counter!("objection_bot_backlog_full_total").increment(1);
}

/// One Bot API request and how it ended.
pub fn telegram(method: &'static str, outcome: &'static str) {
    metrics::counter!("objection_bot_telegram_requests_total", "method" => method, "outcome" => outcome).increment(1);
}

/// Seconds Telegram asked the bot to wait (429 `retry_after`).
pub fn flood_wait(wait: Duration) {
    metrics::counter!("objection_bot_flood_wait_seconds_total").increment(wait.as_secs());
}

/// The campaigns loaded, with their deadlines (unix seconds): their reminder counters are
/// registered at 0.
pub fn campaigns<'a>(campaigns: impl IntoIterator<Item = (&'a str, Option<i64>)>) {
    for (id, deadline) in campaigns {
        // An evergreen campaign has no deadline, so no series (an alert on it has nothing to read).
        if let Some(deadline) = deadline {
            metrics::gauge!("objection_bot_campaign_deadline_timestamp_seconds", "campaign" => id.to_owned())
                .set(deadline as f64);
        }
        for outcome in REMINDER_OUTCOMES {
            metrics::counter!("objection_bot_reminders_total", "campaign" => id.to_owned(), "outcome" => outcome)
                .absolute(0);
        }
    }
    for kind in crate::store::DeliveryKind::LABELS {
        for outcome in REMINDER_OUTCOMES {
            metrics::counter!("objection_bot_deliveries_total", "kind" => kind, "outcome" => outcome).absolute(0);
        }
    }
}

/// The outcome of anything the queue sent, by its kind's label.
pub fn delivery(kind: &'static str, outcome: &'static str, count: u64) {
    metrics::counter!("objection_bot_deliveries_total", "kind" => kind, "outcome" => outcome).increment(count);
}

/// A reminder's outcome (`sent`, `skipped`, `retry`, `failed`, `gone`, `not_found`).
pub fn reminder(campaign: &str, outcome: &'static str, count: u64) {
    metrics::counter!("objection_bot_reminders_total", "campaign" => campaign.to_owned(), "outcome" => outcome)
        .increment(count);
}

/// The waves' gauges as shown (see [`waves`]).
static WAVES: Mutex<WaveGauges> = Mutex::new(WaveGauges::new());

fn wave_gauges() -> std::sync::MutexGuard<'static, WaveGauges> {
    WAVES.lock().unwrap_or_else(|e| e.into_inner())
}

fn set_wave((wave, waiting, paused): waves::Setting) {
    let (campaign, wave) = wave;
    metrics::gauge!("objection_bot_wave_pending", "campaign" => campaign.clone(), "wave" => wave.clone())
        .set(waiting as f64);
    metrics::gauge!("objection_bot_wave_paused", "campaign" => campaign, "wave" => wave).set(if paused {
        1.0
    } else {
        0.0
    });
}

/// A mark to take just before the store counts the reminders waiting, for [`waves`].
pub fn waves_mark() -> EndedMark {
    wave_gauges().mark()
}

/// The waves with reminders waiting (counted by the store after `mark` was taken; `None`
/// when not counted this time) and those paused now. A wave reported before and in neither
/// list now is set to 0 (an instance that stops sending reports none).
pub fn waves(counted: Option<(EndedMark, Vec<(WaveKey, i64)>)>, paused: Vec<WaveKey>) {
    let settings = wave_gauges().report(counted, paused);
    settings.into_iter().for_each(set_wave);
}

/// `n` reminders of a wave ended (their outcomes are recorded): its gauge goes down at once.
pub fn wave_ended(campaign: &str, wave: &str, n: u64) {
    let setting = wave_gauges().ended((campaign.to_owned(), wave.to_owned()), n);
    setting.into_iter().for_each(set_wave);
}

/// Reminders of a wave still waiting, counted while none of it is being recorded.
pub fn wave_pending(campaign: &str, wave: &str, pending: i64) {
    let setting = wave_gauges().exact((campaign.to_owned(), wave.to_owned()), pending);
    set_wave(setting);
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

/// A connection or request an HTTP listener (`public` or `ops`) refused or cut, by reason
/// (`connections`, `header_timeout`, `body_timeout`, `body_too_large`, `accept_error`).
pub fn http_refused(listener: &'static str, reason: &'static str) {
    metrics::counter!("objection_bot_http_refused_total", "listener" => listener, "reason" => reason).increment(1);
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
