//! The store's contract for follow-ups, re-checks and news (issue 18), on both backends.

use super::{claim, postgres, RULE};
use crate::store::{DeliveryKind, Outcome, Store, NEWS_WAVE};

on_both_backends!(
    a_tick_keeps_its_day_and_an_untick_takes_it_away,
    a_follow_up_waits_for_its_day_and_can_be_moved_or_taken_back,
    news_is_an_opt_in_and_an_announcement_happens_once,
    stop_and_forget_end_follow_ups_and_news,
    counts_by_kind_leave_follow_ups_out_of_the_waves,
);

const DAY: i64 = 86_400;

fn followup(platform: &str) -> DeliveryKind {
    DeliveryKind::FollowUp { platform: platform.into(), again: false }
}

async fn a_tick_keeps_its_day_and_an_untick_takes_it_away(s: Store) {
    let state = s.set_done_at(1, "fb", true, 20_000 * DAY + 3_600).await.unwrap();
    assert_eq!(state.ticked_on.get("fb"), Some(&(20_000 * DAY)), "the day, not the moment");
    assert!(state.is_done("fb"));
    let state = s.set_done_at(1, "ig", true, 20_001 * DAY).await.unwrap();
    assert_eq!(state.ticked_on.len(), 2);
    let state = s.set_done_at(1, "fb", true, 20_005 * DAY).await.unwrap();
    assert_eq!(state.ticked_on.get("fb"), Some(&(20_000 * DAY)), "ticking again keeps the first day");
    let state = s.set_done_at(1, "fb", false, 20_006 * DAY).await.unwrap();
    assert!(!state.is_done("fb") && !state.ticked_on.contains_key("fb"));
    assert_eq!(s.chat(1).await.unwrap().unwrap().ticked_on.get("ig"), Some(&(20_001 * DAY)));
}

async fn a_follow_up_waits_for_its_day_and_can_be_moved_or_taken_back(s: Store) {
    s.set_done_at(1, "fb", true, 0).await.unwrap();
    s.schedule(1, "c", &followup("fb"), 5_000).await.unwrap();
    assert!(claim(&s, 4_999, 10, "early").await.is_empty(), "not before its time");
    let batch = claim(&s, 5_000, 10, "a").await;
    assert_eq!(batch.len(), 1);
    assert_eq!(DeliveryKind::of(&batch[0].wave), followup("fb"));
    assert!(batch[0].chat.as_ref().unwrap().is_done("fb"), "the claim reads the chat's ticks");
    s.schedule(1, "c", &followup("fb"), 9_000).await.unwrap();
    let sent: Vec<_> = batch.into_iter().map(|d| (d, Outcome::Sent)).collect();
    assert!(s.record(&sent, RULE).await.unwrap().is_empty());
    assert!(claim(&s, 10_000, 10, "b").await.is_empty(), "moving one in flight changes nothing: it is sent once");
    // ⏳ asks once more: its own row, which can be moved and taken back.
    let again = DeliveryKind::FollowUp { platform: "fb".into(), again: true };
    s.schedule(1, "c", &again, 20_000).await.unwrap();
    s.schedule(1, "c", &again, 30_000).await.unwrap();
    assert!(claim(&s, 29_999, 10, "c").await.is_empty(), "moved, not doubled");
    assert_eq!(s.cancel(1, &again).await.unwrap(), 1);
    assert_eq!(s.cancel(1, &again).await.unwrap(), 0);
    assert!(claim(&s, 40_000, 10, "d").await.is_empty(), "taken back");
    // A re-check asked for again after it was sent comes again.
    let recheck = DeliveryKind::Recheck { platform: "li".into() };
    s.schedule(1, "c", &recheck, 1).await.unwrap();
    let sent: Vec<_> = claim(&s, 1, 10, "e").await.into_iter().map(|d| (d, Outcome::Sent)).collect();
    assert_eq!(sent.len(), 1);
    s.record(&sent, RULE).await.unwrap();
    s.schedule(1, "c", &recheck, 2).await.unwrap();
    assert_eq!(claim(&s, 2, 10, "f").await.len(), 1);
}

