//! Following through end to end (issue 18): the real binary, a real database and the fake
//! Bot API. A form ticked off brings one follow-up 20 s later (none before, none again after
//! a restart); ⏳ asks once more, ✅ ends it, ❌ gives the letter and the countries, a country
//! its authority's page; a re-check comes only when asked for; an announcement reaches
//! exactly the news subscribers, once, across restarts and two instances on PostgreSQL.

mod support;

use std::{path::PathBuf, time::Duration};

use objection_bot::store::Store;
use support::*;

/// The built-in campaigns copied into `campaigns/`, with the follow-through settings of a
/// test (20 s instead of a month) in Meta's and LinkedIn's files, and `extra` added to
/// LinkedIn's (such as `announce = true`) under `linkedin_id`.
fn campaigns(work: &Workdir, linkedin_id: &str, extra: &str) -> PathBuf {
    let root = work.path("campaigns");
    copy_dir(&std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("campaigns"), &root);
    let fast = "followup_after = \"20s\"\nfollowup_again = \"20s\"\nrecheck_after = \"20s\"\n";
    for (folder, id, more) in [("meta-ai", "meta-ai", ""), ("linkedin", linkedin_id, extra)] {
        let file = root.join(folder).join("campaign.toml");
        let text = std::fs::read_to_string(&file).unwrap();
        let text = text.replacen(
            &format!("id = \"{}\"", if folder == "meta-ai" { "meta-ai" } else { "linkedin-ai" }),
            &format!("id = \"{id}\"\n{fast}{more}"),
            1,
        );
        std::fs::write(&file, text).unwrap();
    }
    root
}

/// The messages sent to `chat` that carry a button with this callback data.
fn with_button(fake: &FakeTelegram, chat: i64, data: &str) -> Vec<Request> {
    fake.calls("sendMessage")
        .into_iter()
        .filter(|r| r.chat_id() == Some(chat) && r.buttons().iter().any(|(_, t)| t == data))
        .collect()
}

fn press(fake: &FakeTelegram, chat: i64, data: &str) {
    fake.push(callback_update(chat, chat as u64, Some("en"), data));
}

#[tokio::test(flavor = "multi_thread")]
async fn a_form_is_followed_up_once_its_answers_lead_on_and_a_re_check_comes_only_when_asked() {
    let work = Workdir::new();
    let dir = campaigns(&work, "linkedin-ai", "");
    let env = [("CAMPAIGNS_DIR", dir.to_str().unwrap())];
    let fake = FakeTelegram::start().await;
    let mut bot = BotProcess::start(&fake, &work, &env);
    wait_until_polling(&fake, &bot).await;
    let ticked = std::time::Instant::now();
    press(&fake, 101, "m:facebook:1"); // answers ⏳, then ❌
    press(&fake, 102, "m:instagram:1"); // unticks: nothing
    press(&fake, 102, "m:instagram:0");
    press(&fake, 104, "m:facebook:1"); // answers ✅
    press(&fake, 105, "m:linkedin:1"); // asks for a re-check
    press(&fake, 106, "m:linkedin:1"); // does not
    fake.wait_for("the setting's thanks", Duration::from_secs(20), |_| {
        !with_button(&fake, 105, "rc:linkedin").is_empty() && !with_button(&fake, 106, "rc:linkedin").is_empty()
    })
    .await;
    press(&fake, 105, "rc:linkedin");
    let asks = |chat| with_button(&fake, chat, "f:facebook:c");
    fake.wait_for("the follow-ups", Duration::from_secs(60), |_| asks(101).len() == 1 && asks(104).len() == 1).await;
    let came = asks(101)[0].at.duration_since(ticked);
    assert!(came >= Duration::from_secs(19) && came < Duration::from_secs(45), "after 20 s: {came:?}");
    assert!(asks(101)[0].text().contains("Facebook"), "{}", asks(101)[0].text());
    assert!(!with_button(&fake, 101, "f:facebook:l").is_empty(), "the first ask offers ⏳");
    press(&fake, 104, "f:facebook:c");
    press(&fake, 101, "f:facebook:l");
    fake.wait_for("the ask once more", Duration::from_secs(60), |_| asks(101).len() == 2).await;
    assert_eq!(with_button(&fake, 101, "f:facebook:l").len(), 1, "⏳ only once");
    // ❌: the letter, then the countries where English is official and every other one.
    let before = fake.requests().len();
    press(&fake, 101, "f:facebook:n");
    fake.wait_for("the countries", Duration::from_secs(20), |_| !with_button(&fake, 101, "c:IE").is_empty()).await;
    let letter = fake.requests()[before..]
        .iter()
        .find(|r| r.chat_id() == Some(101) && r.text().contains("Article 12(3)"))
        .cloned()
        .expect("the follow-up letter");
    assert!(letter.text().contains("Facebook") && letter.text().contains("Article 21"), "{}", letter.text());
    let countries = &with_button(&fake, 101, "c:IE")[0];
    let targets: Vec<String> = countries.buttons().into_iter().map(|(_, t)| t).collect();
    assert_eq!(targets, ["c:IE", "c:MT", "c"], "English: Ireland, Malta, another country");
    let before = fake.requests().len();
    press(&fake, 101, "c:IE");
    let authority = fake.reply_to(101, before).await;
    assert!(
        authority.buttons().iter().any(|(_, url)| url.starts_with("https://") && url.contains("dataprotection.ie")),
        "{:?}",
        authority.buttons()
    );
    // The re-check, for the chat that asked only.
    let rechecks = |chat| {
        fake.calls("sendMessage")
            .into_iter()
            .filter(|r| r.chat_id() == Some(chat) && r.buttons().iter().any(|(_, t)| t.contains("linkedin.com")))
            .count()
    };
    fake.wait_for("the re-check", Duration::from_secs(40), |_| rechecks(105) == 1).await;
    assert_eq!(rechecks(106), 0, "no re-check unless asked for");
    // After a restart, nothing is sent again.
    assert!(bot.stop().is_some_and(|s| s.success()), "{}", bot.stderr());
    let mut bot = BotProcess::start(&fake, &work, &env);
    wait_until_polling(&fake, &bot).await;
    tokio::time::sleep(Duration::from_secs(25)).await;
    assert_eq!((asks(101).len(), asks(104).len(), asks(102).len()), (2, 1, 0), "once, none after ✅ or an untick");
    assert_eq!((rechecks(105), rechecks(106)), (1, 0));
    bot.stop();
}

