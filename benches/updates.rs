//! The cost of an update by long polling and by webhook, and the cost of metrics: the real
//! release binary against the fake Bot API server, the same burst of /start updates in each
//! mode, and a reminder wave with metrics off and on.
//!
//! Run: `cargo bench --bench updates` (optional: `-- --updates N --subscribers N`).
//! `cargo bench --bench updates -- --memory` measures the backlog's memory instead: peak
//! RSS while 10,000 and 50,000 distinct /start wait, and RSS after four surges of 10,000.
//! `cargo bench --bench updates -- --distinct 3000 --command /facebook` measures one burst of
//! distinct users with default settings: CPU per update and peak RSS (issue 20); with
//! `--idle S`, the idle bot's CPU per second over S seconds before the burst, too. There
//! the fake holds a long poll as Telegram does, up to the 25 s the bot asks for or until an
//! update comes; `--hold-ms 500` gives the tests' fake, which ends one after 500 ms.
//! Results go to standard output; BENCHMARKS.md records them.

#[path = "../tests/support/mod.rs"]
mod support;

use std::time::{Duration, Instant};

use chrono::Utc;
use objection_bot::lang::Lang;
use support::*;

const SECRET: &str = "bench-secret";

struct Args {
    updates: i64,
    subscribers: i64,
    memory: bool,
    /// `--distinct N`: only a burst of N distinct users sending `--command` (default /facebook).
    distinct: Option<i64>,
    command: String,
    /// `--idle S`: with `--distinct`, first measure the idle bot's CPU over S seconds.
    idle: u64,
    /// `--hold-ms M`: with `--distinct`, the longest the fake holds a getUpdates call.
    hold_ms: u64,
}

fn args() -> Args {
    // Replies keep Telegram's free 30/s: 900 take half a minute.
    let mut a = Args {
        updates: 900,
        subscribers: 20_000,
        memory: false,
        distinct: None,
        command: "/facebook".into(),
        idle: 0,
        hold_ms: TELEGRAM_HOLD_MS,
    };
    let argv: Vec<String> = std::env::args().collect();
    a.memory = argv.iter().any(|a| a == "--memory");
    for pair in argv.windows(2) {
        match pair[0].as_str() {
            "--updates" => a.updates = pair[1].parse().unwrap_or(a.updates),
            "--subscribers" => a.subscribers = pair[1].parse().unwrap_or(a.subscribers),
            "--distinct" => a.distinct = pair[1].parse().ok(),
            "--command" => a.command = pair[1].clone(),
            "--idle" => a.idle = pair[1].parse().unwrap_or(0),
            "--hold-ms" => a.hold_ms = pair[1].parse().unwrap_or(a.hold_ms),
            _ => {}
        }
    }
    a
}

/// User + system CPU seconds of a process.
fn cpu(pid: u32) -> f64 {
    let ticks = 100.0;
    let stat = std::fs::read_to_string(format!("/proc/{pid}/stat")).unwrap_or_default();
    let fields: Vec<&str> = stat.rsplit_once(')').map(|(_, r)| r.split_whitespace().collect()).unwrap_or_default();
    let user = fields.get(11).and_then(|u| u.parse::<f64>().ok()).unwrap_or(0.0);
    let system = fields.get(12).and_then(|s| s.parse::<f64>().ok()).unwrap_or(0.0);
    (user + system) / ticks
}

#[derive(Clone, Copy, PartialEq)]
enum Mode {
    Polling,
    PollingWithMetrics,
    Webhook,
}

