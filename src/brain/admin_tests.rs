//! Group admin rights: a member can change nothing the store holds, whatever the input; an admin can.

use std::sync::{Arc, OnceLock};

use chrono::{DateTime, Duration, Utc};
use proptest::prelude::*;

use super::*;
use crate::{i18n::I18n, store::Store};

const BOT: &str = "objection_bot";
/// Subscribed, speaks German, Facebook ticked off, a reminder pending.
const SUBSCRIBED: i64 = -100;
/// Not subscribed, speaks Italian, Instagram ticked off.
const UNSUBSCRIBED: i64 = -200;
/// Nothing stored.
const UNKNOWN: i64 = -300;
const GROUPS: [i64; 3] = [SUBSCRIBED, UNSUBSCRIBED, UNKNOWN];

/// The deep-link payloads the bot knows, and a few it does not.
const PAYLOADS: [&str; 11] =
    ["", "remind", "REMIND", "facebook", "instagram", "whatsapp", "letter", "template", "deadline", "x", "remind now"];
const TARGETS: [&str; 5] = ["", "@objection_bot", "@OBJECTION_BOT", "@otherbot", "@"];

fn runtime() -> &'static tokio::runtime::Runtime {
    static RT: OnceLock<tokio::runtime::Runtime> = OnceLock::new();
    RT.get_or_init(|| tokio::runtime::Builder::new_current_thread().enable_all().build().expect("a runtime"))
}

/// A brain over a fresh store holding the three groups above and a private chat.
async fn seeded() -> Brain {
    static PARTS: OnceLock<(Arc<Campaigns>, Arc<I18n>)> = OnceLock::new();
    let (campaigns, i18n) = PARTS.get_or_init(|| {
        let deadline = DateTime::parse_from_rfc3339("2025-05-27T00:00:00+02:00").expect("a date");
        let campaigns = Campaigns::from(crate::campaign::Campaign::dated_meta(deadline));
        let i18n = I18n::embedded(campaigns.default_language()).expect("the embedded locales");
        (Arc::new(campaigns), Arc::new(i18n))
    });
    let meta = campaigns.first().id.as_str();
    let store = Store::in_memory().await.expect("a store");
    store.set_lang(SUBSCRIBED, Lang::De).await.expect("seed");
    store.subscribe(SUBSCRIBED, Lang::De, &[meta], 1).await.expect("seed");
    store.set_done(SUBSCRIBED, "facebook", true).await.expect("seed");
    store.set_lang(UNSUBSCRIBED, Lang::It).await.expect("seed");
    store.set_done(UNSUBSCRIBED, "instagram", true).await.expect("seed");
    store.subscribe(42, Lang::Fr, &[meta], 1).await.expect("seed");
    store.enqueue_wave(meta, "3d", 1).await.expect("seed");
    Brain::new(campaigns.clone(), i18n.clone(), store, BOT)
}

fn in_group(chat_id: i64, is_admin: bool, now: DateTime<Utc>) -> Context {
    Context { chat_id, kind: ChatKind::Group, language_code: Some("fr".into()), is_admin, user_id: None, now }
}

/// Before the deadline (subscribing works) and after it.
fn moments(b: &Brain) -> [DateTime<Utc>; 2] {
    let deadline = b.campaigns.first().deadline.unwrap().to_utc();
    [deadline - Duration::days(5), deadline + Duration::days(5)]
}

fn command_names() -> Vec<&'static str> {
    let platforms = ["facebook", "instagram", "whatsapp"];
    Command::MENU
        .iter()
        .chain(Command::ALIASES.iter())
        .map(|(_, name)| *name)
        .chain(platforms)
        .chain(["nope"])
        .collect()
}

fn command(name: &str, target: &str, arg: &str) -> String {
    if arg.is_empty() {
        format!("/{name}{target}")
    } else {
        format!("/{name}{target} {arg}")
    }
}

/// Runs `input` from a member (not an admin) in every seeded group, before and after the
/// deadline, and fails if the store changed.
async fn member_changes_nothing(b: &Brain, input: &Input) -> std::result::Result<(), String> {
    let before = b.store.snapshot().await;
    for chat in GROUPS {
        for now in moments(b) {
            b.handle(&in_group(chat, false, now), input.clone()).await;
            let after = b.store.snapshot().await;
            if before != after {
                return Err(format!(
                    "{input:?} from a member of {chat} at {now} changed the store:\n{before}\n---\n{after}"
                ));
            }
        }
    }
    Ok(())
}

#[tokio::test]
async fn no_command_deep_link_or_button_from_a_member_changes_the_store() {
    let b = seeded().await;
    let mut inputs: Vec<Input> = CallbackData::all(&b.campaigns).iter().map(|d| Input::Callback(d.encode())).collect();
    for name in command_names() {
        for spelled in [name.to_owned(), name.to_uppercase()] {
            for target in TARGETS {
                for arg in PAYLOADS {
                    inputs.push(Input::Text(command(&spelled, target, arg)));
                }
            }
        }
    }
    for input in inputs {
        if let Err(e) = member_changes_nothing(&b, &input).await {
            panic!("{e}");
        }
    }
}

