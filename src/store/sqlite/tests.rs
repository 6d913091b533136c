//! SQLite only: the file on disk (private, overwritten, synced), opening read-only, the
//! instance lock, and a database made by the version before campaign folders.

use std::{collections::BTreeSet, future::Future, str::FromStr};

use sqlx::{sqlite::SqliteConnectOptions, SqlitePool};

use super::Db;
use crate::{lang::Lang, store::Store};

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
async fn forgetting_overwrites_every_commit_reaches_the_disk_and_large_sorts_spill_to_files() {
    let dir = tempfile::tempdir().unwrap();
    let s = Db::open(&format!("sqlite://{}", dir.path().join("bot.db").display())).await.unwrap();
    let secure_delete: i64 = sqlx::query_scalar("PRAGMA secure_delete").fetch_one(&s.pool).await.unwrap();
    let synchronous: i64 = sqlx::query_scalar("PRAGMA synchronous").fetch_one(&s.pool).await.unwrap();
    assert_eq!(secure_delete, 1);
    assert_eq!(synchronous, 2, "FULL");
    let temp_store: i64 = sqlx::query_scalar("PRAGMA temp_store").fetch_one(&s.pool).await.unwrap();
    assert_eq!(temp_store, 0, "the default: a large sort spills to a file, not to the bot's memory");
}

/// Deliveries are indexed only while pending or in flight: recording an outcome writes no
/// index entry, and every query of the queue still finds its rows through an index.
#[tokio::test]
async fn the_queue_is_read_through_partial_indexes_of_pending_and_in_flight_deliveries() {
    let s = Db::in_memory().await.unwrap();
    let indexes: Vec<String> =
        sqlx::query_scalar("SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'deliveries'")
            .fetch_all(&s.pool)
            .await
            .unwrap();
    let on_status: Vec<String> = sqlx::query_scalar(
        "SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'deliveries' AND sql LIKE '%status%'",
    )
    .fetch_all(&s.pool)
    .await
    .unwrap();
    assert_eq!(indexes.len(), 4, "{indexes:?}");
    for index in ["deliveries_pending", "deliveries_inflight"] {
        assert!(on_status.iter().any(|i| i == index), "{on_status:?}");
    }
    assert!(!indexes.iter().any(|i| i == "deliveries_claim" || i == "deliveries_due"), "{indexes:?}");
    let plan = |query: String| {
        let pool = s.pool.clone();
        async move {
            let rows: Vec<(i64, i64, i64, String)> =
                sqlx::query_as(&format!("EXPLAIN QUERY PLAN {query}")).bind("t").fetch_all(&pool).await.unwrap();
            rows.into_iter().map(|r| r.3).collect::<Vec<_>>().join("; ")
        }
    };
    let batch = plan(super::queue::claimed_batch()).await;
    assert!(batch.contains("SEARCH d USING INDEX deliveries_inflight (status=? AND claim=?)"), "{batch}");
    let release = plan(
        "UPDATE deliveries SET status = 'pending' WHERE status = 'inflight' AND claim IN (SELECT value FROM json_each(?1))"
            .into(),
    )
    .await;
    assert!(release.contains("INDEX deliveries_inflight (status=? AND claim=?)"), "{release}");
    let claim = plan(format!(
        "SELECT d.id FROM deliveries d WHERE {} AND d.not_before <= 5 ORDER BY d.not_before, d.id LIMIT 10",
        super::queue::CLAIMABLE
    ))
    .await;
    assert!(claim.contains("USING INDEX deliveries_pending (status=? AND not_before<?)"), "{claim}");
    assert!(!claim.contains("TEMP B-TREE"), "{claim}");
    let waiting = plan(crate::store::common::PENDING_BY_WAVE.into()).await;
    assert!(waiting.contains("USING INDEX deliveries_pending"), "{waiting}");
    assert!(waiting.contains("USING INDEX deliveries_inflight"), "{waiting}");
    assert!(!waiting.contains("SCAN deliveries\u{20}") && !waiting.ends_with("SCAN deliveries"), "{waiting}");
}

#[tokio::test]
async fn a_store_call_is_one_round_trip_to_the_worker_thread_not_a_ping_first() {
    let dir = tempfile::tempdir().unwrap();
    let s = Db::open(&format!("sqlite://{}", dir.path().join("bot.db").display())).await.unwrap();
    assert!(!s.pool.options().get_test_before_acquire());
}

