//! The broadcast benchmark: 100,000 subscribers, a fake Bot API server that accepts R
//! messages a second and answers 429 above it, and the real bot binary at budget R.
//! Then a burst of 10,000 users sending /start while a wave runs, and 100 users sending
//! /start while a group floods the bot with 200 commands.
//!
//! Run: `cargo bench --bench broadcast` (optional: `-- --subscribers N --rate R --burst B
//! --backend sqlite|postgres --only wave --hold-ms M`). With `--backend postgres` the
//! database is a real PostgreSQL server started as in the tests (`tests/support/pg.rs`).
//! During the wave the fake holds a long poll as Telegram does (25 s, or until an update
//! comes); `--hold-ms 500` gives the tests' fake, which ends one after 500 ms. With
//! `BENCH_VIA=teloxide` in the environment the bot sends through teloxide's HTTP client
//! instead of its lean one. Results go to standard output; BENCHMARKS.md records them.

#[path = "../tests/support/mod.rs"]
mod support;

use std::time::{Duration, Instant};

use chrono::Utc;
use objection_bot::lang::Lang;
use support::*;

struct Args {
    subscribers: i64,
    rate: f64,
    burst: i64,
    postgres: bool,
    only_wave: bool,
    /// `--hold-ms M`: the longest the fake holds a getUpdates call (Telegram's 25 s by
    /// default; 500 gives the tests' fake, whose idle bot polls twice a second).
    hold_ms: u64,
}

fn args() -> Args {
    let mut a = Args {
        subscribers: 100_000,
        rate: 1000.0,
        burst: 10_000,
        postgres: false,
        only_wave: false,
        hold_ms: TELEGRAM_HOLD_MS,
    };
    let argv: Vec<String> = std::env::args().collect();
    for pair in argv.windows(2) {
        match pair[0].as_str() {
            "--subscribers" => a.subscribers = pair[1].parse().unwrap_or(a.subscribers),
            "--rate" => a.rate = pair[1].parse().unwrap_or(a.rate),
            "--burst" => a.burst = pair[1].parse().unwrap_or(a.burst),
            "--backend" => a.postgres = pair[1] == "postgres",
            "--only" => a.only_wave = pair[1] == "wave",
            "--hold-ms" => a.hold_ms = pair[1].parse().unwrap_or(a.hold_ms),
            _ => {}
        }
    }
    a
}

/// User and system CPU ticks in a `/proc/…/stat` file.
fn stat_ticks(path: &str) -> (f64, f64) {
    let stat = std::fs::read_to_string(path).unwrap_or_default();
    let fields: Vec<&str> = stat.rsplit_once(')').map(|(_, r)| r.split_whitespace().collect()).unwrap_or_default();
    let user = fields.get(11).and_then(|u| u.parse::<f64>().ok()).unwrap_or(0.0);
    let system = fields.get(12).and_then(|s| s.parse::<f64>().ok()).unwrap_or(0.0);
    (user, system)
}

/// User and system CPU seconds of a process, the CPU seconds of its main thread (where the
/// bot's runtime runs; the rest is SQLite's worker threads and the like), and its peak
/// resident memory (bytes).
fn usage(pid: u32) -> (f64, f64, f64, u64) {
    let ticks: f64 = std::process::Command::new("getconf")
        .arg("CLK_TCK")
        .output()
        .ok()
        .and_then(|o| String::from_utf8_lossy(&o.stdout).trim().parse().ok())
        .unwrap_or(100.0);
    let (user, system) = stat_ticks(&format!("/proc/{pid}/stat"));
    let (main_user, main_system) = stat_ticks(&format!("/proc/{pid}/task/{pid}/stat"));
    let status = std::fs::read_to_string(format!("/proc/{pid}/status")).unwrap_or_default();
    let hwm_kb = status
        .lines()
        .find(|l| l.starts_with("VmHWM:"))
        .and_then(|l| l.split_whitespace().nth(1))
        .and_then(|v| v.parse::<u64>().ok())
        .unwrap_or(0);
    (user / ticks, system / ticks, (main_user + main_system) / ticks, hwm_kb * 1024)
}

