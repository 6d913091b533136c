//! The budget's order, rate, shares and buckets.

use std::sync::{Arc, Mutex};

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
                budget.for_reply().await;
            } else {
                budget.for_reminder().await;
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

#[tokio::test]
async fn replies_are_served_in_the_order_they_asked() {
    let budget = Arc::new(Budget::new(200.0));
    let order = Arc::new(Mutex::new(Vec::new()));
    let mut tasks = Vec::new();
    for i in 0..40 {
        let (budget, order) = (budget.clone(), order.clone());
        tasks.push(tokio::spawn(async move {
            budget.for_reply().await;
            order.lock().unwrap().push(i);
        }));
        // Each asks after the one before is queued.
        tokio::task::yield_now().await;
    }
    for t in tasks {
        t.await.unwrap();
    }
    let order = order.lock().unwrap().clone();
    assert_eq!(order, (0..40).collect::<Vec<_>>());
}

#[tokio::test]
async fn a_wave_keeps_its_share_while_replies_wait() {
    let budget = Arc::new(Budget::new(400.0));
    let grants = Arc::new(Mutex::new(Vec::new()));
    let mut replies = Vec::new();
    // Far more replies than the test lasts: they wait the whole time.
    for _ in 0..400 {
        let (budget, grants) = (budget.clone(), grants.clone());
        replies.push(tokio::spawn(async move {
            budget.for_reply().await;
            grants.lock().unwrap().push('r');
        }));
    }
    tokio::task::yield_now().await;
    let mut held = false;
    for _ in 0..40 {
        held |= budget.for_reminder().await;
        grants.lock().unwrap().push('m');
    }
    let grants: String = grants.lock().unwrap().iter().collect();
    let served = grants.len();
    let reminders = grants.matches('m').count();
    assert!(held, "the reminders say they were held back");
    // A quarter of the tokens, give or take the first ones.
    assert!(reminders * 5 >= served, "{reminders} reminders of {served} tokens: {grants}");
    assert!(grants.matches('r').count() * 2 >= served, "replies still come first: {grants}");
    for r in replies {
        r.abort();
    }
}

#[tokio::test]
async fn paid_reminders_never_wait_behind_replies_and_replies_keep_the_free_limit() {
    let budget = Budget::for_bot(true);
    assert_eq!(budget.reply_rate(), crate::config::MAX_FREE_RATE);
    let budget = Arc::new(Budget::with_paid(10.0, 1000.0));
    let mut replies = Vec::new();
    for _ in 0..20 {
        let budget = budget.clone();
        replies.push(tokio::spawn(async move { budget.for_reply().await }));
    }
    tokio::task::yield_now().await;
    let mut held = false;
    for _ in 0..50 {
        held |= budget.for_reminder().await;
    }
    assert!(!held);
    // The 50 paid reminders went while most of the 20 replies (at 10/s) still waited.
    let waiting = replies.iter().filter(|r| !r.is_finished()).count();
    assert!(waiting >= 10, "{waiting} replies still waiting");
    for r in replies {
        r.abort();
    }
    assert_eq!(Budget::for_bot(false).reply_rate(), crate::config::MAX_FREE_RATE);
}

#[test]
fn absurd_rates_cannot_break_the_arithmetic() {
    for rate in [0.0, -1.0, f64::NAN, f64::INFINITY, 1e-300] {
        let b = Bucket::new(rate);
        assert!(b.rate >= 0.1 && b.rate.is_finite());
        assert!(matches!(b.try_take(Kind::Reminder), Take::Taken), "the first token is free");
        assert!(matches!(b.try_take(Kind::Reminder), Take::Wait(w) if w <= Duration::from_secs(10)));
    }
}

#[tokio::test]
async fn a_queue_of_replies_goes_out_in_groups_with_a_wake_per_group() {
    // At 30/s a group is three: 100 ms' worth.
    let budget = Arc::new(Budget::new(30.0));
    budget.for_reply().await; // the first token
    let grants = Arc::new(Mutex::new(Vec::new()));
    let mut tasks = Vec::new();
    for _ in 0..18 {
        let (budget, grants) = (budget.clone(), grants.clone());
        tasks.push(tokio::spawn(async move {
            budget.for_reply().await;
            grants.lock().unwrap().push(Instant::now());
        }));
        tokio::task::yield_now().await;
    }
    for t in tasks {
        t.await.unwrap();
    }
    let grants = grants.lock().unwrap().clone();
    // A new group starts after a pause; grants of one group are (nearly) at once.
    let groups = 1 + grants.windows(2).filter(|w| w[1] - w[0] > Duration::from_millis(15)).count();
    assert!(groups <= 8, "18 replies in {groups} groups");
    // And the rate holds: 18 tokens at 30 a second, the first three of them at once.
    let took = grants[17] - grants[0];
    assert!(took >= Duration::from_millis(450), "{took:?}");
}
