//! The store: one interface over two backends, SQLite (`sqlite/`, the default, one process)
//! and PostgreSQL (`postgres/`, several instances with a leader lease). `DATABASE_URL`
//! chooses: `sqlite://…` or `postgres://…`. Each backend has its own SQL and migrations;
//! this file only dispatches.

use std::{
    sync::{Arc, Mutex},
    time::{Duration, Instant},
};

use crate::lang::Lang;

mod common;
mod copy;
mod kind;
mod postgres;
mod sqlite;
mod types;

pub use self::{
    copy::{copy, Counts},
    kind::{is_wave, DeliveryKind, NEWS_WAVE},
    postgres::Lease,
    sqlite::InstanceLock,
    types::{
        ChatState, Claim, Delivery, LinkRow, NewChat, Outcome, PauseRule, PausedWave, Result, StoreError, WaveCounts,
        WaveRow,
    },
};

/// Which database a URL names.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    Sqlite,
    Postgres,
}

impl Kind {
    /// The backend for `url`, or `None` if it is neither `sqlite:` nor `postgres(ql)://`.
    pub fn of(url: &str) -> Option<Kind> {
        if url.starts_with("sqlite:") {
            Some(Kind::Sqlite)
        } else if url.starts_with("postgres://") || url.starts_with("postgresql://") {
            Some(Kind::Postgres)
        } else {
            None
        }
    }
}

#[derive(Clone, Debug)]
enum Backend {
    Sqlite(sqlite::Db),
    Postgres(postgres::Db),
}

/// The bot's database, whichever backend holds it.
#[derive(Clone, Debug)]
pub struct Store {
    backend: Backend,
    /// When the last claim or record that succeeded began (shared by the clones).
    answered: Arc<Mutex<Option<Instant>>>,
}

/// Calls the same method on whichever backend this store is.
macro_rules! on {
    ($self:ident, $db:ident => $call:expr) => {
        match &$self.backend {
            Backend::Sqlite($db) => $call,
            Backend::Postgres($db) => $call,
        }
    };
}

impl Store {
    fn on(backend: Backend) -> Store {
        Store { backend, answered: Arc::default() }
    }

    /// How long ago the database last answered the broadcaster (a claim or a record that
    /// succeeded), counted from when the call began; `None` if it has not yet. The readiness
    /// check does not ping a database that answered this recently (issue 20).
    pub fn answered_ago(&self) -> Option<Duration> {
        self.answered.lock().ok().and_then(|at| *at).map(|at| at.elapsed())
    }

    /// Notes that a call begun at `started` succeeded, if it is the latest to have.
    fn answered_since<T>(&self, started: Instant, result: &Result<T>) {
        if let (Ok(_), Ok(mut at)) = (result, self.answered.lock()) {
            if at.is_none_or(|at| at < started) {
                *at = Some(started);
            }
        }
    }

    /// Opens (creating if needed) and migrates the database at `url`, for a lease of the
    /// default 15 s (see [`Store::open_for_lease`]).
    pub async fn open(url: &str) -> Result<Store> {
        Store::open_for_lease(url, Duration::from_secs(15)).await
    }

    /// Opens and migrates the database at `url`. On PostgreSQL the bot's sessions are bounded
    /// by the lease's time to live: a transaction left idle is ended, and a lock is waited
    /// for, at most half of it, so a frozen instance cannot hold the next leader back; a
    /// server that cannot be reached is reported within 5 s with the cause.
    pub async fn open_for_lease(url: &str, lease_ttl: Duration) -> Result<Store> {
        let backend = match Kind::of(url) {
            Some(Kind::Postgres) => Backend::Postgres(postgres::Db::open(url, lease_ttl).await?),
            _ => Backend::Sqlite(sqlite::Db::open(url).await?),
        };
        Ok(Store::on(backend))
    }

    /// Opens an existing database without migrating or writing it (`check`, `stats`).
    pub async fn open_read_only(url: &str) -> Result<Store> {
        let backend = match Kind::of(url) {
            Some(Kind::Postgres) => Backend::Postgres(postgres::Db::open_read_only(url).await?),
            _ => Backend::Sqlite(sqlite::Db::open_read_only(url).await?),
        };
        Ok(Store::on(backend))
    }

