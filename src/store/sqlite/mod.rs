//! The SQLite backend (sqlx): opening the file safely, and its SQL for chats (their sets as
//! JSON arrays). Waves and claims are in `queue.rs`, outcomes in `outcomes.rs`, the instance
//! lock in `meta.rs`, operators' counts in `stats.rs`; what both backends run alike is in
//! `store::common`, expanded here by `shared_queries!`.

use std::{collections::BTreeSet, str::FromStr, time::Duration};

use sqlx::{
    sqlite::{SqliteConnectOptions, SqliteJournalMode, SqlitePoolOptions, SqliteSynchronous},
    Row, Sqlite, SqlitePool, Transaction,
};

use crate::lang::Lang;

mod files;
mod meta;
mod outcomes;
mod queue;
mod reader;
mod stats;

pub use self::files::InstanceLock;
use crate::store::{ChatState, NewChat, Result};

/// The columns that make a [`ChatState`] from a `chats c` row: its language and JSON arrays
/// of its subscriptions, ticks and thanks.
pub(crate) const CHAT_COLUMNS: &str = "c.lang,
    (SELECT json_group_array(s.campaign_id) FROM subscriptions s WHERE s.chat_id = c.chat_id) AS subscriptions,
    (SELECT json_group_object(t.platform, COALESCE(t.since, 0)) FROM ticks t WHERE t.chat_id = c.chat_id) AS done,
    (SELECT json_group_array(h.campaign_id) FROM thanks h WHERE h.chat_id = c.chat_id) AS thanked,
    EXISTS (SELECT 1 FROM news n WHERE n.chat_id = c.chat_id) AS news";

/// A set from a JSON array of strings (as `json_group_array` makes it).
pub(crate) fn json_set(json: Option<&str>) -> BTreeSet<String> {
    json.and_then(|j| serde_json::from_str::<Vec<String>>(j).ok()).unwrap_or_default().into_iter().collect()
}

/// Platforms and the days they were ticked off, from a JSON object (as `json_group_object`
/// makes it).
pub(super) fn json_days(json: Option<&str>) -> std::collections::BTreeMap<String, i64> {
    json.and_then(|j| serde_json::from_str(j).ok()).unwrap_or_default()
}

/// The SQLite database: one process at a time (see [`Db::lock_instance`]).
#[derive(Clone, Debug)]
pub struct Db {
    pub(super) pool: SqlitePool,
    /// The connection for a chat's state (see `reader.rs`); none in memory, where a second
    /// connection would be another database, and none read-only.
    reader: Option<std::sync::Arc<reader::Reader>>,
}

impl Db {
    /// Opens (creating if needed) and migrates the database. The file and its `-wal` and
    /// `-shm` companions are made readable by the owner only; deleted rows are overwritten
    /// (`secure_delete`), and every commit is on disk before it is acknowledged
    /// (`synchronous = FULL`), so a `/forget` that was answered cannot come back. Temporary
    /// work spills to files (SQLite's default): in memory, starting a million-row wave took
    /// the bot's peak RSS from 34 to 158 MB (issue 20).
    pub async fn open(url: &str) -> Result<Db> {
        let options = SqliteConnectOptions::from_str(url)?
            .create_if_missing(true)
            .journal_mode(SqliteJournalMode::Wal)
            .synchronous(SqliteSynchronous::Full)
            .pragma("secure_delete", "ON")
            .busy_timeout(Duration::from_secs(10))
            .foreign_keys(true);
        let in_memory = url.contains(":memory:") || url.contains("mode=memory");
        let path = options.get_filename().to_owned();
        let reader = (!in_memory).then(|| std::sync::Arc::new(reader::Reader::new(path.clone())));
        if !in_memory {
            files::create_private(&path)?;
            files::make_private(&path)?;
        }
        // No ping before each query (sqlx's default): a SQLite connection is a file this
        // process holds, and the ping was a second round trip to its worker thread for every
        // store call (issue 20).
        let pool = SqlitePoolOptions::new()
            .max_connections(if in_memory { 1 } else { 4 })
            .test_before_acquire(false)
            .idle_timeout(None)
            .max_lifetime(None)
            .connect_with(options)
            .await?;
        sqlx::migrate!("./migrations/sqlite").run(&pool).await?;
        if !in_memory {
            // SQLite creates -wal and -shm on first use; they hold the same data.
            files::make_private(&path)?;
        }
        Ok(Db { pool, reader })
    }

