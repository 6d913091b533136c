//! The operators' commands on the database: `stats`, `resume` (paused waves, also while the
//! bot runs) and `copy` (SQLite into PostgreSQL).

use std::process::ExitCode;

use objection_bot::{config::Settings, stats, store::Store};

use crate::{campaigns, exit, exit::Fatal, open_store};

pub async fn stats(settings: Settings, options: stats::Options) -> Result<ExitCode, Fatal> {
    exit::check_sqlite(&settings.database_url, false)?;
    if !Store::file_exists(&settings.database_url) {
        let at = exit::sqlite_path(&settings.database_url)
            .map_or(settings.database_url.clone(), |p| p.display().to_string());
        return Err(Fatal::from(format!(
            "no database at {at} yet (missing): nothing to report; for a service's database, add --env-file with its settings"
        )));
    }
    stats::print(&settings.database_url, &*campaigns(&settings)?, settings.broadcast_rate, options).await?;
    Ok(ExitCode::SUCCESS)
}

/// A share for `resume --share`: a number above 0, at most 1.
pub fn parse_share(text: &str) -> Result<f64, String> {
    match text.parse::<f64>() {
        Ok(share) if share > 0.0 && share <= 1.0 => Ok(share),
        _ => Err(format!("`{text}` is not a share from 0 to 1, such as 0.5")),
    }
}

/// Resumes paused waves through the database: no instance lock is taken, so it works while
/// the bot runs (its broadcaster looks for resumed waves every few seconds).
pub async fn resume(settings: Settings, share: Option<f64>) -> Result<ExitCode, Fatal> {
    let campaigns = campaigns(&settings)?;
    exit::check_sqlite(&settings.database_url, true)?;
    if !Store::file_exists(&settings.database_url) {
        return Err(Fatal::from(format!("no database at {} yet: no wave to resume", settings.database_url)));
    }
    let store = open_store(&settings.database_url).await?;
    for campaign in campaigns.iter() {
        let resumed = store.resume_waves(&campaign.id, share).await?;
        if resumed.is_empty() {
            println!("no paused wave in campaign {}", campaign.id);
            continue;
        }
        let brake = match share {
            Some(share) => format!(
                "; they pause again only if more than {:.0} % of their reminders come back blocked",
                share * 100.0
            ),
            None => String::new(),
        };
        println!(
            "resumed: {} (campaign {}){brake}; a running bot sends them within seconds, else start it",
            resumed.join(", "),
            campaign.id
        );
    }
    store.close().await;
    Ok(ExitCode::SUCCESS)
}

pub async fn copy(settings: Settings, to: Option<String>) -> Result<ExitCode, Fatal> {
    use objection_bot::store::Kind;
    if Kind::of(&settings.database_url) != Some(Kind::Sqlite) || !Store::file_exists(&settings.database_url) {
        return Err(Fatal::config("DATABASE_URL: copy reads an existing SQLite database"));
    }
    // The command line is readable by every local user and kept in the shell's history.
    let (name, to) = match to {
        Some(to) if holds_password(&to) => {
            return Err(Fatal::usage(
                "--to: the URL holds a password, which any local user could read in the process list; leave --to out and set COPY_TO_DATABASE_URL (in the environment or .env) instead",
            ))
        }
        Some(to) => ("--to", to),
        None => match std::env::var("COPY_TO_DATABASE_URL") {
            Ok(to) if !to.trim().is_empty() => ("COPY_TO_DATABASE_URL", to),
            _ => {
                return Err(Fatal::config(
                    "COPY_TO_DATABASE_URL: not set; set it to the PostgreSQL database to copy into (postgres://user:password@host/name)",
                ))
            }
        },
    };
    if Kind::of(&to) != Some(Kind::Postgres) {
        return Err(Fatal::config(format!(
            "{name}: not a postgres:// URL (the value is not shown, as it may hold a password)"
        )));
    }
    exit::check_sqlite(&settings.database_url, true)?;
    let _lock = Store::lock_instance(&settings.database_url)?;
    let from = open_store(&settings.database_url).await?;
    let target = open_store(&to).await?;
    let counts = objection_bot::store::copy(&from, &target).await?;
    for (table, n) in counts {
        let rows = objection_bot::check::counted(n, "row", "rows");
        println!("{table:<14} {rows}, the same in both");
    }
    println!("copied; set DATABASE_URL to the PostgreSQL database and start the bot");
    Ok(ExitCode::SUCCESS)
}

/// Whether a database URL carries a password (after `user:` or as `?password=`).
fn holds_password(url: &str) -> bool {
    url::Url::parse(url).is_ok_and(|u| u.password().is_some() || u.query_pairs().any(|(k, _)| k == "password"))
}
