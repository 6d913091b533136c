//! The summary as plain text: campaigns with their next wave, subscribers, checklist, and
//! each wave with a progress bar, its rate and its outlook.

use std::fmt::Write as _;

use super::{Outlook, Report, WaveReport};

/// Width of the text progress bar.
const BAR: usize = 20;

impl Report {
    /// The summary as lines of plain text.
    pub fn text(&self) -> String {
        let mut out = String::new();
        let _ = writeln!(out, "objection-bot stats at {}", self.at);
        for c in &self.campaigns {
            let _ = writeln!(out, "campaign {}, deadline {}", c.id, c.deadline);
            let _ = match &c.next_wave {
                Some(w) => writeln!(
                    out,
                    "  next wave: {} at {} (in {}), {} {}",
                    w.wave,
                    w.due,
                    human(w.seconds_until),
                    w.chats,
                    if w.chats == 1 { "chat" } else { "chats" }
                ),
                None => writeln!(out, "  next wave: none before the deadline"),
            };
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
        if let Some(no_sender) = self.no_sender {
            let _ = writeln!(
                out,
                "\nnothing is sending: {}; is the bot running?",
                no_sender_text(no_sender.seen_seconds_ago)
            );
        }
        let _ = writeln!(out, "\nfollow-ups, re-checks and news ({} chats want news):", self.news_chats);
        for (kind, counts) in &self.follow_through {
            let n = |status: &str| counts.get(status).copied().unwrap_or(0);
            let _ = writeln!(
                out,
                "  {kind:<10} {} waiting, {} sent, {} not needed, {} failed",
                n("pending") + n("inflight"),
                n("sent"),
                n("skipped"),
                n("failed")
            );
        }
        super::links::text(&mut out, &self.links);
        out
    }
}

fn no_sender_text(seen_seconds_ago: Option<f64>) -> String {
    match seen_seconds_ago {
        Some(seconds) => format!("no sender seen for {}", human(seconds)),
        None => "no sender seen yet".into(),
    }
}

fn wave_text(out: &mut String, w: &WaveReport) {
    let state = match (w.state, &w.paused_because) {
        (_, Some(why)) => format!("paused: {why}"),
        ("skipped", _) => "skipped (it came due while the bot was down, and a later wave was due)".into(),
        _ if matches!(w.outlook, Some(Outlook::NoSender { .. })) => "enqueued, waiting for a sender".into(),
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
        let how = match rate.over_seconds {
            Some(s) if rate.source == "measured" => format!("over the last {s:.0} s"),
            _ => "estimated from BROADCAST_RATE".into(),
        };
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
        Some(Outlook::Stalled) => "no reminder went out since the last read: cannot tell when it will be done".into(),
        Some(Outlook::NoSender { seen_seconds_ago }) => {
            format!("not sending: {}, so it cannot tell when it will be done", no_sender_text(*seen_seconds_ago))
        }
        Some(Outlook::Paused) => "paused: it will not finish unless resumed: run `objection-bot resume` (the bot \
                                  may keep running), or `objection-bot resume --share 0.5` if that many chats \
                                  really blocked the bot"
            .into(),
        Some(Outlook::DeadlinePassed) => "the deadline has passed: the pending reminders will not be sent".into(),
        Some(Outlook::OtherCampaign) => "not a campaign loaded: the pending reminders will not be sent".into(),
        Some(Outlook::Announcing) => "an announcement to the chats that want news, at the reminders' pace".into(),
    };
    let _ = writeln!(out, "    {line}");
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
