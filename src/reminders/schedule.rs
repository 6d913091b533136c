//! The pure reminder schedule: given the campaign, the clock and what was already done,
//! which wave is due, which are skipped, and when to wake up next.

use std::collections::BTreeSet;

use chrono::{DateTime, Utc};

use crate::campaign::Campaign;
pub use crate::campaign::Wave;

/// What the scheduler should do now.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Plan {
    /// The wave to send now, if one is due and not yet handled.
    pub send: Option<Wave>,
    /// Waves that came due while nothing ran and are overtaken by a later one (or by the deadline).
    pub skip: Vec<Wave>,
    /// When the next wave falls due.
    pub wake_at: Option<DateTime<Utc>>,
}

/// Decides what to do at `now`, given the waves already handled (sent or skipped).
/// Only the latest due wave is sent; older unhandled ones are skipped, and none is sent
/// once the deadline has passed.
pub fn plan(campaign: &Campaign, now: DateTime<Utc>, handled: &BTreeSet<String>) -> Plan {
    let mut plan = Plan::default();
    // Without a deadline a campaign has no waves: nothing to send, nothing to wake for.
    let Some(deadline) = campaign.deadline.map(|d| d.with_timezone(&Utc)) else {
        return plan;
    };
    let mut due: Vec<Wave> = Vec::new();
    for wave in campaign.waves() {
        if handled.contains(&wave.key) {
            continue;
        }
        if wave.due <= now {
            due.push(wave);
        } else if plan.wake_at.is_none() {
            plan.wake_at = Some(wave.due);
        }
    }
    if now < deadline {
        plan.send = due.pop();
    }
    plan.skip = due;
    plan
}

#[cfg(test)]
mod tests {
    use super::*;

    fn campaign() -> Campaign {
        let deadline = chrono::DateTime::parse_from_rfc3339("2025-05-27T00:00:00+02:00").unwrap();
        let mut c = Campaign::dated_meta(deadline);
        c.reminders = ["3d", "1d", "3h"].iter().map(|o| crate::campaign::parse_offset(o).unwrap()).collect();
        c
    }

    fn at(c: &Campaign, before_deadline_secs: i64) -> DateTime<Utc> {
        c.deadline.unwrap().with_timezone(&Utc) - chrono::Duration::seconds(before_deadline_secs)
    }

    fn handled(keys: &[&str]) -> BTreeSet<String> {
        keys.iter().map(|k| k.to_string()).collect()
    }

    #[test]
    fn nothing_is_due_before_the_first_wave() {
        let c = campaign();
        let p = plan(&c, at(&c, 4 * 86_400), &handled(&[]));
        assert_eq!(p.send, None);
        assert!(p.skip.is_empty());
        assert_eq!(p.wake_at, Some(at(&c, 3 * 86_400)));
    }

    #[test]
    fn a_due_wave_is_sent_once() {
        let c = campaign();
        let now = at(&c, 3 * 86_400 - 10);
        assert_eq!(plan(&c, now, &handled(&[])).send.map(|w| w.key), Some("3d".into()));
        let p = plan(&c, now, &handled(&["3d"]));
        assert_eq!(p.send, None);
        assert_eq!(p.wake_at, Some(at(&c, 86_400)));
    }

    #[test]
    fn after_downtime_only_the_latest_due_wave_is_sent() {
        let c = campaign();
        let p = plan(&c, at(&c, 3_600), &handled(&[]));
        assert_eq!(p.send.map(|w| w.key), Some("3h".into()));
        assert_eq!(p.skip.iter().map(|w| w.key.as_str()).collect::<Vec<_>>(), vec!["3d", "1d"]);
        assert_eq!(p.wake_at, None);
    }

    #[test]
    fn nothing_is_sent_after_the_deadline() {
        let c = campaign();
        let p = plan(&c, at(&c, -60), &handled(&["3d"]));
        assert_eq!(p.send, None);
        assert_eq!(p.skip.len(), 2);
        assert_eq!(c.next_wave_after(at(&c, -60)), None);
    }

    #[test]
    fn the_next_wave_is_announced() {
        let c = campaign();
        assert_eq!(c.next_wave_after(at(&c, 2 * 86_400)).map(|w| w.key), Some("1d".into()));
        assert_eq!(c.next_wave_after(at(&c, 60)), None);
    }
}
