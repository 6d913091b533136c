//! The bot watches its own links, end to end: `check --links` against a local HTTPS server
//! (a certificate the test makes, trusted through the test-only LINK_CHECK_EXTRA_CA) with a
//! link that answers, one that moves, one that is gone, one that refuses connections and one
//! behind a login redirect; the built-in campaigns with nothing reachable; and the daily
//! check of the running bot (LINK_CHECK_PERIOD shrinks its day) with the log warning, the
//! metric and the `stats` line, while replies and reminders go on.

mod support;

use std::{
    collections::HashMap,
    path::{Path, PathBuf},
    process::{Command, Output, Stdio},
    sync::{Arc, Mutex},
    time::{Duration, Instant},
};

use axum::{
    extract::{Path as UrlPath, State},
    http::{header, StatusCode},
    response::{IntoResponse, Response},
    routing::get,
    Router,
};
use support::*;

/// What the local server does and has seen.
#[derive(Default)]
struct Site {
    /// Paths that now answer 404.
    gone: Mutex<Vec<String>>,
    /// When each path was asked, and with which User-Agent.
    seen: Mutex<HashMap<String, Vec<(Instant, String)>>>,
    /// `/slow` answers only once this is notified.
    release: tokio::sync::Notify,
    released: std::sync::atomic::AtomicBool,
}

impl Site {
    fn count(&self, path: &str) -> usize {
        self.seen.lock().unwrap().get(path).map_or(0, Vec::len)
    }
}

async fn page(
    State(site): State<Arc<Site>>,
    UrlPath(path): UrlPath<String>,
    headers: axum::http::HeaderMap,
) -> Response {
    let agent = headers.get(header::USER_AGENT).and_then(|v| v.to_str().ok()).unwrap_or_default().to_owned();
    site.seen.lock().unwrap().entry(path.clone()).or_default().push((Instant::now(), agent));
    if site.gone.lock().unwrap().contains(&path) {
        return StatusCode::NOT_FOUND.into_response();
    }
    let redirect = |to: &str| (StatusCode::FOUND, [(header::LOCATION, to.to_owned())]).into_response();
    match path.as_str() {
        "old" => (StatusCode::MOVED_PERMANENTLY, [(header::LOCATION, "/new-place")]).into_response(),
        "behind-login" => redirect("/login/?next=%2Fbehind-login"),
        "gone" => StatusCode::GONE.into_response(),
        "slow" => {
            if !site.released.load(std::sync::atomic::Ordering::SeqCst) {
                site.release.notified().await;
            }
            "at last".into_response()
        }
        _ => "a form".into_response(),
    }
}

/// A local HTTPS server for `localhost`, signed by a CA of the test's own, whose PEM is
/// written to `dir/ca.pem`. Returns its base URL and what it saw.
async fn https_site(dir: &Path) -> (String, Arc<Site>, PathBuf) {
    let tls = support::tls::localhost();
    let ca_file = dir.join("ca.pem");
    std::fs::write(&ca_file, &tls.ca_pem).unwrap();
    let acceptor = tls.acceptor;
    let site = Arc::new(Site::default());
    let app = Router::new().route("/{*path}", get(page)).with_state(site.clone());
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let port = listener.local_addr().unwrap().port();
    tokio::spawn(async move {
        loop {
            let Ok((tcp, _)) = listener.accept().await else { continue };
            let (acceptor, app) = (acceptor.clone(), app.clone());
            tokio::spawn(async move {
                let Ok(tls) = acceptor.accept(tcp).await else { return };
                let service = hyper_util::service::TowerToHyperService::new(app);
                let _ = hyper::server::conn::http1::Builder::new()
                    .serve_connection(hyper_util::rt::TokioIo::new(tls), service)
                    .await;
            });
        }
    });
    (format!("https://localhost:{port}"), site, ca_file)
}

/// The built-in Meta campaign's five links, in the order its file gives them.
const META_LINKS: [&str; 5] = [
    "https://www.facebook.com/help/contact/712876720715583",
    "https://www.facebook.com/privacy/genai",
    "https://help.instagram.com/contact/767264225370182",
    "https://www.facebook.com/privacy/genai",
    "https://www.whatsapp.com/contact/forms/382532939919295/",
];

