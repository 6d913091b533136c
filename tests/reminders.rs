//! Reminder waves end to end: the real binary, a real database, the fake Bot API server.

mod support;

use std::{collections::HashMap, time::Duration};

use chrono::Utc;
use objection_bot::{lang::Lang, store::Store};
use support::*;

fn reminders_by_chat(fake: &FakeTelegram) -> HashMap<i64, Vec<Request>> {
    let mut out = fake.delivered();
    out.retain(|_, rs| {
        // Reminders are the only messages with a button to the checklist.
        rs.retain(|r| r.buttons().iter().any(|(_, target)| target == "st"));
        !rs.is_empty()
    });
    out
}

fn lang_of(chat: i64) -> Lang {
    [Lang::Fr, Lang::De, Lang::En][chat as usize % 3]
}

const MARKER: [(Lang, &str); 3] = [(Lang::Fr, "Rappel"), (Lang::De, "Erinnerung"), (Lang::En, "Reminder")];

/// The scenario: a deadline two minutes away, reminders at 90 s and 30 s, 500 chats in
/// three languages, the default budget of 25 messages a second, one request in ten answered
/// 429 and twenty chats that blocked the bot.
#[tokio::test(flavor = "multi_thread")]
async fn every_subscriber_gets_each_wave_once_on_time_in_their_language_naming_only_what_is_left() {
    let work = Workdir::new();
    let chats: Vec<(i64, Option<Lang>, i64)> = (1..=500).map(|c| (c, Some(lang_of(c)), c % 4)).collect();
    seed(&work, &chats).await;
    let deadline = in_secs(120);
    let deadline_at = std::time::Instant::now() + (deadline.to_utc() - Utc::now()).to_std().unwrap();
    let campaign = work.campaign(deadline, &["90s", "30s"]);
    let fake = FakeTelegram::start().await;
    fake.fault("sendMessage", None, Fault::RetryAfter(1), 10);
    let blocked: Vec<i64> = (1..=20).map(|i| i * 25).collect();
    for chat in &blocked {
        fake.fault("sendMessage", Some(*chat), Fault::Blocked, 1);
    }
    let env = [("CAMPAIGNS_DIR", campaign.to_str().unwrap())];
    let mut bot = BotProcess::start(&fake, &work, &env);
    fake.wait_for("two waves", Duration::from_secs(150), |_| {
        reminders_by_chat(&fake).values().map(Vec::len).sum::<usize>() >= 2 * 480
    })
    .await;
    tokio::time::sleep(Duration::from_secs(2)).await;
    let got = reminders_by_chat(&fake);
    assert_eq!(got.len(), 480, "every chat but the twenty that blocked the bot");
    for (chat, reminders) in &got {
        assert_eq!(reminders.len(), 2, "chat {chat} gets each wave exactly once");
        let lang = lang_of(*chat);
        let marker = MARKER.iter().find(|(l, _)| *l == lang).unwrap().1;
        let done_facebook = chat % 4 == 1 || chat % 4 == 3;
        for r in reminders {
            assert!(r.text().contains(marker), "chat {chat} in {lang}: {}", r.text());
            assert_eq!(r.body["parse_mode"], "HTML");
            let targets: Vec<String> = r.buttons().into_iter().map(|(_, t)| t).collect();
            assert_eq!(targets.contains(&"p:facebook".to_string()), !done_facebook, "chat {chat}: {targets:?}");
            assert_eq!(r.text().contains("Facebook"), !done_facebook, "chat {chat}: {}", r.text());
        }
        // On time: the first wave between 90 s and 30 s before the deadline, the second after.
        let first = deadline_at.saturating_duration_since(reminders[0].at);
        let second = deadline_at.saturating_duration_since(reminders[1].at);
        assert!(first <= Duration::from_secs(91) && first > Duration::from_secs(30), "chat {chat}: {first:?}");
        assert!(second <= Duration::from_secs(31) && second > Duration::ZERO, "chat {chat}: {second:?}");
    }
    let attempts = fake.calls("sendMessage");
    assert!(attempts.iter().filter(|r| r.answer.starts_with("RetryAfter")).count() >= 40, "429s were served");
    for chat in &blocked {
        let tries = attempts.iter().filter(|r| r.chat_id() == Some(*chat) && r.answer == "Blocked").count();
        assert_eq!(tries, 1, "chat {chat} is tried once, then unsubscribed");
    }
    // The budget holds: never more than 25 requests (and the bucket's one spare) in any second.
    let busiest = busiest_second(&attempts);
    assert!(busiest <= 26, "{busiest} messages in one second");
    bot.stop();
    let store = Store::open(&work.db_url()).await.unwrap();
    for chat in &blocked {
        assert_eq!(store.chat(*chat).await.unwrap(), None, "chat {chat} is unsubscribed");
    }
}

