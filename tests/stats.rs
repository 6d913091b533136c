//! `stats`: the operators' summary of subscribers and waves, as text, JSON and a live view,
//! read without writing the database and without showing a chat id.

mod cli_support;

use std::{
    path::Path,
    process::{Command, Stdio},
};

use cli_support::{bot, campaigns_dir, stderr, stdout};

/// A campaign folder like the shipped one, with its deadline far ahead.
fn future_campaign(dir: &Path) -> String {
    campaigns_dir(dir, |t| t.replace("2025-05-27T00:00:00+02:00", "2099-05-27T00:00:00+02:00")).display().to_string()
}

/// Subscriber chat ids that must never show in `stats`.
const CHATS: [i64; 3] = [987_654_321, 987_654_322, 987_654_323];

/// A database with three subscribers and wave 3d running: one sent, one failed, one pending.
fn seeded_database(dir: &Path) -> String {
    use objection_bot::{
        lang::Lang,
        store::{Claim, Outcome, PauseRule, Store},
    };
    let db = format!("sqlite://{}", dir.join("bot.db").display());
    let runtime = tokio::runtime::Builder::new_current_thread().enable_all().build().unwrap();
    runtime.block_on(async {
        let store = Store::open(&db).await.unwrap();
        store
            .add_subscribers(
                "meta-ai-2025",
                &[
                    (CHATS[0], Some(Lang::De), &["facebook"]),
                    (CHATS[1], Some(Lang::De), &[]),
                    (CHATS[2], None, &["facebook", "instagram"]),
                ],
                0,
            )
            .await
            .unwrap();
        assert_eq!(store.enqueue_wave("meta-ai-2025", "3d", 4_000_000_000).await.unwrap(), 3);
        let ids = ["meta-ai-2025".to_string()];
        let claim = Claim { fence: 1, campaign_ids: &ids, now_ms: 0, limit: 2, token: "t", lease_until_ms: 1 };
        let taken = store.claim(&claim).await.unwrap();
        let outcomes = vec![(taken[0].clone(), Outcome::Sent), (taken[1].clone(), Outcome::Failed)];
        store.record(&outcomes, PauseRule::default()).await.unwrap();
        store.close().await;
    });
    drop(runtime);
    without_wal(&dir.join("bot.db"));
    db
}

/// Waits until no `-wal` is left beside the database, as after a clean stop, so that `stats`
/// opens it as immutable. The last connection to close folds the `-wal` in and deletes it,
/// but when the pool's connections close at the same moment each can see another still
/// open, and then none does (seen under CPU load in CI); one connection of our own, alone,
/// then does.
fn without_wal(db: &Path) {
    let wal = db.with_extension("db-wal");
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(10);
    while wal.exists() && std::time::Instant::now() < deadline {
        std::thread::sleep(std::time::Duration::from_millis(50));
        if wal.exists() {
            let conn = rusqlite::Connection::open(db).unwrap();
            let _: i64 = conn.query_row("PRAGMA schema_version", [], |row| row.get(0)).unwrap();
            drop(conn);
        }
    }
    assert!(!wal.exists(), "the -wal is still beside the database");
}

/// Every file of a folder with its length and a hash of its content.
fn files(dir: &Path) -> Vec<(String, usize, u64)> {
    use std::hash::{Hash, Hasher};
    let mut files: Vec<_> = std::fs::read_dir(dir)
        .unwrap()
        .flatten()
        .filter(|e| e.path().is_file())
        .map(|e| {
            let bytes = std::fs::read(e.path()).unwrap();
            let mut hasher = std::collections::hash_map::DefaultHasher::new();
            bytes.hash(&mut hasher);
            (e.file_name().to_string_lossy().into_owned(), bytes.len(), hasher.finish())
        })
        .collect();
    files.sort();
    files
}

fn assert_no_chat_id(text: &str) {
    for chat in CHATS {
        assert!(!text.contains(&chat.to_string()), "chat id in the output: {text}");
    }
}

