//! Production mode end to end: the real binary in webhook mode against the fake Bot API
//! server, its health and readiness routes, its metrics on the operations listener, and its
//! drain on SIGTERM. (The listeners' limits and timeouts: `tests/http_limits.rs`.)

mod support;

use std::{sync::Arc, time::Duration};

use objection_bot::{
    health::{Health, Task},
    lang::Lang,
};
use support::*;

const WAIT: Duration = Duration::from_secs(20);
const SECRET: &str = "s3cret-Token_42";
const HOOK: &str = "https://bot.example.org/tg/hook";

struct Hooked {
    fake: FakeTelegram,
    bot: BotProcess,
    base: String,
    ops: String,
}

async fn start_hooked(work: &Workdir, extra: &[(&str, &str)]) -> Hooked {
    let fake = FakeTelegram::start().await;
    let listen = format!("127.0.0.1:{}", free_port());
    let ops = format!("127.0.0.1:{}", free_port());
    let mut env = vec![
        ("WEBHOOK_URL", HOOK),
        ("WEBHOOK_SECRET", SECRET),
        ("LISTEN_ADDR", listen.as_str()),
        ("OPS_LISTEN_ADDR", ops.as_str()),
    ];
    env.extend_from_slice(extra);
    let bot = BotProcess::start(&fake, work, &env);
    let base = format!("http://{listen}");
    wait_for_status(&format!("{base}/readyz"), 200).await;
    Hooked { fake, bot, base, ops: format!("http://{ops}") }
}

/// Posts an update to the bot's webhook route with `secret`; returns the HTTP status.
async fn post(base: &str, secret: Option<&str>, update: serde_json::Value) -> u16 {
    let mut update = update;
    update["update_id"] = serde_json::json!(fastrand_id());
    let mut request = reqwest::Client::new().post(format!("{base}/tg/hook")).json(&update);
    if let Some(secret) = secret {
        request = request.header("X-Telegram-Bot-Api-Secret-Token", secret);
    }
    request.send().await.map(|r| r.status().as_u16()).unwrap_or(0)
}

fn fastrand_id() -> i64 {
    use std::sync::atomic::{AtomicI64, Ordering};
    static N: AtomicI64 = AtomicI64::new(1);
    N.fetch_add(1, Ordering::SeqCst)
}

async fn get(url: &str) -> (u16, String) {
    match reqwest::get(url).await {
        Ok(r) => {
            let status = r.status().as_u16();
            (status, r.text().await.unwrap_or_default())
        }
        Err(_) => (0, String::new()),
    }
}

/// The value of a metric line that starts with `prefix` (name and labels), if present.
fn metric(text: &str, prefix: &str) -> Option<f64> {
    text.lines().find(|l| l.starts_with(prefix)).and_then(|l| l.rsplit(' ').next()?.parse().ok())
}

