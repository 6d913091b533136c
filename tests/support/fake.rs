//! The fake Bot API server: its state, the faults and rate limit it answers with, and what
//! tests read back from it (the HTTP side lives in `server`).

mod server;

use std::{
    collections::{HashMap, HashSet},
    net::SocketAddr,
    sync::{
        atomic::{AtomicBool, AtomicI64, AtomicU64, Ordering},
        Arc, Mutex,
    },
    time::{Duration, Instant},
};

use axum::{routing::any, Router};
use serde_json::{json, Value};
use tokio::sync::Notify;

/// One request the bot made.
#[derive(Debug, Clone)]
pub struct Request {
    pub method: String,
    pub body: Value,
    pub at: Instant,
    /// What the fake answered: "ok" or the fault.
    pub answer: String,
}

impl Request {
    pub fn chat_id(&self) -> Option<i64> {
        self.body.get("chat_id").and_then(Value::as_i64)
    }
    pub fn text(&self) -> &str {
        self.body.get("text").and_then(Value::as_str).unwrap_or("")
    }
    /// Every button of the reply markup as (text, callback_data or url or switch query).
    pub fn buttons(&self) -> Vec<(String, String)> {
        let mut out = Vec::new();
        if let Some(rows) = self.body.pointer("/reply_markup/inline_keyboard").and_then(Value::as_array) {
            for button in rows.iter().filter_map(Value::as_array).flatten() {
                let text = button["text"].as_str().unwrap_or("").to_owned();
                let target = ["callback_data", "url", "switch_inline_query"]
                    .iter()
                    .find_map(|k| button.get(*k).and_then(Value::as_str))
                    .unwrap_or("")
                    .to_owned();
                out.push((text, target));
            }
        }
        out
    }
}

/// A fault the fake answers with instead of success.
#[derive(Debug, Clone)]
pub enum Fault {
    RetryAfter(u32),
    Blocked,
    ChatNotFound,
    MigrateTo(i64),
    ServerError,
    /// Answer normally, but only after this long.
    Slow(Duration),
    /// 409: another process is getting updates with this token (for getUpdates).
    Conflict,
    /// Answer with this HTTP status and this raw (non-JSON) body, in which `{path}` becomes
    /// the request's path as sent, like a misconfigured proxy's `Cannot POST /bot<token>/GetMe`.
    Raw(u16, String),
}

#[derive(Debug, Clone)]
struct Rule {
    method: String,
    chat: Option<i64>,
    fault: Fault,
    /// Applies to one request in `every` (1: all of them).
    every: u64,
    seen: u64,
    /// At most this many faults (0: no limit).
    limit: u64,
    fired: u64,
}

/// A token bucket: what the fake accepts per second before answering 429.
#[derive(Debug)]
struct Bucket {
    rate: f64,
    capacity: f64,
    tokens: f64,
    last: Instant,
}

#[derive(Default)]
struct Inner {
    updates: Vec<Value>,
    requests: Vec<Request>,
    rules: Vec<Rule>,
    admins: HashSet<(i64, u64)>,
    bucket: Option<Bucket>,
    /// The webhook as the bot set it (setWebhook's body), if any.
    webhook: Option<Value>,
}

pub struct Shared {
    inner: Mutex<Inner>,
    next_update: AtomicI64,
    next_message: AtomicI64,
    sent_ok: AtomicU64,
    updates_changed: Notify,
    requests_changed: Notify,
    /// The longest a getUpdates call is held open, in ms (see [`FakeTelegram::hold_polls`]).
    max_hold_ms: AtomicU64,
    /// Whether requests are recorded (a benchmark turns this off to measure only the bot).
    record: bool,
    /// Successful sendMessage calls per chat, and when each chat got its first one.
    per_chat: Mutex<HashMap<i64, (u32, Instant)>>,
    /// 429s answered by the rate limit.
    throttled: AtomicU64,
    /// Whether getMe says inline mode is off (not switched on with /setinline).
    inline_off: AtomicBool,
}

/// The bot's long-poll timeout (`main.rs`), up to which Telegram holds a getUpdates call
/// (benchmarks pass it to [`FakeTelegram::hold_polls`]).
pub const TELEGRAM_HOLD_MS: u64 = 25_000;

