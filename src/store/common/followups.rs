//! The follow-ups' share of `store::common`: the day of a tick, follow-ups and re-checks put
//! in the queue or taken out, the news opt-in, announcements, and counts by kind.

/// Expands a `mod shared_followups` with the methods of `Db` behind follow-ups, re-checks and
/// news, the same on both backends (see [`super::shared_queries`], which expands this too).
macro_rules! shared_followups {
    ($database:ty) => {
        mod shared_followups {
            use super::{
                chat_from_row,
                queue::{unbounded, UNCLAIMED},
                Db, CHAT_COLUMNS,
            };
            use crate::store::{kind::NEWS_WAVE, ChatState, DeliveryKind, Result};

            impl Db {
                /// Ticks a platform off on the day of `now_secs` (kept) or back on (the day goes
                /// with it), and returns the chat's new state.
                pub async fn set_done(&self, chat_id: i64, platform: &str, done: bool, now_secs: i64) -> Result<ChatState> {
                    let mut tx = self.pool.begin().await?;
                    let chat = "INSERT INTO chats (chat_id) VALUES ($1) ON CONFLICT DO NOTHING";
                    sqlx::query(chat).bind(chat_id).execute(&mut *tx).await?;
                    if done {
                        let day = now_secs - now_secs.rem_euclid(86_400);
                        let query = "INSERT INTO ticks (chat_id, platform, since) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING";
                        sqlx::query(query).bind(chat_id).bind(platform).bind(day).execute(&mut *tx).await?;
                    } else {
                        let query = "DELETE FROM ticks WHERE chat_id = $1 AND platform = $2";
                        sqlx::query(query).bind(chat_id).bind(platform).execute(&mut *tx).await?;
                    }
                    let state = format!("SELECT {CHAT_COLUMNS} FROM chats c WHERE c.chat_id = $1");
                    let row = sqlx::query(&state).bind(chat_id).fetch_one(&mut *tx).await?;
                    tx.commit().await?;
                    Ok(chat_from_row(&row))
                }

                /// Puts a follow-up or re-check for the chat in the queue, due at `due_ms`: a new
                /// one, or the one it had, made pending again unless it is being sent now.
                pub async fn schedule(&self, chat_id: i64, campaign_id: &str, kind: &DeliveryKind, due_ms: i64) -> Result<()> {
                    let query = format!(
                        "INSERT INTO deliveries (campaign_id, wave, chat_id, not_before) VALUES ($1, $2, $3, $4)
                         ON CONFLICT (campaign_id, wave, chat_id) DO UPDATE SET
                             status = 'pending', attempts = 0, not_before = excluded.not_before, {UNCLAIMED}
                         WHERE deliveries.status <> 'inflight'"
                    );
                    sqlx::query(&query).bind(campaign_id).bind(kind.wave()).bind(chat_id).bind(due_ms).execute(&self.pool).await?;
                    Ok(())
                }

                /// Takes the chat's follow-up or re-check of this kind out of the queue, if it is
                /// still waiting. Returns how many were.
                pub async fn cancel(&self, chat_id: i64, kind: &DeliveryKind) -> Result<u64> {
                    let query = format!(
                        "UPDATE deliveries SET status = 'skipped', {UNCLAIMED}
                         WHERE chat_id = $1 AND wave = $2 AND status = 'pending'"
                    );
                    Ok(sqlx::query(&query).bind(chat_id).bind(kind.wave()).execute(&self.pool).await?.rows_affected())
                }

                /// Ends what the chat has waiting besides reminders (follow-ups, re-checks, news)
                /// and its news opt-in; true if there was any.
                pub async fn stop_others(&self, chat_id: i64) -> Result<bool> {
                    let mut tx = self.pool.begin().await?;
                    let query = format!(
                        "UPDATE deliveries SET status = 'skipped', {UNCLAIMED}
                         WHERE chat_id = $1 AND status = 'pending' AND wave LIKE '@%'"
                    );
                    let waiting = sqlx::query(&query).bind(chat_id).execute(&mut *tx).await?.rows_affected();
                    let news = sqlx::query("DELETE FROM news WHERE chat_id = $1").bind(chat_id).execute(&mut *tx).await?;
                    tx.commit().await?;
                    Ok(waiting + news.rows_affected() > 0)
                }

                /// Turns news of new opt-outs on or off for the chat (off also takes back an
                /// announcement still waiting). Returns false if it already was so.
                pub async fn set_news(&self, chat_id: i64, on: bool, now_secs: i64) -> Result<bool> {
                    let mut tx = self.pool.begin().await?;
                    let changed = if on {
                        let chat = "INSERT INTO chats (chat_id) VALUES ($1) ON CONFLICT DO NOTHING";
                        sqlx::query(chat).bind(chat_id).execute(&mut *tx).await?;
                        let query = "INSERT INTO news (chat_id, since) VALUES ($1, $2) ON CONFLICT DO NOTHING";
                        sqlx::query(query).bind(chat_id).bind(now_secs).execute(&mut *tx).await?.rows_affected()
                    } else {
                        let query = format!(
                            "UPDATE deliveries SET status = 'skipped', {UNCLAIMED}
                             WHERE chat_id = $1 AND status = 'pending' AND wave = $2"
                        );
                        sqlx::query(&query).bind(chat_id).bind(NEWS_WAVE).execute(&mut *tx).await?;
                        let query = "DELETE FROM news WHERE chat_id = $1";
                        sqlx::query(query).bind(chat_id).execute(&mut *tx).await?.rows_affected()
                    };
                    tx.commit().await?;
                    Ok(changed > 0)
                }

                /// Handles a campaign's announcement, once per campaign across restarts and
                /// instances: with `send`, one pending delivery for every chat that wants news;
                /// without, it is only marked as handled (a campaign loaded without `announce`
                /// is never announced later). `None` if it was handled before, else how many.
                pub async fn announce(&self, campaign_id: &str, due_secs: i64, send: bool) -> Result<Option<u64>> {
                    let mut tx = self.pool.begin().await?;
                    unbounded(&mut tx).await?;
                    let state = if send { "enqueued" } else { "skipped" };
                    let query = "INSERT INTO waves (campaign_id, wave, due_at, state) VALUES ($1, $2, $3, $4)
                                 ON CONFLICT DO NOTHING";
                    let fresh = sqlx::query(query).bind(campaign_id).bind(NEWS_WAVE).bind(due_secs).bind(state);
                    if fresh.execute(&mut *tx).await?.rows_affected() == 0 {
                        return Ok(None);
                    }
                    let mut added = 0;
                    if send {
                        let query = "INSERT INTO deliveries (campaign_id, wave, chat_id)
                                     SELECT $1, $2, chat_id FROM news ORDER BY chat_id ON CONFLICT DO NOTHING";
                        let done = sqlx::query(query).bind(campaign_id).bind(NEWS_WAVE).execute(&mut *tx).await?;
                        added = done.rows_affected();
                    }
                    tx.commit().await?;
                    Ok(Some(added))
                }

                /// Keeps `lang` as the chat's language unless it chose one: what the queue sends
                /// it later (a follow-up, a re-check, news) is in the language it used.
                pub async fn keep_lang(&self, chat_id: i64, lang: crate::lang::Lang) -> Result<()> {
                    let query = "INSERT INTO chats (chat_id, lang) VALUES ($1, $2)
                                 ON CONFLICT (chat_id) DO UPDATE SET lang = COALESCE(chats.lang, excluded.lang)";
                    sqlx::query(query).bind(chat_id).bind(lang.code()).execute(&self.pool).await?;
                    Ok(())
                }

                /// How many chats want news.
                pub async fn news_count(&self) -> Result<i64> {
                    Ok(sqlx::query_scalar("SELECT COUNT(*) FROM news").fetch_one(&self.pool).await?)
                }

                /// Deliveries by kind and status: `(kind label, status, count)`, by kind in the
                /// order of [`DeliveryKind::LABELS`], then status.
                pub async fn deliveries_by_kind(&self) -> Result<Vec<(&'static str, String, i64)>> {
                    let query = "SELECT wave, status, COUNT(*) FROM deliveries GROUP BY wave, status";
                    let rows: Vec<(String, String, i64)> = sqlx::query_as(query).fetch_all(&self.pool).await?;
                    let mut counts = std::collections::BTreeMap::<(usize, String), i64>::new();
                    for (wave, status, n) in rows {
                        let label = DeliveryKind::of(&wave).label();
                        let order = DeliveryKind::LABELS.iter().position(|l| *l == label).unwrap_or(0);
                        *counts.entry((order, status)).or_default() += n;
                    }
                    Ok(counts.into_iter().map(|((order, status), n)| (DeliveryKind::LABELS[order], status, n)).collect())
                }
            }
        }
    };
}

pub(crate) use shared_followups;
