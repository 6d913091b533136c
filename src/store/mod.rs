//! The SQLite store (sqlx): per-chat language, subscription and checklist, reminder waves
//! and deliveries. The least that is needed, deleted on request.

use std::{path::Path, str::FromStr, time::Duration};

use sqlx::{
    sqlite::{SqliteConnectOptions, SqliteJournalMode, SqlitePoolOptions, SqliteSynchronous},
    Row, SqlitePool,
};

use crate::{campaign::Platform, lang::Lang};

pub type Result<T> = std::result::Result<T, StoreError>;

#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    #[error("database: {0}")]
    Sql(#[from] sqlx::Error),
    #[error("database migration: {0}")]
    Migrate(#[from] sqlx::migrate::MigrateError),
    #[error("database file {path}: {source}")]
    File { path: String, source: std::io::Error },
}

/// What the store holds about one chat.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ChatState {
    pub lang: Option<Lang>,
    pub subscribed: bool,
    pub done_mask: i64,
    pub thanked: bool,
}

impl ChatState {
    pub fn is_done(&self, p: Platform) -> bool {
        self.done_mask & p.bit() != 0
    }

    /// The platforms not yet ticked off, in order.
    pub fn open_platforms(&self) -> Vec<Platform> {
        Platform::ALL.into_iter().filter(|p| !self.is_done(*p)).collect()
    }
}

/// A reminder taken by the broadcaster to send.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Delivery {
    /// The delivery's row in the store.
    pub id: i64,
    pub campaign_id: String,
    pub wave: String,
    pub chat_id: i64,
    pub attempts: i64,
    /// The chat as it is now; `None` if it was forgotten since the wave started.
    pub chat: Option<ChatState>,
}

/// How one delivery ended, or when to try it again.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Outcome {
    Sent,
    /// Not sent, and not to be: the chat unsubscribed or has nothing left to do.
    Skipped,
    /// Try again at `not_before` (unix ms); `count_attempt` is false for a 429.
    Retry {
        not_before: i64,
        count_attempt: bool,
    },
    Failed,
    /// The chat blocked the bot or is gone: forget it.
    Unreachable,
}

/// Delivery counts of one wave.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct WaveCounts {
    pub pending: i64,
    pub sent: i64,
    pub failed: i64,
    pub skipped: i64,
}

#[derive(Clone, Debug)]
pub struct Store {
    pool: SqlitePool,
}

impl Store {
    /// Opens (creating if needed, with permissions 0600) and migrates the database.
    pub async fn open(url: &str) -> Result<Store> {
        let options = SqliteConnectOptions::from_str(url)?
            .create_if_missing(true)
            .journal_mode(SqliteJournalMode::Wal)
            .synchronous(SqliteSynchronous::Normal)
            .busy_timeout(Duration::from_secs(10))
            .foreign_keys(true);
        let in_memory = url.contains(":memory:") || url.contains("mode=memory");
        if !in_memory {
            create_private_file(options.get_filename())?;
        }
        let pool = SqlitePoolOptions::new()
            .max_connections(if in_memory { 1 } else { 4 })
            .idle_timeout(None)
            .max_lifetime(None)
            .connect_with(options)
            .await?;
        sqlx::migrate!("./migrations").run(&pool).await?;
        Ok(Store { pool })
    }

    /// A private in-memory store, for the console and tests.
    pub async fn in_memory() -> Result<Store> {
        Store::open("sqlite::memory:").await
    }

    pub async fn chat(&self, chat_id: i64) -> Result<Option<ChatState>> {
        let row = sqlx::query("SELECT lang, subscribed_at, done_mask, thanked FROM chats WHERE chat_id = ?")
            .bind(chat_id)
            .fetch_optional(&self.pool)
            .await?;
        Ok(row.map(|r| chat_from_row(&r)))
    }

    pub async fn set_lang(&self, chat_id: i64, lang: Lang) -> Result<()> {
        sqlx::query(
            "INSERT INTO chats (chat_id, lang) VALUES (?, ?) ON CONFLICT (chat_id) DO UPDATE SET lang = excluded.lang",
        )
        .bind(chat_id)
        .bind(lang.code())
        .execute(&self.pool)
        .await?;
        Ok(())
    }

    /// Subscribes the chat, keeping `lang` as its language unless it chose one; returns
    /// false if it already was subscribed. Reminders go out in the stored language.
    pub async fn subscribe(&self, chat_id: i64, lang: Lang, now_secs: i64) -> Result<bool> {
        let done = sqlx::query(
            "INSERT INTO chats (chat_id, lang, subscribed_at) VALUES (?, ?, ?)
             ON CONFLICT (chat_id) DO UPDATE SET subscribed_at = excluded.subscribed_at, lang = COALESCE(lang, excluded.lang)
             WHERE subscribed_at IS NULL",
        )
        .bind(chat_id)
        .bind(lang.code())
        .bind(now_secs)
        .execute(&self.pool)
        .await?;
        Ok(done.rows_affected() > 0)
    }

