//! Behaviour of the brain, in every language, with a real (in-memory) store and no network.

use std::sync::Arc;

use chrono::{DateTime, Duration, Utc};

use super::*;
use crate::{html, i18n::I18n, store::Store};

const BOT: &str = "objection_bot";

/// The id of the built-in campaign.
pub(super) const META: &str = "meta-ai-2025";

pub(super) async fn brain_with(campaigns: Campaigns) -> Brain {
    let i18n = I18n::embedded(campaigns.default_language()).unwrap();
    Brain::new(Arc::new(campaigns), Arc::new(i18n), Store::in_memory().await.unwrap(), BOT)
}

pub(super) async fn brain() -> Brain {
    brain_with(Campaigns::load(None).unwrap()).await
}

pub(super) fn before(b: &Brain, d: Duration) -> DateTime<Utc> {
    b.campaigns.first().deadline.to_utc() - d
}

pub(super) fn private(chat_id: i64, code: Option<&str>, now: DateTime<Utc>) -> Context {
    Context {
        chat_id,
        kind: ChatKind::Private,
        language_code: code.map(str::to_owned),
        is_admin: false,
        user_id: None,
        now,
    }
}

pub(super) fn group(chat_id: i64, admin: bool, now: DateTime<Utc>) -> Context {
    Context { chat_id, kind: ChatKind::Group, language_code: Some("fr".into()), is_admin: admin, user_id: None, now }
}

pub(super) fn text(t: &str) -> Input {
    Input::Text(t.to_owned())
}

pub(super) fn messages(replies: &[Reply]) -> Vec<&Message> {
    replies
        .iter()
        .filter_map(|r| match r {
            Reply::Message(m) => Some(m),
            _ => None,
        })
        .collect()
}

pub(super) fn only_message(replies: &[Reply]) -> &Message {
    let m = messages(replies);
    assert_eq!(m.len(), 1, "{replies:#?}");
    m[0]
}

pub(super) fn buttons(m: &Message) -> Vec<&Button> {
    m.keyboard.iter().flatten().collect()
}

fn assert_valid(replies: &[Reply], what: &str) {
    for reply in replies {
        let problems = crate::limits::check_reply(reply);
        assert!(problems.is_empty(), "{what}: {problems:?}");
        if let Reply::Message(m) = reply {
            for button in buttons(m) {
                if let Button::Url { url, .. } = button {
                    assert_eq!(url.scheme(), "https", "{what}: {url}");
                }
            }
        }
    }
}

#[tokio::test]
async fn every_command_and_button_renders_in_every_language_on_both_sides_of_the_deadline() {
    let b = brain().await;
    let commands = [
        "/start",
        "/start facebook",
        "/start nonsense",
        "/facebook",
        "/instagram",
        "/whatsapp",
        "/template",
        "/letter",
        "/deadline",
        "/language",
        "/help",
        "/privacy",
        "/remind",
        "/status",
        "/stop",
        "/share",
        "/forget",
        "hello",
    ];
    for (n, lang) in b.i18n.languages().into_iter().enumerate() {
        for now in [before(&b, Duration::days(5)), before(&b, Duration::hours(5)), before(&b, Duration::days(-400))] {
            let chat = n as i64 + 1000;
            let ctx = private(chat, Some(lang.code()), now);
            for c in commands {
                let replies = b.handle(&ctx, text(c)).await;
                assert!(!replies.is_empty(), "{lang} {c}: no reply");
                assert_valid(&replies, &format!("{lang} {c}"));
            }
            for data in CallbackData::all(&b.campaigns) {
                let replies = b.handle(&ctx, Input::Callback(data.encode())).await;
                assert_valid(&replies, &format!("{lang} {data:?}"));
            }
            b.store.forget(chat).await.unwrap();
            for query in ["", "a", "facebook", "zzz"] {
                assert_valid(&b.handle(&ctx, Input::InlineQuery(query.into())).await, "inline");
            }
            let c = b.campaigns.first();
            let all: Vec<String> = c.platforms.iter().map(|p| p.key.clone()).collect();
            let reminder = b.reminder(c, lang, &all, now);
            html::validate(&reminder.html).unwrap();
        }
    }
    assert_eq!(b.i18n.misses(), Vec::<String>::new(), "messages that had to fall back");
}

