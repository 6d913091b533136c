//! A fake Telegram Bot API server on 127.0.0.1, and a way to run the real bot binary
//! against it. Tests push updates, set faults (429, 403, migrations, 5xx, slowness) per
//! chat and method, and read back every request the bot made.
#![allow(dead_code)]

use std::{
    collections::{HashMap, HashSet},
    net::SocketAddr,
    path::{Path, PathBuf},
    process::{Child, Command, Stdio},
    sync::{
        atomic::{AtomicI64, AtomicU64, Ordering},
        Arc, Mutex,
    },
    time::{Duration, Instant},
};

use axum::{
    body::Bytes,
    extract::{Path as UrlPath, State},
    http::{StatusCode, Uri},
    response::{IntoResponse, Response},
    routing::any,
    Json, Router,
};
use serde_json::{json, Value};
use tokio::sync::Notify;

pub const TOKEN: &str = "123456:TEST-token_secret";
pub const BOT_ID: u64 = 123456;
pub const BOT_USERNAME: &str = "objection_bot";

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
    /// The longest a getUpdates call is held open.
    max_hold: Duration,
    /// Whether requests are recorded (a benchmark turns this off to measure only the bot).
    record: bool,
    /// Successful sendMessage calls per chat, and when each chat got its first one.
    per_chat: Mutex<HashMap<i64, (u32, Instant)>>,
    /// 429s answered by the rate limit.
    throttled: AtomicU64,
}

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
            max_hold: Duration::from_millis(500),
            record,
            per_chat: Mutex::new(HashMap::new()),
            throttled: AtomicU64::new(0),
        });
        let app = Router::new().route("/{*path}", any(handle)).with_state(shared.clone());
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

    /// Queues an update (`kind` is e.g. {"message": {...}}); its id is added.
    pub fn push(&self, mut kind: Value) {
        let id = self.shared.next_update.fetch_add(1, Ordering::SeqCst);
        kind["update_id"] = json!(id);
        self.shared.inner.lock().unwrap().updates.push(kind);
        self.shared.updates_changed.notify_waiters();
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

    pub fn clear_faults(&self) {
        self.shared.inner.lock().unwrap().rules.clear();
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

fn user(id: u64, lang: Option<&str>) -> Value {
    let mut u = json!({"id": id, "is_bot": false, "first_name": "Test"});
    if let Some(lang) = lang {
        u["language_code"] = json!(lang);
    }
    u
}

fn chat(id: i64) -> Value {
    if id > 0 {
        json!({"id": id, "type": "private", "first_name": "Test"})
    } else if id < -1_000_000_000_000 {
        json!({"id": id, "type": "supergroup", "title": "Group"})
    } else {
        json!({"id": id, "type": "group", "title": "Group"})
    }
}

/// A text message from `user_id` (with `lang`) in `chat_id` (positive: private).
pub fn text_update(chat_id: i64, user_id: u64, lang: Option<&str>, text: &str) -> Value {
    json!({"message": {"message_id": 1, "date": 1_700_000_000, "chat": chat(chat_id), "from": user(user_id, lang), "text": text}})
}

pub fn callback_update(chat_id: i64, user_id: u64, lang: Option<&str>, data: &str) -> Value {
    json!({"callback_query": {
        "id": format!("cb{}", rand_id()), "from": user(user_id, lang), "chat_instance": "ci", "data": data,
        "message": {"message_id": 77, "date": 1_700_000_000, "chat": chat(chat_id), "text": "…"}
    }})
}

pub fn inline_update(user_id: u64, lang: Option<&str>, query: &str) -> Value {
    json!({"inline_query": {"id": format!("iq{}", rand_id()), "from": user(user_id, lang), "query": query, "offset": ""}})
}

/// The bot's own membership changing in a chat: "left" → "member" adds it, and back.
pub fn membership_update(chat_id: i64, by: u64, lang: Option<&str>, old: &str, new: &str) -> Value {
    let bot = json!({"id": BOT_ID, "is_bot": true, "first_name": "Bot", "username": BOT_USERNAME});
    json!({"my_chat_member": {
        "chat": chat(chat_id), "from": user(by, lang), "date": 1_700_000_000,
        "old_chat_member": {"user": bot, "status": old},
        "new_chat_member": {"user": bot, "status": new}
    }})
}

pub fn migrate_update(chat_id: i64, to: i64) -> Value {
    json!({"message": {"message_id": 2, "date": 1_700_000_000, "chat": chat(chat_id), "from": user(1, None), "migrate_to_chat_id": to}})
}

fn rand_id() -> u64 {
    static N: AtomicU64 = AtomicU64::new(1);
    N.fetch_add(1, Ordering::SeqCst)
}

fn ok(result: Value) -> Response {
    Json(json!({"ok": true, "result": result})).into_response()
}

fn error(code: u16, description: &str, parameters: Option<Value>) -> Response {
    let mut body = json!({"ok": false, "error_code": code, "description": description});
    if let Some(p) = parameters {
        body["parameters"] = p;
    }
    (StatusCode::from_u16(code).unwrap_or(StatusCode::BAD_REQUEST), Json(body)).into_response()
}

async fn handle(
    State(shared): State<Arc<Shared>>,
    uri: Uri,
    headers: axum::http::HeaderMap,
    UrlPath(path): UrlPath<String>,
    body: Bytes,
) -> Response {
    let Some((token, method)) = path.strip_prefix("bot").and_then(|p| p.split_once('/')) else {
        return error(404, "Not Found", None);
    };
    if token != TOKEN {
        return error(401, "Unauthorized", None);
    }
    let content_type = headers.get("content-type").and_then(|v| v.to_str().ok()).unwrap_or("");
    let body: Value = if body.is_empty() {
        json!({})
    } else if let Some(boundary) = content_type.split("boundary=").nth(1) {
        multipart_fields(&body, boundary)
    } else {
        serde_json::from_slice(&body).unwrap_or(json!({}))
    };
    // Telegram reads method names case-insensitively; teloxide writes them as `GetMe`.
    let mut chars = method.chars();
    let method: String = chars.next().map(|c| c.to_ascii_lowercase()).into_iter().chain(chars).collect();
    if method == "getUpdates" {
        let conflict =
            shared.inner.lock().unwrap().rules.iter().any(|r| r.method == method && matches!(r.fault, Fault::Conflict));
        if conflict {
            return error(
                409,
                "Conflict: terminated by other getUpdates request; make sure that only one bot instance is running",
                None,
            );
        }
        if shared.record {
            let request =
                Request { method: method.clone(), body: body.clone(), at: Instant::now(), answer: "ok".into() };
            shared.inner.lock().unwrap().requests.push(request);
        }
        return get_updates(&shared, &body).await;
    }
    let chat_id = body.get("chat_id").and_then(Value::as_i64);

    // Faults first, then the rate limit, then success.
    let mut fault = None;
    {
        let mut inner = shared.inner.lock().unwrap();
        for rule in inner.rules.iter_mut() {
            if rule.method == method
                && (rule.chat.is_none() || rule.chat == chat_id)
                && (rule.limit == 0 || rule.fired < rule.limit)
            {
                rule.seen += 1;
                if rule.seen % rule.every == 0 {
                    rule.fired += 1;
                    fault = Some(rule.fault.clone());
                    break;
                }
            }
        }
        if fault.is_none() && method == "sendMessage" {
            if let Some(b) = inner.bucket.as_mut() {
                let now = Instant::now();
                b.tokens = (b.tokens + now.duration_since(b.last).as_secs_f64() * b.rate).min(b.capacity);
                b.last = now;
                if b.tokens >= 1.0 {
                    b.tokens -= 1.0;
                } else {
                    shared.throttled.fetch_add(1, Ordering::SeqCst);
                    fault = Some(Fault::RetryAfter(1));
                }
            }
        }
    }
    if let Some(Fault::Slow(wait)) = fault {
        tokio::time::sleep(wait).await;
        fault = None;
    }
    let answer = match &fault {
        None => "ok".to_string(),
        Some(f) => format!("{f:?}"),
    };
    if shared.record {
        shared.inner.lock().unwrap().requests.push(Request {
            method: method.clone(),
            body: body.clone(),
            at: Instant::now(),
            answer,
        });
        shared.requests_changed.notify_waiters();
    }
    match fault {
        Some(Fault::RetryAfter(s)) => {
            return error(429, &format!("Too Many Requests: retry after {s}"), Some(json!({"retry_after": s})))
        }
        Some(Fault::Blocked) => return error(403, "Forbidden: bot was blocked by the user", None),
        Some(Fault::ChatNotFound) => return error(400, "Bad Request: chat not found", None),
        Some(Fault::MigrateTo(id)) => {
            return error(
                400,
                "Bad Request: group chat was upgraded to a supergroup chat",
                Some(json!({"migrate_to_chat_id": id})),
            )
        }
        Some(Fault::ServerError) => return error(502, "Bad Gateway", None),
        Some(Fault::Conflict) => return error(409, "Conflict", None),
        Some(Fault::Raw(code, body)) => {
            let status = StatusCode::from_u16(code).unwrap_or(StatusCode::NOT_FOUND);
            return (status, body.replace("{path}", uri.path())).into_response();
        }
        Some(Fault::Slow(_)) | None => {}
    }
    match method.as_str() {
        "getMe" => ok(json!({
            "id": BOT_ID, "is_bot": true, "first_name": "Objection", "username": BOT_USERNAME,
            "can_join_groups": true, "can_read_all_group_messages": false, "supports_inline_queries": true,
            "has_main_web_app": false
        })),
        "sendMessage" | "editMessageReplyMarkup" => {
            if method == "sendMessage" {
                shared.sent_ok.fetch_add(1, Ordering::SeqCst);
                let mut per_chat = shared.per_chat.lock().unwrap();
                per_chat.entry(chat_id.unwrap_or(0)).or_insert((0, Instant::now())).0 += 1;
            }
            let id = shared.next_message.fetch_add(1, Ordering::SeqCst);
            let chat_id = chat_id.unwrap_or(1);
            ok(json!({"message_id": id, "date": 1_700_000_000, "chat": chat(chat_id),
                      "text": body.get("text").cloned().unwrap_or(json!("…"))}))
        }
        "getChatMember" => {
            let chat = chat_id.unwrap_or(0);
            let user_id = body.get("user_id").and_then(Value::as_u64).unwrap_or(0);
            let admin = shared.inner.lock().unwrap().admins.contains(&(chat, user_id));
            let status =
                if admin { json!({"status": "creator", "is_anonymous": false}) } else { json!({"status": "member"}) };
            let mut member = status;
            member["user"] = user(user_id, None);
            ok(member)
        }
        "getWebhookInfo" => {
            let mut info = json!({"url": "", "has_custom_certificate": false, "pending_update_count": 0});
            if let Some(hook) = shared.inner.lock().unwrap().webhook.clone() {
                info["url"] = hook["url"].clone();
                info["max_connections"] = hook["max_connections"].clone();
                info["allowed_updates"] = hook["allowed_updates"].clone();
            }
            ok(info)
        }
        "setWebhook" => {
            shared.inner.lock().unwrap().webhook = Some(body.clone());
            ok(json!(true))
        }
        "deleteWebhook" => {
            shared.inner.lock().unwrap().webhook = None;
            ok(json!(true))
        }
        _ => ok(json!(true)),
    }
}

async fn get_updates(shared: &Shared, body: &Value) -> Response {
    let offset = body.get("offset").and_then(Value::as_i64).unwrap_or(0);
    let timeout = Duration::from_secs(body.get("timeout").and_then(Value::as_u64).unwrap_or(0)).min(shared.max_hold);
    let deadline = Instant::now() + timeout;
    loop {
        let notified = shared.updates_changed.notified();
        {
            let mut inner = shared.inner.lock().unwrap();
            inner.updates.retain(|u| u["update_id"].as_i64().unwrap_or(0) >= offset);
            if !inner.updates.is_empty() {
                return ok(Value::Array(inner.updates.clone()));
            }
        }
        let left = deadline.saturating_duration_since(Instant::now());
        if left.is_zero() {
            return ok(json!([]));
        }
        let _ = tokio::time::timeout(left, notified).await;
    }
}

/// The real bot binary, running against a fake server.
pub struct BotProcess {
    child: Option<Child>,
    pub stderr_path: PathBuf,
}

/// A temporary folder holding a test's database and campaign file.
pub struct Workdir {
    pub dir: tempfile::TempDir,
}

impl Workdir {
    pub fn new() -> Workdir {
        Workdir { dir: tempfile::tempdir().expect("temp dir") }
    }
    pub fn db_url(&self) -> String {
        format!("sqlite://{}", self.dir.path().join("bot.db").display())
    }
    pub fn path(&self, name: &str) -> PathBuf {
        self.dir.path().join(name)
    }
    /// Writes the built-in campaign with the given deadline and reminder offsets into
    /// `campaigns/` and returns that folder, for `CAMPAIGNS_DIR`.
    pub fn campaign(&self, deadline: chrono::DateTime<chrono::FixedOffset>, reminders: &[&str]) -> PathBuf {
        self.campaign_copy("meta-ai-2025", deadline, reminders, |text| text.to_owned())
    }

    /// Copies the built-in campaign into `campaigns/<id>/` with its id, deadline and
    /// reminders set, and its campaign file further changed by `edit`; returns `campaigns/`.
    pub fn campaign_copy(
        &self,
        id: &str,
        deadline: chrono::DateTime<chrono::FixedOffset>,
        reminders: &[&str],
        edit: impl Fn(&str) -> String,
    ) -> PathBuf {
        let source = Path::new(env!("CARGO_MANIFEST_DIR")).join("campaigns/meta-ai-2025");
        let root = self.path("campaigns");
        let target = root.join(id);
        copy_dir(&source, &target);
        let text = std::fs::read_to_string(target.join("campaign.toml"))
            .expect("campaign file")
            .replace("id = \"meta-ai-2025\"", &format!("id = \"{id}\""))
            .replace("2025-05-27T00:00:00+02:00", &deadline.to_rfc3339_opts(chrono::SecondsFormat::Secs, false))
            .replace(
                "reminders = [\"7d\", \"3d\", \"1d\", \"3h\"]",
                &format!(
                    "reminders = [{}]",
                    reminders.iter().map(|r| format!("\"{r}\"")).collect::<Vec<_>>().join(", ")
                ),
            );
        std::fs::write(target.join("campaign.toml"), edit(&text)).expect("write campaign");
        root
    }
}

/// Copies a folder and everything in it.
pub fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).expect("create folder");
    for entry in std::fs::read_dir(from).expect("read folder").flatten() {
        let path = entry.path();
        let target = to.join(entry.file_name());
        if path.is_dir() {
            copy_dir(&path, &target);
        } else {
            std::fs::copy(&path, &target).expect("copy file");
        }
    }
}

