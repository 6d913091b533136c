//! The command line: `run` (the default), `console`, `check`, `new-campaign`, `resume`,
//! `stats`, `preview` and `webhook`; wiring only.

use std::{process::ExitCode, sync::Arc, time::Duration};

use clap::{Parser, Subcommand};
use objection_bot::{
    brain::Brain,
    campaign::Campaigns,
    config::{self, Settings},
    i18n::I18n,
    lang::Lang,
    links, logging, preview,
    reminders::broadcast,
    stats,
    store::{PauseRule, Store},
    telegram,
};

#[derive(Parser)]
#[command(
    name = "objection-bot",
    version,
    about = "A Telegram bot that helps people in the EU object to Meta training its AI on their content"
)]
struct Cli {
    #[command(subcommand)]
    command: Option<Cmd>,
}

#[derive(Subcommand)]
enum Cmd {
    /// Run the bot (needs TELOXIDE_TOKEN): long polling, or a webhook when WEBHOOK_URL is
    /// set. The default.
    Run,
    /// Look at or change the bot's webhook by hand (needs TELOXIDE_TOKEN).
    Webhook {
        #[command(subcommand)]
        action: WebhookAction,
    },
    /// Chat with the bot in this terminal: no token, no network.
    Console {
        /// The language to speak, as Telegram would send it (fr, de, pt-BR...).
        #[arg(long)]
        lang: Option<String>,
    },
    /// Check every campaign folder and locale; exit non-zero on any problem. Reads the
    /// database, if there is one, without changing it. Offline unless --links.
    Check {
        /// Instead, fetch every form and help link of the campaigns now and judge each
        /// (reachable, moved, gone, unreachable); exit non-zero if one is gone or unreachable.
        #[arg(long)]
        links: bool,
    },
    /// Start a campaign folder, to edit, as a copy of a built-in campaign.
    NewCampaign {
        /// The new campaign's id (lowercase letters, digits, - or _).
        id: String,
        /// The folder of campaign folders to write into (what CAMPAIGNS_DIR will point at).
        #[arg(long, default_value = "campaigns")]
        dir: std::path::PathBuf,
        /// The built-in campaign to copy.
        #[arg(long, default_value = "meta-ai")]
        from: String,
    },
    /// Resume the paused reminder waves of every campaign loaded (stop the bot first).
    Resume,
    /// Copy the SQLite database (DATABASE_URL) into an empty PostgreSQL database, checking
    /// that every table holds as many rows on both sides (stop the bot first).
    Copy {
        /// The PostgreSQL database: postgres://user:password@host/name.
        #[arg(long)]
        to: String,
    },
    /// Subscribers, checklist totals and reminder waves with their progress. Reads the
    /// database without changing it; no chat id, name or text is shown.
    Stats {
        /// Refresh every second until no wave has reminders left to send, or Ctrl-C.
        #[arg(long)]
        watch: bool,
        /// Print one JSON object (one per line with --watch).
        #[arg(long)]
        json: bool,
    },
    /// Print every message of a language with sample values, for translators.
    Preview {
        /// The language code.
        #[arg(long, required_unless_present = "all")]
        lang: Option<String>,
        /// Every language.
        #[arg(long)]
        all: bool,
    },
}

#[derive(Subcommand)]
enum WebhookAction {
    /// What Telegram has registered: URL, connections, update kinds, pending updates.
    Info,
    /// Register WEBHOOK_URL with WEBHOOK_SECRET, even if it looks the same.
    Set,
    /// Remove the webhook (the bot then needs long polling).
    Delete,
}

/// A start-up failure: one line on standard error, exit status 2.
struct Fatal(String);

impl<E: std::fmt::Display> From<E> for Fatal {
    fn from(e: E) -> Fatal {
        Fatal(e.to_string())
    }
}

fn main() -> ExitCode {
    let dotenv = config::load_dotenv();
    // The raw token is remembered before anything checks it, so that no line about a setting,
    // a start-up failure or a panic can show it.
    let raw_token = std::env::var_os("TELOXIDE_TOKEN").map(|t| t.to_string_lossy().into_owned());
    logging::protect(raw_token.as_deref());
    logging::install_panic_hook();
    let cli = Cli::parse();
    let settings = match dotenv.and_then(|()| Settings::from_env()) {
        Ok(s) => s,
        Err(e) => return fatal(&e.to_string()),
    };
    logging::init(settings.log_format);
    let runtime = match tokio::runtime::Builder::new_current_thread().enable_all().build() {
        Ok(r) => r,
        Err(e) => return fatal(&format!("cannot start the async runtime: {e}")),
    };
    let result = runtime.block_on(async move {
        match cli.command.unwrap_or(Cmd::Run) {
            Cmd::Run => run(settings).await,
            Cmd::Console { lang } => console(settings, lang).await,
            Cmd::Check { links: false } => {
                Ok(if objection_bot::check::run(&settings).await { ExitCode::SUCCESS } else { ExitCode::FAILURE })
            }
            Cmd::Check { links: true } => check_links(settings).await,
            Cmd::NewCampaign { id, dir, from } => new_campaign(&id, &dir, &from),
            Cmd::Resume => resume(settings).await,
            Cmd::Copy { to } => copy_cmd(settings, &to).await,
            Cmd::Webhook { action } => webhook_cmd(settings, action).await,
            Cmd::Stats { watch, json } => stats_cmd(settings, stats::Options { watch, json }).await,
            Cmd::Preview { lang, all } => preview_cmd(settings, lang, all).await,
        }
    });
    match result {
        Ok(code) => code,
        Err(Fatal(line)) => fatal(&line),
    }
}