    /// Ends the subscription; returns false if there was none.
    pub async fn unsubscribe(&self, chat_id: i64) -> Result<bool> {
        let done = sqlx::query("UPDATE chats SET subscribed_at = NULL WHERE chat_id = ? AND subscribed_at IS NOT NULL")
            .bind(chat_id)
            .execute(&self.pool)
            .await?;
        Ok(done.rows_affected() > 0)
    }

    /// Ticks a platform off (or back on) and returns the chat's new state.
    pub async fn set_done(&self, chat_id: i64, platform: Platform, done: bool) -> Result<ChatState> {
        let (set, clear) = if done { (platform.bit(), 0) } else { (0, platform.bit()) };
        let row = sqlx::query(
            "INSERT INTO chats (chat_id, done_mask) VALUES (?1, ?2)
             ON CONFLICT (chat_id) DO UPDATE SET done_mask = (done_mask | ?2) & ~?3
             RETURNING lang, subscribed_at, done_mask, thanked",
        )
        .bind(chat_id)
        .bind(set)
        .bind(clear)
        .fetch_one(&self.pool)
        .await?;
        Ok(chat_from_row(&row))
    }

    /// Records that the chat was thanked for finishing; true the first time only.
    pub async fn mark_thanked(&self, chat_id: i64) -> Result<bool> {
        let done = sqlx::query("UPDATE chats SET thanked = 1 WHERE chat_id = ? AND thanked = 0")
            .bind(chat_id)
            .execute(&self.pool)
            .await?;
        Ok(done.rows_affected() > 0)
    }

    /// Deletes everything stored for the chat.
    pub async fn forget(&self, chat_id: i64) -> Result<()> {
        let mut tx = self.pool.begin().await?;
        sqlx::query("DELETE FROM deliveries WHERE chat_id = ?").bind(chat_id).execute(&mut *tx).await?;
        sqlx::query("DELETE FROM chats WHERE chat_id = ?").bind(chat_id).execute(&mut *tx).await?;
        tx.commit().await?;
        Ok(())
    }

    /// Moves a group's data to its new supergroup id. Settings already stored under the new
    /// id win; pending reminders follow the chat.
    pub async fn migrate_chat(&self, from: i64, to: i64) -> Result<()> {
        if from == to {
            return Ok(());
        }
        let mut tx = self.pool.begin().await?;
        sqlx::query("UPDATE OR IGNORE chats SET chat_id = ? WHERE chat_id = ?")
            .bind(to)
            .bind(from)
            .execute(&mut *tx)
            .await?;
        sqlx::query("DELETE FROM chats WHERE chat_id = ?").bind(from).execute(&mut *tx).await?;
        sqlx::query("UPDATE OR IGNORE deliveries SET chat_id = ? WHERE chat_id = ?")
            .bind(to)
            .bind(from)
            .execute(&mut *tx)
            .await?;
        sqlx::query("DELETE FROM deliveries WHERE chat_id = ?").bind(from).execute(&mut *tx).await?;
        tx.commit().await?;
        Ok(())
    }

    /// How many chats want reminders and still have a platform to do.
    pub async fn subscriber_count(&self) -> Result<i64> {
        Ok(sqlx::query_scalar("SELECT COUNT(*) FROM chats WHERE subscribed_at IS NOT NULL AND done_mask != ?")
            .bind(Platform::ALL_DONE)
            .fetch_one(&self.pool)
            .await?)
    }

    /// The waves of a campaign already handled (enqueued or skipped).
    pub async fn handled_waves(&self, campaign_id: &str) -> Result<Vec<String>> {
        Ok(sqlx::query_scalar("SELECT wave FROM waves WHERE campaign_id = ?")
            .bind(campaign_id)
            .fetch_all(&self.pool)
            .await?)
    }

