//! The one sending budget that replies and reminders share, so that together they never
//! exceed Telegram's limit; replies to people come first.

use std::{
    sync::Mutex,
    time::{Duration, Instant},
};

/// The longest a reminder waits between two looks at the budget.
const TICK: Duration = Duration::from_millis(10);

/// A token bucket of `rate` messages a second with a burst of two ticks' worth. Replies
/// take the next token as soon as there is one; reminders take one only while no reply
/// is waiting.
#[derive(Debug)]
pub struct Budget {
    rate: f64,
    capacity: f64,
    state: Mutex<State>,
}

#[derive(Debug)]
struct State {
    tokens: f64,
    last: Instant,
    replies_waiting: usize,
}

impl State {
    fn refill(&mut self, rate: f64, capacity: f64) {
        let now = Instant::now();
        self.tokens = (self.tokens + now.saturating_duration_since(self.last).as_secs_f64() * rate).min(capacity);
        self.last = now;
    }
}

/// Counts a waiting reply for as long as it waits, even if its task is cancelled.
struct Waiting<'a>(&'a Budget);

impl Drop for Waiting<'_> {
    fn drop(&mut self) {
        if let Ok(mut state) = self.0.state.lock() {
            state.replies_waiting = state.replies_waiting.saturating_sub(1);
        }
    }
}

/// How long a pause of the sender is made up afterwards (the broadcaster's pacer uses it too).
pub const CATCH_UP: Duration = Duration::from_millis(50);

impl Budget {
    /// A budget of `rate` messages a second (at least 0.1).
    pub fn new(rate: f64) -> Budget {
        let rate = if rate.is_finite() { rate.max(0.1) } else { 0.1 };
        // Room for 50 ms of sending: a pause of the broadcaster (a claim, the end of a
        // batch's record) is made up, and the burst stays well under a second's worth.
        let capacity = (rate * CATCH_UP.as_secs_f64()).max(1.0);
        Budget { rate, capacity, state: Mutex::new(State { tokens: 1.0, last: Instant::now(), replies_waiting: 0 }) }
    }

    pub fn rate(&self) -> f64 {
        self.rate
    }

    /// Waits for a token for a reply to a person: ahead of every reminder.
    pub async fn for_reply(&self) {
        if let Ok(mut state) = self.state.lock() {
            state.replies_waiting += 1;
        }
        let _waiting = Waiting(self);
        loop {
            match self.try_take(true) {
                None => return,
                Some(wait) => tokio::time::sleep(wait).await,
            }
        }
    }

    /// Waits for a token for a reminder: only while no reply waits.
    pub async fn for_reminder(&self) {
        loop {
            match self.try_take(false) {
                None => return,
                Some(wait) => tokio::time::sleep(wait.max(TICK)).await,
            }
        }
    }

    /// Takes a token if one is free (for a reminder: and no reply waits); else says how
    /// long to wait before looking again.
    fn try_take(&self, reply: bool) -> Option<Duration> {
        let Ok(mut state) = self.state.lock() else { return None };
        state.refill(self.rate, self.capacity);
        if state.tokens >= 1.0 && (reply || state.replies_waiting == 0) {
            state.tokens -= 1.0;
            return None;
        }
        let missing = (1.0 - state.tokens).max(0.0);
        Some(Duration::from_secs_f64((missing / self.rate).min(1.0)).max(Duration::from_millis(1)))
    }
}

#[cfg(test)]
mod tests {
    use std::sync::Arc;

    use super::*;

    #[tokio::test]
    async fn the_budget_holds_its_rate_for_replies_and_reminders_together() {
        let budget = Arc::new(Budget::new(50.0));
        let start = Instant::now();
        let mut tasks = Vec::new();
        for i in 0..60 {
            let budget = budget.clone();
            tasks.push(tokio::spawn(async move {
                if i % 2 == 0 {
                    budget.for_reply().await
                } else {
                    budget.for_reminder().await
                }
            }));
        }
        for t in tasks {
            t.await.unwrap();
        }
        // 60 tokens at 50 a second, starting with one: at least 59 / 50 s.
        assert!(start.elapsed() >= Duration::from_millis(1150), "{:?}", start.elapsed());
    }

    #[tokio::test]
    async fn a_reply_goes_before_waiting_reminders() {
        let budget = Arc::new(Budget::new(10.0));
        budget.for_reminder().await; // the first token
        let order = Arc::new(Mutex::new(Vec::new()));
        let mut tasks = Vec::new();
        for i in 0..5 {
            let (budget, order) = (budget.clone(), order.clone());
            tasks.push(tokio::spawn(async move {
                budget.for_reminder().await;
                order.lock().unwrap().push(format!("reminder {i}"));
            }));
        }
        tokio::time::sleep(Duration::from_millis(20)).await;
        let (b, o) = (budget.clone(), order.clone());
        tasks.push(tokio::spawn(async move {
            b.for_reply().await;
            o.lock().unwrap().push("reply".to_string());
        }));
        for t in tasks {
            t.await.unwrap();
        }
        assert_eq!(order.lock().unwrap()[0], "reply", "{:?}", order.lock().unwrap());
    }

    #[test]
    fn absurd_rates_cannot_break_the_arithmetic() {
        for rate in [0.0, -1.0, f64::NAN, f64::INFINITY, 1e-300] {
            let b = Budget::new(rate);
            assert!(b.rate() >= 0.1 && b.rate().is_finite());
            assert!(b.try_take(false).is_none(), "the first token is free");
            assert!(b.try_take(false).is_some_and(|w| w <= Duration::from_secs(1)));
        }
    }
}
