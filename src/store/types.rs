//! What every backend stores and returns: a chat's state, deliveries and their outcomes,
//! claims, wave counts, and the store's errors.

use std::{
    collections::{BTreeMap, BTreeSet},
    sync::Arc,
};

use crate::lang::Lang;

pub type Result<T> = std::result::Result<T, StoreError>;

#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    #[error("database: {0}")]
    Sql(#[from] sqlx::Error),
    /// The server could not be reached or refused the bot: the cause as the driver says it
    /// (refused, name not found, TLS, authentication), never the URL with its password.
    #[error("database: cannot connect to PostgreSQL at {at}: {why}")]
    Unreachable { at: String, why: String },
    #[error("database migration: {0}")]
    Migrate(#[from] sqlx::migrate::MigrateError),
    #[error("database file {path}: {source}")]
    File { path: String, source: std::io::Error },
    #[error("another objection-bot is already running on this database (it holds {path}); stop it first")]
    Locked { path: String },
    #[error("{0}")]
    Unsupported(String),
}

/// A chat to add at once (`Store::add_subscribers`): its id, language and platforms ticked off.
pub type NewChat<'a> = (i64, Option<Lang>, &'a [&'a str]);

/// What the store holds about one chat.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ChatState {
    pub lang: Option<Lang>,
    /// The campaigns the chat wants reminders for, by id.
    pub subscriptions: BTreeSet<String>,
    /// The platforms ticked off, by key (keys of platforms no longer loaded are ignored).
    pub done: BTreeSet<String>,
    /// The day each of those was ticked off (unix seconds at 00:00 UTC; 0: before days
    /// were kept).
    pub ticked_on: BTreeMap<String, i64>,
    /// The campaigns for which the chat was thanked for finishing, by id.
    pub thanked: BTreeSet<String>,
    /// Whether the chat wants news of new opt-outs (/news).
    pub news: bool,
}

impl ChatState {
    pub fn is_done(&self, key: &str) -> bool {
        self.done.contains(key)
    }

    pub fn is_subscribed(&self, campaign_id: &str) -> bool {
        self.subscriptions.contains(campaign_id)
    }

    /// The state with `done` made from the keys of `ticked_on` (as the backends read them).
    pub(crate) fn with_done_from_days(self) -> ChatState {
        ChatState { done: self.ticked_on.keys().cloned().collect(), ..self }
    }
}

/// A reminder taken by the broadcaster to send.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Delivery {
    /// The delivery's row in the store (never reused).
    pub id: i64,
    /// The token of the claim that took it: outcomes are recorded only under it.
    pub claim: Arc<str>,
    /// The fencing counter of the lease it was claimed under.
    pub fence: i64,
    pub campaign_id: String,
    pub wave: String,
    pub chat_id: i64,
    pub attempts: i64,
    /// The chat as it is now; `None` if it was forgotten since the wave started.
    pub chat: Option<ChatState>,
}

/// How one delivery ended, or when to try it again.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Outcome {
    Sent,
    /// Not sent, and not to be: the chat unsubscribed, has nothing left to do, or the
    /// campaign's deadline passed.
    Skipped,
    /// Try again at `not_before` (unix ms); `count_attempt` is false for a 429.
    Retry {
        not_before: i64,
        count_attempt: bool,
    },
    Failed,
    /// A final answer: the chat blocked the bot, was deactivated, or removed the bot. The
    /// chat is forgotten (unless the wave is paused).
    Gone,
    /// "Chat not found" and its kin: final only for a chat this bot reached before (a wrong
    /// token or a test server answers this for everyone). Forgotten if it was reached
    /// before, else recorded as failed.
    NotFound,
}

impl Outcome {
    pub(crate) fn is_unreachable(&self) -> bool {
        matches!(self, Outcome::Gone | Outcome::NotFound)
    }

    /// The status a delivery ends in with this outcome, for those recorded in bulk.
    pub(crate) fn final_status(&self) -> Option<&'static str> {
        match self {
            Outcome::Sent => Some("sent"),
            Outcome::Skipped => Some("skipped"),
            Outcome::Failed => Some("failed"),
            _ => None,
        }
    }

    /// Whether Telegram gave an answer on a send (as opposed to skipping or retrying).
    pub(crate) fn is_tried(&self) -> bool {
        matches!(self, Outcome::Sent | Outcome::Failed | Outcome::Gone | Outcome::NotFound)
    }
}

/// When a wave pauses: when more than `share` of its tried reminders came back unreachable,
/// counted over at least `sample` reminders (so at most `share × sample` chats can be
/// forgotten before the brake can act).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct PauseRule {
    pub share: f64,
    pub sample: i64,
}

impl Default for PauseRule {
    fn default() -> PauseRule {
        PauseRule { share: 0.2, sample: 200 }
    }
}

impl PauseRule {
    /// The rule for one wave: its own share if `resume --share` set one.
    pub(crate) fn for_wave(self, share: Option<f64>) -> PauseRule {
        PauseRule { share: share.unwrap_or(self.share), ..self }
    }

    pub(crate) fn trips(&self, tried: i64, unreachable: i64) -> bool {
        unreachable as f64 > self.share * tried.max(self.sample) as f64
    }
}

