//! What a delivery in the queue is: a reminder of a wave, a follow-up, a re-check or a news
//! announcement. The `wave` column tells them apart: a reminder's is its offset (`3d`), the
//! others' start with `@` and name the platform they are about.

/// The kind of a delivery, read from (and written to) its `wave` column.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum DeliveryKind {
    /// A reminder of a campaign's wave before its deadline.
    Reminder,
    /// Asks whether the company confirmed an objection sent on a form; `again` is the one
    /// more time a person asked for (⏳).
    FollowUp { platform: String, again: bool },
    /// Asks the person to check a setting is still off (asked for with 🔔).
    Recheck { platform: String },
    /// Announces a new campaign to the chats that want news (`/news`).
    News,
}

/// The `wave` of every announcement (its campaign is the one announced).
pub const NEWS_WAVE: &str = "@news";

/// Whether a `wave` is one the waves' gauges and log summaries count: a reminder wave or an
/// announcement, not a follow-up or re-check (as `PENDING_BY_WAVE` selects them).
pub fn is_wave(wave: &str) -> bool {
    !wave.starts_with('@') || wave == NEWS_WAVE
}

impl DeliveryKind {
    /// The metric and `stats` labels of the kinds, in the order `stats` lists them.
    pub const LABELS: [&'static str; 4] = ["reminder", "followup", "recheck", "news"];

    /// The kind of a delivery with this `wave`; a name this build does not know is a reminder
    /// (as every wave was before kinds).
    pub fn of(wave: &str) -> DeliveryKind {
        let Some(rest) = wave.strip_prefix('@') else { return DeliveryKind::Reminder };
        match rest.split_once(':') {
            Some(("followup", p)) => DeliveryKind::FollowUp { platform: p.to_owned(), again: false },
            Some(("again", p)) => DeliveryKind::FollowUp { platform: p.to_owned(), again: true },
            Some(("recheck", p)) => DeliveryKind::Recheck { platform: p.to_owned() },
            _ if wave == NEWS_WAVE => DeliveryKind::News,
            _ => DeliveryKind::Reminder,
        }
    }

    /// The `wave` this kind is stored under (reminders keep their offset: not for them).
    pub fn wave(&self) -> String {
        match self {
            DeliveryKind::Reminder => String::new(),
            DeliveryKind::FollowUp { platform, again: false } => format!("@followup:{platform}"),
            DeliveryKind::FollowUp { platform, again: true } => format!("@again:{platform}"),
            DeliveryKind::Recheck { platform } => format!("@recheck:{platform}"),
            DeliveryKind::News => NEWS_WAVE.to_owned(),
        }
    }

    /// Its label in metrics and `stats` (one of [`DeliveryKind::LABELS`]).
    pub fn label(&self) -> &'static str {
        match self {
            DeliveryKind::Reminder => "reminder",
            DeliveryKind::FollowUp { .. } => "followup",
            DeliveryKind::Recheck { .. } => "recheck",
            DeliveryKind::News => "news",
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_kind_reads_back_from_its_wave_and_offsets_are_reminders() {
        let kinds = [
            DeliveryKind::FollowUp { platform: "facebook".into(), again: false },
            DeliveryKind::FollowUp { platform: "facebook".into(), again: true },
            DeliveryKind::Recheck { platform: "linkedin".into() },
            DeliveryKind::News,
        ];
        for kind in kinds {
            assert_eq!(DeliveryKind::of(&kind.wave()), kind);
        }
        for wave in ["3d", "90s", "", "@", "@unknown:x", "@followup"] {
            assert_eq!(DeliveryKind::of(wave), DeliveryKind::Reminder, "{wave}");
        }
    }
}
