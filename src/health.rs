//! Liveness and readiness: the reminder tasks report in, start-up marks the bot ready, a
//! stop marks it draining, and a ping of the database every few seconds (unless it answered
//! the broadcaster meanwhile) says whether it answers. `/healthz` and `/readyz` read this.

use std::{
    future::Future,
    sync::atomic::{AtomicBool, AtomicI64, Ordering},
    time::Duration,
};

use chrono::Utc;
use tokio::sync::watch;

use crate::alarm::Alarm;

/// How long a reminder task may go without reporting before the bot counts as unhealthy.
pub const MAX_SILENCE_MS: i64 = 60_000;

/// A long-running task that reports in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Task {
    Scheduler,
    Broadcaster,
}

impl Task {
    /// The task's name, as `/healthz` and the metrics say it.
    pub fn name(self) -> &'static str {
        match self {
            Task::Scheduler => "scheduler",
            Task::Broadcaster => "broadcaster",
        }
    }
}

/// The bot's health, shared by the tasks and the HTTP routes.
#[derive(Debug, Default)]
pub struct Health {
    scheduler: AtomicI64,
    broadcaster: AtomicI64,
    ready: AtomicBool,
    draining: AtomicBool,
    /// The last ping of the database went unanswered (in time).
    database_down: AtomicBool,
}

/// How often [`watch_database`] pings the database…
pub const PING_EVERY: Duration = Duration::from_secs(2);
/// …and how long an answer may take before the bot counts as not ready.
pub const PING_TIMEOUT: Duration = Duration::from_secs(2);
/// A database that answered the broadcaster this recently is not pinged: a claim is two
/// seconds' worth, so a wave at any pace over 4/s answers more often than this, and the
/// readiness check notices a database gone within 5 s (4 s while nothing is sent).
pub const ANSWERED_LATELY: Duration = Duration::from_secs(3);

impl Health {
    /// A task says it is alive (now).
    pub fn beat(&self, task: Task) {
        self.beat_at(task, Utc::now().timestamp_millis());
    }

    pub fn beat_at(&self, task: Task, now_ms: i64) {
        match task {
            Task::Scheduler => self.scheduler.store(now_ms, Ordering::Relaxed),
            Task::Broadcaster => self.broadcaster.store(now_ms, Ordering::Relaxed),
        }
        crate::telemetry::heartbeat(task.name(), now_ms);
    }

    /// Alive: both reminder tasks reported within the last minute; else the reason.
    pub fn live(&self, now_ms: i64) -> Result<(), &'static str> {
        for (beat, name) in [(&self.scheduler, "scheduler"), (&self.broadcaster, "broadcaster")] {
            if now_ms.saturating_sub(beat.load(Ordering::Relaxed)) > MAX_SILENCE_MS {
                return Err(name);
            }
        }
        Ok(())
    }

    /// Ready: started (migrations ran, getMe answered, the store answers), not draining, and
    /// the database answered the last ping.
    pub fn ready(&self) -> Result<(), &'static str> {
        if self.draining.load(Ordering::Relaxed) {
            Err("draining")
        } else if !self.ready.load(Ordering::Relaxed) {
            Err("starting")
        } else if self.database_down.load(Ordering::Relaxed) {
            Err("database")
        } else {
            Ok(())
        }
    }

    /// Records whether the database answered; returns whether that changed.
    pub fn set_database(&self, answers: bool) -> bool {
        self.database_down.swap(!answers, Ordering::Relaxed) == answers
    }

    pub fn set_ready(&self) {
        self.ready.store(true, Ordering::Relaxed);
        crate::telemetry::ready(true);
    }

    pub fn start_draining(&self) {
        self.draining.store(true, Ordering::Relaxed);
        crate::telemetry::ready(false);
    }

    pub fn is_draining(&self) -> bool {
        self.draining.load(Ordering::Relaxed)
    }
}

