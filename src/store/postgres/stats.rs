//! Counts for operators on PostgreSQL (totals only, never a chat id), and the bot the
//! database belongs to.

use sqlx::Row;

use super::Db;
use crate::{
    lang::Lang,
    store::{Result, WaveCounts, WaveRow},
};

impl Db {
    pub async fn subscribers_by_lang(&self) -> Result<Vec<(Option<Lang>, i64)>> {
        let rows = sqlx::query(
            "SELECT c.lang, COUNT(*) AS n FROM chats c
             WHERE EXISTS (SELECT 1 FROM subscriptions s WHERE s.chat_id = c.chat_id) GROUP BY c.lang",
        )
        .fetch_all(&self.pool)
        .await?;
        Ok(crate::store::types::counts_by_lang(rows.iter().map(|r| (r.get("lang"), r.get("n")))))
    }

    pub async fn checklist_totals(&self, keys: &[&str]) -> Result<Vec<(String, i64)>> {
        let mut totals = Vec::new();
        for key in keys {
            let n: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM ticks WHERE platform = $1")
                .bind(key)
                .fetch_one(&self.pool)
                .await?;
            totals.push((key.to_string(), n));
        }
        Ok(totals)
    }

    pub async fn wave_rows(&self) -> Result<Vec<WaveRow>> {
        let rows = sqlx::query(
            "SELECT w.campaign_id, w.wave, w.due_at, w.state, w.paused, w.forgotten, w.last_outcome_at,
                    COUNT(d.id) FILTER (WHERE d.status IN ('pending', 'inflight')) AS pending,
                    COUNT(d.id) FILTER (WHERE d.status = 'sent') AS sent,
                    COUNT(d.id) FILTER (WHERE d.status = 'failed') AS failed,
                    COUNT(d.id) FILTER (WHERE d.status = 'skipped') AS skipped
             FROM waves w LEFT JOIN deliveries d ON d.campaign_id = w.campaign_id AND d.wave = w.wave
             GROUP BY w.campaign_id, w.wave ORDER BY w.campaign_id, w.due_at",
        )
        .fetch_all(&self.pool)
        .await?;
        Ok(rows
            .iter()
            .map(|r| WaveRow {
                campaign_id: r.get("campaign_id"),
                wave: r.get("wave"),
                due_at: r.get("due_at"),
                state: r.get("state"),
                paused: r.get("paused"),
                counts: WaveCounts {
                    pending: r.get("pending"),
                    sent: r.get("sent"),
                    failed: r.get("failed"),
                    skipped: r.get("skipped"),
                    forgotten: r.get("forgotten"),
                },
                last_outcome_ms: r.get("last_outcome_at"),
            })
            .collect())
    }

    pub async fn pending_by_wave(&self) -> Result<Vec<(String, String, i64)>> {
        let rows = sqlx::query(
            "SELECT campaign_id, wave, COUNT(*) AS n FROM deliveries WHERE status IN ('pending', 'inflight')
             GROUP BY campaign_id, wave ORDER BY campaign_id, wave",
        )
        .fetch_all(&self.pool)
        .await?;
        Ok(rows.iter().map(|r| (r.get("campaign_id"), r.get("wave"), r.get("n"))).collect())
    }

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

    /// The id of the bot whose subscribers this database holds, if one was recorded.
    pub async fn bot_id(&self) -> Result<Option<i64>> {
        let value: Option<String> =
            sqlx::query_scalar("SELECT value FROM meta WHERE key = 'bot_id'").fetch_optional(&self.pool).await?;
        Ok(value.and_then(|v| v.parse().ok()))
    }

    pub async fn set_bot_id(&self, id: i64) -> Result<()> {
        sqlx::query(
            "INSERT INTO meta (key, value) VALUES ('bot_id', $1) ON CONFLICT (key) DO UPDATE SET value = excluded.value",
        )
        .bind(id.to_string())
        .execute(&self.pool)
        .await?;
        Ok(())
    }
}
