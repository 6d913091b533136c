//! The link checker's results, one row per campaign link.

use sqlx::Row;

use super::Db;
use crate::store::{LinkRow, Result};

impl Db {
    /// Every link result stored, by campaign, platform and link.
    pub async fn links(&self) -> Result<Vec<LinkRow>> {
        let rows =
            sqlx::query("SELECT * FROM links ORDER BY campaign_id, platform, which").fetch_all(&self.pool).await?;
        Ok(rows.iter().map(link_from_row).collect())
    }

    /// Stores a link's result, replacing the one before it.
    pub async fn put_link(&self, l: &LinkRow) -> Result<()> {
        sqlx::query(
            "INSERT INTO links (campaign_id, platform, which, url, checked_ms, status, final_url, verdict, detail,
                                baseline_status, baseline_url, baseline_ms)
             VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
             ON CONFLICT (campaign_id, platform, which) DO UPDATE SET
                url = excluded.url, checked_ms = excluded.checked_ms, status = excluded.status,
                final_url = excluded.final_url, verdict = excluded.verdict, detail = excluded.detail,
                baseline_status = excluded.baseline_status, baseline_url = excluded.baseline_url,
                baseline_ms = excluded.baseline_ms",
        )
        .bind(&l.campaign_id)
        .bind(&l.platform)
        .bind(&l.which)
        .bind(&l.url)
        .bind(l.checked_ms)
        .bind(l.status)
        .bind(&l.final_url)
        .bind(&l.verdict)
        .bind(&l.detail)
        .bind(l.baseline_status)
        .bind(&l.baseline_url)
        .bind(l.baseline_ms)
        .execute(&self.pool)
        .await?;
        Ok(())
    }
}

fn link_from_row(r: &sqlx::sqlite::SqliteRow) -> LinkRow {
    LinkRow {
        campaign_id: r.get("campaign_id"),
        platform: r.get("platform"),
        which: r.get("which"),
        url: r.get("url"),
        checked_ms: r.get("checked_ms"),
        status: r.get("status"),
        final_url: r.get("final_url"),
        verdict: r.get("verdict"),
        detail: r.get("detail"),
        baseline_status: r.get("baseline_status"),
        baseline_url: r.get("baseline_url"),
        baseline_ms: r.get("baseline_ms"),
    }
}
