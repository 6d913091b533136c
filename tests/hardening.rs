//! Faults and attacks a real campaign meets, end to end: the real binary against the fake
//! Bot API server. Nothing leaks, nothing stalls, nothing is wiped.

mod support;

use std::time::{Duration, Instant};

use chrono::Utc;
use objection_bot::{lang::Lang, store::Store};
use support::*;

const WAIT: Duration = Duration::from_secs(20);

/// Reminders are the only messages with a button to the checklist.
fn is_reminder(r: &Request) -> bool {
    r.method == "sendMessage" && r.buttons().iter().any(|(_, target)| target == "st")
}

#[tokio::test(flavor = "multi_thread")]
async fn a_group_flooding_the_bot_does_not_delay_another_chat() {
    let work = Workdir::new();
    let fake = FakeTelegram::start().await;
    fake.fault("sendMessage", Some(-77), Fault::Slow(Duration::from_millis(100)), 1);
    let mut bot = BotProcess::start(&fake, &work, &[]);
    wait_until_polling(&fake, &bot).await;
    for _ in 0..200 {
        fake.push(text_update(-77, 7, Some("en"), "/help"));
    }
    fake.wait_for("the group's first answer", WAIT, |rs| rs.iter().any(|r| r.chat_id() == Some(-77))).await;
    let seen = fake.requests().len();
    let asked = Instant::now();
    fake.push(text_update(5, 5, Some("en"), "/start"));
    let reply = fake.reply_to(5, seen).await;
    let waited = reply.at.duration_since(asked);
    assert!(waited < Duration::from_secs(1), "/start waited {waited:?} behind the flooding group");
    tokio::time::sleep(Duration::from_secs(3)).await;
    let answered = fake.calls("sendMessage").iter().filter(|r| r.chat_id() == Some(-77)).count();
    assert!(answered < 50, "the group's surplus is dropped, not queued: {answered} answers");
    assert!(bot.stderr().contains("updates dropped"), "the shedding is logged");
    bot.stop();
}

#[tokio::test(flavor = "multi_thread")]
async fn a_reply_that_meets_a_429_is_sent_once_more_after_the_wait() {
    let work = Workdir::new();
    let fake = FakeTelegram::start().await;
    fake.fault_limited("sendMessage", Some(5), Fault::RetryAfter(1), 1, 1);
    let mut bot = BotProcess::start(&fake, &work, &[]);
    wait_until_polling(&fake, &bot).await;
    fake.push(text_update(5, 5, Some("en"), "/start"));
    let sends = fake
        .wait_for("the reply, sent again", WAIT, |rs| {
            rs.iter().filter(|r| r.method == "sendMessage" && r.chat_id() == Some(5)).count() >= 2
        })
        .await;
    let sends: Vec<_> = sends.into_iter().filter(|r| r.method == "sendMessage" && r.chat_id() == Some(5)).collect();
    assert!(sends[0].answer.starts_with("RetryAfter"));
    assert_eq!(sends[1].answer, "ok");
    assert_eq!(sends[1].text(), sends[0].text());
    assert!(sends[1].at.duration_since(sends[0].at) >= Duration::from_millis(950), "retry_after is waited out");
    bot.stop();
}

#[tokio::test(flavor = "multi_thread")]
async fn a_bot_api_call_that_hangs_holds_its_chat_for_a_few_seconds_only() {
    let work = Workdir::new();
    let fake = FakeTelegram::start().await;
    fake.fault_limited("sendMessage", Some(6), Fault::Slow(Duration::from_secs(60)), 1, 1);
    let mut bot = BotProcess::start(&fake, &work, &[]);
    wait_until_polling(&fake, &bot).await;
    let asked = Instant::now();
    fake.push(text_update(6, 6, Some("en"), "/start"));
    fake.push(text_update(6, 6, Some("en"), "/help"));
    let answered = fake
        .wait_for("the second answer", WAIT, |rs| {
            rs.iter().any(|r| r.method == "sendMessage" && r.chat_id() == Some(6) && r.answer == "ok")
        })
        .await;
    let second = answered.iter().find(|r| r.chat_id() == Some(6) && r.answer == "ok").unwrap();
    let waited = second.at.duration_since(asked);
    assert!(waited < Duration::from_secs(8), "the chat was held {waited:?} by one hanging call");
    bot.stop();
}

#[tokio::test(flavor = "multi_thread")]
async fn a_second_instance_on_the_same_database_stops_at_start() {
    let work = Workdir::new();
    let fake = FakeTelegram::start().await;
    let mut first = BotProcess::start(&fake, &work, &[]);
    wait_until_polling(&fake, &first).await;
    let mut second = BotProcess::start(&fake, &work, &[]);
    let status = second.wait(WAIT).expect("the second instance stops by itself");
    assert!(!status.success());
    let err = second.stderr();
    assert!(err.contains("already running on this database"), "{err}");
    assert_eq!(err.trim().lines().count(), 1, "{err}");
    assert!(first.wait(Duration::from_millis(200)).is_none(), "the first one keeps running");
    first.stop();
}