    /// Opens an existing database read-only, without migrating it (for `check` and `stats`).
    /// When no process has it open (it has no `-wal` beside it), it is opened as immutable,
    /// so that not even SQLite's `-wal` and `-shm` files are created next to it.
    pub async fn open_read_only(url: &str) -> Result<Db> {
        let options = SqliteConnectOptions::from_str(url)?.read_only(true).create_if_missing(false);
        let in_use = files::companions(options.get_filename())[1].exists();
        let options = options.immutable(!in_use);
        let pool = SqlitePoolOptions::new().max_connections(1).connect_with(options).await?;
        Ok(Db { pool, reader: None })
    }

    /// A private in-memory database, for the console and tests.
    pub async fn in_memory() -> Result<Db> {
        Db::open("sqlite::memory:").await
    }

    /// Subscribes the chat to these campaigns, keeping `lang` as its language unless it
    /// chose one; returns false if it already was subscribed to all of them. Reminders go
    /// out in the stored language.
    pub async fn subscribe(&self, chat_id: i64, lang: Lang, campaign_ids: &[&str], now_secs: i64) -> Result<bool> {
        let mut tx = self.pool.begin().await?;
        shared::keep_lang(&mut tx, chat_id, lang).await?;
        let mut fresh = false;
        for id in campaign_ids {
            let done =
                sqlx::query("INSERT OR IGNORE INTO subscriptions (chat_id, campaign_id, since) VALUES (?, ?, ?)")
                    .bind(chat_id)
                    .bind(id)
                    .bind(now_secs)
                    .execute(&mut *tx)
                    .await?;
            fresh |= done.rows_affected() > 0;
        }
        tx.commit().await?;
        Ok(fresh)
    }

