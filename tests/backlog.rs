//! Surges end to end, the real binary against the fake Bot API server: nothing acknowledged
//! to Telegram is lost (at a stop either), replies keep Telegram's free limit in paid mode,
//! a wave keeps its share during a reply surge, and no button is left spinning.

mod support;

use std::{
    collections::{HashMap, HashSet},
    time::{Duration, Instant},
};

use objection_bot::lang::Lang;
use support::*;

const WAIT: Duration = Duration::from_secs(30);

/// Reminders are the only messages with a button to the checklist.
fn is_reminder(r: &Request) -> bool {
    r.method == "sendMessage" && r.buttons().iter().any(|(_, target)| target == "st")
}

/// The chats that got an answer the fake accepted.
fn answered_chats(fake: &FakeTelegram) -> HashSet<i64> {
    fake.calls("sendMessage").iter().filter(|r| r.answer == "ok").filter_map(Request::chat_id).collect()
}

#[tokio::test(flavor = "multi_thread")]
async fn a_stop_in_a_polling_surge_leaves_nothing_confirmed_unanswered() {
    let work = Workdir::new();
    let fake = FakeTelegram::start().await;
    // DRAIN_TIMEOUT=4: at 30 replies a second, at most 96 updates may be taken at once.
    let mut bot = BotProcess::start(&fake, &work, &[("DRAIN_TIMEOUT", "4")]);
    wait_until_polling(&fake, &bot).await;
    let mut chat_of = HashMap::new();
    for i in 0..400i64 {
        let chat = 30_000 + i;
        chat_of.insert(fake.push(text_update(chat, chat as u64, Some("en"), "/start")), chat);
    }
    fake.wait_for("a part of the surge answered", WAIT, |rs| {
        rs.iter().filter(|r| r.method == "sendMessage").count() >= 60
    })
    .await;
    let status = bot.stop().expect("the bot stops");
    assert!(status.success(), "{}", bot.stderr());
    let confirmed = fake.confirmed_offset();
    let answered = answered_chats(&fake);
    let lost: Vec<i64> =
        chat_of.iter().filter(|(id, chat)| **id < confirmed && !answered.contains(chat)).map(|(id, _)| *id).collect();
    assert!(
        lost.is_empty(),
        "{} updates confirmed to Telegram but never answered (offset {confirmed}): {lost:?}",
        lost.len()
    );
    assert!(confirmed <= 1 + 400, "{confirmed}");
    assert!(answered.len() < 400, "the surge was stopped midway ({} answered)", answered.len());
    // The rest is still Telegram's, to be handed out again.
    let kept = chat_of.keys().filter(|id| **id >= confirmed).count();
    assert!(kept > 0, "the bot took no more than it could answer");
}

