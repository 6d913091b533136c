//! Settings read from the environment (and `.env`), with errors that name the variable.

use std::{
    env, fs,
    path::{Path, PathBuf},
    sync::Arc,
};

use crate::authorities::Authorities;

pub use crate::logging::LogFormat;

mod help;
pub use help::{settings_help, SETTINGS};

/// Why a setting was refused; the message names the variable.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{name}: {problem}")]
pub struct SettingError {
    pub name: &'static str,
    pub problem: String,
}

/// Every setting the program reads.
#[derive(Clone)]
pub struct Settings {
    /// The bot token; only `run` needs it.
    pub token: Option<String>,
    /// Another Bot API server (a local one, or a test server).
    pub api_url: Option<url::Url>,
    pub database_url: String,
    /// A folder of campaign folders read at run time instead of the built-in ones.
    pub campaigns_dir: Option<PathBuf>,
    /// Locales read at run time instead of the built-in ones.
    pub locales_dir: Option<PathBuf>,
    /// An operator's copy of the authorities file, read at start instead of the built-in one.
    pub authorities_file: Option<PathBuf>,
    /// Reminder messages per second.
    pub broadcast_rate: f64,
    /// Send reminders as paid broadcasts (`allow_paid_broadcast`).
    pub broadcast_paid: bool,
    /// The bot id allowed to take over a database recorded for another bot.
    pub allow_bot_change: Option<i64>,
    /// A wave pauses when more than this share of its reminders come back unreachable…
    pub wave_pause_share: f64,
    /// …counted over at least this many reminders.
    pub wave_pause_sample: i64,
    /// The public listener (the webhook path, `/healthz`, `/readyz`); in webhook mode it
    /// defaults to 0.0.0.0:8080.
    pub listen_addr: Option<std::net::SocketAddr>,
    /// The operations listener (`/metrics`, `/healthz`, `/readyz`); it defaults to
    /// [`DEFAULT_OPS_LISTEN_ADDR`] whenever `listen_addr` is set.
    pub ops_listen_addr: Option<std::net::SocketAddr>,
    /// The cap of open connections on the public listener.
    pub http_max_connections: usize,
    /// Webhook mode: the public https URL Telegram posts updates to.
    pub webhook_url: Option<url::Url>,
    /// The secret Telegram sends with every webhook request (required with WEBHOOK_URL).
    pub webhook_secret: Option<String>,
    pub webhook_max_connections: u8,
    /// How long a stop may take.
    pub drain_timeout: std::time::Duration,
    /// PostgreSQL: how long the lease to send reminders lasts without renewal.
    pub lease_ttl: std::time::Duration,
    /// Telegram user ids that may ask the bot for `/stats` in a private chat.
    pub operator_ids: Vec<i64>,
    /// How log lines are written: plain text, or one JSON object per line.
    pub log_format: LogFormat,
}

impl std::fmt::Debug for Settings {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Settings")
            .field("token", &self.token.as_ref().map(|_| "<set>"))
            .field("api_url", &self.api_url.as_ref().map(|_| "<set>"))
            .field("database_url", &crate::store::Kind::of(&self.database_url))
            .field("campaigns_dir", &self.campaigns_dir)
            .field("locales_dir", &self.locales_dir)
            .field("authorities_file", &self.authorities_file)
            .field("broadcast_rate", &self.broadcast_rate)
            .field("broadcast_paid", &self.broadcast_paid)
            .field("allow_bot_change", &self.allow_bot_change)
            .field("wave_pause_share", &self.wave_pause_share)
            .field("wave_pause_sample", &self.wave_pause_sample)
            .field("listen_addr", &self.listen_addr)
            .field("ops_listen_addr", &self.ops_listen_addr)
            .field("http_max_connections", &self.http_max_connections)
            .field("webhook_url", &self.webhook_url.as_ref().map(|_| "<set>"))
            .field("webhook_secret", &self.webhook_secret.as_ref().map(|_| "<set>"))
            .field("webhook_max_connections", &self.webhook_max_connections)
            .field("drain_timeout", &self.drain_timeout)
            .field("lease_ttl", &self.lease_ttl)
            .field("operator_ids", &self.operator_ids)
            .field("log_format", &self.log_format)
            .finish()
    }
}

