//! The store's contract: one suite, run on both backends, against a real SQLite database
//! and a real PostgreSQL server (started by `tests/support/pg.rs`; no mock).

use super::*;

#[path = "../../tests/support/pg.rs"]
pub(super) mod pg;

/// Runs each named test on an in-memory SQLite store and on a fresh PostgreSQL database.
macro_rules! on_both_backends {
    ($($name:ident),* $(,)?) => {
        mod on_sqlite {
            $(
                #[tokio::test(flavor = "multi_thread")]
                async fn $name() {
                    super::$name(crate::store::Store::in_memory().await.unwrap()).await
                }
            )*
        }
        mod on_postgres {
            $(
                #[tokio::test(flavor = "multi_thread")]
                async fn $name() {
                    super::$name(super::postgres().await).await
                }
            )*
        }
    };
}

async fn postgres() -> Store {
    Store::open(&pg::fresh_database().await).await.unwrap()
}

/// Claims up to `limit` deliveries of campaign `c` due at `now` under `token`, with a lease
/// of a minute.
async fn claim(s: &Store, now: i64, limit: i64, token: &str) -> Vec<Delivery> {
    let ids = c();
    let lease_until_ms = now.saturating_add(60_000);
    s.claim(&Claim { fence: 1, campaign_ids: &ids, now_ms: now, limit, token, lease_until_ms }).await.unwrap()
}

/// Campaign `c` as the only one whose reminders may go out.
fn c() -> Vec<String> {
    vec!["c".to_string()]
}

const RULE: PauseRule = PauseRule { share: 0.2, sample: 200 };

on_both_backends!(
    language_subscription_and_checklist_round_trip,
    forget_deletes_everything_about_the_chat,
    a_wave_is_enqueued_once_for_every_subscribed_chat,
    outcomes_move_deliveries_and_unreachable_chats_are_forgotten,
    in_flight_deliveries_are_released_after_a_crash,
    a_migrated_group_keeps_settings_and_pending_reminders,
    an_outcome_is_recorded_only_under_the_claim_that_took_the_row,
    row_ids_are_never_reused,
    chat_not_found_forgets_only_a_chat_reached_before,
    a_wave_where_too_many_are_unreachable_pauses_and_deletes_no_more,
    a_few_blocked_chats_are_forgotten_without_pausing,
    nothing_is_claimed_for_another_campaign_or_after_the_deadline,
    concurrent_claims_are_disjoint_and_cover_every_row,
    a_wave_resumed_with_a_higher_share_pauses_only_above_it,
    pending_waves_and_the_last_outcome_are_reported,
    links_keep_one_result_per_link_with_its_baseline,
    a_claim_reads_each_chat_as_a_single_read_does_in_order,
    a_record_then_claim_writes_the_outcomes_and_claims_past_the_wave_it_paused,
    a_claim_or_record_that_succeeds_is_an_answer_and_one_that_fails_is_not,
);

async fn a_claim_or_record_that_succeeds_is_an_answer_and_one_that_fails_is_not(s: Store) {
    use std::time::Instant;
    s.record(&[], RULE).await.unwrap();
    assert_eq!(s.answered_ago(), None, "nothing was asked of the database yet");
    let asked = Instant::now();
    claim(&s, 0, 10, "t").await;
    assert!(s.answered_ago().expect("a claim answered") <= asked.elapsed());
    let ids = c();
    let next = Claim { fence: 1, campaign_ids: &ids, now_ms: 0, limit: 10, token: "u", lease_until_ms: 60_000 };
    let asked = Instant::now();
    s.record_then_claim(&[], RULE, &next).await.unwrap();
    assert!(s.answered_ago().unwrap() <= asked.elapsed(), "the newer answer counts");
    s.close().await;
    let asked = Instant::now();
    assert!(s.claim(&Claim { token: "v", ..next }).await.is_err(), "a closed store answers nothing");
    assert!(s.answered_ago().unwrap() > asked.elapsed(), "a failure is no answer");
}

