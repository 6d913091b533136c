//! End to end: the real bot binary against the project's fake Bot API server.

mod support;

use std::time::Duration;

use support::*;

const WAIT: Duration = Duration::from_secs(20);

async fn started(work: &Workdir) -> (FakeTelegram, BotProcess) {
    let fake = FakeTelegram::start().await;
    let bot = BotProcess::start(&fake, work, &[]);
    wait_until_polling(&fake, &bot).await;
    (fake, bot)
}

/// Sends a text and returns the bot's reply to that chat.
async fn ask(fake: &FakeTelegram, chat: i64, user: u64, lang: Option<&str>, text: &str) -> Request {
    let seen = fake.requests().len();
    fake.push(text_update(chat, user, lang, text));
    fake.reply_to(chat, seen).await
}

#[tokio::test(flavor = "multi_thread")]
async fn commands_are_answered_in_the_users_language_with_html_and_buttons() {
    let work = Workdir::new();
    let (fake, mut bot) = started(&work).await;
    let cases = [
        ("/start", "Vos données et leur IA", "Your data and their AI"),
        ("/facebook", "S'opposer sur Facebook", "Object on Facebook"),
        ("/instagram", "S'opposer sur Instagram", "Object on Instagram"),
        ("/whatsapp", "WhatsApp et Meta AI", "WhatsApp and Meta AI"),
        ("/template", "De quelle lettre", "Which letter"),
        ("/linkedin", "LinkedIn", "Data for Generative AI Improvement"),
        ("/deadline", "27 mai 2025", "27 May 2025"),
        ("/language", "Choisissez la langue", "Choose the language"),
        ("/help", "/facebook", "/facebook"),
        ("/privacy", "Ce que je garde", "What I store"),
    ];
    for (n, (command, french, english)) in cases.iter().enumerate() {
        let fr = ask(&fake, 100 + n as i64, 100 + n as u64, Some("fr"), command).await;
        assert!(fr.text().contains(french), "{command} in French: {}", fr.text());
        assert_eq!(fr.body["parse_mode"], "HTML");
        for (i, code) in [Some("en"), Some("ru"), None].into_iter().enumerate() {
            let chat = 1000 + (n * 10 + i) as i64;
            let en = ask(&fake, chat, chat as u64, code, command).await;
            assert!(en.text().contains(english), "{command} for {code:?}: {}", en.text());
        }
    }
    let german = ask(&fake, 4, 4, Some("de-AT"), "/facebook").await;
    assert!(german.text().contains("Facebook") && german.text().contains("Widerspruch"), "{}", german.text());
    let facebook = ask(&fake, 5, 5, Some("fr"), "/facebook").await;
    assert!(facebook
        .buttons()
        .iter()
        .any(|(_, target)| target == "https://www.facebook.com/help/contact/712876720715583"));
    assert!(facebook.buttons().iter().any(|(_, target)| target == "https://www.facebook.com/privacy/genai"));
    assert!(facebook.buttons().iter().any(|(_, target)| target == "l:meta-ai"), "a button to Meta's letter");
    let seen = fake.requests().len();
    fake.push(callback_update(5, 5, Some("fr"), "l:meta-ai"));
    let letter = fake.reply_to(5, seen).await;
    assert!(letter.text().contains("<pre>") && letter.text().contains("RGPD"), "{}", letter.text());
    bot.stop();
}

