//! Pacing: the broadcaster's own token bucket, and the gap each chat must have between two
//! messages (with the bounded memory of which chats were sent to recently).

use std::{
    collections::HashMap,
    time::{Duration, Instant},
};

use crate::budget::CATCH_UP;

/// The pacer's shortest sleep.
const PACER_TICK: Duration = Duration::from_millis(10);

/// A token bucket: `rate` per second with a small burst, so a wave keeps a steady pace.
#[derive(Debug)]
pub struct Pacer {
    rate: f64,
    capacity: f64,
    tokens: f64,
    last: Instant,
}

impl Pacer {
    pub fn new(rate: f64) -> Pacer {
        let rate = if rate.is_finite() { rate.max(0.1) } else { 0.1 };
        // Room for 50 ms: a late wake-up, a claim or the end of a batch's record loses no
        // time, and the burst stays well under Telegram's second.
        let capacity = (rate * CATCH_UP.as_secs_f64()).max(1.0);
        Pacer { rate, capacity, tokens: 1.0, last: Instant::now() }
    }

    /// Waits until one more message may go.
    pub async fn acquire(&mut self) {
        loop {
            let now = Instant::now();
            let elapsed = now.saturating_duration_since(self.last).as_secs_f64();
            self.tokens = (self.tokens + elapsed * self.rate).min(self.capacity);
            self.last = now;
            if self.tokens >= 1.0 {
                self.tokens -= 1.0;
                return;
            }
            // Wake at most every few milliseconds and send what has accrued: a timer wake-up
            // per message would cost more CPU than the message itself at high rates.
            let wait = ((1.0 - self.tokens) / self.rate).clamp(PACER_TICK.as_secs_f64(), 10.0);
            tokio::time::sleep(Duration::from_secs_f64(wait)).await;
        }
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