    /// Inserts many chats subscribed to `campaign_id` at once, with their language and the
    /// platforms they ticked off (benchmarks and load tests).
    pub async fn add_subscribers(&self, campaign_id: &str, chats: &[NewChat<'_>], now_secs: i64) -> Result<()> {
        let mut tx = self.pool.begin().await?;
        for (chat_id, lang, done) in chats {
            sqlx::query("INSERT INTO chats (chat_id, lang) VALUES (?, ?) ON CONFLICT (chat_id) DO UPDATE SET lang = excluded.lang")
                .bind(chat_id)
                .bind(lang.map(|l| l.code()))
                .execute(&mut *tx)
                .await?;
            sqlx::query("INSERT OR IGNORE INTO subscriptions (chat_id, campaign_id, since) VALUES (?, ?, ?)")
                .bind(chat_id)
                .bind(campaign_id)
                .bind(now_secs)
                .execute(&mut *tx)
                .await?;
            for key in *done {
                sqlx::query("INSERT OR IGNORE INTO ticks (chat_id, platform) VALUES (?, ?)")
                    .bind(chat_id)
                    .bind(key)
                    .execute(&mut *tx)
                    .await?;
            }
        }
        tx.commit().await?;
        Ok(())
    }
}

impl Db {
    /// Closes the reader's connection and the pool's, so that a stopped bot holds none.
    pub async fn close(&self) {
        if let Some(reader) = &self.reader {
            reader.close();
        }
        self.pool.close().await;
    }
}

/// The chat's state that `sql` reads (see `CHAT_COLUMNS`): in place by the reader, or
/// through the pool where there is none or it failed (said in the log; nothing is lost).
async fn chat_state(db: &Db, sql: &str, chat_id: i64) -> Result<Option<ChatState>> {
    if let Some(reader) = &db.reader {
        match reader.chat(sql, chat_id) {
            Ok(state) => return Ok(state),
            Err(e) => log::warn!("a chat's state could not be read in place ({e}); reading it through the pool"),
        }
    }
    Ok(sqlx::query(sql).bind(chat_id).fetch_optional(&db.pool).await?.map(|r| chat_from_row(&r)))
}

pub(super) fn chat_from_row(r: &sqlx::sqlite::SqliteRow) -> ChatState {
    let text = |column: &str| r.get::<Option<String>, _>(column);
    chat_from_columns(text("lang"), text("subscriptions"), text("done"), text("thanked"), r.get("news"))
}

/// A chat's state from the values of `CHAT_COLUMNS`, however they were read (through the
/// pool, the reader, or a claimed batch's JSON).
pub(super) fn chat_from_columns(
    lang: Option<String>,
    subscriptions: Option<String>,
    done: Option<String>,
    thanked: Option<String>,
    news: bool,
) -> ChatState {
    ChatState {
        lang: lang.as_deref().and_then(Lang::from_tag),
        subscriptions: json_set(subscriptions.as_deref()),
        done: Default::default(),
        ticked_on: json_days(done.as_deref()),
        thanked: json_set(thanked.as_deref()),
        news,
    }
    .with_done_from_days()
}

/// Gives each of these campaigns the subscriptions and thanks kept under the campaign id `''`
/// (see `Db::adopt_legacy`).
pub(super) async fn copy_legacy(tx: &mut Transaction<'_, Sqlite>, campaign_ids: &[&str]) -> Result<()> {
    for id in campaign_ids {
        sqlx::query(
            "INSERT OR IGNORE INTO subscriptions (chat_id, campaign_id, since)
                 SELECT chat_id, ?, since FROM subscriptions WHERE campaign_id = ''",
        )
        .bind(id)
        .execute(&mut **tx)
        .await?;
        sqlx::query(
            "INSERT OR IGNORE INTO thanks (chat_id, campaign_id) SELECT chat_id, ? FROM thanks WHERE campaign_id = ''",
        )
        .bind(id)
        .execute(&mut **tx)
        .await?;
    }
    Ok(())
}

/// Moves a chat's rows to its new id, those already stored under it winning (see `Db::migrate_chat`).
pub(super) async fn move_chat(tx: &mut Transaction<'_, Sqlite>, from: i64, to: i64) -> Result<()> {
    let moved = sqlx::query("UPDATE OR IGNORE chats SET chat_id = ? WHERE chat_id = ?")
        .bind(to)
        .bind(from)
        .execute(&mut **tx)
        .await?;
    if moved.rows_affected() > 0 {
        for table in ["ticks", "subscriptions", "thanks", "news"] {
            sqlx::query(&format!("UPDATE OR IGNORE {table} SET chat_id = ? WHERE chat_id = ?"))
                .bind(to)
                .bind(from)
                .execute(&mut **tx)
                .await?;
        }
    }
    sqlx::query("UPDATE OR IGNORE deliveries SET chat_id = ? WHERE chat_id = ?")
        .bind(to)
        .bind(from)
        .execute(&mut **tx)
        .await?;
    Ok(())
}

/// Deletes every row about a chat: its settings, ticks, subscriptions, thanks and reminders.
pub(super) async fn delete_chat(tx: &mut sqlx::Transaction<'_, sqlx::Sqlite>, chat_id: i64) -> Result<()> {
    for table in ["deliveries", "ticks", "subscriptions", "thanks", "news", "chats"] {
        sqlx::query(&format!("DELETE FROM {table} WHERE chat_id = ?")).bind(chat_id).execute(&mut **tx).await?;
    }
    Ok(())
}

crate::store::common::shared_queries!(sqlx::Sqlite);

#[cfg(test)]
mod snapshot;
#[cfg(test)]
mod tests;
