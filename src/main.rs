//! The command line: `run` (the default), `console`, `check`, `new-campaign`, `resume`,
//! `copy`, `stats`, `preview` and `webhook`; wiring only.

mod database;
mod exit;
mod startup;

use std::{process::ExitCode, sync::Arc, time::Duration};

use clap::{CommandFactory, FromArgMatches, Parser, Subcommand};
use exit::Fatal;
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
    version = concat!(env!("CARGO_PKG_VERSION"), " (commit ", env!("OBJECTION_BOT_COMMIT"), ")"),
    about = "A Telegram bot that helps people in the EU object to, or switch off, AI training on their posts, profiles and AI chats"
)]
struct Cli {
    /// Read the settings from this file instead of ./.env (as systemd's EnvironmentFile=, e.g.
    /// /etc/objection-bot/env, so that operator commands see the service's settings).
    #[arg(long, global = true, value_name = "PATH")]
    env_file: Option<std::path::PathBuf>,
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
    /// Resume the paused reminder waves of every campaign loaded; a running bot sends them
    /// within seconds, without a restart.
    Resume {
        /// When the block rate is real: from now on, pause these waves only when more than
        /// this share (above WAVE_PAUSE_SHARE, up to 1: never) of their reminders come back
        /// as blocked or chat not found.
        #[arg(long, value_parser = database::parse_share)]
        share: Option<f64>,
    },
    /// Copy the SQLite database (DATABASE_URL) into an empty PostgreSQL database
    /// (COPY_TO_DATABASE_URL) in one transaction, checking that every table holds as many
    /// rows on both sides (stop the bot first). An interrupted copy keeps nothing.
    Copy {
        /// Instead of COPY_TO_DATABASE_URL: a PostgreSQL URL without a password
        /// (postgres://user@host/name, with PGPASSWORD set); one with a password is refused.
        #[arg(long)]
        to: Option<String>,
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
        #[arg(long, required_unless_present = "all", conflicts_with = "all")]
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

fn main() -> ExitCode {
    logging::install_panic_hook();
    // A usage error exits 2 here, before any setting is read. `--help` and `run --help` end
    // with every setting, its default and meaning.
    let help = config::settings_help();
    let matches =
        Cli::command().after_help(help.clone()).mut_subcommand("run", |run| run.after_help(help)).get_matches();
    let cli = Cli::from_arg_matches(&matches).unwrap_or_else(|e| e.exit());
    let dotenv = match &cli.env_file {
        Some(path) => config::load_env_file(path),
        None => config::load_dotenv(),
    };
    // The raw token is remembered before anything checks it, so that no line about a setting,
    // a start-up failure or a panic can show it.
    let raw_token = std::env::var_os("TELOXIDE_TOKEN").map(|t| t.to_string_lossy().into_owned());
    logging::protect(raw_token.as_deref());
    // Only `run` and `webhook` talk to Telegram: the others neither need nor check the token.
    let needs_token = matches!(cli.command, None | Some(Cmd::Run) | Some(Cmd::Webhook { .. }));
    let read = dotenv.and_then(|()| {
        Settings::from_lookup(|name| (needs_token || name != "TELOXIDE_TOKEN").then(|| std::env::var(name).ok())?)
    });
    let settings =
        match read.map_err(Fatal::config).and_then(|s| startup::campaigns_dir_holds_campaigns(&s).map(|()| s)) {
            Ok(s) => s,
            Err(fatal) => return exit::report(&fatal),
        };
    match cli.command {
        Some(Cmd::Check { .. }) => logging::init_once_per_line(settings.log_format),
        _ => logging::init(settings.log_format),
    }
    let runtime = match tokio::runtime::Builder::new_current_thread().enable_all().build() {
        Ok(r) => r,
        Err(e) => return exit::report(&format!("cannot start the async runtime: {e}").into()),
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
            Cmd::Resume { share } => database::resume(settings, share).await,
            Cmd::Copy { to } => database::copy(settings, to).await,
            Cmd::Webhook { action } => webhook_cmd(settings, action).await,
            Cmd::Stats { watch, json } => database::stats(settings, stats::Options { watch, json }).await,
            Cmd::Preview { lang, all } => preview_cmd(settings, lang, all).await,
        }
    });
    match result {
        Ok(code) => code,
        Err(fatal) => exit::report(&fatal),
    }
}

fn campaigns(settings: &Settings) -> Result<Arc<Campaigns>, Fatal> {
    Ok(Arc::new(Campaigns::load(settings.campaigns_dir.as_deref()).map_err(Fatal::config)?))
}

fn load(settings: &Settings) -> Result<(Arc<Campaigns>, Arc<I18n>), Fatal> {
    let campaigns = campaigns(settings)?;
    let i18n = I18n::load(settings.locales_dir.as_deref(), campaigns.default_language())
        .map_err(|p| Fatal::config(format!("locales: {}", p.join("; "))))?;
    Ok((campaigns, Arc::new(i18n)))
}

/// Opens the database, naming a SQLite file that cannot be opened and why; exit 69 when it
/// cannot be reached.
async fn open_store(url: &str) -> Result<Store, Fatal> {
    exit::check_sqlite(url, true)?;
    Store::open(url).await.map_err(|e| Fatal::unavailable(format!("database: {e}")))
}

/// The store for `run`: its PostgreSQL sessions bounded by the lease.
async fn open_store_for_lease(url: &str, lease_ttl: std::time::Duration) -> Result<Store, Fatal> {
    exit::check_sqlite(url, true)?;
    Store::open_for_lease(url, lease_ttl).await.map_err(|e| Fatal::unavailable(format!("database: {e}")))
}