#[tokio::test]
async fn french_users_get_french_and_others_get_the_default() {
    let b = brain().await;
    let now = before(&b, Duration::days(3));
    let fr = b.handle(&private(1, Some("fr-FR"), now), text("/facebook")).await;
    assert!(only_message(&fr).html.contains("S'opposer sur Facebook"));
    for code in [Some("en"), Some("xx"), None] {
        let en = b.handle(&private(2, code, now), text("/facebook")).await;
        assert!(only_message(&en).html.contains("Object on Facebook"), "{code:?}");
    }
}

#[tokio::test]
async fn a_chosen_language_is_kept_and_wins_over_telegram() {
    let b = brain().await;
    let now = before(&b, Duration::days(3));
    let ctx = private(7, Some("en"), now);
    let menu = b.handle(&ctx, text("/language")).await;
    let labels: Vec<String> = buttons(only_message(&menu))
        .iter()
        .map(|b| match b {
            Button::Callback { label, .. } => label.clone(),
            _ => String::new(),
        })
        .collect();
    assert!(labels.contains(&"Français".to_string()) && labels.contains(&"Deutsch".to_string()), "{labels:?}");
    assert!(only_message(&menu).keyboard.iter().all(|row| row.len() <= 3));
    let set = b.handle(&ctx, Input::Callback(CallbackData::SetLang(Lang::De).encode())).await;
    assert!(!only_message(&set).html.is_empty());
    assert_eq!(b.store.chat(7).await.unwrap().unwrap().lang, Some(Lang::De));
    let again = b.handle(&ctx, text("/template")).await;
    assert!(only_message(&again).html.contains("DSGVO"), "{}", only_message(&again).html);
}

#[tokio::test]
async fn the_platform_answer_has_the_form_link_and_the_checklist() {
    let b = brain().await;
    let replies = b.handle(&private(1, Some("en"), Utc::now()), text("/whatsapp")).await;
    let m = only_message(&replies);
    assert!(m.html.contains("not</b> used"));
    assert!(buttons(m).contains(&&Button::Url {
        label: "📝 Open the official WhatsApp form".into(),
        url: "https://www.whatsapp.com/contact/forms/382532939919295/".parse().unwrap()
    }));
    assert!(buttons(m)
        .iter()
        .any(|b| matches!(b, Button::Callback { data: CallbackData::Mark(key, true), .. } if key == "whatsapp")));
    assert!(buttons(m)
        .iter()
        .any(|b| matches!(b, Button::Callback { data: CallbackData::Show(Topic::Letter(None)), .. })));
    assert!(buttons(m).iter().any(|b| matches!(b, Button::Share { query, .. } if query == "whatsapp")));
}

#[tokio::test]
async fn buttons_give_the_same_answer_as_commands() {
    let b = brain().await;
    let ctx = private(1, Some("fr"), before(&b, Duration::days(2)));
    for (command, topic) in [
        ("/facebook", Topic::Platform("facebook".to_string())),
        ("/template", Topic::Letter(None)),
        ("/deadline", Topic::Deadline),
        ("/start", Topic::Start),
    ] {
        let by_command = b.handle(&ctx, text(command)).await;
        let by_button = b.handle(&ctx, Input::Callback(CallbackData::Show(topic).encode())).await;
        assert_eq!(by_command, by_button, "{command}");
    }
}

#[tokio::test]
async fn the_letter_is_in_a_pre_block_with_the_regulation_named() {
    let b = brain().await;
    let replies = b.handle(&private(1, Some("fr"), Utc::now()), text("/letter")).await;
    let m = only_message(&replies);
    assert!(m.html.contains("<pre>") && m.html.contains("RGPD") && m.html.contains("21"));
}