/// A running fake Bot API server.
#[derive(Clone)]
pub struct FakeTelegram {
    pub addr: SocketAddr,
    shared: Arc<Shared>,
}

impl FakeTelegram {
    pub async fn start() -> FakeTelegram {
        FakeTelegram::start_with(true).await
    }

    pub async fn start_with(record: bool) -> FakeTelegram {
        let shared = Arc::new(Shared {
            inner: Mutex::new(Inner::default()),
            next_update: AtomicI64::new(1),
            next_message: AtomicI64::new(1),
            sent_ok: AtomicU64::new(0),
            updates_changed: Notify::new(),
            requests_changed: Notify::new(),
            max_hold_ms: AtomicU64::new(500),
            record,
            per_chat: Mutex::new(HashMap::new()),
            throttled: AtomicU64::new(0),
            inline_off: AtomicBool::new(false),
        });
        let app = Router::new().route("/{*path}", any(server::handle)).with_state(shared.clone());
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.expect("bind 127.0.0.1");
        let addr = listener.local_addr().expect("local addr");
        tokio::spawn(async move {
            let _ = axum::serve(listener, app).await;
        });
        FakeTelegram { addr, shared }
    }

    pub fn url(&self) -> String {
        format!("http://{}", self.addr)
    }

    /// Queues an update (`kind` is e.g. {"message": {...}}); its id is added and returned.
    pub fn push(&self, mut kind: Value) -> i64 {
        let id = self.shared.next_update.fetch_add(1, Ordering::SeqCst);
        kind["update_id"] = json!(id);
        self.shared.inner.lock().unwrap().updates.push(kind);
        self.shared.updates_changed.notify_waiters();
        id
    }

    /// The highest offset the bot confirmed with getUpdates: every update below it counts
    /// as delivered for Telegram.
    pub fn confirmed_offset(&self) -> i64 {
        self.calls("getUpdates").iter().filter_map(|r| r.body.get("offset").and_then(Value::as_i64)).max().unwrap_or(0)
    }

    /// Answers `method` (for `chat`, or any chat) with `fault`, for one request in `every`.
    pub fn fault(&self, method: &str, chat: Option<i64>, fault: Fault, every: u64) {
        self.fault_limited(method, chat, fault, every, 0);
    }

    /// Like [`fault`](Self::fault), but at most `limit` times.
    pub fn fault_limited(&self, method: &str, chat: Option<i64>, fault: Fault, every: u64, limit: u64) {
        self.shared.inner.lock().unwrap().rules.push(Rule {
            method: method.into(),
            chat,
            fault,
            every: every.max(1),
            seen: 0,
            limit,
            fired: 0,
        });
    }

    /// Whether getMe says the bot supports inline queries (on by default; @BotFather's
    /// /setinline switches it).
    pub fn inline_mode(&self, on: bool) {
        self.shared.inline_off.store(!on, Ordering::SeqCst);
    }

    pub fn clear_faults(&self) {
        self.shared.inner.lock().unwrap().rules.clear();
    }

    /// Holds a getUpdates call open for as long as it asks (its `timeout`), up to `longest`,
    /// or until an update comes, as Telegram does. The default is 500 ms: a test's bot
    /// polls twice a second while idle, which Telegram's bot would not (benchmarks measure
    /// an idle bot with Telegram's hold).
    pub fn hold_polls(&self, longest: Duration) {
        let ms = u64::try_from(longest.as_millis()).unwrap_or(u64::MAX);
        self.shared.max_hold_ms.store(ms, Ordering::Relaxed);
    }

    /// Accepts at most `rate` sendMessage calls a second (burst `rate / 10`), 429 above.
    pub fn limit_rate(&self, rate: f64) {
        self.shared.inner.lock().unwrap().bucket = Some(Bucket {
            rate,
            capacity: (rate / 10.0).max(1.0),
            tokens: (rate / 10.0).max(1.0),
            last: Instant::now(),
        });
    }

    /// The webhook the bot registered (setWebhook's body), if any.
    pub fn webhook(&self) -> Option<Value> {
        self.shared.inner.lock().unwrap().webhook.clone()
    }