/// Pings the database every [`PING_EVERY`], each ping cut at [`PING_TIMEOUT`], until
/// `stop` turns true, so that `/readyz` turns 503 while the database does not answer (a load
/// balancer then sends updates to an instance that can use them) and 200 when it does again.
/// A database that answered the broadcaster within [`ANSWERED_LATELY`] (`answered_ago`,
/// counted from when that call began) is not pinged: it answered anyway, and a ping every
/// 2 s was a cost of a wave that did not scale with its pace (issue 20). The watcher sleeps
/// on an [`Alarm`], which wakes the process once per sleep.
pub async fn watch_database<F, P, A>(
    health: std::sync::Arc<Health>,
    ping: P,
    answered_ago: A,
    mut stop: watch::Receiver<bool>,
) where
    P: Fn() -> F,
    F: Future<Output = bool>,
    A: Fn() -> Option<Duration>,
{
    let mut alarm = Alarm::new();
    while !*stop.borrow() {
        let lately = answered_ago().filter(|ago| *ago < ANSWERED_LATELY);
        let answers = match lately {
            Some(_) => true,
            None => tokio::time::timeout(PING_TIMEOUT, ping()).await.unwrap_or(false),
        };
        if health.set_database(answers) {
            if answers {
                log::info!("the database answers again: ready");
            } else {
                log::warn!("the database does not answer within {} s: not ready", PING_TIMEOUT.as_secs());
            }
        }
        // Looks again in PING_EVERY, or when the answer it went by is ANSWERED_LATELY old.
        let wait = match lately {
            Some(ago) => ANSWERED_LATELY - ago,
            None => PING_EVERY,
        };
        tokio::select! {
            _ = alarm.sleep(wait) => {}
            _ = stop.changed() => {}
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_task_silent_for_over_a_minute_makes_the_bot_unhealthy() {
        let health = Health::default();
        assert_eq!(health.live(1_000_000), Err("scheduler"), "nothing reported yet");
        health.beat_at(Task::Scheduler, 1_000_000);
        health.beat_at(Task::Broadcaster, 1_000_000);
        assert_eq!(health.live(1_000_000 + MAX_SILENCE_MS), Ok(()));
        health.beat_at(Task::Scheduler, 1_000_000 + MAX_SILENCE_MS);
        assert_eq!(health.live(1_000_001 + MAX_SILENCE_MS), Err("broadcaster"), "the broadcaster stalled");
    }

    #[test]
    fn ready_only_after_start_and_not_while_draining() {
        let health = Health::default();
        assert_eq!(health.ready(), Err("starting"));
        health.set_ready();
        assert_eq!(health.ready(), Ok(()));
        health.start_draining();
        assert_eq!(health.ready(), Err("draining"));
    }

    #[test]
    fn not_ready_while_the_database_does_not_answer() {
        let health = Health::default();
        health.set_ready();
        assert!(!health.set_database(true), "answering from the start: no change");
        assert!(health.set_database(false));
        assert_eq!(health.ready(), Err("database"));
        assert!(health.set_database(true));
        assert_eq!(health.ready(), Ok(()));
        health.set_database(false);
        health.start_draining();
        assert_eq!(health.ready(), Err("draining"), "draining says more");
    }

    #[tokio::test(start_paused = true)]
    async fn a_database_that_answered_lately_is_not_pinged_until_that_answer_is_old() {
        use std::sync::{
            atomic::{AtomicUsize, Ordering::SeqCst},
            Arc, Mutex,
        };
        use tokio::time::{sleep, Instant};

        let health = Arc::new(Health::default());
        let pings = Arc::new(AtomicUsize::new(0));
        let answered: Arc<Mutex<Option<Instant>>> = Arc::default();
        let (stop_tx, stop) = watch::channel(false);
        let (p, a) = (pings.clone(), answered.clone());
        let watcher = tokio::spawn(watch_database(
            health.clone(),
            move || {
                p.fetch_add(1, SeqCst);
                async { true }
            },
            move || a.lock().unwrap().map(|at| at.elapsed()),
            stop,
        ));
        // Nothing answered yet: it pings at once, then every PING_EVERY.
        sleep(PING_EVERY * 2 + Duration::from_millis(10)).await;
        assert_eq!(pings.load(SeqCst), 3);
        // The broadcaster's calls answer every 2.5 s: no ping while they do.
        for _ in 0..6 {
            *answered.lock().unwrap() = Some(Instant::now());
            sleep(Duration::from_millis(2500)).await;
        }
        assert_eq!(pings.load(SeqCst), 3, "no ping while the database answers the broadcaster");
        // They stop: a ping comes when the last answer is ANSWERED_LATELY old, not later.
        sleep(ANSWERED_LATELY - Duration::from_millis(2490)).await;
        assert_eq!(pings.load(SeqCst), 4);
        assert_eq!(health.ready(), Err("starting"), "readiness still needs the start");
        stop_tx.send(true).unwrap();
        watcher.await.unwrap();
    }
}
