//! PostgreSQL only, on a real server: the lease (one holder at a time, takeover after
//! expiry, a growing fence, a stale holder that changes nothing) and instances that start
//! and migrate together.

use std::time::{Duration, Instant};

use crate::store::{tests::pg, Claim, Delivery, Outcome, PauseRule, Store};

async fn fresh() -> (String, Store) {
    let url = pg::fresh_database().await;
    let store = Store::open(&url).await.unwrap();
    (url, store)
}

async fn claim(s: &Store, fence: i64, token: &str) -> Vec<Delivery> {
    let ids = vec!["c".to_string()];
    let claim = Claim { fence, campaign_ids: &ids, now_ms: 0, limit: 100, token, lease_until_ms: i64::MAX };
    s.claim(&claim).await.unwrap()
}

#[tokio::test(flavor = "multi_thread")]
async fn instances_starting_together_migrate_once() {
    let url = pg::fresh_database().await;
    let opened = futures_util::future::join_all((0..6).map(|_| Store::open(&url))).await;
    for store in opened {
        store.unwrap().set_lang(1, crate::lang::Lang::De).await.unwrap();
    }
}

#[tokio::test(flavor = "multi_thread")]
async fn one_holder_at_a_time_and_a_takeover_after_the_lease_expires_with_a_new_fence() {
    let (_, store) = fresh().await;
    let ttl = Duration::from_secs(2);
    let a = store.lease("a", ttl);
    let b = store.lease("b", ttl);
    let first = a.renew().await.unwrap().expect("a free lease is granted");
    assert_eq!(a.held(), Some(first));
    assert_eq!(b.renew().await.unwrap(), None, "held by a");
    assert_eq!(b.held(), None);
    assert_eq!(a.renew().await.unwrap(), Some(first), "renewing keeps the fence");
    // a stops renewing: it stops counting on the lease before the database lets b have it.
    let stopped = Instant::now();
    let takeover = loop {
        if let Some(fence) = b.renew().await.unwrap() {
            break fence;
        }
        assert!(stopped.elapsed() < ttl + Duration::from_secs(2), "no takeover within the lease time");
        tokio::time::sleep(Duration::from_millis(100)).await;
    };
    assert!(a.held().is_none(), "a no longer sends once b may");
    assert!(takeover > first, "the fence grows when the lease changes hands");
    assert!(stopped.elapsed() <= ttl + Duration::from_millis(500), "{:?}", stopped.elapsed());
    assert_eq!(a.renew().await.unwrap(), None, "a cannot take it back while b holds it");
    // A graceful stop hands it over at once.
    b.release().await.unwrap();
    assert!(a.renew().await.unwrap().is_some_and(|f| f > takeover));
}

#[tokio::test(flavor = "multi_thread")]
async fn a_stale_leader_records_nothing_and_its_claims_go_back_to_the_new_one() {
    let (_, store) = fresh().await;
    store.add_subscribers("c", &[(1, None, &[]), (2, None, &[])], 0).await.unwrap();
    store.enqueue_wave("c", "1d", 0).await.unwrap();
    let old = claim(&store, 1, "old-leader").await;
    assert_eq!(old.len(), 2);
    // A new leader (fence 2) takes back the claims made under fence 1, and claims them.
    assert_eq!(store.release_stale(0, 2).await.unwrap(), 2);
    let new = claim(&store, 2, "new-leader").await;
    assert_eq!(new.len(), 2);
    let before = store.snapshot().await;
    let outcomes: Vec<_> = old.into_iter().map(|d| (d, Outcome::Gone)).collect();
    assert!(store.record(&outcomes, PauseRule::default()).await.unwrap().is_empty());
    assert_eq!(store.snapshot().await, before, "the stale leader changed nothing, not even a count");
    let outcomes: Vec<_> = new.into_iter().map(|d| (d, Outcome::Sent)).collect();
    store.record(&outcomes, PauseRule::default()).await.unwrap();
    assert_eq!(store.wave_counts("c", "1d").await.unwrap().sent, 2);
}

