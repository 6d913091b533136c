//! Campaigns are data: a campaign folder with a new platform works with no Rust change, a
//! platform removed from the file disappears everywhere, and two campaigns send their own
//! waves. The real binary, a real database, the fake Bot API server.

mod support;

use std::{collections::HashMap, path::PathBuf, time::Duration};

use objection_bot::store::Store;
use support::*;

const WAIT: Duration = Duration::from_secs(20);
const EXAMPLE: &str = "example-2026";

/// Copies the fictitious campaign (`tests/fixtures/example-2026`: platforms `examplenet` and
/// `otherapp`, English and German) into `campaigns/` with this deadline and these reminders,
/// its campaign file further changed by `edit`; returns `campaigns/`.
fn example_campaign(
    work: &Workdir,
    deadline: chrono::DateTime<chrono::FixedOffset>,
    reminders: &[&str],
    edit: impl Fn(&str) -> String,
) -> PathBuf {
    let source = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures").join(EXAMPLE);
    let root = work.path("campaigns");
    let target = root.join(EXAMPLE);
    let _ = std::fs::remove_dir_all(&target);
    copy_dir(&source, &target);
    let reminders: Vec<String> = reminders.iter().map(|r| format!("\"{r}\"")).collect();
    let text = std::fs::read_to_string(target.join("campaign.toml"))
        .unwrap()
        .replace("2026-12-01T00:00:00+01:00", &deadline.to_rfc3339_opts(chrono::SecondsFormat::Secs, false))
        .replace("reminders = [\"1d\"]", &format!("reminders = [{}]", reminders.join(", ")));
    std::fs::write(target.join("campaign.toml"), edit(&text)).unwrap();
    root
}

/// Sends a text and returns the bot's reply to that chat.
async fn ask(fake: &FakeTelegram, chat: i64, lang: &str, text: &str) -> Request {
    let seen = fake.requests().len();
    fake.push(text_update(chat, chat as u64, Some(lang), text));
    fake.reply_to(chat, seen).await
}

/// Presses a button and waits until the bot has answered it.
async fn press(fake: &FakeTelegram, chat: i64, lang: &str, data: &str) {
    let seen = fake.requests().len();
    fake.push(callback_update(chat, chat as u64, Some(lang), data));
    fake.wait_for("the button answer", WAIT, |rs| rs[seen..].iter().any(|r| r.method == "answerCallbackQuery")).await;
}

fn targets(r: &Request) -> Vec<String> {
    r.buttons().into_iter().map(|(_, t)| t).collect()
}

/// The command names of the last private-chat menu registered in `lang`.
fn menu(fake: &FakeTelegram, lang: &str) -> Vec<String> {
    let calls = fake.calls("setMyCommands");
    let last = calls
        .iter()
        .rev()
        .find(|r| r.body["language_code"] == lang && r.body["scope"]["type"] == "all_private_chats")
        .unwrap_or_else(|| panic!("no private menu in {lang}"));
    last.body["commands"].as_array().unwrap().iter().map(|c| c["command"].as_str().unwrap().to_owned()).collect()
}

async fn wait_for_menus(fake: &FakeTelegram) {
    fake.wait_for("the command menus", WAIT, |rs| {
        rs.iter().filter(|r| r.method == "setMyShortDescription").count() >= 25
    })
    .await;
}

/// Reminders sent, by chat: the messages with a button to the checklist.
fn reminders_by_chat(fake: &FakeTelegram) -> HashMap<i64, Vec<Request>> {
    let mut out = fake.delivered();
    out.retain(|_, rs| {
        rs.retain(|r| r.buttons().iter().any(|(_, target)| target == "st"));
        !rs.is_empty()
    });
    out
}

