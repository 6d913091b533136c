//! The reminder queue: waves, one delivery row per chat and wave, and claims with a random
//! token and a lease. Recording outcomes, with the wave brake, is in `outcomes.rs`.

use std::{
    collections::{BTreeMap, BTreeSet},
    sync::Arc,
};

use sqlx::{Sqlite, Transaction};

use super::Db;
use crate::store::{ChatState, Claim, Delivery, Result, StoreError};

/// Campaign ids as the JSON array that `json_each` reads.
pub(super) fn ids_arg(ids: &[String]) -> String {
    serde_json::to_string(ids).unwrap_or_else(|_| "[]".into())
}
use crate::lang::Lang;

/// Deliveries of paused waves, and of other campaigns, are never claimed. `?1` is a JSON
/// array of the campaign ids that may be sent.
pub(super) const CLAIMABLE: &str =
    "d.status = 'pending' AND d.campaign_id IN (SELECT value FROM json_each(?1)) AND NOT EXISTS
    (SELECT 1 FROM waves w WHERE w.campaign_id = d.campaign_id AND w.wave = d.wave AND w.paused IS NOT NULL)";

/// What a delivery handed back by its claim is set to, besides its status.
pub(super) const UNCLAIMED: &str = "claim = NULL, lease_until = NULL";

/// `column` is one of the ids bound as `$1` (as [`ids_arg`] makes them).
pub(super) fn in_ids(column: &str) -> String {
    format!("{column} IN (SELECT value FROM json_each($1))")
}

/// A claimed batch with what the broadcaster needs of each chat, read in one pass: each
/// table of chat sets is read once for the whole batch and grouped by chat, not once per
/// chat by a correlated sub-query (issue 20). `?1` is the claim's token.
pub(super) const CLAIMED: &str = "WITH batch AS (
        SELECT id, campaign_id, wave, chat_id, attempts, not_before FROM deliveries
        WHERE claim = ?1 AND status = 'inflight'
    ), subs AS (
        SELECT chat_id, json_group_array(campaign_id) AS v FROM subscriptions
        WHERE chat_id IN (SELECT chat_id FROM batch) GROUP BY chat_id
    ), tick AS (
        SELECT chat_id, json_group_object(platform, COALESCE(since, 0)) AS v FROM ticks
        WHERE chat_id IN (SELECT chat_id FROM batch) GROUP BY chat_id
    ), thx AS (
        SELECT chat_id, json_group_array(campaign_id) AS v FROM thanks
        WHERE chat_id IN (SELECT chat_id FROM batch) GROUP BY chat_id
    )
    SELECT json_group_array(json_array(
            b.id, b.campaign_id, b.wave, b.chat_id, b.attempts, c.chat_id IS NOT NULL, c.lang,
            json(COALESCE(subs.v, '[]')), json(COALESCE(tick.v, '{}')), json(COALESCE(thx.v, '[]')),
            n.chat_id IS NOT NULL)
        ORDER BY b.not_before, b.id)
    FROM batch b LEFT JOIN chats c ON c.chat_id = b.chat_id
        LEFT JOIN subs ON subs.chat_id = b.chat_id LEFT JOIN tick ON tick.chat_id = b.chat_id
        LEFT JOIN thx ON thx.chat_id = b.chat_id LEFT JOIN news n ON n.chat_id = b.chat_id";

/// Statements on SQLite have no time limit to lift (see `Db::enqueue_wave`).
pub(super) async fn unbounded(_tx: &mut Transaction<'_, Sqlite>) -> Result<()> {
    Ok(())
}

impl Db {
    /// Puts back deliveries whose claim is stale: its lease ran out at `now_ms` (the sender
    /// that took them died). Live claims are never touched.
    /// (SQLite has one sender, so the fence plays no part here.)
    pub async fn release_stale(&self, now_ms: i64, _fence: i64) -> Result<u64> {
        let done = sqlx::query(
            "UPDATE deliveries SET status = 'pending', claim = NULL, lease_until = NULL
             WHERE status = 'inflight' AND (lease_until IS NULL OR lease_until < ?)",
        )
        .bind(now_ms)
        .execute(&self.pool)
        .await?;
        Ok(done.rows_affected())
    }

    /// Takes up to `limit` deliveries of the campaigns that are due, marking them in flight
    /// under the claim's token.
    pub async fn claim(&self, c: &Claim<'_>) -> Result<Vec<Delivery>> {
        let mut tx = self.pool.begin().await?;
        sqlx::query(&format!(
            "UPDATE deliveries SET status = 'inflight', claim = ?4, lease_until = ?5 WHERE id IN
             (SELECT d.id FROM deliveries d WHERE {CLAIMABLE} AND d.not_before <= ?2 ORDER BY d.not_before, d.id LIMIT ?3)"
        ))
        .bind(ids_arg(c.campaign_ids))
        .bind(c.now_ms)
        .bind(c.limit)
        .bind(c.token)
        .bind(c.lease_until_ms)
        .execute(&mut *tx)
        .await?;
        // The batch comes back as one JSON row: sqlx hands SQLite rows over one at a time
        // from its worker thread, and a hand-over per delivery cost more than the delivery.
        let batch: Option<String> = sqlx::query_scalar(CLAIMED).bind(c.token).fetch_one(&mut *tx).await?;
        tx.commit().await?;
        type Row = (
            i64,
            String,
            String,
            i64,
            i64,
            i64,
            Option<String>,
            BTreeSet<String>,
            BTreeMap<String, i64>,
            BTreeSet<String>,
            i64,
        );
        let rows: Vec<Row> = serde_json::from_str(batch.as_deref().unwrap_or("[]"))
            .map_err(|e| StoreError::Sql(sqlx::Error::Decode(Box::new(e))))?;
        let token: Arc<str> = c.token.into();
        Ok(rows
            .into_iter()
            .map(|(id, campaign_id, wave, chat_id, attempts, known, lang, subscriptions, ticked_on, thanked, news)| {
                Delivery {
                    id,
                    claim: token.clone(),
                    fence: c.fence,
                    campaign_id,
                    wave,
                    chat_id,
                    attempts,
                    chat: (known != 0).then(|| {
                        ChatState {
                            lang: lang.as_deref().and_then(Lang::from_tag),
                            subscriptions,
                            done: Default::default(),
                            ticked_on,
                            thanked,
                            news: news != 0,
                        }
                        .with_done_from_days()
                    }),
                }
            })
            .collect())
    }
}
