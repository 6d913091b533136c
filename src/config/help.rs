//! The one table of settings (name, default, meaning) that `--help` prints; a test keeps it
//! equal to what [`Settings::from_lookup`](super::Settings::from_lookup) reads.

/// Every setting: its variable, its default and what it means.
pub const SETTINGS: &[(&str, &str, &str)] = &[
    ("TELOXIDE_TOKEN", "none", "the bot token from @BotFather; needed by run and webhook, never logged"),
    ("TELOXIDE_API_URL", "Telegram's", "another Bot API server (a local one, or a test server)"),
    ("DATABASE_URL", "sqlite://objection-bot.db", "sqlite://FILE (one process) or postgres://user:password@host/name"),
    ("LEASE_TTL", "15", "PostgreSQL: seconds the lease to send reminders lasts without renewal (3-300)"),
    ("CAMPAIGNS_DIR", "the built-in campaigns", "a folder of campaign folders, read at start"),
    ("LOCALES_DIR", "the built-in locales", "a folder of the bot's locales, read at start (for translators)"),
    (
        "AUTHORITIES_FILE",
        "the built-in list",
        "a copy of authorities/authorities.toml (data protection authorities), read at start",
    ),
    ("BROADCAST_RATE", "25 (1000 when paid)", "reminders per second over all chats, 0.1 to 30 (to 1000 when paid)"),
    ("BROADCAST_PAID", "false", "send reminders as paid broadcasts (charged in Telegram Stars)"),
    ("ALLOW_BOT_CHANGE", "none", "the id of a new bot that may take over a database recorded for another bot"),
    ("WAVE_PAUSE_SHARE", "0.2", "a wave pauses when more than this share of its reminders come back blocked..."),
    ("WAVE_PAUSE_SAMPLE", "200", "...counted over at least this many reminders"),
    (
        "LISTEN_ADDR",
        "none (0.0.0.0:8080 with a webhook)",
        "the public HTTP listener: the webhook path, /healthz and /readyz",
    ),
    (
        "OPS_LISTEN_ADDR",
        "127.0.0.1:9898 when LISTEN_ADDR is set",
        "the operations listener: /metrics, /healthz and /readyz",
    ),
    ("HTTP_MAX_CONNECTIONS", "256", "open connections LISTEN_ADDR holds; beyond it a new one is closed at once"),
    ("WEBHOOK_URL", "none: long polling", "the public https URL Telegram posts updates to"),
    (
        "WEBHOOK_SECRET",
        "required with WEBHOOK_URL",
        "1-256 characters of A-Z a-z 0-9 _ -, sent by Telegram with each update",
    ),
    ("WEBHOOK_MAX_CONNECTIONS", "40", "connections Telegram may open to the webhook (1-100)"),
    ("DRAIN_TIMEOUT", "10", "seconds a stop may take to answer accepted updates and record sent reminders"),
    ("OPERATOR_IDS", "none", "Telegram user ids, comma-separated, that may send /stats in a private chat"),
    ("RUST_LOG", "info", "log level (sqlx only from warn unless named)"),
    ("LOG_FORMAT", "text", "text, or json for one JSON object a line"),
];

/// The text after `--help`: the settings with their defaults and meanings, and the exit statuses.
pub fn settings_help() -> String {
    let width = SETTINGS.iter().map(|(name, ..)| name.len()).max().unwrap_or(0);
    let mut text = String::from(
        "Settings (environment variables, or NAME=value lines in ./.env or the --env-file; the environment wins):\n",
    );
    for (name, default, meaning) in SETTINGS {
        text.push_str(&format!("  {name:<width$}  {meaning} [default: {default}]\n"));
    }
    text.push_str(
        "\nExit status: 0 done; 1 check or preview found a problem; 2 usage error or another start-up failure;\n\
         69 Telegram or the database cannot be reached; 78 configuration error (no use restarting).",
    );
    text
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::cell::RefCell;

    /// Variables read only to refuse them with a line saying what replaced them.
    const RETIRED: &[&str] = &["CAMPAIGN_FILE"];

    #[test]
    fn the_table_names_every_setting_the_program_reads_and_no_other() {
        let asked = RefCell::new(Vec::new());
        let _ = super::super::Settings::from_lookup(|name| {
            asked.borrow_mut().push(name.to_owned());
            None
        });
        let mut asked = asked.into_inner();
        asked.push("RUST_LOG".into()); // read by logging::init
        asked.sort();
        asked.dedup();
        asked.retain(|name| !RETIRED.contains(&name.as_str()));
        let mut table: Vec<String> = SETTINGS.iter().map(|(name, ..)| name.to_string()).collect();
        table.sort();
        assert_eq!(table, asked, "config/help.rs: SETTINGS lists what Settings::from_lookup reads");
    }

    #[test]
    fn the_help_gives_each_setting_its_default_on_one_line() {
        let help = settings_help();
        for (name, default, _) in SETTINGS {
            let line = help.lines().find(|l| l.trim_start().starts_with(&format!("{name} "))).unwrap();
            assert!(line.ends_with(&format!("[default: {default}]")), "{line}");
        }
        assert!(help.contains("78 configuration error"));
        let default = |wanted: &str| SETTINGS.iter().find(|(name, ..)| *name == wanted).unwrap().1;
        assert_eq!(default("DATABASE_URL"), super::super::DEFAULT_DATABASE_URL);
        assert!(default("BROADCAST_RATE").starts_with(&format!("{} ", super::super::DEFAULT_BROADCAST_RATE)));
        assert_eq!(default("WAVE_PAUSE_SHARE"), super::super::DEFAULT_WAVE_PAUSE_SHARE.to_string());
        assert_eq!(default("WAVE_PAUSE_SAMPLE"), super::super::DEFAULT_WAVE_PAUSE_SAMPLE.to_string());
    }
}
