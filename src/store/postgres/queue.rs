//! The reminder queue on PostgreSQL: waves, one delivery row per chat and wave, and claims
//! taken with `FOR UPDATE SKIP LOCKED` under a random token and the lease's fencing counter.

use std::sync::Arc;

use sqlx::{Postgres, Row, Transaction};

use super::{chat_from_row, Db};
use crate::store::{Claim, Delivery, Result};

/// Deliveries of paused waves, and of campaigns not in `$1`, are never claimed. The paused
/// waves are a `NOT IN` filter, not a `NOT EXISTS` anti-join: PostgreSQL misjudges the join
/// as leaving one row and sorts the whole queue (450 ms for a million rows), where the
/// filter lets it walk the pending index in order and stop at the batch (2 ms).
pub(super) const CLAIMABLE: &str = "d.status = 'pending' AND d.campaign_id = ANY($1) AND (d.campaign_id, d.wave) NOT IN
    (SELECT w.campaign_id, w.wave FROM waves w WHERE w.paused IS NOT NULL)";

/// Takes a batch under the claim and returns it with what the broadcaster needs of each
/// chat, read in one pass: each table of chat sets is read once for the batch and grouped
/// by chat, not once per chat by a correlated sub-query (issue 20). `$1` the campaign ids,
/// `$2` now, `$3` the limit, `$4` the token, `$5` the fence, `$6` the lease's end.
pub(super) fn claim_query() -> String {
    format!(
        "WITH picked AS (
             SELECT d.id FROM deliveries d WHERE {CLAIMABLE} AND d.not_before <= $2
             ORDER BY d.not_before, d.id LIMIT $3 FOR UPDATE SKIP LOCKED
         ), taken AS (
             UPDATE deliveries d SET status = 'inflight', claim = $4, fence = $5, lease_until = $6
             FROM picked WHERE d.id = picked.id
             RETURNING d.id, d.campaign_id, d.wave, d.chat_id, d.attempts, d.not_before
         ), subs AS (
             SELECT chat_id, array_agg(campaign_id) AS v FROM subscriptions
             WHERE chat_id IN (SELECT chat_id FROM taken) GROUP BY chat_id
         ), tick AS (
             SELECT chat_id, array_agg(platform ORDER BY platform) AS platforms,
                    array_agg(COALESCE(since, 0) ORDER BY platform) AS days FROM ticks
             WHERE chat_id IN (SELECT chat_id FROM taken) GROUP BY chat_id
         ), thx AS (
             SELECT chat_id, array_agg(campaign_id) AS v FROM thanks
             WHERE chat_id IN (SELECT chat_id FROM taken) GROUP BY chat_id
         )
         SELECT taken.id, taken.campaign_id, taken.wave, taken.chat_id, taken.attempts,
                c.chat_id IS NOT NULL AS known, c.lang, COALESCE(subs.v, '{{}}') AS subscriptions,
                COALESCE(tick.platforms, '{{}}') AS done, COALESCE(tick.days, '{{}}') AS done_on,
                COALESCE(thx.v, '{{}}') AS thanked, n.chat_id IS NOT NULL AS news
         FROM taken LEFT JOIN chats c ON c.chat_id = taken.chat_id
             LEFT JOIN subs ON subs.chat_id = taken.chat_id LEFT JOIN tick ON tick.chat_id = taken.chat_id
             LEFT JOIN thx ON thx.chat_id = taken.chat_id LEFT JOIN news n ON n.chat_id = taken.chat_id
         ORDER BY taken.not_before, taken.id"
    )
}

/// Campaign ids as `ANY($1)` reads them.
pub(super) fn ids_arg(ids: &[String]) -> &[String] {
    ids
}

/// What a delivery handed back by its claim is set to, besides its status.
pub(super) const UNCLAIMED: &str = "claim = NULL, fence = NULL, lease_until = NULL";

/// `column` is one of the ids bound as `$1` (see [`ids_arg`]).
pub(super) fn in_ids(column: &str) -> String {
    format!("{column} = ANY($1)")
}

/// Lifts the session's statement limit for this transaction: enqueueing a wave or ending a
/// campaign may touch a million rows, longer than that limit.
pub(super) async fn unbounded(tx: &mut Transaction<'_, Postgres>) -> Result<()> {
    sqlx::query("SET LOCAL statement_timeout = 0").execute(&mut **tx).await?;
    Ok(())
}

/// Refreshes the planner's statistics of the tables a claim reads, once a wave is enqueued.
/// Until autovacuum's `ANALYZE` comes, a minute or more later, PostgreSQL plans the claim on
/// a fresh million-row queue as a sort of the whole queue (about a second a claim), and the
/// wave's first minute goes at a quarter of its pace (issue 20). A failure is only logged:
/// the wave is enqueued either way, and autovacuum will come.
pub(super) async fn refresh_statistics(db: &Db) {
    let query = "ANALYZE deliveries, subscriptions, chats, ticks, thanks, news";
    if let Err(e) = sqlx::query(query).execute(&db.pool).await {
        log::warn!("could not refresh the planner's statistics after enqueueing a wave: {e}");
    }
}

impl Db {
    /// Puts back deliveries whose lease ran out, or that a former leader claimed (a fence
    /// older than `fence`): that leader's lease expired before this one was granted. Rows
    /// still locked (by a former leader frozen inside its transaction, until the server ends
    /// it) are skipped, not waited for: they are put back by a later call.
    pub async fn release_stale(&self, now_ms: i64, fence: i64) -> Result<u64> {
        let done = sqlx::query(
            "UPDATE deliveries SET status = 'pending', claim = NULL, fence = NULL, lease_until = NULL
             WHERE id IN (SELECT id FROM deliveries WHERE status = 'inflight'
                          AND (lease_until IS NULL OR lease_until < $1 OR fence IS NULL OR fence < $2)
                          FOR UPDATE SKIP LOCKED)",
        )
        .bind(now_ms)
        .bind(fence)
        .execute(&self.pool)
        .await?;
        Ok(done.rows_affected())
    }
}

/// Takes, within `tx`, up to `limit` due deliveries: rows another sender is claiming at the
/// same moment are skipped, not waited for, so concurrent claims are disjoint.
pub(super) async fn claim_in(tx: &mut Transaction<'_, Postgres>, c: &Claim<'_>) -> Result<Vec<Delivery>> {
    let rows = sqlx::query(&claim_query())
        .bind(c.campaign_ids)
        .bind(c.now_ms)
        .bind(c.limit)
        .bind(c.token)
        .bind(c.fence)
        .bind(c.lease_until_ms)
        .fetch_all(&mut **tx)
        .await?;
    let token: Arc<str> = c.token.into();
    Ok(rows
        .iter()
        .map(|r| Delivery {
            id: r.get("id"),
            claim: token.clone(),
            fence: c.fence,
            campaign_id: r.get("campaign_id"),
            wave: r.get("wave"),
            chat_id: r.get("chat_id"),
            attempts: r.get("attempts"),
            chat: r.get::<bool, _>("known").then(|| chat_from_row(r)),
        })
        .collect())
}
