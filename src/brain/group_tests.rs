//! Groups and the way out of reminders: a group keeps the language it was added in, ticks stay
//! personal (a link to the person's own chat instead), and a one-tap stop button while
//! reminders are on and a wave lies ahead.

use chrono::Duration;

use super::{tests::*, *};
use crate::store::ChatState;

fn is_stop(b: &Button) -> bool {
    matches!(b, Button::Callback { data: CallbackData::Unsubscribe, .. })
}

fn has_stop(m: &Message) -> bool {
    buttons(m).into_iter().any(is_stop)
}

fn has_remind(m: &Message) -> bool {
    buttons(m).iter().any(|b| matches!(b, Button::Callback { data: CallbackData::Show(Topic::Remind), .. }))
}

fn has_tick(m: &Message) -> bool {
    buttons(m).iter().any(|b| matches!(b, Button::Callback { data: CallbackData::Mark(..), .. }))
}

fn member(chat: i64, code: &str, now: chrono::DateTime<Utc>) -> Context {
    Context { language_code: Some(code.into()), ..group(chat, false, now) }
}

#[tokio::test]
async fn a_group_keeps_its_adders_language_until_an_admin_changes_it() {
    let b = brain().await;
    let now = before(&b, Duration::days(5));
    // Added by a French speaker: welcomed in French, and only the language code is stored.
    let intro = b.handle(&member(-31, "fr", now), Input::BotAdded).await;
    assert!(only_message(&intro).html.contains("Bonjour"), "{}", only_message(&intro).html);
    let stored = b.store.chat(-31).await.unwrap().unwrap();
    assert_eq!(stored, ChatState { lang: Some(Lang::Fr), ..ChatState::default() });
    // Later members speak other languages; the group still hears French, refusals included.
    let steps = b.handle(&member(-31, "nl", now), text("/facebook")).await;
    assert!(only_message(&steps).html.contains("S'opposer sur Facebook"), "{}", only_message(&steps).html);
    let refused = b.handle(&member(-31, "de", now), text("/remind")).await;
    assert_eq!(only_message(&refused).html, b.i18n.tr(Lang::Fr, "admin-only", &[]));
    let help = b.handle(&member(-31, "en", now), text("/help@objection_bot")).await;
    assert_eq!(only_message(&help).html, b.help(Lang::Fr, now, &stored).html);
    // An admin chooses German: from then on, German, and being added again does not undo it.
    b.handle(
        &Context { is_admin: true, ..member(-31, "nl", now) },
        Input::Callback(CallbackData::SetLang(Lang::De).encode()),
    )
    .await;
    let steps = b.handle(&member(-31, "fr", now), text("/facebook")).await;
    assert!(only_message(&steps).html.contains("Bei Facebook widersprechen"), "{}", only_message(&steps).html);
    b.handle(&member(-31, "it", now), Input::BotAdded).await;
    assert_eq!(b.store.chat(-31).await.unwrap().unwrap().lang, Some(Lang::De));
    // An adder whose language is not one of ours: the default, kept as well.
    b.handle(&member(-32, "ja", now), Input::BotAdded).await;
    assert_eq!(b.store.chat(-32).await.unwrap().unwrap().lang, Some(b.campaigns.default_language()));
    let steps = b.handle(&member(-32, "fr", now), text("/facebook")).await;
    assert!(only_message(&steps).html.contains("Object on Facebook"));
}

#[tokio::test]
async fn in_a_group_the_steps_open_a_private_checklist_instead_of_tick_buttons() {
    let b = brain().await;
    let now = before(&b, Duration::days(5));
    for key in ["facebook", "instagram", "whatsapp"] {
        for input in
            [text(&format!("/{key}")), Input::Callback(CallbackData::Show(Topic::Platform(key.into())).encode())]
        {
            let replies = b.handle(&group(-33, false, now), input).await;
            let m = only_message(&replies);
            assert!(!has_tick(m), "{key}: no tick button in a group: {m:#?}");
            let url = format!("https://t.me/objection_bot?start={key}");
            let link = buttons(m).into_iter().find(|b| matches!(b, Button::Url { url: u, .. } if u.as_str() == url));
            assert!(
                matches!(link, Some(Button::Url { label, .. }) if *label == b.i18n.tr(Lang::En, "btn-tick-in-private", &[])),
                "{key}: {m:#?}"
            );
        }
        // That link opens the steps in the person's own chat, with the tick button there.
        let own = b.handle(&private(33, Some("en"), now), text(&format!("/start {key}"))).await;
        assert!(has_tick(only_message(&own)), "{key}");
    }
    // An old tick button an admin presses still works, and the keyboard it leaves has no ticks.
    let admin = group(-33, true, now);
    let pressed = b.handle(&admin, Input::Callback(CallbackData::Mark("facebook".into(), true).encode())).await;
    let edit = pressed.iter().find_map(|r| match r {
        Reply::EditKeyboard(k) => Some(k),
        _ => None,
    });
    let edit = edit.expect("the keyboard is redrawn");
    assert!(!edit.iter().flatten().any(|b| matches!(b, Button::Callback { data: CallbackData::Mark(..), .. })));
}