    /// A private in-memory SQLite store, for the console and tests.
    pub async fn in_memory() -> Result<Store> {
        Ok(Store::on(Backend::Sqlite(sqlite::Db::in_memory().await?)))
    }

    pub fn kind(&self) -> Kind {
        match self.backend {
            Backend::Sqlite(_) => Kind::Sqlite,
            Backend::Postgres(_) => Kind::Postgres,
        }
    }

    /// Whether the database at `url` exists: a SQLite file, or any PostgreSQL URL (the
    /// server says the rest when it is opened).
    pub fn file_exists(url: &str) -> bool {
        match Kind::of(url) {
            Some(Kind::Postgres) => true,
            _ => sqlite::Db::file_exists(url),
        }
    }

    /// Takes the lock that lets one process at a time run the bot on a SQLite database.
    /// PostgreSQL needs none: its instances share the database and elect a leader.
    pub fn lock_instance(url: &str) -> Result<Option<InstanceLock>> {
        match Kind::of(url) {
            Some(Kind::Postgres) => Ok(None),
            _ => sqlite::Db::lock_instance(url),
        }
    }

    /// The lease that lets one instance at a time send reminders: on SQLite, where one
    /// process holds the database, it is always held (fence 1).
    pub fn lease(&self, holder: &str, ttl: Duration) -> Lease {
        match &self.backend {
            Backend::Sqlite(_) => Lease::exclusive(),
            Backend::Postgres(db) => Lease::shared(db.clone(), holder, ttl),
        }
    }

    pub async fn chat(&self, chat_id: i64) -> Result<Option<ChatState>> {
        on!(self, db => db.chat(chat_id).await)
    }

    pub async fn set_lang(&self, chat_id: i64, lang: Lang) -> Result<()> {
        on!(self, db => db.set_lang(chat_id, lang).await)
    }

    /// Subscribes the chat to these campaigns, keeping `lang` as its language unless it
    /// chose one; returns false if it already was subscribed to all of them.
    pub async fn subscribe(&self, chat_id: i64, lang: Lang, campaign_ids: &[&str], now_secs: i64) -> Result<bool> {
        on!(self, db => db.subscribe(chat_id, lang, campaign_ids, now_secs).await)
    }

    /// Ends every subscription of the chat; returns false if there was none.
    pub async fn unsubscribe(&self, chat_id: i64) -> Result<bool> {
        on!(self, db => db.unsubscribe(chat_id).await)
    }

    /// Ticks a platform off (or back on) today and returns the chat's new state.
    pub async fn set_done(&self, chat_id: i64, platform: &str, done: bool) -> Result<ChatState> {
        self.set_done_at(chat_id, platform, done, chrono::Utc::now().timestamp()).await
    }

    /// Ticks a platform off on the day of `now_secs` (the day is kept), or back on.
    pub async fn set_done_at(&self, chat_id: i64, platform: &str, done: bool, now_secs: i64) -> Result<ChatState> {
        on!(self, db => db.set_done(chat_id, platform, done, now_secs).await)
    }

    /// Puts a follow-up or a re-check for the chat in the queue, due at `due_ms` (the one it
    /// had of that kind is moved, unless it is being sent now).
    pub async fn schedule(&self, chat_id: i64, campaign_id: &str, kind: &DeliveryKind, due_ms: i64) -> Result<()> {
        on!(self, db => db.schedule(chat_id, campaign_id, kind, due_ms).await)
    }

    /// Takes the chat's follow-up or re-check of this kind out of the queue if it still waits.
    pub async fn cancel(&self, chat_id: i64, kind: &DeliveryKind) -> Result<u64> {
        on!(self, db => db.cancel(chat_id, kind).await)
    }

    /// Ends the chat's follow-ups, re-checks and news (as /stop does besides reminders);
    /// true if it had any.
    pub async fn stop_others(&self, chat_id: i64) -> Result<bool> {
        on!(self, db => db.stop_others(chat_id).await)
    }

    /// Turns news of new opt-outs on or off; false if it already was so.
    pub async fn set_news(&self, chat_id: i64, on: bool, now_secs: i64) -> Result<bool> {
        on!(self, db => db.set_news(chat_id, on, now_secs).await)
    }

    /// Handles a campaign's announcement once (see the backends' `announce`): `None` if it
    /// was handled before, else how many chats it was queued for.
    pub async fn announce(&self, campaign_id: &str, due_secs: i64, send: bool) -> Result<Option<u64>> {
        on!(self, db => db.announce(campaign_id, due_secs, send).await)
    }