#[tokio::test(flavor = "multi_thread")]
async fn clean_up_skips_what_a_frozen_leader_holds_and_the_server_ends_its_idle_transaction() {
    let url = pg::fresh_database().await;
    let store = Store::open_for_lease(&url, Duration::from_secs(3)).await.unwrap();
    store.add_subscribers("c", &[(1, None, &[]), (2, None, &[]), (3, None, &[])], 0).await.unwrap();
    store.enqueue_wave("c", "1d", 0).await.unwrap();
    assert_eq!(claim(&store, 1, "old-leader").await.len(), 3);
    // The old leader is frozen inside its record transaction: it holds chat 1's row.
    let crate::store::Backend::Postgres(db) = &store.backend else { unreachable!() };
    let mut frozen = db.pool.begin().await.unwrap();
    let locked: Vec<i64> = sqlx::query_scalar("SELECT id FROM deliveries WHERE chat_id = 1 FOR UPDATE")
        .fetch_all(&mut *frozen)
        .await
        .unwrap();
    assert_eq!(locked.len(), 1);
    // The new leader (fence 2) takes back the rest at once instead of waiting on that row.
    let released = tokio::time::timeout(Duration::from_secs(2), store.release_stale(0, 2))
        .await
        .expect("clean-up waited on a frozen leader's lock");
    assert_eq!(released.unwrap(), 2, "the rows not locked are put back");
    // The server ends the transaction left idle after half the lease; a later clean-up
    // puts the last row back.
    tokio::time::sleep(Duration::from_millis(2_500)).await;
    assert_eq!(store.release_stale(0, 2).await.unwrap(), 1);
    assert!(frozen.commit().await.is_err(), "the frozen transaction was ended by the server");
    assert_eq!(claim(&store, 2, "new-leader").await.len(), 3);
}

#[tokio::test(flavor = "multi_thread")]
async fn an_unreachable_server_is_reported_at_once_with_the_cause_and_without_the_password() {
    let port = std::net::TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap().port();
    let url = format!("postgres://bot:Hunter2secret@127.0.0.1:{port}/objections");
    // (Before, the pool retried a refused connection for 10 s and said only "timed out".)
    let e = Store::open(&url).await.unwrap_err().to_string();
    assert!(e.contains("refused") && e.contains(&format!("127.0.0.1:{port}")), "{e}");
    assert!(!e.contains("Hunter2secret"), "{e}");
    let e = Store::open_read_only(&url).await.unwrap_err().to_string();
    assert!(e.contains("refused") && !e.contains("Hunter2secret"), "{e}");
}

#[tokio::test(flavor = "multi_thread")]
async fn a_database_from_before_the_evergreen_meta_campaign_moves_its_subscriptions_and_thanks() {
    let url = pg::fresh_database().await;
    // The schema as the previous version left it (migration 0001), the Meta campaign under its old id.
    {
        let pool = sqlx::PgPool::connect(&url).await.unwrap();
        let mut old = sqlx::migrate!("./migrations/postgres");
        old.migrations = old.migrations.iter().filter(|m| m.version <= 1).cloned().collect::<Vec<_>>().into();
        old.run(&pool).await.unwrap();
        for sql in [
            "INSERT INTO chats (chat_id, lang) VALUES (1, 'de'), (3, 'fr')",
            "INSERT INTO ticks (chat_id, platform) VALUES (1, 'facebook'), (3, 'whatsapp')",
            "INSERT INTO subscriptions (chat_id, campaign_id, since) VALUES (1, 'meta-ai-2025', 100),
             (3, 'meta-ai-2025', 200), (3, 'meta-ai', 250), (3, 'example-2026', 300)",
            "INSERT INTO thanks (chat_id, campaign_id) VALUES (3, 'meta-ai-2025')",
        ] {
            sqlx::query(sql).execute(&pool).await.unwrap();
        }
        pool.close().await;
    }
    let s = Store::open(&url).await.unwrap();
    let set = |keys: &[&str]| keys.iter().map(|k| k.to_string()).collect::<std::collections::BTreeSet<String>>();
    let one = s.chat(1).await.unwrap().unwrap();
    assert_eq!(
        (one.lang, one.done, one.subscriptions),
        (Some(crate::lang::Lang::De), set(&["facebook"]), set(&["meta-ai"]))
    );
    let three = s.chat(3).await.unwrap().unwrap();
    assert_eq!(three.subscriptions, set(&["meta-ai", "example-2026"]));
    assert_eq!(three.thanked, set(&["meta-ai"]));
    assert_eq!(three.done, set(&["whatsapp"]));
}

