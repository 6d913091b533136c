//! The PostgreSQL backend (sqlx): connecting, migrating under PostgreSQL's advisory lock (so
//! instances starting together are safe), and its SQL for chats (their sets as arrays). The
//! queue is in `queue.rs`, outcomes in `outcomes.rs`, the leader lease in `lease.rs`,
//! operators' counts in `stats.rs`; what both backends run alike is in `store::common`,
//! expanded here by `shared_queries!`.

use std::{collections::BTreeSet, str::FromStr, time::Duration};

use sqlx::{
    postgres::{PgConnectOptions, PgConnection, PgPoolOptions, PgRow},
    Connection, PgPool, Postgres, Row, Transaction,
};

use crate::{
    lang::Lang,
    store::{ChatState, NewChat, Result, StoreError},
};

mod lease;
mod outcomes;
mod queue;
mod stats;
crate::store::common::shared_queries!(sqlx::Postgres);

#[cfg(test)]
mod tests;

pub use self::lease::Lease;

fn connect_options(url: &str) -> Result<PgConnectOptions> {
    Ok(PgConnectOptions::from_str(url)?.application_name("objection-bot"))
}

/// One connection made directly, not through a pool, so that an unreachable server is
/// reported within [`CONNECT_TIMEOUT`] with its cause: the pool would retry a refused
/// connection until its own timeout and then say only that it timed out.
async fn first_connection(options: &PgConnectOptions) -> Result<PgConnection> {
    let at = format!("{}:{}", options.get_host(), options.get_port());
    match tokio::time::timeout(CONNECT_TIMEOUT, PgConnection::connect_with(options)).await {
        Ok(Ok(connection)) => Ok(connection),
        Ok(Err(e)) => Err(StoreError::Unreachable { at, why: e.to_string() }),
        Err(_) => Err(StoreError::Unreachable { at, why: format!("no answer within {} s", CONNECT_TIMEOUT.as_secs()) }),
    }
}

/// A chat's language and its sets, from a `chats c` row.
pub(super) const CHAT_COLUMNS: &str = "c.lang,
    ARRAY(SELECT s.campaign_id FROM subscriptions s WHERE s.chat_id = c.chat_id) AS subscriptions,
    ARRAY(SELECT t.platform FROM ticks t WHERE t.chat_id = c.chat_id ORDER BY t.platform) AS done,
    ARRAY(SELECT COALESCE(t.since, 0) FROM ticks t WHERE t.chat_id = c.chat_id ORDER BY t.platform) AS done_on,
    ARRAY(SELECT h.campaign_id FROM thanks h WHERE h.chat_id = c.chat_id) AS thanked,
    EXISTS (SELECT 1 FROM news n WHERE n.chat_id = c.chat_id) AS news";

/// A PostgreSQL database shared by every instance of the bot.
#[derive(Clone, Debug)]
pub struct Db {
    pub(super) pool: PgPool,
}

/// How long reaching the server may take: at start (then the error says why: refused, name
/// not found, TLS, authentication) and for each connection the pool opens later.
pub const CONNECT_TIMEOUT: Duration = Duration::from_secs(5);