async fn check_links(settings: Settings) -> Result<ExitCode, Fatal> {
    let campaigns = campaigns(&settings)?;
    let checker = links::Checker::new(&links::Settings::from_env().map_err(Fatal::config)?).map_err(Fatal::config)?;
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
        return Err(Fatal::config(
            "TELOXIDE_TOKEN is not set: get a bot token from @BotFather in Telegram and put it in .env; to try the bot without one, run `objection-bot console`",
        ));
    };
    let (campaigns, i18n) = load(&settings)?;
    // A bad AUTHORITIES_FILE stops the start (exit 78) like any setting. The list goes to the
    // brain once it shows where to complain (issue 18).
    let authorities = settings.authorities().map_err(Fatal::config)?;
    exit::check_sqlite(&settings.database_url, true)?;
    // A SQLite database this start creates, removed again if Telegram will not answer getMe.
    let fresh = exit::sqlite_path(&settings.database_url)
        .filter(|_| objection_bot::store::Kind::of(&settings.database_url) == Some(objection_bot::store::Kind::Sqlite))
        .filter(|p| !settings.database_url.contains(":memory:") && !p.exists());
    let link_settings = links::Settings::from_env().map_err(Fatal::config)?;
    let link_checker = links::Checker::new(&link_settings).map_err(Fatal::config)?;
    // Held until the process ends: one bot per database.
    let _lock = Store::lock_instance(&settings.database_url)?;
    let store = open_store_for_lease(&settings.database_url, settings.lease_ttl).await?;
    let brain = Brain::new(campaigns, i18n, store, "")
        .with_operators(&settings.operator_ids, settings.broadcast_rate)
        .with_authorities(authorities);
    // The screens `check` holds against Telegram's limits, before Telegram is asked anything.
    objection_bot::check::before_start(&brain).map_err(Fatal::config)?;
    let poll_timeout = Duration::from_secs(25);
    let bot = telegram::bot(token, settings.api_url.clone(), poll_timeout)?;
    let mut broadcast = broadcast::Options::with_rate(settings.broadcast_rate);
    broadcast.pause = PauseRule { share: settings.wave_pause_share, sample: settings.wave_pause_sample };
    if settings.listen_addr.is_some() || settings.ops_listen_addr.is_some() {
        objection_bot::telemetry::install();
    }
    let options = telegram::RunOptions {
        broadcast,
        paid: settings.broadcast_paid,
        poll_timeout,
        allow_bot_change: settings.allow_bot_change,
        listen: settings.listen_addr,
        ops_listen: settings.ops_listen_addr,
        max_connections: settings.http_max_connections,
        webhook: webhook(&settings),
        drain: settings.drain_timeout,
        lease_ttl: settings.lease_ttl,
        links: Some((link_checker, link_settings.period)),
    };
    log::info!("{}", startup::summary(&options, &brain.campaigns, &settings.database_url));
    if let Err(e) = telegram::run(bot, brain, options).await {
        let fatal = Fatal::from_telegram(e);
        if let Some(path) = fresh.filter(|_| fatal.line.starts_with("getMe failed")) {
            exit::remove_database(&path);
        }
        return Err(fatal);
    }
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
        return Err(Fatal::config("TELOXIDE_TOKEN is not set: `webhook` talks to Telegram for the bot"));
    };
    let bot = telegram::bot(token, settings.api_url.clone(), Duration::from_secs(25))?;
    match action {
        WebhookAction::Info => {
            let info = telegram::webhook::info(&bot).await.map_err(Fatal::from_telegram)?;
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
                return Err(Fatal::config(
                    "WEBHOOK_URL: not set; `webhook set` registers WEBHOOK_URL with WEBHOOK_SECRET",
                ));
            };
            telegram::webhook::ensure(&bot, &webhook, true).await.map_err(Fatal::from_telegram)?;
            println!("webhook set");
        }
        WebhookAction::Delete => {
            telegram::webhook::delete(&bot).await.map_err(Fatal::from_telegram)?;
            println!("webhook deleted; run the bot without WEBHOOK_URL to use long polling");
        }
    }
    Ok(ExitCode::SUCCESS)
}

async fn console(settings: Settings, lang: Option<String>) -> Result<ExitCode, Fatal> {
    let (campaigns, i18n) = load(&settings)?;
    if let Some(code) = &lang {
        startup::language_tag(code)?;
        if Lang::from_tag(code).is_none() {
            eprintln!(
                "note: the bot does not speak `{code}` (it speaks {}): like a Telegram user with that language, you get {}",
                startup::codes(),
                campaigns.default_language()
            );
        }
    }
    let store = Store::in_memory().await?;
    let brain = Brain::new(campaigns, i18n, store, "objection_bot");
    objection_bot::console::run(brain, lang).await?;
    Ok(ExitCode::SUCCESS)
}

async fn preview_cmd(settings: Settings, lang: Option<String>, all: bool) -> Result<ExitCode, Fatal> {
    let (campaigns, i18n) = load(&settings)?;
    let langs: Vec<Lang> = if all {
        i18n.languages()
    } else {
        let code = lang.unwrap_or_default();
        let Some(l) = Lang::from_tag(&code).filter(|l| i18n.languages().contains(l)) else {
            let shipped: Vec<&str> = i18n.languages().iter().map(|l| l.code()).collect();
            return Err(Fatal::usage(format!("--lang: no translation for `{code}`; there are: {}", shipped.join(" "))));
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