async fn a_claim_reads_each_chat_as_a_single_read_does_in_order(s: Store) {
    let chats: Vec<(i64, Option<Lang>, &[&str])> =
        (1..=40).map(|i| (i, [None, Some(Lang::De), Some(Lang::Fr)][i as usize % 3], &[][..])).collect();
    s.add_subscribers("c", &chats, 0).await.unwrap();
    s.subscribe(2, Lang::De, &["d"], 10).await.unwrap();
    s.set_done_at(1, "facebook", true, 86_400 * 3).await.unwrap();
    s.set_done_at(1, "instagram", true, 86_400 * 5).await.unwrap();
    s.set_done_at(5, "whatsapp", true, 86_400 * 7).await.unwrap();
    s.mark_thanked(2, "c").await.unwrap();
    s.mark_thanked(2, "d").await.unwrap();
    s.set_news(3, true, 100).await.unwrap();
    s.enqueue_wave("c", "1d", 0).await.unwrap();
    let batch = claim(&s, 1000, 100, "whole").await;
    assert_eq!(batch.len(), 40);
    let ids: Vec<i64> = batch.iter().map(|d| d.id).collect();
    let mut sorted = ids.clone();
    sorted.sort();
    assert_eq!(ids, sorted, "in the order they are due");
    for d in &batch {
        assert_eq!(d.chat, s.chat(d.chat_id).await.unwrap(), "chat {}", d.chat_id);
    }
    let one = batch.iter().find(|d| d.chat_id == 1).unwrap().chat.clone().unwrap();
    assert_eq!(one.ticked_on.len(), 2);
    assert!(batch.iter().find(|d| d.chat_id == 3).unwrap().chat.as_ref().unwrap().news);
    assert_eq!(batch.iter().find(|d| d.chat_id == 2).unwrap().chat.as_ref().unwrap().thanked.len(), 2);
}

async fn language_subscription_and_checklist_round_trip(s: Store) {
    assert_eq!(s.chat(1).await.unwrap(), None);
    s.set_lang(1, Lang::Fr).await.unwrap();
    assert!(s.subscribe(1, Lang::En, &["c"], 100).await.unwrap());
    assert!(!s.subscribe(1, Lang::En, &["c"], 200).await.unwrap(), "a second subscribe is not new");
    assert!(s.subscribe(1, Lang::En, &["c", "d"], 300).await.unwrap(), "a new campaign is new");
    let state = s.set_done(1, "instagram", true).await.unwrap();
    assert!(state.is_done("instagram") && !state.is_done("facebook"));
    s.set_done(1, "whatsapp", true).await.unwrap();
    let state = s.set_done(1, "instagram", false).await.unwrap();
    assert_eq!(state.done.iter().collect::<Vec<_>>(), ["whatsapp"]);
    let chat = s.chat(1).await.unwrap().unwrap();
    assert_eq!(chat.lang, Some(Lang::Fr));
    assert!(chat.is_subscribed("c") && chat.is_subscribed("d") && !chat.is_subscribed("e"));
    assert!(s.mark_thanked(1, "c").await.unwrap());
    assert!(!s.mark_thanked(1, "c").await.unwrap(), "thanked once per campaign");
    assert!(s.mark_thanked(1, "d").await.unwrap());
    assert!(s.unsubscribe(1).await.unwrap());
    assert!(!s.unsubscribe(1).await.unwrap());
}

async fn forget_deletes_everything_about_the_chat(s: Store) {
    const FORGOTTEN: i64 = 5_550_555;
    s.subscribe(FORGOTTEN, Lang::En, &["c"], 1).await.unwrap();
    s.subscribe(6, Lang::En, &["c"], 1).await.unwrap();
    s.enqueue_wave("c", "1d", 10).await.unwrap();
    s.set_done(FORGOTTEN, "facebook", true).await.unwrap();
    s.mark_thanked(FORGOTTEN, "c").await.unwrap();
    s.forget(FORGOTTEN).await.unwrap();
    assert_eq!(s.chat(FORGOTTEN).await.unwrap(), None);
    let snapshot = s.snapshot().await;
    assert!(!snapshot.contains(&FORGOTTEN.to_string()), "a row still holds the chat:\n{snapshot}");
    let claimed = claim(&s, i64::MAX - 100_000, 10, "t1").await;
    assert_eq!(claimed.iter().map(|d| d.chat_id).collect::<Vec<_>>(), vec![6]);
}

