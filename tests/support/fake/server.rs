//! How the fake Bot API server answers a request: faults first, then the rate limit, then
//! a plausible success; getUpdates is held open until an update comes.

use std::{
    sync::{atomic::Ordering, Arc},
    time::{Duration, Instant},
};

use axum::{
    body::Bytes,
    extract::{Path as UrlPath, State},
    http::{StatusCode, Uri},
    response::{IntoResponse, Response},
    Json,
};
use serde_json::{json, Value};

use super::super::{
    updates::{chat, user},
    BOT_ID, BOT_USERNAME, TOKEN,
};
use super::{Fault, Request, Shared};

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

pub(super) async fn handle(
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
            "can_join_groups": true, "can_read_all_group_messages": false,
            "supports_inline_queries": !shared.inline_off.load(Ordering::SeqCst),
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
    let timeout = Duration::from_secs(body.get("timeout").and_then(Value::as_u64).unwrap_or(0))
        .min(Duration::from_millis(shared.max_hold_ms.load(Ordering::Relaxed)));
    let deadline = Instant::now() + timeout;
    loop {
        let notified = shared.updates_changed.notified();
        {
            let mut inner = shared.inner.lock().unwrap();
            inner.updates.retain(|u| u["update_id"].as_i64().unwrap_or(0) >= offset);
            if !inner.updates.is_empty() {
                // As Telegram: at most `limit` (1 to 100, default 100) at a time.
                let limit = body.get("limit").and_then(Value::as_u64).unwrap_or(100).clamp(1, 100) as usize;
                return ok(Value::Array(inner.updates.iter().take(limit).cloned().collect()));
            }
        }
        let left = deadline.saturating_duration_since(Instant::now());
        if left.is_zero() {
            return ok(json!([]));
        }
        let _ = tokio::time::timeout(left, notified).await;
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
