//! What the program checks and says at start, beyond the settings themselves: the
//! start-up summary line, CAMPAIGNS_DIR pointed one folder too deep, and a console language.

use objection_bot::{campaign::Campaigns, config::Settings, lang::Lang, telegram};

use crate::exit::Fatal;

/// CAMPAIGNS_DIR pointed at one campaign's folder instead of the folder of campaign folders.
pub fn campaigns_dir_holds_campaigns(settings: &Settings) -> Result<(), Fatal> {
    match &settings.campaigns_dir {
        Some(dir) if dir.join("campaign.toml").is_file() => Err(Fatal::config(format!(
            "CAMPAIGNS_DIR: {} holds campaign.toml itself: point CAMPAIGNS_DIR at the folder above it ({}), \
             which holds a folder per campaign",
            dir.display(),
            dir.parent().map_or("..".into(), |p| p.display().to_string())
        ))),
        _ => Ok(()),
    }
}

/// The 24 language codes, for a line refusing another.
pub fn codes() -> String {
    Lang::ALL.iter().map(|l| l.code()).collect::<Vec<_>>().join(" ")
}

/// A language tag as Telegram sends one (`ja`, `pt-BR`), or a usage error listing the codes.
pub fn language_tag(code: &str) -> Result<(), Fatal> {
    // Any language tag, as Telegram sends it: one the bot does not speak gets the default.
    let tag = code.split(['-', '_']).collect::<Vec<_>>();
    let well_formed = (2..=3).contains(&tag[0].len())
        && tag[0].chars().all(|c| c.is_ascii_alphabetic())
        && tag[1..].iter().all(|part| !part.is_empty() && part.chars().all(|c| c.is_ascii_alphanumeric()));
    if !well_formed {
        return Err(Fatal::usage(format!("--lang: `{code}` is not a language code such as {}", codes())));
    }
    Ok(())
}

/// The start-up line: how updates come in, the database's kind, and each campaign with its
/// next reminder wave (no URL, which may hold a secret).
pub fn summary(options: &telegram::RunOptions, campaigns: &Campaigns, database_url: &str) -> String {
    let door = if options.webhook.is_some() { "webhook" } else { "long polling" };
    let database = match objection_bot::store::Kind::of(database_url) {
        Some(objection_bot::store::Kind::Postgres) => "PostgreSQL",
        _ => "SQLite",
    };
    let now = chrono::Utc::now();
    let waves: Vec<String> = campaigns
        .iter()
        .map(|c| match (c.deadline, c.next_wave_after(now)) {
            (None, _) => format!("{} (no deadline, no reminder waves)", c.id),
            (Some(deadline), Some(w)) => {
                format!("{} (next wave {} at {})", c.id, w.key, w.due.with_timezone(deadline.offset()).to_rfc3339())
            }
            (Some(_), None) if c.is_over(now) => format!("{} (its deadline is past: no reminder waves)", c.id),
            (Some(_), None) => format!("{} (no wave before the deadline)", c.id),
        })
        .collect();
    format!("starting: {door}, database {database}, campaigns {}", waves.join(", "))
}
