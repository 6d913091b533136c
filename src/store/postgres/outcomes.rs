//! Recording outcomes on PostgreSQL: only for rows still in flight under the claim token and
//! the fencing counter that took them (a sender that lost its lease changes nothing, not
//! even a wave's counts), with the brake that pauses a wave instead of forgetting too many.

use std::collections::{BTreeMap, BTreeSet};

use sqlx::{Postgres, Transaction};

use super::{delete_chat, Db};
use crate::store::{Delivery, Outcome, PauseRule, PausedWave, Result};

impl Db {
    pub async fn record(&self, outcomes: &[(Delivery, Outcome)], rule: PauseRule) -> Result<Vec<PausedWave>> {
        if outcomes.is_empty() {
            return Ok(Vec::new());
        }
        let mut tx = self.pool.begin().await?;
        let ours = still_ours(&mut tx, outcomes).await?;
        let outcomes: Vec<&(Delivery, Outcome)> = outcomes.iter().filter(|(d, _)| ours.contains(&d.id)).collect();
        let mut bulk: BTreeMap<&str, Vec<i64>> = BTreeMap::new();
        for (d, outcome) in &outcomes {
            let Some(status) = outcome.final_status() else { continue };
            bulk.entry(status).or_default().push(d.id);
        }
        for (status, ids) in bulk {
            sqlx::query(
                "UPDATE deliveries SET status = $1, claim = NULL, fence = NULL, lease_until = NULL WHERE id = ANY($2)",
            )
            .bind(status)
            .bind(&ids)
            .execute(&mut *tx)
            .await?;
        }
        let paused = super::shared::count_and_brake(&mut tx, &outcomes, rule).await?;
        super::shared::put_back_or_forget(&mut tx, &outcomes).await?;
        tx.commit().await?;
        Ok(paused)
    }
}

/// The ids among `outcomes` still in flight under the claim and fence that took them, locked
/// until the transaction ends.
async fn still_ours(tx: &mut Transaction<'_, Postgres>, outcomes: &[(Delivery, Outcome)]) -> Result<BTreeSet<i64>> {
    let mut by_claim: BTreeMap<(&str, i64), Vec<i64>> = BTreeMap::new();
    for (d, _) in outcomes {
        by_claim.entry((&d.claim, d.fence)).or_default().push(d.id);
    }
    let mut ours = BTreeSet::new();
    for ((claim, fence), ids) in by_claim {
        let found: Vec<i64> = sqlx::query_scalar(
            "SELECT id FROM deliveries WHERE id = ANY($1) AND claim = $2 AND fence = $3 AND status = 'inflight'
             ORDER BY id FOR UPDATE",
        )
        .bind(&ids)
        .bind(claim)
        .bind(fence)
        .fetch_all(&mut **tx)
        .await?;
        ours.extend(found);
    }
    Ok(ours)
}

/// Puts a delivery back to pending for another try at `not_before`.
pub(super) async fn retry(
    tx: &mut Transaction<'_, Postgres>,
    d: &Delivery,
    not_before: i64,
    attempt: i64,
) -> Result<()> {
    sqlx::query(
        "UPDATE deliveries SET status = 'pending', claim = NULL, fence = NULL, lease_until = NULL, not_before = $1,
                               attempts = attempts + $2
         WHERE id = $3",
    )
    .bind(not_before)
    .bind(attempt)
    .bind(d.id)
    .execute(&mut **tx)
    .await?;
    Ok(())
}

/// Forgets a chat a reminder found gone; "chat not found" only for a chat reached before,
/// else the delivery is recorded as failed and the chat kept.
pub(super) async fn forget_unreachable(
    tx: &mut Transaction<'_, Postgres>,
    d: &Delivery,
    outcome: &Outcome,
) -> Result<()> {
    let reached_before = *outcome == Outcome::Gone
        || sqlx::query_scalar::<_, bool>(
            "SELECT EXISTS (SELECT 1 FROM deliveries WHERE chat_id = $1 AND status = 'sent')",
        )
        .bind(d.chat_id)
        .fetch_one(&mut **tx)
        .await?;
    if !reached_before {
        sqlx::query(
            "UPDATE deliveries SET status = 'failed', claim = NULL, fence = NULL, lease_until = NULL WHERE id = $1",
        )
        .bind(d.id)
        .execute(&mut **tx)
        .await?;
        return Ok(());
    }
    delete_chat(tx, d.chat_id).await?;
    sqlx::query("UPDATE waves SET forgotten = forgotten + 1 WHERE campaign_id = $1 AND wave = $2")
        .bind(&d.campaign_id)
        .bind(&d.wave)
        .execute(&mut **tx)
        .await?;
    Ok(())
}