#[tokio::test(flavor = "multi_thread")]
async fn throttling_blocked_users_migrated_groups_and_server_errors_lose_no_one() {
    let work = Workdir::new();
    let mut chats: Vec<(i64, Option<Lang>, i64)> = (1..=200).map(|c| (c, Some(lang_of(c)), 0)).collect();
    chats.push((-55, Some(Lang::Fr), 0));
    seed(&work, &chats).await;
    let fake = FakeTelegram::start().await;
    fake.fault("sendMessage", None, Fault::RetryAfter(1), 10);
    for blocked in 101..=120 {
        fake.fault("sendMessage", Some(blocked), Fault::Blocked, 1);
    }
    fake.fault("sendMessage", Some(-55), Fault::MigrateTo(-1_000_000_000_055), 1);
    fake.fault_limited("sendMessage", Some(7), Fault::ServerError, 1, 1);
    // A slow answer for one chat holds up no one else.
    fake.fault("sendMessage", Some(9), Fault::Slow(Duration::from_secs(3)), 1);
    let campaign = work.campaign(in_secs(40), &["35s"]);
    let env = [("CAMPAIGNS_DIR", campaign.to_str().unwrap()), ("BROADCAST_PAID", "true"), ("BROADCAST_RATE", "100")];
    let mut bot = BotProcess::start(&fake, &work, &env);
    fake.wait_for("the wave", Duration::from_secs(60), |_| {
        let got = reminders_by_chat(&fake);
        got.len() >= 181 && got.contains_key(&7)
    })
    .await;
    tokio::time::sleep(Duration::from_secs(2)).await;
    let got = reminders_by_chat(&fake);
    for chat in (1..=200).filter(|c| !(101..=120).contains(c)) {
        assert_eq!(got.get(&chat).map(Vec::len), Some(1), "chat {chat} gets exactly one reminder");
    }
    assert_eq!(got.get(&-1_000_000_000_055).map(Vec::len), Some(1), "the migrated group, at its new id");
    let attempts = fake.calls("sendMessage");
    let throttled = attempts.iter().filter(|r| r.answer.starts_with("RetryAfter")).count();
    assert!(throttled >= 15, "429s were served: {throttled}");
    for blocked in 101..=120 {
        let tries = attempts.iter().filter(|r| r.chat_id() == Some(blocked) && r.answer == "Blocked").count();
        let throttled = attempts.iter().filter(|r| r.chat_id() == Some(blocked) && r.answer != "Blocked").count();
        assert_eq!(tries, 1, "chat {blocked} is never retried after a 403 (429s before it: {throttled})");
    }
    bot.stop();
    let store = Store::open(&work.db_url()).await.unwrap();
    for blocked in 101..=120 {
        assert_eq!(store.chat(blocked).await.unwrap(), None, "chat {blocked} is unsubscribed and forgotten");
    }
    assert!(store.chat(-1_000_000_000_055).await.unwrap().is_some_and(|c| c.is_subscribed("meta-ai-2025")));
    assert_eq!(store.chat(-55).await.unwrap(), None);
}

