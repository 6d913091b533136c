//! What the two backends share beyond their dialects: the queries both run alike and the Rust
//! around them (row mapping, counting, the wave brake), written once and expanded into each
//! backend's module by [`shared_queries!`]. Their SQL uses `$n` parameters, which SQLite reads
//! too. Chats, stats, the bot's id and links are here, the queue in `queue.rs`, follow-ups and news
//! in `followups.rs`.

pub(super) mod followups;
pub(super) mod queue;

/// Reminders and announcements still to send, per wave that has any. Pending and in-flight
/// deliveries are counted apart, each through its partial index (a `status IN (…)` would
/// read the whole table on SQLite), so it costs nothing between waves.
pub(crate) const PENDING_BY_WAVE: &str = "SELECT campaign_id, wave, CAST(SUM(n) AS BIGINT) AS n FROM (
        SELECT campaign_id, wave, COUNT(*) AS n FROM deliveries
        WHERE status = 'pending' AND (wave NOT LIKE '@%' OR wave = '@news') GROUP BY campaign_id, wave
        UNION ALL
        SELECT campaign_id, wave, COUNT(*) AS n FROM deliveries
        WHERE status = 'inflight' AND (wave NOT LIKE '@%' OR wave = '@news') GROUP BY campaign_id, wave
    ) AS waiting GROUP BY campaign_id, wave ORDER BY campaign_id, wave";

/// Expands, inside a backend module, `mod shared` and `mod shared_queue` with the methods of
/// `Db` that are the same on both backends, and the steps of recording outcomes that are.
/// `$database` is the sqlx database. The backend module provides what differs: `Db { pool }`;
/// `CHAT_COLUMNS` and `chat_state` (how a chat's state is read), `copy_legacy`,
/// `move_chat` and `delete_chat`; in `queue`, `CLAIMABLE`, `UNCLAIMED`, `ids_arg` and `in_ids`
/// (how a list of ids is bound) and `unbounded` (lifting a statement limit); `WAVE_ROWS` in
/// `stats`; `retry` and `claim_holds` in `outcomes`.
macro_rules! shared_queries {
    ($database:ty) => {
        crate::store::common::queue::shared_queue!($database);
        crate::store::common::followups::shared_followups!($database);

        mod shared {
            use sqlx::{Row, Transaction};

            use super::{chat_state, copy_legacy, delete_chat, move_chat, stats::WAVE_ROWS, Db, CHAT_COLUMNS};
            use crate::{
                lang::Lang,
                store::{types::counts_by_lang, ChatState, LinkRow, Result, WaveRow},
            };

            impl Db {
                pub async fn chat(&self, chat_id: i64) -> Result<Option<ChatState>> {
                    let query = format!("SELECT {CHAT_COLUMNS} FROM chats c WHERE c.chat_id = $1");
                    chat_state(self, &query, chat_id).await
                }

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

                /// Gives subscriptions and thanks made before campaigns were kept apart (campaign id
                /// `''`, from migration 0003) to each of these campaigns. Returns the chats concerned.
                pub async fn adopt_legacy(&self, campaign_ids: &[&str]) -> Result<u64> {
                    let mut tx = self.pool.begin().await?;
                    let query = "SELECT COUNT(*) FROM subscriptions WHERE campaign_id = ''";
                    let chats: i64 = sqlx::query_scalar(query).fetch_one(&mut *tx).await?;
                    copy_legacy(&mut tx, campaign_ids).await?;
                    for table in ["subscriptions", "thanks"] {
                        sqlx::query(&format!("DELETE FROM {table} WHERE campaign_id = ''")).execute(&mut *tx).await?;
                    }
                    tx.commit().await?;
                    Ok(chats as u64)
                }

                /// Moves a group's data to its new supergroup id. Settings already stored under
                /// the new id win; pending reminders follow the chat.
                pub async fn migrate_chat(&self, from: i64, to: i64) -> Result<()> {
                    if from == to {
                        return Ok(());
                    }
                    let mut tx = self.pool.begin().await?;
                    move_chat(&mut tx, from, to).await?;
                    delete_chat(&mut tx, from).await?;
                    tx.commit().await?;
                    Ok(())
                }

                pub async fn ping(&self) -> Result<()> {
                    sqlx::query("SELECT 1").execute(&self.pool).await?;
                    Ok(())
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
                    Ok(sqlx::query_as(WAVE_ROWS).fetch_all(&self.pool).await?)
                }

                /// Reminders and announcements still to send, per wave that has any (see
                /// `PENDING_BY_WAVE`). Follow-ups and re-checks, due over months, are not
                /// waves: `deliveries_by_kind` counts them.
                pub async fn pending_by_wave(&self) -> Result<Vec<(String, String, i64)>> {
                    let rows = sqlx::query(crate::store::common::PENDING_BY_WAVE).fetch_all(&self.pool).await?;
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
                    Ok(sqlx::query_as(query).fetch_all(&self.pool).await?)
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

            /// Stores the chat with `lang` as its language, unless it has one (a subscription).
            pub(super) async fn keep_lang(tx: &mut Transaction<'_, $database>, chat_id: i64, lang: Lang) -> Result<()> {
                let query = "INSERT INTO chats (chat_id, lang) VALUES ($1, $2)
                             ON CONFLICT (chat_id) DO UPDATE SET lang = COALESCE(chats.lang, excluded.lang)";
                sqlx::query(query).bind(chat_id).bind(lang.code()).execute(&mut **tx).await?;
                Ok(())
            }

        }
    };
}

pub(super) use shared_queries;