async fn a_wave_is_enqueued_once_for_every_subscribed_chat(s: Store) {
    s.add_subscribers(
        "c",
        &[(1, None, &[]), (2, Some(Lang::De), &["facebook", "instagram", "whatsapp"]), (3, None, &["facebook"])],
        0,
    )
    .await
    .unwrap();
    s.set_lang(4, Lang::Fr).await.unwrap(); // not subscribed
                                            // Whether a chat still needs a reminder is the brain's call, at send time.
    assert_eq!(s.enqueue_wave("c", "3d", 0).await.unwrap(), 3);
    assert_eq!(s.enqueue_wave("c", "3d", 0).await.unwrap(), 0, "never twice");
    assert_eq!(s.handled_waves("c").await.unwrap(), vec!["3d".to_string()]);
}

async fn outcomes_move_deliveries_and_unreachable_chats_are_forgotten(s: Store) {
    s.add_subscribers("c", &[(1, None, &[]), (2, None, &[]), (3, None, &[])], 0).await.unwrap();
    s.enqueue_wave("c", "1d", 0).await.unwrap();
    let batch = claim(&s, 1000, 10, "t7").await;
    assert_eq!(batch.len(), 3);
    assert!(claim(&s, 1000, 10, "t8").await.is_empty(), "in-flight rows are not claimed twice");
    s.record(
        &[
            (batch[0].clone(), Outcome::Sent),
            (batch[1].clone(), Outcome::Retry { not_before: 5000, count_attempt: true }),
            (batch[2].clone(), Outcome::Gone),
        ],
        RULE,
    )
    .await
    .unwrap();
    assert_eq!(s.chat(3).await.unwrap(), None);
    assert_eq!(s.next_pending_ms(&c()).await.unwrap(), Some(5000));
    assert!(claim(&s, 4999, 10, "t9").await.is_empty());
    let again = claim(&s, 5000, 10, "t9").await;
    assert_eq!(again.len(), 1);
    assert_eq!(again[0].attempts, 1);
    let counts = s.wave_counts("c", "1d").await.unwrap();
    assert_eq!((counts.sent, counts.pending), (1, 1));
}

async fn in_flight_deliveries_are_released_after_a_crash(s: Store) {
    s.add_subscribers("c", &[(1, None, &[])], 0).await.unwrap();
    s.enqueue_wave("c", "1d", 0).await.unwrap();
    assert_eq!(claim(&s, 0, 10, "a").await.len(), 1);
    assert_eq!(s.release_stale(59_999, 1).await.unwrap(), 0, "a live claim is never taken back");
    assert!(claim(&s, 0, 10, "b").await.is_empty());
    assert_eq!(s.release_stale(60_001, 1).await.unwrap(), 1, "a stale one is");
    assert_eq!(claim(&s, 0, 10, "b").await.len(), 1);
}

async fn a_migrated_group_keeps_settings_and_pending_reminders(s: Store) {
    s.set_lang(-10, Lang::De).await.unwrap();
    s.subscribe(-10, Lang::En, &["c"], 0).await.unwrap();
    s.enqueue_wave("c", "1d", 0).await.unwrap();
    s.migrate_chat(-10, -100_200).await.unwrap();
    assert_eq!(s.chat(-10).await.unwrap(), None);
    let moved = s.chat(-100_200).await.unwrap().unwrap();
    assert_eq!(moved.lang, Some(Lang::De));
    assert!(moved.is_subscribed("c"));
    assert_eq!(claim(&s, 0, 10, "t").await[0].chat_id, -100_200);
}

async fn an_outcome_is_recorded_only_under_the_claim_that_took_the_row(s: Store) {
    s.add_subscribers("c", &[(1, None, &[])], 0).await.unwrap();
    s.enqueue_wave("c", "1d", 0).await.unwrap();
    let stale = claim(&s, 0, 10, "old").await;
    // The old claim's lease ran out; another sender took the row and is sending it now.
    s.release_stale(i64::MAX, 1).await.unwrap();
    let live = claim(&s, 0, 10, "new").await;
    assert_eq!(stale[0].id, live[0].id);
    s.record(&[(stale[0].clone(), Outcome::Failed)], RULE).await.unwrap();
    assert_eq!(s.wave_counts("c", "1d").await.unwrap().pending, 1, "the stale sender changes nothing");
    s.record(&[(live[0].clone(), Outcome::Sent)], RULE).await.unwrap();
    assert_eq!(s.wave_counts("c", "1d").await.unwrap().sent, 1);
}

