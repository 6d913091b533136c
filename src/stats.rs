//! The operators' summary (`objection-bot stats`, `/stats`): subscribers, checklist and
//! reminder waves with their progress and outlook, and the link checker's last results, as
//! text or JSON; totals only, never a chat.

use std::{collections::BTreeMap, fmt::Write as _, io::IsTerminal, io::Write as _, time::Duration};

use chrono::{DateTime, FixedOffset, Utc};
use serde::Serialize;

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
    /// The link checker's results.
    pub links: Vec<LinkRow>,
}

impl Snapshot {
    /// Reads the counts (read-only queries), with the checklist of these campaigns' platforms.
    pub async fn read(store: &Store, at: DateTime<Utc>, campaigns: &Campaigns) -> Result<Snapshot> {
        let keys: Vec<&str> = campaigns.platforms().map(|(_, p)| p.key.as_str()).collect();
        Ok(Snapshot {
            at,
            subscribers: store.subscribers_by_lang().await?,
            checklist: store.checklist_totals(&keys).await?,
            waves: store.wave_rows().await?,
            // A database from before the link checker has none (`run` adds the table).
            links: store.links().await.unwrap_or_default(),
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
    /// Every link of the campaigns loaded, with the link checker's last result.
    pub links: Vec<LinkReport>,
}

/// A campaign loaded.
#[derive(Debug, Clone, Serialize)]
pub struct CampaignReport {
    pub id: String,
    pub deadline: String,
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
    /// `measured` (two reads a second apart) or `estimated` (from BROADCAST_RATE).
    pub source: &'static str,
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
    /// Paused: nothing more is sent until `objection-bot resume`.
    Paused,
    /// The deadline passed: what is pending will not be sent.
    DeadlinePassed,
    /// A campaign that is not loaded: what is pending will not be sent.
    OtherCampaign,
}

/// Width of the text progress bar.
const BAR: usize = 20;

impl Report {
    /// Builds the summary of `now`, measuring the rate against `before` (a read about a
    /// second earlier) when there is one, else estimating it from `broadcast_rate`.
    pub fn build(now: &Snapshot, before: Option<&Snapshot>, campaigns: &Campaigns, broadcast_rate: f64) -> Report {
        let offset = campaigns.first().offset();
        let elapsed = before.map(|b| (now.at - b.at).to_std().unwrap_or_default().as_secs_f64()).unwrap_or(0.0);
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
                    Some(w) if elapsed > 0.0 => {
                        Rate { per_second: (w.counts.pending - c.pending).max(0) as f64 / elapsed, source: "measured" }
                    }
                    _ => Rate { per_second: broadcast_rate, source: "estimated" },
                });
                let deadline = campaigns.get(&row.campaign_id).and_then(|c| c.deadline).map(|d| d.to_utc());
                let sending = row.paused.is_none() && deadline.is_some_and(|d| now.at < d);
                if sending {
                    queued_ahead += c.pending;
                }
                wave.outlook = Some(match deadline {
                    None => Outlook::OtherCampaign,
                    Some(deadline) if now.at >= deadline => Outlook::DeadlinePassed,
                    Some(_) if row.paused.is_some() => Outlook::Paused,
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
                })
                .collect(),
            subscribers: Subscribers { total: now.subscribers.iter().map(|(_, n)| n).sum(), by_language },
            checklist: now.checklist.iter().cloned().collect(),
            waves,
            links: links::reports(campaigns, &now.links, offset),
        }
    }

    /// The summary as lines of plain text.
    pub fn text(&self) -> String {
        let mut out = String::new();
        let _ = writeln!(out, "objection-bot stats at {}", self.at);
        for c in &self.campaigns {
            let _ = writeln!(out, "campaign {}, deadline {}", c.id, c.deadline);
        }
        let _ = writeln!(out, "\nsubscribed chats: {}", self.subscribers.total);
        for (lang, n) in &self.subscribers.by_language {
            let _ = writeln!(out, "  {lang:<10} {n}");
        }
        let _ = writeln!(out, "\nchats that ticked a platform off:");
        for (platform, n) in &self.checklist {
            let _ = writeln!(out, "  {platform:<10} {n}");
        }
        let _ = writeln!(out, "\nreminder waves:{}", if self.waves.is_empty() { " none yet" } else { "" });
        for w in &self.waves {
            wave_text(&mut out, w);
        }
        links::text(&mut out, &self.links);
        out
    }
}