#[tokio::test(flavor = "multi_thread")]
async fn button_presses_are_answered_and_give_the_same_text_as_commands() {
    let work = Workdir::new();
    let (fake, mut bot) = started(&work).await;
    let by_command = ask(&fake, 7, 7, Some("fr"), "/instagram").await;
    let seen = fake.requests().len();
    fake.push(callback_update(7, 7, Some("fr"), "p:instagram"));
    let by_button = fake.reply_to(7, seen).await;
    assert_eq!(by_button.text(), by_command.text());
    fake.wait_for("answerCallbackQuery", WAIT, |rs| rs[seen..].iter().any(|r| r.method == "answerCallbackQuery")).await;

    // A forged button is still answered, so the client does not spin.
    let seen = fake.requests().len();
    fake.push(callback_update(7, 7, Some("fr"), "forged:data:!!"));
    let answered = fake
        .wait_for("an answer to a forged button", WAIT, |rs| {
            rs[seen..].iter().any(|r| r.method == "answerCallbackQuery")
        })
        .await;
    let answer = answered[seen..].iter().find(|r| r.method == "answerCallbackQuery").unwrap();
    assert!(answer.body["text"].as_str().unwrap_or("").contains("/start"));

    // Ticking a platform off edits the keyboard under the steps.
    let seen = fake.requests().len();
    fake.push(callback_update(7, 7, Some("fr"), "m:instagram:1"));
    fake.wait_for("the keyboard edit", WAIT, |rs| rs[seen..].iter().any(|r| r.method == "editMessageReplyMarkup"))
        .await;
    bot.stop();
}

#[tokio::test(flavor = "multi_thread")]
async fn a_chosen_language_survives_a_restart() {
    let work = Workdir::new();
    let (fake, mut bot) = started(&work).await;
    let seen = fake.requests().len();
    fake.push(callback_update(9, 9, Some("en"), "L:fr"));
    let set = fake.reply_to(9, seen).await;
    assert!(set.text().contains("français"), "{}", set.text());
    assert!(bot.stop().is_some_and(|s| s.success()), "a clean stop on SIGTERM: {}", bot.stderr());

    let fake = FakeTelegram::start().await;
    let mut bot = BotProcess::start(&fake, &work, &[]);
    wait_until_polling(&fake, &bot).await;
    let reply = ask(&fake, 9, 9, Some("en"), "/facebook").await;
    assert!(reply.text().contains("S'opposer sur Facebook"), "{}", reply.text());
    bot.stop();
}

#[tokio::test(flavor = "multi_thread")]
async fn at_start_up_menus_and_descriptions_are_set_for_every_language_and_both_scopes() {
    let work = Workdir::new();
    let (fake, mut bot) = started(&work).await;
    let requests = fake
        .wait_for("the command menus", WAIT, |rs| {
            rs.iter().filter(|r| r.method == "setMyShortDescription").count() >= 25
        })
        .await;
    let commands: Vec<_> = requests.iter().filter(|r| r.method == "setMyCommands").collect();
    for lang in [
        "bg", "cs", "da", "de", "el", "en", "es", "et", "fi", "fr", "ga", "hr", "hu", "it", "lt", "lv", "mt", "nl",
        "pl", "pt", "ro", "sk", "sl", "sv",
    ] {
        for scope in ["all_private_chats", "all_group_chats"] {
            let found = commands.iter().find(|r| r.body["language_code"] == lang && r.body["scope"]["type"] == scope);
            let request = found.unwrap_or_else(|| panic!("no setMyCommands for {lang} {scope}"));
            for command in request.body["commands"].as_array().unwrap() {
                let name = command["command"].as_str().unwrap();
                let description = command["description"].as_str().unwrap();
                assert!((1..=32).contains(&name.len()) && name.chars().all(|c| c.is_ascii_lowercase() || c == '_'));
                assert!((1..=256).contains(&description.chars().count()));
                assert!(name != "remind" && name != "stop", "no campaign has a wave ahead: no reminders on offer");
            }
        }
        assert!(requests.iter().any(|r| r.method == "setMyDescription" && r.body["language_code"] == lang));
    }
    assert!(commands.iter().any(|r| r.body.get("language_code").is_none()), "a default menu for other languages");
    bot.stop();
}