async fn row_ids_are_never_reused(s: Store) {
    s.add_subscribers("c", &[(1, None, &[])], 0).await.unwrap();
    s.enqueue_wave("c", "a", 0).await.unwrap();
    let first = claim(&s, 0, 10, "x").await[0].id;
    s.forget(1).await.unwrap();
    s.add_subscribers("c", &[(1, None, &[])], 0).await.unwrap();
    s.enqueue_wave("c", "b", 0).await.unwrap();
    assert!(claim(&s, 0, 10, "y").await[0].id > first);
}

async fn chat_not_found_forgets_only_a_chat_reached_before(s: Store) {
    s.add_subscribers("c", &[(1, None, &[]), (2, None, &[])], 0).await.unwrap();
    s.enqueue_wave("c", "3d", 0).await.unwrap();
    let batch = claim(&s, 0, 10, "a").await;
    s.record(&[(batch[0].clone(), Outcome::Sent), (batch[1].clone(), Outcome::NotFound)], RULE).await.unwrap();
    assert!(s.chat(2).await.unwrap().is_some(), "never reached: kept, the delivery failed");
    s.enqueue_wave("c", "1d", 10).await.unwrap();
    let batch = claim(&s, 0, 10, "b").await;
    let one = batch.iter().find(|d| d.chat_id == 1).unwrap().clone();
    s.record(&[(one, Outcome::NotFound)], RULE).await.unwrap();
    assert_eq!(s.chat(1).await.unwrap(), None, "reached before, now not found: forgotten");
    assert_eq!(s.wave_counts("c", "1d").await.unwrap().forgotten, 1);
}

async fn a_wave_where_too_many_are_unreachable_pauses_and_deletes_no_more(s: Store) {
    let chats: Vec<(i64, Option<Lang>, &[&str])> = (1..=300).map(|c| (c, None, &[][..])).collect();
    s.add_subscribers("c", &chats, 0).await.unwrap();
    s.enqueue_wave("c", "3d", 0).await.unwrap();
    // As a wrong token answers: every chat blocked, 64 outcomes at a time.
    let mut paused = Vec::new();
    for round in 0..5 {
        let batch = claim(&s, 0, 64, &format!("r{round}")).await;
        let outcomes: Vec<_> = batch.into_iter().map(|d| (d, Outcome::Gone)).collect();
        paused.extend(s.record(&outcomes, RULE).await.unwrap());
    }
    assert_eq!(paused.len(), 1, "{paused:?}");
    assert!(paused[0].why.contains("more than 20 %"), "{}", paused[0].why);
    let counts = s.wave_counts("c", "3d").await.unwrap();
    assert!(counts.forgotten <= 40, "at most 20 % of 200 are forgotten: {}", counts.forgotten);
    assert_eq!(s.subscriber_count().await.unwrap(), 300 - counts.forgotten);
    assert!(claim(&s, 0, 64, "after").await.is_empty(), "a paused wave is not sent");
    assert_eq!(s.next_pending_ms(&c()).await.unwrap(), None, "nor waited for");
    assert_eq!(s.paused_waves().await.unwrap().len(), 1);
    assert_eq!(s.resume_waves("c", None).await.unwrap(), vec!["3d".to_string()]);
    assert_eq!(claim(&s, 0, 500, "resumed").await.len() as i64, 300 - counts.forgotten);
}

async fn a_record_then_claim_writes_the_outcomes_and_claims_past_the_wave_it_paused(s: Store) {
    let chats: Vec<(i64, Option<Lang>, &[&str])> = (1..=100).map(|c| (c, None, &[][..])).collect();
    s.add_subscribers("c", &chats, 0).await.unwrap();
    s.enqueue_wave("c", "3d", 0).await.unwrap();
    s.enqueue_wave("c", "1d", 0).await.unwrap();
    // As a wrong token answers the first 50 of wave 3d: every chat blocked.
    let batch = claim(&s, 0, 50, "first").await;
    assert!(batch.iter().all(|d| d.wave == "3d"));
    let outcomes: Vec<_> = batch.into_iter().map(|d| (d, Outcome::Gone)).collect();
    let ids = c();
    let next = Claim { fence: 1, campaign_ids: &ids, now_ms: 0, limit: 100, token: "next", lease_until_ms: 60_000 };
    let (paused, batch) = s.record_then_claim(&outcomes, RULE, &next).await.unwrap();
    assert_eq!(paused.len(), 1, "{paused:?}");
    let counts = s.wave_counts("c", "3d").await.unwrap();
    assert_eq!((counts.forgotten, counts.pending), (0, 100), "recorded: paused, and no chat forgotten");
    assert_eq!(batch.len(), 100, "the claim takes the whole of wave 1d");
    assert!(batch.iter().all(|d| d.wave == "1d" && &*d.claim == "next"), "and nothing of the paused wave");
    let (paused, none) = s.record_then_claim(&[], RULE, &Claim { token: "empty", ..next }).await.unwrap();
    assert!(paused.is_empty() && none.is_empty(), "nothing to record, nothing left to claim");
}