#[test]
fn stats_shows_a_running_wave_with_counts_a_bar_and_when_it_will_be_done() {
    let dir = tempfile::tempdir().unwrap();
    let db = seeded_database(dir.path());
    let campaign = future_campaign(dir.path());
    let before = files(dir.path());
    let out = bot(&["stats"], &[("DATABASE_URL", &db), ("CAMPAIGNS_DIR", &campaign)], "");
    let text = stdout(&out);
    assert!(out.status.success(), "{text}{}", stderr(&out));
    assert!(text.contains("subscribed chats: 3"), "{text}");
    assert!(text.contains("de         2"), "{text}");
    assert!(text.contains("facebook   2"), "{text}");
    assert!(text.contains("meta-ai-2025 3d, due 2096-"), "{text}");
    assert!(text.contains("sent 1, failed 1, skipped 0, pending 1, forgotten 0"), "{text}");
    assert!(text.contains("[#############.......]  66 %"), "{text}");
    assert!(text.contains("rate 25.0 reminders/s (estimated from BROADCAST_RATE)"), "{text}");
    assert!(text.contains("done in about 1 s") && text.contains("before the deadline"), "{text}");
    assert_no_chat_id(&text);
    assert_eq!(files(dir.path()), before, "stats changed the database's files");
}

#[test]
fn stats_json_has_the_numbers() {
    let dir = tempfile::tempdir().unwrap();
    let db = seeded_database(dir.path());
    let campaign = future_campaign(dir.path());
    let before = files(dir.path());
    let env = [("DATABASE_URL", db.as_str()), ("CAMPAIGNS_DIR", campaign.as_str()), ("BROADCAST_RATE", "0.5")];
    let out = bot(&["stats", "--json"], &env, "");
    assert!(out.status.success(), "{}", stderr(&out));
    let text = stdout(&out);
    assert_eq!(text.trim().lines().count(), 1, "{text}");
    let report: serde_json::Value = serde_json::from_str(&text).unwrap();
    assert_eq!(report["campaigns"][0]["id"], "meta-ai-2025");
    assert_eq!(report["campaigns"][0]["deadline"], "2099-05-27T00:00:00+02:00");
    assert_eq!(report["subscribers"]["total"], 3);
    assert_eq!(report["subscribers"]["by_language"]["de"], 2);
    assert_eq!(report["subscribers"]["by_language"]["none"], 1);
    assert_eq!(report["checklist"]["facebook"], 2);
    assert_eq!(report["checklist"]["instagram"], 1);
    let wave = &report["waves"][0];
    assert_eq!(wave["wave"], "3d");
    assert_eq!(wave["state"], "enqueued");
    assert_eq!((wave["sent"].as_i64(), wave["failed"].as_i64(), wave["pending"].as_i64()), (Some(1), Some(1), Some(1)));
    assert_eq!(wave["rate"]["per_second"], 0.5);
    assert_eq!(wave["rate"]["source"], "estimated");
    assert_eq!(wave["outlook"]["finish"], "in_time");
    assert_eq!(wave["outlook"]["seconds_left"], 2.0);
    assert_no_chat_id(&text);
    assert_eq!(files(dir.path()), before, "stats changed the database's files");
}

#[test]
fn stats_watch_refreshes_with_a_measured_rate_until_stopped() {
    let dir = tempfile::tempdir().unwrap();
    let db = seeded_database(dir.path());
    let campaign = future_campaign(dir.path());
    let mut child = Command::new(env!("CARGO_BIN_EXE_objection-bot"))
        .args(["stats", "--watch"])
        .env_clear()
        .env("DATABASE_URL", &db)
        .env("CAMPAIGNS_DIR", &campaign)
        .current_dir(dir.path())
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    std::thread::sleep(std::time::Duration::from_millis(2500));
    let _ = child.kill();
    let out = child.wait_with_output().unwrap();
    let text = stdout(&out);
    // Not a terminal: successive reports, a blank line apart, no escape sequences.
    assert!(text.matches("objection-bot stats at").count() >= 2, "{text}");
    assert!(text.contains("\n\nobjection-bot stats at"), "{text}");
    assert!(!text.contains('\x1b'), "{text}");
    // Nothing is sending: the rate measured since the first read is zero.
    assert!(text.contains("rate 0.0 reminders/s (over the last "), "{text}");
    assert!(text.contains("no reminder went out since the last read"), "{text}");
}

#[test]
fn stats_watch_stops_when_no_wave_is_sending_and_without_a_database_says_so() {
    let dir = tempfile::tempdir().unwrap();
    let db = format!("sqlite://{}", dir.path().join("bot.db").display());
    let out = bot(&["stats", "--watch"], &[("DATABASE_URL", &db)], "");
    assert_eq!(out.status.code(), Some(2));
    let err = stderr(&out);
    assert_eq!(err.trim().lines().count(), 1, "{err}");
    assert!(err.contains("no database at"), "{err}");
    assert!(files(dir.path()).is_empty(), "stats created a file");

    let runtime = tokio::runtime::Builder::new_current_thread().enable_all().build().unwrap();
    runtime.block_on(async { objection_bot::store::Store::open(&db).await.unwrap().close().await });
    let out = bot(&["stats", "--watch"], &[("DATABASE_URL", &db)], "");
    assert!(out.status.success(), "{}", stderr(&out));
    let text = stdout(&out);
    assert_eq!(text.matches("objection-bot stats at").count(), 1, "{text}");
    assert!(text.contains("reminder waves: none yet"), "{text}");
}