impl BotProcess {
    /// Starts `objection-bot run` against `fake` with the given extra environment.
    pub fn start(fake: &FakeTelegram, work: &Workdir, env: &[(&str, &str)]) -> BotProcess {
        let stderr_path = work.path(&format!("stderr-{}.log", rand_id()));
        let stderr = std::fs::File::create(&stderr_path).expect("stderr file");
        let mut command = Command::new(env!("CARGO_BIN_EXE_objection-bot"));
        command
            .arg("run")
            .env_clear()
            .env("PATH", std::env::var("PATH").unwrap_or_default())
            .env("TELOXIDE_TOKEN", TOKEN)
            .env("TELOXIDE_API_URL", fake.url())
            .env("DATABASE_URL", work.db_url())
            .env("RUST_LOG", "info")
            .current_dir(work.dir.path())
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(stderr);
        for (k, v) in env {
            command.env(k, v);
        }
        BotProcess { child: Some(command.spawn().expect("start the bot binary")), stderr_path }
    }

    /// Kills the process at once, as `kill -9` would.
    pub fn kill(&mut self) {
        if let Some(mut child) = self.child.take() {
            let _ = child.kill();
            let _ = child.wait();
        }
    }

    /// Asks the process to stop (SIGTERM) and waits for it; returns its exit status.
    pub fn stop(&mut self) -> Option<std::process::ExitStatus> {
        let mut child = self.child.take()?;
        let _ = Command::new("kill").arg("-TERM").arg(child.id().to_string()).status();
        let deadline = Instant::now() + Duration::from_secs(20);
        while Instant::now() < deadline {
            if let Ok(Some(status)) = child.try_wait() {
                return Some(status);
            }
            std::thread::sleep(Duration::from_millis(50));
        }
        let _ = child.kill();
        child.wait().ok()
    }

