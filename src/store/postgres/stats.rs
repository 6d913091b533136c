//! Counts for operators on PostgreSQL (totals only, never a chat id) that differ from SQLite's:
//! counting by status, and when a sender was last seen.

use super::Db;
use crate::store::Result;

/// Every wave with its delivery counts by status (see `Db::wave_rows`).
pub(super) const WAVE_ROWS: &str =
    "SELECT w.campaign_id, w.wave, w.due_at, w.state, w.paused, w.forgotten, w.last_outcome_at,
            COUNT(d.id) FILTER (WHERE d.status IN ('pending', 'inflight')) AS pending,
            COUNT(d.id) FILTER (WHERE d.status = 'sent') AS sent,
            COUNT(d.id) FILTER (WHERE d.status = 'failed') AS failed,
            COUNT(d.id) FILTER (WHERE d.status = 'skipped') AS skipped
     FROM waves w LEFT JOIN deliveries d ON d.campaign_id = w.campaign_id AND d.wave = w.wave
     GROUP BY w.campaign_id, w.wave ORDER BY w.campaign_id, w.due_at";

impl Db {
    /// The later of the last outcome recorded and the lease: now while an instance holds
    /// it, else when it ran out or was given up.
    pub async fn sender_seen_ms(&self) -> Result<Option<i64>> {
        Ok(sqlx::query_scalar(
            "SELECT GREATEST(
                 (SELECT MAX(last_outcome_at) FROM waves),
                 (SELECT (EXTRACT(EPOCH FROM LEAST(expires_at, clock_timestamp())) * 1000)::BIGINT
                  FROM leases WHERE name = 'broadcaster'))",
        )
        .fetch_one(&self.pool)
        .await?)
    }
}
