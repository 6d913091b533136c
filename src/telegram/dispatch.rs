//! Routing updates to one small queue per chat: a chat's updates are answered in order by a
//! bounded pool of workers, no chat can hold up another, a chat that floods the bot loses
//! its surplus, and the backlog across chats never holds more than can be answered within
//! `DRAIN_TIMEOUT`: beyond it an update is refused, so Telegram keeps it for later.

use std::{
    collections::{BTreeMap, HashMap, VecDeque},
    sync::{
        atomic::{AtomicU64, Ordering},
        Arc, Mutex,
    },
    time::Duration,
};

use teloxide::{
    types::{Update, UpdateKind},
    Bot,
};
use tokio::sync::{Notify, Semaphore};

use super::{on_update, Door};
use crate::telemetry;

/// Updates a chat may have waiting; beyond that its surplus is dropped (and counted).
pub const QUEUE_PER_CHAT: usize = 8;
/// Updates answered at once, across chats: a worker holds one chat at a time.
pub const WORKERS: usize = 64;
/// The share of the drain budget the backlog may fill: the rest is room for updates that
/// need two messages (a button's answer and its edit) and for the time the stop takes.
const BACKLOG_SHARE: f64 = 0.8;
/// Button presses dropped from a full chat queue being dismissed at once.
const DISMISSING: usize = 64;
/// A backlog at least this large is a surge: once it is answered, free memory goes back to
/// the system.
const SURGE: usize = 256;

/// How many updates may wait or be answered at once: what the reply budget can answer
/// within the drain, `drain × reply_rate × 0.8` (240 for the default 10 s at 30/s).
pub fn backlog_cap(drain: Duration, reply_rate: f64) -> usize {
    let cap = drain.as_secs_f64() * reply_rate * BACKLOG_SHARE;
    if cap.is_finite() {
        (cap as usize).max(QUEUE_PER_CHAT + 1)
    } else {
        QUEUE_PER_CHAT + 1
    }
}

/// Which queue an update goes to: its chat, or for inline queries and presses on inline
/// cards, its sender. `None` for what the bot does not handle.
pub fn lane_key(update: &Update) -> Option<i64> {
    match &update.kind {
        UpdateKind::Message(m) => Some(m.chat.id.0),
        UpdateKind::CallbackQuery(q) => match &q.message {
            Some(m) => Some(m.chat().id.0),
            None => i64::try_from(q.from.id.0).ok(),
        },
        UpdateKind::InlineQuery(q) => i64::try_from(q.from.id.0).ok(),
        UpdateKind::MyChatMember(m) => Some(m.chat.id.0),
        _ => None,
    }
}

/// One chat's waiting updates, and whether a worker is answering one of them now.
#[derive(Default)]
struct Lane {
    queue: VecDeque<Box<Update>>,
    busy: bool,
}

/// Where an update went.
pub enum Routed {
    /// Queued for its chat; start a worker if `worker`.
    Queued { worker: bool },
    /// Its chat's queue is full: dropped by design.
    Dropped(Box<Update>),
    /// The backlog is full: not taken, so that Telegram keeps it.
    Full,
}

/// The queues of the chats with updates waiting. A chat is in `ready` exactly when it has
/// updates waiting and no worker; a chat with neither leaves the map at once.
pub struct Lanes {
    lanes: HashMap<i64, Lane>,
    ready: VecDeque<i64>,
    /// The ids of the updates taken and not yet answered (with how many of each: a
    /// webhook may be sent the same update again), and how many in all.
    unanswered: BTreeMap<u32, u32>,
    pending: usize,
    cap: usize,
    /// Workers running, and chats one of them answers now.
    workers: usize,
    busy: usize,
    closed: bool,
    /// Updates dropped because their chat's queue was full.
    shed: u64,
    /// Whether the log has said that the backlog is full (until it is half empty again).
    full_said: bool,
    /// The largest backlog since memory was last given back.
    peak: usize,
}

impl Lanes {
    pub fn new(cap: usize) -> Lanes {
        Lanes {
            lanes: HashMap::new(),
            ready: VecDeque::new(),
            unanswered: BTreeMap::new(),
            pending: 0,
            cap,
            workers: 0,
            busy: 0,
            closed: false,
            shed: 0,
            full_said: false,
            peak: 0,
        }
    }