#[tokio::test(flavor = "multi_thread")]
async fn a_new_campaign_folder_with_its_own_platform_works_without_a_rust_change() {
    let work = Workdir::new();
    let deadline = in_secs(75);
    let campaigns = example_campaign(&work, deadline, &["45s"], |t| t.to_owned());
    let fake = FakeTelegram::start().await;
    let env = [("CAMPAIGNS_DIR", campaigns.to_str().unwrap())];
    let mut bot = BotProcess::start(&fake, &work, &env);
    wait_until_polling(&fake, &bot).await;

    // Its command answers with its steps, in English and in German, and its link button.
    let en = ask(&fake, 1, "en", "/examplenet").await;
    assert!(en.text().contains("Turn the switch off"), "{}", en.text());
    assert!(targets(&en).contains(&"https://example.org/settings/data-for-ai".to_string()), "{:?}", en.buttons());
    assert!(en.buttons().iter().any(|(label, _)| label == "⚙️ Open ExampleNet's setting"));
    assert!(targets(&en).contains(&"m:examplenet:1".to_string()));
    let de = ask(&fake, 2, "de", "/examplenet").await;
    assert!(de.text().contains("Schalte den Schalter aus"), "{}", de.text());
    // A language the campaign does not ship gets its default language (English).
    let fr = ask(&fake, 3, "fr", "/examplenet").await;
    assert!(fr.text().contains("Turn the switch off"), "{}", fr.text());
    // /start shows its buttons; the deep link opens it; the menu lists it.
    let start = ask(&fake, 1, "en", "/start").await;
    assert!(start.text().contains("Object to ExampleNet training its AI"), "{}", start.text());
    assert!(
        targets(&start).contains(&"p:examplenet".to_string()) && targets(&start).contains(&"p:otherapp".to_string())
    );
    let deep = ask(&fake, 1, "en", "/start examplenet").await;
    assert_eq!(deep.text(), en.text());
    wait_for_menus(&fake).await;
    assert_eq!(menu(&fake, "en")[..3], ["start", "examplenet", "otherapp"]);
    assert!(!menu(&fake, "en").contains(&"facebook".to_string()), "only the campaigns loaded");

    // Chat 1 subscribes with both platforms open; chat 2 ticks both off.
    let on = ask(&fake, 1, "en", "/remind").await;
    assert!(on.text().contains("Reminders are on"), "{}", on.text());
    ask(&fake, 2, "de", "/remind").await;
    press(&fake, 2, "de", "m:examplenet:1").await;
    let seen = fake.requests().len();
    press(&fake, 2, "de", "m:otherapp:1").await;
    let thanks = fake.reply_to(2, seen).await;
    assert!(thanks.text().contains("Danke"), "{}", thanks.text());
    let status = ask(&fake, 2, "de", "/status").await;
    assert!(status.text().contains("ExampleNet") && status.text().contains("OtherApp"), "{}", status.text());
    assert!(status.buttons().is_empty(), "nothing left to do: {:?}", status.buttons());

    // The wave goes to chat 1 only, in its campaign's words, naming both platforms.
    fake.wait_for("the reminder", Duration::from_secs(60), |_| !reminders_by_chat(&fake).is_empty()).await;
    tokio::time::sleep(Duration::from_secs(2)).await;
    let reminders = reminders_by_chat(&fake);
    assert_eq!(reminders.keys().collect::<Vec<_>>(), [&1], "chat 2 has nothing left to do");
    let reminder = &reminders[&1][0];
    assert!(reminder.text().contains("ExampleNet:") && reminder.text().contains("OtherApp"), "{}", reminder.text());
    assert!(targets(reminder).contains(&"p:examplenet".to_string()));
    assert!(bot.stop().is_some_and(|s| s.success()), "{}", bot.stderr());
}

