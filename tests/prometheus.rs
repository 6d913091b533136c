//! Monitoring as code, end to end: every metric `deploy/prometheus/alerts.yml` reads is
//! described and present from the start on the real bot's `/metrics`, and a real Prometheus
//! loads those rules, scrapes the bot (against the fake Bot API) and sees a `/start` counted.

mod support;

use std::{
    path::{Path, PathBuf},
    process::{Child, Command, Stdio},
    time::{Duration, Instant},
};

use serde_json::Value;
use support::*;

/// The bot's settings that serve `/metrics` on a free port of 127.0.0.1, and the address
/// Prometheus scrapes. The one place that knows where `/metrics` is served (today on
/// `LISTEN_ADDR`, beside `/healthz`).
fn metrics_listener() -> (Vec<(&'static str, String)>, String) {
    // /metrics is served on the operations listener only.
    let addr = format!("127.0.0.1:{}", free_port());
    (vec![("OPS_LISTEN_ADDR", addr.clone())], addr)
}

fn alerts_file() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("deploy/prometheus/alerts.yml")
}

/// Every `objection_bot_…` metric the alert rules' expressions read (not their texts).
fn metrics_in_alerts() -> Vec<String> {
    let text = std::fs::read_to_string(alerts_file()).expect("deploy/prometheus/alerts.yml");
    let exprs: String = text
        .lines()
        .map(str::trim)
        .filter(|l| !l.starts_with('#') && !l.starts_with("summary:") && !l.starts_with("description:"))
        .collect::<Vec<_>>()
        .join("\n");
    let mut names: Vec<String> = exprs
        .split(|c: char| !(c.is_ascii_alphanumeric() || c == '_'))
        .filter(|w| w.starts_with("objection_bot_"))
        .map(str::to_owned)
        .collect();
    names.sort();
    names.dedup();
    names
}

async fn get_text(url: &str) -> String {
    reqwest::get(url).await.expect("GET").text().await.expect("body")
}

/// Starts the bot with `/metrics` served, a campaign whose one wave is due, and one
/// subscriber whose reminder the fake holds for a while (so the wave has one pending).
async fn bot_with_a_wave(fake: &FakeTelegram, work: &Workdir) -> (BotProcess, String) {
    seed(work, &[(501, None, 0)]).await;
    let campaigns = work.campaign(in_secs(3600), &["2h"]);
    fake.fault("sendMessage", Some(501), Fault::Slow(Duration::from_secs(6)), 1);
    let (mut env, addr) = metrics_listener();
    env.push(("CAMPAIGNS_DIR", campaigns.display().to_string()));
    let env: Vec<(&str, &str)> = env.iter().map(|(k, v)| (*k, v.as_str())).collect();
    let bot = BotProcess::start(fake, work, &env);
    wait_until_polling(fake, &bot).await;
    (bot, addr)
}

#[tokio::test(flavor = "multi_thread")]
async fn every_metric_an_alert_reads_is_described_and_there_from_the_start() {
    let fake = FakeTelegram::start().await;
    let work = Workdir::new();
    let (mut bot, addr) = bot_with_a_wave(&fake, &work).await;
    let names = metrics_in_alerts();
    assert!(names.len() >= 8, "{names:?}");
    let url = format!("http://{addr}/metrics");
    // The wave's gauges come with the scheduler's first report after it starts the wave,
    // which counts what waits at once (not at the next 30 s of the scheduler).
    let deadline = Instant::now() + Duration::from_secs(10);
    let text = loop {
        let text = get_text(&url).await;
        if text.contains("objection_bot_wave_pending{") || Instant::now() > deadline {
            break text;
        }
        tokio::time::sleep(Duration::from_millis(200)).await;
    };
    for name in &names {
        assert!(text.contains(&format!("# HELP {name} ")), "no # HELP for {name}:\n{text}");
        assert!(text.lines().any(|l| l.starts_with(name.as_str())), "no series of {name}:\n{text}");
    }
    // Counters an alert takes the rate of are there at 0 before their first increment.
    for series in [
        "objection_bot_backlog_full_total 0",
        "objection_bot_flood_wait_seconds_total 0",
        "objection_bot_telegram_requests_total{method=\"sendMessage\",outcome=\"retry_after\"} 0",
        "objection_bot_reminders_total{campaign=\"meta-ai-2025\",outcome=\"gone\"} 0",
        "objection_bot_updates_total{kind=\"callback_query\"} 0",
        "objection_bot_ready 1",
        "objection_bot_wave_pending{campaign=\"meta-ai-2025\",wave=\"2h\"} 1",
        "objection_bot_wave_paused{campaign=\"meta-ai-2025\",wave=\"2h\"} 0",
    ] {
        assert!(text.lines().any(|l| l == series), "no `{series}`:\n{text}");
    }
    assert_eq!(bot.stop().and_then(|s| s.code()), Some(0), "{}", bot.stderr());
}

/// The Prometheus server program, if it is installed. Without it the test is skipped with a
/// line saying so, except under CI (`CI` set), where it fails.
fn prometheus_binary() -> Option<PathBuf> {
    let found = std::env::var_os("PATH")
        .map(|paths| std::env::split_paths(&paths).map(|p| p.join("prometheus")).find(|p| p.is_file()))
        .unwrap_or_default();
    let ci = std::env::var("CI").is_ok_and(|v| !v.is_empty() && v != "false" && v != "0");
    if found.is_none() && ci {
        panic!("the `prometheus` program is not installed (CI is set): apt-get install prometheus");
    }
    found
}

