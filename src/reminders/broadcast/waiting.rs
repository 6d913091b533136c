//! How the broadcaster waits: for its pacer, the courier's answers held while it sleeps (read
//! when it wakes for its next group, all in that one wake, instead of a wake for each answer
//! as it comes: BENCHMARKS.md, the fifteenth session of issue 20); and for anything else,
//! while the sends in flight go on.

use std::{future::Future, time::Duration};

use futures_util::{stream::FuturesUnordered, StreamExt as _};

use super::{super::pacing::Pacer, Courier};
use crate::{
    health::{Health, Task},
    store::{Delivery, Outcome},
};

/// The longest sleep of the pacer through which answers are held: far below a send's
/// timeout, and enough for the rates whose groups are 80 ms apart (30/s and more).
const HOLD_AT_MOST: Duration = Duration::from_millis(250);

/// Waits until the pacer lets one more message go, the courier's answers held while it sleeps.
pub(super) async fn acquire<C: Courier>(pacer: &mut Pacer, courier: &C) {
    let _held = hold_through_sleep(pacer, courier);
    pacer.acquire().await;
}

/// Holds the courier's answers until the guard is dropped, if the pacer's sleep ahead is short.
fn hold_through_sleep<'a, C: Courier>(pacer: &Pacer, courier: &'a C) -> Option<Held<'a, C>> {
    pacer.sleep_ahead().is_some_and(|sleep| sleep <= HOLD_AT_MOST).then(|| {
        courier.hold_answers();
        Held(courier)
    })
}

/// Answers held while it lives (see [`Courier::hold_answers`]).
struct Held<'a, C: Courier>(&'a C);

impl<C: Courier> Drop for Held<'_, C> {
    fn drop(&mut self) {
        self.0.release_answers();
    }
}

/// How often the broadcaster reports to the health check while it waits for its turn.
const BEAT_WHILE_WAITING: Duration = Duration::from_secs(10);

/// Runs `wait` to its end while the sends in flight go on (their outcomes into `done`),
/// reporting to the health check meanwhile: a wave held back by a surge of replies is slow,
/// not stuck.
pub(super) async fn while_sending<T, F: Future<Output = (Delivery, Outcome)>>(
    health: &Health,
    in_flight: &mut FuturesUnordered<F>,
    done: &mut Vec<(Delivery, Outcome)>,
    wait: impl Future<Output = T>,
) -> T {
    while_sending_beating_every(health, in_flight, done, wait, BEAT_WHILE_WAITING).await
}

pub(super) async fn while_sending_beating_every<T, F: Future<Output = (Delivery, Outcome)>>(
    health: &Health,
    in_flight: &mut FuturesUnordered<F>,
    done: &mut Vec<(Delivery, Outcome)>,
    wait: impl Future<Output = T>,
    every: Duration,
) -> T {
    tokio::pin!(wait);
    let beat = tokio::time::sleep(every);
    tokio::pin!(beat);
    loop {
        tokio::select! {
            // The wait first: when it is over at once (as it mostly is), no timer is set.
            biased;
            out = &mut wait => return out,
            Some(outcome) = in_flight.next(), if !in_flight.is_empty() => done.push(outcome),
            _ = &mut beat => {
                health.beat(Task::Broadcaster);
                beat.as_mut().reset(tokio::time::Instant::now() + every);
            }
        }
    }
}
