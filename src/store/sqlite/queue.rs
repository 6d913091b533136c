//! The reminder queue: waves, one delivery row per chat and wave, and claims with a random
//! token and a lease. Recording outcomes, with the wave brake, is in `outcomes.rs`.

use std::sync::Arc;

use super::{json_set, Db, CHAT_COLUMNS};
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

impl Db {
    /// Starts a wave: one pending delivery for every chat subscribed to the campaign now
    /// (whether a chat still needs a reminder is the brain's decision, at send time). Does nothing if the
    /// wave was already handled. Returns the number enqueued.
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
             SELECT ?1, ?2, chat_id FROM subscriptions WHERE campaign_id = ?1 ORDER BY chat_id",
        )
        .bind(campaign_id)
        .bind(wave)
        .execute(&mut *tx)
        .await?;
        tx.commit().await?;
        Ok(added.rows_affected())
    }

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

    /// Puts back at once what these claims hold and have not recorded (a graceful stop).
    pub async fn release_claims(&self, tokens: &[String]) -> Result<u64> {
        let done = sqlx::query(
            "UPDATE deliveries SET status = 'pending', claim = NULL, lease_until = NULL
             WHERE status = 'inflight' AND claim IN (SELECT value FROM json_each(?1))",
        )
        .bind(ids_arg(tokens))
        .execute(&self.pool)
        .await?;
        Ok(done.rows_affected())
    }

    /// Ends what can no longer be sent: pending deliveries of any campaign but `live` (the
    /// campaigns loaded whose deadline lies ahead). Returns how many.
    pub async fn expire(&self, live: &[String]) -> Result<u64> {
        let done = sqlx::query(
            "UPDATE deliveries SET status = 'skipped', claim = NULL, lease_until = NULL
             WHERE status = 'pending' AND campaign_id NOT IN (SELECT value FROM json_each(?1))",
        )
        .bind(ids_arg(live))
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
        let batch: Option<String> = sqlx::query_scalar(&format!(
            "SELECT json_group_array(json_array(id, campaign_id, wave, chat_id, attempts, known,
                                                    lang, subscriptions, done, thanked))
                 FROM (SELECT d.id AS id, d.campaign_id, d.wave, d.chat_id, d.attempts,
                              c.chat_id IS NOT NULL AS known, {CHAT_COLUMNS}
                       FROM deliveries d LEFT JOIN chats c ON c.chat_id = d.chat_id
                       WHERE d.claim = ?1 AND d.status = 'inflight' ORDER BY d.not_before, d.id)"
        ))
        .bind(c.token)
        .fetch_one(&mut *tx)
        .await?;
        tx.commit().await?;
        type Row = (i64, String, String, i64, i64, i64, Option<String>, Option<String>, Option<String>, Option<String>);
        let rows: Vec<Row> = serde_json::from_str(batch.as_deref().unwrap_or("[]"))
            .map_err(|e| StoreError::Sql(sqlx::Error::Decode(Box::new(e))))?;
        let token: Arc<str> = c.token.into();
        Ok(rows
            .into_iter()
            .map(|(id, campaign_id, wave, chat_id, attempts, known, lang, subscriptions, done, thanked)| Delivery {
                id,
                claim: token.clone(),
                fence: c.fence,
                campaign_id,
                wave,
                chat_id,
                attempts,
                chat: (known != 0).then(|| ChatState {
                    lang: lang.as_deref().and_then(Lang::from_tag),
                    subscriptions: json_set(subscriptions.as_deref()),
                    done: json_set(done.as_deref()),
                    thanked: json_set(thanked.as_deref()),
                }),
            })
            .collect())
    }
}