    /// Queues the update for its chat. Never waits.
    pub fn route(&mut self, key: i64, update: Box<Update>) -> Routed {
        if self.closed || self.pending >= self.cap {
            if !self.full_said && !self.closed {
                self.full_said = true;
                log::warn!(
                    "{} updates wait to be answered, as many as DRAIN_TIMEOUT allows at the reply budget; \
                     Telegram keeps the next ones until there is room",
                    self.pending
                );
            }
            return Routed::Full;
        }
        let lane = self.lanes.entry(key).or_default();
        if lane.queue.len() >= QUEUE_PER_CHAT {
            self.shed += 1;
            if self.shed.is_power_of_two() {
                log::warn!("chats send faster than they are answered: {} updates dropped so far", self.shed);
            }
            return Routed::Dropped(update);
        }
        *self.unanswered.entry(update.id.0).or_default() += 1;
        self.pending += 1;
        self.peak = self.peak.max(self.pending);
        lane.queue.push_back(update);
        if !lane.busy && lane.queue.len() == 1 {
            self.ready.push_back(key);
        }
        // A worker for each chat that is ready or answered now, up to the pool's size.
        let worker = self.workers < WORKERS && self.workers < self.busy + self.ready.len();
        if worker {
            self.workers += 1;
        }
        Routed::Queued { worker }
    }

    /// The next update for a worker, its chat marked busy; `None` ends the worker.
    fn next(&mut self) -> Option<(i64, Box<Update>)> {
        while let Some(key) = self.ready.pop_front() {
            if let Some(lane) = self.lanes.get_mut(&key) {
                if let Some(update) = lane.queue.pop_front() {
                    lane.busy = true;
                    self.busy += 1;
                    return Some((key, update));
                }
            }
        }
        self.workers = self.workers.saturating_sub(1);
        None
    }

    /// A worker has answered update `id` of chat `key`. Returns true when a surge is over
    /// and free memory should go back to the system.
    fn answered(&mut self, key: i64, id: u32) -> bool {
        if let Some(n) = self.unanswered.get_mut(&id) {
            *n -= 1;
            if *n == 0 {
                self.unanswered.remove(&id);
            }
            self.pending = self.pending.saturating_sub(1);
        }
        if let Some(lane) = self.lanes.get_mut(&key) {
            lane.busy = false;
            self.busy = self.busy.saturating_sub(1);
            if lane.queue.is_empty() {
                self.lanes.remove(&key);
            } else {
                self.ready.push_back(key);
            }
        }
        if self.pending * 2 <= self.cap {
            self.full_said = false;
        }
        // Give back what a surge took: the map and the ready queue keep no room for it.
        if self.lanes.capacity() > 64 && self.lanes.len() * 4 < self.lanes.capacity() {
            self.lanes.shrink_to(self.lanes.len() * 2);
        }
        if self.ready.capacity() > 64 && self.ready.len() * 4 < self.ready.capacity() {
            self.ready.shrink_to(self.ready.len() * 2);
        }
        let surge_over = self.pending == 0 && self.peak >= SURGE;
        if surge_over {
            self.peak = 0;
        }
        surge_over
    }

    /// How many more updates may be taken now.
    pub fn room(&self) -> usize {
        if self.closed {
            0
        } else {
            self.cap.saturating_sub(self.pending)
        }
    }

    /// Updates taken and not yet answered.
    pub fn unanswered(&self) -> usize {
        self.pending
    }

    /// The oldest update taken and not yet answered.
    pub fn oldest_unanswered(&self) -> Option<u32> {
        self.unanswered.keys().next().copied()
    }

    /// Chats with updates waiting or being answered.
    #[cfg(test)]
    pub fn chats(&self) -> usize {
        self.lanes.len()
    }
}

/// Where updates go, from long polling or from the webhook: one queue per chat.
pub struct Intake {
    lanes: Mutex<Lanes>,
    bot: Bot,
    door: Arc<Door>,
    unreadable: AtomicU64,
    /// Told whenever an update has been answered.
    answered: Notify,
    dismissing: Arc<Semaphore>,
}

/// The backlog is full: the update was not taken.
#[derive(Debug)]
pub struct Busy;

impl Intake {
    /// An intake that holds at most `cap` updates (see [`backlog_cap`]).
    pub fn new(bot: Bot, door: Arc<Door>, cap: usize) -> Intake {
        Intake {
            lanes: Mutex::new(Lanes::new(cap)),
            bot,
            door,
            unreadable: AtomicU64::new(0),
            answered: Notify::new(),
            dismissing: Arc::new(Semaphore::new(DISMISSING)),
        }
    }

