//! The PostgreSQL backend (sqlx): connecting, migrating under PostgreSQL's advisory lock (so
//! instances starting together are safe), and per-chat language, subscriptions and
//! checklist. The queue is in `queue.rs`, outcomes in `outcomes.rs`, the leader lease in
//! `lease.rs`, operators' counts and the bot's identity in `stats.rs`, link results in
//! `links.rs`.

use std::{collections::BTreeSet, str::FromStr, time::Duration};

use sqlx::{
    postgres::{PgConnectOptions, PgPoolOptions, PgRow},
    PgPool, Postgres, Row, Transaction,
};

use crate::{
    lang::Lang,
    store::{ChatState, Result},
};

mod lease;
mod links;
mod outcomes;
mod queue;
mod stats;
#[cfg(test)]
mod tests;

pub use self::lease::Lease;

/// A chat's language and its sets, from a `chats c` row.
pub(super) const CHAT_COLUMNS: &str = "c.lang,
    ARRAY(SELECT s.campaign_id FROM subscriptions s WHERE s.chat_id = c.chat_id) AS subscriptions,
    ARRAY(SELECT t.platform FROM ticks t WHERE t.chat_id = c.chat_id) AS done,
    ARRAY(SELECT h.campaign_id FROM thanks h WHERE h.chat_id = c.chat_id) AS thanked";

/// A PostgreSQL database shared by every instance of the bot.
#[derive(Clone, Debug)]
pub struct Db {
    pub(super) pool: PgPool,
}

impl Db {
    /// Connects and migrates. sqlx's migrator holds a PostgreSQL advisory lock while it
    /// works, so that instances starting together migrate once.
    pub async fn open(url: &str) -> Result<Db> {
        let db = Db::connect(url, 8).await?;
        sqlx::migrate!("./migrations/postgres").run(&db.pool).await?;
        Ok(db)
    }

    /// Connects without migrating (for `check` and `stats`, which only read).
    pub async fn open_read_only(url: &str) -> Result<Db> {
        Db::connect(url, 1).await
    }

    async fn connect(url: &str, max: u32) -> Result<Db> {
        let options = PgConnectOptions::from_str(url)?.application_name("objection-bot");
        let pool = PgPoolOptions::new()
            .max_connections(max)
            .acquire_timeout(Duration::from_secs(10))
            .connect_with(options)
            .await?;
        Ok(Db { pool })
    }

    pub async fn chat(&self, chat_id: i64) -> Result<Option<ChatState>> {
        let row = sqlx::query(&format!("SELECT {CHAT_COLUMNS} FROM chats c WHERE c.chat_id = $1"))
            .bind(chat_id)
            .fetch_optional(&self.pool)
            .await?;
        Ok(row.map(|r| chat_from_row(&r)))
    }

    pub async fn set_lang(&self, chat_id: i64, lang: Lang) -> Result<()> {
        sqlx::query(
            "INSERT INTO chats (chat_id, lang) VALUES ($1, $2) ON CONFLICT (chat_id) DO UPDATE SET lang = excluded.lang",
        )
        .bind(chat_id)
        .bind(lang.code())
        .execute(&self.pool)
        .await?;
        Ok(())
    }

