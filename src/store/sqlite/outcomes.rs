//! Recording the outcomes of reminders: each only under the claim that took its row (the
//! brake that pauses a wave instead of forgetting too many chats is in `store::common`).

use std::collections::BTreeMap;

use sqlx::{Sqlite, Transaction};

use crate::store::{Delivery, Outcome, PauseRule, PausedWave, Result};

/// Records outcomes within `tx`, each only on a row still in flight under the claim that
/// took it (see `Db::record`).
pub(super) async fn record_in(
    tx: &mut Transaction<'_, Sqlite>,
    outcomes: &[(Delivery, Outcome)],
    rule: PauseRule,
) -> Result<Vec<PausedWave>> {
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
        .execute(&mut **tx)
        .await?;
    }
    let paused = super::shared_queue::count_and_brake(tx, outcomes, rule).await?;
    super::shared_queue::put_back_or_forget(tx, outcomes).await?;
    Ok(paused)
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

/// Whether the delivery is still in flight under the claim that took it (only then is its
/// chat forgotten).
pub(super) async fn claim_holds(tx: &mut Transaction<'_, Sqlite>, d: &Delivery) -> Result<bool> {
    let query = "SELECT EXISTS (SELECT 1 FROM deliveries WHERE id = $1 AND claim = $2 AND status = 'inflight')";
    Ok(sqlx::query_scalar(query).bind(d.id).bind(&*d.claim).fetch_one(&mut **tx).await?)
}