/// Prints a fatal line with the token blanked out (whatever `RUST_LOG` says), as JSON with
/// `LOG_FORMAT=json` once the settings are read; exit status 2.
fn fatal(line: &str) -> ExitCode {
    eprintln!("{}", logging::fatal_report(line));
    ExitCode::from(2)
}

fn campaigns(settings: &Settings) -> Result<Arc<Campaigns>, Fatal> {
    Ok(Arc::new(Campaigns::load(settings.campaigns_dir.as_deref())?))
}

fn load(settings: &Settings) -> Result<(Arc<Campaigns>, Arc<I18n>), Fatal> {
    let campaigns = campaigns(settings)?;
    let i18n = I18n::load(settings.locales_dir.as_deref(), campaigns.default_language())
        .map_err(|p| Fatal(format!("locales: {}", p.join("; "))))?;
    Ok((campaigns, Arc::new(i18n)))
}

async fn check_links(settings: Settings) -> Result<ExitCode, Fatal> {
    let campaigns = campaigns(&settings)?;
    let checker = links::Checker::new(&links::Settings::from_env()?)?;
    let ok = objection_bot::check::links(&campaigns, &checker, &settings.database_url).await;
    Ok(if ok { ExitCode::SUCCESS } else { ExitCode::FAILURE })
}

fn new_campaign(id: &str, dir: &std::path::Path, from: &str) -> Result<ExitCode, Fatal> {
    let written = objection_bot::campaign::new_campaign(dir, id, from)?;
    println!("wrote {} files in {}", written.len(), dir.join(id).display());
    println!("next: edit campaign.toml and the texts, then run CAMPAIGNS_DIR={} objection-bot check", dir.display());
    Ok(ExitCode::SUCCESS)
}

async fn run(settings: Settings) -> Result<ExitCode, Fatal> {
    let Some(token) = settings.token.clone() else {
        return Err(Fatal(
            "TELOXIDE_TOKEN is not set: get a bot token from @BotFather in Telegram and put it in .env; to try the bot without one, run `objection-bot console`".into(),
        ));
    };
    let (campaigns, i18n) = load(&settings)?;
    let link_settings = links::Settings::from_env()?;
    let link_checker = links::Checker::new(&link_settings)?;
    // Held until the process ends: one bot per database.
    let _lock = Store::lock_instance(&settings.database_url)?;
    let store = Store::open(&settings.database_url).await?;
    let brain = Brain::new(campaigns, i18n, store, "").with_operators(&settings.operator_ids, settings.broadcast_rate);
    let poll_timeout = Duration::from_secs(25);
    let bot = telegram::bot(token, settings.api_url.clone(), poll_timeout)?;
    let mut broadcast = broadcast::Options::with_rate(settings.broadcast_rate);
    broadcast.pause = PauseRule { share: settings.wave_pause_share, sample: settings.wave_pause_sample };
    if settings.listen_addr.is_some() {
        objection_bot::telemetry::install();
    }
    let options = telegram::RunOptions {
        broadcast,
        paid: settings.broadcast_paid,
        poll_timeout,
        allow_bot_change: settings.allow_bot_change,
        listen: settings.listen_addr,
        webhook: webhook(&settings),
        drain: settings.drain_timeout,
        lease_ttl: settings.lease_ttl,
        links: Some((link_checker, link_settings.period)),
    };
    telegram::run(bot, brain, options).await?;
    Ok(ExitCode::SUCCESS)
}

fn webhook(settings: &Settings) -> Option<telegram::Webhook> {
    Some(telegram::Webhook {
        url: settings.webhook_url.clone()?,
        secret: settings.webhook_secret.clone()?,
        max_connections: settings.webhook_max_connections,
    })
}

