//! Thousands of random inputs thrown at the brain: no panic, and only replies Telegram accepts.

use std::sync::{Arc, OnceLock};

use chrono::{TimeZone, Utc};
use objection_bot::{
    brain::{check_reply, Brain, CallbackData, ChatKind, Context, Input, Reply},
    campaign::Campaigns,
    i18n::I18n,
    store::Store,
};
use proptest::prelude::*;

fn runtime() -> &'static tokio::runtime::Runtime {
    static RT: OnceLock<tokio::runtime::Runtime> = OnceLock::new();
    RT.get_or_init(|| tokio::runtime::Builder::new_current_thread().enable_all().build().unwrap())
}

fn brain() -> &'static Brain {
    static BRAIN: OnceLock<Brain> = OnceLock::new();
    BRAIN.get_or_init(|| {
        let campaigns = Campaigns::load(None).unwrap();
        let i18n = I18n::embedded(campaigns.default_language()).unwrap();
        let store = runtime().block_on(Store::in_memory()).unwrap();
        Brain::new(Arc::new(campaigns), Arc::new(i18n), store, "objection_bot")
    })
}

fn command_text() -> impl Strategy<Value = String> {
    let names = prop::sample::select(vec![
        "start",
        "facebook",
        "instagram",
        "whatsapp",
        "template",
        "letter",
        "deadline",
        "language",
        "help",
        "privacy",
        "forget",
        "remind",
        "subscribe",
        "stop",
        "unsubscribe",
        "status",
        "share",
        "nope",
        "",
    ]);
    let target = prop::option::of(prop::sample::select(vec!["objection_bot", "otherbot", "OBJECTION_BOT", ""]));
    (names, target, ".{0,80}").prop_map(|(name, target, arg)| match target {
        Some(t) => format!("/{name}@{t} {arg}"),
        None => format!("/{name} {arg}"),
    })
}

fn input() -> impl Strategy<Value = Input> {
    let valid_callbacks: Vec<String> = CallbackData::all(&brain().campaigns).iter().map(CallbackData::encode).collect();
    prop_oneof![
        command_text().prop_map(Input::Text),
        ".{0,300}".prop_map(Input::Text),
        "\\PC{3000,5000}".prop_map(Input::Text),
        prop::sample::select(valid_callbacks).prop_map(Input::Callback),
        ".{0,80}".prop_map(Input::Callback),
        "[a-zA-Z:0-9]{0,10}".prop_map(Input::Callback),
        ".{0,300}".prop_map(Input::InlineQuery),
        Just(Input::BotAdded),
        Just(Input::BotRemoved),
        any::<i64>().prop_map(|to| Input::Migrated { to }),
    ]
}

fn context() -> impl Strategy<Value = Context> {
    let codes = prop::option::of(prop::sample::select(vec![
        "fr",
        "en",
        "de",
        "pt-BR",
        "ga",
        "mt",
        "zz",
        "",
        "EN_us",
        "x-klingon",
        "pl",
        "el",
        "bg",
    ]));
    (any::<i64>(), any::<bool>(), codes, any::<bool>(), -800i64..800).prop_map(|(chat_id, group, code, admin, days)| {
        Context {
            chat_id,
            kind: if group { ChatKind::Group } else { ChatKind::Private },
            language_code: code.map(str::to_owned),
            is_admin: admin,
            user_id: None,
            now: Utc.with_ymd_and_hms(2025, 5, 27, 0, 0, 0).unwrap() + chrono::Duration::days(days),
        }
    })
}

fn check(replies: &[Reply]) -> Result<(), TestCaseError> {
    for reply in replies {
        let problems = check_reply(reply);
        prop_assert!(problems.is_empty(), "{:?}", problems);
    }
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 3000, ..ProptestConfig::default() })]

    #[test]
    fn random_updates_never_panic_and_only_get_valid_replies(ctx in context(), input in input()) {
        let b = brain();
        let group = ctx.kind == ChatKind::Group;
        let ordinary_text = matches!(&input, Input::Text(t) if !t.starts_with('/'));
        let replies = runtime().block_on(b.handle(&ctx, input));
        check(&replies)?;
        if group && ordinary_text {
            prop_assert!(replies.is_empty(), "the bot stays quiet in groups");
        }
    }
}