/// The campaign file with its five links replaced, in order, by `urls`.
fn with_links(text: &str, urls: [&str; 5]) -> String {
    let mut text = text.to_owned();
    for (old, new) in META_LINKS.iter().zip(urls) {
        text = text.replacen(&format!("\"{old}\""), &format!("\"{new}\""), 1);
    }
    assert!(META_LINKS.iter().all(|l| !text.contains(l)), "the built-in campaign's links changed: {text}");
    text
}

/// Runs the binary with only the environment given (and PATH), off the async runtime.
async fn objection_bot(dir: &Path, args: &[&str], env: &[(&str, String)]) -> Output {
    let mut command = Command::new(env!("CARGO_BIN_EXE_objection-bot"));
    command.args(args).env_clear().current_dir(dir).stdin(Stdio::null());
    command.env("PATH", std::env::var("PATH").unwrap_or_default());
    for (k, v) in env {
        command.env(k, v);
    }
    tokio::task::spawn_blocking(move || command.output().unwrap()).await.unwrap()
}

fn text(o: &Output) -> String {
    format!("{}{}", String::from_utf8_lossy(&o.stdout), String::from_utf8_lossy(&o.stderr))
}

/// The line `check --links` printed for `name` (`campaign platform which`).
fn line<'a>(out: &'a str, name: &str) -> &'a str {
    out.lines().find(|l| l.starts_with(&format!("{name} "))).unwrap_or_else(|| panic!("no line for {name}:\n{out}"))
}

#[tokio::test(flavor = "multi_thread")]
async fn check_links_judges_each_link_and_fails_on_gone_or_unreachable() {
    let work = Workdir::new();
    let (base, site, ca) = https_site(work.dir.path()).await;
    let refused = format!("https://localhost:{}/refused", free_port());
    let campaigns = work.campaign_copy("links-test", in_secs(86_400), &["1d"], |t| {
        with_links(
            t,
            [
                &format!("{base}/answers"),
                &format!("{base}/behind-login"),
                &format!("{base}/old"),
                &refused,
                &format!("{base}/gone"),
            ],
        )
    });
    let env = [
        ("CAMPAIGNS_DIR", campaigns.display().to_string()),
        ("DATABASE_URL", work.db_url()),
        ("LINK_CHECK_EXTRA_CA", ca.display().to_string()),
    ];
    let out = objection_bot(work.dir.path(), &["check", "--links"], &env).await;
    let printed = text(&out);
    assert_eq!(out.status.code(), Some(1), "{printed}");
    assert_eq!(
        line(&printed, "links-test facebook form"),
        format!("links-test facebook form {base}/answers: reachable: 200 at {base}/answers")
    );
    assert_eq!(
        line(&printed, "links-test facebook help"),
        format!("links-test facebook help {base}/behind-login: reachable: 200 at {base}/login/?next=%2Fbehind-login (behind a login page)")
    );
    assert_eq!(
        line(&printed, "links-test instagram form"),
        format!("links-test instagram form {base}/old: moved: 200 at {base}/new-place")
    );
    let refused_line = line(&printed, "links-test instagram help");
    assert!(refused_line.starts_with(&format!("links-test instagram help {refused}: unreachable (")), "{printed}");
    assert!(refused_line.to_lowercase().contains("refused"), "the error is named: {refused_line}");
    assert_eq!(
        line(&printed, "links-test whatsapp form"),
        format!("links-test whatsapp form {base}/gone: gone: 410 at {base}/gone")
    );
    assert!(printed.contains("2 reachable, 1 moved, 1 gone, 1 unreachable"), "{printed}");
    assert!(printed.contains("2 links are gone or unreachable"), "{printed}");
    // One request each, with the link checker's User-Agent; nothing written.
    for path in ["answers", "behind-login", "old", "gone", "new-place", "login/"] {
        assert_eq!(site.count(path), 1, "{path}");
    }
    let agents = site.seen.lock().unwrap().values().flatten().map(|(_, a)| a.clone()).collect::<Vec<_>>();
    assert!(agents.iter().all(|a| a.starts_with("objection-bot/") && a.ends_with("(+link checker)")), "{agents:?}");
    assert!(!work.path("bot.db").exists(), "check --links writes no database");

    // Without the test's certificate, TLS fails: unreachable, with the reason.
    let out = objection_bot(work.dir.path(), &["check", "--links"], &env[..2]).await;
    let untrusted = line(&text(&out), "links-test facebook form").to_owned();
    assert!(untrusted.contains("unreachable (") && untrusted.to_lowercase().contains("certificate"), "{untrusted}");
}

