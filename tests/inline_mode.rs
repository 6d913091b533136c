//! Inline mode must be switched on in @BotFather (`/setinline`) for `@bot` cards and every
//! 📣 Share button to work: the bot reads `getMe` at start and warns when it is off.

mod support;

use support::*;

/// Starts the bot against a fake whose getMe says inline mode is `on` or not; returns its
/// log once it polls.
async fn start_log(on: bool) -> String {
    let fake = FakeTelegram::start().await;
    fake.inline_mode(on);
    let work = Workdir::new();
    let mut bot = BotProcess::start(&fake, &work, &[]);
    wait_until_polling(&fake, &bot).await;
    let log = bot.stderr();
    assert_eq!(bot.stop().and_then(|s| s.code()), Some(0), "{}", bot.stderr());
    log
}

#[tokio::test(flavor = "multi_thread")]
async fn the_bot_warns_at_start_when_inline_mode_is_off() {
    let log = start_log(false).await;
    let line = log.lines().find(|l| l.contains("inline mode is off")).unwrap_or_else(|| panic!("no warning:\n{log}"));
    assert!(line.contains("WARN"), "{line}");
    assert!(line.contains("/setinline") && line.contains("@BotFather"), "{line}");
    assert!(line.contains(&format!("@{BOT_USERNAME}")), "{line}");

    let log = start_log(true).await;
    assert!(!log.contains("inline mode is off"), "{log}");
}
