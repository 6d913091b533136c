//! `objection-bot check`: every campaign folder, locale and the authorities file validated,
//! each campaign summarised (platforms, languages, next wave, whether the rate reaches every
//! subscriber), and the database read without changing it. Prints as it goes; returns whether
//! all is well.
//! With `--links`, instead, every campaign link is fetched now and judged (see `links`).

use std::{sync::Arc, time::Duration};

use chrono::Utc;

use crate::{
    brain::{check_message, Brain, ChatKind, Context},
    campaign::{embedded_folders, folders_from_dir, Campaign, Campaigns},
    config::Settings,
    i18n::{self, I18n},
    lang::Lang,
    logging, preview,
    store::{ChatState, Store},
};

/// Runs every check and prints the findings; true when there is no problem.
pub async fn run(settings: &Settings) -> bool {
    let mut problems = Vec::new();
    let folders = match settings.campaigns_dir.as_deref() {
        Some(dir) => folders_from_dir(dir),
        None => Ok(embedded_folders()),
    };
    let examined = match folders {
        Ok(folders) => Campaigns::examine(folders),
        Err(problem) => {
            problems.push(problem);
            Default::default()
        }
    };
    problems.extend(examined.problems);
    let (sources, bot_problems) = i18n::load_sources(settings.locales_dir.as_deref());
    problems.extend(bot_problems);
    problems.extend(i18n::check_sources(&sources));
    match settings.authorities() {
        Ok(authorities) => println!("authorities: {} ({})", authorities.summary(), authorities_source(settings)),
        Err(problem) => problems.push(problem.to_string()),
    }
    if let Some(campaigns) = examined.campaigns {
        match I18n::from_sources(&sources, campaigns.default_language()) {
            Ok(i18n) => {
                let langs = i18n.languages();
                println!("bot texts: {} languages", langs.len());
                for missing in Lang::ALL.iter().filter(|l| !langs.contains(l)) {
                    println!("warning: no translation for {missing}; those users get {}", campaigns.default_language());
                }
                let campaigns = Arc::new(campaigns);
                let store = match Store::in_memory().await {
                    Ok(store) => store,
                    Err(e) => {
                        eprintln!("error: {e}");
                        return false;
                    }
                };
                let brain = Brain::new(campaigns.clone(), Arc::new(i18n), store, LONGEST_USERNAME);
                problems.extend(screen_problems(&brain));
                problems.extend(database_report(settings, &campaigns).await);
            }
            Err(p) => problems.extend(p),
        }
    }
    for warning in &examined.warnings {
        println!("warning: {warning}");
    }
    problems.sort();
    problems.dedup();
    // Errors go to standard error, so that `check > report.txt` still shows them.
    for p in &problems {
        eprintln!("error: {}", logging::scrub(p));
    }
    if problems.is_empty() {
        println!("ok");
    } else {
        eprintln!("{}", counted(problems.len() as i64, "problem", "problems"));
    }
    problems.is_empty()
}

/// Where the authorities were read from, for `check`'s line about them.
fn authorities_source(settings: &Settings) -> String {
    match &settings.authorities_file {
        Some(path) => format!("from {}", path.display()),
        None => "embedded".into(),
    }
}

/// The longest username Telegram gives a bot, so that screens naming the bot are checked
/// at their longest.
const LONGEST_USERNAME: &str = "a_username_of_32_characters__bot";