    /// Starts a wave: one pending delivery for every chat subscribed now with a platform
    /// left. Does nothing if the wave was already handled. Returns the number enqueued.
    pub async fn enqueue_wave(&self, campaign_id: &str, wave: &str, due_secs: i64) -> Result<u64> {
        let mut tx = self.pool.begin().await?;
        let fresh =
            sqlx::query("INSERT OR IGNORE INTO waves (campaign_id, wave, due_at, state) VALUES (?, ?, ?, 'enqueued')")
                .bind(campaign_id)
                .bind(wave)
                .bind(due_secs)
                .execute(&mut *tx)
                .await?;
        if fresh.rows_affected() == 0 {
            return Ok(0);
        }
        let added = sqlx::query(
            "INSERT OR IGNORE INTO deliveries (campaign_id, wave, chat_id)
             SELECT ?, ?, chat_id FROM chats WHERE subscribed_at IS NOT NULL AND done_mask != ?",
        )
        .bind(campaign_id)
        .bind(wave)
        .bind(Platform::ALL_DONE)
        .execute(&mut *tx)
        .await?;
        tx.commit().await?;
        Ok(added.rows_affected())
    }

    /// Marks a wave as skipped (it came due while the bot was down and a later one is due).
    pub async fn skip_wave(&self, campaign_id: &str, wave: &str, due_secs: i64) -> Result<()> {
        sqlx::query("INSERT OR IGNORE INTO waves (campaign_id, wave, due_at, state) VALUES (?, ?, ?, 'skipped')")
            .bind(campaign_id)
            .bind(wave)
            .bind(due_secs)
            .execute(&self.pool)
            .await?;
        Ok(())
    }

    /// Puts back deliveries that were in flight when the process stopped. Called once at
    /// start: those few may be sent twice, none is lost.
    pub async fn release_inflight(&self) -> Result<u64> {
        let done = sqlx::query("UPDATE deliveries SET status = 'pending', claim = NULL WHERE status = 'inflight'")
            .execute(&self.pool)
            .await?;
        Ok(done.rows_affected())
    }