    /// Waits for the process to end by itself, at most `timeout`; `None` if it is still running.
    pub fn wait(&mut self, timeout: Duration) -> Option<std::process::ExitStatus> {
        let deadline = Instant::now() + timeout;
        while Instant::now() < deadline {
            if let Ok(Some(status)) = self.child.as_mut()?.try_wait() {
                self.child = None;
                return Some(status);
            }
            std::thread::sleep(Duration::from_millis(50));
        }
        None
    }

    pub fn pid(&self) -> Option<u32> {
        self.child.as_ref().map(Child::id)
    }

    pub fn stderr(&self) -> String {
        std::fs::read_to_string(&self.stderr_path).unwrap_or_default()
    }
}

impl Drop for BotProcess {
    fn drop(&mut self) {
        self.kill();
    }
}

/// Waits until the bot has connected (getMe answered and polling started).
pub async fn wait_until_polling(fake: &FakeTelegram, bot: &BotProcess) {
    let deadline = Instant::now() + Duration::from_secs(30);
    while !fake.requests().iter().any(|r| r.method == "getUpdates") {
        assert!(Instant::now() < deadline, "the bot did not start polling; its log:\n{}", bot.stderr());
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
}

pub fn exists(path: &Path) -> bool {
    path.exists()
}

/// A moment `s` seconds from now, in whole seconds as the campaign file writes it.
pub fn in_secs(s: i64) -> chrono::DateTime<chrono::FixedOffset> {
    use chrono::SubsecRound;
    (chrono::Utc::now() + chrono::Duration::seconds(s)).trunc_subsecs(0).fixed_offset()
}

/// The built-in campaign's id and platform keys.
pub const META: &str = "meta-ai-2025";
pub const META_PLATFORMS: [&str; 3] = ["facebook", "instagram", "whatsapp"];

/// Subscribes chats to the built-in campaign directly in the database before the bot
/// starts. Each chat's third value has a bit for each platform ticked off (1 facebook,
/// 2 instagram, 4 whatsapp).
pub async fn seed(work: &Workdir, chats: &[(i64, Option<objection_bot::lang::Lang>, i64)]) {
    let done: Vec<Vec<&str>> = chats
        .iter()
        .map(|(_, _, mask)| {
            META_PLATFORMS.iter().enumerate().filter(|(i, _)| mask & (1 << i) != 0).map(|(_, k)| *k).collect()
        })
        .collect();
    let rows: Vec<(i64, Option<objection_bot::lang::Lang>, &[&str])> =
        chats.iter().zip(&done).map(|((id, lang, _), done)| (*id, *lang, done.as_slice())).collect();
    let store = objection_bot::store::Store::open(&work.db_url()).await.unwrap();
    store.add_subscribers(META, &rows, chrono::Utc::now().timestamp()).await.unwrap();
    store.close().await;
}

/// The most requests made within any one second.
pub fn busiest_second(requests: &[Request]) -> usize {
    let times: Vec<Instant> = requests.iter().map(|r| r.at).collect();
    (0..times.len())
        .map(|i| times[i..].iter().take_while(|t| **t < times[i] + Duration::from_secs(1)).count())
        .max()
        .unwrap_or(0)
}

/// A port on 127.0.0.1 that nothing listens on now.
pub fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0").expect("bind").local_addr().expect("addr").port()
}

/// Waits until `url` answers `status` (GET), or panics after 30 s.
pub async fn wait_for_status(url: &str, status: u16) {
    let client = reqwest::Client::new();
    let deadline = Instant::now() + Duration::from_secs(30);
    loop {
        if let Ok(r) = client.get(url).send().await {
            if r.status().as_u16() == status {
                return;
            }
        }
        assert!(Instant::now() < deadline, "{url} never answered {status}");
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
}

/// The fields of a multipart/form-data body (as teloxide sends setWebhook), each value read
/// as JSON when it parses and as a string otherwise.
fn multipart_fields(body: &[u8], boundary: &str) -> Value {
    let text = String::from_utf8_lossy(body);
    let mut fields = serde_json::Map::new();
    for part in text.split(&format!("--{}", boundary.trim_matches('"'))) {
        let Some((head, value)) = part.split_once("\r\n\r\n") else { continue };
        let Some(name) = head.split("name=\"").nth(1).and_then(|n| n.split('"').next()) else { continue };
        let value = value.trim_end_matches("\r\n");
        let parsed = serde_json::from_str(value).unwrap_or_else(|_| Value::String(value.to_owned()));
        fields.insert(name.to_owned(), parsed);
    }
    Value::Object(fields)
}