/// The plan of a claim of campaign `c`, as `EXPLAIN` gives it, one line a step.
async fn claim_plan(pool: &sqlx::PgPool) -> Vec<String> {
    sqlx::query_scalar(&format!("EXPLAIN {}", super::queue::claim_query()))
        .bind(vec!["c".to_string()])
        .bind(i64::MAX)
        .bind(256i64)
        .bind("token")
        .bind(1i64)
        .bind(i64::MAX)
        .fetch_all(pool)
        .await
        .unwrap()
}

/// The claim reads each table of chat sets once for the batch: no sub-plan run once per
/// chat claimed (a hashed sub-plan, run once, is fine), on a database with enough rows that
/// the planner does not take a shortcut (issue 20).
#[tokio::test(flavor = "multi_thread")]
async fn a_claim_reads_the_chats_without_a_sub_query_per_chat() {
    let url = pg::fresh_database().await;
    let store = Store::open(&url).await.unwrap();
    let chats: Vec<(i64, Option<crate::lang::Lang>, &[&str])> = (1..=5_000).map(|i| (i, None, &["fb"][..])).collect();
    store.add_subscribers("c", &chats, 0).await.unwrap();
    store.enqueue_wave("c", "1d", 0).await.unwrap();
    let pool = sqlx::PgPool::connect(&url).await.unwrap();
    sqlx::query("ANALYZE").execute(&pool).await.unwrap();
    let plan = claim_plan(&pool).await;
    assert!(plan.iter().any(|step| step.contains("ticks")), "{plan:#?}");
    // Each sub-plan has a line of its own ("SubPlan 2"); the one read as a hash table once is
    // named so where it is used ("hashed SubPlan 1").
    let hashed: Vec<&str> = plan.iter().filter_map(|s| s.split("hashed ").nth(1)).collect();
    let per_row: Vec<&String> = plan
        .iter()
        .filter(|s| s.trim_start().starts_with("SubPlan") && !hashed.iter().any(|h| h.starts_with(s.trim())))
        .collect();
    assert!(per_row.is_empty(), "{per_row:#?} in {plan:#?}");
}

/// A wave's first claims walk the pending index, as its later ones do: enqueueing a wave
/// refreshes the statistics of the tables the claim reads. Before, a fresh queue was planned
/// as a sort of all of it per claim until autovacuum came, and a million-subscriber wave lost
/// its first minute (issue 20).
#[tokio::test(flavor = "multi_thread")]
async fn a_fresh_wave_is_claimed_through_the_pending_index() {
    let url = pg::fresh_database().await;
    let store = Store::open(&url).await.unwrap();
    let chats: Vec<(i64, Option<crate::lang::Lang>, &[&str])> = (1..=20_000).map(|i| (i, None, &[][..])).collect();
    store.add_subscribers("c", &chats, 0).await.unwrap();
    assert_eq!(store.enqueue_wave("c", "1d", 0).await.unwrap(), 20_000);
    let pool = sqlx::PgPool::connect(&url).await.unwrap();
    for table in ["deliveries", "subscriptions"] {
        let query = "SELECT reltuples::BIGINT FROM pg_class WHERE relname = $1";
        let rows: i64 = sqlx::query_scalar(query).bind(table).fetch_one(&pool).await.unwrap();
        assert_eq!(rows, 20_000, "the planner's row count of {table}");
    }
    let plan = claim_plan(&pool).await;
    assert!(plan.iter().any(|step| step.contains("Index Scan using deliveries_pending")), "{plan:#?}");
    assert!(!plan.iter().any(|step| step.contains("Bitmap Heap Scan on deliveries")), "{plan:#?}");
}