#[tokio::test(flavor = "multi_thread")]
async fn in_a_group_the_bot_answers_only_what_is_meant_for_it() {
    let work = Workdir::new();
    let (fake, mut bot) = started(&work).await;
    let group = -42;
    let answered = ask(&fake, group, 1, Some("fr"), "/facebook@objection_bot").await;
    assert!(answered.text().contains("Object on Facebook"), "a group speaks the default language");

    let seen = fake.requests().len();
    fake.push(text_update(group, 1, Some("fr"), "/facebook@otherbot"));
    fake.push(text_update(group, 1, Some("fr"), "just chatting"));
    fake.push(text_update(group, 1, Some("fr"), "/unknowncommand"));
    // A marker: once it is answered, the three before it were handled (same chat, in order).
    let marker = ask(&fake, group, 1, None, "/deadline").await;
    let replies: Vec<_> = fake.requests()[seen..]
        .iter()
        .filter(|r| r.method == "sendMessage" && r.chat_id() == Some(group))
        .cloned()
        .collect();
    assert_eq!(replies.len(), 1, "only the marker is answered");
    assert_eq!(replies[0].text(), marker.text());

    // Only admins subscribe the group.
    let refused = ask(&fake, group, 2, Some("en"), "/remind").await;
    assert!(refused.text().contains("admin"), "{}", refused.text());
    fake.make_admin(group, 3);
    let accepted = ask(&fake, group, 3, Some("en"), "/remind@objection_bot").await;
    assert!(!accepted.text().contains("admin"), "{}", accepted.text());
    assert!(accepted.text().contains("nothing to remind you of"), "no date lies ahead: {}", accepted.text());
    assert!(fake.calls("getChatMember").len() >= 2);
    bot.stop();
}

#[tokio::test(flavor = "multi_thread")]
async fn joining_leaving_and_migrating_a_group() {
    let work = Workdir::new();
    let deadline = chrono::Utc::now().fixed_offset() + chrono::Duration::days(10);
    let campaign = work.campaign(deadline, &["3d"]);
    let fake = FakeTelegram::start().await;
    let mut bot = BotProcess::start(&fake, &work, &[("CAMPAIGNS_DIR", campaign.to_str().unwrap())]);
    wait_until_polling(&fake, &bot).await;
    let group = -77;
    let seen = fake.requests().len();
    fake.push(membership_update(group, 3, Some("fr"), "left", "member"));
    let intro = fake.reply_to(group, seen).await;
    assert!(intro.text().contains("Bonjour"), "in the adder's language: {}", intro.text());
    fake.make_admin(group, 3);
    let on = ask(&fake, group, 3, Some("fr"), "/remind").await;
    assert!(on.text().contains("🔔"), "{}", on.text());

    // The group becomes a supergroup: its subscription follows.
    let supergroup = -1_000_000_000_077;
    fake.push(migrate_update(group, supergroup));
    // Updates of one chat are handled in order: once this is answered, the move is done.
    ask(&fake, group, 3, Some("fr"), "/deadline").await;
    fake.make_admin(supergroup, 3);
    let status = ask(&fake, supergroup, 3, Some("fr"), "/status").await;
    assert!(status.text().contains("🔔"), "still subscribed: {}", status.text());

    // Removed: everything about the group is deleted.
    fake.push(membership_update(supergroup, 3, Some("fr"), "member", "left"));
    let status = ask(&fake, supergroup, 3, Some("fr"), "/status").await;
    assert!(status.text().contains("🔕"), "{}", status.text());
    bot.stop();
    let store = objection_bot::store::Store::open(&work.db_url()).await.unwrap();
    assert_eq!(store.chat(supergroup).await.unwrap(), None);
    assert_eq!(store.chat(group).await.unwrap(), None);
}