#[tokio::test(flavor = "multi_thread")]
async fn another_process_polling_with_the_token_stops_the_bot() {
    let work = Workdir::new();
    let fake = FakeTelegram::start().await;
    let mut bot = BotProcess::start(&fake, &work, &[]);
    wait_until_polling(&fake, &bot).await;
    fake.fault("getUpdates", None, Fault::Conflict, 1);
    let status = bot.wait(WAIT).expect("the bot stops by itself");
    assert!(!status.success());
    assert!(bot.stderr().contains("another instance is getting updates with this TELOXIDE_TOKEN"), "{}", bot.stderr());
}

#[tokio::test(flavor = "multi_thread")]
async fn a_database_of_another_bot_is_refused_unless_the_move_is_intended() {
    let work = Workdir::new();
    let store = Store::open(&work.db_url()).await.unwrap();
    store.set_bot_id(999).await.unwrap();
    store.add_subscribers("meta-ai-2025", &[(1, Some(Lang::En), &[])], 0).await.unwrap();
    store.close().await;
    let fake = FakeTelegram::start().await;
    let mut bot = BotProcess::start(&fake, &work, &[]);
    let status = bot.wait(WAIT).expect("the bot stops at start");
    assert_eq!(status.code(), Some(78), "a configuration error: no restart");
    let err = bot.stderr();
    assert!(err.contains("999") && err.contains(&BOT_ID.to_string()), "{err}");
    assert!(!fake.requests().iter().any(|r| r.method == "getUpdates" || r.method == "sendMessage"));
    let allow = BOT_ID.to_string();
    let mut moved = BotProcess::start(&fake, &work, &[("ALLOW_BOT_CHANGE", &allow)]);
    wait_until_polling(&fake, &moved).await;
    moved.stop();
    let store = Store::open(&work.db_url()).await.unwrap();
    assert_eq!(store.bot_id().await.unwrap(), Some(BOT_ID as i64));
    assert!(store.chat(1).await.unwrap().is_some(), "the subscribers moved with it");
}

#[tokio::test(flavor = "multi_thread")]
async fn an_update_the_bot_cannot_read_is_dropped_without_logging_its_content() {
    let work = Workdir::new();
    let fake = FakeTelegram::start().await;
    let mut bot = BotProcess::start(&fake, &work, &[]);
    wait_until_polling(&fake, &bot).await;
    fake.push(serde_json::json!({"message": {
        "message_id": "not-a-number", "date": 1_700_000_000,
        "chat": {"id": 8, "type": "private", "first_name": "Zephyrine"},
        "from": {"id": 8, "is_bot": false, "first_name": "Zephyrine", "last_name": "Quillfeather"},
        "text": "my very private words"
    }}));
    // The bot goes on: the next update is answered.
    let seen = fake.requests().len();
    fake.push(text_update(9, 9, Some("en"), "/start"));
    fake.reply_to(9, seen).await;
    bot.stop();
    let log = bot.stderr();
    for secret in ["Zephyrine", "Quillfeather", "private words"] {
        assert!(!log.contains(secret), "{secret} reached the log:\n{log}");
    }
    assert!(log.contains("could not be read"), "the drop is counted: {log}");
}

#[tokio::test(flavor = "multi_thread")]
async fn replies_and_reminders_together_keep_to_telegrams_limit_and_replies_come_first() {
    let work = Workdir::new();
    let chats: Vec<(i64, Option<Lang>, i64)> = (1..=400).map(|c| (c, Some(Lang::En), 0)).collect();
    seed(&work, &chats).await;
    let campaign = work.campaign(in_secs(120), &["118s"]);
    let fake = FakeTelegram::start().await;
    let env = [("CAMPAIGNS_DIR", campaign.to_str().unwrap()), ("BROADCAST_RATE", "30")];
    let mut bot = BotProcess::start(&fake, &work, &env);
    fake.wait_for("the wave to run", Duration::from_secs(30), |rs| rs.iter().filter(|r| is_reminder(r)).count() >= 60)
        .await;
    let seen = fake.requests().len();
    let asked = Instant::now();
    for user in 0..30 {
        fake.push(text_update(10_000 + user, 10_000 + user as u64, Some("en"), "/start"));
    }
    let requests = fake
        .wait_for("every reply", WAIT, |rs| {
            rs[seen..].iter().filter(|r| r.chat_id().is_some_and(|c| c >= 10_000)).count() >= 30
        })
        .await;
    let last_reply = requests.iter().filter(|r| r.chat_id().is_some_and(|c| c >= 10_000)).map(|r| r.at).max().unwrap();
    assert!(last_reply.duration_since(asked) < Duration::from_secs(3), "replies waited {:?}", last_reply - asked);
    tokio::time::sleep(Duration::from_secs(2)).await;
    let busiest = busiest_second(&fake.calls("sendMessage"));
    assert!(busiest <= 33, "{busiest} messages in one second, replies and reminders together");
    bot.stop();
}