/// Runs one burst of `n` /start updates in `mode`; returns CPU µs per update.
async fn burst(mode: Mode, n: i64) -> f64 {
    let work = Workdir::new();
    let fake = FakeTelegram::start_with(false).await;
    let port = free_port();
    let listen = format!("127.0.0.1:{port}");
    let mut env: Vec<(&str, &str)> = vec![("RUST_LOG", "warn"), ("BROADCAST_PAID", "true"), ("DRAIN_TIMEOUT", "300")];
    if mode != Mode::Polling {
        env.push(("LISTEN_ADDR", listen.as_str()));
    }
    if mode == Mode::Webhook {
        env.push(("WEBHOOK_URL", "https://bench.example.org/hook"));
        env.push(("WEBHOOK_SECRET", SECRET));
    }
    let bot = BotProcess::start(&fake, &work, &env);
    let pid = bot.pid().unwrap();
    if mode != Mode::Polling {
        wait_for_status(&format!("http://{listen}/readyz"), 200).await;
    }
    // Warm up with one update, and start measuring once it is answered.
    let warm = text_update(1, 1, Some("fr"), "/start");
    while fake.reached() == 0 {
        if mode == Mode::Webhook {
            let mut update = warm.clone();
            update["update_id"] = serde_json::json!(0);
            let _ = reqwest::Client::new()
                .post(format!("http://{listen}/hook"))
                .header("X-Telegram-Bot-Api-Secret-Token", SECRET)
                .json(&update)
                .send()
                .await;
        } else {
            fake.push(warm.clone());
        }
        tokio::time::sleep(Duration::from_millis(300)).await;
    }
    tokio::time::sleep(Duration::from_millis(500)).await;
    let before = cpu(pid);
    let started = Instant::now();
    let first_user = 70_000_000i64;
    if mode == Mode::Webhook {
        let client = reqwest::Client::new();
        let url = format!("http://{listen}/hook");
        let mut tasks = Vec::new();
        for lane in 0..8 {
            let (client, url) = (client.clone(), url.clone());
            tasks.push(tokio::spawn(async move {
                let mut i = lane;
                while i < n {
                    let user = first_user + i;
                    let mut update = text_update(user, user as u64, Some("fr"), "/start");
                    update["update_id"] = serde_json::json!(i + 1);
                    let _ =
                        client.post(&url).header("X-Telegram-Bot-Api-Secret-Token", SECRET).json(&update).send().await;
                    i += 8;
                }
            }));
        }
        for t in tasks {
            let _ = t.await;
        }
    } else {
        for i in 0..n {
            let user = first_user + i;
            fake.push(text_update(user, user as u64, Some("fr"), "/start"));
        }
    }
    let give_up = Instant::now() + Duration::from_secs(n as u64 / 25 + 60);
    while (fake.reached() as i64) < n + 1 && Instant::now() < give_up {
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
    let spent = cpu(pid) - before;
    let replied = fake.reached() - 1;
    let elapsed = started.elapsed();
    drop(bot);
    if replied as i64 != n {
        println!("(only {replied} of {n} replies)");
    }
    let _ = elapsed;
    spent * 1e6 / n as f64
}

/// A wave of `n` reminders at 1,000/s; returns CPU µs per reminder.
async fn wave(n: i64, metrics: bool) -> f64 {
    let work = Workdir::new();
    let chats: Vec<(i64, Option<Lang>, i64)> = (1..=n).map(|c| (c, Some(Lang::En), 0)).collect();
    support::seed(&work, &chats).await;
    let deadline = (Utc::now() + chrono::Duration::seconds(n / 1000 * 3 + 60)).fixed_offset();
    let campaign = work.campaign(deadline, &[&format!("{}s", n / 1000 * 3 + 55)]);
    let fake = FakeTelegram::start_with(false).await;
    fake.limit_rate(1000.0);
    let listen = format!("127.0.0.1:{}", free_port());
    let mut env: Vec<(&str, &str)> =
        vec![("RUST_LOG", "warn"), ("BROADCAST_PAID", "true"), ("CAMPAIGNS_DIR", campaign.to_str().unwrap())];
    if metrics {
        env.push(("LISTEN_ADDR", listen.as_str()));
    }
    let bot = BotProcess::start(&fake, &work, &env);
    let pid = bot.pid().unwrap();
    while fake.sent_ok() == 0 {
        tokio::time::sleep(Duration::from_millis(1)).await;
    }
    let before = cpu(pid);
    let give_up = Instant::now() + Duration::from_secs(n as u64 / 1000 * 3 + 30);
    while (fake.reached() as i64) < n && Instant::now() < give_up {
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
    let spent = cpu(pid) - before;
    drop(bot);
    spent * 1e6 / n as f64
}

/// The cost of the metric calls an update and a reminder make, in this process: µs each.
fn metric_calls() -> (f64, f64) {
    objection_bot::telemetry::install();
    let n = 1_000_000;
    let started = Instant::now();
    for _ in 0..n {
        objection_bot::telemetry::update("message");
        objection_bot::telemetry::update_seconds(Duration::from_micros(300));
        objection_bot::telemetry::telegram("sendMessage", "ok");
        objection_bot::telemetry::telegram("answerCallbackQuery", "ok");
    }
    let per_update = started.elapsed().as_secs_f64() * 1e6 / n as f64;
    let started = Instant::now();
    for _ in 0..n {
        objection_bot::telemetry::reminder("meta-ai-2025", "sent", 1);
        objection_bot::telemetry::telegram("sendMessage", "ok");
    }
    let per_reminder = started.elapsed().as_secs_f64() * 1e6 / n as f64;
    (per_update, per_reminder)
}

/// A field of /proc/<pid>/status in MB (VmRSS now, VmHWM the peak).
fn status_mb(pid: u32, field: &str) -> f64 {
    let status = std::fs::read_to_string(format!("/proc/{pid}/status")).unwrap_or_default();
    status
        .lines()
        .find(|l| l.starts_with(field))
        .and_then(|l| l.split_whitespace().nth(1))
        .and_then(|kb| kb.parse::<f64>().ok())
        .map_or(0.0, |kb| kb / 1024.0)
}

/// A polling bot with `DRAIN_TIMEOUT=drain`, warmed up by one answered /start.
async fn memory_bot(fake: &FakeTelegram, work: &Workdir, drain: &str) -> BotProcess {
    let bot = BotProcess::start(fake, work, &[("RUST_LOG", "warn"), ("DRAIN_TIMEOUT", drain)]);
    fake.push(text_update(1, 1, Some("fr"), "/start"));
    while fake.reached() == 0 {
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    tokio::time::sleep(Duration::from_secs(2)).await;
    bot
}

/// `n` distinct /start at once; the peak RSS over `window`, and how many were answered.
async fn surge_peak(n: i64, drain: &str, window: Duration) -> (f64, f64, usize) {
    let work = Workdir::new();
    let fake = FakeTelegram::start_with(false).await;
    let bot = memory_bot(&fake, &work, drain).await;
    let pid = bot.pid().unwrap();
    let start = status_mb(pid, "VmRSS");
    for i in 0..n {
        let user = 80_000_000 + i;
        fake.push(text_update(user, user as u64, Some("fr"), "/start"));
    }
    tokio::time::sleep(window).await;
    let peak = status_mb(pid, "VmHWM");
    (start, peak, fake.reached() - 1)
}

/// Four surges of `n` new users, each answered in full; RSS before and after each.
async fn surges(n: i64, drain: &str) -> Vec<f64> {
    let work = Workdir::new();
    let fake = FakeTelegram::start_with(false).await;
    let bot = memory_bot(&fake, &work, drain).await;
    let pid = bot.pid().unwrap();
    let mut rss = vec![status_mb(pid, "VmRSS")];
    for surge in 0..4 {
        for i in 0..n {
            let user = 90_000_000 + surge * n + i;
            fake.push(text_update(user, user as u64, Some("fr"), "/start"));
        }
        let want = 1 + (surge as usize + 1) * n as usize;
        let give_up = Instant::now() + Duration::from_secs(n as u64 / 20 + 60);
        while fake.reached() < want && Instant::now() < give_up {
            tokio::time::sleep(Duration::from_millis(200)).await;
        }
        tokio::time::sleep(Duration::from_secs(10)).await;
        rss.push(status_mb(pid, "VmRSS"));
        println!("(surge {}: {} answered, RSS {:.0} MB)", surge + 1, fake.reached() - 1, rss.last().unwrap());
    }
    rss
}

async fn memory() {
    println!("## Backlog memory: distinct /start by long polling, replies at 30/s");
    println!("| surge | DRAIN_TIMEOUT (backlog cap) | RSS before | peak RSS (VmHWM) in 60 s | answered in 60 s |");
    println!("|---|---|---|---|---|");
    for (n, drain, cap) in [(10_000, "10", 240), (50_000, "10", 240), (10_000, "300", 7_200), (50_000, "300", 7_200)] {
        let (start, peak, answered) = surge_peak(n, drain, Duration::from_secs(60)).await;
        println!("| {n} | {drain} s ({cap}) | {start:.0} MB | {peak:.0} MB | {answered} |");
    }
    let rss = surges(10_000, "300").await;
    println!();
    println!("## Four surges of 10,000 new users, DRAIN_TIMEOUT=300 (backlog cap 7,200), each answered in full");
    let figures: Vec<String> = rss.iter().map(|r| format!("{r:.0} MB")).collect();
    println!("RSS at start, then 10 s after each surge: {}", figures.join(" → "));
}

/// `n` distinct users send `command` at once to a polling bot with default settings (replies
/// at the free 30/s, the default backlog); CPU µs per update from the push to the last reply,
/// the peak RSS (VmHWM) in MB, and how many were answered (issue 20).
async fn distinct(n: i64, command: &str, idle: u64, hold_ms: u64) -> (f64, f64, usize, Option<f64>) {
    let work = Workdir::new();
    let fake = FakeTelegram::start_with(false).await;
    fake.hold_polls(Duration::from_millis(hold_ms));
    let bot = memory_bot(&fake, &work, "10").await;
    let pid = bot.pid().unwrap();
    // The idle bot's CPU per second: what a quiet hour costs (after a few seconds of start).
    let idle = if idle > 0 {
        tokio::time::sleep(Duration::from_secs(5)).await;
        let before = cpu(pid);
        tokio::time::sleep(Duration::from_secs(idle)).await;
        Some((cpu(pid) - before) * 1e3 / idle as f64)
    } else {
        None
    };
    let before = cpu(pid);
    for i in 0..n {
        let user = 85_000_000 + i;
        fake.push(text_update(user, user as u64, Some("fr"), command));
    }
    let give_up = Instant::now() + Duration::from_secs(n as u64 / 25 + 60);
    while ((fake.reached() - 1) as i64) < n && Instant::now() < give_up {
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
    let spent = cpu(pid) - before;
    (spent * 1e6 / n as f64, status_mb(pid, "VmHWM"), fake.reached() - 1, idle)
}

fn median(mut v: Vec<f64>) -> f64 {
    v.sort_by(f64::total_cmp);
    v[v.len() / 2]
}

fn main() {
    let a = args();
    let runtime = tokio::runtime::Builder::new_multi_thread().enable_all().build().unwrap();
    if a.memory {
        runtime.block_on(memory());
        return;
    }
    if let Some(n) = a.distinct {
        let (cpu, peak, answered, idle) = runtime.block_on(distinct(n, &a.command, a.idle, a.hold_ms));
        println!(
            "## {n} distinct users send {} at once (long polling, default settings; polls held up to {} ms)",
            a.command, a.hold_ms
        );
        println!("| measure | result | goal |");
        println!("|---|---|---|");
        // `/proc` counts CPU in ticks of 10 ms: over a small burst one tick is a large share.
        let tick = 1e6 / 100.0 / n as f64;
        println!("| bot CPU per update | {cpu:.0} µs (± {tick:.0} µs: one 10-ms tick of `/proc` over {n} updates) | ≤ 200 µs |");
        println!("| bot peak RSS (VmHWM) | {peak:.0} MB | < 40 MB |");
        println!("| answered | {answered} of {n} | |");
        if let Some(idle) = idle {
            let tick = 10.0 / a.idle as f64;
            println!("| idle bot CPU, before the burst ({} s) | {idle:.2} ms a second (± {tick:.2}) | |", a.idle);
        }
        return;
    }
    runtime.block_on(async {
        // Three runs of each, interleaved, so that the machine's drift touches all alike.
        let (mut polling, mut with_metrics, mut webhook) = (Vec::new(), Vec::new(), Vec::new());
        for _ in 0..3 {
            polling.push(burst(Mode::Polling, a.updates).await);
            with_metrics.push(burst(Mode::PollingWithMetrics, a.updates).await);
            webhook.push(burst(Mode::Webhook, a.updates).await);
        }
        let (polling, with_metrics, webhook) = (median(polling), median(with_metrics), median(webhook));
        println!("## Updates: a burst of {} /start, replies at the free 30/s (median of 3)", a.updates);
        println!("| mode | bot CPU per update |");
        println!("|---|---|");
        println!("| long polling, no metrics | {polling:.1} µs |");
        println!(
            "| long polling, metrics on | {with_metrics:.1} µs ({:+.1} %) |",
            (with_metrics / polling - 1.0) * 100.0
        );
        println!("| webhook, metrics on | {webhook:.1} µs |");
        let (mut off, mut on) = (Vec::new(), Vec::new());
        for _ in 0..3 {
            off.push(wave(a.subscribers, false).await);
            on.push(wave(a.subscribers, true).await);
        }
        let (off, on) = (median(off), median(on));
        let (per_update, per_reminder) = metric_calls();
        println!();
        println!("## Reminders: a wave of {} at 1,000/s (median of 3)", a.subscribers);
        println!("| metrics | bot CPU per reminder |");
        println!("|---|---|");
        println!("| off | {off:.1} µs |");
        println!("| on | {on:.1} µs ({:+.1} %) |", (on / off - 1.0) * 100.0);
        println!();
        println!("## The metric calls alone (1,000,000 of each, recorder installed)");
        println!("| path | calls | time | share of the CPU measured above |");
        println!("|---|---|---|---|");
        println!(
            "| an update | kind counter, latency histogram, two request counters | {:.2} µs | {:.2} % |",
            per_update,
            per_update / polling * 100.0
        );
        println!(
            "| a reminder | reminder counter, request counter | {:.2} µs | {:.2} % |",
            per_reminder,
            per_reminder / off * 100.0
        );
    });
}
