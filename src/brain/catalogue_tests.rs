//! The built-in catalogue as shipped: four evergreen campaigns (Meta, LinkedIn, Gemini, X),
//! forms and settings, one /start, one checklist, no reminders offered anywhere.

use chrono::{TimeZone, Utc};

use super::{tests::*, *};
use crate::{campaign::Campaigns, html};

const PLATFORMS: [&str; 6] = ["facebook", "instagram", "whatsapp", "linkedin", "gemini", "x"];

async fn built_in() -> Brain {
    brain_with(Campaigns::load(None).unwrap()).await
}

fn now() -> chrono::DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 12, 4, 12, 0, 0).unwrap()
}

fn url_labels(m: &Message) -> Vec<String> {
    buttons(m)
        .into_iter()
        .filter_map(|b| match b {
            Button::Url { label, .. } => Some(label.clone()),
            _ => None,
        })
        .collect()
}

fn mark_label(m: &Message) -> String {
    buttons(m)
        .into_iter()
        .find_map(|b| match b {
            Button::Callback { label, data: CallbackData::Mark(..) } => Some(label.clone()),
            _ => None,
        })
        .unwrap_or_default()
}

#[tokio::test]
async fn start_is_short_with_one_button_per_platform_then_letter_language_and_share() {
    let b = built_in().await;
    for lang in Lang::ALL {
        let m = b.start(lang, now(), &Default::default());
        let length = html::to_plain(&m.html).chars().count();
        assert!(length < 600, "{lang}: /start has {length} characters");
        let rows = &m.keyboard;
        let platforms: Vec<&CallbackData> = rows
            .iter()
            .flatten()
            .filter_map(|b| match b {
                Button::Callback { data: d @ CallbackData::Show(Topic::Platform(_)), .. } => Some(d),
                _ => None,
            })
            .collect();
        assert_eq!(platforms.len(), PLATFORMS.len(), "{lang}");
        assert!(rows.iter().all(|r| (1..=3).contains(&r.len())), "{lang}: {rows:?}");
        assert_eq!(rows.len(), 5, "{lang}: two rows of platforms, the letter, language and share, news");
        assert!(!buttons(&m)
            .iter()
            .any(|b| matches!(b, Button::Callback { data: CallbackData::Show(Topic::Remind), .. })));
    }
}

#[tokio::test]
async fn each_platform_has_its_links_its_checked_line_and_its_tick() {
    let b = built_in().await;
    let ctx = private(31, Some("en"), now());
    for key in PLATFORMS {
        let m = only_message(&b.handle(&ctx, text(&format!("/{key}"))).await).clone();
        assert!(m.html.contains("4 December 2026"), "{key}: {}", m.html);
        assert!(m.html.trim_end().ends_with("</i>"), "{key}: the checked line comes last");
        assert!(mark_label(&m).starts_with("☑️"), "{key}");
        let deep = only_message(&b.handle(&ctx, text(&format!("/start {key}"))).await).clone();
        assert_eq!(deep.html, m.html, "{key}: the deep link");
        let links = url_labels(&m);
        let expected = match key {
            "whatsapp" | "x" => 1,
            _ => 2,
        };
        assert_eq!(links.len(), expected, "{key}: {links:?}");
    }
    let whatsapp = only_message(&b.handle(&ctx, text("/whatsapp")).await).clone();
    assert_eq!(mark_label(&whatsapp), "☑️ WhatsApp: done", "WhatsApp's own label");
    let linkedin = only_message(&b.handle(&ctx, text("/linkedin")).await).clone();
    assert_eq!(mark_label(&linkedin), b.i18n.tr(Lang::En, "btn-mark-done-setting", &[("platform", "LinkedIn".into())]));
    let facebook = only_message(&b.handle(&ctx, text("/facebook")).await).clone();
    assert_eq!(mark_label(&facebook), "☑️ I have objected on Facebook");
    let cards = b.cards(Lang::En, "linkedin", now());
    assert!(cards.iter().any(|c| c.id == "linkedin"), "an inline card per platform");
}

