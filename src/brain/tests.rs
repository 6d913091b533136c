//! Behaviour of the brain with a real (in-memory) store and no network, and the helpers
//! the other brain test modules share.

use std::sync::Arc;

use chrono::{DateTime, Duration, Utc};

use super::*;
use crate::{i18n::I18n, store::Store};

const BOT: &str = "objection_bot";

/// The id these tests give the built-in Meta campaign with a deadline (as it ran in 2025).
pub(super) const META: &str = "meta-ai-2025";

pub(super) async fn brain_with(campaigns: Campaigns) -> Brain {
    let i18n = I18n::embedded(campaigns.default_language()).unwrap();
    Brain::new(Arc::new(campaigns), Arc::new(i18n), Store::in_memory().await.unwrap(), BOT)
}

/// The built-in Meta campaign's folder as an operator's copy with a deadline: id `META`,
/// deadline 27 May 2025, reminders 7d, 3d, 1d, 3h (the deadline's screens and waves).
pub(super) fn dated_meta_folder(deadline: &str) -> crate::campaign::CampaignFolder {
    let mut meta = crate::campaign::embedded_folders().into_iter().find(|f| f.name == "campaigns/meta-ai").unwrap();
    meta.toml = meta.toml.map(|t| {
        t.replace("id = \"meta-ai\"", &format!("id = \"{META}\""))
            .replace("# deadline = \"2026-12-20T00:00:00+01:00\"", &format!("deadline = \"{deadline}\""))
            .replace("# reminders =", "reminders =")
    });
    meta
}

/// A brain with only the Meta campaign, with a deadline (see [`dated_meta_folder`]).
pub(crate) async fn brain() -> Brain {
    let examined = Campaigns::examine(vec![dated_meta_folder("2025-05-27T00:00:00+02:00")]);
    assert!(examined.problems.is_empty(), "{:?}", examined.problems);
    brain_with(examined.campaigns.unwrap()).await
}

pub(crate) fn before(b: &Brain, d: Duration) -> DateTime<Utc> {
    b.campaigns.first().deadline.unwrap().to_utc() - d
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
            Reply::Message(m) => Some(&**m),
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

#[tokio::test]
async fn the_platform_answer_has_the_form_link_and_the_checklist() {
    let b = brain().await;
    let replies = b.handle(&private(1, Some("en"), Utc::now()), text("/whatsapp")).await;
    let m = only_message(&replies);
    assert!(m.html.contains("not</b> used"));
    assert!(buttons(m).contains(&&Button::Url {
        label: "📝 WhatsApp's form".into(),
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
    // A group the bot was not seen joining speaks the campaign default until an admin chooses,
    // whatever the sender's language (one it joined keeps its adder's: see group_tests.rs).
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