/// Tried and unreachable reminders per wave, `(campaign id, wave)`, among `outcomes`; every
/// wave with an outcome is there (its sender was seen), with (0, 0) if none was tried.
pub(crate) fn tries_per_wave<'a>(
    outcomes: impl IntoIterator<Item = &'a (Delivery, Outcome)>,
) -> std::collections::BTreeMap<(&'a str, &'a str), (i64, i64)> {
    let mut per_wave: std::collections::BTreeMap<(&str, &str), (i64, i64)> = Default::default();
    for (d, outcome) in outcomes {
        let counts = per_wave.entry((&d.campaign_id, &d.wave)).or_default();
        counts.0 += i64::from(outcome.is_tried());
        counts.1 += i64::from(outcome.is_unreachable());
    }
    per_wave
}

/// Why a wave paused, as the log, `check` and `stats` say it.
pub(crate) fn pause_reason(tried: i64, unreachable: i64, rule: PauseRule) -> String {
    format!(
        "{unreachable} of {tried} reminders came back as blocked or chat not found, more than {:.0} % \
         (a wrong TELOXIDE_TOKEN or TELOXIDE_API_URL answers that for everyone); nothing more is deleted",
        rule.share * 100.0
    )
}

/// A wave that is paused, and why.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PausedWave {
    pub campaign_id: String,
    pub wave: String,
    pub why: String,
}

/// What a claim asks for.
#[derive(Debug, Clone)]
pub struct Claim<'a> {
    /// The fencing counter of the broadcaster's lease: outcomes are recorded only where it
    /// still matches, so a leader that lost its lease changes nothing (always 1 on SQLite,
    /// where one process holds the database).
    pub fence: i64,
    /// Only deliveries of these campaigns (those loaded, before their deadline) are taken.
    pub campaign_ids: &'a [String],
    /// Unix ms: deliveries due by then.
    pub now_ms: i64,
    pub limit: i64,
    /// A random token naming this claim.
    pub token: &'a str,
    /// Unix ms after which the claim is stale and may be released.
    pub lease_until_ms: i64,
}

/// Rows of (stored language code, count) folded by language the bot knows (`None`: no
/// language or one it does not know), in language order.
pub(crate) fn counts_by_lang(rows: impl IntoIterator<Item = (Option<String>, i64)>) -> Vec<(Option<Lang>, i64)> {
    let mut counts: Vec<(Option<Lang>, i64)> = Vec::new();
    for (code, n) in rows {
        let lang = code.as_deref().and_then(Lang::from_tag);
        match counts.iter_mut().find(|(l, _)| *l == lang) {
            Some((_, total)) => *total += n,
            None => counts.push((lang, n)),
        }
    }
    counts.sort_by_key(|(lang, _)| lang.map(Lang::code));
    counts
}

/// Delivery counts of one wave.
#[derive(Debug, Clone, Default, PartialEq, Eq, sqlx::FromRow)]
pub struct WaveCounts {
    pub pending: i64,
    pub sent: i64,
    pub failed: i64,
    pub skipped: i64,
    /// Chats forgotten because a reminder of this wave found them gone.
    pub forgotten: i64,
}

impl WaveCounts {
    /// Counts from rows of (delivery status, count), and the chats forgotten.
    pub(crate) fn from_statuses(rows: impl IntoIterator<Item = (String, i64)>, forgotten: i64) -> WaveCounts {
        let mut counts = WaveCounts { forgotten, ..WaveCounts::default() };
        for (status, n) in rows {
            match status.as_str() {
                "pending" | "inflight" => counts.pending += n,
                "sent" => counts.sent += n,
                "failed" => counts.failed += n,
                _ => counts.skipped += n,
            }
        }
        counts
    }
}

/// One wave of the `waves` table with its delivery counts (a row of the backend's `WAVE_ROWS`).
#[derive(Debug, Clone, PartialEq, Eq, sqlx::FromRow)]
pub struct WaveRow {
    pub campaign_id: String,
    pub wave: String,
    /// Unix seconds.
    pub due_at: i64,
    /// `enqueued` or `skipped`, as recorded.
    pub state: String,
    /// Why the wave is paused, if it is.
    pub paused: Option<String>,
    #[sqlx(flatten)]
    pub counts: WaveCounts,
    /// When an outcome of it was last recorded (unix ms), if ever.
    #[sqlx(rename = "last_outcome_at")]
    pub last_outcome_ms: Option<i64>,
}

/// What the link checker last saw of one campaign link, and its baseline (see `links`): a
/// row of the `links` table.
#[derive(Debug, Clone, Default, PartialEq, Eq, sqlx::FromRow)]
pub struct LinkRow {
    pub campaign_id: String,
    pub platform: String,
    /// `form` or `help`.
    pub which: String,
    /// The link as the campaign gave it when it was checked.
    pub url: String,
    /// Unix ms of the last request.
    pub checked_ms: i64,
    /// The final HTTP status; `None` when nothing answered.
    pub status: Option<i64>,
    /// Where the redirects ended.
    pub final_url: Option<String>,
    /// `reachable`, `moved`, `gone` or `unreachable`.
    pub verdict: String,
    /// The error, or why an answer counts as reachable.
    pub detail: Option<String>,
    /// The first answer seen after the campaign's `checked` day: its status, final URL and time.
    pub baseline_status: Option<i64>,
    pub baseline_url: Option<String>,
    pub baseline_ms: Option<i64>,
}
