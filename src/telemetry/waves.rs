//! The waves' gauges (`objection_bot_wave_pending`, `objection_bot_wave_paused`): set from the
//! store's counts, which read every waiting delivery and so are taken seldom at a million
//! (issue 20), and lowered at once as the broadcaster records deliveries that ended.

use std::collections::{BTreeMap, BTreeSet};

/// A wave: its campaign and its `wave`.
pub type WaveKey = (String, String);

/// How many deliveries of each wave this process has seen end, when a count was begun.
#[derive(Debug, Clone, Default)]
pub struct EndedMark(BTreeMap<WaveKey, u64>);

/// What the gauges show, and what ended since the process started.
#[derive(Debug, Default)]
pub struct WaveGauges {
    /// Waiting deliveries shown per wave (every wave shown, paused or not).
    shown: BTreeMap<WaveKey, i64>,
    paused: BTreeSet<WaveKey>,
    /// Deliveries ended by recorded outcomes, per wave, since the start.
    ended: BTreeMap<WaveKey, u64>,
}

/// A gauge to set: the wave, what waits, and whether it is paused.
pub type Setting = (WaveKey, i64, bool);

impl WaveGauges {
    pub const fn new() -> WaveGauges {
        WaveGauges { shown: BTreeMap::new(), paused: BTreeSet::new(), ended: BTreeMap::new() }
    }

    /// A mark to take just before the store counts what waits.
    pub fn mark(&self) -> EndedMark {
        EndedMark(self.ended.clone())
    }

    /// `n` deliveries of `wave` ended: its gauge, if shown, goes down by as many.
    pub fn ended(&mut self, wave: WaveKey, n: u64) -> Option<Setting> {
        *self.ended.entry(wave.clone()).or_default() += n;
        let shown = self.shown.get_mut(&wave)?;
        *shown = shown.saturating_sub(i64::try_from(n).unwrap_or(i64::MAX)).max(0);
        let paused = self.paused.contains(&wave);
        Some((wave, *shown, paused))
    }

    /// One wave's exact count, taken when nothing of it is being recorded (the broadcaster,
    /// between batches).
    pub fn exact(&mut self, wave: WaveKey, waiting: i64) -> Setting {
        let paused = self.paused.contains(&wave);
        self.shown.insert(wave.clone(), waiting.max(0));
        (wave, waiting.max(0), paused)
    }

    /// The waves that wait, counted by the store after `mark` was taken (`None`: not counted
    /// this time, the gauges keep what they show), and those paused now. Deliveries that
    /// ended while the count was taken are taken off it; a wave shown before and in neither
    /// list now is set to 0 once, and no longer shown.
    pub fn report(&mut self, counted: Option<(EndedMark, Vec<(WaveKey, i64)>)>, paused: Vec<WaveKey>) -> Vec<Setting> {
        let mut shown: BTreeMap<WaveKey, i64> = match counted {
            Some((mark, counts)) => counts
                .into_iter()
                .map(|(wave, waiting)| {
                    let now = self.ended.get(&wave).copied().unwrap_or(0);
                    let since = now.saturating_sub(mark.0.get(&wave).copied().unwrap_or(0));
                    let waiting = waiting.saturating_sub(i64::try_from(since).unwrap_or(i64::MAX)).max(0);
                    (wave, waiting)
                })
                .collect(),
            None => self.shown.iter().filter(|(_, waiting)| **waiting > 0).map(|(w, n)| (w.clone(), *n)).collect(),
        };
        self.paused = paused.into_iter().collect();
        for wave in &self.paused {
            shown.entry(wave.clone()).or_insert(0);
        }
        let mut settings: Vec<Setting> =
            self.shown.keys().filter(|w| !shown.contains_key(*w)).map(|w| (w.clone(), 0, false)).collect();
        settings.extend(shown.iter().map(|(w, n)| (w.clone(), *n, self.paused.contains(w))));
        self.shown = shown;
        settings
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn key(wave: &str) -> WaveKey {
        ("c".to_owned(), wave.to_owned())
    }

    #[test]
    fn a_counted_wave_goes_down_as_its_deliveries_end_until_the_next_count() {
        let mut g = WaveGauges::default();
        let mark = g.mark();
        assert_eq!(g.report(Some((mark, vec![(key("3d"), 1000)])), vec![]), vec![(key("3d"), 1000, false)]);
        assert_eq!(g.ended(key("3d"), 256), Some((key("3d"), 744, false)));
        // Not counted this time: it keeps what it shows.
        assert_eq!(g.report(None, vec![]), vec![(key("3d"), 744, false)]);
        assert_eq!(g.ended(key("3d"), 1000), Some((key("3d"), 0, false)));
        // A wave not shown is not invented by its outcomes.
        assert_eq!(g.ended(key("1d"), 5), None);
    }

    #[test]
    fn what_ended_while_the_store_counted_is_taken_off_the_count() {
        let mut g = WaveGauges::default();
        g.report(Some((g.mark(), vec![(key("3d"), 1000)])), vec![]);
        let mark = g.mark();
        // Recorded while the count ran: the count may or may not hold it, the gauge goes down.
        g.ended(key("3d"), 256);
        assert_eq!(g.report(Some((mark, vec![(key("3d"), 900)])), vec![]), vec![(key("3d"), 644, false)]);
    }

    #[test]
    fn a_finished_wave_is_set_to_zero_once_and_a_paused_one_stays_shown() {
        let mut g = WaveGauges::default();
        g.report(Some((g.mark(), vec![(key("3d"), 10), (key("1d"), 4)])), vec![]);
        let settings = g.report(Some((g.mark(), vec![(key("1d"), 4)])), vec![key("1d")]);
        assert_eq!(settings, vec![(key("3d"), 0, false), (key("1d"), 4, true)]);
        let settings = g.report(None, vec![]);
        assert_eq!(settings, vec![(key("1d"), 4, false)]);
        // A paused wave with nothing left waiting is still shown as paused.
        let settings = g.report(Some((g.mark(), vec![])), vec![key("1d")]);
        assert_eq!(settings, vec![(key("1d"), 0, true)]);
        assert_eq!(g.report(Some((g.mark(), vec![])), vec![]), vec![(key("1d"), 0, false)]);
        assert_eq!(g.report(Some((g.mark(), vec![])), vec![]), vec![]);
    }

    #[test]
    fn an_exact_count_between_batches_replaces_what_is_shown() {
        let mut g = WaveGauges::default();
        g.report(Some((g.mark(), vec![(key("3d"), 10)])), vec![]);
        assert_eq!(g.exact(key("3d"), 3), (key("3d"), 3, false));
        assert_eq!(g.ended(key("3d"), 1), Some((key("3d"), 2, false)));
    }
}
