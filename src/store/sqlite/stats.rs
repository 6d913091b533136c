//! Counts for operators (`objection-bot stats`, `/stats`): totals only, never a chat id.

use std::str::FromStr;

use sqlx::sqlite::SqliteConnectOptions;

use super::Db;
use crate::store::Result;

/// Every wave with its delivery counts by status (see `Db::wave_rows`).
pub(super) const WAVE_ROWS: &str =
    "SELECT w.campaign_id, w.wave, w.due_at, w.state, w.paused, w.forgotten, w.last_outcome_at,
            COALESCE(SUM(d.status IN ('pending', 'inflight')), 0) AS pending,
            COALESCE(SUM(d.status = 'sent'), 0) AS sent,
            COALESCE(SUM(d.status = 'failed'), 0) AS failed,
            COALESCE(SUM(d.status = 'skipped'), 0) AS skipped
     FROM waves w LEFT JOIN deliveries d ON d.campaign_id = w.campaign_id AND d.wave = w.wave
     GROUP BY w.campaign_id, w.wave ORDER BY w.campaign_id, w.due_at";

impl Db {
    /// Whether the database at `url` is a file that exists (an in-memory one never does).
    pub fn file_exists(url: &str) -> bool {
        if url.contains(":memory:") || url.contains("mode=memory") {
            return false;
        }
        SqliteConnectOptions::from_str(url).is_ok_and(|o| o.get_filename().is_file())
    }

    /// When an outcome was last recorded (unix ms): one process sends, and records outcomes
    /// every 200 ms while it does.
    pub async fn sender_seen_ms(&self) -> Result<Option<i64>> {
        Ok(sqlx::query_scalar("SELECT MAX(last_outcome_at) FROM waves").fetch_one(&self.pool).await?)
    }
}

#[cfg(test)]
mod tests {
    use crate::{
        lang::Lang,
        store::{Claim, Outcome, PauseRule, WaveCounts},
    };

    #[tokio::test]
    async fn counts_subscribers_checklist_and_waves() {
        let store = crate::store::Store::in_memory().await.unwrap();
        let all: &[&str] = &["fb", "ig", "wa"];
        store
            .add_subscribers(
                "c",
                &[
                    (1, Some(Lang::De), &["fb"]),
                    (2, Some(Lang::De), &[]),
                    (3, None, &["fb", "ig"]),
                    (4, Some(Lang::Fr), all),
                ],
                0,
            )
            .await
            .unwrap();
        store.set_done(5, "wa", true).await.unwrap();
        assert_eq!(
            store.subscribers_by_lang().await.unwrap(),
            vec![(None, 1), (Some(Lang::De), 2), (Some(Lang::Fr), 1)]
        );
        assert_eq!(
            store.checklist_totals(all).await.unwrap(),
            vec![("fb".to_string(), 3), ("ig".to_string(), 2), ("wa".to_string(), 2)]
        );
        assert_eq!(store.enqueue_wave("c", "3d", 100).await.unwrap(), 4, "every subscribed chat");
        store.skip_wave("c", "7d", 50).await.unwrap();
        let ids = ["c".to_string()];
        let claim = Claim { fence: 1, campaign_ids: &ids, now_ms: 0, limit: 2, token: "t", lease_until_ms: 60_000 };
        let taken = store.claim(&claim).await.unwrap();
        let outcomes = vec![(taken[0].clone(), Outcome::Sent), (taken[1].clone(), Outcome::Failed)];
        store.record(&outcomes, PauseRule::default()).await.unwrap();
        let rows = store.wave_rows().await.unwrap();
        assert_eq!(rows.iter().map(|r| r.wave.as_str()).collect::<Vec<_>>(), ["7d", "3d"]);
        assert_eq!(rows[0].state, "skipped");
        assert_eq!(rows[0].counts, WaveCounts::default());
        assert_eq!(rows[1].counts, WaveCounts { pending: 2, sent: 1, failed: 1, skipped: 0, forgotten: 0 });
        assert_eq!(rows[1].counts, store.wave_counts("c", "3d").await.unwrap());
    }
}
