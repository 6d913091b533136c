//! Reminders: subscribing, ticking off, who gets one, and offered only while a wave lies
//! ahead on both sides of the deadline; and the form buttons that say to log in.

use chrono::{Duration, Utc};

use super::{tests::*, *};
use crate::html;

/// Whether any button of the replies offers reminders.
fn offers_reminders(replies: &[Reply]) -> bool {
    messages(replies).iter().any(|m| {
        buttons(m).iter().any(|b| matches!(b, Button::Callback { data: CallbackData::Show(Topic::Remind), .. }))
    })
}

#[tokio::test]
async fn after_the_deadline_no_screen_offers_reminders_and_remind_says_why_in_one_sentence() {
    let b = brain().await;
    let now = before(&b, Duration::days(-500));
    let ctx = private(21, Some("en"), now);
    for input in ["/start", "/help", "/deadline", "/facebook", "/status", "/remind"] {
        let replies = b.handle(&ctx, text(input)).await;
        assert!(!offers_reminders(&replies), "{input} offers reminders after the deadline");
    }
    let set = b.handle(&ctx, Input::Callback(CallbackData::SetLang(Lang::En).encode())).await;
    assert!(!offers_reminders(&set));
    let added = b.handle(&group(-21, false, now), Input::BotAdded).await;
    assert!(!offers_reminders(&added));
    assert!(!only_message(&added).html.contains("/remind"), "the group intro does not offer reminders");
    let help = b.handle(&ctx, text("/help")).await;
    assert!(!only_message(&help).html.contains("/remind") && !only_message(&help).html.contains("/stop"));
    assert!(only_message(&help).html.contains("/status: your checklist\n"), "{}", only_message(&help).html);
    for kind in [ChatKind::Private, ChatKind::Group] {
        assert!(b.command_menu(Lang::En, kind, now).iter().all(|(name, _)| name != "remind" && name != "stop"));
    }
    // /stop and /status do not point to /remind when no wave lies ahead.
    for input in ["/stop", "/status"] {
        let html = only_message(&b.handle(&ctx, text(input)).await).html.clone();
        assert!(!html.contains("/remind"), "{input}: {html}");
    }
    let remind = b.handle(&ctx, text("/remind")).await;
    let answer = only_message(&remind);
    let plain = html::to_plain(&answer.html);
    assert!(plain.starts_with("You can still object"), "the action first: {plain}");
    assert!(plain.contains("27 May 2025") && !plain.contains("deadline"), "{plain}");
    let targets: Vec<&Button> = buttons(answer);
    assert_eq!(targets.len(), 3, "the three platforms, one tap away");
    assert!(b.store.chat(21).await.unwrap().is_none_or(|c| !c.is_subscribed(META)), "nothing to subscribe to");
}

#[tokio::test]
async fn with_waves_ahead_reminders_are_offered_as_before() {
    let b = brain().await;
    let now = before(&b, Duration::days(5));
    let ctx = private(22, Some("en"), now);
    for input in ["/start", "/help", "/deadline"] {
        assert!(offers_reminders(&b.handle(&ctx, text(input)).await), "{input}");
    }
    let help = b.handle(&ctx, text("/help")).await;
    assert!(only_message(&help).html.contains(&b.i18n.tr(Lang::En, "help-reminders", &[])));
    let menu = b.command_menu(Lang::En, ChatKind::Private, now);
    assert!(menu.iter().any(|(name, _)| name == "remind") && menu.iter().any(|(name, _)| name == "stop"));
    let added = b.handle(&group(-22, false, now), Input::BotAdded).await;
    assert!(only_message(&added).html.contains("/remind"));
    // Before the deadline but after the last wave: nothing to remind of, said why.
    let late = private(23, Some("en"), before(&b, Duration::hours(1)));
    let remind = b.handle(&late, text("/remind")).await;
    assert!(html::to_plain(&only_message(&remind).html).contains("No reminder is left"));
    assert!(!offers_reminders(&b.handle(&late, text("/start")).await));
    assert!(b.store.chat(23).await.unwrap().is_none_or(|c| !c.is_subscribed(META)));
}

#[tokio::test]
async fn the_steps_say_to_log_in_where_the_form_needs_an_account_and_the_buttons_stay_short() {
    let b = brain().await;
    let ctx = private(24, Some("en"), Utc::now());
    for (command, login) in [("/facebook", true), ("/instagram", true), ("/whatsapp", false)] {
        let replies = b.handle(&ctx, text(command)).await;
        let message = only_message(&replies);
        let fastest = message.html.split("\n\n").nth(1).unwrap_or_default();
        assert_eq!(fastest.contains("log in"), login, "{command}: {fastest}");
        for b in buttons(message) {
            if let Button::Url { label, .. } = b {
                assert!(label.chars().count() <= 30, "{command}: {label}");
            }
        }
    }
}

