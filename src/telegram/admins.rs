//! The door's memory of who administers which group: each answer from Telegram trusted for a minute.

use std::{
    collections::HashMap,
    fmt::Display,
    future::Future,
    sync::{Mutex, PoisonError},
    time::{Duration, Instant},
};

/// How long an answer from Telegram is trusted: a demotion is seen a minute later at most.
const TRUSTED_FOR: Duration = Duration::from_secs(60);

/// The most answers remembered at once, however many groups and people ask within a minute.
const MAX_REMEMBERED: usize = 10_000;

/// Whether a user administers a group, as Telegram said and when, by (chat id, user id).
#[derive(Debug, Default)]
pub(super) struct Admins {
    seen: Mutex<HashMap<(i64, u64), (bool, Instant)>>,
}

impl Admins {
    /// Whether `user` administers `chat` at `now`: the answer remembered from less than a
    /// minute before, else the answer of `lookup` (only then polled), remembered from `now`.
    /// A failed lookup counts as "no" and is not remembered, so the next call asks again.
    pub(super) async fn check<E: Display>(
        &self,
        chat: i64,
        user: u64,
        now: Instant,
        lookup: impl Future<Output = Result<bool, E>>,
    ) -> bool {
        if let Some(admin) = self.remembered((chat, user), now) {
            return admin;
        }
        match lookup.await {
            Ok(admin) => {
                self.remember((chat, user), admin, now);
                admin
            }
            Err(e) => {
                log::warn!("getChatMember: {e}");
                false
            }
        }
    }

    fn remembered(&self, key: (i64, u64), now: Instant) -> Option<bool> {
        let seen = self.seen.lock().unwrap_or_else(PoisonError::into_inner);
        seen.get(&key).filter(|(_, at)| fresh(*at, now)).map(|(admin, _)| *admin)
    }

    /// Keeps an answer, dropping the stale ones, and the oldest if the memory is full.
    fn remember(&self, key: (i64, u64), admin: bool, now: Instant) {
        let mut seen = self.seen.lock().unwrap_or_else(PoisonError::into_inner);
        seen.retain(|_, (_, at)| fresh(*at, now));
        if seen.len() >= MAX_REMEMBERED && !seen.contains_key(&key) {
            if let Some(oldest) = seen.iter().min_by_key(|(_, (_, at))| *at).map(|(key, _)| *key) {
                seen.remove(&oldest);
            }
        }
        seen.insert(key, (admin, now));
    }
}

fn fresh(at: Instant, now: Instant) -> bool {
    now.saturating_duration_since(at) < TRUSTED_FOR
}

#[cfg(test)]
mod tests {
    use std::cell::Cell;

    use super::*;

    /// Asks whether user 7 administers group -1, counting the times Telegram is asked.
    async fn ask(admins: &Admins, now: Instant, telegram: Result<bool, &str>, asked: &Cell<u32>) -> bool {
        admins
            .check(-1, 7, now, async {
                asked.set(asked.get() + 1);
                telegram
            })
            .await
    }

    #[tokio::test]
    async fn an_answer_is_trusted_for_a_minute_then_telegram_is_asked_again() {
        let (admins, asked, t0) = (Admins::default(), Cell::new(0), Instant::now());
        assert!(ask(&admins, t0, Ok(true), &asked).await);
        let demoted = Ok(false);
        assert!(ask(&admins, t0 + Duration::from_secs(59), demoted, &asked).await, "still the remembered answer");
        assert_eq!(asked.get(), 1);
        assert!(!ask(&admins, t0 + Duration::from_secs(60), demoted, &asked).await, "the demotion is seen");
        assert_eq!(asked.get(), 2);
        assert!(!ask(&admins, t0 + Duration::from_secs(61), Ok(true), &asked).await, "and remembered in turn");
        assert_eq!(asked.get(), 2);
    }

    #[tokio::test]
    async fn answers_are_per_group_and_user() {
        let (admins, t0) = (Admins::default(), Instant::now());
        assert!(admins.check(-1, 7, t0, async { Ok::<_, String>(true) }).await);
        assert!(!admins.check(-2, 7, t0, async { Ok::<_, String>(false) }).await);
        assert!(!admins.check(-1, 8, t0, async { Ok::<_, String>(false) }).await);
    }

    #[tokio::test]
    async fn a_failed_lookup_counts_as_not_admin_and_is_not_remembered() {
        let (admins, asked, t0) = (Admins::default(), Cell::new(0), Instant::now());
        assert!(!ask(&admins, t0, Err("network down"), &asked).await);
        assert!(ask(&admins, t0 + Duration::from_secs(1), Ok(true), &asked).await, "asked again");
        assert_eq!(asked.get(), 2);
    }

    #[tokio::test]
    async fn stale_answers_are_dropped_and_the_memory_is_bounded() {
        let (admins, t0) = (Admins::default(), Instant::now());
        for user in 0..100 {
            admins.check(-1, user, t0, async { Ok::<_, String>(true) }).await;
        }
        admins.check(-2, 1, t0 + Duration::from_secs(60), async { Ok::<_, String>(true) }).await;
        assert_eq!(admins.seen.lock().map(|s| s.len()).ok(), Some(1), "the 100 stale answers are gone");

        // Within one minute, more people ask than the memory holds.
        let t1 = t0 + Duration::from_secs(120);
        let many = MAX_REMEMBERED as u64 + 50;
        for user in 0..many {
            admins.check(-3, user, t1 + Duration::from_millis(user), async { Ok::<_, String>(true) }).await;
        }
        let seen = admins.seen.lock().map(|s| s.clone()).unwrap_or_default();
        assert_eq!(seen.len(), MAX_REMEMBERED);
        assert!(seen.contains_key(&(-3, many - 1)), "the newest answer is kept");
        assert!(!seen.contains_key(&(-3, 0)), "the oldest answer went first");
    }
}
