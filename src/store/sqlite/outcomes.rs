//! Recording the outcomes of reminders: each only under the claim that took its row, with
//! the brake that pauses a wave instead of forgetting too many chats.

use std::collections::BTreeMap;

use sqlx::{Sqlite, Transaction};

use super::Db;
use crate::store::{Delivery, Outcome, PauseRule, PausedWave, Result};

impl Db {
    /// Records outcomes in one transaction, each only on a row still in flight under the
    /// claim that took it. Counts each wave's tried and unreachable reminders; a wave where
    /// too many come back unreachable is paused (returned), and then no chat is forgotten
    /// because of it: those deliveries wait, pending, until an operator resumes the wave.
    pub async fn record(&self, outcomes: &[(Delivery, Outcome)], rule: PauseRule) -> Result<Vec<PausedWave>> {
        if outcomes.is_empty() {
            return Ok(Vec::new());
        }
        let mut tx = self.pool.begin().await?;
        let mut bulk: BTreeMap<(&str, &str), Vec<i64>> = BTreeMap::new();
        for (d, outcome) in outcomes {
            let Some(status) = outcome.final_status() else { continue };
            bulk.entry((status, &d.claim)).or_default().push(d.id);
        }
        for ((status, claim), ids) in bulk {
            sqlx::query(
                "UPDATE deliveries SET status = ?1, claim = NULL, lease_until = NULL
                 WHERE claim = ?2 AND status = 'inflight' AND id IN (SELECT value FROM json_each(?3))",
            )
            .bind(status)
            .bind(claim)
            .bind(serde_json::to_string(&ids).unwrap_or_default())
            .execute(&mut *tx)
            .await?;
        }
        let paused = super::shared::count_and_brake(&mut tx, outcomes, rule).await?;
        super::shared::put_back_or_forget(&mut tx, outcomes).await?;
        tx.commit().await?;
        Ok(paused)
    }
}

/// Puts a delivery back to pending (if it is still ours) for another try at `not_before`.
pub(super) async fn retry(tx: &mut Transaction<'_, Sqlite>, d: &Delivery, not_before: i64, attempt: i64) -> Result<()> {
    sqlx::query(
        "UPDATE deliveries SET status = 'pending', claim = NULL, lease_until = NULL, not_before = ?,
                               attempts = attempts + ?
         WHERE id = ? AND claim = ? AND status = 'inflight'",
    )
    .bind(not_before)
    .bind(attempt)
    .bind(d.id)
    .bind(&*d.claim)
    .execute(&mut **tx)
    .await?;
    Ok(())
}

/// Forgets a chat a reminder found gone; "chat not found" only for a chat reached before,
/// else the delivery is recorded as failed and the chat kept.
pub(super) async fn forget_unreachable(
    tx: &mut Transaction<'_, Sqlite>,
    d: &Delivery,
    outcome: &Outcome,
) -> Result<()> {
    let ours: i64 =
        sqlx::query_scalar("SELECT COUNT(*) FROM deliveries WHERE id = ? AND claim = ? AND status = 'inflight'")
            .bind(d.id)
            .bind(&*d.claim)
            .fetch_one(&mut **tx)
            .await?;
    if ours == 0 {
        return Ok(());
    }
    let reached_before = *outcome == Outcome::Gone
        || sqlx::query_scalar::<_, i64>("SELECT COUNT(*) FROM deliveries WHERE chat_id = ? AND status = 'sent'")
            .bind(d.chat_id)
            .fetch_one(&mut **tx)
            .await?
            > 0;
    if !reached_before {
        sqlx::query("UPDATE deliveries SET status = 'failed', claim = NULL, lease_until = NULL WHERE id = ?")
            .bind(d.id)
            .execute(&mut **tx)
            .await?;
        return Ok(());
    }
    super::delete_chat(tx, d.chat_id).await?;
    sqlx::query("UPDATE waves SET forgotten = forgotten + 1 WHERE campaign_id = ? AND wave = ?")
        .bind(&d.campaign_id)
        .bind(&d.wave)
        .execute(&mut **tx)
        .await?;
    Ok(())
}
