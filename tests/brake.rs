//! The wave brake from an operator's side, end to end: a wave paused on a running bot is
//! resumed through the database, without a restart, and `resume --share` lets a wave with a
//! real block rate finish.

mod support;

use std::time::{Duration, Instant};

use objection_bot::store::{Store, WaveCounts};
use support::*;

/// 300 subscribers and a campaign whose one wave is due now; the fake answers every third
/// reminder "blocked"; the brake looks at the first 30 tried.
async fn bot_with_blocked_chats(fake: &FakeTelegram, work: &Workdir) -> (BotProcess, String) {
    let chats: Vec<(i64, Option<objection_bot::lang::Lang>, i64)> = (1000..1300).map(|c| (c, None, 0)).collect();
    seed(work, &chats).await;
    let campaigns = work.campaign(in_secs(3600), &["2h"]).display().to_string();
    fake.fault("sendMessage", None, Fault::Blocked, 3);
    let env = [("CAMPAIGNS_DIR", campaigns.as_str()), ("WAVE_PAUSE_SAMPLE", "30"), ("BROADCAST_RATE", "30")];
    let bot = BotProcess::start(fake, work, &env);
    (bot, campaigns)
}

/// The wave's counts and whether it is paused, read as `stats` reads them.
async fn wave(work: &Workdir) -> (WaveCounts, bool) {
    let store = Store::open_read_only(&work.db_url()).await.unwrap();
    let counts = store.wave_counts(META, "2h").await.unwrap();
    let paused = !store.paused_waves().await.unwrap().is_empty();
    store.close().await;
    (counts, paused)
}

async fn wait_for_wave(work: &Workdir, bot: &BotProcess, what: &str, check: impl Fn(&WaveCounts, bool) -> bool) {
    let deadline = Instant::now() + Duration::from_secs(60);
    loop {
        let (counts, paused) = wave(work).await;
        if check(&counts, paused) {
            return;
        }
        assert!(Instant::now() < deadline, "never {what}: {counts:?}, paused {paused}; the log:\n{}", bot.stderr());
        tokio::time::sleep(Duration::from_millis(200)).await;
    }
}

/// Runs `objection-bot resume` with these arguments beside the running bot.
fn resume(work: &Workdir, campaigns: &str, args: &[&str]) -> std::process::Output {
    std::process::Command::new(env!("CARGO_BIN_EXE_objection-bot"))
        .arg("resume")
        .args(args)
        .env_clear()
        .env("DATABASE_URL", work.db_url())
        .env("CAMPAIGNS_DIR", campaigns)
        .current_dir(work.dir.path())
        .output()
        .unwrap()
}

#[tokio::test(flavor = "multi_thread")]
async fn resume_restarts_a_paused_wave_on_the_running_bot() {
    let fake = FakeTelegram::start().await;
    let work = Workdir::new();
    let (mut bot, campaigns) = bot_with_blocked_chats(&fake, &work).await;
    wait_for_wave(&work, &bot, "paused", |_, paused| paused).await;
    let pid = bot.pid();
    // The token was fine after all (the fake blocks no more): resume, with the bot running.
    fake.clear_faults();
    let out = resume(&work, &campaigns, &[]);
    let said = String::from_utf8_lossy(&out.stdout).into_owned() + &String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success(), "{said}");
    assert!(said.contains("resumed: 2h"), "{said}");
    wait_for_wave(&work, &bot, "done", |c, paused| !paused && c.pending == 0).await;
    let (counts, _) = wave(&work).await;
    assert_eq!(counts.sent + counts.forgotten, 300, "{counts:?}");
    assert!(bot.wait(Duration::ZERO).is_none() && bot.pid() == pid, "the bot ran on: {}", bot.stderr());
    assert_eq!(bot.stderr().matches("paused:").count(), 1, "{}", bot.stderr());
    assert_eq!(bot.stop().and_then(|s| s.code()), Some(0), "{}", bot.stderr());
}

#[tokio::test(flavor = "multi_thread")]
async fn resume_with_a_share_lets_a_wave_with_a_real_block_rate_finish() {
    let fake = FakeTelegram::start().await;
    let work = Workdir::new();
    let (mut bot, campaigns) = bot_with_blocked_chats(&fake, &work).await;
    wait_for_wave(&work, &bot, "paused", |_, paused| paused).await;
    // A third of these chats really blocked the bot: more than 20 %, less than half.
    let out = resume(&work, &campaigns, &["--share", "0.5"]);
    let said = String::from_utf8_lossy(&out.stdout).into_owned() + &String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success(), "{said}");
    assert!(said.contains("resumed: 2h") && said.contains("50 %"), "{said}");
    wait_for_wave(&work, &bot, "done", |c, paused| !paused && c.pending == 0).await;
    let (counts, _) = wave(&work).await;
    assert_eq!(counts.sent + counts.forgotten, 300, "{counts:?}");
    assert!(counts.forgotten > 60, "the blocked chats are forgotten: {counts:?}");
    assert_eq!(bot.stderr().matches("paused:").count(), 1, "it did not pause again: {}", bot.stderr());
    assert_eq!(bot.stop().and_then(|s| s.code()), Some(0), "{}", bot.stderr());

    for bad in ["0", "1.5", "half"] {
        let out = resume(&work, &campaigns, &["--share", bad]);
        assert_eq!(out.status.code(), Some(2), "--share {bad}");
        assert!(String::from_utf8_lossy(&out.stderr).contains("is not a share from 0 to 1"), "--share {bad}");
    }
}
