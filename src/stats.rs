//! The operators' summary (`objection-bot stats`, `/stats`): subscribers, checklist, the
//! next wave and reminder waves with their progress and outlook, and the link checker's last
//! results, as text or JSON; totals only, never a chat.

mod text;
mod watch;

use std::{collections::BTreeMap, time::Duration};

use chrono::{DateTime, FixedOffset, Utc};
use serde::Serialize;

pub use self::{
    text::{bar, human},
    watch::{print, History, Options, WINDOW},
};
use crate::{
    campaign::Campaigns,
    lang::Lang,
    store::{LinkRow, Result, Store, WaveRow},
};

/// What one read of the store found.
#[derive(Debug, Clone)]
pub struct Snapshot {
    pub at: DateTime<Utc>,
    pub subscribers: Vec<(Option<Lang>, i64)>,
    pub checklist: Vec<(String, i64)>,
    pub waves: Vec<WaveRow>,
    /// Chats subscribed to each campaign loaded, by id.
    pub campaign_subscribers: BTreeMap<String, i64>,
    /// The last moment (unix ms) a sender of reminders was seen (an outcome recorded, or
    /// the PostgreSQL lease held).
    pub sender_seen_ms: Option<i64>,
    /// The earliest moment (unix ms) a pending reminder of a live campaign may be sent.
    pub next_due_ms: Option<i64>,
    /// The link checker's results.
    pub links: Vec<LinkRow>,
    /// Deliveries by kind label and status (follow-ups, re-checks and news among them).
    pub kinds: Vec<(&'static str, String, i64)>,
    /// Chats that want news of new opt-outs.
    pub news_chats: i64,
}

impl Snapshot {
    /// Reads the counts (read-only queries), with the checklist of these campaigns' platforms.
    pub async fn read(store: &Store, at: DateTime<Utc>, campaigns: &Campaigns) -> Result<Snapshot> {
        let keys: Vec<&str> = campaigns.platforms().map(|(_, p)| p.key.as_str()).collect();
        let mut campaign_subscribers = BTreeMap::new();
        for c in campaigns.iter() {
            campaign_subscribers.insert(c.id.clone(), store.campaign_subscribers(&c.id).await?);
        }
        let live: Vec<String> = campaigns.iter().filter(|c| !c.is_over(at)).map(|c| c.id.clone()).collect();
        Ok(Snapshot {
            at,
            subscribers: store.subscribers_by_lang().await?,
            checklist: store.checklist_totals(&keys).await?,
            // A campaign loaded without an announcement is only marked as seen: not a wave.
            waves: store
                .wave_rows()
                .await?
                .into_iter()
                .filter(|w| !(w.wave.starts_with('@') && w.state == "skipped"))
                .collect(),
            campaign_subscribers,
            sender_seen_ms: store.sender_seen_ms().await?,
            next_due_ms: if live.is_empty() { None } else { store.next_pending_ms(&live).await? },
            // A database from before the link checker has none (`run` adds the table).
            links: store.links().await.unwrap_or_default(),
            kinds: store.deliveries_by_kind().await.unwrap_or_default(),
            news_chats: store.news_count().await.unwrap_or_default(),
        })
    }

    /// Whether a wave still has reminders that can be sent (pending, and not paused).
    pub fn sending(&self) -> bool {
        self.waves.iter().any(|w| w.counts.pending > 0 && w.paused.is_none())
    }
}

/// The summary, as printed (text) or serialized (JSON).
#[derive(Debug, Clone, Serialize)]
pub struct Report {
    /// When the store was read (RFC 3339).
    pub at: String,
    /// The campaigns loaded, newest deadline first.
    pub campaigns: Vec<CampaignReport>,
    pub subscribers: Subscribers,
    /// Chats that ticked each platform off, by platform key.
    pub checklist: BTreeMap<String, i64>,
    pub waves: Vec<WaveReport>,
    /// Set when reminders are due and no sender has been seen for a while: seconds since
    /// one was last seen (`None` inside: never).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub no_sender: Option<NoSender>,
    /// Every link of the campaigns loaded, with the link checker's last result.
    pub links: Vec<LinkReport>,
    /// Follow-ups, re-checks and announcements: counts by status, by kind.
    pub follow_through: BTreeMap<&'static str, BTreeMap<String, i64>>,
    /// Chats that want news of new opt-outs.
    pub news_chats: i64,
}

/// A campaign loaded.
#[derive(Debug, Clone, Serialize)]
pub struct CampaignReport {
    pub id: String,
    pub deadline: String,
    /// Its next wave, if one lies ahead before the deadline.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub next_wave: Option<NextWave>,
}

/// A wave still to come.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct NextWave {
    pub wave: String,
    /// When it is due (RFC 3339).
    pub due: String,
    pub seconds_until: f64,
    /// Chats subscribed to the campaign now (each gets it if a platform is left then).
    pub chats: i64,
}

/// Reminders are due and nothing sends them.
#[derive(Debug, Clone, Copy, Serialize, PartialEq)]
pub struct NoSender {
    /// Seconds since a sender was last seen; `None`: never.
    pub seen_seconds_ago: Option<f64>,
}