/// The limits on the bot's own sessions, from the lease's time to live, so that an instance
/// frozen or cut off inside a transaction cannot hold the next leader back beyond the lease:
/// the server ends a transaction left idle, and a statement waits for a lock, after half the
/// lease; a statement runs for at most two thirds of it (`enqueue_wave` and `expire`, which
/// may touch a million rows, lift that limit for themselves); and the server probes a quiet
/// client with TCP keepalives (sqlx has none on its side) to notice one that is gone.
fn session_limits(lease_ttl: Duration) -> [(&'static str, String); 6] {
    let ms = |d: Duration| d.max(Duration::from_secs(1)).as_millis().to_string();
    [
        ("lock_timeout", ms(lease_ttl / 2)),
        ("idle_in_transaction_session_timeout", ms(lease_ttl / 2)),
        ("statement_timeout", ms(lease_ttl * 2 / 3)),
        ("tcp_keepalives_idle", "10".into()),
        ("tcp_keepalives_interval", "5".into()),
        ("tcp_keepalives_count", "3".into()),
    ]
}

impl Db {
    /// Connects and migrates, with the sessions bounded by [`session_limits`]. Migrations run
    /// first on a connection of their own without those limits: sqlx's migrator holds a
    /// PostgreSQL advisory lock while it works, so that instances starting together migrate
    /// once, and the others wait for it.
    pub async fn open(url: &str, lease_ttl: Duration) -> Result<Db> {
        let options = connect_options(url)?;
        let mut first = first_connection(&options).await?;
        sqlx::migrate!("./migrations/postgres").run(&mut first).await?;
        first.close().await.ok();
        Db::pool(options.options(session_limits(lease_ttl)), 8).await
    }

    /// Connects without migrating (for `check` and `stats`, which only read).
    pub async fn open_read_only(url: &str) -> Result<Db> {
        let options = connect_options(url)?;
        first_connection(&options).await?.close().await.ok();
        Db::pool(options.options(session_limits(Duration::from_secs(15))), 1).await
    }

    async fn pool(options: PgConnectOptions, max: u32) -> Result<Db> {
        let pool =
            PgPoolOptions::new().max_connections(max).acquire_timeout(CONNECT_TIMEOUT).connect_with(options).await?;
        Ok(Db { pool })
    }

    pub async fn subscribe(&self, chat_id: i64, lang: Lang, campaign_ids: &[&str], now_secs: i64) -> Result<bool> {
        let mut tx = self.pool.begin().await?;
        shared::keep_lang(&mut tx, chat_id, lang).await?;
        let ids: Vec<String> = campaign_ids.iter().map(|s| s.to_string()).collect();
        let added = sqlx::query(
            "INSERT INTO subscriptions (chat_id, campaign_id, since) SELECT $1, id, $3 FROM UNNEST($2::text[]) AS id
             ON CONFLICT DO NOTHING",
        )
        .bind(chat_id)
        .bind(&ids)
        .bind(now_secs)
        .execute(&mut *tx)
        .await?;
        tx.commit().await?;
        Ok(added.rows_affected() > 0)
    }

    pub async fn add_subscribers(&self, campaign_id: &str, chats: &[NewChat<'_>], now_secs: i64) -> Result<()> {
        // In slices, each one statement per table with arrays: a million chats in minutes.
        for part in chats.chunks(10_000) {
            let ids: Vec<i64> = part.iter().map(|(id, ..)| *id).collect();
            let langs: Vec<Option<&str>> = part.iter().map(|(_, lang, _)| lang.map(|l| l.code())).collect();
            let (tick_ids, tick_keys): (Vec<i64>, Vec<String>) =
                part.iter().flat_map(|(id, _, done)| done.iter().map(move |k| (*id, k.to_string()))).unzip();
            let mut tx = self.pool.begin().await?;
            sqlx::query(
                "INSERT INTO chats (chat_id, lang) SELECT * FROM UNNEST($1::bigint[], $2::text[])
                 ON CONFLICT (chat_id) DO UPDATE SET lang = excluded.lang",
            )
            .bind(&ids)
            .bind(&langs)
            .execute(&mut *tx)
            .await?;
            sqlx::query(
                "INSERT INTO subscriptions (chat_id, campaign_id, since) SELECT id, $2, $3 FROM UNNEST($1::bigint[]) AS id
                 ON CONFLICT DO NOTHING",
            )
            .bind(&ids)
            .bind(campaign_id)
            .bind(now_secs)
            .execute(&mut *tx)
            .await?;
            sqlx::query(
                "INSERT INTO ticks (chat_id, platform) SELECT * FROM UNNEST($1::bigint[], $2::text[]) ON CONFLICT DO NOTHING",
            )
            .bind(&tick_ids)
            .bind(&tick_keys)
            .execute(&mut *tx)
            .await?;
            tx.commit().await?;
        }
        Ok(())
    }

    /// Every table with its rows, as text (tests).
    #[cfg(test)]
    pub(crate) async fn snapshot(&self) -> String {
        let mut out = String::new();
        for table in ["chats", "deliveries", "leases", "meta", "subscriptions", "thanks", "ticks", "waves"] {
            let rows: Vec<String> = sqlx::query_scalar(&format!("SELECT t::text FROM {table} t ORDER BY 1"))
                .fetch_all(&self.pool)
                .await
                .unwrap_or_default();
            out.push_str(&format!("{table}\n  {}\n", rows.join("\n  ")));
        }
        out
    }
}

impl Db {
    pub async fn close(&self) {
        self.pool.close().await;
    }
}

/// The row of a chat's state that `sql` reads (see `CHAT_COLUMNS`).
async fn chat_state(db: &Db, sql: &str, chat_id: i64) -> Result<Option<ChatState>> {
    Ok(sqlx::query(sql).bind(chat_id).fetch_optional(&db.pool).await?.map(|r| chat_from_row(&r)))
}

pub(super) fn chat_from_row(r: &PgRow) -> ChatState {
    let set = |column: &str| r.get::<Vec<String>, _>(column).into_iter().collect::<BTreeSet<String>>();
    ChatState {
        lang: r.get::<Option<String>, _>("lang").as_deref().and_then(Lang::from_tag),
        subscriptions: set("subscriptions"),
        done: Default::default(),
        ticked_on: r.get::<Vec<String>, _>("done").into_iter().zip(r.get::<Vec<i64>, _>("done_on")).collect(),
        thanked: set("thanked"),
        news: r.get("news"),
    }
    .with_done_from_days()
}

/// Gives each of these campaigns the subscriptions and thanks kept under the campaign id `''`
/// (see `Db::adopt_legacy`).
pub(super) async fn copy_legacy(tx: &mut Transaction<'_, Postgres>, campaign_ids: &[&str]) -> Result<()> {
    let ids: Vec<String> = campaign_ids.iter().map(|s| s.to_string()).collect();
    sqlx::query(
        "INSERT INTO subscriptions (chat_id, campaign_id, since)
             SELECT s.chat_id, id, s.since FROM subscriptions s, UNNEST($1::text[]) AS id WHERE s.campaign_id = ''
             ON CONFLICT DO NOTHING",
    )
    .bind(&ids)
    .execute(&mut **tx)
    .await?;
    sqlx::query(
        "INSERT INTO thanks (chat_id, campaign_id)
             SELECT h.chat_id, id FROM thanks h, UNNEST($1::text[]) AS id WHERE h.campaign_id = ''
             ON CONFLICT DO NOTHING",
    )
    .bind(&ids)
    .execute(&mut **tx)
    .await?;
    Ok(())
}

/// Moves a chat's rows to its new id, those already stored under it winning (see `Db::migrate_chat`).
pub(super) async fn move_chat(tx: &mut Transaction<'_, Postgres>, from: i64, to: i64) -> Result<()> {
    let taken: bool = sqlx::query_scalar("SELECT EXISTS (SELECT 1 FROM chats WHERE chat_id = $1)")
        .bind(to)
        .fetch_one(&mut **tx)
        .await?;
    if !taken {
        // Settings already stored under the new id win; otherwise the old ones move.
        for table in ["chats", "ticks", "subscriptions", "thanks", "news"] {
            sqlx::query(&format!("UPDATE {table} SET chat_id = $1 WHERE chat_id = $2"))
                .bind(to)
                .bind(from)
                .execute(&mut **tx)
                .await?;
        }
    }
    sqlx::query(
        "UPDATE deliveries d SET chat_id = $1 WHERE chat_id = $2 AND NOT EXISTS
             (SELECT 1 FROM deliveries o WHERE o.chat_id = $1 AND o.campaign_id = d.campaign_id AND o.wave = d.wave)",
    )
    .bind(to)
    .bind(from)
    .execute(&mut **tx)
    .await?;
    Ok(())
}

/// Deletes every row about a chat: its settings, ticks, subscriptions, thanks and reminders.
pub(super) async fn delete_chat(tx: &mut Transaction<'_, Postgres>, chat_id: i64) -> Result<()> {
    for table in ["deliveries", "ticks", "subscriptions", "thanks", "news", "chats"] {
        sqlx::query(&format!("DELETE FROM {table} WHERE chat_id = $1")).bind(chat_id).execute(&mut **tx).await?;
    }
    Ok(())
}
