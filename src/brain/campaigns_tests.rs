//! Several campaigns at once: each shown with its title and deadline, letters by campaign,
//! reminders per campaign. The built-in campaign with its deadline moved ahead, beside the
//! fictitious one in `tests/fixtures`.

use chrono::Duration;

use super::tests::{brain_with, buttons, only_message, private, text, META};
use super::*;
use crate::campaign::{folders_from_dir, Campaigns};

const EXAMPLE: &str = "example-2026";

/// Meta (deadline in 2099, waves 7d…3h) and the example (deadline in 2098, a wave at 1d).
async fn two() -> Brain {
    let meta = super::tests::dated_meta_folder("2099-05-27T00:00:00+02:00");
    let fixtures = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures");
    let mut folders = folders_from_dir(&fixtures).unwrap();
    for f in &mut folders {
        f.toml = f.toml.take().map(|t| t.replace("2026-12-01T00:00:00+01:00", "2098-12-01T00:00:00+01:00"));
    }
    folders.push(meta);
    let examined = Campaigns::examine(folders);
    assert!(examined.problems.is_empty(), "{:?}", examined.problems);
    brain_with(examined.campaigns.unwrap()).await
}

fn data(button: &Button) -> Option<&CallbackData> {
    match button {
        Button::Callback { data, .. } => Some(data),
        _ => None,
    }
}

#[tokio::test]
async fn start_is_one_short_intro_help_lists_each_campaign_and_deadline_shows_where_each_stands() {
    let b = two().await;
    assert_eq!(b.campaigns.first().id, META, "the latest deadline first");
    let now = b.campaigns.get(EXAMPLE).unwrap().deadline.unwrap().to_utc() - Duration::days(10);
    let ctx = private(1, Some("en"), now);
    let start = only_message(&b.handle(&ctx, text("/start")).await).clone();
    assert!(start.html.contains(&b.i18n.tr(Lang::En, "start-intro", &[])), "{}", start.html);
    let help = only_message(&b.handle(&ctx, text("/help")).await).clone();
    assert!(help.html.contains("<b>Object to Meta using your content to train its AI</b>"), "{}", help.html);
    assert!(help.html.contains("<b>Object to ExampleNet training its AI</b>"));
    assert!(help.html.contains("/examplenet") && help.html.contains("/facebook"));
    let standing = only_message(&b.handle(&ctx, text("/deadline")).await).clone();
    assert!(
        standing.html.contains("ExampleNet starts on") && standing.html.contains("Meta starts using content on"),
        "{}",
        standing.html
    );
    for m in [&start, &help, &standing] {
        let shown: Vec<&CallbackData> = buttons(m).into_iter().filter_map(data).collect();
        for key in ["facebook", "whatsapp", "examplenet", "otherapp"] {
            assert!(shown.contains(&&CallbackData::Show(Topic::Platform(key.into()))), "{}: {key}", m.html);
        }
    }
}

#[tokio::test]
async fn the_letter_is_the_campaigns_of_the_screen_or_a_choice() {
    let b = two().await;
    let ctx = private(2, Some("de"), chrono::Utc::now());
    let pick = only_message(&b.handle(&ctx, text("/template")).await).clone();
    assert_eq!(pick.html, b.i18n.tr(Lang::De, "letter-pick", &[]));
    let choices: Vec<&CallbackData> = buttons(&pick).into_iter().filter_map(data).collect();
    assert_eq!(
        choices,
        [
            &CallbackData::Show(Topic::Letter(Some(META.into()))),
            &CallbackData::Show(Topic::Letter(Some(EXAMPLE.into())))
        ]
    );
    // Under a platform's steps, the letter button is that platform's campaign's.
    let steps = only_message(&b.handle(&ctx, text("/examplenet")).await).clone();
    let letter = CallbackData::Show(Topic::Letter(Some(EXAMPLE.into())));
    assert!(buttons(&steps).into_iter().filter_map(data).any(|d| *d == letter));
    let example = only_message(&b.handle(&ctx, Input::Callback(letter.encode())).await).clone();
    assert!(example.html.contains("widerspreche ich der Nutzung meiner Daten"), "{}", example.html);
    let meta = b.handle(&ctx, Input::Callback(CallbackData::Show(Topic::Letter(Some(META.into()))).encode())).await;
    assert!(only_message(&meta).html.contains("DSGVO"));
    let gone = b.handle(&ctx, Input::Callback("l:no-such-campaign".into())).await;
    assert!(matches!(&gone[..], [Reply::Toast(_)]), "{gone:?}");
}

#[tokio::test]
async fn remind_subscribes_to_each_campaign_with_a_wave_ahead_and_reminders_are_per_campaign() {
    let b = two().await;
    let example = b.campaigns.get(EXAMPLE).unwrap().clone();
    // Two days before the example's deadline: its 1d wave and Meta's waves lie ahead.
    let now = example.deadline.unwrap().to_utc() - Duration::days(2);
    let ctx = private(3, Some("en"), now);
    assert!(only_message(&b.handle(&ctx, text("/remind")).await).html.contains("Reminders are on"));
    let state = b.store.chat(3).await.unwrap().unwrap();
    assert!(state.is_subscribed(META) && state.is_subscribed(EXAMPLE));
    // After the example's wave, only Meta's remain: a new subscriber gets Meta's only.
    let later = example.deadline.unwrap().to_utc() - Duration::hours(12);
    b.handle(&private(4, Some("en"), later), text("/remind")).await;
    let state = b.store.chat(4).await.unwrap().unwrap();
    assert!(state.is_subscribed(META) && !state.is_subscribed(EXAMPLE));
    // Ticking off the example's two platforms thanks for that campaign only.
    b.handle(&ctx, Input::Callback(CallbackData::Mark("examplenet".into(), true).encode())).await;
    let done = b.handle(&ctx, Input::Callback(CallbackData::Mark("otherapp".into(), true).encode())).await;
    assert!(done.iter().any(|r| matches!(r, Reply::Message(m) if m.html.contains("ExampleNet and OtherApp are done"))));
    let state = b.store.chat(3).await.unwrap();
    assert_eq!(b.reminder_for(&example, state.as_ref(), now), None, "the example is done");
    let meta = b.campaigns.get(META).unwrap();
    let plan = b.reminder_for(meta, state.as_ref(), now).unwrap();
    assert_eq!(plan.open, ["facebook", "instagram", "whatsapp"], "Meta's platforms are still open");
    let reminder = b.reminder(meta, plan.lang, &plan.open, now);
    assert!(reminder.html.contains("Facebook") && !reminder.html.contains("ExampleNet"));
}
