//! Routing updates to one small queue per chat: a chat's updates are answered in order, no
//! chat can hold up another, and a chat that floods the bot loses its surplus, never the
//! loop. Updates teloxide cannot read are dropped without logging their content.

use std::{
    collections::HashMap,
    future::Future,
    sync::{
        atomic::{AtomicU64, Ordering},
        Arc, Mutex,
    },
    time::Duration,
};

use futures_util::StreamExt;
use teloxide::{
    types::{Update, UpdateKind},
    update_listeners::UpdateListener,
    ApiError, Bot, RequestError,
};
use tokio::{
    sync::mpsc::{self, error::TrySendError},
    task::JoinSet,
};

use super::{courier, on_update, Door};
use crate::telemetry;

/// Updates a chat may have waiting; beyond that its surplus is dropped (and counted).
pub const QUEUE_PER_CHAT: usize = 8;
/// A chat's worker ends after this long without an update.
const IDLE: Duration = Duration::from_secs(30);

/// Why the bot stopped taking updates, other than being asked to.
#[derive(Debug, thiserror::Error)]
pub enum DispatchError {
    #[error(
        "another instance is getting updates with this TELOXIDE_TOKEN (Telegram answered 409 Conflict); stop it first"
    )]
    Conflict,
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

/// The queues of the chats that are active now.
pub struct Lanes {
    senders: HashMap<i64, mpsc::Sender<Update>>,
    workers: JoinSet<()>,
    /// Updates dropped because their chat's queue was full, since the last log line.
    shed: u64,
    routed: u64,
}

impl Lanes {
    pub fn new() -> Lanes {
        Lanes { senders: HashMap::new(), workers: JoinSet::new(), shed: 0, routed: 0 }
    }

    /// Queues the update for its chat, starting the chat's worker if needed. Never waits.
    /// Returns false if the update was dropped (its chat's queue is full).
    pub fn route<F, Fut>(&mut self, key: i64, update: Update, work: F) -> bool
    where
        F: Fn(Update) -> Fut + Send + Sync + 'static,
        Fut: Future<Output = ()> + Send + 'static,
    {
        self.routed += 1;
        if self.routed.is_multiple_of(1024) {
            self.senders.retain(|_, tx| !tx.is_closed());
            while self.workers.try_join_next().is_some() {}
        }
        let update = match self.senders.get(&key) {
            None => update,
            Some(tx) => match tx.try_send(update) {
                Ok(()) => return true,
                Err(TrySendError::Full(_)) => {
                    self.shed += 1;
                    if self.shed.is_power_of_two() {
                        log::warn!("chats send faster than they are answered: {} updates dropped so far", self.shed);
                    }
                    return false;
                }
                Err(TrySendError::Closed(update)) => update,
            },
        };
        let (tx, rx) = mpsc::channel(QUEUE_PER_CHAT);
        let _ = tx.try_send(update);
        self.senders.insert(key, tx);
        self.workers.spawn(worker(rx, work));
        true
    }

    /// How many chats have a queue now.
    pub fn len(&self) -> usize {
        self.senders.len()
    }

    pub fn is_empty(&self) -> bool {
        self.senders.is_empty()
    }

    /// Closes every queue and waits, at most `within`, for what is queued to be answered.
    pub async fn drain(mut self, within: Duration) {
        self.senders.clear();
        let all = async { while self.workers.join_next().await.is_some() {} };
        if tokio::time::timeout(within, all).await.is_err() {
            log::warn!("some answers were still being sent when the bot stopped");
        }
    }
}

impl Default for Lanes {
    fn default() -> Lanes {
        Lanes::new()
    }
}

/// Answers one chat's updates in order until the chat is quiet for a while.
async fn worker<F, Fut>(mut rx: mpsc::Receiver<Update>, work: F)
where
    F: Fn(Update) -> Fut,
    Fut: Future<Output = ()>,
{
    loop {
        match tokio::time::timeout(IDLE, rx.recv()).await {
            Ok(Some(update)) => work(update).await,
            Ok(None) => return,
            Err(_) => {
                // Quiet: refuse new updates (the router starts a new worker), answer what
                // came in meanwhile, and end.
                rx.close();
                while let Ok(update) = rx.try_recv() {
                    work(update).await;
                }
                return;
            }
        }
    }
}

/// Where updates go, from long polling or from the webhook: one queue per chat.
pub struct Intake {
    lanes: Mutex<Lanes>,
    bot: Bot,
    door: Arc<Door>,
    unreadable: AtomicU64,
}

impl Intake {
    pub fn new(bot: Bot, door: Arc<Door>) -> Intake {
        Intake { lanes: Mutex::new(Lanes::new()), bot, door, unreadable: AtomicU64::new(0) }
    }