async fn a_few_blocked_chats_are_forgotten_without_pausing(s: Store) {
    let chats: Vec<(i64, Option<Lang>, &[&str])> = (1..=100).map(|c| (c, None, &[][..])).collect();
    s.add_subscribers("c", &chats, 0).await.unwrap();
    s.enqueue_wave("c", "3d", 0).await.unwrap();
    let batch = claim(&s, 0, 100, "a").await;
    let outcomes: Vec<_> =
        batch.into_iter().map(|d| if d.chat_id <= 30 { (d, Outcome::Gone) } else { (d, Outcome::Sent) }).collect();
    assert!(s.record(&outcomes, RULE).await.unwrap().is_empty(), "30 is under 20 % of 200");
    assert_eq!(s.wave_counts("c", "3d").await.unwrap().forgotten, 30);
}

async fn nothing_is_claimed_for_another_campaign_or_after_the_deadline(s: Store) {
    s.add_subscribers("c", &[(1, None, &[])], 0).await.unwrap();
    s.add_subscribers("old", &[(1, None, &[])], 0).await.unwrap();
    s.enqueue_wave("old", "1d", 0).await.unwrap();
    assert!(claim(&s, 0, 10, "a").await.is_empty(), "campaign c is loaded, old is not");
    assert_eq!(s.expire(&c(), &c()).await.unwrap(), 1, "the old campaign's reminder is ended");
    s.enqueue_wave("c", "1d", 0).await.unwrap();
    let followup = DeliveryKind::FollowUp { platform: "fb".into(), again: false };
    s.schedule(1, "c", &followup, 0).await.unwrap();
    assert_eq!(s.expire(&c(), &[]).await.unwrap(), 1, "after its deadline, c's reminder too");
    assert_eq!(claim(&s, 0, 10, "b").await.len(), 1, "but not its follow-up, while c is loaded");
    s.schedule(1, "c", &followup, 0).await.unwrap();
    assert_eq!(s.expire(&[], &[]).await.unwrap(), 0, "a follow-up in flight is not ended");
    assert!(claim(&s, 0, 10, "c").await.is_empty());
}

/// Eight senders claiming at once get disjoint batches that, together, cover every row.
async fn concurrent_claims_are_disjoint_and_cover_every_row(s: Store) {
    let chats: Vec<(i64, Option<Lang>, &[&str])> = (1..=10_000).map(|c| (c, None, &[][..])).collect();
    s.add_subscribers("c", &chats, 0).await.unwrap();
    assert_eq!(s.enqueue_wave("c", "1d", 0).await.unwrap(), 10_000);
    let tasks: Vec<_> = (0..8)
        .map(|n| {
            let s = s.clone();
            tokio::spawn(async move {
                let mut mine = Vec::new();
                loop {
                    let batch = claim(&s, 0, 256, &format!("sender-{n}-{}", mine.len())).await;
                    if batch.is_empty() {
                        return mine;
                    }
                    mine.extend(batch.into_iter().map(|d| d.id));
                }
            })
        })
        .collect();
    let mut all = Vec::new();
    for task in tasks {
        all.extend(task.await.unwrap());
    }
    let distinct: std::collections::BTreeSet<i64> = all.iter().copied().collect();
    assert_eq!(all.len(), 10_000, "every row claimed once");
    assert_eq!(distinct.len(), 10_000, "no row claimed twice");
}

/// Records `n` outcomes of wave 3d, `blocked` of them as blocked; returns the waves paused.
async fn answer(s: &Store, n: i64, blocked: i64, token: &str) -> Vec<PausedWave> {
    let batch = claim(s, 0, n, token).await;
    let outcomes: Vec<_> = batch
        .into_iter()
        .enumerate()
        .map(|(i, d)| (d, if (i as i64) < blocked { Outcome::Gone } else { Outcome::Sent }))
        .collect();
    s.record(&outcomes, RULE).await.unwrap()
}