pub const DEFAULT_DATABASE_URL: &str = "sqlite://objection-bot.db";
pub const DEFAULT_BROADCAST_RATE: f64 = 25.0;
/// A wave pauses when more than this share of its reminders come back unreachable…
pub const DEFAULT_WAVE_PAUSE_SHARE: f64 = 0.2;
/// …counted over at least this many.
pub const DEFAULT_WAVE_PAUSE_SAMPLE: i64 = 200;
/// The highest rate Telegram allows, for paid broadcasts.
pub const MAX_PAID_RATE: f64 = 1000.0;
/// The highest free rate: Telegram allows about 30 messages a second in all.
pub const MAX_FREE_RATE: f64 = 30.0;
/// The lowest rate: below it a wave of a few thousand chats would take days.
pub const MIN_RATE: f64 = 0.1;
/// Where `/metrics` is served when `LISTEN_ADDR` is set and `OPS_LISTEN_ADDR` is not: this
/// machine only.
pub const DEFAULT_OPS_LISTEN_ADDR: &str = "127.0.0.1:9898";
/// The default cap of open connections on the public listener.
pub const DEFAULT_HTTP_MAX_CONNECTIONS: usize = 256;

impl Settings {
    /// Reads the settings through `get` (the environment in production, a map in tests).
    pub fn from_lookup(get: impl Fn(&str) -> Option<String>) -> Result<Settings, SettingError> {
        let non_empty = |name: &str| get(name).map(|v| v.trim().to_owned()).filter(|v| !v.is_empty());
        let token = non_empty("TELOXIDE_TOKEN");
        if let Some(t) = &token {
            if t.chars().any(|c| c.is_whitespace() || c == '/') || !t.contains(':') {
                return Err(SettingError {
                    name: "TELOXIDE_TOKEN",
                    problem: "does not look like a bot token (digits, a colon, then letters); ask @BotFather for one"
                        .into(),
                });
            }
        }
        // URLs can carry a password or a token: their errors never show the value.
        let api_url = match non_empty("TELOXIDE_API_URL") {
            None => None,
            Some(v) => match url::Url::parse(&v) {
                Ok(url) if url.scheme() == "http" || url.scheme() == "https" => Some(url),
                _ => {
                    return Err(SettingError {
                        name: "TELOXIDE_API_URL",
                        problem: "is not an http(s) URL such as http://127.0.0.1:8081 \
                                  (the value is not shown, as it may hold a secret)"
                            .into(),
                    })
                }
            },
        };
        let database_url = non_empty("DATABASE_URL").unwrap_or_else(|| DEFAULT_DATABASE_URL.to_owned());
        if crate::store::Kind::of(&database_url).is_none() {
            return Err(SettingError {
                name: "DATABASE_URL",
                problem: format!(
                    "is neither a SQLite URL such as {DEFAULT_DATABASE_URL} nor a postgres:// URL \
                     (the value is not shown, as it may hold a password)"
                ),
            });
        }
        if non_empty("CAMPAIGN_FILE").is_some() {
            return Err(SettingError {
                name: "CAMPAIGN_FILE",
                problem: "is no longer read: set CAMPAIGNS_DIR to a folder of campaign folders \
                          (README: Launching a campaign)"
                    .into(),
            });
        }
        let broadcast_paid = match non_empty("BROADCAST_PAID").as_deref() {
            None | Some("false") | Some("0") | Some("no") => false,
            Some("true") | Some("1") | Some("yes") => true,
            Some(v) => {
                return Err(SettingError { name: "BROADCAST_PAID", problem: format!("`{v}` is not true or false") })
            }
        };
        let max = if broadcast_paid { MAX_PAID_RATE } else { MAX_FREE_RATE };
        let broadcast_rate = match non_empty("BROADCAST_RATE") {
            // Paying for broadcasts is for going fast: then the default is the paid maximum.
            None if broadcast_paid => MAX_PAID_RATE,
            None => DEFAULT_BROADCAST_RATE,
            Some(v) => match v.parse::<f64>() {
                // NaN and infinities fail the range check too.
                Ok(rate) if (MIN_RATE..=max).contains(&rate) => rate,
                parsed => {
                    let too_fast = !broadcast_paid && parsed.is_ok_and(|rate| rate > max);
                    return Err(SettingError {
                        name: "BROADCAST_RATE",
                        problem: format!(
                            "`{v}` is not a number of messages per second from {MIN_RATE} to {max}{}",
                            if too_fast { " (set BROADCAST_PAID=true to go higher)" } else { "" }
                        ),
                    });
                }
            },
        };
        let allow_bot_change = match non_empty("ALLOW_BOT_CHANGE") {
            None => None,
            Some(v) => Some(v.parse::<i64>().ok().filter(|id| *id > 0).ok_or(SettingError {
                name: "ALLOW_BOT_CHANGE",
                problem: format!("`{v}` is not a bot id (the number before the colon of the new token)"),
            })?),
        };
        let wave_pause_share = match non_empty("WAVE_PAUSE_SHARE") {
            None => DEFAULT_WAVE_PAUSE_SHARE,
            Some(v) => {
                v.parse::<f64>().ok().filter(|s| s.is_finite() && *s > 0.0 && *s <= 1.0).ok_or(SettingError {
                    name: "WAVE_PAUSE_SHARE",
                    problem: format!("`{v}` is not a share above 0 and at most 1 (0.2 is 20 %)"),
                })?
            }
        };
        let wave_pause_sample = match non_empty("WAVE_PAUSE_SAMPLE") {
            None => DEFAULT_WAVE_PAUSE_SAMPLE,
            Some(v) => v.parse::<i64>().ok().filter(|n| (1..=1_000_000).contains(n)).ok_or(SettingError {
                name: "WAVE_PAUSE_SAMPLE",
                problem: format!("`{v}` is not a number of reminders from 1 to 1000000"),
            })?,
        };
        let webhook_url = match non_empty("WEBHOOK_URL") {
            None => None,
            Some(v) => {
                let url = url::Url::parse(&v).ok().filter(|u| u.scheme() == "https" && u.host().is_some()).ok_or(
                    SettingError {
                        name: "WEBHOOK_URL",
                        problem: "is not an https URL (Telegram posts updates only to https)".into(),
                    },
                )?;
                if let Some(problem) = webhook_path_problem(url.path()) {
                    return Err(SettingError { name: "WEBHOOK_URL", problem });
                }
                Some(url)
            }
        };
        let webhook_secret = non_empty("WEBHOOK_SECRET");
        if let Some(secret) = &webhook_secret {
            let valid = (1..=256).contains(&secret.len())
                && secret.chars().all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '-');
            if !valid {
                return Err(SettingError {
                    name: "WEBHOOK_SECRET",
                    problem: "must be 1 to 256 characters of A-Z, a-z, 0-9, _ and -".into(),
                });
            }
        }
        if webhook_url.is_some() && webhook_secret.is_none() {
            return Err(SettingError {
                name: "WEBHOOK_SECRET",
                problem: "is required with WEBHOOK_URL (1 to 256 characters of A-Z, a-z, 0-9, _ and -)".into(),
            });
        }
        let listen_addr = match non_empty("LISTEN_ADDR") {
            None if webhook_url.is_some() => Some(std::net::SocketAddr::from(([0, 0, 0, 0], 8080))),
            None => None,
            Some(v) => Some(v.parse::<std::net::SocketAddr>().map_err(|_| SettingError {
                name: "LISTEN_ADDR",
                problem: format!("`{v}` is not an address and port such as 127.0.0.1:8080"),
            })?),
        };
        let ops_listen_addr = match non_empty("OPS_LISTEN_ADDR") {
            None => listen_addr.and(DEFAULT_OPS_LISTEN_ADDR.parse().ok()),
            Some(v) => Some(v.parse::<std::net::SocketAddr>().map_err(|_| SettingError {
                name: "OPS_LISTEN_ADDR",
                problem: format!("`{v}` is not an address and port such as {DEFAULT_OPS_LISTEN_ADDR}"),
            })?),
        };
        if let (Some(public), Some(ops)) = (listen_addr, ops_listen_addr) {
            let overlap = public.ip() == ops.ip() || public.ip().is_unspecified() || ops.ip().is_unspecified();
            if public.port() == ops.port() && overlap {
                return Err(SettingError {
                    name: "OPS_LISTEN_ADDR",
                    problem: format!(
                        "`{ops}` takes the port of LISTEN_ADDR (`{public}`): the operations routes need a port of their own"
                    ),
                });
            }
        }
        let webhook_max_connections = match non_empty("WEBHOOK_MAX_CONNECTIONS") {
            None => 40,
            Some(v) => v.parse::<u8>().ok().filter(|n| (1..=100).contains(n)).ok_or(SettingError {
                name: "WEBHOOK_MAX_CONNECTIONS",
                problem: format!("`{v}` is not a number from 1 to 100"),
            })?,
        };
        let http_max_connections = match non_empty("HTTP_MAX_CONNECTIONS") {
            None => DEFAULT_HTTP_MAX_CONNECTIONS,
            Some(v) => v
                .parse::<usize>()
                .ok()
                .filter(|n| (usize::from(webhook_max_connections) + 8..=65_536).contains(n))
                .ok_or(SettingError {
                    name: "HTTP_MAX_CONNECTIONS",
                    problem: format!(
                        "`{v}` is not a number from {} (WEBHOOK_MAX_CONNECTIONS plus a few for health checks) to 65536",
                        usize::from(webhook_max_connections) + 8
                    ),
                })?,
        };
        let drain_timeout = match non_empty("DRAIN_TIMEOUT") {
            None => 10,
            Some(v) => v.parse::<u64>().ok().filter(|n| (1..=300).contains(n)).ok_or(SettingError {
                name: "DRAIN_TIMEOUT",
                problem: format!("`{v}` is not a number of seconds from 1 to 300"),
            })?,
        };
        let lease_ttl = match non_empty("LEASE_TTL") {
            None => 15,
            Some(v) => v.parse::<u64>().ok().filter(|n| (3..=300).contains(n)).ok_or(SettingError {
                name: "LEASE_TTL",
                problem: format!("`{v}` is not a number of seconds from 3 to 300"),
            })?,
        };
        let operator_ids = match non_empty("OPERATOR_IDS") {
            None => Vec::new(),
            Some(v) => parse_ids(&v).ok_or(SettingError {
                name: "OPERATOR_IDS",
                problem: format!("`{v}` is not a comma-separated list of Telegram user ids (positive numbers)"),
            })?,
        };
        let log_format = match non_empty("LOG_FORMAT").as_deref() {
            None | Some("text") => LogFormat::Text,
            Some("json") => LogFormat::Json,
            Some(v) => return Err(SettingError { name: "LOG_FORMAT", problem: format!("`{v}` is not text or json") }),
        };
        Ok(Settings {
            listen_addr,
            ops_listen_addr,
            http_max_connections,
            webhook_url,
            webhook_secret,
            webhook_max_connections,
            drain_timeout: std::time::Duration::from_secs(drain_timeout),
            lease_ttl: std::time::Duration::from_secs(lease_ttl),
            operator_ids,
            log_format,
            allow_bot_change,
            wave_pause_share,
            wave_pause_sample,
            token,
            api_url,
            database_url,
            campaigns_dir: non_empty("CAMPAIGNS_DIR").map(PathBuf::from),
            locales_dir: non_empty("LOCALES_DIR").map(PathBuf::from),
            authorities_file: non_empty("AUTHORITIES_FILE").map(PathBuf::from),
            broadcast_rate,
            broadcast_paid,
        })
    }

    /// The data protection authorities: AUTHORITIES_FILE's, or the built-in ones; an error
    /// names the variable, the file, the entry and the field.
    pub fn authorities(&self) -> Result<Arc<Authorities>, SettingError> {
        Authorities::load(self.authorities_file.as_deref())
            .map(Arc::new)
            .map_err(|e| SettingError { name: "AUTHORITIES_FILE", problem: e.to_string() })
    }

    /// Reads the environment (after [`load_dotenv`]).
    pub fn from_env() -> Result<Settings, SettingError> {
        Settings::from_lookup(|name| env::var(name).ok())
    }
}

