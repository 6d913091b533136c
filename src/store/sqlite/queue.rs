//! The reminder queue: waves, one delivery row per chat and wave, and claims with a random
//! token and a lease. Recording outcomes, with the wave brake, is in `outcomes.rs`.

use std::sync::Arc;

use sqlx::{Sqlite, Transaction};

use super::{chat_from_columns, Db, CHAT_COLUMNS};
use crate::store::{Claim, Delivery, Result, StoreError};

/// Campaign ids as the JSON array that `json_each` reads.
pub(super) fn ids_arg(ids: &[String]) -> String {
    serde_json::to_string(ids).unwrap_or_else(|_| "[]".into())
}

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

/// Statements on SQLite have no time limit to lift (see `Db::enqueue_wave`).
pub(super) async fn unbounded(_tx: &mut Transaction<'_, Sqlite>) -> Result<()> {
    Ok(())
}

/// Nothing to refresh after a wave is enqueued: SQLite keeps no planner statistics unless
/// told to (`ANALYZE`), and it walks `deliveries_pending` for the claim without them.
pub(super) async fn refresh_statistics(_db: &Db) {}

/// The deliveries of claim `?1` with their chats, as one JSON array, found through the
/// partial index of what is in flight (`deliveries_inflight`, two batches at most).
pub(super) fn claimed_batch() -> String {
    format!(
        "SELECT json_group_array(json_array(id, campaign_id, wave, chat_id, attempts, known,
                                            lang, subscriptions, done, thanked, news))
         FROM (SELECT d.id AS id, d.campaign_id, d.wave, d.chat_id, d.attempts,
                      c.chat_id IS NOT NULL AS known, {CHAT_COLUMNS}
               FROM deliveries d LEFT JOIN chats c ON c.chat_id = d.chat_id
               WHERE d.status = 'inflight' AND d.claim = ?1 ORDER BY d.not_before, d.id)"
    )
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
}

/// Takes, within `tx`, up to `limit` deliveries of the campaigns that are due, marking them
/// in flight under the claim's token.
pub(super) async fn claim_in(tx: &mut Transaction<'_, Sqlite>, c: &Claim<'_>) -> Result<Vec<Delivery>> {
    let take = format!(
        "UPDATE deliveries SET status = 'inflight', claim = ?4, lease_until = ?5 WHERE id IN
         (SELECT d.id FROM deliveries d WHERE {CLAIMABLE} AND d.not_before <= ?2 ORDER BY d.not_before, d.id LIMIT ?3)"
    );
    let due = sqlx::query(&take).bind(ids_arg(c.campaign_ids)).bind(c.now_ms).bind(c.limit);
    due.bind(c.token).bind(c.lease_until_ms).execute(&mut **tx).await?;
    // The batch comes back as one JSON row: sqlx hands SQLite rows over one at a time
    // from its worker thread, and a hand-over per delivery cost more than the delivery.
    let batch: Option<String> = sqlx::query_scalar(&claimed_batch()).bind(c.token).fetch_one(&mut **tx).await?;
    type Row =
        (i64, String, String, i64, i64, i64, Option<String>, Option<String>, Option<String>, Option<String>, i64);
    let rows: Vec<Row> = serde_json::from_str(batch.as_deref().unwrap_or("[]"))
        .map_err(|e| StoreError::Sql(sqlx::Error::Decode(Box::new(e))))?;
    let token: Arc<str> = c.token.into();
    Ok(rows
        .into_iter()
        .map(|(id, campaign_id, wave, chat_id, attempts, known, lang, subscriptions, done, thanked, news)| Delivery {
            id,
            claim: token.clone(),
            fence: c.fence,
            campaign_id,
            wave,
            chat_id,
            attempts,
            chat: (known != 0).then(|| chat_from_columns(lang, subscriptions, done, thanked, news != 0)),
        })
        .collect())
}
