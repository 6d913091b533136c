//! How the program ends when it cannot go on: one line on standard error and an exit status
//! (sysexits.h) a supervisor can act on; and what stops a SQLite database from opening.

use std::{fmt::Display, io::ErrorKind, process::ExitCode, str::FromStr};

use objection_bot::{logging, store::Kind};

/// A usage error (clap's own status too): a wrong flag or argument.
pub const USAGE: u8 = 2;
/// Any other failure (a second `run` on one SQLite database, a reminder task that ended):
/// the status every failure had before these were told apart.
pub const OTHER: u8 = 2;
/// EX_UNAVAILABLE: Telegram or the database cannot be reached; worth retrying.
pub const UNAVAILABLE: u8 = 69;
/// EX_CONFIG: a setting, the `.env` file or a campaign file is wrong; retrying cannot help.
pub const CONFIG: u8 = 78;

/// A failure: one line on standard error and its exit status.
pub struct Fatal {
    pub line: String,
    pub code: u8,
}

impl Fatal {
    /// A configuration error: exit 78.
    pub fn config(e: impl Display) -> Fatal {
        Fatal { line: e.to_string(), code: CONFIG }
    }

    /// Telegram or the database unreachable: exit 69.
    pub fn unavailable(e: impl Display) -> Fatal {
        Fatal { line: e.to_string(), code: UNAVAILABLE }
    }

    /// A wrong argument: exit 2.
    pub fn usage(e: impl Display) -> Fatal {
        Fatal { line: e.to_string(), code: USAGE }
    }

    /// Why a talk with Telegram, or the bot, stopped: a token Telegram refuses, a request
    /// it calls bad (a webhook URL it will not take) or another bot's database is
    /// configuration; any other failed Bot API call means Telegram is out of reach; the
    /// rest (a reminder task that ended, another process polling) keeps status 2.
    pub fn from_telegram(e: anyhow::Error) -> Fatal {
        let line = e.to_string();
        let call = line.split_once(" failed: ").filter(|(method, _)| method.chars().all(|c| c.is_ascii_alphanumeric()));
        match call {
            Some((_, why)) if TOKEN_REFUSED.iter().any(|s| why.starts_with(&format!("Telegram said: {s}"))) => {
                Fatal::config(format!("{line}; check TELOXIDE_TOKEN (@BotFather: /token)"))
            }
            Some((_, why)) if why.starts_with("Telegram said: Bad Request") => Fatal::config(line),
            Some(_) => Fatal::unavailable(line),
            None if line.starts_with("the database belongs to bot") => Fatal::config(line),
            None => Fatal { line, code: OTHER },
        }
    }
}

/// How Telegram (through teloxide's words) refuses a token: 401, or 404 for a bot that is not there.
const TOKEN_REFUSED: [&str; 3] = ["Invalid bot token", "Unauthorized", "Not Found"];

/// Any other failure keeps the status every start-up failure had: 2.
impl<E: Display> From<E> for Fatal {
    fn from(e: E) -> Fatal {
        Fatal { line: e.to_string(), code: OTHER }
    }
}

/// Prints a fatal line with the token blanked out (whatever `RUST_LOG` says), as JSON with
/// `LOG_FORMAT=json` once the settings are read; returns its exit status.
pub fn report(fatal: &Fatal) -> ExitCode {
    eprintln!("{}", logging::fatal_report(&fatal.line));
    ExitCode::from(fatal.code)
}

/// A SQLite database that cannot be opened, named by its file (a SQLite URL holds no
/// password) with the reason, before SQLite says only "unable to open database file".
/// `write`: the command writes to it. A file that does not exist yet is fine here: `run`
/// creates it, and the read-only commands say so themselves.
pub fn check_sqlite(url: &str, write: bool) -> Result<(), Fatal> {
    if Kind::of(url) != Some(Kind::Sqlite) || url.contains(":memory:") || url.contains("mode=memory") {
        return Ok(());
    }
    let Some(path) = sqlite_path(url) else { return Ok(()) };
    let unavailable = |why: String| Err(Fatal::unavailable(format!("database {}: {why}", path.display())));
    match std::fs::metadata(&path) {
        Ok(meta) if meta.is_dir() => unavailable("is a folder, not a database file".into()),
        Ok(_) => match std::fs::OpenOptions::new().read(true).write(write).open(&path) {
            Ok(_) => Ok(()),
            Err(e) => unavailable(reason(&e)),
        },
        Err(e) if e.kind() == ErrorKind::NotFound => {
            // The first folder up the path that is there must let us in (and write, for `run`).
            match path.ancestors().skip(1).find(|dir| dir.exists() || dir.as_os_str().is_empty()) {
                Some(dir) if !dir.as_os_str().is_empty() && std::fs::read_dir(dir).is_err() => {
                    unavailable(format!("cannot be reached: {}: permission denied", dir.display()))
                }
                _ if write && !path.parent().is_some_and(std::path::Path::is_dir) => {
                    unavailable("missing, and so is its folder".into())
                }
                _ => Ok(()),
            }
        }
        Err(e) => unavailable(reason(&e)),
    }
}

/// The file of a SQLite URL, as an absolute path (to show where it was looked for).
pub fn sqlite_path(url: &str) -> Option<std::path::PathBuf> {
    let options = sqlx::sqlite::SqliteConnectOptions::from_str(url).ok()?;
    Some(std::path::absolute(options.get_filename()).unwrap_or_else(|_| options.get_filename().to_owned()))
}

/// Removes a SQLite database and the files beside it (`-wal`, `-shm`, `.lock`): for one that
/// `run` created a moment ago and that holds nothing yet, as when `getMe` failed.
pub fn remove_database(path: &std::path::Path) {
    for suffix in ["", "-wal", "-shm", ".lock"] {
        let mut name = path.as_os_str().to_owned();
        name.push(suffix);
        let _ = std::fs::remove_file(name);
    }
}

/// An I/O error in words an operator acts on.
fn reason(e: &std::io::Error) -> String {
    match e.kind() {
        ErrorKind::PermissionDenied => {
            "permission denied (run the command as the user the bot runs as, or with sudo)".into()
        }
        ErrorKind::NotFound => "missing".into(),
        _ => e.to_string(),
    }
}