/// A Prometheus server of the test's own, on its own port and data folder; killed when dropped.
struct Prometheus {
    child: Child,
    base: String,
    log: PathBuf,
}

impl Prometheus {
    fn start(binary: &Path, dir: &Path, target: &str) -> Prometheus {
        let config = dir.join("prometheus.yml");
        std::fs::write(
            &config,
            format!(
                "global:\n  scrape_interval: 1s\n  evaluation_interval: 1s\nrule_files:\n  - {}\nscrape_configs:\n  - job_name: objection-bot\n    static_configs:\n      - targets: ['{target}']\n",
                alerts_file().display()
            ),
        )
        .unwrap();
        let listen = format!("127.0.0.1:{}", free_port());
        let log = dir.join("prometheus.log");
        let child = Command::new(binary)
            .arg(format!("--config.file={}", config.display()))
            .arg(format!("--storage.tsdb.path={}", dir.join("data").display()))
            .arg(format!("--web.listen-address={listen}"))
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(std::fs::File::create(&log).unwrap())
            .spawn()
            .expect("start prometheus");
        Prometheus { child, base: format!("http://{listen}"), log }
    }

    fn log(&self) -> String {
        std::fs::read_to_string(&self.log).unwrap_or_default()
    }

    /// The result vector of an instant query.
    async fn query(&self, query: &str) -> Vec<Value> {
        let client = reqwest::Client::new();
        let Ok(response) = client.get(format!("{}/api/v1/query", self.base)).query(&[("query", query)]).send().await
        else {
            return Vec::new();
        };
        let body: Value = response.json().await.unwrap_or_default();
        body["data"]["result"].as_array().cloned().unwrap_or_default()
    }

    /// Waits until the query's first sample satisfies `check`; returns that value.
    async fn wait_for(&self, query: &str, what: &str, check: impl Fn(f64) -> bool) -> f64 {
        let deadline = Instant::now() + Duration::from_secs(60);
        loop {
            let result = self.query(query).await;
            let value = result.first().and_then(|r| r["value"][1].as_str()).and_then(|v| v.parse::<f64>().ok());
            if let Some(value) = value.filter(|v| check(*v)) {
                return value;
            }
            assert!(
                Instant::now() < deadline,
                "Prometheus never saw {what} (`{query}`: {result:?}); its log:\n{}",
                self.log()
            );
            tokio::time::sleep(Duration::from_millis(250)).await;
        }
    }
}

impl Drop for Prometheus {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

#[tokio::test(flavor = "multi_thread")]
async fn a_real_prometheus_loads_the_rules_scrapes_the_bot_and_sees_a_start() {
    let Some(binary) = prometheus_binary() else {
        eprintln!("SKIPPED: the `prometheus` program is not installed (apt-get install prometheus); CI is not set");
        return;
    };
    let fake = FakeTelegram::start().await;
    let work = Workdir::new();
    let (mut env, target) = metrics_listener();
    env.push(("CAMPAIGNS_DIR", work.campaign(in_secs(86_400 * 30), &["7d"]).display().to_string()));
    let env: Vec<(&str, &str)> = env.iter().map(|(k, v)| (*k, v.as_str())).collect();
    let mut bot = BotProcess::start(&fake, &work, &env);
    wait_until_polling(&fake, &bot).await;
    let prometheus = Prometheus::start(&binary, &work.path(""), &target);

    prometheus.wait_for("up{job=\"objection-bot\"}", "the bot's target up", |v| v == 1.0).await;
    let rules: Value = reqwest::get(format!("{}/api/v1/rules", prometheus.base)).await.unwrap().json().await.unwrap();
    let loaded: Vec<&str> = rules["data"]["groups"]
        .as_array()
        .into_iter()
        .flatten()
        .flat_map(|g| g["rules"].as_array().into_iter().flatten())
        .filter_map(|r| r["name"].as_str())
        .collect();
    assert!(loaded.contains(&"ObjectionBotDown") && loaded.len() >= 7, "rules loaded: {loaded:?}");

    let messages = "objection_bot_updates_total{job=\"objection-bot\",kind=\"message\"}";
    let before = prometheus.wait_for(messages, "the updates counter", |_| true).await;
    assert_eq!(before, 0.0, "registered at 0 before the first update");
    let seen = fake.requests().len();
    fake.push(text_update(601, 601, Some("en"), "/start"));
    fake.reply_to(601, seen).await;
    let after = prometheus.wait_for(messages, "the /start counted", |v| v > before).await;
    assert_eq!(after, 1.0);
    // The bot is up and ready: no alert about it fires.
    let firing = prometheus.query("ALERTS{alertstate=\"firing\",alertname=~\"ObjectionBot(Down|NotReady)\"}").await;
    assert!(firing.is_empty(), "{firing:?}");
    drop(prometheus);
    assert_eq!(bot.stop().and_then(|s| s.code()), Some(0), "{}", bot.stderr());
}