#[tokio::test]
async fn a_chats_state_is_read_in_place_on_a_connection_of_its_own_and_sees_every_commit() {
    let dir = tempfile::tempdir().unwrap();
    let s = Db::open(&format!("sqlite://{}", dir.path().join("bot.db").display())).await.unwrap();
    s.set_lang(1, Lang::De).await.unwrap();
    s.subscribe(1, Lang::De, &["c"], 5).await.unwrap();
    // Every connection of the pool is held, and the read is answered at its first poll: it
    // borrows none and waits for no worker thread.
    let mut held = Vec::new();
    while let Ok(Ok(conn)) = tokio::time::timeout(std::time::Duration::from_millis(200), s.pool.acquire()).await {
        held.push(conn);
    }
    assert_eq!(held.len(), 4);
    let mut read = Box::pin(s.chat(1));
    let first_poll = std::future::poll_fn(|cx| std::task::Poll::Ready(read.as_mut().poll(cx))).await;
    let std::task::Poll::Ready(state) = first_poll else { panic!("the read waited") };
    let state = state.unwrap().unwrap();
    assert_eq!((state.lang, state.subscriptions.into_iter().collect::<Vec<_>>()), (Some(Lang::De), vec!["c".into()]));
    drop(held);
    // A write the pool commits is seen by the next read.
    s.set_lang(1, Lang::Fr).await.unwrap();
    assert_eq!(s.chat(1).await.unwrap().unwrap().lang, Some(Lang::Fr));
    s.forget(1).await.unwrap();
    assert!(s.chat(1).await.unwrap().is_none());
    // Closing the store closes the reader's connection too.
    let reader = s.reader.clone().unwrap();
    assert!(reader.is_open());
    s.close().await;
    assert!(!reader.is_open());
}

#[tokio::test]
async fn a_read_the_reader_cannot_make_goes_through_the_pool() {
    let dir = tempfile::tempdir().unwrap();
    let s = Db::open(&format!("sqlite://{}", dir.path().join("bot.db").display())).await.unwrap();
    s.set_lang(1, Lang::De).await.unwrap();
    // A reader whose file is not there (it never creates one) fails at every read.
    let broken = Db {
        pool: s.pool.clone(),
        reader: Some(std::sync::Arc::new(super::reader::Reader::new(dir.path().join("gone.db")))),
    };
    assert_eq!(broken.chat(1).await.unwrap().unwrap().lang, Some(Lang::De));
    assert!(!broken.reader.as_ref().unwrap().is_open());
    assert!(!dir.path().join("gone.db").exists());
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
        let mut old = sqlx::migrate!("./migrations/sqlite");
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

#[tokio::test]
async fn a_database_from_before_the_evergreen_meta_campaign_moves_its_subscriptions_and_thanks() {
    let dir = tempfile::tempdir().unwrap();
    let url = format!("sqlite://{}", dir.path().join("main.db").display());
    // The database as the previous version left it: migrations 0001 to 0003, the Meta
    // campaign under its old id.
    {
        let options = SqliteConnectOptions::from_str(&url).unwrap().create_if_missing(true);
        let pool = SqlitePool::connect_with(options).await.unwrap();
        let mut old = sqlx::migrate!("./migrations/sqlite");
        old.migrations = old.migrations.iter().filter(|m| m.version <= 3).cloned().collect::<Vec<_>>().into();
        old.run(&pool).await.unwrap();
        for sql in [
            "INSERT INTO chats (chat_id, lang) VALUES (1, 'de'), (2, NULL), (3, 'fr'), (-4, 'it')",
            "INSERT INTO ticks (chat_id, platform) VALUES (1, 'facebook'), (1, 'whatsapp'), (2, 'instagram'),
             (3, 'facebook'), (3, 'instagram'), (3, 'whatsapp'), (-4, 'examplenet')",
            "INSERT INTO subscriptions (chat_id, campaign_id, since) VALUES (1, 'meta-ai-2025', 100),
             (3, 'meta-ai-2025', 200), (3, 'example-2026', 300), (-4, 'meta-ai-2025', 400), (-4, 'meta-ai', 500)",
            "INSERT INTO thanks (chat_id, campaign_id) VALUES (3, 'meta-ai-2025'), (3, 'example-2026')",
            "INSERT INTO deliveries (campaign_id, wave, chat_id, status) VALUES ('meta-ai-2025', '3d', 1, 'sent')",
        ] {
            sqlx::query(sql).execute(&pool).await.unwrap();
        }
        pool.close().await;
    }
    let s = Store::open(&url).await.unwrap();
    let set = |keys: &[&str]| keys.iter().map(|k| k.to_string()).collect::<BTreeSet<String>>();
    let one = s.chat(1).await.unwrap().unwrap();
    assert_eq!(one.lang, Some(Lang::De));
    assert_eq!(one.done, set(&["facebook", "whatsapp"]));
    assert_eq!(one.subscriptions, set(&["meta-ai"]));
    let two = s.chat(2).await.unwrap().unwrap();
    assert_eq!((two.lang, two.done, two.subscriptions.len()), (None, set(&["instagram"]), 0));
    let three = s.chat(3).await.unwrap().unwrap();
    assert_eq!(three.lang, Some(Lang::Fr));
    assert_eq!(three.done, set(&["facebook", "instagram", "whatsapp"]));
    assert_eq!(three.subscriptions, set(&["meta-ai", "example-2026"]));
    assert_eq!(three.thanked, set(&["meta-ai", "example-2026"]));
    let four = s.chat(-4).await.unwrap().unwrap();
    assert_eq!((four.lang, four.subscriptions.clone()), (Some(Lang::It), set(&["meta-ai"])), "one row kept");
    assert_eq!(four.done, set(&["examplenet"]));
    assert_eq!(s.subscriber_count().await.unwrap(), 3);
    assert_eq!(s.wave_counts("meta-ai-2025", "3d").await.unwrap().sent, 1, "what was sent stays on record");
}