#[tokio::test(flavor = "multi_thread")]
async fn removing_a_platform_removes_its_command_buttons_cards_and_checklist_line_and_keeps_other_ticks() {
    let work = Workdir::new();
    let deadline = in_secs(3600);
    let campaigns = example_campaign(&work, deadline, &["30m"], |t| t.to_owned());
    let env = [("CAMPAIGNS_DIR", campaigns.to_str().unwrap())];
    let fake = FakeTelegram::start().await;
    let mut bot = BotProcess::start(&fake, &work, &env);
    wait_until_polling(&fake, &bot).await;
    ask(&fake, 5, "en", "/examplenet").await;
    press(&fake, 5, "en", "m:examplenet:1").await;
    press(&fake, 5, "en", "m:otherapp:1").await;
    assert!(bot.stop().is_some_and(|s| s.success()), "{}", bot.stderr());

    // OtherApp leaves the campaign file; its messages may stay in the texts.
    example_campaign(&work, deadline, &["30m"], |t| {
        let at = t.find("[[platforms]]\nkey = \"otherapp\"").expect("the otherapp block");
        t[..at].to_owned()
    });
    let fake = FakeTelegram::start().await;
    let mut bot = BotProcess::start(&fake, &work, &env);
    wait_until_polling(&fake, &bot).await;
    let unknown = ask(&fake, 5, "en", "/otherapp").await;
    assert!(unknown.text().contains("/help"), "the command is gone: {}", unknown.text());
    let start = ask(&fake, 5, "en", "/start").await;
    assert!(!targets(&start).contains(&"p:otherapp".to_string()), "{:?}", start.buttons());
    assert!(targets(&start).contains(&"p:examplenet".to_string()));
    let status = ask(&fake, 5, "en", "/status").await;
    assert!(!status.text().contains("OtherApp"), "{}", status.text());
    assert!(status.text().contains("ExampleNet: done"), "the other tick survives: {}", status.text());
    let seen = fake.requests().len();
    fake.push(inline_update(5, Some("en"), ""));
    let answered =
        fake.wait_for("an inline answer", WAIT, |rs| rs[seen..].iter().any(|r| r.method == "answerInlineQuery")).await;
    let answer = answered[seen..].iter().find(|r| r.method == "answerInlineQuery").unwrap();
    let ids: Vec<&str> = answer.body["results"].as_array().unwrap().iter().filter_map(|r| r["id"].as_str()).collect();
    assert_eq!(ids, ["examplenet", "letter", "deadline"]);
    // An old button to the removed platform is answered politely.
    let seen = fake.requests().len();
    fake.push(callback_update(5, 5, Some("en"), "p:otherapp"));
    let answered = fake
        .wait_for("the stale button", WAIT, |rs| rs[seen..].iter().any(|r| r.method == "answerCallbackQuery"))
        .await;
    let toast = answered[seen..].iter().find(|r| r.method == "answerCallbackQuery").unwrap();
    assert!(toast.body["text"].as_str().unwrap_or("").contains("/start"), "{:?}", toast.body);
    wait_for_menus(&fake).await;
    assert!(!menu(&fake, "en").contains(&"otherapp".to_string()));
    assert!(bot.stop().is_some_and(|s| s.success()), "{}", bot.stderr());

    let store = Store::open(&work.db_url()).await.unwrap();
    let state = store.chat(5).await.unwrap().unwrap();
    assert!(state.is_done("examplenet"));
    store.forget(5).await.unwrap();
    assert_eq!(store.chat(5).await.unwrap(), None, "/forget deletes every tick, loaded or not");
}

#[tokio::test(flavor = "multi_thread")]
async fn two_campaigns_with_different_deadlines_send_their_own_waves_each_once() {
    let work = Workdir::new();
    // The Meta campaign copied with a deadline 50 s away, a wave at 35 s; the example with a
    // deadline 80 s away, a wave at 45 s.
    let campaigns = work.campaign_copy("meta-copy", in_secs(50), &["35s"], |t| t.to_owned());
    example_campaign(&work, in_secs(80), &["45s"], |t| t.to_owned());
    let chats: Vec<i64> = (1..=40).collect();
    {
        let store = Store::open(&work.db_url()).await.unwrap();
        let rows: Vec<(i64, Option<objection_bot::lang::Lang>, &[&str])> =
            chats.iter().map(|c| (*c, None, &[][..])).collect();
        store.add_subscribers("meta-copy", &rows, 0).await.unwrap();
        // Half the chats also want the example's reminders.
        store.add_subscribers(EXAMPLE, &rows[..20], 0).await.unwrap();
        store.close().await;
    }
    let fake = FakeTelegram::start().await;
    let env = [("CAMPAIGNS_DIR", campaigns.to_str().unwrap())];
    let mut bot = BotProcess::start(&fake, &work, &env);
    fake.wait_for("both waves", Duration::from_secs(90), |_| {
        reminders_by_chat(&fake).values().map(Vec::len).sum::<usize>() >= 60
    })
    .await;
    tokio::time::sleep(Duration::from_secs(3)).await;
    let got = reminders_by_chat(&fake);
    for chat in &chats {
        let reminders = &got[chat];
        let meta = reminders.iter().filter(|r| targets(r).contains(&"p:facebook".to_string())).count();
        let example = reminders.iter().filter(|r| targets(r).contains(&"p:examplenet".to_string())).count();
        assert_eq!(meta, 1, "chat {chat}: the Meta copy's wave, once");
        assert_eq!(example, usize::from(*chat <= 20), "chat {chat}: the example's wave, once, to its subscribers");
        assert_eq!(reminders.len(), meta + example, "chat {chat}");
    }
    let store = Store::open(&work.db_url()).await.unwrap();
    assert_eq!(store.wave_counts("meta-copy", "35s").await.unwrap().sent, 40);
    assert_eq!(store.wave_counts(EXAMPLE, "45s").await.unwrap().sent, 20);
    bot.stop();
}

