//! The sending budget: Telegram's free limit (about 30 messages a second) shared by replies
//! and free reminders, replies first but a wave keeping a guaranteed share; paid broadcasts
//! (reminders only) in a bucket of their own. Waiters queue in order (FIFO), and only the
//! first of each kind watches the clock: no task polls the budget while it waits.

use std::{
    sync::Mutex,
    time::{Duration, Instant},
};

use tokio::sync::{Notify, Semaphore};

/// The share of the free budget a wave keeps while replies wait: a quarter, so a wave at
/// 25/s still moves at 7.5/s during a reply surge, and replies keep three quarters.
pub const REMINDER_SHARE: f64 = 0.25;

/// Which of the two kinds of message wants a token.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    Reply,
    Reminder,
}

/// Messages that wait in a queue go out in groups of up to 100 ms' worth: the burst that the
/// tests' Telegram-like server allows (groups of 200 ms' worth drew 429s there, in
/// `tests/backlog.rs`, while cutting the CPU of a reply by a third)…
const GROUP_WINDOW: Duration = Duration::from_millis(100);
/// …and at most this many at once.
const MAX_GROUP: f64 = 10.0;

/// A token bucket of `rate` messages a second with a burst of 50 ms' worth (or of a group,
/// if larger), and a queue per kind: the waiters of a kind take turns in order, and only the
/// first of each kind waits on a timer. While several wait, the first sleeps until a group
/// of them may go and they go together: a wake of the process costs about what several sends
/// do (issue 20), so at 30/s a queue of replies costs a wake per three, not one each.
#[derive(Debug)]
struct Bucket {
    rate: f64,
    capacity: f64,
    /// How many waiting messages go out together (1 to [`MAX_GROUP`]).
    group: f64,
    state: Mutex<State>,
    /// The first reply waiter holds this; the others wait their turn behind it.
    reply_turn: Semaphore,
    reminder_turn: Semaphore,
    /// Wakes the first waiter of a kind that yielded, when the other kind yields in turn.
    reply_wake: Notify,
    reminder_wake: Notify,
}

#[derive(Debug)]
struct State {
    tokens: f64,
    last: Instant,
    replies_waiting: usize,
    reminders_waiting: usize,
    /// Tokens owed to reminders while both kinds wait: grows with each reply served then,
    /// and a reminder is served when it reaches one.
    owed: f64,
}

/// What taking a token came to.
enum Take {
    Taken,
    /// No token yet: look again after this long.
    Wait(Duration),
    /// A token, but it is the other kind's turn: look again after this long.
    Yield(Duration),
}

/// Counts a waiter for as long as it waits, even if its task is cancelled.
struct Waiting<'a>(&'a Bucket, Kind);

impl Drop for Waiting<'_> {
    fn drop(&mut self) {
        if let Ok(mut state) = self.0.state.lock() {
            match self.1 {
                Kind::Reply => state.replies_waiting = state.replies_waiting.saturating_sub(1),
                Kind::Reminder => state.reminders_waiting = state.reminders_waiting.saturating_sub(1),
            }
        }
    }
}

/// How long a pause of the sender is made up afterwards (the broadcaster's pacer uses it too).
pub const CATCH_UP: Duration = Duration::from_millis(50);

fn sane(rate: f64) -> f64 {
    if rate.is_finite() {
        rate.max(crate::config::MIN_RATE)
    } else {
        crate::config::MIN_RATE
    }
}

impl Bucket {
    fn new(rate: f64) -> Bucket {
        let rate = sane(rate);
        // Room for 50 ms of sending: a pause of the broadcaster (a claim, the end of a
        // batch's record) is made up, and the burst stays well under a second's worth.
        let group = (rate * GROUP_WINDOW.as_secs_f64()).clamp(1.0, MAX_GROUP).floor();
        let capacity = (rate * CATCH_UP.as_secs_f64()).max(group).max(1.0);
        Bucket {
            rate,
            capacity,
            group,
            state: Mutex::new(State {
                tokens: 1.0,
                last: Instant::now(),
                replies_waiting: 0,
                reminders_waiting: 0,
                owed: 0.0,
            }),
            reply_turn: Semaphore::new(1),
            reminder_turn: Semaphore::new(1),
            reply_wake: Notify::new(),
            reminder_wake: Notify::new(),
        }
    }