#[tokio::test(flavor = "multi_thread")]
async fn in_webhook_mode_the_bot_registers_once_checks_the_secret_and_answers() {
    let work = Workdir::new();
    let Hooked { fake, mut bot, base, ops } = start_hooked(&work, &[]).await;
    let hook = fake.webhook().expect("the webhook is registered");
    assert_eq!(hook["url"], HOOK);
    assert_eq!(hook["secret_token"], SECRET);
    assert_eq!(hook["max_connections"], 40);
    assert_eq!(
        hook["allowed_updates"],
        serde_json::json!(["message", "callback_query", "inline_query", "my_chat_member"])
    );
    assert!(fake.calls("getUpdates").is_empty(), "no long polling in webhook mode");

    // Without the secret the webhook path is answered as an unknown path.
    assert_eq!(post(&base, Some("wrong"), text_update(5, 5, Some("en"), "/start")).await, 404);
    assert_eq!(post(&base, None, text_update(5, 5, Some("en"), "/start")).await, 404);
    assert!(fake.calls("sendMessage").is_empty(), "nothing answered without the secret");
    let seen = fake.requests().len();
    assert_eq!(post(&base, Some(SECRET), text_update(5, 5, Some("en"), "/start")).await, 200);
    let reply = fake.reply_to(5, seen).await;
    assert!(reply.text().contains("Your data and their AI"), "{}", reply.text());
    // An update that cannot be read is answered 200, counted, and its content never logged.
    let status = reqwest::Client::new()
        .post(format!("{base}/tg/hook"))
        .header("X-Telegram-Bot-Api-Secret-Token", SECRET)
        .body(r#"{"update_id": "Zephyrine private words"#)
        .send()
        .await
        .unwrap()
        .status();
    assert_eq!(status.as_u16(), 200);

    assert_eq!(get(&format!("{base}/healthz")).await.0, 200);
    assert_eq!(get(&format!("{base}/metrics")).await, (404, String::new()), "metrics are not public");
    let (status, metrics) = get(&format!("{ops}/metrics")).await;
    assert_eq!(status, 200);
    assert_eq!(metric(&metrics, "objection_bot_updates_total{kind=\"message\"}"), Some(1.0), "{metrics}");
    assert_eq!(metric(&metrics, "objection_bot_updates_total{kind=\"unreadable\"}"), Some(1.0), "{metrics}");
    assert!(metric(&metrics, "objection_bot_telegram_requests_total{method=\"sendMessage\",outcome=\"ok\"}")
        .is_some_and(|n| n >= 1.0));
    assert!(metrics.contains("objection_bot_update_seconds_bucket"), "{metrics}");
    assert!(metrics.contains("objection_bot_build_info{version=\""), "{metrics}");
    // No label names a chat or a user (the update kind `my_chat_member` is a kind), and no text.
    assert!(!metrics.contains("chat=") && !metrics.contains("chat_id") && !metrics.contains("user"), "{metrics}");
    assert!(!metrics.contains("Zephyrine"), "no text in labels");

    // On SIGTERM: exit 0 and the webhook stays (a rolling deploy's new instance needs it).
    assert_eq!(bot.stop().and_then(|s| s.code()), Some(0), "{}", bot.stderr());
    assert!(fake.calls("deleteWebhook").is_empty());
    assert!(!bot.stderr().contains("Zephyrine") && !bot.stderr().contains(SECRET));

    // A restart finds the same webhook and does not set it again.
    let port = free_port();
    let listen = format!("127.0.0.1:{port}");
    let env = [("WEBHOOK_URL", HOOK), ("WEBHOOK_SECRET", SECRET), ("LISTEN_ADDR", listen.as_str())];
    let mut again = BotProcess::start(&fake, &work, &env);
    wait_for_status(&format!("http://{listen}/readyz"), 200).await;
    assert_eq!(fake.calls("setWebhook").len(), 1, "set once, not at every start");
    again.stop();
}

#[tokio::test(flavor = "multi_thread")]
async fn on_sigterm_accepted_updates_are_answered_and_new_ones_refused() {
    let work = Workdir::new();
    let Hooked { fake, mut bot, base, .. } = start_hooked(&work, &[]).await;
    fake.fault("sendMessage", Some(6), Fault::Slow(Duration::from_secs(2)), 1);
    assert_eq!(post(&base, Some(SECRET), text_update(6, 6, Some("en"), "/help")).await, 200);
    tokio::time::sleep(Duration::from_millis(200)).await;
    let pid = bot.pid().unwrap();
    let _ = std::process::Command::new("kill").arg("-TERM").arg(pid.to_string()).status();
    tokio::time::sleep(Duration::from_millis(300)).await;
    let (ready, why) = get(&format!("{base}/readyz")).await;
    assert_eq!((ready, why.as_str()), (503, "draining"));
    assert_eq!(
        post(&base, Some(SECRET), text_update(7, 7, Some("en"), "/help")).await,
        503,
        "Telegram sends it again later"
    );
    let status = bot.wait(WAIT).expect("the bot stops within the drain time");
    assert_eq!(status.code(), Some(0));
    assert!(fake.calls("sendMessage").iter().any(|r| r.chat_id() == Some(6)), "the accepted update was answered");
    assert!(!fake.calls("sendMessage").iter().any(|r| r.chat_id() == Some(7)));
    assert!(fake.calls("deleteWebhook").is_empty());
}

#[tokio::test(flavor = "multi_thread")]
async fn in_polling_mode_metrics_follow_a_wave_and_switching_back_deletes_the_webhook() {
    let work = Workdir::new();
    let chats: Vec<(i64, Option<Lang>, i64)> = (1..=30).map(|c| (c, Some(Lang::En), 0)).collect();
    seed(&work, &chats).await;
    let campaign = work.campaign(in_secs(30), &["27s"]);
    let fake = FakeTelegram::start().await;
    fake.preset_webhook(HOOK);
    let ops = format!("127.0.0.1:{}", free_port());
    let env = [("CAMPAIGNS_DIR", campaign.to_str().unwrap()), ("OPS_LISTEN_ADDR", ops.as_str())];
    let mut bot = BotProcess::start(&fake, &work, &env);
    wait_for_status(&format!("http://{ops}/readyz"), 200).await;
    assert!(!fake.calls("deleteWebhook").is_empty(), "long polling first removes the webhook");
    assert!(fake.webhook().is_none());
    let base = format!("http://{ops}");
    let mut sent = None;
    for _ in 0..200 {
        let (_, text) = get(&format!("{base}/metrics")).await;
        sent = metric(&text, "objection_bot_reminders_total{campaign=\"meta-ai-2025\",outcome=\"sent\"}");
        if sent == Some(30.0) {
            assert!(metric(&text, "objection_bot_subscribers").is_some(), "{text}");
            break;
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    assert_eq!(sent, Some(30.0), "the reminder counter follows the wave");
    bot.stop();
}

#[tokio::test]
async fn a_silent_broadcaster_turns_healthz_to_503() {
    let health = Arc::new(Health::default());
    health.beat(Task::Scheduler);
    health.beat(Task::Broadcaster);
    let app = objection_bot::http::public(health.clone(), None);
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let base = format!("http://{}", listener.local_addr().unwrap());
    let limits = objection_bot::http::Limits { name: "public", max_connections: 8 };
    tokio::spawn(objection_bot::http::serve(listener, app, limits, std::future::pending()));
    assert_eq!(get(&format!("{base}/healthz")).await.0, 200);
    assert_eq!(get(&format!("{base}/readyz")).await, (503, "starting".to_string()));
    // The broadcaster last reported two minutes ago: it is stuck or gone.
    health.beat_at(Task::Broadcaster, chrono::Utc::now().timestamp_millis() - 120_000);
    assert_eq!(get(&format!("{base}/healthz")).await, (503, "broadcaster".to_string()));
}

#[tokio::test(flavor = "multi_thread")]
async fn the_webhook_can_be_seen_set_and_deleted_by_hand() {
    let fake = FakeTelegram::start().await;
    let url = fake.url();
    let run = move |action: &str| {
        let out = std::process::Command::new(env!("CARGO_BIN_EXE_objection-bot"))
            .args(["webhook", action])
            .env_clear()
            .env("TELOXIDE_TOKEN", TOKEN)
            .env("TELOXIDE_API_URL", &url)
            .env("WEBHOOK_URL", HOOK)
            .env("WEBHOOK_SECRET", SECRET)
            .output()
            .unwrap();
        assert!(out.status.success(), "{action}: {}", String::from_utf8_lossy(&out.stderr));
        String::from_utf8_lossy(&out.stdout).into_owned()
    };
    let before = tokio::task::spawn_blocking({
        let run = run.clone();
        move || run("info")
    })
    .await
    .unwrap();
    assert!(before.contains("(none"), "{before}");
    tokio::task::spawn_blocking({
        let run = run.clone();
        move || run("set")
    })
    .await
    .unwrap();
    assert_eq!(fake.webhook().unwrap()["url"], HOOK);
    let after = tokio::task::spawn_blocking({
        let run = run.clone();
        move || run("info")
    })
    .await
    .unwrap();
    assert!(after.contains(HOOK) && !after.contains(SECRET), "{after}");
    tokio::task::spawn_blocking(move || run("delete")).await.unwrap();
    assert!(fake.webhook().is_none());
}
