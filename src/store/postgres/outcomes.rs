//! Recording outcomes on PostgreSQL: only for rows still in flight under the claim token and
//! the fencing counter that took them (a sender that lost its lease changes nothing, not
//! even a wave's counts); the brake that pauses a wave is in `store::common`.

use std::collections::{BTreeMap, BTreeSet};

use sqlx::{Postgres, Transaction};

use crate::store::{Delivery, Outcome, PauseRule, PausedWave, Result};

/// Records outcomes within `tx`, only for the rows still in flight under the claim and
/// fence that took them (see `Db::record`).
pub(super) async fn record_in(
    tx: &mut Transaction<'_, Postgres>,
    outcomes: &[(Delivery, Outcome)],
    rule: PauseRule,
) -> Result<Vec<PausedWave>> {
    let ours = still_ours(tx, outcomes).await?;
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
        .execute(&mut **tx)
        .await?;
    }
    let paused = super::shared_queue::count_and_brake(tx, &outcomes, rule).await?;
    super::shared_queue::put_back_or_forget(tx, &outcomes).await?;
    Ok(paused)
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

/// Always: `record` keeps only the outcomes whose claim holds ([`still_ours`]), locked.
pub(super) async fn claim_holds(_tx: &mut Transaction<'_, Postgres>, _d: &Delivery) -> Result<bool> {
    Ok(true)
}