#[tokio::test(flavor = "multi_thread")]
async fn an_operators_campaign_with_a_deadline_works_as_before_beside_the_built_in_ones() {
    let work = Workdir::new();
    let campaigns = example_campaign(&work, in_secs(60), &["40s"], |t| t.to_owned());
    let built_in = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("campaigns");
    for folder in ["meta-ai", "linkedin", "gemini", "x"] {
        copy_dir(&built_in.join(folder), &campaigns.join(folder));
    }
    let fake = FakeTelegram::start().await;
    let env = [("CAMPAIGNS_DIR", campaigns.to_str().unwrap())];
    let mut bot = BotProcess::start(&fake, &work, &env);
    wait_until_polling(&fake, &bot).await;

    // Reminders are offered, because the example's wave lies ahead; every platform answers.
    let help = ask(&fake, 1, "en", "/help").await;
    assert!(help.text().contains("/remind") && help.text().contains("/stop"), "{}", help.text());
    for key in ["examplenet", "otherapp", "facebook", "instagram", "whatsapp", "linkedin", "gemini", "x"] {
        assert!(help.text().contains(&format!("/{key}")), "{key}: {}", help.text());
    }
    wait_for_menus(&fake).await;
    let names = menu(&fake, "en");
    assert_eq!(names[..3], ["start", "examplenet", "otherapp"], "the campaign with a deadline first");
    assert!(names.contains(&"remind".to_string()) && names.contains(&"linkedin".to_string()), "{names:?}");
    let on = ask(&fake, 1, "en", "/remind").await;
    assert!(on.text().contains("Reminders are on"), "{}", on.text());
    let linkedin = ask(&fake, 2, "en", "/linkedin").await;
    assert!(linkedin.text().contains("Data for Generative AI Improvement"), "{}", linkedin.text());
    let status = ask(&fake, 1, "en", "/status").await;
    assert!(status.text().contains("Reminders are on") && status.text().contains("LinkedIn"), "{}", status.text());

    // The wave goes to the subscribed chat only, about the example's platforms.
    fake.wait_for("the reminder", Duration::from_secs(60), |_| !reminders_by_chat(&fake).is_empty()).await;
    tokio::time::sleep(Duration::from_secs(2)).await;
    let reminders = reminders_by_chat(&fake);
    assert_eq!(reminders.keys().collect::<Vec<_>>(), [&1]);
    assert!(targets(&reminders[&1][0]).contains(&"p:examplenet".to_string()));
    assert!(!targets(&reminders[&1][0]).contains(&"p:linkedin".to_string()));
    assert!(bot.stop().is_some_and(|s| s.success()), "{}", bot.stderr());
}

/// Runs the program in `dir` with only this environment; returns (status code, stdout, stderr).
fn program(dir: &std::path::Path, args: &[&str], env: &[(&str, &str)]) -> (Option<i32>, String, String) {
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_objection-bot"))
        .args(args)
        .env_clear()
        .envs(env.iter().copied())
        .current_dir(dir)
        .output()
        .unwrap();
    let text = |b: &[u8]| String::from_utf8_lossy(b).into_owned();
    (out.status.code(), text(&out.stdout), text(&out.stderr))
}

