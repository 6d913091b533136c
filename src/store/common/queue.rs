//! The queue's share of `store::common`: counting, claiming no further than the backend's
//! `CLAIMABLE`, handing claims back and expiring, and the steps of recording outcomes.

/// Expands a `mod shared_queue` with the queue's methods of `Db` that are the same on both
/// backends, and the outcome steps `count_and_brake` and `put_back_or_forget` (see
/// [`super::shared_queries`], which expands this too).
macro_rules! shared_queue {
    ($database:ty) => {
        mod shared_queue {
            use std::borrow::Borrow;

            use sqlx::{Row, Transaction};

            use super::{
                delete_chat,
                outcomes::{claim_holds, record_in, retry},
                queue::{claim_in, ids_arg, in_ids, refresh_statistics, unbounded, CLAIMABLE, UNCLAIMED},
                Db,
            };
            use crate::store::{
                types::{pause_reason, tries_per_wave},
                Claim, Delivery, Outcome, PauseRule, PausedWave, Result, WaveCounts,
            };

            impl Db {
                /// Takes up to `limit` deliveries of the campaigns that are due, marking them
                /// in flight under the claim's token (and fence).
                pub async fn claim(&self, c: &Claim<'_>) -> Result<Vec<Delivery>> {
                    let mut tx = self.pool.begin().await?;
                    let batch = claim_in(&mut tx, c).await?;
                    tx.commit().await?;
                    Ok(batch)
                }

                /// Records outcomes in one transaction, each only on a row still in flight
                /// under the claim (and fence) that took it. Counts each wave's tried and
                /// unreachable reminders; a wave where too many come back unreachable is
                /// paused (returned), and then no chat is forgotten because of it: those
                /// deliveries wait, pending, until an operator resumes the wave.
                pub async fn record(&self, outcomes: &[(Delivery, Outcome)], rule: PauseRule) -> Result<Vec<PausedWave>> {
                    if outcomes.is_empty() {
                        return Ok(Vec::new());
                    }
                    let mut tx = self.pool.begin().await?;
                    let paused = record_in(&mut tx, outcomes, rule).await?;
                    tx.commit().await?;
                    Ok(paused)
                }

                /// Records outcomes, then claims the next batch, in one transaction: one
                /// commit instead of two, and on SQLite no claim waiting for the write lock
                /// that the record holds (issue 20). The claim sees the waves this record
                /// paused. Either both happen or neither does.
                pub async fn record_then_claim(
                    &self,
                    outcomes: &[(Delivery, Outcome)],
                    rule: PauseRule,
                    c: &Claim<'_>,
                ) -> Result<(Vec<PausedWave>, Vec<Delivery>)> {
                    let mut tx = self.pool.begin().await?;
                    let paused = if outcomes.is_empty() { Vec::new() } else { record_in(&mut tx, outcomes, rule).await? };
                    let batch = claim_in(&mut tx, c).await?;
                    tx.commit().await?;
                    Ok((paused, batch))
                }

                /// How many chats want reminders for at least one campaign.
                pub async fn subscriber_count(&self) -> Result<i64> {
                    let query = "SELECT COUNT(DISTINCT chat_id) FROM subscriptions";
                    Ok(sqlx::query_scalar(query).fetch_one(&self.pool).await?)
                }

                /// How many chats want reminders for this campaign.
                pub async fn campaign_subscribers(&self, campaign_id: &str) -> Result<i64> {
                    let query = sqlx::query_scalar("SELECT COUNT(*) FROM subscriptions WHERE campaign_id = $1");
                    Ok(query.bind(campaign_id).fetch_one(&self.pool).await?)
                }

                /// The reminder waves of a campaign already handled (enqueued or skipped); its
                /// announcement (`@news`) is not one.
                pub async fn handled_waves(&self, campaign_id: &str) -> Result<Vec<String>> {
                    let query = sqlx::query_scalar("SELECT wave FROM waves WHERE campaign_id = $1 AND wave NOT LIKE '@%'");
                    Ok(query.bind(campaign_id).fetch_all(&self.pool).await?)
                }

                /// The due times (unix seconds) of every wave handled, under any campaign id: a
                /// wave of a renamed campaign that falls at the same moment was already sent.
                pub async fn handled_due_times(&self) -> Result<Vec<i64>> {
                    Ok(sqlx::query_scalar("SELECT DISTINCT due_at FROM waves WHERE wave NOT LIKE '@%'").fetch_all(&self.pool).await?)
                }

                /// Starts a wave: one pending delivery for every chat subscribed to the campaign now
                /// (whether a chat still needs a reminder is the brain's decision, at send time).
                /// Does nothing if the wave was already handled. Returns the number enqueued.
                pub async fn enqueue_wave(&self, campaign_id: &str, wave: &str, due_secs: i64) -> Result<u64> {
                    let mut tx = self.pool.begin().await?;
                    unbounded(&mut tx).await?;
                    let query = "INSERT INTO waves (campaign_id, wave, due_at, state) VALUES ($1, $2, $3, 'enqueued')
                                 ON CONFLICT DO NOTHING";
                    let fresh = sqlx::query(query).bind(campaign_id).bind(wave).bind(due_secs).execute(&mut *tx).await?;
                    if fresh.rows_affected() == 0 {
                        return Ok(0);
                    }
                    let query = "INSERT INTO deliveries (campaign_id, wave, chat_id)
                                 SELECT $1, $2, chat_id FROM subscriptions WHERE campaign_id = $1 ORDER BY chat_id
                                 ON CONFLICT DO NOTHING";
                    let added = sqlx::query(query).bind(campaign_id).bind(wave).execute(&mut *tx).await?;
                    tx.commit().await?;
                    refresh_statistics(self).await;
                    Ok(added.rows_affected())
                }

                /// Puts back at once what these claims hold and have not recorded (a graceful stop).
                pub async fn release_claims(&self, tokens: &[String]) -> Result<u64> {
                    let query = format!(
                        "UPDATE deliveries SET status = 'pending', {UNCLAIMED} WHERE status = 'inflight' AND {}",
                        in_ids("claim")
                    );
                    Ok(sqlx::query(&query).bind(ids_arg(tokens)).execute(&self.pool).await?.rows_affected())
                }

                /// Ends what can no longer be sent: pending deliveries of a campaign not `loaded`, and
                /// reminders of one not `live` (whose deadline has passed). Returns how many.
                pub async fn expire(&self, loaded: &[String], live: &[String]) -> Result<u64> {
                    let mut tx = self.pool.begin().await?;
                    unbounded(&mut tx).await?;
                    let query = format!(
                        "UPDATE deliveries SET status = 'skipped', {UNCLAIMED} WHERE status = 'pending'
                         AND (NOT ({}) OR (wave NOT LIKE '@%' AND NOT ({})))",
                        in_ids("campaign_id"),
                        in_ids("campaign_id").replace("$1", "$2"),
                    );
                    let done = sqlx::query(&query).bind(ids_arg(loaded)).bind(ids_arg(live)).execute(&mut *tx).await?;
                    tx.commit().await?;
                    Ok(done.rows_affected())
                }

                /// Marks a wave as skipped (it came due while the bot was down and a later one is due).
                pub async fn skip_wave(&self, campaign_id: &str, wave: &str, due_secs: i64) -> Result<()> {
                    let query = "INSERT INTO waves (campaign_id, wave, due_at, state) VALUES ($1, $2, $3, 'skipped')
                                 ON CONFLICT DO NOTHING";
                    sqlx::query(query).bind(campaign_id).bind(wave).bind(due_secs).execute(&self.pool).await?;
                    Ok(())
                }

                /// The earliest moment (unix ms) a delivery of these campaigns may be claimed, if any.
                pub async fn next_pending_ms(&self, campaign_ids: &[String]) -> Result<Option<i64>> {
                    let query = format!("SELECT MIN(d.not_before) FROM deliveries d WHERE {CLAIMABLE}");
                    Ok(sqlx::query_scalar(&query).bind(ids_arg(campaign_ids)).fetch_one(&self.pool).await?)
                }

                /// Waves that are paused, and why.
                pub async fn paused_waves(&self) -> Result<Vec<PausedWave>> {
                    let query = "SELECT campaign_id, wave, paused FROM waves WHERE paused IS NOT NULL ORDER BY due_at";
                    let rows = sqlx::query(query).fetch_all(&self.pool).await?;
                    Ok(rows
                        .iter()
                        .map(|r| PausedWave { campaign_id: r.get("campaign_id"), wave: r.get("wave"), why: r.get("paused") })
                        .collect())
                }

                /// Resumes every paused wave of the campaign, with fresh counts for the brake.
                /// Returns the waves resumed.
                pub async fn resume_waves(&self, campaign_id: &str, share: Option<f64>) -> Result<Vec<String>> {
                    let query = "UPDATE waves SET paused = NULL, tried = 0, unreachable = 0,
                                                  pause_share = COALESCE($2, pause_share)
                                 WHERE campaign_id = $1 AND paused IS NOT NULL RETURNING wave";
                    Ok(sqlx::query_scalar(query).bind(campaign_id).bind(share).fetch_all(&self.pool).await?)
                }

                /// Delivery counts for one wave.
                pub async fn wave_counts(&self, campaign_id: &str, wave: &str) -> Result<WaveCounts> {
                    let query = "SELECT status, COUNT(*) AS n FROM deliveries WHERE campaign_id = $1 AND wave = $2
                                 GROUP BY status";
                    let rows = sqlx::query(query).bind(campaign_id).bind(wave).fetch_all(&self.pool).await?;
                    let query = "SELECT forgotten FROM waves WHERE campaign_id = $1 AND wave = $2";
                    let forgotten: Option<i64> =
                        sqlx::query_scalar(query).bind(campaign_id).bind(wave).fetch_optional(&self.pool).await?;
                    let statuses = rows.iter().map(|r| (r.get("status"), r.get("n")));
                    Ok(WaveCounts::from_statuses(statuses, forgotten.unwrap_or(0)))
                }

            }

            /// Adds the outcomes to each wave's counts and pauses the waves where too many came
            /// back unreachable. Returns the waves paused now.
            pub(super) async fn count_and_brake(
                tx: &mut Transaction<'_, $database>,
                outcomes: &[impl Borrow<(Delivery, Outcome)> + Sync],
                rule: PauseRule,
            ) -> Result<Vec<PausedWave>> {
                let mut paused = Vec::new();
                for ((campaign_id, wave), (tried, unreachable)) in tries_per_wave(outcomes.iter().map(Borrow::borrow)) {
                    let row = sqlx::query(
                        "UPDATE waves SET tried = tried + $1, unreachable = unreachable + $2, last_outcome_at = $5
                         WHERE campaign_id = $3 AND wave = $4
                         RETURNING tried, unreachable, paused IS NOT NULL AS paused, pause_share",
                    )
                    .bind(tried)
                    .bind(unreachable)
                    .bind(campaign_id)
                    .bind(wave)
                    .bind(chrono::Utc::now().timestamp_millis())
                    .fetch_optional(&mut **tx)
                    .await?;
                    let Some(row) = row else { continue };
                    let (tried, unreachable, already): (i64, i64, bool) = (row.get(0), row.get(1), row.get(2));
                    let rule = rule.for_wave(row.get(3));
                    if already || !rule.trips(tried, unreachable) {
                        continue;
                    }
                    let why = pause_reason(tried, unreachable, rule);
                    let query = "UPDATE waves SET paused = $1 WHERE campaign_id = $2 AND wave = $3";
                    sqlx::query(query).bind(&why).bind(campaign_id).bind(wave).execute(&mut **tx).await?;
                    paused.push(PausedWave { campaign_id: campaign_id.to_owned(), wave: wave.to_owned(), why });
                }
                Ok(paused)
            }

            /// The outcomes that leave a delivery unsent: a retry is put back; an unreachable
            /// chat is forgotten, unless its wave is paused, when the delivery is kept for when
            /// the wave is resumed (nothing is deleted while paused).
            pub(super) async fn put_back_or_forget(
                tx: &mut Transaction<'_, $database>,
                outcomes: &[impl Borrow<(Delivery, Outcome)> + Sync],
            ) -> Result<()> {
                for (d, outcome) in outcomes.iter().map(Borrow::borrow) {
                    match outcome {
                        Outcome::Retry { not_before, count_attempt } => {
                            retry(tx, d, *not_before, i64::from(*count_attempt)).await?;
                        }
                        Outcome::Gone | Outcome::NotFound => {
                            let query = "SELECT EXISTS (SELECT 1 FROM waves
                                         WHERE campaign_id = $1 AND wave = $2 AND paused IS NOT NULL)";
                            let paused: bool =
                                sqlx::query_scalar(query).bind(&d.campaign_id).bind(&d.wave).fetch_one(&mut **tx).await?;
                            if paused {
                                retry(tx, d, 0, 0).await?;
                            } else if claim_holds(tx, d).await? {
                                forget_unreachable(tx, d, outcome).await?;
                            }
                        }
                        Outcome::Sent | Outcome::Skipped | Outcome::Failed => {}
                    }
                }
                Ok(())
            }

            /// Forgets a chat a reminder found gone; "chat not found" only for a chat reached
            /// before, else the delivery is recorded as failed and the chat kept.
            async fn forget_unreachable(
                tx: &mut Transaction<'_, $database>,
                d: &Delivery,
                outcome: &Outcome,
            ) -> Result<()> {
                let query = "SELECT EXISTS (SELECT 1 FROM deliveries WHERE chat_id = $1 AND status = 'sent')";
                let reached_before = *outcome == Outcome::Gone
                    || sqlx::query_scalar::<_, bool>(query).bind(d.chat_id).fetch_one(&mut **tx).await?;
                if !reached_before {
                    let query = format!("UPDATE deliveries SET status = 'failed', {UNCLAIMED} WHERE id = $1");
                    sqlx::query(&query).bind(d.id).execute(&mut **tx).await?;
                    return Ok(());
                }
                delete_chat(tx, d.chat_id).await?;
                let query = "UPDATE waves SET forgotten = forgotten + 1 WHERE campaign_id = $1 AND wave = $2";
                sqlx::query(query).bind(&d.campaign_id).bind(&d.wave).execute(&mut **tx).await?;
                Ok(())
            }
        }
    };
}

pub(crate) use shared_queue;