#[tokio::test]
async fn the_deadline_text_is_true_on_both_sides() {
    let b = brain().await;
    let early = b.handle(&private(1, Some("en"), before(&b, Duration::days(3))), text("/deadline")).await;
    assert!(only_message(&early).html.contains("3 days"), "{}", only_message(&early).html);
    let last_day = b.handle(&private(1, Some("en"), before(&b, Duration::hours(5))), text("/deadline")).await;
    assert!(only_message(&last_day).html.contains("5 hours"));
    let one = b.handle(&private(1, Some("fr"), before(&b, Duration::hours(1))), text("/deadline")).await;
    assert!(only_message(&one).html.contains("1 heure"), "{}", only_message(&one).html);
    let after = b.handle(&private(1, Some("en"), before(&b, Duration::days(-10))), text("/deadline")).await;
    let html = &only_message(&after).html;
    assert!(html.contains("You can still object") && html.contains("27 May 2025"), "{html}");
    assert!(!html.contains("Time left"));
}

#[tokio::test]
async fn forget_deletes_the_chat() {
    let b = brain().await;
    let ctx = private(11, Some("en"), before(&b, Duration::days(5)));
    b.handle(&ctx, text("/remind")).await;
    b.handle(&ctx, Input::Callback(CallbackData::SetLang(Lang::Fr).encode())).await;
    let done = b.handle(&ctx, text("/forget")).await;
    assert!(only_message(&done).html.contains("effacé"));
    assert_eq!(b.store.chat(11).await.unwrap(), None);
}

#[tokio::test]
async fn unknown_text_in_private_points_to_help() {
    let b = brain().await;
    for t in ["hello", "/nonsense", "/facebook@otherbot"] {
        let replies = b.handle(&private(1, Some("en"), Utc::now()), text(t)).await;
        if t.contains("otherbot") {
            assert!(replies.is_empty());
        } else {
            assert!(only_message(&replies).html.contains("/help"), "{t}");
        }
    }
}

#[tokio::test]
async fn in_groups_the_bot_answers_commands_only_when_meant_for_it() {
    let b = brain().await;
    let ctx = group(-5, false, Utc::now());
    assert_eq!(messages(&b.handle(&ctx, text("/facebook@objection_bot")).await).len(), 1);
    assert_eq!(messages(&b.handle(&ctx, text("/facebook")).await).len(), 1);
    assert!(b.handle(&ctx, text("/facebook@otherbot")).await.is_empty());
    assert!(b.handle(&ctx, text("hello everyone")).await.is_empty());
    assert!(b.handle(&ctx, text("/nonsense")).await.is_empty());
    // A group speaks the campaign default until an admin chooses, whatever the sender's language.
    assert!(only_message(&b.handle(&ctx, text("/facebook")).await).html.contains("Object on Facebook"));
}

#[tokio::test]
async fn only_group_admins_change_what_the_group_receives() {
    let b = brain().await;
    let now = before(&b, Duration::days(5));
    let member = group(-6, false, now);
    assert!(b.needs_admin(&member, &text("/remind")));
    assert!(!b.needs_admin(&member, &text("/facebook")));
    assert!(!b.needs_admin(&private(6, None, now), &text("/remind")));
    for command in ["/remind", "/stop", "/language", "/forget"] {
        let refused = b.handle(&member, text(command)).await;
        assert!(only_message(&refused).html.contains("admin"), "{command}");
    }
    let refused = b.handle(&member, Input::Callback(CallbackData::SetLang(Lang::Fr).encode())).await;
    assert!(matches!(&refused[..], [Reply::Toast(t)] if t.contains("admin")));
    assert_eq!(b.store.chat(-6).await.unwrap(), None);

    let admin = group(-6, true, now);
    b.handle(&admin, text("/remind")).await;
    assert!(b.store.chat(-6).await.unwrap().unwrap().is_subscribed(META));
    b.handle(&admin, Input::Callback(CallbackData::SetLang(Lang::Fr).encode())).await;
    assert!(only_message(&b.handle(&member, text("/facebook")).await).html.contains("S'opposer"));
}