#[tokio::test(flavor = "multi_thread")]
async fn check_links_on_the_built_in_campaigns_with_nothing_reachable_says_so_per_link() {
    let work = Workdir::new();
    // Every request goes through a proxy that refuses connections, so this holds online too.
    let env = [("DATABASE_URL", work.db_url()), ("HTTPS_PROXY", format!("http://127.0.0.1:{}", free_port()))];
    let out = objection_bot(work.dir.path(), &["check", "--links"], &env).await;
    let printed = text(&out);
    assert_eq!(out.status.code(), Some(1), "{printed}");
    let campaigns = objection_bot::campaign::Campaigns::load(None).unwrap();
    let links = objection_bot::links::Link::all(&campaigns);
    for link in &links {
        let l = line(&printed, &link.name());
        assert!(l.starts_with(&format!("{} {}: unreachable (", link.name(), link.url)), "{l}");
    }
    let per_link = printed.lines().filter(|l| l.contains(": unreachable (")).count();
    assert_eq!(per_link, links.len(), "one line per link:\n{printed}");
    assert!(printed.contains(&format!("0 reachable, 0 moved, 0 gone, {} unreachable", links.len())), "{printed}");
    // Plain `check` stays offline and says nothing of links.
    let out = objection_bot(work.dir.path(), &["check"], &env).await;
    assert!(!text(&out).contains("unreachable"), "{}", text(&out));
}

#[tokio::test(flavor = "multi_thread")]
async fn a_wrong_test_setting_stops_the_program_with_one_line_naming_it() {
    let work = Workdir::new();
    for (setting, value) in [("LINK_CHECK_EXTRA_CA", "/nonexistent/ca.pem"), ("LINK_CHECK_PERIOD", "0")] {
        let env = [("DATABASE_URL", work.db_url()), (setting, value.to_owned())];
        let out = objection_bot(work.dir.path(), &["check", "--links"], &env).await;
        let err = String::from_utf8_lossy(&out.stderr).into_owned();
        assert_eq!(out.status.code(), Some(78), "{err}");
        assert_eq!(err.lines().count(), 1, "{err}");
        assert!(err.contains(setting), "{err}");
    }
}