#[tokio::test(flavor = "multi_thread")]
async fn inline_queries_deep_links_and_sharing() {
    let work = Workdir::new();
    let (fake, mut bot) = started(&work).await;
    let seen = fake.requests().len();
    fake.push(inline_update(31, Some("de"), "insta"));
    let requests =
        fake.wait_for("an inline answer", WAIT, |rs| rs[seen..].iter().any(|r| r.method == "answerInlineQuery")).await;
    let answer = requests[seen..].iter().find(|r| r.method == "answerInlineQuery").unwrap();
    let results = answer.body["results"].as_array().unwrap();
    assert_eq!(results.len(), 1);
    let card = &results[0];
    assert_eq!(card["input_message_content"]["parse_mode"], "HTML");
    assert!(card["title"].as_str().unwrap().contains("Instagram"));
    let text = card["input_message_content"]["message_text"].as_str().unwrap();
    assert!(text.contains("Widerspruch") || text.contains("widersprechen"), "German: {text}");
    let url = card["reply_markup"]["inline_keyboard"][0][0]["url"].as_str().unwrap();
    assert_eq!(url, "https://help.instagram.com/contact/767264225370182");
    assert_eq!(answer.body["is_personal"], true);

    let seen = fake.requests().len();
    fake.push(inline_update(31, Some("de"), ""));
    let requests =
        fake.wait_for("an inline answer", WAIT, |rs| rs[seen..].iter().any(|r| r.method == "answerInlineQuery")).await;
    let answer = requests[seen..].iter().find(|r| r.method == "answerInlineQuery").unwrap();
    let n = answer.body["results"].as_array().unwrap().len();
    assert_eq!(n, 12, "six platforms, two letters, where each of the four campaigns stands");

    let deep = ask(&fake, 32, 32, Some("en"), "/start facebook").await;
    assert!(deep.text().contains("Object on Facebook"));
    let share = ask(&fake, 32, 32, Some("en"), "/share").await;
    assert!(share.text().contains("https://t.me/objection_bot"));
    assert!(share.buttons().iter().any(|(label, _)| label.contains("Share")));
    bot.stop();
}

#[tokio::test(flavor = "multi_thread")]
async fn updates_the_bot_does_not_handle_are_ignored_quietly() {
    let work = Workdir::new();
    let (fake, mut bot) = started(&work).await;
    let seen = fake.requests().len();
    fake.push(serde_json::json!({"edited_message": {"message_id": 1, "date": 1, "edit_date": 2,
        "chat": {"id": 5, "type": "private"}, "from": {"id": 5, "is_bot": false, "first_name": "A"}, "text": "/start"}}));
    fake.push(serde_json::json!({"channel_post": {"message_id": 1, "date": 1,
        "chat": {"id": -100500, "type": "channel", "title": "C"}, "text": "/start"}}));
    fake.push(serde_json::json!({"message": {"message_id": 1, "date": 1, "chat": {"id": 5, "type": "private"},
        "from": {"id": 5, "is_bot": false, "first_name": "A"}, "sticker": {"file_id": "x", "file_unique_id": "y",
        "type": "regular", "width": 1, "height": 1, "is_animated": false, "is_video": false}}}));
    fake.push(serde_json::json!({"poll_answer": {"poll_id": "p", "user": {"id": 5, "is_bot": false, "first_name": "A"}, "option_ids": [0]}}));
    // A message in a group with no sender (posted as a channel): an ordinary text, ignored.
    fake.push(
        serde_json::json!({"message": {"message_id": 1, "date": 1, "chat": {"id": -9, "type": "group", "title": "G"},
        "sender_chat": {"id": -100500, "type": "channel", "title": "C"}, "text": "hello"}}),
    );
    fake.push(text_update(5, 5, None, &"x".repeat(5000)));
    fake.push(text_update(5, 5, Some("en"), "/help"));
    let requests = fake
        .wait_for("the /help marker", WAIT, |rs| rs[seen..].iter().any(|r| r.text().contains("What I can do")))
        .await;
    let replies: Vec<_> =
        requests[seen..].iter().filter(|r| r.method == "sendMessage").map(|r| r.text().to_owned()).collect();
    assert_eq!(replies.len(), 2, "only the long text (a pointer to /help) and the marker: {replies:?}");
    assert!(replies[0].contains("/help") && replies[1].contains("What I can do"));
    let log = bot.stderr();
    assert!(!log.contains("ERROR"), "{log}");
    bot.stop();
}

#[tokio::test(flavor = "multi_thread")]
async fn the_token_never_appears_in_logs_even_when_the_network_fails() {
    let work = Workdir::new();
    // Point the bot at a port where nothing listens.
    let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let port = listener.local_addr().unwrap().port();
    drop(listener);
    let fake = FakeTelegram::start().await;
    let mut bot = BotProcess::start(
        &fake,
        &work,
        &[("TELOXIDE_API_URL", &format!("http://127.0.0.1:{port}")), ("RUST_LOG", "trace")],
    );
    tokio::time::sleep(Duration::from_secs(3)).await;
    bot.kill();
    let log = bot.stderr();
    assert!(!log.is_empty(), "the bot logged its failure");
    assert!(!log.contains("TEST-token_secret"), "{log}");
    assert!(!log.contains("123456:TEST"), "{log}");
}