#[test]
fn an_operator_starts_a_campaign_with_new_campaign_and_check_describes_it() {
    let work = Workdir::new();
    let (code, out, _) = program(work.dir.path(), &["new-campaign", "meta-ai-2026"], &[]);
    assert_eq!(code, Some(0), "{out}");
    let built_in = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("campaigns/meta-ai/locales");
    let languages = std::fs::read_dir(&built_in).unwrap().count();
    assert!(out.contains(&format!("wrote {} files", languages + 1)), "{out}");
    let (code, _, err) = program(work.dir.path(), &["new-campaign", "meta-ai-2026"], &[]);
    assert_eq!(code, Some(2), "never overwrites");
    assert!(err.contains("already exists") && err.trim().lines().count() == 1, "{err}");

    // The built-in example of README: ExampleNet added in English and German, the other
    // languages left to the default.
    let folder = work.path("campaigns/meta-ai-2026");
    let toml = std::fs::read_to_string(folder.join("campaign.toml")).unwrap();
    // README step 2: uncomment and set `deadline` and `reminders`, add the platform at the end.
    let toml = toml
        .replace("# deadline = \"2026-12-20T00:00:00+01:00\"", "deadline = \"2099-12-20T00:00:00+01:00\"")
        .replace("# reminders =", "reminders =")
        + "\n[[platforms]]\nkey = \"examplenet\"\nkind = \"setting\"\nform_url = \"https://example.org/settings/data-for-ai\"\n";
    std::fs::write(folder.join("campaign.toml"), toml).unwrap();
    let dir = work.path("campaigns");
    let env = [("CAMPAIGNS_DIR", dir.to_str().unwrap())];
    let (code, _, err) = program(work.dir.path(), &["check"], &env);
    assert_eq!(code, Some(1));
    assert!(err
        .contains("campaigns/meta-ai-2026/locales/en: message `examplenet-steps` is missing (platform `examplenet`)"));
    let fixture = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/example-2026/locales");
    for lang in std::fs::read_dir(folder.join("locales")).unwrap().flatten() {
        let code = lang.file_name().to_string_lossy().into_owned();
        if code != "en" && code != "de" {
            std::fs::remove_dir_all(lang.path()).unwrap();
            continue;
        }
        let block: String = std::fs::read_to_string(fixture.join(&code).join("campaign.ftl"))
            .unwrap()
            .lines()
            .skip_while(|l| !l.starts_with("examplenet-name"))
            .take_while(|l| !l.starts_with("otherapp-"))
            .map(|l| format!("{l}\n"))
            .collect();
        let path = lang.path().join("campaign.ftl");
        let text = std::fs::read_to_string(&path).unwrap();
        std::fs::write(&path, format!("{text}\n{block}")).unwrap();
    }
    let kept = std::fs::read_dir(folder.join("locales")).unwrap().count();
    let (code, out, _) = program(work.dir.path(), &["check"], &env);
    assert_eq!(code, Some(0), "{out}");
    assert!(out.contains(&format!("campaign `meta-ai-2026`: deadline 2099-12-20T00:00:00+01:00, platforms facebook instagram whatsapp examplenet, {kept} of 24 languages, 4 reminder waves")), "{out}");
    assert!(out.contains("next wave: 7d at 2099-12-13T00:00:00+01:00"), "{out}");
    assert!(out.contains(&format!("warning: campaign meta-ai-2026: ships {kept} of 24 languages")), "{out}");

    // A second campaign with the same keys is refused at start, in one line naming it.
    let (code, ..) = program(work.dir.path(), &["new-campaign", "again", "--dir", dir.to_str().unwrap()], &[]);
    assert_eq!(code, Some(0));
    let env = [("CAMPAIGNS_DIR", dir.to_str().unwrap()), ("TELOXIDE_TOKEN", "1:abc")];
    let (code, _, err) = program(work.dir.path(), &["run"], &env);
    assert_eq!(code, Some(78));
    assert_eq!(err.trim().lines().count(), 1, "{err}");
    assert!(err.contains("is also a platform of campaign"), "{err}");
}

#[test]
fn the_old_campaign_file_setting_stops_the_program_with_one_line_saying_what_replaced_it() {
    let work = Workdir::new();
    let (code, _, err) = program(work.dir.path(), &["check"], &[("CAMPAIGN_FILE", "campaign.toml")]);
    assert_eq!(code, Some(78));
    assert_eq!(err.trim().lines().count(), 1, "{err}");
    assert!(err.contains("CAMPAIGN_FILE") && err.contains("CAMPAIGNS_DIR"), "{err}");
}