/// Subscribes `n` chats in three languages, a quarter of them with each checklist, into a
/// fresh database of the chosen backend; returns its URL.
async fn seed(work: &Workdir, n: i64, first_id: i64, postgres: bool) -> String {
    let langs = [Lang::Fr, Lang::De, Lang::En];
    let keys = ["facebook", "instagram", "whatsapp"];
    let done: Vec<Vec<&str>> = (0..4i64)
        .map(|m| keys.iter().enumerate().filter(|(i, _)| m & (1 << i) != 0).map(|(_, k)| *k).collect())
        .collect();
    let chats: Vec<(i64, Option<Lang>, &[&str])> =
        (0..n).map(|i| (first_id + i, Some(langs[i as usize % 3]), done[(i % 4) as usize].as_slice())).collect();
    let url = if postgres { pg::fresh_database().await } else { work.db_url() };
    let store = objection_bot::store::Store::open(&url).await.unwrap();
    store.add_subscribers(META, &chats, Utc::now().timestamp()).await.unwrap();
    store.close().await;
    url
}

/// The release binary at budget `rate`, as paid broadcasts, quiet logs, metrics on `listen`
/// (the operations listener).
fn start_bot(
    fake: &FakeTelegram,
    work: &Workdir,
    campaign: &std::path::Path,
    rate: f64,
    db: &str,
    listen: &str,
) -> BotProcess {
    let rate = rate.to_string();
    let env = [
        ("CAMPAIGNS_DIR", campaign.to_str().unwrap()),
        ("BROADCAST_PAID", "true"),
        ("BROADCAST_RATE", rate.as_str()),
        ("RUST_LOG", "warn"),
        ("DATABASE_URL", db),
        ("OPS_LISTEN_ADDR", listen),
    ];
    let mut env = env.to_vec();
    // `BENCH_VIA=teloxide`: the bot sends through teloxide's HTTP client, as it does when a
    // proxy is set (here one for HTTPS only, never used: the fake server is plain HTTP).
    if std::env::var("BENCH_VIA").as_deref() == Ok("teloxide") {
        env.push(("HTTPS_PROXY", "http://127.0.0.1:9"));
    }
    BotProcess::start(fake, work, &env)
}

/// A quantile of a summary in the bot's `/metrics`, in milliseconds.
async fn metric_ms(listen: &str, name: &str, quantile: &str) -> Option<f64> {
    let text = reqwest::get(format!("http://{listen}/metrics")).await.ok()?.text().await.ok()?;
    let prefix = format!("{name}{{quantile=\"{quantile}\"}} ");
    text.lines().find_map(|l| l.strip_prefix(&prefix)).and_then(|v| v.trim().parse::<f64>().ok()).map(|s| s * 1e3)
}

fn percentile(sorted: &[Duration], p: f64) -> Duration {
    if sorted.is_empty() {
        return Duration::ZERO;
    }
    sorted[((sorted.len() as f64 - 1.0) * p).round() as usize]
}