    pub async fn subscribe(&self, chat_id: i64, lang: Lang, campaign_ids: &[&str], now_secs: i64) -> Result<bool> {
        let mut tx = self.pool.begin().await?;
        sqlx::query(
            "INSERT INTO chats (chat_id, lang) VALUES ($1, $2)
             ON CONFLICT (chat_id) DO UPDATE SET lang = COALESCE(chats.lang, excluded.lang)",
        )
        .bind(chat_id)
        .bind(lang.code())
        .execute(&mut *tx)
        .await?;
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

    pub async fn unsubscribe(&self, chat_id: i64) -> Result<bool> {
        let done =
            sqlx::query("DELETE FROM subscriptions WHERE chat_id = $1").bind(chat_id).execute(&self.pool).await?;
        Ok(done.rows_affected() > 0)
    }

    pub async fn set_done(&self, chat_id: i64, platform: &str, done: bool) -> Result<ChatState> {
        let mut tx = self.pool.begin().await?;
        sqlx::query("INSERT INTO chats (chat_id) VALUES ($1) ON CONFLICT DO NOTHING")
            .bind(chat_id)
            .execute(&mut *tx)
            .await?;
        let change = if done {
            "INSERT INTO ticks (chat_id, platform) VALUES ($1, $2) ON CONFLICT DO NOTHING"
        } else {
            "DELETE FROM ticks WHERE chat_id = $1 AND platform = $2"
        };
        sqlx::query(change).bind(chat_id).bind(platform).execute(&mut *tx).await?;
        let row = sqlx::query(&format!("SELECT {CHAT_COLUMNS} FROM chats c WHERE c.chat_id = $1"))
            .bind(chat_id)
            .fetch_one(&mut *tx)
            .await?;
        tx.commit().await?;
        Ok(chat_from_row(&row))
    }

    pub async fn mark_thanked(&self, chat_id: i64, campaign_id: &str) -> Result<bool> {
        let done = sqlx::query("INSERT INTO thanks (chat_id, campaign_id) VALUES ($1, $2) ON CONFLICT DO NOTHING")
            .bind(chat_id)
            .bind(campaign_id)
            .execute(&self.pool)
            .await?;
        Ok(done.rows_affected() > 0)
    }

    pub async fn forget(&self, chat_id: i64) -> Result<()> {
        let mut tx = self.pool.begin().await?;
        delete_chat(&mut tx, chat_id).await?;
        tx.commit().await?;
        Ok(())
    }

    pub async fn adopt_legacy(&self, campaign_ids: &[&str]) -> Result<u64> {
        let mut tx = self.pool.begin().await?;
        let chats: i64 =
            sqlx::query_scalar("SELECT COUNT(*) FROM subscriptions WHERE campaign_id = ''").fetch_one(&mut *tx).await?;
        let ids: Vec<String> = campaign_ids.iter().map(|s| s.to_string()).collect();
        sqlx::query(
            "INSERT INTO subscriptions (chat_id, campaign_id, since)
             SELECT s.chat_id, id, s.since FROM subscriptions s, UNNEST($1::text[]) AS id WHERE s.campaign_id = ''
             ON CONFLICT DO NOTHING",
        )
        .bind(&ids)
        .execute(&mut *tx)
        .await?;
        sqlx::query(
            "INSERT INTO thanks (chat_id, campaign_id)
             SELECT h.chat_id, id FROM thanks h, UNNEST($1::text[]) AS id WHERE h.campaign_id = ''
             ON CONFLICT DO NOTHING",
        )
        .bind(&ids)
        .execute(&mut *tx)
        .await?;
        sqlx::query("DELETE FROM subscriptions WHERE campaign_id = ''").execute(&mut *tx).await?;
        sqlx::query("DELETE FROM thanks WHERE campaign_id = ''").execute(&mut *tx).await?;
        tx.commit().await?;
        Ok(chats as u64)
    }

    pub async fn migrate_chat(&self, from: i64, to: i64) -> Result<()> {
        if from == to {
            return Ok(());
        }
        let mut tx = self.pool.begin().await?;
        let taken: bool = sqlx::query_scalar("SELECT EXISTS (SELECT 1 FROM chats WHERE chat_id = $1)")
            .bind(to)
            .fetch_one(&mut *tx)
            .await?;
        if !taken {
            // Settings already stored under the new id win; otherwise the old ones move.
            for table in ["chats", "ticks", "subscriptions", "thanks"] {
                sqlx::query(&format!("UPDATE {table} SET chat_id = $1 WHERE chat_id = $2"))
                    .bind(to)
                    .bind(from)
                    .execute(&mut *tx)
                    .await?;
            }
        }
        sqlx::query(
            "UPDATE deliveries d SET chat_id = $1 WHERE chat_id = $2 AND NOT EXISTS
             (SELECT 1 FROM deliveries o WHERE o.chat_id = $1 AND o.campaign_id = d.campaign_id AND o.wave = d.wave)",
        )
        .bind(to)
        .bind(from)
        .execute(&mut *tx)
        .await?;
        delete_chat(&mut tx, from).await?;
        tx.commit().await?;
        Ok(())
    }

    pub async fn add_subscribers(
        &self,
        campaign_id: &str,
        chats: &[(i64, Option<Lang>, &[&str])],
        now_secs: i64,
    ) -> Result<()> {
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

    pub async fn close(&self) {
        self.pool.close().await;
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

fn chat_from_row(r: &PgRow) -> ChatState {
    let set = |column: &str| r.get::<Vec<String>, _>(column).into_iter().collect::<BTreeSet<String>>();
    ChatState {
        lang: r.get::<Option<String>, _>("lang").as_deref().and_then(Lang::from_tag),
        subscriptions: set("subscriptions"),
        done: set("done"),
        thanked: set("thanked"),
    }
}

/// Deletes every row about a chat: its settings, ticks, subscriptions, thanks and reminders.
pub(super) async fn delete_chat(tx: &mut Transaction<'_, Postgres>, chat_id: i64) -> Result<()> {
    for table in ["deliveries", "ticks", "subscriptions", "thanks", "chats"] {
        sqlx::query(&format!("DELETE FROM {table} WHERE chat_id = $1")).bind(chat_id).execute(&mut **tx).await?;
    }
    Ok(())
}