/// Every problem with the screens of every language against Telegram's limits, composed now,
/// two days before and a day after each campaign's deadline; one line each, sorted. /status
/// is composed for a chat with every platform still open, its longest form.
pub fn screen_problems(brain: &Brain) -> Vec<String> {
    let mut problems = Vec::new();
    let mut times = vec![Utc::now()];
    for deadline in brain.campaigns.iter().filter_map(|c| c.deadline) {
        times.extend([deadline.to_utc() - chrono::Duration::days(2), deadline.to_utc() + chrono::Duration::days(1)]);
    }
    for lang in brain.i18n.languages() {
        for &now in &times {
            problems.extend(preview::problems(brain, lang, now));
            let ctx = Context {
                chat_id: 1,
                kind: ChatKind::Private,
                language_code: Some(lang.code().into()),
                is_admin: false,
                user_id: None,
                now,
            };
            let mut found = Vec::new();
            check_message(&brain.status(&ctx, &ChatState::default(), lang), "the status screen", &mut found);
            problems.extend(found.into_iter().map(|p| format!("{lang}: {p}")));
        }
    }
    problems.sort();
    problems.dedup();
    problems
}

/// What `run` checks before it asks Telegram anything: the same screens and limits as
/// `check` (with the longest username a bot can have), so that the bot never starts with a
/// screen Telegram would refuse. The first problem and how many more, on one line.
pub fn before_start(brain: &Brain) -> Result<(), String> {
    let brain = Brain { bot_username: LONGEST_USERNAME.into(), ..brain.clone() };
    let problems = screen_problems(&brain);
    match problems.split_first() {
        None => Ok(()),
        Some((first, [])) => Err(format!("texts: {first}; `objection-bot check` shows every problem")),
        Some((first, rest)) => {
            Err(format!("texts: {first} (and {} more problems; `objection-bot check` lists them all)", rest.len()))
        }
    }
}

/// A count with its noun in English, singular for one: `1 problem`, `2 problems`.
pub fn counted(n: i64, one: &str, many: &str) -> String {
    format!("{n} {}", if n == 1 { one } else { many })
}

/// One campaign in a line or two: its platforms, languages and next wave.
fn describe(c: &Campaign) {
    let keys: Vec<&str> = c.platforms.iter().map(|p| p.key.as_str()).collect();
    let Some(deadline) = c.deadline else {
        let started = c.started.map(|d| format!(", started {d}")).unwrap_or_default();
        println!(
            "campaign `{}`: no deadline{started}, checked {}, platforms {}, {} of {} languages, no reminder waves",
            c.id,
            c.checked,
            keys.join(" "),
            c.texts.languages().len(),
            Lang::ALL.len()
        );
        return;
    };
    println!(
        "campaign `{}`: deadline {}, platforms {}, {} of {} languages, {}",
        c.id,
        deadline.to_rfc3339(),
        keys.join(" "),
        c.texts.languages().len(),
        Lang::ALL.len(),
        counted(c.reminders.len() as i64, "reminder wave", "reminder waves")
    );
    match c.next_wave_after(Utc::now()) {
        Some(w) => println!("  next wave: {} at {}", w.key, w.due.with_timezone(&c.offset()).to_rfc3339()),
        None if c.is_over(Utc::now()) => println!("  next wave: none (the deadline has passed)"),
        None => println!("  next wave: none before the deadline"),
    }
}

/// Reads the database without changing it: each campaign's subscribers and whether a wave
/// can reach them before the next wave or the deadline; a problem for each paused wave, and
/// one if the database cannot be read (the line names the cause, never the password).
async fn database_report(settings: &Settings, campaigns: &Campaigns) -> Vec<String> {
    let mut problems = Vec::new();
    let store = if Store::file_exists(&settings.database_url) {
        match Store::open_read_only(&settings.database_url).await {
            Ok(store) => Some(store),
            Err(e) => {
                problems.push(format!("{e}; check DATABASE_URL and that the database is up"));
                None
            }
        }
    } else {
        println!("no database at {} yet: 0 subscribers", settings.database_url);
        None
    };
    let mut old = false;
    for c in campaigns.iter() {
        describe(c);
        let Some(store) = &store else { continue };
        match store.campaign_subscribers(&c.id).await {
            Ok(count) => capacity_warnings(settings, c, count),
            Err(_) => old = true,
        }
    }
    let Some(store) = store else { return problems };
    if old {
        println!("warning: the database is from an older version; `objection-bot run` will update it");
    }
    let paused = store.paused_waves().await;
    store.close().await;
    match paused {
        Ok(paused) => problems.extend(paused.into_iter().map(|p| {
            format!(
                "reminder wave {} of campaign {} is paused: {}. Check TELOXIDE_TOKEN and TELOXIDE_API_URL, then run `objection-bot resume` (the bot may keep running; `resume --share 0.5` if the block rate is real)",
                p.wave, p.campaign_id, p.why
            )
        })),
        Err(_) if old => {}
        Err(e) => problems.push(format!("{e}; the paused waves could not be read")),
    }
    problems
}