#[tokio::test(flavor = "multi_thread")]
async fn killed_mid_wave_and_restarted_no_one_is_missed() {
    let work = Workdir::new();
    let chats: Vec<(i64, Option<Lang>, i64)> = (1..=400).map(|c| (c, Some(lang_of(c)), 0)).collect();
    seed(&work, &chats).await;
    let campaign = work.campaign(in_secs(60), &["56s"]);
    let fake = FakeTelegram::start().await;
    let env = [("CAMPAIGNS_DIR", campaign.to_str().unwrap()), ("BROADCAST_PAID", "true"), ("BROADCAST_RATE", "40")];
    let mut bot = BotProcess::start(&fake, &work, &env);
    fake.wait_for("part of the wave", Duration::from_secs(40), |_| reminders_by_chat(&fake).len() >= 120).await;
    bot.kill();
    let before = fake.sent_ok();
    let mut bot = BotProcess::start(&fake, &work, &env);
    fake.wait_for("the rest of the wave", Duration::from_secs(60), |_| reminders_by_chat(&fake).len() >= 400).await;
    tokio::time::sleep(Duration::from_secs(2)).await;
    let got = reminders_by_chat(&fake);
    assert_eq!(got.len(), 400, "no one is missed");
    let total: usize = got.values().map(Vec::len).sum();
    let twice = total - 400;
    // Only the last claim (two seconds' worth: 80 at 40/s) can have been sent but not
    // recorded when the process died: a batch is recorded before any of the next is sent.
    assert!(twice <= 80, "{twice} duplicates after {before} sends before the crash");
    bot.stop();
}

#[tokio::test(flavor = "multi_thread")]
async fn after_downtime_only_the_latest_due_wave_is_sent() {
    let work = Workdir::new();
    let chats: Vec<(i64, Option<Lang>, i64)> = (1..=50).map(|c| (c, Some(Lang::En), 0)).collect();
    seed(&work, &chats).await;
    let campaign = work.campaign(in_secs(90), &["10m", "5m", "2m"]);
    let fake = FakeTelegram::start().await;
    let env = [("CAMPAIGNS_DIR", campaign.to_str().unwrap()), ("BROADCAST_PAID", "true"), ("BROADCAST_RATE", "100")];
    let mut bot = BotProcess::start(&fake, &work, &env);
    fake.wait_for("one wave", Duration::from_secs(30), |_| reminders_by_chat(&fake).len() >= 50).await;
    tokio::time::sleep(Duration::from_secs(3)).await;
    let got = reminders_by_chat(&fake);
    assert!(got.values().all(|r| r.len() == 1), "only one of the three missed waves is sent");
    bot.stop();
    let store = Store::open(&work.db_url()).await.unwrap();
    let mut handled = store.handled_waves("meta-ai-2025").await.unwrap();
    handled.sort();
    assert_eq!(handled, vec!["10m", "2m", "5m"]);
    assert_eq!(store.wave_counts("meta-ai-2025", "2m").await.unwrap().sent, 50);
    assert_eq!(store.wave_counts("meta-ai-2025", "5m").await.unwrap().sent, 0);
}