    /// Registers a webhook as if someone had set it earlier.
    pub fn preset_webhook(&self, url: &str) {
        self.shared.inner.lock().unwrap().webhook = Some(json!({"url": url}));
    }

    pub fn make_admin(&self, chat: i64, user: u64) {
        self.shared.inner.lock().unwrap().admins.insert((chat, user));
    }

    pub fn requests(&self) -> Vec<Request> {
        self.shared.inner.lock().unwrap().requests.clone()
    }

    pub fn calls(&self, method: &str) -> Vec<Request> {
        self.requests().into_iter().filter(|r| r.method == method).collect()
    }

    /// Successful sendMessage calls so far (counted even when not recording).
    pub fn sent_ok(&self) -> u64 {
        self.shared.sent_ok.load(Ordering::SeqCst)
    }

    /// 429s answered because of [`limit_rate`](Self::limit_rate).
    pub fn throttled(&self) -> u64 {
        self.shared.throttled.load(Ordering::SeqCst)
    }

    /// Per chat: successful sendMessage calls and when the first one came (always counted).
    pub fn per_chat(&self) -> HashMap<i64, (u32, Instant)> {
        self.shared.per_chat.lock().unwrap().clone()
    }

    /// How many chats got a message, without copying the map: a copy of a million entries
    /// every 20 ms held the lock that every answered sendMessage takes, and slowed the fake's
    /// answers (and so the wave it measured) by a few percent (issue 20).
    pub fn reached(&self) -> usize {
        self.shared.per_chat.lock().unwrap().len()
    }

    /// How many chats from `first` up got a message, without copying the map.
    pub fn reached_from(&self, first: i64) -> usize {
        self.shared.per_chat.lock().unwrap().keys().filter(|c| **c >= first).count()
    }

    /// Lifts the rate limit.
    pub fn unlimit_rate(&self) {
        self.shared.inner.lock().unwrap().bucket = None;
    }

    /// Successful sendMessage calls per chat.
    pub fn delivered(&self) -> HashMap<i64, Vec<Request>> {
        let mut out: HashMap<i64, Vec<Request>> = HashMap::new();
        for r in self.calls("sendMessage").into_iter().filter(|r| r.answer == "ok") {
            if let Some(chat) = r.chat_id() {
                out.entry(chat).or_default().push(r);
            }
        }
        out
    }

    /// Waits until `check` holds for the requests so far, or panics after `timeout`.
    pub async fn wait_for(&self, what: &str, timeout: Duration, check: impl Fn(&[Request]) -> bool) -> Vec<Request> {
        let deadline = Instant::now() + timeout;
        loop {
            let notified = self.shared.requests_changed.notified();
            let requests = self.requests();
            if check(&requests) {
                return requests;
            }
            let left = deadline.saturating_duration_since(Instant::now());
            if left.is_zero() {
                let summary: Vec<String> = requests
                    .iter()
                    .rev()
                    .take(12)
                    .map(|r| format!("{} {:?} {:.60}", r.method, r.chat_id(), r.text()))
                    .collect();
                panic!("timed out waiting for {what}; last requests:\n{}", summary.join("\n"));
            }
            let _ = tokio::time::timeout(left.min(Duration::from_millis(200)), notified).await;
        }
    }

    /// Waits for the next sendMessage to `chat` after `after` requests were seen.
    pub async fn reply_to(&self, chat: i64, after: usize) -> Request {
        let requests = self
            .wait_for(&format!("a reply to chat {chat}"), Duration::from_secs(20), |rs| {
                rs[after.min(rs.len())..].iter().any(|r| r.method == "sendMessage" && r.chat_id() == Some(chat))
            })
            .await;
        requests[after..].iter().find(|r| r.method == "sendMessage" && r.chat_id() == Some(chat)).cloned().unwrap()
    }
}

/// The most requests made within any one second.
pub fn busiest_second(requests: &[Request]) -> usize {
    let times: Vec<Instant> = requests.iter().map(|r| r.at).collect();
    (0..times.len())
        .map(|i| times[i..].iter().take_while(|t| **t < times[i] + Duration::from_secs(1)).count())
        .max()
        .unwrap_or(0)
}
