//! Pacing: the broadcaster's own token bucket, and the gap each chat must have between two
//! messages (with the bounded memory of which chats were sent to recently).

use std::{
    collections::HashMap,
    time::{Duration, Instant},
};

use crate::{alarm::Alarm, budget::CATCH_UP};

/// How full a group is when a sleeping pacer wakes: it sends 80 % of a group at once…
const WAKE_AT: f64 = 0.8;
/// …and a wake up to 10 ms late loses no time…
const LATE: f64 = 0.01;
/// …a group being 100 ms' worth (the burst a Telegram-like limit at `rate` allows)…
const GROUP_WINDOW: f64 = 0.1;
/// …but never more than this many at once: larger groups at 1,000/s drew a few 429s from a
/// fake server with Telegram-like bursts under load (issue 20), and gain little there.
const MAX_GROUP: f64 = 10.0;

/// A token bucket: `rate` per second with a small burst, so a wave keeps a steady pace. It
/// sleeps until several messages have accrued and then lets them go at once: each wake of
/// the process costs about what several sends do (issue 20), so sends are grouped (a wake
/// per 80 ms at 100/s and at 30/s, not one per message, on an alarm that wakes it once),
/// at most 10 together, and never more than 100 ms' worth.
#[derive(Debug)]
pub struct Pacer {
    rate: f64,
    capacity: f64,
    /// How many have accrued when a sleeping pacer wakes.
    want: f64,
    tokens: f64,
    last: tokio::time::Instant,
    /// Where it sleeps: one wake per group (see `alarm.rs`).
    alarm: Alarm,
}

impl Pacer {
    pub fn new(rate: f64) -> Pacer {
        let rate = if rate.is_finite() { rate.max(0.1) } else { 0.1 };
        // Room for 50 ms (or a group, if larger): a late wake-up, a claim or the end of a
        // batch's record loses no time, and the burst stays well under Telegram's second.
        // A group and 10 ms' worth more (a wake that late loses no time), never a whole
        // 100 ms' worth: after a pause (between two batches) a full bucket followed at once
        // by the next group then leaves a Telegram-like limit room to spare; with 100 ms'
        // worth, a few ms of skew drew 429s at 100/s (issue 20).
        let want = (rate * GROUP_WINDOW * WAKE_AT).clamp(1.0, MAX_GROUP);
        let capacity = (rate * CATCH_UP.as_secs_f64()).max(want + rate * LATE).max(1.0);
        Pacer { rate, capacity, want, tokens: 1.0, last: tokio::time::Instant::now(), alarm: Alarm::new() }
    }

    /// Waits until one more message may go.
    pub async fn acquire(&mut self) {
        loop {
            let now = tokio::time::Instant::now();
            self.tokens = self.accrued(now);
            self.last = now;
            if self.tokens >= 1.0 {
                self.tokens -= 1.0;
                return;
            }
            let wait = self.until_group(self.tokens);
            self.alarm.sleep(wait).await;
        }
    }

    /// The tokens there are at `now`.
    fn accrued(&self, now: tokio::time::Instant) -> f64 {
        let elapsed = now.saturating_duration_since(self.last).as_secs_f64();
        (self.tokens + elapsed * self.rate).min(self.capacity)
    }

    /// How long until most of a group has accrued, from `tokens` (the pacer sleeps that
    /// long, and sends it then).
    fn until_group(&self, tokens: f64) -> Duration {
        Duration::from_secs_f64(((self.want - tokens) / self.rate).clamp(0.001, 10.0))
    }

    /// How long [`Pacer::acquire`] would sleep if called now; `None` if it would not.
    pub fn sleep_ahead(&self) -> Option<Duration> {
        let tokens = self.accrued(tokio::time::Instant::now());
        (tokens < 1.0).then(|| self.until_group(tokens))
    }
}

/// The smallest gap between two messages to one chat: 1 s for a person, 3 s for a group
/// (Telegram allows 20 messages a minute in a group).
pub fn chat_gap(chat_id: i64) -> Duration {
    if chat_id < 0 {
        Duration::from_secs(3)
    } else {
        Duration::from_secs(1)
    }
}

/// When each chat last got a reminder, for the chats still inside their gap: the map holds
/// at most a few seconds of sends, never the whole wave.
#[derive(Debug, Default)]
pub struct RecentChats {
    sent: HashMap<i64, Instant>,
    last_prune: Option<Instant>,
}

impl RecentChats {
    /// How long `chat` must still wait before its next message, if at all.
    pub fn wait(&self, chat: i64, now: Instant) -> Option<Duration> {
        let at = self.sent.get(&chat)?;
        chat_gap(chat).checked_sub(now.saturating_duration_since(*at)).filter(|w| !w.is_zero())
    }

    pub fn sent(&mut self, chat: i64, now: Instant) {
        self.sent.insert(chat, now);
        if self.last_prune.is_none_or(|p| now.saturating_duration_since(p) >= Duration::from_secs(1)) {
            self.prune(now);
        }
    }

    /// Drops the chats whose gap is over.
    pub fn prune(&mut self, now: Instant) {
        self.sent.retain(|chat, at| now.saturating_duration_since(*at) < chat_gap(*chat));
        self.last_prune = Some(now);
    }

    pub fn len(&self) -> usize {
        self.sent.len()
    }