async fn news_is_an_opt_in_and_an_announcement_happens_once(s: Store) {
    assert!(s.set_news(1, true, 0).await.unwrap());
    assert!(!s.set_news(1, true, 0).await.unwrap(), "already on");
    assert!(s.set_news(2, true, 0).await.unwrap());
    s.add_subscribers("c", &[(3, None, &[])], 0).await.unwrap();
    assert!(s.chat(1).await.unwrap().unwrap().news);
    assert!(!s.chat(3).await.unwrap().unwrap().news, "a reminder subscription is not news");
    assert_eq!(s.news_count().await.unwrap(), 2);
    assert_eq!(s.announce("old", 0, false).await.unwrap(), Some(0), "loaded without announce: marked only");
    assert_eq!(s.announce("old", 0, true).await.unwrap(), None, "and never announced later");
    assert_eq!(s.announce("c", 0, true).await.unwrap(), Some(2));
    assert_eq!(s.announce("c", 0, true).await.unwrap(), None, "once");
    let mut chats: Vec<i64> = claim(&s, 0, 10, "a").await.iter().map(|d| d.chat_id).collect();
    chats.sort();
    assert_eq!(chats, vec![1, 2], "exactly the chats that want news");
    assert!(s.set_news(2, false, 0).await.unwrap());
    assert!(!s.set_news(2, false, 0).await.unwrap());
    assert_eq!(s.handled_due_times().await.unwrap(), Vec::<i64>::new(), "an announcement is not a reminder wave");
    assert_eq!(s.handled_waves("c").await.unwrap(), Vec::<String>::new());
}

async fn stop_and_forget_end_follow_ups_and_news(s: Store) {
    s.set_news(1, true, 0).await.unwrap();
    s.schedule(1, "c", &followup("fb"), 10).await.unwrap();
    s.schedule(2, "c", &followup("fb"), 10).await.unwrap();
    s.announce("c", 0, true).await.unwrap();
    assert!(s.stop_others(1).await.unwrap());
    assert!(!s.stop_others(1).await.unwrap(), "nothing left");
    assert!(!s.chat(1).await.unwrap().unwrap().news);
    let left: Vec<i64> = claim(&s, 10, 10, "a").await.iter().map(|d| d.chat_id).collect();
    assert_eq!(left, vec![2], "only the other chat's follow-up is left");
    s.set_news(3, true, 0).await.unwrap();
    s.schedule(3, "c", &followup("fb"), 10).await.unwrap();
    s.forget(3).await.unwrap();
    assert_eq!(s.chat(3).await.unwrap(), None);
    assert_eq!(s.news_count().await.unwrap(), 0);
    s.set_news(4, true, 0).await.unwrap();
    s.set_done_at(4, "fb", true, 0).await.unwrap();
    s.migrate_chat(4, 5).await.unwrap();
    let moved = s.chat(5).await.unwrap().unwrap();
    assert!(moved.news && moved.is_done("fb"), "a migrated group keeps its news and ticks");
}

async fn counts_by_kind_leave_follow_ups_out_of_the_waves(s: Store) {
    s.add_subscribers("c", &[(1, None, &[]), (2, None, &[])], 0).await.unwrap();
    s.enqueue_wave("c", "3d", 0).await.unwrap();
    s.schedule(1, "c", &followup("fb"), i64::MAX / 2).await.unwrap();
    s.schedule(1, "c", &DeliveryKind::Recheck { platform: "li".into() }, i64::MAX / 2).await.unwrap();
    s.set_news(2, true, 0).await.unwrap();
    s.announce("c", 0, true).await.unwrap();
    let waves = s.pending_by_wave().await.unwrap();
    assert_eq!(
        waves,
        vec![("c".to_string(), "3d".to_string(), 2), ("c".to_string(), NEWS_WAVE.to_string(), 1)],
        "follow-ups due in months are not a wave behind"
    );
    let kinds = s.deliveries_by_kind().await.unwrap();
    let pending = |kind: &str| kinds.iter().find(|(k, st, _)| *k == kind && st == "pending").map(|k| k.2);
    assert_eq!(
        (pending("reminder"), pending("followup"), pending("recheck"), pending("news")),
        (Some(2), Some(1), Some(1), Some(1))
    );
}