/// The token's secret part (after the colon), which must not show on its own either.
const SECRET_PART: &str = "TEST-token_secret";

#[tokio::test(flavor = "multi_thread")]
async fn a_failed_get_me_that_echoes_the_token_ends_with_one_line_without_it() {
    // A proxy in front of the Bot API that echoes the request (as Express does), including the
    // forms of the token some servers write: URL-encoded, and the secret part alone.
    let body = format!(
        "<!DOCTYPE html>\n<html><body><pre>Cannot POST {{path}}</pre><!-- {} {} key={SECRET_PART} --></body></html>\n",
        TOKEN.replace(':', "%3A"),
        TOKEN.replace(':', "%3a"),
    );
    for level in ["off", "trace"] {
        let work = Workdir::new();
        let fake = FakeTelegram::start().await;
        fake.fault("getMe", None, Fault::Raw(404, body.clone()), 1);
        let mut bot = BotProcess::start(&fake, &work, &[("RUST_LOG", level)]);
        let status = bot.wait(WAIT);
        let err = bot.stderr();
        // 69 (EX_UNAVAILABLE): Telegram, or what stands in front of it, is not answering as the Bot API.
        assert_eq!(status.and_then(|s| s.code()), Some(69), "RUST_LOG={level}: {err}");
        assert!(fake.calls("getMe").iter().any(|r| r.answer.starts_with("Raw")), "the fault was served");
        if level == "off" {
            assert_eq!(err.lines().count(), 1, "one line: {err}");
            assert!(err.contains("getMe failed"), "the line says what failed: {err}");
        }
        for form in [TOKEN, &TOKEN.replace(':', "%3A"), &TOKEN.replace(':', "%3a"), SECRET_PART] {
            assert!(!err.contains(form), "RUST_LOG={level}: `{form}` in:\n{err}");
        }
    }
}

#[test]
fn without_a_token_run_exits_78_with_one_line() {
    let work = Workdir::new();
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_objection-bot"))
        .env_clear()
        .current_dir(work.dir.path())
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(78), "EX_CONFIG");
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(err.trim().lines().count(), 1, "{err}");
    assert!(err.contains("TELOXIDE_TOKEN") && err.contains("console"), "{err}");
}

#[tokio::test(flavor = "multi_thread")]
async fn the_menus_offer_reminders_until_the_last_wave_has_passed() {
    let work = Workdir::new();
    let campaign = work.campaign(in_secs(30), &["26s"]);
    let fake = FakeTelegram::start().await;
    let env = [("CAMPAIGNS_DIR", campaign.to_str().unwrap())];
    let mut bot = BotProcess::start(&fake, &work, &env);
    let offers_remind = |r: &Request| {
        r.method == "setMyCommands"
            && r.body["commands"].as_array().is_some_and(|c| c.iter().any(|c| c["command"] == "remind"))
    };
    let first = fake
        .wait_for("the first menus", WAIT, |rs| rs.iter().filter(|r| r.method == "setMyShortDescription").count() >= 25)
        .await;
    assert!(first.iter().any(offers_remind), "while a wave lies ahead, /remind is offered");
    let before = first.iter().filter(|r| r.method == "setMyCommands").count();
    // The wave falls 4 s after start; then the menus are sent again, without /remind.
    let again = fake
        .wait_for("the menus again", WAIT, |rs| rs.iter().filter(|r| r.method == "setMyCommands").count() >= 2 * before)
        .await;
    let later: Vec<&Request> = again.iter().filter(|r| r.method == "setMyCommands").skip(before).collect();
    assert!(!later.is_empty() && later.iter().all(|r| !offers_remind(r)), "after the last wave, no /remind");
    bot.stop();
}