    /// Queues an update for its chat, never waiting. Updates teloxide could not read are
    /// counted, and their content is never logged. `Err(Busy)` if the backlog is full: the
    /// update was not taken, and must not be acknowledged.
    pub fn accept(self: &Arc<Self>, update: Update) -> Result<(), Busy> {
        let kind = match &update.kind {
            UpdateKind::Message(_) => "message",
            UpdateKind::CallbackQuery(_) => "callback_query",
            UpdateKind::InlineQuery(_) => "inline_query",
            UpdateKind::MyChatMember(_) => "my_chat_member",
            UpdateKind::Error(_) => {
                self.unreadable_update();
                return Ok(());
            }
            _ => "other",
        };
        let Some(key) = lane_key(&update) else {
            telemetry::update(kind);
            return Ok(());
        };
        let routed = match self.lanes.lock() {
            Ok(mut lanes) => lanes.route(key, Box::new(update)),
            Err(_) => return Err(Busy),
        };
        match routed {
            Routed::Queued { worker } => {
                telemetry::update(kind);
                if worker {
                    tokio::spawn(work(self.clone()));
                }
                Ok(())
            }
            Routed::Dropped(update) => {
                telemetry::update(kind);
                telemetry::update("dropped");
                if let UpdateKind::CallbackQuery(query) = update.kind {
                    self.dismiss(query);
                }
                Ok(())
            }
            Routed::Full => {
                telemetry::update("deferred");
                telemetry::backlog_full();
                Err(Busy)
            }
        }
    }

    /// Answers a dropped button press with nothing, so that its button stops spinning.
    fn dismiss(&self, query: teloxide::types::CallbackQuery) {
        let Ok(permit) = self.dismissing.clone().try_acquire_owned() else { return };
        let (bot, door) = (self.bot.clone(), self.door.clone());
        tokio::spawn(async move {
            super::answer_callback(&bot, &door, &query, None).await;
            drop(permit);
        });
    }

    /// An update whose body could not be read at all: counted, never logged.
    pub fn unreadable_update(&self) {
        telemetry::update("unreadable");
        let n = self.unreadable.fetch_add(1, Ordering::Relaxed) + 1;
        log::warn!("an update could not be read and was ignored ({n} so far)");
    }

    /// The least room worth asking Telegram for: a quarter of the backlog, at most a batch.
    pub fn batch_floor(&self) -> usize {
        self.lanes.lock().map(|l| (l.cap / 4).clamp(1, 100)).unwrap_or(1)
    }

    /// How many more updates may be taken now.
    pub fn room(&self) -> usize {
        self.lanes.lock().map(|l| l.room()).unwrap_or(0)
    }

    /// The oldest update taken and not yet answered.
    pub fn oldest_unanswered(&self) -> Option<u32> {
        self.lanes.lock().ok().and_then(|l| l.oldest_unanswered())
    }

    /// Waits until an update has been answered (at once if none waits).
    pub async fn answered(&self) {
        let notified = self.answered.notified();
        if self.lanes.lock().map(|l| l.unanswered() == 0).unwrap_or(true) {
            return;
        }
        notified.await;
    }

    /// Takes no more updates, and waits, at most `within`, for those taken to be answered.
    pub async fn drain(&self, within: Duration) {
        if let Ok(mut lanes) = self.lanes.lock() {
            lanes.closed = true;
        }
        let all = async {
            loop {
                let notified = self.answered.notified();
                if self.lanes.lock().map(|l| l.unanswered() == 0).unwrap_or(true) {
                    return;
                }
                notified.await;
            }
        };
        if tokio::time::timeout(within, all).await.is_err() {
            let left = self.lanes.lock().map(|l| l.unanswered()).unwrap_or(0);
            log::warn!("{left} updates were still being answered when the bot stopped");
        }
    }
}

/// Marks the update answered even if answering it panicked.
struct Answering<'a> {
    intake: &'a Intake,
    key: i64,
    id: u32,
}

impl Drop for Answering<'_> {
    fn drop(&mut self) {
        let surge_over = match self.intake.lanes.lock() {
            Ok(mut lanes) => lanes.answered(self.key, self.id),
            Err(_) => false,
        };
        self.intake.answered.notify_waiters();
        if surge_over {
            give_back_memory();
        }
    }
}

/// Returns the allocator's free memory to the system: glibc keeps what a surge freed
/// (see BENCHMARKS.md).
fn give_back_memory() {
    #[cfg(all(target_os = "linux", target_env = "gnu"))]
    // SAFETY: malloc_trim only releases free memory; it is safe to call at any time.
    unsafe {
        libc::malloc_trim(0);
    }
}

/// A worker of the pool: answers one update at a time of whichever chat is ready next, its
/// chat's updates in order, and ends when no chat is ready.
async fn work(intake: Arc<Intake>) {
    loop {
        let next = match intake.lanes.lock() {
            Ok(mut lanes) => lanes.next(),
            Err(_) => None,
        };
        let Some((key, update)) = next else { return };
        let _answering = Answering { intake: &intake, key, id: update.id.0 };
        let started = std::time::Instant::now();
        on_update(&intake.bot, &intake.door, *update).await;
        telemetry::update_seconds(started.elapsed());
    }
}

#[cfg(test)]
mod tests;