/// Chats subscribed to reminders of at least one campaign.
#[derive(Debug, Clone, Serialize)]
pub struct Subscribers {
    pub total: i64,
    /// By language code; `none` for a chat without a known language.
    pub by_language: BTreeMap<&'static str, i64>,
}

/// One reminder wave.
#[derive(Debug, Clone, Serialize)]
pub struct WaveReport {
    pub campaign: String,
    pub wave: String,
    pub due: String,
    /// `enqueued`, `skipped` or `paused`.
    pub state: &'static str,
    /// Why the wave is paused.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub paused_because: Option<String>,
    pub sent: i64,
    pub failed: i64,
    pub skipped: i64,
    pub pending: i64,
    pub forgotten: i64,
    /// Share of the wave done, from 0 to 1.
    pub progress: f64,
    /// For a wave with reminders pending: how fast, and when it will be done.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub rate: Option<Rate>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub outlook: Option<Outlook>,
}

/// Reminders per second, and where the number comes from.
#[derive(Debug, Clone, Copy, Serialize)]
pub struct Rate {
    pub per_second: f64,
    /// `measured` (between two reads up to [`WINDOW`] apart) or `estimated` (from BROADCAST_RATE).
    pub source: &'static str,
    /// Over how many seconds it was measured.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub over_seconds: Option<f64>,
}

/// When a wave with reminders pending will be done, against the campaign's deadline.
#[derive(Debug, Clone, Serialize, PartialEq)]
#[serde(tag = "finish", rename_all = "snake_case")]
pub enum Outlook {
    /// Done before the deadline (counting the waves queued ahead of it).
    InTime { seconds_left: f64, at: String },
    /// Not done before the deadline: about this many reminders would be left.
    TooLate { seconds_left: f64, at: String, left_at_deadline: i64 },
    /// No reminder went out between the two reads.
    Stalled,
    /// Reminders are due, and no sender has been seen for a while (the bot is not running,
    /// or another instance should have taken over).
    NoSender { seen_seconds_ago: Option<f64> },
    /// Paused: nothing more is sent until `objection-bot resume`.
    Paused,
    /// The deadline passed: what is pending will not be sent.
    DeadlinePassed,
    /// A campaign that is not loaded: what is pending will not be sent.
    OtherCampaign,
    /// An announcement of a new campaign, going out at the reminders' pace (no deadline).
    Announcing,
}

/// How long reminders may be due with no outcome recorded before `stats` says no sender
/// is seen: 10 s, or three messages' time at a slow `BROADCAST_RATE`.
pub fn silence_allowed(broadcast_rate: f64) -> Duration {
    Duration::from_secs_f64((3.0 / broadcast_rate.max(0.01)).clamp(10.0, 600.0))
}

impl Report {
    /// Builds the summary of `now`, measuring the rate against `before` (an earlier read, at
    /// most [`WINDOW`] before) when there is one, else estimating it from `broadcast_rate`.
    pub fn build(now: &Snapshot, before: Option<&Snapshot>, campaigns: &Campaigns, broadcast_rate: f64) -> Report {
        let offset = campaigns.first().offset();
        let elapsed = before.map(|b| (now.at - b.at).to_std().unwrap_or_default().as_secs_f64()).unwrap_or(0.0);
        let no_sender = no_sender(now, broadcast_rate);
        // Reminders go out in queue order: a wave finishes after the waves queued ahead of it.
        let mut queued_ahead = 0;
        let mut waves = Vec::new();
        for row in &now.waves {
            let c = &row.counts;
            let total = c.sent + c.failed + c.skipped + c.pending + c.forgotten;
            let mut wave = WaveReport {
                campaign: row.campaign_id.clone(),
                wave: row.wave.clone(),
                due: local(DateTime::from_timestamp(row.due_at, 0).unwrap_or_default(), offset),
                state: if row.paused.is_some() {
                    "paused"
                } else if row.state == "skipped" {
                    "skipped"
                } else {
                    "enqueued"
                },
                paused_because: row.paused.clone(),
                sent: c.sent,
                failed: c.failed,
                skipped: c.skipped,
                pending: c.pending,
                forgotten: c.forgotten,
                progress: if total == 0 { 1.0 } else { (total - c.pending) as f64 / total as f64 },
                rate: None,
                outlook: None,
            };
            if c.pending > 0 {
                let earlier = before
                    .and_then(|b| b.waves.iter().find(|w| w.campaign_id == row.campaign_id && w.wave == row.wave));
                wave.rate = Some(match earlier {
                    Some(w) if elapsed > 0.0 => Rate {
                        per_second: (w.counts.pending - c.pending).max(0) as f64 / elapsed,
                        source: "measured",
                        over_seconds: Some(elapsed),
                    },
                    _ => Rate { per_second: broadcast_rate, source: "estimated", over_seconds: None },
                });
                let deadline = campaigns.get(&row.campaign_id).and_then(|c| c.deadline).map(|d| d.to_utc());
                let sending = row.paused.is_none() && deadline.is_some_and(|d| now.at < d);
                if sending {
                    queued_ahead += c.pending;
                }
                let announcement = row.wave == crate::store::NEWS_WAVE;
                wave.outlook = Some(match deadline {
                    // An announcement has no deadline: it goes out at the reminders' pace.
                    _ if announcement && row.paused.is_some() => Outlook::Paused,
                    _ if announcement => Outlook::Announcing,
                    None => Outlook::OtherCampaign,
                    Some(deadline) if now.at >= deadline => Outlook::DeadlinePassed,
                    Some(_) if row.paused.is_some() => Outlook::Paused,
                    Some(_) if no_sender.is_some() => {
                        Outlook::NoSender { seen_seconds_ago: no_sender.and_then(|n| n.seen_seconds_ago) }
                    }
                    Some(deadline) => {
                        outlook(queued_ahead, wave.rate.map_or(0.0, |r| r.per_second), now.at, deadline, offset)
                    }
                });
            }
            waves.push(wave);
        }
        let mut by_language = BTreeMap::new();
        for (lang, n) in &now.subscribers {
            *by_language.entry(lang.map_or("none", Lang::code)).or_insert(0) += n;
        }
        Report {
            at: local(now.at, offset),
            campaigns: campaigns
                .iter()
                .map(|c| CampaignReport {
                    id: c.id.clone(),
                    deadline: c.deadline.map_or_else(|| "none".to_owned(), |d| d.to_rfc3339()),
                    next_wave: c.deadline.and_then(|deadline| {
                        c.next_wave_after(now.at).map(|w| NextWave {
                            due: local(w.due, *deadline.offset()),
                            seconds_until: (w.due - now.at).to_std().unwrap_or_default().as_secs_f64(),
                            chats: now.campaign_subscribers.get(&c.id).copied().unwrap_or(0),
                            wave: w.key,
                        })
                    }),
                })
                .collect(),
            subscribers: Subscribers { total: now.subscribers.iter().map(|(_, n)| n).sum(), by_language },
            checklist: now.checklist.iter().cloned().collect(),
            waves,
            no_sender,
            links: links::reports(campaigns, &now.links, offset),
            follow_through: follow_through(&now.kinds),
            news_chats: now.news_chats,
        }
    }