#[tokio::test(flavor = "multi_thread")]
async fn a_stop_in_a_webhook_surge_leaves_nothing_acknowledged_unanswered() {
    let work = Workdir::new();
    let fake = FakeTelegram::start().await;
    let listen = format!("127.0.0.1:{}", free_port());
    let ops = format!("127.0.0.1:{}", free_port());
    let env = [
        ("WEBHOOK_URL", "https://bot.example.org/tg/hook"),
        ("WEBHOOK_SECRET", "s3cret"),
        ("LISTEN_ADDR", listen.as_str()),
        ("OPS_LISTEN_ADDR", ops.as_str()),
        ("DRAIN_TIMEOUT", "4"),
    ];
    let mut bot = BotProcess::start(&fake, &work, &env);
    let base = format!("http://{listen}");
    wait_for_status(&format!("{base}/readyz"), 200).await;
    let client = reqwest::Client::new();
    let mut posts = Vec::new();
    for lane in 0..8i64 {
        let (client, base) = (client.clone(), base.clone());
        posts.push(tokio::spawn(async move {
            let mut statuses = Vec::new();
            for i in (lane..600).step_by(8) {
                let chat = 40_000 + i;
                let mut update = text_update(chat, chat as u64, Some("en"), "/start");
                update["update_id"] = serde_json::json!(i + 1);
                let status = client
                    .post(format!("{base}/tg/hook"))
                    .header("X-Telegram-Bot-Api-Secret-Token", "s3cret")
                    .json(&update)
                    .send()
                    .await
                    .map(|r| r.status().as_u16())
                    .unwrap_or(0);
                statuses.push((chat, status));
                // Telegram's pace with a few connections, not a flood of one instant.
                tokio::time::sleep(Duration::from_millis(40)).await;
            }
            statuses
        }));
    }
    fake.wait_for("a part of the surge answered", WAIT, |rs| {
        rs.iter().filter(|r| r.method == "sendMessage").count() >= 40
    })
    .await;
    // A full backlog is counted for the alert (deploy/prometheus/alerts.yml).
    let deadline = std::time::Instant::now() + WAIT;
    loop {
        let text = client.get(format!("http://{ops}/metrics")).send().await.unwrap().text().await.unwrap();
        let full = text
            .lines()
            .find_map(|l| l.strip_prefix("objection_bot_backlog_full_total "))
            .and_then(|v| v.trim().parse::<f64>().ok())
            .unwrap_or(0.0);
        if full > 0.0 {
            break;
        }
        assert!(std::time::Instant::now() < deadline, "objection_bot_backlog_full_total never rose:\n{text}");
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    let status = bot.stop().expect("the bot stops");
    assert!(status.success(), "{}", bot.stderr());
    let mut statuses = Vec::new();
    for p in posts {
        statuses.extend(p.await.unwrap());
    }
    let answered = answered_chats(&fake);
    let acknowledged: Vec<i64> = statuses.iter().filter(|(_, s)| *s == 200).map(|(c, _)| *c).collect();
    let lost: Vec<&i64> = acknowledged.iter().filter(|c| !answered.contains(c)).collect();
    assert!(
        lost.is_empty(),
        "{} of {} updates answered 200 were never answered: {lost:?}",
        lost.len(),
        acknowledged.len()
    );
    let refused = statuses.iter().filter(|(_, s)| *s == 503).count();
    assert!(refused > 0, "beyond the backlog, and while stopping, Telegram is told to send again");
}

#[tokio::test(flavor = "multi_thread")]
async fn in_paid_mode_replies_keep_telegrams_free_limit() {
    let work = Workdir::new();
    let fake = FakeTelegram::start().await;
    // Telegram's free limit, which replies meet: they are not paid broadcasts.
    fake.limit_rate(30.0);
    let mut bot = BotProcess::start(&fake, &work, &[("BROADCAST_PAID", "true")]);
    wait_until_polling(&fake, &bot).await;
    for i in 0..150i64 {
        let chat = 50_000 + i;
        fake.push(text_update(chat, chat as u64, Some("en"), "/start"));
    }
    fake.wait_for("every reply", WAIT, |rs| {
        rs.iter().filter(|r| r.method == "sendMessage" && r.answer == "ok").count() >= 150
    })
    .await;
    let throttled = fake.throttled();
    assert!(throttled <= 3, "{throttled} replies met a 429");
    assert!(!bot.stderr().contains("reply not sent"), "{}", bot.stderr());
    bot.stop();
}

#[tokio::test(flavor = "multi_thread")]
async fn a_wave_keeps_a_fifth_of_its_rate_while_a_reply_surge_is_answered() {
    let work = Workdir::new();
    let chats: Vec<(i64, Option<Lang>, i64)> = (1..=600).map(|c| (c, Some(Lang::En), 0)).collect();
    seed(&work, &chats).await;
    let campaign = work.campaign(in_secs(120), &["118s"]);
    let fake = FakeTelegram::start().await;
    let env = [("CAMPAIGNS_DIR", campaign.to_str().unwrap()), ("BROADCAST_RATE", "25")];
    let mut bot = BotProcess::start(&fake, &work, &env);
    fake.wait_for("the wave to run", WAIT, |rs| rs.iter().filter(|r| is_reminder(r)).count() >= 50).await;
    for i in 0..900i64 {
        let chat = 60_000 + i;
        fake.push(text_update(chat, chat as u64, Some("en"), "/start"));
    }
    let surge = Instant::now();
    tokio::time::sleep(Duration::from_secs(2)).await;
    let from = Instant::now();
    let counted = |rs: &[Request]| {
        let replies =
            rs.iter().filter(|r| r.method == "sendMessage" && r.at >= from && r.chat_id() >= Some(60_000)).count();
        let reminders = rs.iter().filter(|r| is_reminder(r) && r.at >= from && r.chat_id() < Some(60_000)).count();
        (replies, reminders)
    };
    tokio::time::sleep(Duration::from_secs(10)).await;
    let (replies, reminders) = counted(&fake.requests());
    let replies_left = 900 - fake.calls("sendMessage").iter().filter(|r| r.chat_id() >= Some(60_000)).count();
    assert!(replies_left > 0, "the surge lasted the whole window ({:?})", surge.elapsed());
    // 10 s at no less than a fifth of 25/s.
    assert!(reminders >= 50, "{reminders} reminders in 10 s of a reply surge ({replies} replies)");
    assert!(replies >= 150, "replies still come first: {replies} replies, {reminders} reminders");
    let log = bot.stderr();
    assert_eq!(log.matches("reminders go slower").count(), 1, "said once, with why: {log}");
    bot.stop();
}

#[tokio::test(flavor = "multi_thread")]
async fn button_presses_beyond_a_full_queue_are_still_answered() {
    let work = Workdir::new();
    let fake = FakeTelegram::start().await;
    // The chat's first answer is slow: its queue fills behind it.
    fake.fault_limited("answerCallbackQuery", None, Fault::Slow(Duration::from_millis(1500)), 1, 1);
    let mut bot = BotProcess::start(&fake, &work, &[]);
    wait_until_polling(&fake, &bot).await;
    let mut ids = HashSet::new();
    for _ in 0..20 {
        let update = callback_update(8, 8, Some("en"), "p:instagram");
        ids.insert(update["callback_query"]["id"].as_str().unwrap().to_owned());
        fake.push(update);
    }
    let answered = |rs: &[Request]| -> HashSet<String> {
        rs.iter()
            .filter(|r| r.method == "answerCallbackQuery")
            .filter_map(|r| r.body.get("callback_query_id").and_then(|v| v.as_str()).map(str::to_owned))
            .collect()
    };
    let requests = fake.wait_for("every press answered", WAIT, |rs| answered(rs).len() >= 20).await;
    assert_eq!(answered(&requests), ids);
    assert!(bot.stderr().contains("updates dropped"), "the surplus was dropped: {}", bot.stderr());
    bot.stop();
}
