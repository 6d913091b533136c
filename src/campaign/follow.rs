//! What a campaign file says about following through: when a follow-up asks whether an
//! objection was confirmed (and asks once more), when a re-check of a setting comes, and
//! whether the campaign is announced to the chats that want news.

use std::time::Duration;

use super::parse_offset;

/// A campaign's follow-through settings, in the offsets' notation in its file.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct FollowThrough {
    /// After ticking a form off: the follow-up asking whether the company confirmed (30d).
    pub after: Duration,
    /// After "not yet, ask me later": the one more time it asks (14d).
    pub again: Duration,
    /// After asking to be reminded to check a setting is still off (180d).
    pub recheck: Duration,
    /// Whether the campaign, loaded for the first time, is announced to news subscribers.
    pub announce: bool,
}

impl Default for FollowThrough {
    fn default() -> FollowThrough {
        FollowThrough {
            after: Duration::from_secs(30 * 86_400),
            again: Duration::from_secs(14 * 86_400),
            recheck: Duration::from_secs(180 * 86_400),
            announce: false,
        }
    }
}

impl FollowThrough {
    /// From the file's optional fields; an error names the field and says what is wrong.
    pub(super) fn parse(
        after: Option<&str>,
        again: Option<&str>,
        recheck: Option<&str>,
        announce: Option<bool>,
    ) -> Result<FollowThrough, (&'static str, String)> {
        let default = FollowThrough::default();
        let read = |field: &'static str, text: Option<&str>, or: Duration| match text {
            None => Ok(or),
            Some(t) => parse_offset(t).map_err(|p| (field, p)),
        };
        Ok(FollowThrough {
            after: read("followup_after", after, default.after)?,
            again: read("followup_again", again, default.again)?,
            recheck: read("recheck_after", recheck, default.recheck)?,
            announce: announce.unwrap_or(false),
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn defaults_are_a_month_two_weeks_and_six_months_and_a_test_may_say_seconds() {
        let d = FollowThrough::parse(None, None, None, None).unwrap();
        assert_eq!(d, FollowThrough::default());
        assert_eq!(d.after.as_secs(), 30 * 86_400);
        let t = FollowThrough::parse(Some("20s"), Some("20s"), Some("20s"), Some(true)).unwrap();
        assert_eq!((t.after.as_secs(), t.again.as_secs(), t.recheck.as_secs(), t.announce), (20, 20, 20, true));
        let (field, problem) = FollowThrough::parse(None, Some("soon"), None, None).unwrap_err();
        assert_eq!(field, "followup_again");
        assert!(problem.contains("`soon`"), "{problem}");
    }
}