fn wave_text(out: &mut String, w: &WaveReport) {
    let state = match (w.state, &w.paused_because) {
        (_, Some(why)) => format!("paused: {why}"),
        ("skipped", _) => "skipped (it came due while the bot was down, and a later wave was due)".into(),
        _ if w.pending > 0 => "enqueued, sending".into(),
        _ => "enqueued, done".into(),
    };
    let _ = writeln!(out, "  {} {}, due {}: {state}", w.campaign, w.wave, w.due);
    if w.state == "skipped" {
        return;
    }
    let _ = writeln!(
        out,
        "    sent {}, failed {}, skipped {}, pending {}, forgotten {}",
        w.sent, w.failed, w.skipped, w.pending, w.forgotten
    );
    let _ = writeln!(out, "    {} {:>3.0} %", bar(w.progress), (w.progress * 100.0 + 1e-9).floor());
    if let Some(rate) = w.rate {
        let how = if rate.source == "measured" { "over the last second" } else { "estimated from BROADCAST_RATE" };
        let _ = writeln!(out, "    rate {:.1} reminders/s ({how})", rate.per_second);
    }
    let line = match &w.outlook {
        None => return,
        Some(Outlook::InTime { seconds_left, at }) => {
            format!("done in about {} ({at}), before the deadline", human(*seconds_left))
        }
        Some(Outlook::TooLate { seconds_left, at, left_at_deadline }) => format!(
            "WILL NOT FINISH IN TIME: done in about {} ({at}), after the deadline; about {left_at_deadline} \
             reminders would be left then (raise BROADCAST_RATE or set BROADCAST_PAID=true)",
            human(*seconds_left)
        ),
        Some(Outlook::Stalled) => "no reminder went out in the last second: cannot tell when it will be done".into(),
        Some(Outlook::Paused) => {
            "paused: it will not finish unless resumed (stop the bot, run `objection-bot resume`)".into()
        }
        Some(Outlook::DeadlinePassed) => "the deadline has passed: the pending reminders will not be sent".into(),
        Some(Outlook::OtherCampaign) => "not a campaign loaded: the pending reminders will not be sent".into(),
    };
    let _ = writeln!(out, "    {line}");
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

/// `[########............]` for a share from 0 to 1.
pub fn bar(share: f64) -> String {
    let full = ((share.clamp(0.0, 1.0) * BAR as f64 + 1e-9).floor() as usize).min(BAR);
    format!("[{}{}]", "#".repeat(full), ".".repeat(BAR - full))
}

/// A duration as people read it: `45 s`, `12 min 5 s`, `3 h 20 min`, `2 d 4 h`.
pub fn human(seconds: f64) -> String {
    let s = seconds.max(0.0).ceil().min(1e12) as u64;
    match s {
        0..60 => format!("{s} s"),
        60..3_600 => format!("{} min {} s", s / 60, s % 60),
        3_600..86_400 => format!("{} h {} min", s / 3_600, s % 3_600 / 60),
        _ => format!("{} d {} h", s / 86_400, s % 86_400 / 3_600),
    }
}

/// How `objection-bot stats` shows the summary.
#[derive(Debug, Clone, Copy, Default)]
pub struct Options {
    /// Refresh every second until no wave is sending, or Ctrl-C.
    pub watch: bool,
    /// One JSON object (a line per refresh with `watch`).
    pub json: bool,
}

/// Prints the summary of the database at `url` to standard output, once or every second.
/// Each read opens it afresh, read-only (see [`Store::open_read_only`]).
pub async fn print(url: &str, campaigns: &Campaigns, broadcast_rate: f64, options: Options) -> Result<()> {
    let terminal = std::io::stdout().is_terminal();
    let mut before: Option<Snapshot> = None;
    loop {
        let store = Store::open_read_only(url).await?;
        let now = Snapshot::read(&store, Utc::now(), campaigns).await;
        store.close().await;
        let now = now?;
        let report = Report::build(&now, before.as_ref(), campaigns, broadcast_rate);
        let text = if options.json { serde_json::to_string(&report).unwrap_or_default() + "\n" } else { report.text() };
        let mut stdout = std::io::stdout().lock();
        if options.watch && terminal {
            // Clear the screen and go home, so the report stays in place.
            let _ = write!(stdout, "\x1b[2J\x1b[H");
        } else if before.is_some() && !options.json {
            let _ = writeln!(stdout);
        }
        let _ = write!(stdout, "{text}");
        let _ = stdout.flush();
        drop(stdout);
        if !options.watch || !now.sending() {
            return Ok(());
        }
        before = Some(now);
        tokio::select! {
            _ = tokio::time::sleep(Duration::from_secs(1)) => {}
            _ = tokio::signal::ctrl_c() => return Ok(()),
        }
    }
}

mod links;
pub use self::links::LinkReport;

#[cfg(test)]
mod tests;
