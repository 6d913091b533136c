//! Several instances on PostgreSQL, end to end: two real binaries in webhook mode on one
//! real PostgreSQL server, the fake Bot API server enforcing one rate limit for the bot.
//! During a 3,000-subscriber wave the leader is killed (`kill -9`) or stopped (SIGTERM):
//! the other takes over, every subscriber is reached, and both answer users throughout. A
//! leader frozen inside its transaction (a proxy stops forwarding its database traffic)
//! holds the other back no longer than the lease.

mod support;

use std::{
    collections::HashMap,
    time::{Duration, Instant},
};

use objection_bot::store::Store;
use support::*;

const SECRET: &str = "failover-Secret_1";
const HOOK: &str = "https://bot.example.org/tg/hook";
const SUBSCRIBERS: i64 = 3_000;
/// Reminders a second: the wave takes about 30 s.
const RATE: &str = "100";
/// The broadcaster claims two seconds' worth at a time.
const BATCH: usize = 200;
const LEASE_TTL: u64 = 3;

struct Instance {
    bot: BotProcess,
    base: String,
}

fn reminders_by_chat(fake: &FakeTelegram) -> HashMap<i64, usize> {
    let mut out = HashMap::new();
    for (chat, requests) in fake.delivered() {
        let n = requests.iter().filter(|r| r.buttons().iter().any(|(_, target)| target == "st")).count();
        if n > 0 {
            out.insert(chat, n);
        }
    }
    out
}

async fn start(fake: &FakeTelegram, work: &Workdir, db: &str, campaigns: &str) -> Instance {
    let listen = format!("127.0.0.1:{}", free_port());
    let ttl = LEASE_TTL.to_string();
    let env = [
        ("DATABASE_URL", db),
        ("CAMPAIGNS_DIR", campaigns),
        ("WEBHOOK_URL", HOOK),
        ("WEBHOOK_SECRET", SECRET),
        ("LISTEN_ADDR", listen.as_str()),
        ("BROADCAST_PAID", "true"),
        ("BROADCAST_RATE", RATE),
        ("LEASE_TTL", ttl.as_str()),
    ];
    let bot = BotProcess::start(fake, work, &env);
    let base = format!("http://{listen}");
    wait_for_status(&format!("{base}/readyz"), 200).await;
    Instance { bot, base }
}

/// Posts `/start` from `chat` to an instance's webhook and waits for the reply.
async fn answered(fake: &FakeTelegram, instance: &Instance, chat: i64) {
    let seen = fake.requests().len();
    let mut update = text_update(chat, chat as u64, Some("en"), "/start");
    update["update_id"] = serde_json::json!(chat);
    let status = reqwest::Client::new()
        .post(format!("{}/tg/hook", instance.base))
        .header("X-Telegram-Bot-Api-Secret-Token", SECRET)
        .json(&update)
        .send()
        .await
        .map(|r| r.status().as_u16())
        .unwrap_or(0);
    assert_eq!(status, 200, "the webhook of {} accepts the update", instance.base);
    let reply = fake.reply_to(chat, seen).await;
    assert!(reply.text().contains("Object to Meta"), "{}", reply.text());
}