async fn webhook_cmd(settings: Settings, action: WebhookAction) -> Result<ExitCode, Fatal> {
    let Some(token) = settings.token.clone() else {
        return Err(Fatal("TELOXIDE_TOKEN is not set: `webhook` talks to Telegram for the bot".into()));
    };
    let bot = telegram::bot(token, settings.api_url.clone(), Duration::from_secs(25))?;
    match action {
        WebhookAction::Info => {
            let info = telegram::webhook::info(&bot).await?;
            let url = if info.url.is_empty() { "(none: the bot uses long polling)".to_string() } else { info.url };
            println!("url: {url}");
            println!("max connections: {}", info.max_connections.map_or("-".into(), |n| n.to_string()));
            println!("update kinds: {}", info.allowed_updates.map_or("-".into(), |a| a.join(", ")));
            println!("pending updates: {}", info.pending_updates);
            if let Some(error) = info.last_error {
                println!("last error: {}", logging::scrub(&error));
            }
        }
        WebhookAction::Set => {
            let Some(webhook) = webhook(&settings) else {
                return Err(Fatal(
                    "WEBHOOK_URL: not set; `webhook set` registers WEBHOOK_URL with WEBHOOK_SECRET".into(),
                ));
            };
            telegram::webhook::ensure(&bot, &webhook, true).await?;
            println!("webhook set");
        }
        WebhookAction::Delete => {
            telegram::webhook::delete(&bot).await?;
            println!("webhook deleted; run the bot without WEBHOOK_URL to use long polling");
        }
    }
    Ok(ExitCode::SUCCESS)
}

async fn console(settings: Settings, lang: Option<String>) -> Result<ExitCode, Fatal> {
    let (campaigns, i18n) = load(&settings)?;
    if let Some(code) = &lang {
        if Lang::from_tag(code).is_none() {
            return Err(Fatal(format!("--lang: `{code}` is not one of the 24 EU language codes")));
        }
    }
    let store = Store::in_memory().await?;
    let brain = Brain::new(campaigns, i18n, store, "objection_bot");
    objection_bot::console::run(brain, lang).await?;
    Ok(ExitCode::SUCCESS)
}

async fn stats_cmd(settings: Settings, options: stats::Options) -> Result<ExitCode, Fatal> {
    if !Store::file_exists(&settings.database_url) {
        return Err(Fatal(format!("no database at {} yet: nothing to report", settings.database_url)));
    }
    stats::print(&settings.database_url, &*campaigns(&settings)?, settings.broadcast_rate, options).await?;
    Ok(ExitCode::SUCCESS)
}

async fn resume(settings: Settings) -> Result<ExitCode, Fatal> {
    let campaigns = campaigns(&settings)?;
    let _lock = Store::lock_instance(&settings.database_url)?;
    let store = Store::open(&settings.database_url).await?;
    for campaign in campaigns.iter() {
        let resumed = store.resume_waves(&campaign.id).await?;
        if resumed.is_empty() {
            println!("no paused wave in campaign {}", campaign.id);
        } else {
            println!("resumed: {} (campaign {}); start the bot to send them", resumed.join(", "), campaign.id);
        }
    }
    store.close().await;
    Ok(ExitCode::SUCCESS)
}

async fn copy_cmd(settings: Settings, to: &str) -> Result<ExitCode, Fatal> {
    if objection_bot::store::Kind::of(&settings.database_url) != Some(objection_bot::store::Kind::Sqlite)
        || !Store::file_exists(&settings.database_url)
    {
        return Err(Fatal("DATABASE_URL: copy reads an existing SQLite database".into()));
    }
    if objection_bot::store::Kind::of(to) != Some(objection_bot::store::Kind::Postgres) {
        return Err(Fatal("--to: not a postgres:// URL (the value is not shown, as it may hold a password)".into()));
    }
    let _lock = Store::lock_instance(&settings.database_url)?;
    let from = Store::open(&settings.database_url).await?;
    let target = Store::open(to).await?;
    let counts = objection_bot::store::copy(&from, &target).await?;
    for (table, n) in counts {
        println!("{table:<14} {n} rows, the same in both");
    }
    println!("copied; set DATABASE_URL to the PostgreSQL database and start the bot");
    Ok(ExitCode::SUCCESS)
}

async fn preview_cmd(settings: Settings, lang: Option<String>, all: bool) -> Result<ExitCode, Fatal> {
    let (campaigns, i18n) = load(&settings)?;
    let langs: Vec<Lang> = if all {
        i18n.languages()
    } else {
        let code = lang.unwrap_or_default();
        let Some(l) = Lang::from_tag(&code).filter(|l| i18n.languages().contains(l)) else {
            return Err(Fatal(format!("--lang: no translation for `{code}`")));
        };
        vec![l]
    };
    let store = Store::in_memory().await?;
    let brain = Brain::new(campaigns, i18n, store, "objection_bot");
    let mut failed = false;
    for lang in langs {
        println!("════════ {lang} ════════");
        for (id, text) in preview::render_messages(&brain, lang) {
            match text {
                Ok(text) => println!("── {id}\n{}\n", objection_bot::html::to_plain(&text)),
                Err(e) => {
                    failed = true;
                    println!("── {id}\nERROR: {e}\n");
                }
            }
        }
    }
    Ok(if failed { ExitCode::FAILURE } else { ExitCode::SUCCESS })
}