#[tokio::test(flavor = "multi_thread")]
async fn a_group_keeps_its_adders_language_and_its_members_tick_off_in_their_own_chat() {
    let work = Workdir::new();
    let deadline = chrono::Utc::now().fixed_offset() + chrono::Duration::days(10);
    let campaign = work.campaign(deadline, &["3d"]);
    let fake = FakeTelegram::start().await;
    let mut bot = BotProcess::start(&fake, &work, &[("CAMPAIGNS_DIR", campaign.to_str().unwrap())]);
    wait_until_polling(&fake, &bot).await;
    let group = -78;
    let seen = fake.requests().len();
    fake.push(membership_update(group, 3, Some("fr"), "left", "member"));
    assert!(fake.reply_to(group, seen).await.text().contains("Bonjour"), "welcomed in the adder's language");

    // A Dutch member: still French, and a link to their own chat instead of a tick button.
    let steps = ask(&fake, group, 4, Some("nl"), "/facebook").await;
    assert!(steps.text().contains("S'opposer sur Facebook"), "{}", steps.text());
    let buttons = steps.buttons();
    assert!(buttons.iter().any(|(_, to)| to == "https://t.me/objection_bot?start=facebook"), "{buttons:?}");
    assert!(!buttons.iter().any(|(_, to)| to.starts_with("m:")), "{buttons:?}");
    let refused = ask(&fake, group, 4, Some("nl"), "/remind").await;
    assert!(refused.text().contains("Seul un administrateur"), "{}", refused.text());

    // Reminders on: /status carries the stop button; a member's press is refused, an admin's stops.
    fake.make_admin(group, 3);
    ask(&fake, group, 3, Some("fr"), "/remind").await;
    let status = ask(&fake, group, 4, Some("nl"), "/status").await;
    assert!(status.buttons().iter().any(|(label, to)| to == "u" && label.starts_with("🔕")), "{:?}", status.buttons());
    let seen = fake.requests().len();
    fake.push(callback_update(group, 4, Some("nl"), "u"));
    let answered =
        fake.wait_for("the refusal", WAIT, |rs| rs[seen..].iter().any(|r| r.method == "answerCallbackQuery")).await;
    let answer = answered[seen..].iter().find(|r| r.method == "answerCallbackQuery").unwrap();
    assert!(answer.body["text"].as_str().unwrap_or("").contains("Seul un administrateur"), "{:?}", answer.body);
    let seen = fake.requests().len();
    fake.push(callback_update(group, 3, Some("fr"), "u"));
    let off = fake.reply_to(group, seen).await;
    assert!(off.text().contains("Rappels désactivés"), "{}", off.text());
    bot.stop();
}

#[tokio::test(flavor = "multi_thread")]
async fn start_and_the_reminder_offer_a_one_tap_stop_while_reminders_are_on() {
    let work = Workdir::new();
    // Two waves: one 8 s after start, one 2 s before the deadline.
    let campaign = work.campaign(in_secs(60), &["52s", "2s"]);
    let fake = FakeTelegram::start().await;
    let mut bot = BotProcess::start(&fake, &work, &[("CAMPAIGNS_DIR", campaign.to_str().unwrap())]);
    wait_until_polling(&fake, &bot).await;
    let start = ask(&fake, 9, 9, Some("en"), "/start").await;
    assert!(start.buttons().iter().any(|(_, to)| to == "r") && !start.buttons().iter().any(|(_, to)| to == "u"));
    ask(&fake, 9, 9, Some("en"), "/remind").await;
    let start = ask(&fake, 9, 9, Some("en"), "/start").await;
    assert!(start.buttons().contains(&("🔕 Stop reminders".into(), "u".into())), "{:?}", start.buttons());
    assert!(!start.buttons().iter().any(|(_, to)| to == "r"), "{:?}", start.buttons());
    let seen = fake.requests().len();
    let reminder = fake.reply_to(9, seen).await;
    assert!(reminder.buttons().contains(&("🔕 Stop reminders".into(), "u".into())), "{:?}", reminder.buttons());
    bot.stop();
}