/// `campaigns/example-2026/` with `count` made-up platforms (`p1`, `p2`, …), in English only,
/// each named `name(i)` with the /help line `help(i)`; returns `campaigns/`.
fn many_platforms(
    work: &Workdir,
    count: usize,
    name: impl Fn(usize) -> String,
    help: impl Fn(usize) -> String,
) -> PathBuf {
    let root = example_campaign(work, in_secs(86_400), &["1h"], |t| {
        let head = &t[..t.find("[[platforms]]").expect("a platform")];
        let platforms: String = (1..=count)
            .map(|i| format!("[[platforms]]\nkey = \"p{i}\"\nform_url = \"https://example.org/p{i}\"\n\n"))
            .collect();
        format!("{head}{platforms}")
    });
    let locales = root.join(EXAMPLE).join("locales");
    std::fs::remove_dir_all(locales.join("de")).unwrap();
    let en = locales.join("en/campaign.ftl");
    let text = std::fs::read_to_string(&en).unwrap();
    let mut texts = text[..text.find("examplenet-name").expect("the platforms' texts")].to_owned();
    for i in 1..=count {
        let (name, help) = (name(i), help(i));
        texts.push_str(&format!(
            "p{i}-name = {name}\np{i}-button = Platform {i}\np{i}-form-button = Open the form of Platform {i}\n\
             p{i}-help = {help}\np{i}-command = Switch off Platform {i}\np{i}-inline-title = Platform {i}\n\
             p{i}-inline-desc = Its form\np{i}-keywords = p{i}\np{i}-steps = <b>Platform {i}</b>: open the form.\n"
        ));
    }
    std::fs::write(&en, texts).unwrap();
    root
}

/// Runs the bot against `fake` and asserts that it stops at start with one line naming
/// `screen`, before asking Telegram anything.
fn refused_at_start(fake: &FakeTelegram, work: &Workdir, env: &[(&str, &str)], screen: &str) {
    let mut bot = BotProcess::start(fake, work, env);
    let status = bot.wait(WAIT);
    let err = bot.stderr();
    assert_eq!(status.and_then(|s| s.code()), Some(78), "run must stop at start (EX_CONFIG): {err}");
    assert_eq!(err.trim().lines().count(), 1, "{err}");
    assert!(err.contains(screen) && err.contains("over 4096") && err.contains("objection-bot check"), "{err}");
    assert!(fake.requests().is_empty(), "nothing is asked of Telegram before the texts fit");
}

#[tokio::test(flavor = "multi_thread")]
async fn run_refuses_at_start_with_one_line_the_campaigns_whose_screens_check_refuses() {
    let work = Workdir::new();
    let long_help = |i| format!("/p{i}: switch off the AI training of Platform {i}, in its settings, step by step");
    let campaigns = many_platforms(&work, 63, |i| format!("Platform {i}"), long_help);
    let env = [("CAMPAIGNS_DIR", campaigns.to_str().unwrap())];
    let (code, _, err) = program(work.dir.path(), &["check"], &env);
    assert_eq!(code, Some(1), "{err}");
    assert!(err.contains("the help screen: the message is") && err.contains("over 4096"), "{err}");
    let fake = FakeTelegram::start().await;
    refused_at_start(&fake, &work, &env, "the help screen");

    // Short /help lines but long names: the checklist of /status is what grows too long.
    many_platforms(&work, 88, |i| format!("Platform number {i} of a longer list"), |i| format!("/p{i}: its steps"));
    let (code, _, err) = program(work.dir.path(), &["check"], &env);
    assert_eq!(code, Some(1), "{err}");
    assert!(err.contains("the status screen: the message is") && !err.contains("help screen"), "{err}");
    refused_at_start(&fake, &work, &env, "the status screen");

    // Fewer platforms fit, and the same bot starts and answers /help within the limit.
    many_platforms(&work, 20, |i| format!("Platform {i}"), long_help);
    let (code, out, _) = program(work.dir.path(), &["check"], &env);
    assert_eq!(code, Some(0), "{out}");
    let mut bot = BotProcess::start(&fake, &work, &env);
    wait_until_polling(&fake, &bot).await;
    let help = ask(&fake, 7, "en", "/help").await;
    assert!(help.text().contains("/p20") && help.text().chars().count() <= 4096, "{}", help.text());
    assert!(bot.stop().is_some_and(|s| s.success()), "{}", bot.stderr());
}