/// The instance that holds the lease, once one does.
async fn leader(instances: &[Instance]) -> usize {
    let started = Instant::now();
    loop {
        if let Some(i) = instances.iter().position(|i| i.bot.stderr().contains("this instance now sends reminders")) {
            return i;
        }
        assert!(started.elapsed() < Duration::from_secs(30), "no instance took the lease");
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
}

/// The scenario: returns (failover time, chats reminded twice).
async fn wave_with_a_leader_that_goes(kill: bool) -> (Duration, usize) {
    let work = Workdir::new();
    let db = pg::fresh_database().await;
    let store = Store::open(&db).await.unwrap();
    let chats: Vec<(i64, Option<objection_bot::lang::Lang>, &[&str])> =
        (1..=SUBSCRIBERS).map(|c| (c, None, &[][..])).collect();
    store.add_subscribers(META, &chats, chrono::Utc::now().timestamp()).await.unwrap();
    store.close().await;
    // The wave falls due 15 s from now and takes about 30 s.
    let campaigns = work.campaign(in_secs(135), &["120s"]);
    let campaigns = campaigns.to_str().unwrap();
    let fake = FakeTelegram::start().await;
    fake.limit_rate(1000.0);
    let mut instances = vec![start(&fake, &work, &db, campaigns).await, start(&fake, &work, &db, campaigns).await];
    let lead = leader(&instances).await;
    let mut next_chat = 1_000_000;
    // Both answer while the wave begins.
    while reminders_by_chat(&fake).len() < 800 {
        for instance in &instances {
            next_chat += 1;
            answered(&fake, instance, next_chat).await;
        }
        tokio::time::sleep(Duration::from_millis(300)).await;
    }
    let gone = instances.remove(lead);
    let survivor = &instances[0];
    let went_at = Instant::now();
    let mut gone = gone.bot;
    if kill {
        gone.kill();
    } else {
        assert!(gone.stop().is_some_and(|s| s.success()), "a clean stop: {}", gone.stderr());
    }
    // The survivor keeps answering until every subscriber has the reminder.
    let mut taken_over: Option<Duration> = None;
    while reminders_by_chat(&fake).len() < SUBSCRIBERS as usize {
        next_chat += 1;
        answered(&fake, survivor, next_chat).await;
        if taken_over.is_none() && survivor.bot.stderr().contains("this instance now sends reminders") {
            taken_over = Some(went_at.elapsed());
        }
        assert!(went_at.elapsed() < Duration::from_secs(90), "the wave did not finish after the failover");
        tokio::time::sleep(Duration::from_millis(300)).await;
    }
    let taken_over = taken_over.unwrap_or_else(|| went_at.elapsed());
    tokio::time::sleep(Duration::from_secs(2)).await;
    let got = reminders_by_chat(&fake);
    assert_eq!(got.len(), SUBSCRIBERS as usize, "every subscriber is reached");
    assert_eq!(fake.throttled(), 0, "only one instance sends: Telegram's limit is never passed");
    let twice = got.values().filter(|n| **n > 1).count();
    assert!(got.values().all(|n| *n <= 2), "no one gets a reminder three times");
    let mut survivor = instances.remove(0);
    assert!(survivor.bot.stop().is_some_and(|s| s.success()), "{}", survivor.bot.stderr());
    let _ = &mut survivor;
    eprintln!(
        "failover: {} took over in {:.1} s; {twice} chats reminded twice",
        if kill { "kill -9" } else { "SIGTERM" },
        taken_over.as_secs_f64()
    );
    (taken_over, twice)
}

#[tokio::test(flavor = "multi_thread")]
async fn when_the_leader_is_killed_the_other_takes_over_and_only_its_last_claim_can_be_sent_twice() {
    let (taken_over, twice) = wave_with_a_leader_that_goes(true).await;
    // The lease expires LEASE_TTL after its last renewal, the survivor asks every
    // LEASE_TTL / 3, the broadcaster looks every half second, and this test reads the log
    // between two replies: a second of slack on a busy machine.
    assert!(taken_over <= Duration::from_secs(LEASE_TTL + 1 + 1 + 1), "took over after {taken_over:?}");
    assert!(twice <= BATCH, "{twice} chats reminded twice: more than the dead leader's last claim");
}

#[tokio::test(flavor = "multi_thread")]
async fn when_the_leader_stops_cleanly_the_other_takes_over_at_once_and_no_one_gets_a_reminder_twice() {
    let (taken_over, twice) = wave_with_a_leader_that_goes(false).await;
    assert!(taken_over <= Duration::from_secs(LEASE_TTL), "took over after {taken_over:?}");
    assert_eq!(twice, 0, "a clean stop hands its claims back");
}

/// Reminders sent so far, over all chats.
fn reminders_sent(fake: &FakeTelegram) -> usize {
    reminders_by_chat(fake).values().sum()
}

#[tokio::test(flavor = "multi_thread")]
async fn a_leader_frozen_inside_its_transaction_holds_the_other_back_no_longer_than_the_lease() {
    const CHATS: i64 = 2_000;
    let work = Workdir::new();
    let db = pg::fresh_database().await;
    let store = Store::open(&db).await.unwrap();
    let chats: Vec<(i64, Option<objection_bot::lang::Lang>, &[&str])> =
        (1..=CHATS).map(|c| (c, None, &[][..])).collect();
    store.add_subscribers(META, &chats, chrono::Utc::now().timestamp()).await.unwrap();
    store.close().await;
    let campaigns = work.campaign(in_secs(135), &["120s"]);
    let campaigns = campaigns.to_str().unwrap();
    let fake = FakeTelegram::start().await;
    fake.limit_rate(1000.0);
    // The leader reaches the database through a proxy that can freeze it.
    let (proxy, through) = pg::Proxy::start(&db).await;
    let mut frozen = start(&fake, &work, &through, campaigns).await;
    leader(std::slice::from_ref(&frozen)).await;
    let mut other = start(&fake, &work, &db, campaigns).await;
    let started = Instant::now();
    while reminders_sent(&fake) < 300 {
        assert!(started.elapsed() < Duration::from_secs(60), "the wave did not start");
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    // Frozen inside its record transaction, holding the rows it read FOR UPDATE.
    proxy.freeze_inside_a_transaction();
    let frozen_at = tokio::time::timeout(Duration::from_secs(10), proxy.frozen())
        .await
        .expect("the leader never read rows inside a transaction");
    // The frozen leader stops sending at its next write; the lease is renewed at most a
    // third of LEASE_TTL before the freeze, so no one else may send before this.
    tokio::time::sleep_until((frozen_at + Duration::from_millis(1_500)).into()).await;
    let before = reminders_sent(&fake);
    let limit = Duration::from_secs(LEASE_TTL + 5);
    while reminders_sent(&fake) == before {
        assert!(
            frozen_at.elapsed() < limit,
            "nothing sent {limit:?} after the leader froze inside its transaction:\n{}",
            other.bot.stderr()
        );
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    let taken_over = frozen_at.elapsed();
    assert!(other.bot.stderr().contains("this instance now sends reminders"), "{}", other.bot.stderr());
    // Everyone is reached, the rows the frozen leader held included, once its session ends.
    while reminders_by_chat(&fake).len() < CHATS as usize {
        assert!(frozen_at.elapsed() < Duration::from_secs(90), "the wave did not finish after the freeze");
        tokio::time::sleep(Duration::from_millis(200)).await;
    }
    let twice = reminders_by_chat(&fake).values().filter(|n| **n > 1).count();
    assert!(twice <= BATCH, "{twice} chats reminded twice: more than the frozen leader's last claim");
    assert_eq!(fake.throttled(), 0, "only one instance sent at a time");
    frozen.bot.kill();
    assert!(other.bot.stop().is_some_and(|s| s.success()), "{}", other.bot.stderr());
    eprintln!(
        "frozen leader: the other sent {:.1} s after the freeze (LEASE_TTL {LEASE_TTL} s); {twice} chats reminded twice",
        taken_over.as_secs_f64()
    );
}

#[tokio::test(flavor = "multi_thread")]
async fn copy_moves_a_sqlite_database_into_postgresql_with_counts_checked() {
    let work = Workdir::new();
    let chats: Vec<(i64, Option<objection_bot::lang::Lang>, i64)> = (1..=500).map(|c| (c, None, c % 8)).collect();
    seed(&work, &chats).await;
    let db = pg::fresh_database().await;
    let run = || copy_command(&work, &db).output().unwrap();
    let out = run();
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(out.status.success(), "{text}{}", String::from_utf8_lossy(&out.stderr));
    assert!(text.contains("chats          500 rows, the same in both"), "{text}");
    assert!(text.contains("subscriptions  500 rows"), "{text}");
    let store = Store::open(&db).await.unwrap();
    assert_eq!(store.subscriber_count().await.unwrap(), 500);
    assert!(store.chat(7).await.unwrap().unwrap().done.len() == 3, "chat 7 ticked all three");
    let again = run();
    assert_eq!(again.status.code(), Some(2), "never into a database that holds rows");
    assert!(!String::from_utf8_lossy(&again.stderr).contains("postgres://"), "the URL is not shown");
}

/// `objection-bot copy` from the SQLite database of `work` into `to`, named by
/// COPY_TO_DATABASE_URL (never on the command line).
fn copy_command(work: &Workdir, to: &str) -> std::process::Command {
    let mut command = std::process::Command::new(env!("CARGO_BIN_EXE_objection-bot"));
    command
        .arg("copy")
        .env_clear()
        .env("DATABASE_URL", work.db_url())
        .env("COPY_TO_DATABASE_URL", to)
        .current_dir(work.dir.path());
    command
}

#[tokio::test(flavor = "multi_thread")]
async fn an_interrupted_copy_keeps_nothing_and_can_simply_be_run_again() {
    const CHATS: i64 = 60_000;
    let work = Workdir::new();
    let chats: Vec<(i64, Option<objection_bot::lang::Lang>, i64)> = (1..=CHATS).map(|c| (c, None, c % 8)).collect();
    seed(&work, &chats).await;
    let db = pg::fresh_database().await;
    let mut watch: sqlx::PgConnection = sqlx::Connection::connect(&db).await.unwrap();
    let mut copying = copy_command(&work, &db)
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null())
        .spawn()
        .unwrap();
    // Stopped once the copy is past `chats` and `ticks`, into `subscriptions`.
    let started = Instant::now();
    loop {
        let busy: i64 = sqlx::query_scalar(
            "SELECT COUNT(*) FROM pg_stat_activity WHERE datname = current_database()
             AND application_name = 'objection-bot' AND query LIKE 'INSERT INTO subscriptions%'",
        )
        .fetch_one(&mut watch)
        .await
        .unwrap();
        if busy > 0 {
            break;
        }
        assert!(copying.try_wait().unwrap().is_none(), "the copy ended before it could be interrupted");
        assert!(started.elapsed() < Duration::from_secs(60), "the copy never reached subscriptions");
        tokio::time::sleep(Duration::from_millis(10)).await;
    }
    // SIGTERM, not SIGINT: a shell that starts the tests in the background has its children
    // ignore SIGINT, and then the copy ran to its end (seen when CI ran as a background job).
    let interrupted = std::process::Command::new("kill").args(["-TERM", &copying.id().to_string()]).status().unwrap();
    assert!(interrupted.success());
    let status = copying.wait().unwrap();
    assert!(!status.success(), "the copy was interrupted, not finished");
    for table in ["chats", "ticks", "subscriptions", "meta"] {
        let rows: i64 =
            sqlx::query_scalar(&format!("SELECT COUNT(*) FROM {table}")).fetch_one(&mut watch).await.unwrap();
        assert_eq!(rows, 0, "`{table}` keeps {rows} rows of an interrupted copy");
    }
    let out = copy_command(&work, &db).output().unwrap();
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(out.status.success(), "{text}{}", String::from_utf8_lossy(&out.stderr));
    assert!(text.contains(&format!("subscriptions  {CHATS} rows, the same in both")), "{text}");
}

#[tokio::test(flavor = "multi_thread")]
async fn readiness_turns_503_while_the_database_does_not_answer_and_200_when_it_does_again() {
    let work = Workdir::new();
    let db = pg::fresh_database().await;
    let campaigns = work.campaign(in_secs(3_600), &["120s"]);
    let fake = FakeTelegram::start().await;
    let (proxy, through) = pg::Proxy::start(&db).await;
    let mut instance = start(&fake, &work, &through, campaigns.to_str().unwrap()).await;
    let readyz = format!("{}/readyz", instance.base);
    let answer = || async {
        let r = reqwest::get(&readyz).await.unwrap();
        (r.status().as_u16(), r.text().await.unwrap())
    };
    assert_eq!(answer().await, (200, "ready".to_string()));
    // The database stops answering (a partition: connections stay open, nothing comes back).
    proxy.freeze();
    let frozen = Instant::now();
    while answer().await.0 == 200 {
        assert!(frozen.elapsed() < Duration::from_secs(15), "/readyz stayed 200 without a database");
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    assert_eq!(answer().await, (503, "database".to_string()));
    assert_eq!(reqwest::get(format!("{}/healthz", instance.base)).await.unwrap().status(), 200, "alive all the same");
    proxy.thaw();
    wait_for_status(&readyz, 200).await;
    assert!(instance.bot.stderr().contains("the database does not answer"), "{}", instance.bot.stderr());
    assert!(instance.bot.stop().is_some_and(|s| s.success()), "{}", instance.bot.stderr());
}