    /// Waits for a token; returns whether it yielded to the other kind on the way.
    async fn take(&self, kind: Kind) -> bool {
        if let Ok(mut state) = self.state.lock() {
            match kind {
                Kind::Reply => state.replies_waiting += 1,
                Kind::Reminder => state.reminders_waiting += 1,
            }
        }
        let _waiting = Waiting(self, kind);
        let (turn, mine, theirs) = match kind {
            Kind::Reply => (&self.reply_turn, &self.reply_wake, &self.reminder_wake),
            Kind::Reminder => (&self.reminder_turn, &self.reminder_wake, &self.reply_wake),
        };
        // In order: the semaphore is fair, and never closed.
        let _turn = turn.acquire().await;
        let mut yielded = false;
        loop {
            match self.try_take(kind) {
                Take::Taken => return yielded,
                Take::Wait(wait) => tokio::time::sleep(wait).await,
                Take::Yield(wait) => {
                    // The other kind's turn: wake its first waiter, and sleep until it
                    // yields back or the clock says to look again.
                    yielded = true;
                    theirs.notify_one();
                    tokio::select! {
                        _ = tokio::time::sleep(wait) => {}
                        _ = mine.notified() => {}
                    }
                }
            }
        }
    }

    fn try_take(&self, kind: Kind) -> Take {
        let Ok(mut state) = self.state.lock() else { return Take::Taken };
        let now = Instant::now();
        state.tokens =
            (state.tokens + now.saturating_duration_since(state.last).as_secs_f64() * self.rate).min(self.capacity);
        state.last = now;
        let interval = 1.0 / self.rate;
        if state.tokens < 1.0 {
            // Wait for as many tokens as there are waiters, up to a group.
            let waiting = (state.replies_waiting + state.reminders_waiting) as f64;
            let want = waiting.min(self.group).max(1.0);
            let wait = (want - state.tokens) * interval;
            return Take::Wait(Duration::from_secs_f64(wait.min(10.0)).max(Duration::from_millis(1)));
        }
        let both = state.replies_waiting > 0 && state.reminders_waiting > 0;
        let per_reply = REMINDER_SHARE / (1.0 - REMINDER_SHARE);
        match kind {
            Kind::Reply if both && state.owed >= 1.0 => {
                Take::Yield(Duration::from_secs_f64(interval.min(10.0)).max(Duration::from_millis(1)))
            }
            Kind::Reply => {
                if both {
                    state.owed = (state.owed + per_reply).min(1.0);
                }
                state.tokens -= 1.0;
                Take::Taken
            }
            Kind::Reminder if both && state.owed < 1.0 => {
                // Until replies have been served enough for this reminder's turn.
                let replies_first = ((1.0 - state.owed) / per_reply).ceil().max(1.0);
                Take::Yield(Duration::from_secs_f64((replies_first * interval).min(10.0)).max(Duration::from_millis(1)))
            }
            Kind::Reminder => {
                state.owed = if both { state.owed - 1.0 } else { 0.0 };
                state.tokens -= 1.0;
                Take::Taken
            }
        }
    }
}

/// The sending budget of the whole bot.
#[derive(Debug)]
pub struct Budget {
    /// Telegram's free limit: replies, and reminders unless they are paid broadcasts.
    free: Bucket,
    /// Paid broadcasts: reminders only.
    paid: Option<Bucket>,
}

impl Budget {
    /// Replies and reminders both within `rate` a second (at least 0.1).
    pub fn new(rate: f64) -> Budget {
        Budget { free: Bucket::new(rate), paid: None }
    }

    /// Replies within Telegram's free limit, reminders as paid broadcasts within `paid_rate`.
    pub fn with_paid(free_rate: f64, paid_rate: f64) -> Budget {
        Budget { free: Bucket::new(free_rate), paid: Some(Bucket::new(paid_rate)) }
    }

    /// The budget of a bot that sends reminders as paid broadcasts or not: replies always
    /// keep Telegram's free limit, since they are not paid broadcasts.
    pub fn for_bot(paid: bool) -> Budget {
        let free = crate::config::MAX_FREE_RATE;
        if paid {
            Budget::with_paid(free, crate::config::MAX_PAID_RATE)
        } else {
            Budget::new(free)
        }
    }

    /// Messages a second that replies may use.
    pub fn reply_rate(&self) -> f64 {
        self.free.rate
    }

    /// Waits, in turn, for a token for a reply to a person: ahead of reminders, but for
    /// their share.
    pub async fn for_reply(&self) {
        self.free.take(Kind::Reply).await;
    }

    /// Waits, in turn, for a token for a reminder. Returns whether it was held back
    /// because replies were waiting (it then still had its share).
    pub async fn for_reminder(&self) -> bool {
        match &self.paid {
            Some(paid) => paid.take(Kind::Reminder).await,
            None => self.free.take(Kind::Reminder).await,
        }
    }
}

#[cfg(test)]
mod tests;