/// Sets when the seeded wave's last outcome was recorded, `ago` before now.
fn last_outcome(db: &str, ago: chrono::Duration) {
    let runtime = tokio::runtime::Builder::new_current_thread().enable_all().build().unwrap();
    runtime.block_on(async {
        let pool = sqlx::SqlitePool::connect(db).await.unwrap();
        sqlx::query("UPDATE waves SET last_outcome_at = ?")
            .bind((chrono::Utc::now() - ago).timestamp_millis())
            .execute(&pool)
            .await
            .unwrap();
        pool.close().await;
    });
}

#[test]
fn stats_says_when_no_sender_has_been_seen_instead_of_a_finish_time() {
    let dir = tempfile::tempdir().unwrap();
    let db = seeded_database(dir.path());
    let campaign = future_campaign(dir.path());
    // The bot stopped 40 s ago with a reminder pending.
    last_outcome(&db, chrono::Duration::seconds(40));
    let env = [("DATABASE_URL", db.as_str()), ("CAMPAIGNS_DIR", campaign.as_str())];
    let out = bot(&["stats"], &env, "");
    let text = stdout(&out);
    assert!(out.status.success(), "{text}{}", stderr(&out));
    assert!(text.contains("enqueued, waiting for a sender"), "{text}");
    assert!(text.contains("not sending: no sender seen for 4"), "{text}");
    assert!(text.contains("nothing is sending: no sender seen for 4"), "{text}");
    assert!(!text.contains("done in about"), "{text}");
    let out = bot(&["stats", "--json"], &env, "");
    let report: serde_json::Value = serde_json::from_str(&stdout(&out)).unwrap();
    assert_eq!(report["waves"][0]["outlook"]["finish"], "no_sender", "{report}");
    let ago = report["no_sender"]["seen_seconds_ago"].as_f64().unwrap();
    assert!((40.0..60.0).contains(&ago), "{report}");
}

#[test]
fn stats_shows_the_next_wave_and_watch_waits_for_it() {
    let dir = tempfile::tempdir().unwrap();
    let db = format!("sqlite://{}", dir.path().join("bot.db").display());
    let runtime = tokio::runtime::Builder::new_current_thread().enable_all().build().unwrap();
    runtime.block_on(async {
        let store = objection_bot::store::Store::open(&db).await.unwrap();
        let chats: Vec<(i64, Option<objection_bot::lang::Lang>, &[&str])> =
            CHATS.iter().map(|c| (*c, None, &[][..])).collect();
        store.add_subscribers("meta-ai-2025", &chats, 0).await.unwrap();
        store.close().await;
    });
    drop(runtime);
    let campaign = future_campaign(dir.path());
    let env = [("DATABASE_URL", db.as_str()), ("CAMPAIGNS_DIR", campaign.as_str())];
    let out = bot(&["stats"], &env, "");
    let text = stdout(&out);
    assert!(out.status.success(), "{text}{}", stderr(&out));
    assert!(text.contains("  next wave: 7d at 2099-05-20T00:00:00+02:00 (in "), "{text}");
    assert!(text.contains("), 3 chats\n"), "{text}");
    assert!(text.contains("reminder waves: none yet"), "{text}");
    assert_no_chat_id(&text);

    // Before the first wave, --watch keeps watching for it.
    let mut child = Command::new(env!("CARGO_BIN_EXE_objection-bot"))
        .args(["stats", "--watch", "--json"])
        .env_clear()
        .env("DATABASE_URL", &db)
        .env("CAMPAIGNS_DIR", &campaign)
        .current_dir(dir.path())
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    std::thread::sleep(std::time::Duration::from_millis(2500));
    assert!(child.try_wait().unwrap().is_none(), "--watch ended before the wave");
    let _ = child.kill();
    let out = child.wait_with_output().unwrap();
    let lines: Vec<serde_json::Value> = stdout(&out).lines().map(|l| serde_json::from_str(l).unwrap()).collect();
    assert!(lines.len() >= 2, "{}", stdout(&out));
    assert_eq!(lines[0]["campaigns"][0]["next_wave"]["wave"], "7d");
    assert_eq!(lines[0]["campaigns"][0]["next_wave"]["chats"], 3);
}