    pub fn is_empty(&self) -> bool {
        self.sent.is_empty()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Messages let go over ten seconds of (paused) time, and how many wakes that took.
    async fn ten_seconds_at(rate: f64) -> (usize, usize) {
        let mut pacer = Pacer::new(rate);
        let start = tokio::time::Instant::now();
        let (mut sent, mut wakes, mut last) = (0, 0, None);
        while start.elapsed() < Duration::from_secs(10) {
            pacer.acquire().await;
            sent += 1;
            let now = tokio::time::Instant::now();
            if last != Some(now) {
                wakes += 1;
                last = Some(now);
            }
        }
        (sent, wakes)
    }

    #[tokio::test(start_paused = true)]
    async fn the_pacer_keeps_its_rate_and_groups_sends_at_every_rate() {
        for rate in [30.0, 100.0, 1000.0] {
            let (sent, wakes) = ten_seconds_at(rate).await;
            // Ten seconds' worth, give or take a burst (50 ms' worth).
            let (low, high) = (rate * 9.95 - 1.0, rate * 10.05 + 1.0);
            assert!((low..=high).contains(&(sent as f64)), "{sent} sent in 10 s at {rate}/s");
            // A wake per 80 ms' worth at most: per two messages at 30/s, per eight at
            // 100/s, and at 1,000/s one per group of 10.
            let per_wake = if rate > 250.0 { 10 } else { (rate * 0.08) as usize };
            let most = sent / per_wake + 10;
            assert!(wakes <= most, "{wakes} wakes for {sent} messages at {rate}/s");
        }
    }

    #[tokio::test(start_paused = true)]
    async fn the_pacer_never_lets_more_than_its_burst_go_together() {
        for rate in [30.0, 100.0, 1000.0] {
            let mut pacer = Pacer::new(rate);
            let mut sent_at = Vec::new();
            let start = tokio::time::Instant::now();
            while start.elapsed() < Duration::from_secs(2) {
                pacer.acquire().await;
                sent_at.push(start.elapsed());
            }
            // In any 100 ms, at most 100 ms' worth plus one group; none together beyond a
            // group (100 ms' worth, at most 10).
            let group = (rate / 10.0).min(10.0) as usize;
            for (i, at) in sent_at.iter().enumerate() {
                let within = sent_at[i..].iter().take_while(|t| **t < *at + Duration::from_millis(100)).count();
                assert!(
                    within <= (rate / 10.0) as usize + group + 1,
                    "{within} sent within 100 ms of {at:?} at {rate}/s"
                );
                let together = sent_at[i..].iter().take_while(|t| **t == *at).count();
                assert!(together <= group, "{together} sent together at {at:?} at {rate}/s");
            }
        }
    }

    /// A pacer whose wake comes 5 ms late (the process busy elsewhere) still lets the full
    /// rate go: its bucket holds what accrued meanwhile, not only the group it waited for.
    #[tokio::test(start_paused = true)]
    async fn a_pacer_woken_late_loses_no_time() {
        use futures_util::FutureExt;
        for rate in [30.0, 100.0, 1000.0] {
            let mut pacer = Pacer::new(rate);
            let start = tokio::time::Instant::now();
            let mut sent = 0usize;
            while start.elapsed() < Duration::from_secs(10) {
                tokio::time::advance(pacer.until_group(pacer.tokens) + Duration::from_millis(5)).await;
                while pacer.acquire().now_or_never().is_some() {
                    sent += 1;
                }
            }
            let expected = start.elapsed().as_secs_f64() * rate;
            assert!(sent as f64 >= expected * 0.99, "{sent} sent in {:?} at {rate}/s", start.elapsed());
        }
    }

    /// After a pause (the broadcaster between two batches), a full pacer and the groups that
    /// follow stay within a Telegram-like limit (a burst of 100 ms' worth at the same rate)
    /// with 5 ms' worth to spare, so that a little skew on the way draws no 429.
    #[tokio::test(start_paused = true)]
    async fn after_a_pause_the_pacer_leaves_a_telegram_like_burst_room_to_spare() {
        for rate in [30.0, 100.0, 1000.0] {
            let mut pacer = Pacer::new(rate);
            let capacity = rate / 10.0 - rate / 200.0;
            let (mut tokens, mut last) = (capacity, tokio::time::Instant::now());
            for round in 0..3 {
                tokio::time::sleep(Duration::from_secs(1)).await;
                let start = tokio::time::Instant::now();
                while start.elapsed() < Duration::from_millis(500) {
                    pacer.acquire().await;
                    let now = tokio::time::Instant::now();
                    tokens = (tokens + (now - last).as_secs_f64() * rate).min(capacity);
                    last = now;
                    assert!(tokens >= 1.0, "refused at {:?} of round {round} at {rate}/s", start.elapsed());
                    tokens -= 1.0;
                }
            }
        }
    }

    #[test]
    fn the_broadcasters_memory_of_chats_holds_a_few_seconds_not_the_whole_wave() {
        let mut recent = RecentChats::default();
        let start = Instant::now();
        // 1,000 messages a second for 20 s, each to a new chat.
        for i in 0..20_000i64 {
            let now = start + Duration::from_millis(i as u64);
            recent.sent(if i % 2 == 0 { i } else { -i }, now);
            assert!(recent.len() <= 4_100, "{} chats remembered at {i}", recent.len());
        }
        let now = start + Duration::from_millis(20_000);
        assert_eq!(recent.wait(19_998, now), Some(Duration::from_millis(998)));
        assert_eq!(recent.wait(-19_999, now), Some(Duration::from_millis(2_999)));
        recent.prune(now + Duration::from_secs(3));
        assert!(recent.is_empty());
    }
}