    /// Takes up to `limit` deliveries that are due at `now_ms`, marking them in flight.
    pub async fn claim(&self, now_ms: i64, limit: i64, claim_id: i64) -> Result<Vec<Delivery>> {
        let mut tx = self.pool.begin().await?;
        sqlx::query(
            "UPDATE deliveries SET status = 'inflight', claim = ?1 WHERE rowid IN
             (SELECT rowid FROM deliveries WHERE status = 'pending' AND not_before <= ?2 ORDER BY not_before, rowid LIMIT ?3)",
        )
        .bind(claim_id)
        .bind(now_ms)
        .bind(limit)
        .execute(&mut *tx)
        .await?;
        // The batch comes back as one JSON row: sqlx hands SQLite rows over one at a time
        // from its worker thread, and a hand-over per delivery cost more than the delivery.
        let batch: Option<String> = sqlx::query_scalar(
            "SELECT json_group_array(json_array(id, campaign_id, wave, chat_id, attempts, known,
                                                lang, subscribed, done_mask, thanked))
             FROM (SELECT d.rowid AS id, d.campaign_id, d.wave, d.chat_id, d.attempts,
                          c.chat_id IS NOT NULL AS known, c.lang, c.subscribed_at IS NOT NULL AS subscribed,
                          c.done_mask, c.thanked
                   FROM deliveries d LEFT JOIN chats c ON c.chat_id = d.chat_id
                   WHERE d.claim = ?1 AND d.status = 'inflight' ORDER BY d.not_before, d.rowid)",
        )
        .bind(claim_id)
        .fetch_one(&mut *tx)
        .await?;
        tx.commit().await?;
        type Row = (i64, String, String, i64, i64, i64, Option<String>, i64, Option<i64>, Option<i64>);
        let rows: Vec<Row> = serde_json::from_str(batch.as_deref().unwrap_or("[]"))
            .map_err(|e| StoreError::Sql(sqlx::Error::Decode(Box::new(e))))?;
        Ok(rows
            .into_iter()
            .map(|(id, campaign_id, wave, chat_id, attempts, known, lang, subscribed, done_mask, thanked)| Delivery {
                id,
                campaign_id,
                wave,
                chat_id,
                attempts,
                chat: (known != 0).then(|| ChatState {
                    lang: lang.as_deref().and_then(Lang::from_tag),
                    subscribed: subscribed != 0,
                    done_mask: done_mask.unwrap_or(0),
                    thanked: thanked.unwrap_or(0) != 0,
                }),
            })
            .collect())
    }

    /// The earliest moment (unix ms) a pending delivery may be tried, if any is pending.
    pub async fn next_pending_ms(&self) -> Result<Option<i64>> {
        Ok(sqlx::query_scalar("SELECT MIN(not_before) FROM deliveries WHERE status = 'pending'")
            .fetch_one(&self.pool)
            .await?)
    }

    /// Records outcomes in one transaction: one statement for each final status, one per
    /// retry or unreachable chat (those are few).
    pub async fn record(&self, outcomes: &[(Delivery, Outcome)]) -> Result<()> {
        if outcomes.is_empty() {
            return Ok(());
        }
        let mut tx = self.pool.begin().await?;
        for (status, wanted) in [("sent", Outcome::Sent), ("skipped", Outcome::Skipped), ("failed", Outcome::Failed)] {
            let ids: Vec<i64> = outcomes.iter().filter(|(_, o)| *o == wanted).map(|(d, _)| d.id).collect();
            if ids.is_empty() {
                continue;
            }
            sqlx::query(
                "UPDATE deliveries SET status = ?1, claim = NULL WHERE rowid IN (SELECT value FROM json_each(?2))",
            )
            .bind(status)
            .bind(serde_json::to_string(&ids).unwrap_or_default())
            .execute(&mut *tx)
            .await?;
        }
        for (d, outcome) in outcomes {
            match outcome {
                Outcome::Retry { not_before, count_attempt } => {
                    sqlx::query(
                        "UPDATE deliveries SET status = 'pending', claim = NULL, not_before = ?, attempts = attempts + ?
                         WHERE rowid = ?",
                    )
                    .bind(*not_before)
                    .bind(i64::from(*count_attempt))
                    .bind(d.id)
                    .execute(&mut *tx)
                    .await?;
                }
                Outcome::Unreachable => {
                    sqlx::query("DELETE FROM deliveries WHERE chat_id = ?").bind(d.chat_id).execute(&mut *tx).await?;
                    sqlx::query("DELETE FROM chats WHERE chat_id = ?").bind(d.chat_id).execute(&mut *tx).await?;
                }
                Outcome::Sent | Outcome::Skipped | Outcome::Failed => {}
            }
        }
        tx.commit().await?;
        Ok(())
    }

    /// Delivery counts for one wave.
    pub async fn wave_counts(&self, campaign_id: &str, wave: &str) -> Result<WaveCounts> {
        let rows = sqlx::query(
            "SELECT status, COUNT(*) AS n FROM deliveries WHERE campaign_id = ? AND wave = ? GROUP BY status",
        )
        .bind(campaign_id)
        .bind(wave)
        .fetch_all(&self.pool)
        .await?;
        let mut counts = WaveCounts::default();
        for r in rows {
            let n: i64 = r.get("n");
            match r.get::<String, _>("status").as_str() {
                "pending" | "inflight" => counts.pending += n,
                "sent" => counts.sent += n,
                "failed" => counts.failed += n,
                _ => counts.skipped += n,
            }
        }
        Ok(counts)
    }

    /// Inserts many subscribed chats at once (benchmarks and load tests).
    pub async fn add_subscribers(&self, chats: &[(i64, Option<Lang>, i64)], now_secs: i64) -> Result<()> {
        let mut tx = self.pool.begin().await?;
        for (chat_id, lang, done_mask) in chats {
            sqlx::query(
                "INSERT INTO chats (chat_id, lang, subscribed_at, done_mask) VALUES (?, ?, ?, ?)
                 ON CONFLICT (chat_id) DO UPDATE SET lang = excluded.lang, subscribed_at = excluded.subscribed_at, done_mask = excluded.done_mask",
            )
            .bind(chat_id)
            .bind(lang.map(|l| l.code()))
            .bind(now_secs)
            .bind(done_mask)
            .execute(&mut *tx)
            .await?;
        }
        tx.commit().await?;
        Ok(())
    }

    pub async fn close(&self) {
        self.pool.close().await;
    }
}

fn chat_from_row(r: &sqlx::sqlite::SqliteRow) -> ChatState {
    ChatState {
        lang: r.get::<Option<String>, _>("lang").as_deref().and_then(Lang::from_tag),
        subscribed: r.get::<Option<i64>, _>("subscribed_at").is_some(),
        done_mask: r.get::<Option<i64>, _>("done_mask").unwrap_or(0),
        thanked: r.get::<Option<i64>, _>("thanked").unwrap_or(0) != 0,
    }
}

/// Creates the database file readable by its owner only, before SQLite opens it.
fn create_private_file(path: &Path) -> Result<()> {
    if path.as_os_str().is_empty() || path.exists() {
        return Ok(());
    }
    let err = |source| StoreError::File { path: path.display().to_string(), source };
    if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
        std::fs::create_dir_all(dir).map_err(err)?;
    }
    let mut options = std::fs::OpenOptions::new();
    options.write(true).create_new(true);
    #[cfg(unix)]
    std::os::unix::fs::OpenOptionsExt::mode(&mut options, 0o600);
    match options.open(path) {
        Ok(_) => Ok(()),
        Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => Ok(()),
        Err(e) => Err(err(e)),
    }
}

#[cfg(test)]
mod snapshot;
#[cfg(test)]
mod tests;