/// Why the path of `WEBHOOK_URL` cannot be the webhook's (the path itself is not shown: some
/// put a secret in it): it must be plain, and not one of the bot's own routes.
fn webhook_path_problem(path: &str) -> Option<String> {
    if crate::http::OPS_ROUTES.contains(&path) {
        return Some(format!(
            "its path is one of the bot's own routes ({}); choose another, such as /telegram",
            crate::http::OPS_ROUTES.join(", ")
        ));
    }
    let segments = path.strip_prefix('/').map(|rest| rest.strip_suffix('/').unwrap_or(rest));
    let plain = segments.is_some_and(|rest| {
        rest.is_empty()
            || rest.split('/').all(|segment| {
                !segment.is_empty()
                    && segment != "."
                    && segment != ".."
                    && segment.chars().all(|c| c.is_ascii_alphanumeric() || "-._~".contains(c))
            })
    });
    (!plain).then(|| {
        "its path is not a plain path: only letters, digits, - . _ and ~ between single slashes, \
         such as /telegram/hook (the value is not shown, as it may hold a secret)"
            .into()
    })
}

/// Parses `1, 22,333`: positive integers separated by commas (spaces allowed).
fn parse_ids(text: &str) -> Option<Vec<i64>> {
    text.split(',').map(|id| id.trim().parse::<i64>().ok().filter(|id| *id > 0)).collect()
}

