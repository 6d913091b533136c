//! The broadcaster against a recording courier: per-chat gaps and 429s honoured.

use std::sync::Mutex;

use super::{outcomes::FLUSH_INTERVAL, *};
use crate::{campaign::Campaign, i18n::I18n, store::Store};

fn campaign() -> Campaign {
    let deadline = chrono::DateTime::parse_from_rfc3339("2099-05-27T00:00:00+02:00").unwrap();
    Campaign::dated_meta(deadline)
}

/// A brain over an in-memory store where `chats` (private, or groups if negative) subscribed
/// to the campaign, and `waves` are queued for them.
async fn brain_with(chats: &[i64], waves: &[&str]) -> (Brain, Store) {
    let campaign = campaign();
    let i18n = I18n::embedded(campaign.default_language).unwrap();
    let store = Store::in_memory().await.unwrap();
    let subscribers: Vec<_> = chats.iter().map(|c| (*c, None, &[][..])).collect();
    store.add_subscribers(&campaign.id, &subscribers, 0).await.unwrap();
    for wave in waves {
        store.enqueue_wave(&campaign.id, wave, 0).await.unwrap();
    }
    (Brain::new(Arc::new(campaign.into()), Arc::new(i18n), store.clone(), "bot"), store)
}

/// Runs the broadcaster, with a shared budget of `budget` a second, until `n` reminders of
/// `wave` are sent or `within` has passed, then stops it.
async fn run_until_sent<C: Courier>(
    brain: Brain,
    courier: Arc<C>,
    budget: f64,
    options: Options,
    wave: &str,
    n: i64,
    within: Duration,
) {
    let store = brain.store.clone();
    let (stop, stopped) = watch::channel(false);
    let health = Arc::new(Health::default());
    let task = tokio::spawn(run(
        brain,
        courier,
        Arc::new(Budget::new(budget)),
        options,
        Arc::new(Notify::new()),
        health,
        stopped,
    ));
    let waited = Instant::now();
    while store.wave_counts("meta-ai-2025", wave).await.unwrap().sent < n && waited.elapsed() < within {
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
    stop.send(true).unwrap();
    task.await.unwrap();
}

/// Records every send; answers 429 to the first try of chat 7.
#[derive(Default)]
struct Recorder {
    sends: Mutex<Vec<(i64, Instant)>>,
}

impl Courier for Recorder {
    async fn send(&self, chat_id: i64, _message: Arc<Message>) -> SendResult {
        let mut sends = self.sends.lock().unwrap();
        let first_try = !sends.iter().any(|(c, _)| *c == chat_id);
        sends.push((chat_id, Instant::now()));
        if chat_id == 7 && first_try {
            SendResult::RetryAfter(Duration::from_millis(300))
        } else {
            SendResult::Sent
        }
    }
}

#[tokio::test]
async fn one_chat_gets_at_most_one_message_a_second_and_a_group_one_every_three() {
    // Two waves queued at once, as after a long pause: two reminders for each chat.
    let (brain, store) = brain_with(&[5, -5, 7], &["a", "b"]).await;
    let courier = Arc::new(Recorder::default());
    run_until_sent(brain, courier.clone(), 100.0, Options::with_rate(100.0), "b", 3, Duration::from_secs(20)).await;
    let sends = courier.sends.lock().unwrap().clone();
    let times = |chat: i64| sends.iter().filter(|(c, _)| *c == chat).map(|(_, t)| *t).collect::<Vec<_>>();
    let (private, group, throttled) = (times(5), times(-5), times(7));
    assert_eq!(private.len(), 2);
    assert_eq!(group.len(), 2);
    assert_eq!(throttled.len(), 3, "the 429 is sent again, never dropped");
    assert!(private[1] - private[0] >= Duration::from_secs(1));
    assert!(group[1] - group[0] >= Duration::from_secs(3));
    assert!(throttled[1] - throttled[0] >= Duration::from_millis(300), "retry_after is honoured");
    for wave in ["a", "b"] {
        assert_eq!(store.wave_counts("meta-ai-2025", wave).await.unwrap().sent, 3, "{wave}");
    }
}

#[tokio::test]
async fn the_broadcaster_reports_to_the_health_check_while_it_waits_for_the_budget() {
    let health = Health::default();
    let now = Utc::now().timestamp_millis();
    health.beat_at(Task::Scheduler, now + 60_000);
    health.beat_at(Task::Broadcaster, now - 120_000);
    assert_eq!(health.live(now), Err("broadcaster"));
    // A budget that has nothing left for a while: a reminder waits its turn.
    let budget = Budget::new(5.0);
    budget.for_reminder().await;
    let mut none = FuturesUnordered::<std::future::Ready<(Delivery, Outcome)>>::new();
    let wait = budget.for_reminder();
    while_sending_beating_every(&health, &mut none, &mut Vec::new(), wait, Duration::from_millis(20)).await;
    assert_eq!(health.live(Utc::now().timestamp_millis()), Ok(()), "it reported while it waited");
}

/// The sends in flight are driven by the broadcaster's own task: while it waits for its next
/// turn, they go on and their outcomes are collected.
#[tokio::test]
async fn sends_in_flight_go_on_while_the_broadcaster_waits() {
    let health = Health::default();
    let mut in_flight = FuturesUnordered::new();
    for (chat_id, after) in [(1, 10), (2, 30)] {
        let (mut d, _) = outcomes(1, 0).remove(0);
        d.chat_id = chat_id;
        in_flight.push(async move {
            tokio::time::sleep(Duration::from_millis(after)).await;
            (d, Outcome::Sent)
        });
    }
    let mut done = Vec::new();
    let waited = while_sending(&health, &mut in_flight, &mut done, async {
        tokio::time::sleep(Duration::from_millis(200)).await;
        "waited"
    })
    .await;
    assert_eq!(waited, "waited");
    assert!(in_flight.is_empty(), "both sends finished while it waited");
    let chats: Vec<i64> = done.iter().map(|(d, _)| d.chat_id).collect();
    assert_eq!(chats, [1, 2]);
}

/// Outcomes for chats 1..=n: the first `gone` unreachable, the rest sent.
fn outcomes(n: i64, gone: i64) -> Vec<(Delivery, Outcome)> {
    (1..=n)
        .map(|chat_id| {
            let d = Delivery {
                id: chat_id,
                claim: "claim".into(),
                fence: 0,
                campaign_id: "meta".into(),
                wave: "1d".into(),
                chat_id,
                attempts: 0,
                chat: None,
            };
            (d, if chat_id <= gone { Outcome::Gone } else { Outcome::Sent })
        })
        .collect()
}

#[test]
fn a_healthy_batch_is_recorded_at_its_end_and_one_going_badly_at_once() {
    let rule = PauseRule::default();
    let now = Instant::now();
    // Every write is a fixed cost: a batch whose chats answer is written once, at its end.
    assert!(!record_now(&outcomes(255, 5), now, rule));
    assert!(!record_now(&[], now, rule));
    // Enough unreachable chats to trip the brake are written at once, so that it acts.
    assert!(!record_now(&outcomes(63, 63), now, rule));
    assert!(record_now(&outcomes(64, 13), now, rule));
    assert!(!record_now(&outcomes(64, 12), now, rule));
    // A batch slower than the interval is written as it goes.
    let earlier = now - FLUSH_INTERVAL;
    assert!(record_now(&outcomes(3, 0), earlier, rule));
    assert!(!record_now(&[], earlier, rule));
}

/// A claim is two seconds' worth, so that its fixed cost is shared at slow rates as at fast
/// ones, and a claim sent at its rate ends before a write in its course is due: one write
/// per claim. Only the smallest claims (8, below 4/s) last longer.
#[test]
fn a_claim_is_two_seconds_worth_and_written_once() {
    for rate in [4.0, 30.0, 40.0, 100.0, 128.0, 129.0, 1_000.0, 5_000.0] {
        let batch = Options::with_rate(rate).batch;
        assert_eq!(batch, (rate * 2.0).min(256.0) as i64, "at {rate}/s");
        let lasts = Duration::from_secs_f64(batch as f64 / rate);
        assert!(lasts < FLUSH_INTERVAL, "a claim of {batch} at {rate}/s lasts {lasts:?}");
    }
    assert_eq!(Options::with_rate(1.0).batch, 8);
    assert_eq!(Options::with_rate(f64::NAN).batch, 8);
}

/// Sees, at each send, how many of the wave's reminders the store has recorded as sent.
struct Watcher {
    store: Store,
    seen: Mutex<Vec<i64>>,
}

impl Courier for Watcher {
    async fn send(&self, _chat_id: i64, _message: Arc<Message>) -> SendResult {
        let sent = self.store.wave_counts("meta-ai-2025", "a").await.map(|c| c.sent).unwrap_or(-1);
        self.seen.lock().unwrap().push(sent);
        SendResult::Sent
    }
}

#[tokio::test]
async fn a_claim_that_keeps_its_pace_is_written_once_at_its_end() {
    let chats: Vec<i64> = (1..=60).collect();
    let (brain, store) = brain_with(&chats, &["a"]).await;
    let courier = Arc::new(Watcher { store: store.clone(), seen: Mutex::new(Vec::new()) });
    // 20/s: claims of 40, two seconds each.
    run_until_sent(brain, courier.clone(), 100.0, Options::with_rate(20.0), "a", 60, Duration::from_secs(30)).await;
    let seen = courier.seen.lock().unwrap().clone();
    assert_eq!(seen.len(), 60);
    // Each send sees the claims before its own recorded, and nothing of its own claim: a
    // write in the course of a claim would show as another count.
    let mut counts = seen.clone();
    counts.dedup();
    assert_eq!(counts, vec![0, 40], "{seen:?}");
}

/// Takes 50 ms over each send, and notes how many were under way at once.
#[derive(Default)]
struct Slow {
    now: std::sync::atomic::AtomicUsize,
    most: std::sync::atomic::AtomicUsize,
    sent: std::sync::atomic::AtomicUsize,
}

impl Courier for Slow {
    async fn send(&self, _chat_id: i64, _message: Arc<Message>) -> SendResult {
        use std::sync::atomic::Ordering::SeqCst;
        let now = self.now.fetch_add(1, SeqCst) + 1;
        self.most.fetch_max(now, SeqCst);
        tokio::time::sleep(Duration::from_millis(50)).await;
        self.now.fetch_sub(1, SeqCst);
        self.sent.fetch_add(1, SeqCst);
        SendResult::Sent
    }
}

#[tokio::test]
async fn no_more_sends_are_in_flight_than_the_concurrency_allows() {
    let chats: Vec<i64> = (1..=12).collect();
    let (brain, _) = brain_with(&chats, &["a"]).await;
    let courier = Arc::new(Slow::default());
    let options = Options { concurrency: 3, ..Options::with_rate(1_000.0) };
    run_until_sent(brain, courier.clone(), 1_000.0, options, "a", 12, Duration::from_secs(20)).await;
    assert_eq!(courier.sent.load(std::sync::atomic::Ordering::SeqCst), 12);
    assert_eq!(courier.most.load(std::sync::atomic::Ordering::SeqCst), 3, "three at once, never more");
}

/// Holds every answer while the broadcaster says so, as the Telegram courier does: a send
/// whose answer is held ends only once the answers are released.
#[derive(Default)]
struct Gatekeeper {
    /// Whether answers are held, and the sends waiting for their release.
    held: Mutex<(bool, Vec<std::task::Waker>)>,
    holds: std::sync::atomic::AtomicUsize,
    /// Set if answers were held again before they were released.
    nested: std::sync::atomic::AtomicBool,
}

impl Courier for Gatekeeper {
    async fn send(&self, _chat_id: i64, _message: Arc<Message>) -> SendResult {
        std::future::poll_fn(|cx| {
            let mut held = self.held.lock().unwrap();
            if held.0 {
                held.1.push(cx.waker().clone());
                std::task::Poll::Pending
            } else {
                std::task::Poll::Ready(SendResult::Sent)
            }
        })
        .await
    }

    fn hold_answers(&self) {
        use std::sync::atomic::Ordering::SeqCst;
        let mut held = self.held.lock().unwrap();
        if held.0 {
            self.nested.store(true, SeqCst);
        }
        held.0 = true;
        self.holds.fetch_add(1, SeqCst);
    }

    fn release_answers(&self) {
        let waiting = {
            let mut held = self.held.lock().unwrap();
            held.0 = false;
            std::mem::take(&mut held.1)
        };
        waiting.into_iter().for_each(std::task::Waker::wake);
    }
}

#[tokio::test]
async fn answers_held_while_the_pacer_sleeps_are_all_released_and_none_is_held_at_the_end() {
    use std::sync::atomic::Ordering::SeqCst;
    let chats: Vec<i64> = (1..=60).collect();
    let (brain, store) = brain_with(&chats, &["a"]).await;
    let courier = Arc::new(Gatekeeper::default());
    // 50/s: groups of four, 80 ms apart, the pacer sleeping between them.
    run_until_sent(brain, courier.clone(), 100.0, Options::with_rate(50.0), "a", 60, Duration::from_secs(30)).await;
    assert_eq!(store.wave_counts("meta-ai-2025", "a").await.unwrap().sent, 60, "no answer is held for good");
    assert!(courier.holds.load(SeqCst) >= 10, "answers are held while the pacer sleeps");
    assert!(!courier.nested.load(SeqCst), "released before they are held again");
    assert!(!courier.held.lock().unwrap().0, "released when the broadcaster stops");
}

#[tokio::test]
async fn answers_are_not_held_through_a_long_sleep_of_the_pacer() {
    use std::sync::atomic::Ordering::SeqCst;
    let (brain, store) = brain_with(&[1, 2, 3], &["a"]).await;
    let courier = Arc::new(Gatekeeper::default());
    // 2/s: the pacer sleeps half a second between two sends, longer than answers are held.
    run_until_sent(brain, courier.clone(), 100.0, Options::with_rate(2.0), "a", 3, Duration::from_secs(20)).await;
    assert_eq!(store.wave_counts("meta-ai-2025", "a").await.unwrap().sent, 3);
    assert_eq!(courier.holds.load(SeqCst), 0);
}