#[tokio::test]
async fn start_shows_whether_reminders_are_on() {
    let b = brain().await;
    let now = before(&b, Duration::days(5));
    let ctx = private(34, Some("en"), now);
    let start = b.handle(&ctx, text("/start")).await;
    assert!(has_remind(only_message(&start)) && !has_stop(only_message(&start)));
    b.handle(&ctx, text("/remind")).await;
    let start = b.handle(&ctx, text("/start")).await;
    let m = only_message(&start);
    assert!(!has_remind(m), "no offer to turn on what is on: {m:#?}");
    let stop = buttons(m).into_iter().find(|b| is_stop(b));
    assert!(matches!(stop, Some(Button::Callback { label, .. }) if label == "🔕 Stop reminders"), "{m:#?}");
    // The same in /help and after choosing a language.
    assert!(has_stop(only_message(&b.handle(&ctx, text("/help")).await)));
    let set = b.handle(&ctx, Input::Callback(CallbackData::SetLang(Lang::En).encode())).await;
    assert!(has_stop(only_message(&set)));
    // Once the last wave has passed, neither.
    let late = b.handle(&private(34, Some("en"), before(&b, Duration::hours(1))), text("/start")).await;
    assert!(!has_remind(only_message(&late)) && !has_stop(only_message(&late)));
    // Off again: the offer is back.
    b.handle(&ctx, text("/stop")).await;
    let start = b.handle(&ctx, text("/start")).await;
    assert!(has_remind(only_message(&start)) && !has_stop(only_message(&start)));
}

#[tokio::test]
async fn status_and_reminders_carry_a_stop_button_that_does_what_stop_does() {
    let b = brain().await;
    let now = before(&b, Duration::days(5));
    let ctx = private(35, Some("en"), now);
    assert!(!has_stop(only_message(&b.handle(&ctx, text("/status")).await)), "not subscribed");
    b.handle(&ctx, text("/remind")).await;
    let status = b.handle(&ctx, text("/status")).await;
    assert!(has_stop(only_message(&status)), "{status:#?}");
    let c = b.campaigns.first();
    let open: Vec<String> = c.platforms.iter().map(|p| p.key.clone()).collect();
    // A reminder of a wave with another after it has the button; the last one has none.
    assert!(has_stop(&b.reminder(c, Lang::En, &open, before(&b, Duration::days(3)))));
    assert!(!has_stop(&b.reminder(c, Lang::En, &open, before(&b, Duration::hours(3)))));
    // After the last wave /status says so and offers nothing.
    let late = b.handle(&private(35, Some("en"), before(&b, Duration::hours(1))), text("/status")).await;
    assert!(!has_stop(only_message(&late)));
    // The button answers as /stop does, and the chat is no longer subscribed.
    let pressed = b.handle(&ctx, Input::Callback(CallbackData::Unsubscribe.encode())).await;
    assert_eq!(only_message(&pressed).html, b.i18n.tr(Lang::En, "stop-done", &[]));
    assert!(!b.store.chat(35).await.unwrap().unwrap().is_subscribed(META));
    assert!(!has_stop(only_message(&b.handle(&ctx, text("/status")).await)));
    // Subscribed with nothing left to do: no reminder will come, so nothing to stop.
    let done = private(36, Some("en"), now);
    b.handle(&done, text("/remind")).await;
    for key in ["facebook", "instagram", "whatsapp"] {
        b.store.set_done(36, key, true).await.unwrap();
    }
    assert!(!has_stop(only_message(&b.handle(&done, text("/status")).await)));
}

#[tokio::test]
async fn with_the_built_in_evergreen_campaigns_nothing_offers_or_stops_reminders() {
    let b = brain_with(Campaigns::load(None).unwrap()).await;
    let now = Utc::now();
    // Even a chat subscribed from before (an old subscription) sees no reminder buttons.
    let ids: Vec<String> = b.campaigns.iter().map(|c| c.id.clone()).collect();
    let ids: Vec<&str> = ids.iter().map(String::as_str).collect();
    b.store.subscribe(36, Lang::En, &ids, 1).await.unwrap();
    let ctx = private(36, Some("en"), now);
    for input in ["/start", "/help", "/status", "/deadline", "/facebook"] {
        let replies = b.handle(&ctx, text(input)).await;
        for m in messages(&replies) {
            assert!(!has_stop(m) && !has_remind(m), "{input}: {m:#?}");
        }
    }
}

#[tokio::test]
async fn the_new_buttons_render_in_every_language_in_groups_and_while_subscribed() {
    let b = brain().await;
    let now = before(&b, Duration::days(5));
    let c = b.campaigns.first();
    let open: Vec<String> = c.platforms.iter().map(|p| p.key.clone()).collect();
    for (n, lang) in b.i18n.languages().into_iter().enumerate() {
        let chat = 3000 + n as i64;
        let ctx = private(chat, Some(lang.code()), now);
        b.handle(&ctx, text("/remind")).await;
        let mut replies = Vec::new();
        for input in ["/start", "/status", "/help"] {
            replies.extend(b.handle(&ctx, text(input)).await);
        }
        replies.push(Reply::message(b.reminder(c, lang, &open, now)));
        b.handle(&member(-chat, lang.code(), now), Input::BotAdded).await;
        for key in &open {
            replies.extend(b.handle(&member(-chat, "en", now), text(&format!("/{key}"))).await);
        }
        for reply in &replies {
            assert!(crate::brain::check_reply(reply).is_empty(), "{lang}: {reply:#?}");
        }
        let stops = messages(&replies).iter().filter(|m| has_stop(m)).count();
        assert_eq!(stops, 4, "{lang}: /start, /status, /help and the reminder");
        let links = messages(&replies)
            .iter()
            .flat_map(|m| buttons(m))
            .filter(|b| matches!(b, Button::Url { url, .. } if url.as_str().starts_with("https://t.me/")))
            .count();
        assert_eq!(links, open.len(), "{lang}: one private link per platform");
    }
    assert_eq!(b.i18n.misses(), Vec::<String>::new(), "messages that had to fall back");
}
