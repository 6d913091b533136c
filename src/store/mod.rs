//! The SQLite store (sqlx): opening it safely, and per-chat language, subscription and
//! checklist. The least that is needed, deleted on request. Waves and deliveries are in
//! `queue.rs`, the bot's identity in `meta.rs`, operators' counts in `stats.rs`.

use std::{str::FromStr, time::Duration};

use sqlx::{
    sqlite::{SqliteConnectOptions, SqliteJournalMode, SqlitePoolOptions, SqliteSynchronous},
    Row, SqlitePool,
};

use crate::{campaign::Platform, lang::Lang};

mod files;
mod meta;
mod outcomes;
mod queue;
mod stats;

pub use self::files::InstanceLock;
pub use self::queue::{Claim, Delivery, Outcome, PauseRule, PausedWave, WaveCounts};
pub use self::stats::WaveRow;

pub type Result<T> = std::result::Result<T, StoreError>;

#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    #[error("database: {0}")]
    Sql(#[from] sqlx::Error),
    #[error("database migration: {0}")]
    Migrate(#[from] sqlx::migrate::MigrateError),
    #[error("database file {path}: {source}")]
    File { path: String, source: std::io::Error },
    #[error("another objection-bot is already running on this database (it holds {path}); stop it first")]
    Locked { path: String },
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

#[derive(Clone, Debug)]
pub struct Store {
    pool: SqlitePool,
}

impl Store {
    /// Opens (creating if needed) and migrates the database. The file and its `-wal` and
    /// `-shm` companions are made readable by the owner only; deleted rows are overwritten
    /// (`secure_delete`), and every commit is on disk before it is acknowledged
    /// (`synchronous = FULL`), so a `/forget` that was answered cannot come back.
    pub async fn open(url: &str) -> Result<Store> {
        let options = SqliteConnectOptions::from_str(url)?
            .create_if_missing(true)
            .journal_mode(SqliteJournalMode::Wal)
            .synchronous(SqliteSynchronous::Full)
            .pragma("secure_delete", "ON")
            .busy_timeout(Duration::from_secs(10))
            .foreign_keys(true);
        let in_memory = url.contains(":memory:") || url.contains("mode=memory");
        let path = options.get_filename().to_owned();
        if !in_memory {
            files::create_private(&path)?;
            files::make_private(&path)?;
        }
        let pool = SqlitePoolOptions::new()
            .max_connections(if in_memory { 1 } else { 4 })
            .idle_timeout(None)
            .max_lifetime(None)
            .connect_with(options)
            .await?;
        sqlx::migrate!("./migrations").run(&pool).await?;
        if !in_memory {
            // SQLite creates -wal and -shm on first use; they hold the same data.
            files::make_private(&path)?;
        }
        Ok(Store { pool })
    }

    /// Opens an existing database read-only, without migrating it (for `check` and `stats`).
    /// When no process has it open (it has no `-wal` beside it), it is opened as immutable,
    /// so that not even SQLite's `-wal` and `-shm` files are created next to it.
    pub async fn open_read_only(url: &str) -> Result<Store> {
        let options = SqliteConnectOptions::from_str(url)?.read_only(true).create_if_missing(false);
        let in_use = files::companions(options.get_filename())[1].exists();
        let options = options.immutable(!in_use);
        let pool = SqlitePoolOptions::new().max_connections(1).connect_with(options).await?;
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

#[cfg(test)]
mod snapshot;
#[cfg(test)]
mod tests;
