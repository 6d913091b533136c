//! Every screen in every language: rendered within Telegram's limits, the language chosen
//! or negotiated, inline cards, and the command menus and profile texts.

use chrono::{Duration, Utc};

use super::{tests::*, *};
use crate::html;

fn assert_valid(replies: &[Reply], what: &str) {
    for reply in replies {
        let problems = check_reply(reply);
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
    assert!(de[0].message.html.starts_with(&de_text), "the steps, then the checked line");
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
    assert_eq!(
        cards(b.handle(&private(50, Some("de"), now), Input::InlineQuery(String::new())).await).len(),
        5,
        "three platforms, the letter, where it stands"
    );
    let fr = cards(b.handle(&private(51, Some("fr"), now), Input::InlineQuery("LETTRE".into())).await);
    assert_eq!(fr.iter().map(|c| c.id.as_str()).collect::<Vec<_>>(), vec!["letter"]);
    let accents = cards(b.handle(&private(51, Some("fr"), now), Input::InlineQuery("OÙ EST-ON".into())).await);
    assert_eq!(accents.iter().map(|c| c.id.as_str()).collect::<Vec<_>>(), vec!["deadline"]);
    let english = cards(b.handle(&private(51, Some("fr"), now), Input::InlineQuery("letter".into())).await);
    assert_eq!(english.len(), 1);
    let long = "x".repeat(10_000);
    assert!(cards(b.handle(&private(51, None, now), Input::InlineQuery(long)).await).is_empty());
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
            let html = &only_message(&replies).html;
            assert!(html.starts_with(&c.tr(lang, "instagram-steps", &[])), "{code}: {html}");
            if lang != Lang::En {
                assert_ne!(only_message(&replies).html, c.tr(Lang::En, "instagram-steps", &[]), "{code}");
            }
        }
    }
}

/// How many "checked" lines the brain keeps formatted.
fn checked_lines_kept(b: &Brain) -> usize {
    b.checked_lines.lock().unwrap().values().map(|by_campaign| by_campaign.len()).sum()
}

#[tokio::test]
async fn a_platform_pages_checked_line_is_formatted_once_per_language_and_reads_as_before() {
    let b = brain().await;
    let (c, p) = b.campaigns.platform("facebook").unwrap();
    let id = if p.help_url.is_some() { "checked-line-help" } else { "checked-line" };
    for lang in [Lang::De, Lang::Fr] {
        let line = b.i18n.tr(lang, id, &[("date", b.day_label(lang, c.checked).into())]);
        for _ in 0..3 {
            let page = b.platform(lang, "facebook", None);
            assert!(page.html.ends_with(&format!("\n\n{line}")), "{lang}: {}", page.html);
        }
    }
    assert_eq!(checked_lines_kept(&b), 2);

    // A locale without the line falls back each time (and each time logs it), never kept.
    let sources = [crate::i18n::LocaleSource { lang: Lang::Fr, files: vec![("fr".into(), "other = autre\n".into())] }];
    let bare = Brain { i18n: Arc::new(crate::i18n::I18n::from_sources(&sources, Lang::Fr).unwrap()), ..brain().await };
    for _ in 0..3 {
        assert!(bare.platform(Lang::Fr, "facebook", None).html.ends_with(id));
    }
    assert_eq!(checked_lines_kept(&bare), 0);
    assert!(bare.i18n.misses().contains(&format!("fr:{id}")));
}