fn any_text() -> impl Strategy<Value = String> {
    // `/start` is drawn more often: it is the command whose argument changes what it does.
    let name = prop_oneof![1 => Just("start"), 2 => prop::sample::select(command_names())];
    let target = prop::sample::select(TARGETS.to_vec());
    let arg = prop_oneof![4 => prop::sample::select(PAYLOADS.to_vec()).prop_map(str::to_owned), 1 => ".{0,40}"];
    prop_oneof![
        6 => (name, any::<bool>(), target, arg).prop_map(|(name, upper, target, arg)| {
            let name = if upper { name.to_uppercase() } else { name.to_owned() };
            command(&name, target, &arg)
        }),
        1 => ".{0,200}",
    ]
}

fn any_input() -> impl Strategy<Value = Input> {
    let campaigns = Campaigns::load(None).expect("the embedded campaigns");
    let valid: Vec<String> = CallbackData::all(&campaigns).iter().map(CallbackData::encode).collect();
    prop_oneof![
        6 => any_text().prop_map(Input::Text),
        2 => prop::sample::select(valid).prop_map(Input::Callback),
        1 => ".{0,70}".prop_map(Input::Callback),
        1 => ".{0,50}".prop_map(Input::InlineQuery),
    ]
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 1000, ..ProptestConfig::default() })]

    #[test]
    fn nothing_a_member_sends_in_a_group_changes_the_store(input in any_input()) {
        let outcome = runtime().block_on(async {
            let b = seeded().await;
            member_changes_nothing(&b, &input).await
        });
        prop_assert!(outcome.is_ok(), "{}", outcome.unwrap_err());
    }
}

/// Each input that changes what is stored about a group, with a group where it does.
fn changes() -> Vec<(Input, i64)> {
    let text = |t: &str| Input::Text(t.to_owned());
    let button = |d: CallbackData| Input::Callback(d.encode());
    let mut all = Vec::new();
    for t in ["/remind", "/subscribe", "/remind@objection_bot", "/start remind", "/start@objection_bot remind"] {
        all.push((text(t), UNSUBSCRIBED));
    }
    all.push((button(CallbackData::Show(Topic::Remind)), UNKNOWN));
    for t in ["/stop", "/unsubscribe@objection_bot", "/forget", "/forget@OBJECTION_BOT"] {
        all.push((text(t), SUBSCRIBED));
    }
    all.push((button(CallbackData::Unsubscribe), SUBSCRIBED));
    all.extend(Lang::ALL.into_iter().map(|l| (button(CallbackData::SetLang(l)), UNKNOWN)));
    for key in ["facebook", "instagram", "whatsapp"] {
        all.push((button(CallbackData::Mark(key.to_string(), true)), UNKNOWN));
    }
    all.push((button(CallbackData::Mark("facebook".to_string(), false)), SUBSCRIBED));
    all
}

fn is_refusal(b: &Brain, chat_lang: Lang, replies: &[Reply]) -> bool {
    let refusal = b.i18n.tr(chat_lang, "admin-only", &[]);
    matches!(replies, [Reply::Toast(t)] if *t == refusal)
        || matches!(replies, [Reply::Message(m)] if m.html == refusal && m.keyboard.is_empty())
}

#[tokio::test]
async fn an_admin_can_do_what_a_member_is_politely_refused() {
    for (input, chat) in changes() {
        let b = seeded().await;
        let now = moments(&b)[0];
        assert!(b.needs_admin(&in_group(chat, false, now), &input), "{input:?}");
        assert!(!b.needs_admin(&Context { kind: ChatKind::Private, ..in_group(chat, false, now) }, &input));
        let lang = b.lang_for(&in_group(chat, false, now)).await.expect("the group's language");
        let before = b.store.snapshot().await;
        let refused = b.handle(&in_group(chat, false, now), input.clone()).await;
        assert!(is_refusal(&b, lang, &refused), "{input:?}: {refused:#?}");
        assert_eq!(b.store.snapshot().await, before, "{input:?}");
        b.handle(&in_group(chat, true, now), input.clone()).await;
        assert_ne!(b.store.snapshot().await, before, "an admin's {input:?} in {chat} changed nothing");
    }
}

#[tokio::test]
async fn only_an_admin_opens_the_language_menu() {
    let b = seeded().await;
    let now = moments(&b)[0];
    for input in [
        Input::Text("/language".into()),
        Input::Text("/language@objection_bot".into()),
        Input::Callback(CallbackData::Show(Topic::Language).encode()),
    ] {
        let refused = b.handle(&in_group(SUBSCRIBED, false, now), input.clone()).await;
        assert!(is_refusal(&b, Lang::De, &refused), "{input:?}: {refused:#?}");
        let menu = b.handle(&in_group(SUBSCRIBED, true, now), input.clone()).await;
        let [Reply::Message(m)] = &menu[..] else { panic!("{input:?}: {menu:#?}") };
        assert!(m
            .keyboard
            .iter()
            .flatten()
            .any(|b| matches!(b, Button::Callback { data: CallbackData::SetLang(_), .. })));
    }
}

#[tokio::test]
async fn members_still_read_every_screen() {
    let b = seeded().await;
    let now = moments(&b)[0];
    let member = in_group(SUBSCRIBED, false, now);
    for t in ["/start", "/start facebook", "/start@objection_bot letter", "/facebook", "/status", "/deadline", "/help"]
    {
        let input = Input::Text(t.to_owned());
        assert!(!b.needs_admin(&member, &input), "{t}");
        let replies = b.handle(&member, input).await;
        assert!(!replies.is_empty() && !is_refusal(&b, Lang::De, &replies), "{t}: {replies:#?}");
    }
}