#[tokio::test(flavor = "multi_thread")]
async fn subscribing_stopping_and_finishing_decide_who_is_reminded() {
    let work = Workdir::new();
    let campaign = work.campaign(in_secs(30), &["18s"]);
    let fake = FakeTelegram::start().await;
    let env = [("CAMPAIGNS_DIR", campaign.to_str().unwrap())];
    let mut bot = BotProcess::start(&fake, &work, &env);
    wait_until_polling(&fake, &bot).await;
    let send = |chat: i64, text: &str| fake.push(text_update(chat, chat as u64, Some("fr"), text));
    send(1, "/remind");
    send(2, "/subscribe");
    send(2, "/stop");
    send(3, "/remind");
    for data in ["m:facebook:1", "m:instagram:1", "m:whatsapp:1"] {
        fake.push(callback_update(3, 3, Some("fr"), data));
    }
    fake.wait_for("the thanks", Duration::from_secs(10), |rs| {
        rs.iter().any(|r| r.chat_id() == Some(3) && r.text().contains("Merci"))
    })
    .await;
    let on = fake.calls("sendMessage").into_iter().find(|r| r.chat_id() == Some(1)).unwrap();
    assert!(on.text().contains("Prochain rappel"), "{}", on.text());
    fake.wait_for("the reminder", Duration::from_secs(30), |_| reminders_by_chat(&fake).contains_key(&1)).await;
    tokio::time::sleep(Duration::from_secs(2)).await;
    let got = reminders_by_chat(&fake);
    let reminder = &got[&1][0];
    assert!(reminder.text().contains("Rappel"), "{}", reminder.text());
    assert!(!got.contains_key(&3), "done with everything: no reminder");
    assert!(got.get(&2).is_none_or(|r| r.iter().all(|m| !m.text().contains("Rappel :"))), "stopped: no reminder");
    bot.stop();
}

#[tokio::test(flavor = "multi_thread")]
async fn a_reply_during_a_large_wave_is_not_kept_waiting() {
    let work = Workdir::new();
    let chats: Vec<(i64, Option<Lang>, i64)> = (1..=3000).map(|c| (c, Some(Lang::En), 0)).collect();
    seed(&work, &chats).await;
    let campaign = work.campaign(in_secs(300), &["296s"]);
    let fake = FakeTelegram::start().await;
    let env = [("CAMPAIGNS_DIR", campaign.to_str().unwrap())];
    let mut bot = BotProcess::start(&fake, &work, &env);
    fake.wait_for("the wave to run", Duration::from_secs(30), |_| reminders_by_chat(&fake).len() >= 50).await;
    let seen = fake.requests().len();
    let asked = std::time::Instant::now();
    fake.push(text_update(999_999, 999_999, Some("en"), "/start"));
    let reply = fake.reply_to(999_999, seen).await;
    let waited = reply.at.duration_since(asked);
    assert!(reminders_by_chat(&fake).len() < 3000, "the wave was still running");
    // About a second at most (the fake's long poll wakes at once); generous for slow machines.
    assert!(waited < Duration::from_secs(2), "the reply took {waited:?}");
    bot.stop();
}

/// With a proxy variable set, which the lean client does not follow, reminders go through
/// teloxide's client (which does, for https only: the fake server is plain HTTP) and all
/// arrive; the log says which client sends them.
#[tokio::test(flavor = "multi_thread")]
async fn with_a_proxy_set_reminders_go_through_teloxides_client() {
    let work = Workdir::new();
    let chats: Vec<(i64, Option<Lang>, i64)> = (1..=30).map(|c| (c, Some(lang_of(c)), 0)).collect();
    seed(&work, &chats).await;
    let fake = FakeTelegram::start().await;
    fake.fault("sendMessage", Some(3), Fault::Blocked, 1);
    let campaign = work.campaign(in_secs(30), &["25s"]);
    let env = [("CAMPAIGNS_DIR", campaign.to_str().unwrap()), ("HTTPS_PROXY", "http://127.0.0.1:9")];
    let mut bot = BotProcess::start(&fake, &work, &env);
    fake.wait_for("the wave", Duration::from_secs(40), |_| reminders_by_chat(&fake).len() >= 29).await;
    tokio::time::sleep(Duration::from_secs(1)).await;
    let got = reminders_by_chat(&fake);
    assert_eq!(got.len(), 29, "every chat but the one that blocked the bot");
    assert!(got.values().all(|r| r.len() == 1));
    bot.stop();
    let log = bot.stderr();
    assert!(log.contains("HTTPS_PROXY is set: messages go through teloxide's HTTP client"), "{log}");
    assert!(!log.contains("http://127.0.0.1:9"), "the proxy's URL is not logged: {log}");
}