#[tokio::test(flavor = "multi_thread")]
async fn the_running_bot_checks_its_links_daily_and_reports_a_change_once() {
    const PERIOD: u64 = 2;
    let work = Workdir::new();
    let (base, site, ca) = https_site(work.dir.path()).await;
    let fake = FakeTelegram::start().await;
    seed(&work, &[(501, None, 0)]).await;
    // Its one reminder wave falls due 8 s after the start, while a link hangs.
    let campaigns = work.campaign_copy(META, in_secs(2 * 3600 + 8), &["2h"], |t| {
        with_links(
            t,
            [
                &format!("{base}/form"),
                &format!("{base}/slow"),
                &format!("{base}/behind-login"),
                &format!("{base}/help"),
                &format!("{base}/whatsapp"),
            ],
        )
    });
    let listen = format!("127.0.0.1:{}", free_port());
    let env = [
        ("CAMPAIGNS_DIR", campaigns.display().to_string()),
        ("LINK_CHECK_EXTRA_CA", ca.display().to_string()),
        ("LINK_CHECK_PERIOD", PERIOD.to_string()),
        ("OPS_LISTEN_ADDR", listen.clone()),
    ];
    let env_refs: Vec<(&str, &str)> = env.iter().map(|(k, v)| (*k, v.as_str())).collect();
    let mut bot = BotProcess::start(&fake, &work, &env_refs);
    wait_until_polling(&fake, &bot).await;

    // While one link hangs, people get answers and the due reminder goes out.
    wait_until(&bot, "the slow link is asked", || site.count("slow") == 1).await;
    let reminded = |rs: &[Request]| rs.iter().any(|r| r.method == "sendMessage" && r.chat_id() == Some(501));
    assert!(!reminded(&fake.requests()), "the reminder is due after the slow link was asked");
    fake.push(text_update(77, 77, Some("en"), "/start"));
    fake.reply_to(77, 0).await;
    fake.wait_for("the reminder", Duration::from_secs(20), reminded).await;
    assert!(!site.released.load(std::sync::atomic::Ordering::SeqCst));
    site.released.store(true, std::sync::atomic::Ordering::SeqCst);
    site.release.notify_waiters();

    // The first answer is the baseline; then the form goes.
    let metrics = format!("http://{listen}/metrics");
    let series = |verdict: &str| {
        format!("objection_bot_link_status{{campaign=\"{META}\",platform=\"facebook\",verdict=\"{verdict}\"}}")
    };
    let first = format!("link {META} facebook form ({base}/form) is reachable");
    wait_until(&bot, "the form's first answer", || bot.stderr().contains(&first)).await;
    site.gone.lock().unwrap().push("form".into());
    let asked = site.count("form");
    wait_until(&bot, "the form is asked again", || site.count("form") >= asked + 2).await;
    let warning = format!("link {META} facebook form ({base}/form) was reachable, is now gone: 404 at {base}/form");
    let log = bot.stderr();
    assert_eq!(log.matches(&warning).count(), 1, "the change is logged once:\n{log}");
    assert!(log.lines().any(|l| l.contains(&warning) && l.contains("WARN")), "{log}");
    let exported = reqwest::get(&metrics).await.unwrap().text().await.unwrap();
    assert!(exported.contains("# HELP objection_bot_link_status"), "{exported}");
    assert!(exported.contains(&format!("{} 1", series("gone"))), "{exported}");
    assert!(exported.contains(&format!("{} 0", series("reachable"))), "{exported}");
    let instagram =
        format!("objection_bot_link_status{{campaign=\"{META}\",platform=\"instagram\",verdict=\"reachable\"}} 1");
    assert!(exported.contains(&instagram), "behind a login page is reachable: {exported}");

    // Never more than one request per link in a (shrunk) day: a day less its grace (a
    // second at most, see `links::next_check`) between two.
    for (path, times) in site.seen.lock().unwrap().iter() {
        for pair in times.windows(2) {
            let gap = pair[1].0 - pair[0].0;
            assert!(gap >= Duration::from_millis(PERIOD * 1000 - 1000), "{path} asked twice within {gap:?}");
        }
    }
    bot.stop();

    let env = [("CAMPAIGNS_DIR", campaigns.display().to_string()), ("DATABASE_URL", work.db_url())];
    let out = objection_bot(work.dir.path(), &["stats"], &env).await;
    let stats = text(&out);
    assert!(stats.contains(&format!("  {META} facebook form: gone, 404 at {base}/form, checked ")), "{stats}");
    assert!(
        stats.contains(&format!(
            "  {META} instagram form: reachable, 200 at {base}/login/?next=%2Fbehind-login (as when checked)"
        )),
        "{stats}"
    );
    let out = objection_bot(work.dir.path(), &["stats", "--json"], &env).await;
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let form = json["links"].as_array().unwrap().iter().find(|l| l["url"] == format!("{base}/form")).unwrap().clone();
    assert_eq!((form["verdict"].as_str(), form["status"].as_i64()), (Some("gone"), Some(404)), "{form}");
}

/// Waits up to 30 s for `check`, else fails with the bot's log.
async fn wait_until(bot: &BotProcess, what: &str, check: impl Fn() -> bool) {
    let deadline = Instant::now() + Duration::from_secs(30);
    while !check() {
        assert!(Instant::now() < deadline, "{what}: not within 30 s; the bot's log:\n{}", bot.stderr());
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
}