    /// Keeps `lang` as the chat's language unless it chose one (for what the queue sends later).
    pub async fn keep_lang(&self, chat_id: i64, lang: Lang) -> Result<()> {
        on!(self, db => db.keep_lang(chat_id, lang).await)
    }

    /// How many chats want news of new opt-outs.
    pub async fn news_count(&self) -> Result<i64> {
        on!(self, db => db.news_count().await)
    }

    /// Deliveries by kind label and status.
    pub async fn deliveries_by_kind(&self) -> Result<Vec<(&'static str, String, i64)>> {
        on!(self, db => db.deliveries_by_kind().await)
    }

    /// Records that the chat was thanked for finishing a campaign; true the first time only.
    pub async fn mark_thanked(&self, chat_id: i64, campaign_id: &str) -> Result<bool> {
        on!(self, db => db.mark_thanked(chat_id, campaign_id).await)
    }

    /// Deletes everything stored for the chat.
    pub async fn forget(&self, chat_id: i64) -> Result<()> {
        on!(self, db => db.forget(chat_id).await)
    }

    /// Gives subscriptions and thanks made before campaigns were kept apart to each of
    /// these campaigns; returns the chats concerned.
    pub async fn adopt_legacy(&self, campaign_ids: &[&str]) -> Result<u64> {
        on!(self, db => db.adopt_legacy(campaign_ids).await)
    }

    /// Moves a group's data to its new supergroup id.
    pub async fn migrate_chat(&self, from: i64, to: i64) -> Result<()> {
        on!(self, db => db.migrate_chat(from, to).await)
    }

