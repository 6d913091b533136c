//! What the two backends share beyond their dialects: the queries both run alike and the Rust
//! around them (row mapping, counting, the wave brake), written once and expanded into each
//! backend by [`shared_queries!`]. Their SQL uses `$n` parameters, which SQLite reads too.

/// Expands, inside a backend module, a `mod shared` with the methods of `Db` that are the same
/// on both backends, and the steps of recording outcomes that are. `$database` is the sqlx
/// database. The backend module provides what differs: `Db { pool }`, `CHAT_COLUMNS` and
/// `chat_from_row` (how a chat's sets are read), `CLAIMABLE` with `ids_arg` (how a list of
/// campaign ids is bound), `WAVE_ROWS` (counting by status), `delete_chat`, and the
/// outcome steps `retry` and `forget_unreachable`.
macro_rules! shared_queries {
    ($database:ty) => {
        mod shared {
            use std::borrow::Borrow;

            use sqlx::{Row, Transaction};

            use super::{
                chat_from_row, delete_chat,
                outcomes::{forget_unreachable, retry},
                queue::{ids_arg, CLAIMABLE},
                stats::WAVE_ROWS,
                Db, CHAT_COLUMNS,
            };
            use crate::{
                lang::Lang,
                store::{
                    types::{counts_by_lang, pause_reason, tries_per_wave},
                    ChatState, Delivery, LinkRow, Outcome, PauseRule, PausedWave, Result, WaveCounts, WaveRow,
                },
            };

            impl Db {
                pub async fn set_lang(&self, chat_id: i64, lang: Lang) -> Result<()> {
                    sqlx::query(
                        "INSERT INTO chats (chat_id, lang) VALUES ($1, $2)
                         ON CONFLICT (chat_id) DO UPDATE SET lang = excluded.lang",
                    )
                    .bind(chat_id)
                    .bind(lang.code())
                    .execute(&self.pool)
                    .await?;
                    Ok(())
                }

                /// Ends every subscription of the chat; returns false if there was none.
                pub async fn unsubscribe(&self, chat_id: i64) -> Result<bool> {
                    let query = sqlx::query("DELETE FROM subscriptions WHERE chat_id = $1");
                    Ok(query.bind(chat_id).execute(&self.pool).await?.rows_affected() > 0)
                }

                /// Ticks a platform off (or back on) and returns the chat's new state.
                pub async fn set_done(&self, chat_id: i64, platform: &str, done: bool) -> Result<ChatState> {
                    let mut tx = self.pool.begin().await?;
                    let chat = "INSERT INTO chats (chat_id) VALUES ($1) ON CONFLICT DO NOTHING";
                    sqlx::query(chat).bind(chat_id).execute(&mut *tx).await?;
                    let change = if done {
                        "INSERT INTO ticks (chat_id, platform) VALUES ($1, $2) ON CONFLICT DO NOTHING"
                    } else {
                        "DELETE FROM ticks WHERE chat_id = $1 AND platform = $2"
                    };
                    sqlx::query(change).bind(chat_id).bind(platform).execute(&mut *tx).await?;
                    let state = format!("SELECT {CHAT_COLUMNS} FROM chats c WHERE c.chat_id = $1");
                    let row = sqlx::query(&state).bind(chat_id).fetch_one(&mut *tx).await?;
                    tx.commit().await?;
                    Ok(chat_from_row(&row))
                }

                /// Records that the chat was thanked for finishing a campaign; true the first time only.
                pub async fn mark_thanked(&self, chat_id: i64, campaign_id: &str) -> Result<bool> {
                    let query = "INSERT INTO thanks (chat_id, campaign_id) VALUES ($1, $2) ON CONFLICT DO NOTHING";
                    let done = sqlx::query(query).bind(chat_id).bind(campaign_id).execute(&self.pool).await?;
                    Ok(done.rows_affected() > 0)
                }

                /// Deletes everything stored for the chat.
                pub async fn forget(&self, chat_id: i64) -> Result<()> {
                    let mut tx = self.pool.begin().await?;
                    delete_chat(&mut tx, chat_id).await?;
                    tx.commit().await?;
                    Ok(())
                }

                pub async fn ping(&self) -> Result<()> {
                    sqlx::query("SELECT 1").execute(&self.pool).await?;
                    Ok(())
                }

                pub async fn close(&self) {
                    self.pool.close().await;
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

                /// The waves of a campaign already handled (enqueued or skipped).
                pub async fn handled_waves(&self, campaign_id: &str) -> Result<Vec<String>> {
                    let query = sqlx::query_scalar("SELECT wave FROM waves WHERE campaign_id = $1");
                    Ok(query.bind(campaign_id).fetch_all(&self.pool).await?)
                }

                /// The due times (unix seconds) of every wave handled, under any campaign id: a
                /// wave of a renamed campaign that falls at the same moment was already sent.
                pub async fn handled_due_times(&self) -> Result<Vec<i64>> {
                    Ok(sqlx::query_scalar("SELECT DISTINCT due_at FROM waves").fetch_all(&self.pool).await?)
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

                /// Subscribed chats, per stored language (`None`: no language or one the bot does
                /// not know), in language order.
                pub async fn subscribers_by_lang(&self) -> Result<Vec<(Option<Lang>, i64)>> {
                    let query = "SELECT c.lang, COUNT(*) AS n FROM chats c
                                 WHERE EXISTS (SELECT 1 FROM subscriptions s WHERE s.chat_id = c.chat_id)
                                 GROUP BY c.lang";
                    let rows = sqlx::query(query).fetch_all(&self.pool).await?;
                    Ok(counts_by_lang(rows.iter().map(|r| (r.get("lang"), r.get("n")))))
                }

                /// How many chats ticked each of these platforms off, in the order given.
                pub async fn checklist_totals(&self, keys: &[&str]) -> Result<Vec<(String, i64)>> {
                    let mut totals = Vec::new();
                    for key in keys {
                        let query = sqlx::query_scalar("SELECT COUNT(*) FROM ticks WHERE platform = $1");
                        totals.push((key.to_string(), query.bind(key).fetch_one(&self.pool).await?));
                    }
                    Ok(totals)
                }

                /// Every wave of every campaign, by campaign then due time, with its delivery counts.
                pub async fn wave_rows(&self) -> Result<Vec<WaveRow>> {
                    let rows = sqlx::query(WAVE_ROWS).fetch_all(&self.pool).await?;
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

                /// Reminders still to send, per wave that has any (read through the index on
                /// status, so it costs nothing between waves).
                pub async fn pending_by_wave(&self) -> Result<Vec<(String, String, i64)>> {
                    let query = "SELECT campaign_id, wave, COUNT(*) AS n FROM deliveries
                                 WHERE status IN ('pending', 'inflight')
                                 GROUP BY campaign_id, wave ORDER BY campaign_id, wave";
                    let rows = sqlx::query(query).fetch_all(&self.pool).await?;
                    Ok(rows.iter().map(|r| (r.get("campaign_id"), r.get("wave"), r.get("n"))).collect())
                }

                /// The id of the bot whose subscribers this database holds, if one was recorded.
                pub async fn bot_id(&self) -> Result<Option<i64>> {
                    let query = "SELECT value FROM meta WHERE key = 'bot_id'";
                    let value: Option<String> = sqlx::query_scalar(query).fetch_optional(&self.pool).await?;
                    Ok(value.and_then(|v| v.parse().ok()))
                }

                /// Records the bot this database belongs to.
                pub async fn set_bot_id(&self, id: i64) -> Result<()> {
                    let query = "INSERT INTO meta (key, value) VALUES ('bot_id', $1)
                                 ON CONFLICT (key) DO UPDATE SET value = excluded.value";
                    sqlx::query(query).bind(id.to_string()).execute(&self.pool).await?;
                    Ok(())
                }

                /// Every link result stored, by campaign, platform and link.
                pub async fn links(&self) -> Result<Vec<LinkRow>> {
                    let query = "SELECT * FROM links ORDER BY campaign_id, platform, which";
                    let rows = sqlx::query(query).fetch_all(&self.pool).await?;
                    Ok(rows
                        .iter()
                        .map(|r| LinkRow {
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
                        })
                        .collect())
                }

                /// Stores a link's result, replacing the one before it.
                pub async fn put_link(&self, l: &LinkRow) -> Result<()> {
                    sqlx::query(
                        "INSERT INTO links (campaign_id, platform, which, url, checked_ms, status, final_url, verdict,
                                            detail, baseline_status, baseline_url, baseline_ms)
                         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12)
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
                            } else {
                                forget_unreachable(tx, d, outcome).await?;
                            }
                        }
                        Outcome::Sent | Outcome::Skipped | Outcome::Failed => {}
                    }
                }
                Ok(())
            }
        }
    };
}

pub(super) use shared_queries;
