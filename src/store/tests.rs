//! Tests of the store against a real SQLite database.
use super::*;

#[tokio::test]
async fn language_subscription_and_checklist_round_trip() {
    let s = Store::in_memory().await.unwrap();
    assert_eq!(s.chat(1).await.unwrap(), None);
    s.set_lang(1, Lang::Fr).await.unwrap();
    assert!(s.subscribe(1, Lang::En, 100).await.unwrap());
    assert!(!s.subscribe(1, Lang::En, 200).await.unwrap(), "a second subscribe is not new");
    let state = s.set_done(1, Platform::Instagram, true).await.unwrap();
    assert_eq!(state.open_platforms(), vec![Platform::Facebook, Platform::Whatsapp]);
    let state = s.set_done(1, Platform::Instagram, false).await.unwrap();
    assert_eq!(state.done_mask, 0);
    let chat = s.chat(1).await.unwrap().unwrap();
    assert_eq!(chat.lang, Some(Lang::Fr));
    assert!(chat.subscribed);
    assert!(s.unsubscribe(1).await.unwrap());
    assert!(!s.unsubscribe(1).await.unwrap());
}

#[tokio::test]
async fn forget_deletes_everything_about_the_chat() {
    let s = Store::in_memory().await.unwrap();
    s.subscribe(5, Lang::En, 1).await.unwrap();
    s.subscribe(6, Lang::En, 1).await.unwrap();
    s.enqueue_wave("c", "1d", 10).await.unwrap();
    s.forget(5).await.unwrap();
    assert_eq!(s.chat(5).await.unwrap(), None);
    let claimed = s.claim(i64::MAX, 10, 1).await.unwrap();
    assert_eq!(claimed.iter().map(|d| d.chat_id).collect::<Vec<_>>(), vec![6]);
}

#[tokio::test]
async fn a_wave_is_enqueued_once_for_chats_with_work_left() {
    let s = Store::in_memory().await.unwrap();
    s.add_subscribers(&[(1, None, 0), (2, Some(Lang::De), 7), (3, None, 1)], 0).await.unwrap();
    s.set_lang(4, Lang::Fr).await.unwrap(); // not subscribed
    assert_eq!(s.enqueue_wave("c", "3d", 0).await.unwrap(), 2);
    assert_eq!(s.enqueue_wave("c", "3d", 0).await.unwrap(), 0, "never twice");
    assert_eq!(s.handled_waves("c").await.unwrap(), vec!["3d".to_string()]);
}

#[tokio::test]
async fn outcomes_move_deliveries_and_unreachable_chats_are_forgotten() {
    let s = Store::in_memory().await.unwrap();
    s.add_subscribers(&[(1, None, 0), (2, None, 0), (3, None, 0)], 0).await.unwrap();
    s.enqueue_wave("c", "1d", 0).await.unwrap();
    let batch = s.claim(1000, 10, 7).await.unwrap();
    assert_eq!(batch.len(), 3);
    assert!(s.claim(1000, 10, 8).await.unwrap().is_empty(), "in-flight rows are not claimed twice");
    s.record(&[
        (batch[0].clone(), Outcome::Sent),
        (batch[1].clone(), Outcome::Retry { not_before: 5000, count_attempt: true }),
        (batch[2].clone(), Outcome::Unreachable),
    ])
    .await
    .unwrap();
    assert_eq!(s.chat(3).await.unwrap(), None);
    assert_eq!(s.next_pending_ms().await.unwrap(), Some(5000));
    assert!(s.claim(4999, 10, 9).await.unwrap().is_empty());
    let again = s.claim(5000, 10, 9).await.unwrap();
    assert_eq!(again.len(), 1);
    assert_eq!(again[0].attempts, 1);
    let counts = s.wave_counts("c", "1d").await.unwrap();
    assert_eq!((counts.sent, counts.pending), (1, 1));
}

#[tokio::test]
async fn in_flight_deliveries_are_released_after_a_crash() {
    let s = Store::in_memory().await.unwrap();
    s.add_subscribers(&[(1, None, 0)], 0).await.unwrap();
    s.enqueue_wave("c", "1d", 0).await.unwrap();
    assert_eq!(s.claim(0, 10, 1).await.unwrap().len(), 1);
    assert_eq!(s.release_inflight().await.unwrap(), 1);
    assert_eq!(s.claim(0, 10, 2).await.unwrap().len(), 1);
}

#[tokio::test]
async fn a_migrated_group_keeps_settings_and_pending_reminders() {
    let s = Store::in_memory().await.unwrap();
    s.set_lang(-10, Lang::De).await.unwrap();
    s.subscribe(-10, Lang::En, 0).await.unwrap();
    s.enqueue_wave("c", "1d", 0).await.unwrap();
    s.migrate_chat(-10, -100_200).await.unwrap();
    assert_eq!(s.chat(-10).await.unwrap(), None);
    let moved = s.chat(-100_200).await.unwrap().unwrap();
    assert_eq!(moved.lang, Some(Lang::De));
    assert!(moved.subscribed);
    assert_eq!(s.claim(0, 10, 1).await.unwrap()[0].chat_id, -100_200);
}

#[tokio::test]
async fn the_database_file_is_private() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("sub/bot.db");
    let s = Store::open(&format!("sqlite://{}", path.display())).await.unwrap();
    s.set_lang(1, Lang::En).await.unwrap();
    s.close().await;
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(&path).unwrap().permissions().mode() & 0o777;
        assert_eq!(mode, 0o600);
    }
    let reopened = Store::open(&format!("sqlite://{}", path.display())).await.unwrap();
    assert_eq!(reopened.chat(1).await.unwrap().unwrap().lang, Some(Lang::En));
}