/// Adds the variables of `.env` in the working folder, if there is one, to the environment
/// (which wins over it). Parent folders are never searched: a `.env` there is not ours.
pub fn load_dotenv() -> Result<(), SettingError> {
    let path = Path::new(".env");
    match dotenvy::from_path(path) {
        Ok(()) => Ok(()),
        Err(e) if e.not_found() => Ok(()),
        Err(e) => Err(SettingError { name: ".env", problem: dotenv_problem(&e, fs::read_to_string(path).ok()) }),
    }
}

/// `--env-file PATH`: adds that file's variables (in `.env`'s form, such as systemd's
/// `EnvironmentFile=`) to the environment, instead of `./.env`; the file must be there.
pub fn load_env_file(path: &Path) -> Result<(), SettingError> {
    dotenvy::from_path(path).map_err(|e| SettingError {
        name: "--env-file",
        problem: format!("{}: {}", path.display(), dotenv_problem(&e, fs::read_to_string(path).ok())),
    })
}

/// Why `.env` was refused, without the line at fault: it may hold the token.
fn dotenv_problem(error: &dotenvy::Error, content: Option<String>) -> String {
    match error {
        dotenvy::Error::LineParse(line, _) => {
            let first = line.lines().next().unwrap_or_default().trim();
            let number = content.and_then(|c| c.lines().position(|l| l.trim() == first)).map(|i| i + 1);
            let at = number.map(|n| format!("line {n}")).unwrap_or_else(|| "a line".into());
            format!("{at} is not NAME=value, or opens a quote it does not close (the line is not shown)")
        }
        dotenvy::Error::Io(e) => format!("cannot be read: {e}"),
        _ => "cannot be read".into(),
    }
}

#[cfg(test)]
mod tests;