#[tokio::test(flavor = "multi_thread")]
async fn an_announcement_reaches_exactly_the_news_subscribers_once_across_restarts_and_instances() {
    let work = Workdir::new();
    let db = pg::fresh_database().await;
    // The first start knows the campaigns as shipped: nothing is announced.
    let shipped = campaigns(&work, "linkedin-ai", "");
    let shipped = shipped.to_str().unwrap().to_owned();
    let fake = FakeTelegram::start().await;
    let mut first =
        BotProcess::start(&fake, &work, &[("DATABASE_URL", &db), ("CAMPAIGNS_DIR", &shipped), ("LEASE_TTL", "3")]);
    wait_until_polling(&fake, &first).await;
    for chat in 1..=5 {
        fake.push(text_update(chat, chat as u64, Some("en"), "/news"));
    }
    fake.push(text_update(6, 6, Some("en"), "/start"));
    let store = Store::open(&db).await.unwrap();
    let deadline = std::time::Instant::now() + Duration::from_secs(20);
    while store.news_count().await.unwrap() < 5 {
        assert!(std::time::Instant::now() < deadline, "five chats asked for news");
        tokio::time::sleep(Duration::from_millis(200)).await;
    }
    assert!(first.stop().is_some_and(|s| s.success()));
    // A new campaign (LinkedIn under a new id) with `announce = true`, on two instances.
    std::fs::remove_dir_all(work.path("campaigns")).unwrap();
    let fresh = campaigns(&work, "linkedin-2027", "announce = true\n");
    let fresh = fresh.to_str().unwrap().to_owned();
    let env = [("DATABASE_URL", db.as_str()), ("CAMPAIGNS_DIR", fresh.as_str()), ("LEASE_TTL", "3")];
    let mut a = BotProcess::start(&fake, &work, &env);
    let mut b = BotProcess::start(&fake, &work, &env);
    let announced = |chat: i64| {
        fake.calls("sendMessage")
            .into_iter()
            .filter(|r| {
                r.chat_id() == Some(chat)
                    && r.buttons().iter().any(|(_, t)| t == "p:linkedin")
                    && r.text().contains("LinkedIn")
            })
            .filter(|r| r.buttons().iter().any(|(_, t)| t == "n:0"))
            .count()
    };
    fake.wait_for("the announcements", Duration::from_secs(40), |_| (1..=5).all(|c| announced(c) == 1)).await;
    tokio::time::sleep(Duration::from_secs(5)).await;
    assert!(b.stop().is_some_and(|s| s.success()));
    assert!(a.stop().is_some_and(|s| s.success()));
    let mut again = BotProcess::start(&fake, &work, &env);
    wait_until_polling(&fake, &again).await;
    tokio::time::sleep(Duration::from_secs(8)).await;
    let counts: Vec<usize> = (1..=6).map(announced).collect();
    assert_eq!(counts, [1, 1, 1, 1, 1, 0], "each news subscriber once, chat 6 never");
    again.stop();
}