    /// Whether a wave is still to come, or one is sending: what `stats --watch` waits for.
    pub fn waiting(&self) -> bool {
        self.campaigns.iter().any(|c| c.next_wave.is_some())
    }
}

/// The counts of every kind but reminders (the waves say those), by kind and status.
fn follow_through(kinds: &[(&'static str, String, i64)]) -> BTreeMap<&'static str, BTreeMap<String, i64>> {
    let mut out: BTreeMap<&'static str, BTreeMap<String, i64>> = BTreeMap::new();
    for kind in crate::store::DeliveryKind::LABELS.into_iter().filter(|k| *k != "reminder") {
        out.insert(kind, BTreeMap::new());
    }
    for (kind, status, n) in kinds.iter().filter(|(k, _, _)| *k != "reminder") {
        *out.entry(kind).or_default().entry(status.clone()).or_default() += n;
    }
    out
}

/// Whether reminders are due while no sender has been seen for longer than the silence
/// allowed: the earliest pending reminder came due, and no outcome was recorded (nor the
/// lease held) since, for that long.
fn no_sender(now: &Snapshot, broadcast_rate: f64) -> Option<NoSender> {
    let due = now.next_due_ms?;
    if !now.sending() {
        return None;
    }
    let now_ms = now.at.timestamp_millis();
    let quiet_since = due.max(now.sender_seen_ms.unwrap_or(0));
    let allowed = i64::try_from(silence_allowed(broadcast_rate).as_millis()).unwrap_or(i64::MAX);
    if now_ms.saturating_sub(quiet_since) < allowed {
        return None;
    }
    Some(NoSender { seen_seconds_ago: now.sender_seen_ms.map(|seen| (now_ms - seen).max(0) as f64 / 1000.0) })
}

/// When `pending` reminders will be sent at `rate` a second, against the deadline.
fn outlook(pending: i64, rate: f64, now: DateTime<Utc>, deadline: DateTime<Utc>, offset: FixedOffset) -> Outlook {
    if rate <= 0.0 || !rate.is_finite() {
        return Outlook::Stalled;
    }
    let seconds_left = pending as f64 / rate;
    let done = now + Duration::from_secs_f64(seconds_left.min(1e9));
    let at = local(done, offset);
    if done <= deadline {
        Outlook::InTime { seconds_left, at }
    } else {
        let room = (deadline - now).to_std().unwrap_or_default().as_secs_f64();
        let left_at_deadline = (pending as f64 - rate * room).ceil().clamp(0.0, pending as f64) as i64;
        Outlook::TooLate { seconds_left, at, left_at_deadline }
    }
}

fn local(t: DateTime<Utc>, offset: FixedOffset) -> String {
    t.with_timezone(&offset).to_rfc3339_opts(chrono::SecondsFormat::Secs, true)
}

mod links;
pub use self::links::LinkReport;
#[cfg(test)]
mod tests;