#[tokio::test]
async fn the_brain_alone_decides_who_gets_a_reminder() {
    let b = brain().await;
    let before_deadline = before(&b, Duration::days(2));
    let c = b.campaigns.first().clone();
    let chat = |subscribed: bool, done: &[&str], lang: Option<Lang>| crate::store::ChatState {
        lang,
        subscriptions: if subscribed { [META.to_string()].into() } else { Default::default() },
        done: done.iter().map(|k| k.to_string()).collect(),
        ..Default::default()
    };
    let all = ["facebook", "instagram", "whatsapp"];
    let plan =
        b.reminder_for(&c, Some(&chat(true, &["facebook", "gone_platform"], Some(Lang::De))), before_deadline).unwrap();
    assert_eq!(plan.lang, Lang::De);
    assert_eq!(plan.open, vec!["instagram".to_string(), "whatsapp".to_string()], "only what is left");
    assert_eq!(plan.left, crate::i18n::TimeLeft::of(std::time::Duration::from_secs(2 * 86_400)));
    let default = b.reminder_for(&c, Some(&chat(true, &[], None)), before_deadline).unwrap();
    assert_eq!(default.lang, b.campaigns.default_language());
    assert_eq!(b.reminder_for(&c, Some(&chat(false, &[], None)), before_deadline), None, "not subscribed");
    assert_eq!(b.reminder_for(&c, Some(&chat(true, &all, None)), before_deadline), None, "all done");
    assert_eq!(b.reminder_for(&c, None, before_deadline), None, "forgotten since the wave began");
    let late = before(&b, Duration::seconds(-1));
    assert_eq!(b.reminder_for(&c, Some(&chat(true, &[], None)), late), None, "too late");
}

#[tokio::test]
async fn reminders_before_and_after_the_deadline() {
    let b = brain().await;
    let ctx = private(3, Some("en"), before(&b, Duration::days(5)));
    let on = b.handle(&ctx, text("/remind")).await;
    assert!(only_message(&on).html.contains("Next reminder"), "{}", only_message(&on).html);
    assert!(
        only_message(&on).html.contains("24 May 2025"),
        "the 7d wave is past, the 3d one is next: {}",
        only_message(&on).html
    );
    assert!(b.store.chat(3).await.unwrap().unwrap().is_subscribed(META));
    let again = b.handle(&ctx, text("/subscribe")).await;
    assert!(only_message(&again).html.contains("already"));
    let status = b.handle(&ctx, text("/status")).await;
    assert!(only_message(&status).html.contains("Reminders are on"));
    let off = b.handle(&ctx, text("/unsubscribe")).await;
    assert!(only_message(&off).html.contains("off"));
    assert!(!b.store.chat(3).await.unwrap().unwrap().is_subscribed(META));

    let late = private(4, Some("en"), before(&b, Duration::days(-1)));
    let refused = b.handle(&late, text("/remind")).await;
    assert!(only_message(&refused).html.contains("has passed"));
    assert!(b.store.chat(4).await.unwrap().is_none_or(|c| !c.is_subscribed(META)));
}

#[tokio::test]
async fn ticking_off_every_platform_thanks_once_and_stops_reminders() {
    let b = brain().await;
    let ctx = private(9, Some("en"), before(&b, Duration::days(5)));
    b.handle(&ctx, text("/remind")).await;
    let first = b.handle(&ctx, Input::Callback(CallbackData::Mark("facebook".to_string(), true).encode())).await;
    assert!(matches!(&first[0], Reply::Toast(t) if t.contains("Facebook")));
    assert!(
        matches!(&first[1], Reply::EditKeyboard(k) if k.iter().flatten().any(|b| matches!(b, Button::Callback { data: CallbackData::Mark(key, false), .. } if key == "facebook")))
    );
    b.handle(&ctx, Input::Callback(CallbackData::Mark("instagram".to_string(), true).encode())).await;
    let last = b.handle(&ctx, Input::Callback(CallbackData::Mark("whatsapp".to_string(), true).encode())).await;
    assert!(messages(&last).iter().any(|m| m.html.contains("Thank you")), "{last:#?}");
    b.handle(&ctx, Input::Callback(CallbackData::Mark("whatsapp".to_string(), false).encode())).await;
    let again = b.handle(&ctx, Input::Callback(CallbackData::Mark("whatsapp".to_string(), true).encode())).await;
    assert!(messages(&again).is_empty(), "thanked only once");
    let status = b.handle(&ctx, text("/status")).await;
    assert_eq!(only_message(&status).html.matches("✅").count(), 3);
    let state = b.store.chat(9).await.unwrap();
    assert_eq!(b.reminder_for(b.campaigns.first(), state.as_ref(), ctx.now), None, "no more reminders");
}