#[tokio::test]
async fn joining_leaving_and_migrating_groups() {
    let b = brain().await;
    let now = before(&b, Duration::days(5));
    let intro = b.handle(&group(-7, false, now), Input::BotAdded).await;
    assert!(only_message(&intro).html.contains("Bonjour"), "the adder speaks French");
    b.handle(&group(-7, true, now), text("/remind")).await;
    b.handle(&group(-7, false, now), Input::Migrated { to: -1007 }).await;
    assert!(b.store.chat(-1007).await.unwrap().unwrap().is_subscribed(META));
    assert_eq!(b.store.chat(-7).await.unwrap(), None);
    assert!(b.handle(&group(-1007, false, now), Input::BotRemoved).await.is_empty());
    assert_eq!(b.store.chat(-1007).await.unwrap(), None);
}

#[tokio::test]
async fn deep_links_open_their_answer() {
    let b = brain().await;
    let ctx = private(1, Some("en"), before(&b, Duration::days(5)));
    for (payload, expected) in [
        ("facebook", "Object on Facebook"),
        ("instagram", "Object on Instagram"),
        ("whatsapp", "WhatsApp and Meta AI"),
        ("letter", "<pre>"),
    ] {
        let replies = b.handle(&ctx, text(&format!("/start {payload}"))).await;
        assert!(only_message(&replies).html.contains(expected), "{payload}");
    }
    let remind = b.handle(&ctx, text("/start remind")).await;
    assert!(only_message(&remind).html.contains("Reminders are on"));
    let unknown = b.handle(&ctx, text("/start <script>")).await;
    assert!(only_message(&unknown).html.contains("Object to Meta using your content"));
}

#[tokio::test]
async fn inline_queries_find_cards_in_the_users_language_and_in_english() {
    let b = brain().await;
    let now = before(&b, Duration::days(5));
    let cards = |replies: Vec<Reply>| match replies.into_iter().next() {
        Some(Reply::Cards(c)) => c,
        other => panic!("{other:?}"),
    };
    let de = cards(b.handle(&private(50, Some("de"), now), Input::InlineQuery("insta".into())).await);
    assert_eq!(de.len(), 1);
    assert_eq!(de[0].id, "instagram");
    let de_text = b.campaigns.first().tr(Lang::De, "instagram-steps", &[]);
    assert_eq!(de[0].message.html, de_text);
    assert!(de[0]
        .message
        .keyboard
        .iter()
        .flatten()
        .any(|b| matches!(b, Button::Url { url, .. } if url.as_str().contains("instagram.com"))));
    assert!(
        !de[0].message.keyboard.iter().flatten().any(|b| matches!(b, Button::Callback { .. })),
        "no callback buttons where the bot is not"
    );
    assert_eq!(cards(b.handle(&private(50, Some("de"), now), Input::InlineQuery(String::new())).await).len(), 5);
    let fr = cards(b.handle(&private(51, Some("fr"), now), Input::InlineQuery("LETTRE".into())).await);
    assert_eq!(fr.iter().map(|c| c.id.as_str()).collect::<Vec<_>>(), vec!["letter"]);
    let accents = cards(b.handle(&private(51, Some("fr"), now), Input::InlineQuery("echeance".into())).await);
    assert_eq!(accents.iter().map(|c| c.id.as_str()).collect::<Vec<_>>(), vec!["deadline"]);
    let english = cards(b.handle(&private(51, Some("fr"), now), Input::InlineQuery("letter".into())).await);
    assert_eq!(english.len(), 1);
    let long = "x".repeat(10_000);
    assert!(cards(b.handle(&private(51, None, now), Input::InlineQuery(long)).await).is_empty());
}