async fn a_wave_resumed_with_a_higher_share_pauses_only_above_it(s: Store) {
    let chats: Vec<(i64, Option<Lang>, &[&str])> = (1..=1000).map(|c| (c, None, &[][..])).collect();
    s.add_subscribers("c", &chats, 0).await.unwrap();
    s.enqueue_wave("c", "3d", 0).await.unwrap();
    // A real block rate of 30 %: the brake trips at 41 blocked (more than 20 % of 200).
    assert!(answer(&s, 100, 30, "a").await.is_empty());
    assert_eq!(answer(&s, 100, 30, "b").await.len(), 1, "60 of 200 blocked");
    assert_eq!(s.resume_waves("c", Some(0.5)).await.unwrap(), vec!["3d".to_string()]);
    // From now on only more than 50 % pauses it: 30 % goes on, forgetting the blocked chats.
    for round in 0..3 {
        assert!(answer(&s, 100, 30, &format!("c{round}")).await.is_empty(), "round {round}");
    }
    assert!(s.paused_waves().await.unwrap().is_empty());
    // A plain resume keeps the share set for the wave.
    assert_eq!(answer(&s, 200, 190, "d").await.len(), 1, "280 of 500 is over 50 %");
    assert_eq!(s.resume_waves("c", None).await.unwrap(), vec!["3d".to_string()]);
    assert!(answer(&s, 100, 45, "e").await.is_empty(), "45 of 200 stays under the wave's 50 %");
}

async fn pending_waves_and_the_last_outcome_are_reported(s: Store) {
    assert_eq!(s.sender_seen_ms().await.unwrap(), None, "no sender ever");
    s.add_subscribers("c", &[(1, None, &[]), (2, None, &[]), (3, None, &[])], 0).await.unwrap();
    s.enqueue_wave("c", "3d", 0).await.unwrap();
    assert_eq!(s.pending_by_wave().await.unwrap(), vec![("c".to_string(), "3d".to_string(), 3)]);
    let before = chrono::Utc::now().timestamp_millis();
    let batch = claim(&s, 0, 1, "a").await;
    s.record(&[(batch[0].clone(), Outcome::Retry { not_before: 0, count_attempt: false })], RULE).await.unwrap();
    let seen = s.sender_seen_ms().await.unwrap().expect("a retry is an outcome too");
    assert!(seen >= before && seen <= chrono::Utc::now().timestamp_millis(), "{seen}");
    let rows = s.wave_rows().await.unwrap();
    assert_eq!(rows[0].last_outcome_ms, Some(seen));
    let batch = claim(&s, 0, 3, "b").await;
    s.record(&batch.into_iter().map(|d| (d, Outcome::Sent)).collect::<Vec<_>>(), RULE).await.unwrap();
    assert_eq!(s.pending_by_wave().await.unwrap(), vec![], "nothing left to send");
}

/// A link's result replaces the one before it; each link of a platform keeps its own row,
/// with its baseline and an unanswered request's empty status.
async fn links_keep_one_result_per_link_with_its_baseline(s: Store) {
    assert_eq!(s.links().await.unwrap(), Vec::new());
    let form = LinkRow {
        campaign_id: "c".into(),
        platform: "facebook".into(),
        which: "form".into(),
        url: "https://example.org/form".into(),
        checked_ms: 1_000,
        status: Some(302),
        final_url: Some("https://example.org/login".into()),
        verdict: "reachable".into(),
        detail: Some("behind a login page".into()),
        baseline_status: Some(302),
        baseline_url: Some("https://example.org/login".into()),
        baseline_ms: Some(1_000),
    };
    let help = LinkRow {
        which: "help".into(),
        url: "https://example.org/help".into(),
        status: None,
        final_url: None,
        verdict: "unreachable".into(),
        detail: Some("dns error".into()),
        baseline_status: None,
        baseline_url: None,
        baseline_ms: None,
        ..form.clone()
    };
    s.put_link(&form).await.unwrap();
    s.put_link(&help).await.unwrap();
    let later =
        LinkRow { checked_ms: 86_401_000, status: Some(404), verdict: "gone".into(), detail: None, ..form.clone() };
    s.put_link(&later).await.unwrap();
    assert_eq!(s.links().await.unwrap(), vec![later, help]);
}

/// Follow-ups, re-checks and news, on both backends too.
#[path = "followup_tests.rs"]
mod followups;