    /// Queues an update for its chat, never waiting. Updates teloxide could not read are
    /// counted, and their content is never logged.
    pub fn accept(&self, update: Update) {
        let kind = match &update.kind {
            UpdateKind::Message(_) => "message",
            UpdateKind::CallbackQuery(_) => "callback_query",
            UpdateKind::InlineQuery(_) => "inline_query",
            UpdateKind::MyChatMember(_) => "my_chat_member",
            UpdateKind::Error(_) => {
                self.unreadable_update();
                return;
            }
            _ => "other",
        };
        telemetry::update(kind);
        let Some(key) = lane_key(&update) else { return };
        let (bot, door) = (self.bot.clone(), self.door.clone());
        let routed = match self.lanes.lock() {
            Ok(mut lanes) => lanes.route(key, update, move |update| {
                let (bot, door) = (bot.clone(), door.clone());
                async move {
                    let started = std::time::Instant::now();
                    on_update(&bot, &door, update).await;
                    telemetry::update_seconds(started.elapsed());
                }
            }),
            Err(_) => false,
        };
        if !routed {
            telemetry::update("dropped");
        }
    }

    /// An update whose body could not be read at all: counted, never logged.
    pub fn unreadable_update(&self) {
        telemetry::update("unreadable");
        let n = self.unreadable.fetch_add(1, Ordering::Relaxed) + 1;
        log::warn!("an update could not be read and was ignored ({n} so far)");
    }

    /// Waits (a little) for the updates already accepted to be answered.
    pub async fn drain(&self, within: Duration) {
        let lanes = match self.lanes.lock() {
            Ok(mut lanes) => std::mem::take(&mut *lanes),
            Err(_) => return,
        };
        lanes.drain(within).await;
    }
}

/// Takes updates from `listener` until `stop` completes (then finishes what is queued,
/// within `drain`) or another instance takes over the token.
pub async fn poll<L>(
    mut listener: L,
    intake: Arc<Intake>,
    stop: impl Future<Output = ()>,
    drain: Duration,
) -> Result<(), DispatchError>
where
    L: UpdateListener<Err = RequestError>,
{
    let stop_token = listener.stop_token();
    let mut result = Ok(());
    {
        let stream = listener.as_stream();
        tokio::pin!(stream);
        tokio::pin!(stop);
        let mut stopping = false;
        loop {
            let next = tokio::select! {
                _ = &mut stop, if !stopping => {
                    stopping = true;
                    stop_token.stop();
                    continue;
                }
                next = stream.next() => next,
            };
            match next {
                None => break,
                Some(Ok(update)) => intake.accept(update),
                Some(Err(RequestError::Api(ApiError::TerminatedByOtherGetUpdates))) => {
                    result = Err(DispatchError::Conflict);
                    break;
                }
                Some(Err(e)) => log::warn!("getUpdates: {}", courier::describe(&e)),
            }
        }
    }
    intake.drain(drain).await;
    result
}

#[cfg(test)]
mod tests {
    use std::sync::atomic::{AtomicUsize, Ordering};

    use super::*;

    fn update(id: i32) -> Update {
        serde_json::from_value(serde_json::json!({
            "update_id": id,
            "message": {"message_id": 1, "date": 1_700_000_000, "chat": {"id": -5, "type": "group", "title": "G"},
                        "from": {"id": 1, "is_bot": false, "first_name": "T"}, "text": "/start"}
        }))
        .unwrap()
    }

    #[tokio::test]
    async fn a_flooding_chat_loses_its_surplus_and_never_blocks_the_router() {
        let answered = Arc::new(AtomicUsize::new(0));
        let other = Arc::new(AtomicUsize::new(0));
        let mut lanes = Lanes::new();
        let started = tokio::time::Instant::now();
        for i in 0..200 {
            let answered = answered.clone();
            lanes.route(-5, update(i), move |_| {
                let answered = answered.clone();
                async move {
                    tokio::time::sleep(Duration::from_millis(100)).await;
                    answered.fetch_add(1, Ordering::SeqCst);
                }
            });
        }
        let o = other.clone();
        lanes.route(7, update(1000), move |_| {
            let o = o.clone();
            async move {
                o.fetch_add(1, Ordering::SeqCst);
            }
        });
        assert!(started.elapsed() < Duration::from_millis(50), "routing never waits");
        tokio::time::sleep(Duration::from_millis(20)).await;
        assert_eq!(other.load(Ordering::SeqCst), 1, "the other chat is answered at once");
        lanes.drain(Duration::from_secs(10)).await;
        // The one being answered plus a full queue; the rest was dropped.
        let n = answered.load(Ordering::SeqCst);
        assert!((QUEUE_PER_CHAT..=QUEUE_PER_CHAT + 1).contains(&n), "{n}");
    }
}
