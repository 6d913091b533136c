//! Liveness and readiness: the reminder tasks report in, start-up marks the bot ready, and
//! a stop marks it draining. `/healthz` and `/readyz` read this.

use std::sync::atomic::{AtomicBool, AtomicI64, Ordering};

use chrono::Utc;

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
}

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

    /// Ready: started (migrations ran, getMe answered, the store answers) and not draining.
    pub fn ready(&self) -> Result<(), &'static str> {
        if self.draining.load(Ordering::Relaxed) {
            Err("draining")
        } else if !self.ready.load(Ordering::Relaxed) {
            Err("starting")
        } else {
            Ok(())
        }
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
}