    /// Inserts many chats subscribed to `campaign_id` at once (benchmarks, tests, copy).
    pub async fn add_subscribers(&self, campaign_id: &str, chats: &[NewChat<'_>], now_secs: i64) -> Result<()> {
        on!(self, db => db.add_subscribers(campaign_id, chats, now_secs).await)
    }

    /// Whether the database answers now (the readiness check; the caller bounds the wait).
    pub async fn ping(&self) -> Result<()> {
        on!(self, db => db.ping().await)
    }

    pub async fn close(&self) {
        on!(self, db => db.close().await)
    }

    pub async fn bot_id(&self) -> Result<Option<i64>> {
        on!(self, db => db.bot_id().await)
    }

    pub async fn set_bot_id(&self, id: i64) -> Result<()> {
        on!(self, db => db.set_bot_id(id).await)
    }

    /// How many chats want reminders for at least one campaign.
    pub async fn subscriber_count(&self) -> Result<i64> {
        on!(self, db => db.subscriber_count().await)
    }

    /// How many chats want reminders for this campaign.
    pub async fn campaign_subscribers(&self, campaign_id: &str) -> Result<i64> {
        on!(self, db => db.campaign_subscribers(campaign_id).await)
    }

    /// The waves of a campaign already handled (enqueued or skipped).
    pub async fn handled_waves(&self, campaign_id: &str) -> Result<Vec<String>> {
        on!(self, db => db.handled_waves(campaign_id).await)
    }

    /// The due times (unix seconds) of every wave handled, under any campaign id.
    pub async fn handled_due_times(&self) -> Result<Vec<i64>> {
        on!(self, db => db.handled_due_times().await)
    }

    /// Starts a wave: a pending delivery for every chat subscribed to the campaign, once.
    pub async fn enqueue_wave(&self, campaign_id: &str, wave: &str, due_secs: i64) -> Result<u64> {
        on!(self, db => db.enqueue_wave(campaign_id, wave, due_secs).await)
    }

    /// Marks a wave as skipped.
    pub async fn skip_wave(&self, campaign_id: &str, wave: &str, due_secs: i64) -> Result<()> {
        on!(self, db => db.skip_wave(campaign_id, wave, due_secs).await)
    }

    /// Puts back deliveries whose claim's lease ran out at `now_ms`, or that were claimed
    /// under a fence older than `fence` (by a leader that has lost its lease).
    pub async fn release_stale(&self, now_ms: i64, fence: i64) -> Result<u64> {
        on!(self, db => db.release_stale(now_ms, fence).await)
    }

    /// Puts back, at once, what this claim token holds and has not recorded (a graceful stop).
    pub async fn release_claims(&self, tokens: &[String]) -> Result<u64> {
        on!(self, db => db.release_claims(tokens).await)
    }

    /// Ends the pending deliveries of a campaign not `loaded`, and reminders of one not `live`.
    pub async fn expire(&self, loaded: &[String], live: &[String]) -> Result<u64> {
        on!(self, db => db.expire(loaded, live).await)
    }

    /// Takes up to `limit` due deliveries of the claim's campaigns.
    pub async fn claim(&self, c: &Claim<'_>) -> Result<Vec<Delivery>> {
        let started = Instant::now();
        let claimed = on!(self, db => db.claim(c).await);
        self.answered_since(started, &claimed);
        claimed
    }

    /// Records outcomes, each only under the claim (and fence) that took it.
    pub async fn record(&self, outcomes: &[(Delivery, Outcome)], rule: PauseRule) -> Result<Vec<PausedWave>> {
        let started = Instant::now();
        let recorded = on!(self, db => db.record(outcomes, rule).await);
        if !outcomes.is_empty() {
            // (Nothing to record asks nothing of the database.)
            self.answered_since(started, &recorded);
        }
        recorded
    }

    /// Records outcomes, then claims the next batch, in one transaction (see `record` and
    /// `claim`): both happen or neither does.
    pub async fn record_then_claim(
        &self,
        outcomes: &[(Delivery, Outcome)],
        rule: PauseRule,
        c: &Claim<'_>,
    ) -> Result<(Vec<PausedWave>, Vec<Delivery>)> {
        let started = Instant::now();
        let done = on!(self, db => db.record_then_claim(outcomes, rule, c).await);
        self.answered_since(started, &done);
        done
    }

    /// The earliest moment (unix ms) a delivery of these campaigns may be claimed.
    pub async fn next_pending_ms(&self, campaign_ids: &[String]) -> Result<Option<i64>> {
        on!(self, db => db.next_pending_ms(campaign_ids).await)
    }

    pub async fn paused_waves(&self) -> Result<Vec<PausedWave>> {
        on!(self, db => db.paused_waves().await)
    }

    /// Resumes every paused wave of the campaign with fresh counts for the brake (a running
    /// broadcaster notices); with `share`, the brake trips for these waves only above that
    /// share from then on. Returns the waves resumed.
    pub async fn resume_waves(&self, campaign_id: &str, share: Option<f64>) -> Result<Vec<String>> {
        on!(self, db => db.resume_waves(campaign_id, share).await)
    }

    pub async fn wave_counts(&self, campaign_id: &str, wave: &str) -> Result<WaveCounts> {
        on!(self, db => db.wave_counts(campaign_id, wave).await)
    }

    pub async fn subscribers_by_lang(&self) -> Result<Vec<(Option<Lang>, i64)>> {
        on!(self, db => db.subscribers_by_lang().await)
    }

    pub async fn checklist_totals(&self, keys: &[&str]) -> Result<Vec<(String, i64)>> {
        on!(self, db => db.checklist_totals(keys).await)
    }

    pub async fn wave_rows(&self) -> Result<Vec<WaveRow>> {
        on!(self, db => db.wave_rows().await)
    }

    /// Reminders still to send, per wave that has any: `(campaign id, wave, pending)`.
    pub async fn pending_by_wave(&self) -> Result<Vec<(String, String, i64)>> {
        on!(self, db => db.pending_by_wave().await)
    }

    /// The last moment (unix ms) a sender of reminders was seen: an outcome recorded, or on
    /// PostgreSQL the lease held (now, while it is).
    pub async fn sender_seen_ms(&self) -> Result<Option<i64>> {
        on!(self, db => db.sender_seen_ms().await)
    }

    /// Every link result stored (`links`), by campaign, platform and link.
    pub async fn links(&self) -> Result<Vec<LinkRow>> {
        on!(self, db => db.links().await)
    }

    /// Stores a link's result, replacing the one before it.
    pub async fn put_link(&self, row: &LinkRow) -> Result<()> {
        on!(self, db => db.put_link(row).await)
    }

    /// Every table with its rows, as text (tests: equal snapshots, equal contents).
    #[cfg(test)]
    pub(crate) async fn snapshot(&self) -> String {
        on!(self, db => db.snapshot().await)
    }
}

#[cfg(test)]
mod tests;
