//! Tests of the store against a real SQLite database.
use super::*;

/// Claims up to `limit` deliveries of campaign `c` due at `now` under `token`, with a lease
/// of a minute.
async fn claim(s: &Store, now: i64, limit: i64, token: &str) -> Vec<Delivery> {
    let ids = c();
    s.claim(&Claim { campaign_ids: &ids, now_ms: now, limit, token, lease_until_ms: now.saturating_add(60_000) })
        .await
        .unwrap()
}

/// Campaign `c` as the only one whose reminders may go out.
fn c() -> Vec<String> {
    vec!["c".to_string()]
}

const RULE: PauseRule = PauseRule { share: 0.2, sample: 200 };

#[tokio::test]
async fn language_subscription_and_checklist_round_trip() {
    let s = Store::in_memory().await.unwrap();
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

#[tokio::test]
async fn forget_deletes_everything_about_the_chat() {
    let s = Store::in_memory().await.unwrap();
    s.subscribe(5, Lang::En, &["c"], 1).await.unwrap();
    s.subscribe(6, Lang::En, &["c"], 1).await.unwrap();
    s.enqueue_wave("c", "1d", 10).await.unwrap();
    s.set_done(5, "facebook", true).await.unwrap();
    s.mark_thanked(5, "c").await.unwrap();
    s.forget(5).await.unwrap();
    assert_eq!(s.chat(5).await.unwrap(), None);
    for table in ["chats", "ticks", "subscriptions", "thanks", "deliveries"] {
        let left: i64 = sqlx::query_scalar(&format!("SELECT COUNT(*) FROM {table} WHERE chat_id = 5"))
            .fetch_one(&s.pool)
            .await
            .unwrap();
        assert_eq!(left, 0, "{table} still holds the chat");
    }
    let claimed = claim(&s, i64::MAX - 100_000, 10, "t1").await;
    assert_eq!(claimed.iter().map(|d| d.chat_id).collect::<Vec<_>>(), vec![6]);
}

#[tokio::test]
async fn a_wave_is_enqueued_once_for_every_subscribed_chat() {
    let s = Store::in_memory().await.unwrap();
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

#[tokio::test]
async fn outcomes_move_deliveries_and_unreachable_chats_are_forgotten() {
    let s = Store::in_memory().await.unwrap();
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

#[tokio::test]
async fn in_flight_deliveries_are_released_after_a_crash() {
    let s = Store::in_memory().await.unwrap();
    s.add_subscribers("c", &[(1, None, &[])], 0).await.unwrap();
    s.enqueue_wave("c", "1d", 0).await.unwrap();
    assert_eq!(claim(&s, 0, 10, "a").await.len(), 1);
    assert_eq!(s.release_stale(59_999).await.unwrap(), 0, "a live claim is never taken back");
    assert!(claim(&s, 0, 10, "b").await.is_empty());
    assert_eq!(s.release_stale(60_001).await.unwrap(), 1, "a stale one is");
    assert_eq!(claim(&s, 0, 10, "b").await.len(), 1);
}

#[tokio::test]
async fn a_migrated_group_keeps_settings_and_pending_reminders() {
    let s = Store::in_memory().await.unwrap();
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

#[tokio::test]
async fn an_outcome_is_recorded_only_under_the_claim_that_took_the_row() {
    let s = Store::in_memory().await.unwrap();
    s.add_subscribers("c", &[(1, None, &[])], 0).await.unwrap();
    s.enqueue_wave("c", "1d", 0).await.unwrap();
    let stale = claim(&s, 0, 10, "old").await;
    // The old claim's lease ran out; another sender took the row and is sending it now.
    s.release_stale(i64::MAX).await.unwrap();
    let live = claim(&s, 0, 10, "new").await;
    assert_eq!(stale[0].id, live[0].id);
    s.record(&[(stale[0].clone(), Outcome::Failed)], RULE).await.unwrap();
    assert_eq!(s.wave_counts("c", "1d").await.unwrap().pending, 1, "the stale sender changes nothing");
    s.record(&[(live[0].clone(), Outcome::Sent)], RULE).await.unwrap();
    assert_eq!(s.wave_counts("c", "1d").await.unwrap().sent, 1);
}

#[tokio::test]
async fn row_ids_are_never_reused() {
    let s = Store::in_memory().await.unwrap();
    s.add_subscribers("c", &[(1, None, &[])], 0).await.unwrap();
    s.enqueue_wave("c", "a", 0).await.unwrap();
    let first = claim(&s, 0, 10, "x").await[0].id;
    s.forget(1).await.unwrap();
    s.add_subscribers("c", &[(1, None, &[])], 0).await.unwrap();
    s.enqueue_wave("c", "b", 0).await.unwrap();
    assert!(claim(&s, 0, 10, "y").await[0].id > first);
}

#[tokio::test]
async fn chat_not_found_forgets_only_a_chat_reached_before() {
    let s = Store::in_memory().await.unwrap();
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

#[tokio::test]
async fn a_wave_where_too_many_are_unreachable_pauses_and_deletes_no_more() {
    let s = Store::in_memory().await.unwrap();
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
    assert_eq!(s.resume_waves("c").await.unwrap(), vec!["3d".to_string()]);
    assert_eq!(claim(&s, 0, 500, "resumed").await.len() as i64, 300 - counts.forgotten);
}

#[tokio::test]
async fn a_few_blocked_chats_are_forgotten_without_pausing() {
    let s = Store::in_memory().await.unwrap();
    let chats: Vec<(i64, Option<Lang>, &[&str])> = (1..=100).map(|c| (c, None, &[][..])).collect();
    s.add_subscribers("c", &chats, 0).await.unwrap();
    s.enqueue_wave("c", "3d", 0).await.unwrap();
    let batch = claim(&s, 0, 100, "a").await;
    let outcomes: Vec<_> =
        batch.into_iter().map(|d| if d.chat_id <= 30 { (d, Outcome::Gone) } else { (d, Outcome::Sent) }).collect();
    assert!(s.record(&outcomes, RULE).await.unwrap().is_empty(), "30 is under 20 % of 200");
    assert_eq!(s.wave_counts("c", "3d").await.unwrap().forgotten, 30);
}

#[tokio::test]
async fn nothing_is_claimed_for_another_campaign_or_after_the_deadline() {
    let s = Store::in_memory().await.unwrap();
    s.add_subscribers("c", &[(1, None, &[])], 0).await.unwrap();
    s.add_subscribers("old", &[(1, None, &[])], 0).await.unwrap();
    s.enqueue_wave("old", "1d", 0).await.unwrap();
    assert!(claim(&s, 0, 10, "a").await.is_empty(), "campaign c is loaded, old is not");
    assert_eq!(s.expire(&c()).await.unwrap(), 1, "the old campaign's reminder is ended");
    s.enqueue_wave("c", "1d", 0).await.unwrap();
    assert_eq!(s.expire(&[]).await.unwrap(), 1, "after its deadline, c's too");
    assert!(claim(&s, 0, 10, "b").await.is_empty());
}

#[tokio::test]
async fn forgetting_overwrites_and_every_commit_reaches_the_disk() {
    let dir = tempfile::tempdir().unwrap();
    let s = Store::open(&format!("sqlite://{}", dir.path().join("bot.db").display())).await.unwrap();
    let secure_delete: i64 = sqlx::query_scalar("PRAGMA secure_delete").fetch_one(&s.pool).await.unwrap();
    let synchronous: i64 = sqlx::query_scalar("PRAGMA synchronous").fetch_one(&s.pool).await.unwrap();
    assert_eq!(secure_delete, 1);
    assert_eq!(synchronous, 2, "FULL");
}

#[cfg(unix)]
#[tokio::test]
async fn an_existing_database_and_its_wal_and_shm_are_made_private() {
    use std::os::unix::fs::PermissionsExt;
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("bot.db");
    let url = format!("sqlite://{}", path.display());
    let s = Store::open(&url).await.unwrap();
    s.set_lang(1, Lang::En).await.unwrap();
    s.close().await;
    // sqlx finishes closing (and SQLite removes -wal and -shm) on its worker thread.
    tokio::time::sleep(std::time::Duration::from_millis(300)).await;
    let names = ["bot.db", "bot.db-wal", "bot.db-shm"];
    for name in names {
        let file = dir.path().join(name);
        std::fs::write(&file, std::fs::read(&file).unwrap_or_default()).unwrap();
        std::fs::set_permissions(&file, std::fs::Permissions::from_mode(0o644)).unwrap();
    }
    let s = Store::open(&url).await.unwrap();
    for name in names {
        let mode = std::fs::metadata(dir.path().join(name)).unwrap().permissions().mode() & 0o777;
        assert_eq!(mode, 0o600, "{name}");
    }
    assert_eq!(s.chat(1).await.unwrap().unwrap().lang, Some(Lang::En));
}

#[tokio::test]
async fn read_only_opening_neither_migrates_nor_writes() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("bot.db");
    let url = format!("sqlite://{}", path.display());
    let s = Store::open(&url).await.unwrap();
    s.add_subscribers("c", &[(1, None, &[])], 0).await.unwrap();
    s.close().await;
    // sqlx finishes closing (and SQLite its checkpoint) on its worker thread.
    tokio::time::sleep(std::time::Duration::from_millis(300)).await;
    let before = std::fs::read(&path).unwrap();
    let s = Store::open_read_only(&url).await.unwrap();
    assert_eq!(s.subscriber_count().await.unwrap(), 1);
    assert!(s.set_lang(2, Lang::Fr).await.is_err(), "writes are refused");
    s.close().await;
    tokio::time::sleep(std::time::Duration::from_millis(300)).await;
    assert!(std::fs::read(&path).unwrap() == before, "the file is unchanged");
    // An old (here: empty) database is not migrated.
    let old = dir.path().join("old.db");
    std::fs::write(&old, b"").unwrap();
    let s = Store::open_read_only(&format!("sqlite://{}", old.display())).await.unwrap();
    assert!(s.subscriber_count().await.is_err(), "no tables were created");
    s.close().await;
    assert_eq!(std::fs::metadata(&old).unwrap().len(), 0);
    let missing = format!("sqlite://{}", dir.path().join("none.db").display());
    assert!(Store::open_read_only(&missing).await.is_err());
    assert!(!dir.path().join("none.db").exists(), "nothing is created");
}

#[tokio::test]
async fn one_process_at_a_time_holds_the_database_and_its_bot_id() {
    let dir = tempfile::tempdir().unwrap();
    let url = format!("sqlite://{}", dir.path().join("bot.db").display());
    let first = Store::lock_instance(&url).unwrap();
    assert!(first.is_some());
    let second = Store::lock_instance(&url).unwrap_err().to_string();
    assert!(second.contains("already running"), "{second}");
    drop(first);
    assert!(Store::lock_instance(&url).is_ok(), "released with its holder");
    let s = Store::open(&url).await.unwrap();
    assert_eq!(s.bot_id().await.unwrap(), None);
    s.set_bot_id(42).await.unwrap();
    assert_eq!(s.bot_id().await.unwrap(), Some(42));
}

#[tokio::test]
async fn a_database_from_before_campaign_folders_keeps_every_language_subscription_and_tick() {
    let dir = tempfile::tempdir().unwrap();
    let url = format!("sqlite://{}", dir.path().join("old.db").display());
    // The database as the previous version left it: migrations 0001 and 0002 only.
    {
        let options = SqliteConnectOptions::from_str(&url).unwrap().create_if_missing(true);
        let pool = SqlitePool::connect_with(options).await.unwrap();
        let mut old = sqlx::migrate!("./migrations");
        old.migrations = old.migrations.iter().filter(|m| m.version <= 2).cloned().collect::<Vec<_>>().into();
        old.run(&pool).await.unwrap();
        sqlx::query(
            "INSERT INTO chats (chat_id, lang, subscribed_at, done_mask, thanked) VALUES
             (1, 'de', 100, 5, 0), (2, NULL, NULL, 2, 0), (3, 'fr', 200, 7, 1), (-4, 'it', NULL, 0, 0)",
        )
        .execute(&pool)
        .await
        .unwrap();
        sqlx::query("INSERT INTO deliveries (campaign_id, wave, chat_id) VALUES ('meta-ai-2025', '3d', 1)")
            .execute(&pool)
            .await
            .unwrap();
        pool.close().await;
    }
    let s = Store::open(&url).await.unwrap();
    let set = |keys: &[&str]| keys.iter().map(|k| k.to_string()).collect::<BTreeSet<String>>();
    let one = s.chat(1).await.unwrap().unwrap();
    assert_eq!((one.lang, one.done.clone()), (Some(Lang::De), set(&["facebook", "whatsapp"])));
    assert_eq!(s.chat(2).await.unwrap().unwrap().done, set(&["instagram"]));
    assert_eq!(s.chat(-4).await.unwrap().unwrap().lang, Some(Lang::It));
    assert_eq!(s.subscriber_count().await.unwrap(), 2);
    // At its first start the bot gives the old subscriptions and thanks to its campaigns.
    assert_eq!(s.adopt_legacy(&["meta-ai-2025", "next"]).await.unwrap(), 2);
    let three = s.chat(3).await.unwrap().unwrap();
    assert_eq!(three.subscriptions, set(&["meta-ai-2025", "next"]));
    assert_eq!(three.thanked, set(&["meta-ai-2025", "next"]));
    assert_eq!(three.done, set(&["facebook", "instagram", "whatsapp"]));
    assert!(s.chat(2).await.unwrap().unwrap().subscriptions.is_empty());
    assert_eq!(s.adopt_legacy(&["meta-ai-2025"]).await.unwrap(), 0, "once only");
    assert_eq!(s.wave_counts("meta-ai-2025", "3d").await.unwrap().pending, 1, "queued reminders stay");
}