async fn wave(a: &Args) {
    let work = Workdir::new();
    let seeding = Instant::now();
    let db = seed(&work, a.subscribers, 1, a.postgres).await;
    let seeding = seeding.elapsed();
    let ideal = a.subscribers as f64 / a.rate;
    let deadline = (Utc::now() + chrono::Duration::seconds(ideal as i64 * 3 + 60)).fixed_offset();
    let offset = format!("{}s", ideal as i64 * 3 + 55);
    let campaign = work.campaign(deadline, &[offset.as_str()]);
    let fake = FakeTelegram::start_with(false).await;
    fake.hold_polls(Duration::from_millis(a.hold_ms));
    fake.limit_rate(a.rate);
    let listen = format!("127.0.0.1:{}", free_port());
    let bot = start_bot(&fake, &work, &campaign, a.rate, &db, &listen);
    let pid = bot.pid().unwrap();
    while fake.sent_ok() == 0 {
        tokio::time::sleep(Duration::from_millis(1)).await;
    }
    let started = Instant::now();
    let (user_before, system_before, main_before, _) = usage(pid);
    let cpu_before = user_before + system_before;
    let give_up = started + Duration::from_secs_f64(ideal * 3.0 + 30.0);
    // The pace, second by second: messages accepted by the fake at each whole second.
    let mut pace: Vec<u64> = vec![fake.sent_ok()];
    while (fake.reached() as i64) < a.subscribers && Instant::now() < give_up {
        tokio::time::sleep(Duration::from_millis(20)).await;
        if started.elapsed().as_secs() as usize >= pace.len() {
            pace.push(fake.sent_ok());
        }
    }
    let elapsed = started.elapsed();
    let (user_after, system_after, main_after, peak) = usage(pid);
    let cpu_after = user_after + system_after;
    let per_chat = fake.per_chat();
    let sent: u64 = per_chat.values().map(|(n, _)| u64::from(*n)).sum();
    let reached = per_chat.len() as i64;
    let claim_p99 = metric_ms(&listen, "objection_bot_claim_seconds", "0.99").await;
    let record_p99 = metric_ms(&listen, "objection_bot_record_seconds", "0.99").await;
    println!(
        "## Wave on {}: {} subscribers, fake server accepting {} messages/s, bot budget {}/s, long poll held {} ms",
        if a.postgres { "PostgreSQL" } else { "SQLite" },
        a.subscribers,
        a.rate,
        a.rate,
        a.hold_ms
    );
    println!("| measure | result | goal |");
    println!("|---|---|---|");
    println!("| wave time | {:.1} s (ideal {:.1} s) | |", elapsed.as_secs_f64(), ideal);
    println!("| wave time ÷ ideal | {:.3} | ≤ 1.05 |", elapsed.as_secs_f64() / ideal);
    println!("| 429 answers | {} | 0 |", fake.throttled());
    println!("| duplicates | {} | 0 |", sent.saturating_sub(reached as u64));
    println!("| missed | {} | 0 |", a.subscribers - reached);
    println!(
        "| bot CPU time per message | {:.1} µs | < 50 µs |",
        (cpu_after - cpu_before) * 1e6 / a.subscribers as f64
    );
    println!(
        "| of which user / system | {:.1} µs / {:.1} µs | |",
        (user_after - user_before) * 1e6 / a.subscribers as f64,
        (system_after - system_before) * 1e6 / a.subscribers as f64
    );
    let main = main_after - main_before;
    let others = ((cpu_after - cpu_before) - main).max(0.0);
    println!(
        "| of which the runtime thread / the other threads (on SQLite, its workers) | {:.1} µs / {:.1} µs | |",
        main * 1e6 / a.subscribers as f64,
        others * 1e6 / a.subscribers as f64
    );
    println!("| bot peak memory (VmHWM) | {:.1} MB | < 50 MB |", peak as f64 / 1e6);
    println!(
        "| claim latency p99 (a batch of {} from the store) | {} | |",
        (a.rate as i64).clamp(8, 256),
        claim_p99.map_or("-".into(), |ms| format!("{ms:.1} ms"))
    );
    println!(
        "| record latency p99 (the outcomes of a claim, or of a second of it) | {} | |",
        record_p99.map_or("-".into(), |ms| format!("{ms:.1} ms"))
    );
    println!("| seeding the database (not timed in the wave) | {:.0} s | |", seeding.as_secs_f64());
    print_pace(&pace, a.rate);
    drop(bot);
}

/// Where a wave fell behind its rate: how far behind it was at each tenth of the wave, and
/// its slowest seconds.
fn print_pace(pace: &[u64], rate: f64) {
    if pace.len() < 11 {
        return;
    }
    let behind = |s: usize| (rate * s as f64 - (pace[s] - pace[0]) as f64).max(0.0);
    let tenths: Vec<String> = (1..=10).map(|t| format!("{:.0}", behind((pace.len() - 1) * t / 10))).collect();
    println!("Messages behind the ideal pace at each tenth of the wave: {}", tenths.join(", "));
    let mut seconds: Vec<(u64, usize)> = pace.windows(2).enumerate().map(|(i, w)| (w[1] - w[0], i)).collect();
    seconds.sort();
    let slowest: Vec<String> = seconds.iter().take(8).map(|(n, i)| format!("{n} at {i} s")).collect();
    println!("Slowest seconds: {}", slowest.join(", "));
}