#[tokio::test(flavor = "multi_thread")]
async fn a_wave_answered_blocked_for_everyone_pauses_and_keeps_the_subscribers() {
    let work = Workdir::new();
    let chats: Vec<(i64, Option<Lang>, i64)> = (1..=300).map(|c| (c, Some(Lang::En), 0)).collect();
    seed(&work, &chats).await;
    let campaign = work.campaign(in_secs(60), &["58s"]);
    let fake = FakeTelegram::start().await;
    // As a test server or a wrong token would: every chat looks gone.
    fake.fault("sendMessage", None, Fault::Blocked, 1);
    let env = [("CAMPAIGNS_DIR", campaign.to_str().unwrap()), ("BROADCAST_PAID", "true"), ("BROADCAST_RATE", "200")];
    let mut bot = BotProcess::start(&fake, &work, &env);
    let paused = Instant::now() + Duration::from_secs(20);
    while !bot.stderr().contains("paused") {
        assert!(Instant::now() < paused, "the wave did not pause: {}", bot.stderr());
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    tokio::time::sleep(Duration::from_secs(2)).await;
    let tried = fake.calls("sendMessage").len();
    assert!(tried < 300, "the wave stopped: {tried} tried");
    bot.stop();
    let store = Store::open_read_only(&work.db_url()).await.unwrap();
    let kept = store.subscriber_count().await.unwrap();
    store.close().await;
    assert!(kept >= 300 - 40, "at most 20 % of the first 200 are forgotten: {kept} kept");
    let check = std::process::Command::new(env!("CARGO_BIN_EXE_objection-bot"))
        .arg("check")
        .env_clear()
        .env("DATABASE_URL", work.db_url())
        .env("CAMPAIGNS_DIR", &campaign)
        .output()
        .unwrap();
    let out = String::from_utf8_lossy(&check.stderr);
    assert!(!check.status.success() && out.contains("is paused"), "{out}");
}

#[tokio::test(flavor = "multi_thread")]
async fn nothing_is_sent_after_the_deadline() {
    let work = Workdir::new();
    let chats: Vec<(i64, Option<Lang>, i64)> = (1..=600).map(|c| (c, Some(Lang::En), 0)).collect();
    seed(&work, &chats).await;
    // 600 reminders at 25 a second need 24 s; the deadline comes after 8.
    let deadline = in_secs(10);
    let deadline_at = Instant::now() + (deadline.to_utc() - Utc::now()).to_std().unwrap();
    let campaign = work.campaign(deadline, &["8s"]);
    let fake = FakeTelegram::start().await;
    let env = [("CAMPAIGNS_DIR", campaign.to_str().unwrap())];
    let mut bot = BotProcess::start(&fake, &work, &env);
    tokio::time::sleep((deadline_at + Duration::from_secs(4)).saturating_duration_since(Instant::now())).await;
    let reminders: Vec<Request> = fake.requests().into_iter().filter(is_reminder).collect();
    assert!(!reminders.is_empty() && reminders.len() < 600, "{} reminders", reminders.len());
    let late = reminders.iter().filter(|r| r.at > deadline_at + Duration::from_millis(300)).count();
    assert_eq!(late, 0, "reminders sent after the deadline");
    bot.stop();
}

#[tokio::test]
async fn a_reminder_task_that_ends_or_panics_stops_the_program() {
    use objection_bot::telegram::supervise;
    let never = std::future::pending::<Result<(), std::io::Error>>();
    let (stop, mut stopped) = tokio::sync::watch::channel(false);
    let scheduler = tokio::spawn(async { panic!("boom") });
    let broadcaster = tokio::spawn(async move {
        let _ = stopped.changed().await;
    });
    let err = supervise(never, scheduler, broadcaster, stop, Duration::from_secs(10)).await.unwrap_err().to_string();
    assert!(err.contains("scheduler panicked"), "{err}");

    let (stop, mut stopped) = tokio::sync::watch::channel(false);
    let scheduler = tokio::spawn(async move {
        let _ = stopped.changed().await;
    });
    let broadcaster = tokio::spawn(async {});
    let never = std::future::pending::<Result<(), std::io::Error>>();
    let err = supervise(never, scheduler, broadcaster, stop, Duration::from_secs(10)).await.unwrap_err().to_string();
    assert!(err.contains("broadcaster ended"), "{err}");

    let (stop, mut stopped) = tokio::sync::watch::channel(false);
    let scheduler = tokio::spawn(async move {
        let _ = stopped.changed().await;
    });
    let mut stopped2 = stop.subscribe();
    let broadcaster = tokio::spawn(async move {
        let _ = stopped2.changed().await;
    });
    let door = async { Ok::<(), std::io::Error>(()) };
    assert!(
        supervise(door, scheduler, broadcaster, stop, Duration::from_secs(10)).await.is_ok(),
        "a clean stop is not an error"
    );
}