/// Says how long a wave of `count` takes, and warns when one cannot reach them all before
/// the next wave or the deadline.
fn capacity_warnings(settings: &Settings, campaign: &Campaign, count: i64) {
    let needed = Duration::from_secs_f64(count.max(0) as f64 / settings.broadcast_rate.max(0.1));
    println!(
        "  {}; a wave takes about {} s at {} messages/s",
        counted(count, "subscriber", "subscribers"),
        needed.as_secs(),
        settings.broadcast_rate
    );
    let waves = campaign.waves();
    for (i, wave) in waves.iter().enumerate() {
        let until = waves.get(i + 1).map(|w| w.due).or(campaign.deadline.map(|d| d.to_utc())).unwrap_or(wave.due);
        let room = (until - wave.due).to_std().unwrap_or_default();
        if needed > room {
            println!(
                "warning: wave {} of {} cannot reach {count} subscribers in the {} s before the next wave or the deadline; raise BROADCAST_RATE or set BROADCAST_PAID=true",
                wave.key,
                campaign.id,
                room.as_secs()
            );
        }
    }
}

/// `objection-bot check --links`: fetches every link of the campaigns loaded, now, and
/// prints a line for each with its verdict (judged against the stored baseline, when the
/// database has one). True when none is gone or unreachable.
pub async fn links(campaigns: &Campaigns, checker: &crate::links::Checker, database_url: &str) -> bool {
    use crate::links::{daily::describe, Link, Verdict};
    let links = Link::all(campaigns);
    let rows = stored_links(database_url).await;
    println!(
        "checking {} links, {} at a time, up to {} s each, as {}",
        links.len(),
        crate::links::AT_ONCE,
        crate::links::TIMEOUT.as_secs(),
        crate::links::USER_AGENT
    );
    let got = checker.fetch_all(links.iter().map(|l| l.url.clone())).await;
    let mut counts = std::collections::BTreeMap::new();
    for link in &links {
        let Some(fetched) = got.get(&link.url) else { continue };
        let (verdict, detail) = crate::links::judge(&link.url, fetched, link.baseline(link.stored(&rows)));
        let row = crate::store::LinkRow {
            status: fetched.status.map(i64::from),
            final_url: fetched.final_url.clone(),
            verdict: verdict.as_str().into(),
            detail,
            ..Default::default()
        };
        println!("{} {}: {}", link.name(), link.url, describe(&row));
        *counts.entry(verdict).or_insert(0) += 1;
    }
    let summary: Vec<String> =
        Verdict::ALL.iter().map(|v| format!("{} {}", counts.get(v).unwrap_or(&0), v.as_str())).collect();
    println!("{}", summary.join(", "));
    let bad: usize = counts.iter().filter(|(v, _)| v.is_bad()).map(|(_, n)| n).sum();
    if bad > 0 {
        println!("{bad} links are gone or unreachable: open them in a browser; if one moved, update campaign.toml, re-check the steps and renew `checked`");
    }
    bad == 0
}

/// The link results a database holds, read without changing it; none if there is no
/// database or it predates them.
async fn stored_links(database_url: &str) -> Vec<crate::store::LinkRow> {
    if !Store::file_exists(database_url) {
        return Vec::new();
    }
    let Ok(store) = Store::open_read_only(database_url).await else { return Vec::new() };
    let rows = store.links().await.unwrap_or_default();
    store.close().await;
    rows
}