#[tokio::test]
async fn garbage_callback_data_gets_a_polite_toast() {
    let b = brain().await;
    for junk in ["", "zzz", "p:tiktok", "L:xx", "m:fb:9", &"é".repeat(100)] {
        let replies = b.handle(&private(1, Some("en"), Utc::now()), Input::Callback(junk.into())).await;
        assert!(matches!(&replies[..], [Reply::Toast(t)] if t.contains("/start")), "{junk:?}");
    }
}

#[tokio::test]
async fn a_store_failure_is_a_polite_reply() {
    let b = brain().await;
    b.store.close().await;
    let replies = b.handle(&private(1, Some("en"), before(&b, Duration::days(5))), text("/remind")).await;
    assert!(only_message(&replies).html.contains("try again"));
}

#[tokio::test]
async fn ordinary_group_talk_costs_no_store_read() {
    let b = brain().await;
    b.store.close().await;
    let ctx = group(-5, false, Utc::now());
    for t in ["hello everyone", "/facebook@otherbot", "/remind@otherbot", "/nonsense", "", "/"] {
        assert_eq!(b.handle(&ctx, text(t)).await, Vec::new(), "{t:?}: the closed store was read");
    }
    let meant_for_the_bot = b.handle(&ctx, text("/facebook@objection_bot")).await;
    let error = b.i18n.tr(Lang::Fr, "error-text", &[]);
    assert_eq!(only_message(&meant_for_the_bot).html, error, "a command of ours does read the store");
}

#[tokio::test]
async fn the_command_menus_fit_telegram_limits() {
    let b = brain().await;
    for lang in b.i18n.languages() {
        let now = before(&b, Duration::days(5));
        let private_menu = b.command_menu(lang, ChatKind::Private, now);
        let group_menu = b.command_menu(lang, ChatKind::Group, now);
        assert_eq!(private_menu.len(), crate::campaign::BOT_COMMANDS + 3, "the bot's commands and three platforms");
        let names: Vec<&str> = private_menu.iter().map(|(n, _)| n.as_str()).collect();
        assert_eq!(names[..5], ["start", "facebook", "instagram", "whatsapp", "template"]);
        assert_eq!(group_menu[0].0, "facebook", "platforms come first where there is no /start");
        assert!(group_menu.len() < private_menu.len() && !group_menu.is_empty());
        for (name, description) in private_menu.iter().chain(&group_menu) {
            assert!((1..=crate::limits::COMMAND_NAME).contains(&name.len()));
            assert!((1..=crate::limits::COMMAND_DESCRIPTION).contains(&description.chars().count()), "{lang} {name}");
        }
        let (description, short) = b.profile(lang);
        assert!((1..=crate::limits::DESCRIPTION).contains(&description.chars().count()), "{lang}");
        assert!((1..=crate::limits::SHORT_DESCRIPTION).contains(&short.chars().count()), "{lang}");
    }
}

#[tokio::test]
async fn each_of_the_24_languages_answers_in_its_own_words_with_or_without_a_region() {
    let b = brain().await;
    assert_eq!(b.i18n.languages(), Lang::ALL.to_vec(), "all 24 EU languages are shipped");
    for lang in Lang::ALL {
        for code in [lang.code().to_string(), format!("{}-XY", lang.code())] {
            let replies = b.handle(&private(77, Some(&code), Utc::now()), text("/instagram")).await;
            let c = b.campaigns.first();
            assert_eq!(only_message(&replies).html, c.tr(lang, "instagram-steps", &[]), "{code}");
            if lang != Lang::En {
                assert_ne!(only_message(&replies).html, c.tr(Lang::En, "instagram-steps", &[]), "{code}");
            }
        }
    }
}

#[tokio::test]
async fn every_language_passes_the_telegram_limit_checks() {
    let b = brain().await;
    for lang in b.i18n.languages() {
        for now in [before(&b, Duration::days(2)), before(&b, Duration::days(-2))] {
            let problems = crate::preview::problems(&b, lang, now);
            assert!(problems.is_empty(), "{}", problems.join("\n"));
        }
    }
}
