//! Recording the outcomes of reminders: each only under the claim that took its row, with
//! the brake that pauses a wave instead of forgetting too many chats.

use std::collections::BTreeMap;

use sqlx::{Row, Sqlite, Transaction};

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
            let status = match outcome {
                Outcome::Sent => "sent",
                Outcome::Skipped => "skipped",
                Outcome::Failed => "failed",
                _ => continue,
            };
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
        let paused = count_and_brake(&mut tx, outcomes, rule).await?;
        for (d, outcome) in outcomes {
            match outcome {
                Outcome::Retry { not_before, count_attempt } => {
                    retry(&mut tx, d, *not_before, i64::from(*count_attempt)).await?;
                }
                Outcome::Gone | Outcome::NotFound => {
                    let wave_paused = sqlx::query_scalar::<_, i64>(
                        "SELECT COUNT(*) FROM waves WHERE campaign_id = ? AND wave = ? AND paused IS NOT NULL",
                    )
                    .bind(&d.campaign_id)
                    .bind(&d.wave)
                    .fetch_one(&mut *tx)
                    .await?
                        > 0;
                    if wave_paused {
                        // Kept for when the wave is resumed: nothing is deleted while paused.
                        retry(&mut tx, d, 0, 0).await?;
                    } else {
                        forget_unreachable(&mut tx, d, outcome).await?;
                    }
                }
                Outcome::Sent | Outcome::Skipped | Outcome::Failed => {}
            }
        }
        tx.commit().await?;
        Ok(paused)
    }
}

/// Puts a delivery back to pending (if it is still ours) for another try at `not_before`.
async fn retry(tx: &mut Transaction<'_, Sqlite>, d: &Delivery, not_before: i64, attempt: i64) -> Result<()> {
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

/// Adds the outcomes to each wave's counts and pauses the waves where too many came back
/// unreachable. Returns the waves paused now.
async fn count_and_brake(
    tx: &mut Transaction<'_, Sqlite>,
    outcomes: &[(Delivery, Outcome)],
    rule: PauseRule,
) -> Result<Vec<PausedWave>> {
    let per_wave = crate::store::types::tries_per_wave(outcomes);
    let mut paused = Vec::new();
    for ((campaign_id, wave), (tried, unreachable)) in per_wave {
        let row = sqlx::query(
            "UPDATE waves SET tried = tried + ?, unreachable = unreachable + ?, last_outcome_at = ?
             WHERE campaign_id = ? AND wave = ?
             RETURNING tried, unreachable, paused IS NOT NULL AS paused, pause_share",
        )
        .bind(tried)
        .bind(unreachable)
        .bind(chrono::Utc::now().timestamp_millis())
        .bind(campaign_id)
        .bind(wave)
        .fetch_optional(&mut **tx)
        .await?;
        let Some(row) = row else { continue };
        let (tried, unreachable, already): (i64, i64, bool) = (row.get(0), row.get(1), row.get(2));
        let rule = rule.for_wave(row.get(3));
        if already || !rule.trips(tried, unreachable) {
            continue;
        }
        let why = crate::store::types::pause_reason(tried, unreachable, rule);
        sqlx::query("UPDATE waves SET paused = ? WHERE campaign_id = ? AND wave = ?")
            .bind(&why)
            .bind(campaign_id)
            .bind(wave)
            .execute(&mut **tx)
            .await?;
        paused.push(PausedWave { campaign_id: campaign_id.to_owned(), wave: wave.to_owned(), why });
    }
    Ok(paused)
}

/// Forgets a chat a reminder found gone; "chat not found" only for a chat reached before,
/// else the delivery is recorded as failed and the chat kept.
async fn forget_unreachable(tx: &mut Transaction<'_, Sqlite>, d: &Delivery, outcome: &Outcome) -> Result<()> {
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