#[tokio::test]
async fn a_setting_ticked_off_is_thanked_in_a_settings_words_once() {
    let b = built_in().await;
    let ctx = private(32, Some("en"), now());
    let replies = b.handle(&ctx, Input::Callback(CallbackData::Mark("gemini".into(), true).encode())).await;
    assert!(
        matches!(&replies[0], Reply::Toast(t) if *t == b.i18n.tr(Lang::En, "marked-done-setting", &[("platform", "Gemini".into())]))
    );
    let thanks = messages(&replies);
    assert_eq!(thanks.len(), 1, "{replies:?}");
    assert!(thanks[0].html.contains("Keep Activity") && thanks[0].html.contains("Thank you"));
    b.handle(&ctx, Input::Callback(CallbackData::Mark("gemini".into(), false).encode())).await;
    let again = b.handle(&ctx, Input::Callback(CallbackData::Mark("gemini".into(), true).encode())).await;
    let setting = b.i18n.tr(Lang::En, "setting-thanks", &[("platform", "Gemini".into())]);
    assert_eq!(only_message(&again).html, setting, "the campaign's thanks once, then the setting's");
}

#[tokio::test]
async fn status_is_one_checklist_and_no_screen_offers_reminders() {
    let b = built_in().await;
    let ctx = private(33, Some("en"), now());
    b.handle(&ctx, Input::Callback(CallbackData::Mark("facebook".into(), true).encode())).await;
    let status = only_message(&b.handle(&ctx, text("/status")).await).clone();
    assert_eq!(status.html.matches("✅").count(), 1, "{}", status.html);
    assert_eq!(status.html.matches("⬜").count(), 5, "{}", status.html);
    for c in b.campaigns.iter() {
        assert!(status.html.contains(&format!("<b>{}</b>", c.tr(Lang::En, "title", &[]))));
    }
    for input in ["/start", "/help", "/status", "/stop", "/remind", "/deadline", "/template", "/share"] {
        let replies = b.handle(&ctx, text(input)).await;
        for m in messages(&replies) {
            assert!(!m.html.contains("/remind") && !m.html.contains("/stop"), "{input}: {}", m.html);
        }
    }
    let stop = only_message(&b.handle(&ctx, text("/stop")).await).clone();
    assert_eq!(stop.html, b.i18n.tr(Lang::En, "stop-none", &[]));
    let remind = only_message(&b.handle(&ctx, text("/remind")).await).clone();
    assert_eq!(remind.html, b.i18n.tr(Lang::En, "remind-none", &[]));
    for kind in [ChatKind::Private, ChatKind::Group] {
        let names: Vec<String> = b.command_menu(Lang::En, kind, now()).into_iter().map(|(n, _)| n).collect();
        assert!(!names.iter().any(|n| n == "remind" || n == "stop"), "{names:?}");
        for key in PLATFORMS {
            assert!(names.iter().any(|n| n == key), "{key} in {names:?}");
        }
    }
}

#[tokio::test]
async fn help_lists_every_platform_and_deadline_says_where_each_campaign_stands() {
    let b = built_in().await;
    let ctx = private(34, Some("en"), now());
    let help = only_message(&b.handle(&ctx, text("/help")).await).clone();
    for key in PLATFORMS {
        assert!(help.html.contains(&format!("/{key}:")), "{key}: {}", help.html);
    }
    assert!(help.html.chars().count() < crate::limits::MESSAGE_TEXT, "{}", help.html.len());
    let standing = only_message(&b.handle(&ctx, text("/deadline")).await).clone();
    assert!(standing.html.contains("since <b>27 May 2025</b>"), "{}", standing.html);
    assert!(standing.html.contains("since <b>3 November 2025</b>"), "{}", standing.html);
    assert!(!standing.html.to_lowercase().contains("deadline has"), "{}", standing.html);
    let pick = only_message(&b.handle(&ctx, text("/template")).await).clone();
    let choices: Vec<&CallbackData> = buttons(&pick)
        .into_iter()
        .filter_map(|b| match b {
            Button::Callback { data, .. } => Some(data),
            _ => None,
        })
        .collect();
    assert_eq!(
        choices,
        [
            &CallbackData::Show(Topic::Letter(Some("meta-ai".into()))),
            &CallbackData::Show(Topic::Letter(Some("google-gemini".into())))
        ],
        "the campaigns with a letter"
    );
    let (description, short) = b.profile(Lang::En);
    assert_eq!(description, b.i18n.tr(Lang::En, "profile-description", &[]));
    assert_eq!(short, b.i18n.tr(Lang::En, "profile-short-description", &[]));
}