async fn burst(a: &Args) {
    let work = Workdir::new();
    let db = seed(&work, a.subscribers, 1, a.postgres).await;
    let deadline = (Utc::now() + chrono::Duration::seconds(3600)).fixed_offset();
    let campaign = work.campaign(deadline, &["3595s"]);
    let fake = FakeTelegram::start_with(false).await;
    let listen = format!("127.0.0.1:{}", free_port());
    let bot = start_bot(&fake, &work, &campaign, a.rate, &db, &listen);
    while fake.sent_ok() < 2_000 {
        tokio::time::sleep(Duration::from_millis(5)).await;
    }
    // 10,000 users send /start within one second, in 100 slices of 10 ms.
    let first_user = 50_000_000i64;
    let mut asked = Vec::with_capacity(a.burst as usize);
    let per_slice = (a.burst / 100).max(1);
    let begin = Instant::now();
    for slice in 0..100 {
        for i in 0..per_slice {
            let user = first_user + slice * per_slice + i;
            fake.push(text_update(user, user as u64, Some("fr"), "/start"));
            asked.push((user, Instant::now()));
        }
        tokio::time::sleep_until((begin + Duration::from_millis(10 * (slice as u64 + 1))).into()).await;
    }
    let give_up = Instant::now() + Duration::from_secs(120);
    loop {
        let replied = fake.reached_from(first_user);
        if replied >= asked.len() || Instant::now() > give_up {
            break;
        }
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
    let per_chat = fake.per_chat();
    let mut waits: Vec<Duration> =
        asked.iter().filter_map(|(user, at)| per_chat.get(user).map(|(_, first)| first.duration_since(*at))).collect();
    waits.sort();
    let wave_messages = per_chat.iter().filter(|(c, _)| **c < first_user).count();
    println!();
    println!("## Burst: {} users send /start within a second while a wave runs at {}/s", asked.len(), a.rate);
    println!("| measure | result |");
    println!("|---|---|");
    println!("| replies received | {} of {} |", waits.len(), asked.len());
    println!("| time to first reply, p50 | {} ms |", percentile(&waits, 0.5).as_millis());
    println!("| time to first reply, p99 | {} ms |", percentile(&waits, 0.99).as_millis());
    println!("| wave messages delivered meanwhile | {wave_messages} |");
    drop(bot);
}

/// One group floods the bot with 200 commands while each of its answers takes 0.1 s; 100
/// people in other chats send /start meanwhile, one every 50 ms.
async fn flood() {
    let work = Workdir::new();
    let fake = FakeTelegram::start_with(false).await;
    let group = -77;
    fake.fault("sendMessage", Some(group), Fault::Slow(Duration::from_millis(100)), 1);
    let env = [("RUST_LOG", "warn")];
    let bot = BotProcess::start(&fake, &work, &env);
    while fake.reached() == 0 {
        fake.push(text_update(1, 1, Some("en"), "/start"));
        tokio::time::sleep(Duration::from_millis(200)).await;
    }
    for _ in 0..200 {
        fake.push(text_update(group, 7, Some("en"), "/help"));
    }
    let first_user = 60_000_000i64;
    let mut asked = Vec::new();
    for i in 0..100 {
        let user = first_user + i;
        fake.push(text_update(user, user as u64, Some("en"), "/start"));
        asked.push((user, Instant::now()));
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    let give_up = Instant::now() + Duration::from_secs(30);
    while fake.reached_from(first_user) < asked.len() && Instant::now() < give_up {
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
    let per_chat = fake.per_chat();
    let mut waits: Vec<Duration> =
        asked.iter().filter_map(|(user, at)| per_chat.get(user).map(|(_, first)| first.duration_since(*at))).collect();
    waits.sort();
    println!();
    println!("## Flood: a group sends 200 commands (each answer takes 0.1 s); 100 others send /start");
    println!("| measure | result |");
    println!("|---|---|");
    println!("| replies received | {} of {} |", waits.len(), asked.len());
    println!("| /start latency in another chat, p50 | {} ms |", percentile(&waits, 0.5).as_millis());
    println!("| /start latency in another chat, p99 | {} ms |", percentile(&waits, 0.99).as_millis());
    println!("| answers to the flooding group | {} of 200 |", per_chat.get(&group).map_or(0, |(n, _)| *n));
    drop(bot);
}

fn main() {
    let a = args();
    let runtime = tokio::runtime::Builder::new_multi_thread().enable_all().build().unwrap();
    runtime.block_on(async {
        wave(&a).await;
        if !a.only_wave {
            burst(&a).await;
            flood().await;
        }
    });
}
