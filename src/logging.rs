//! Logging, fatal lines and panics: every line the program writes about itself has the bot
//! token blanked out, through the one function [`redact`]; as text or as JSON lines.

use std::{
    any::Any,
    backtrace::{Backtrace, BacktraceStatus},
    io::Write as _,
    panic::Location,
    sync::OnceLock,
};

use chrono::{DateTime, SecondsFormat, Utc};
use log::{Level, Log, Metadata, Record};

/// How log lines, fatal lines and panic reports are written (`LOG_FORMAT`).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum LogFormat {
    /// Human-readable lines (the default).
    #[default]
    Text,
    /// One JSON object per line: `time` (RFC 3339), `level`, `target`, `message`.
    Json,
}

/// The format chosen by [`init`]; text until then.
static FORMAT: OnceLock<LogFormat> = OnceLock::new();

fn format() -> LogFormat {
    FORMAT.get().copied().unwrap_or_default()
}

/// One log line as JSON, with its fields in reading order.
#[derive(serde::Serialize)]
struct JsonLine<'a> {
    time: String,
    level: &'a str,
    target: &'a str,
    message: &'a str,
}

/// A JSON object on one line (newlines in the message are escaped).
pub fn json_line(time: DateTime<Utc>, level: Level, target: &str, message: &str) -> String {
    let line =
        JsonLine { time: time.to_rfc3339_opts(SecondsFormat::Millis, true), level: level.as_str(), target, message };
    serde_json::to_string(&line).unwrap_or_default()
}

/// The token as read from the environment at start, before any check of it.
static SECRET: OnceLock<String> = OnceLock::new();

/// Remembers the bot token for [`scrub`] and the panic hook; only the first call counts.
pub fn protect(token: Option<&str>) {
    if let Some(token) = token.map(str::trim).filter(|t| !t.is_empty()) {
        let _ = SECRET.set(token.to_owned());
    }
}

/// The token remembered by [`protect`].
pub fn secret() -> Option<&'static str> {
    SECRET.get().map(String::as_str)
}

/// Blanks the remembered token out of a text.
pub fn scrub(text: &str) -> String {
    match secret() {
        Some(secret) => redact(text, secret),
        None => text.to_owned(),
    }
}

/// Wraps a logger and replaces every occurrence of the secret with `<token>`.
pub struct Redacting<L> {
    inner: L,
    secret: Option<String>,
}

impl<L: Log> Redacting<L> {
    pub fn new(inner: L, secret: Option<String>) -> Redacting<L> {
        Redacting { inner, secret: secret.filter(|s| !s.is_empty()) }
    }
}

/// The shortest secret part blanked on its own: a real token has 35 characters after the
/// colon, and a placeholder such as `1:a` must not blank every `a` of a line.
const MIN_SECRET_PART: usize = 8;

/// Blanks the secret out of a text: as is, URL-encoded (`%3A` or `%3a` for the colon), and
/// its part after the colon on its own (the bot's id before it is public) when it is long
/// enough to be one.
pub fn redact(text: &str, secret: &str) -> String {
    let secret = secret.trim();
    let secret_part = secret.split_once(':').map_or("", |(_, part)| part);
    let secret_part = if secret_part.len() >= MIN_SECRET_PART { secret_part } else { "" };
    let forms = [secret.to_owned(), secret.replace(':', "%3A"), secret.replace(':', "%3a"), secret_part.to_owned()];
    let mut text = text.to_owned();
    for form in forms.iter().filter(|f| !f.is_empty()) {
        if text.contains(form.as_str()) {
            text = text.replace(form.as_str(), "<token>");
        }
    }
    text
}

/// A fatal start-up line: the token blanked out, and on one line whatever the error held.
pub fn fatal_line(message: &str) -> String {
    let text = scrub(message);
    let line = text.lines().map(str::trim).filter(|l| !l.is_empty()).collect::<Vec<_>>().join(" ");
    format!("objection-bot: {line}")
}

/// A fatal line in the log format chosen by [`init`]: [`fatal_line`], or a JSON error line.
pub fn fatal_report(message: &str) -> String {
    let line = fatal_line(message);
    match format() {
        LogFormat::Text => line,
        LogFormat::Json => json_line(Utc::now(), Level::Error, "objection_bot", &line),
    }
}

/// What a panic says, whether it was raised with a `&str` or a `String`.
pub fn panic_message(payload: &dyn Any) -> &str {
    if let Some(s) = payload.downcast_ref::<&str>() {
        s
    } else if let Some(s) = payload.downcast_ref::<String>() {
        s
    } else {
        "Box<dyn Any>"
    }
}

/// The report of a panic, as Rust's default hook writes it, with the secret blanked out.
pub fn panic_report(
    thread: Option<&str>,
    message: &str,
    location: Option<&Location<'_>>,
    secret: Option<&str>,
) -> String {
    let at = location.map(|l| format!(" at {}:{}:{}", l.file(), l.line(), l.column())).unwrap_or_default();
    let report = format!("thread '{}' panicked{at}:\n{message}", thread.unwrap_or("<unnamed>"));
    match secret {
        Some(secret) => redact(&report, secret),
        None => report,
    }
}

/// Whether a panic is `println!` meeting a closed pipe (`… | head`, a closed `less`): the
/// reader wants no more, which is no failure.
pub fn is_closed_pipe(message: &str) -> bool {
    (message.starts_with("failed printing to stdout") || message.starts_with("failed printing to stderr"))
        && (message.contains("Broken pipe") || message.contains("os error 32"))
}

/// Whether `RUST_BACKTRACE` asks for a backtrace, as Rust's own panic hook reads it.
fn backtrace_wanted(value: Option<&str>) -> bool {
    value.is_some_and(|v| !v.is_empty() && v != "0")
}

/// Replaces the default panic hook (which prints the panic's message as is) with one that
/// blanks the token out of the message and the backtrace (printed only if `RUST_BACKTRACE`
/// asks), and ends the program quietly with status 0 when its output's reader has gone.
pub fn install_panic_hook() {
    std::panic::set_hook(Box::new(|info| {
        if is_closed_pipe(panic_message(info.payload())) {
            std::process::exit(0);
        }
        let thread = std::thread::current();
        let report = panic_report(thread.name(), panic_message(info.payload()), info.location(), secret());
        let wanted = backtrace_wanted(std::env::var("RUST_BACKTRACE").ok().as_deref());
        let backtrace = if wanted { Backtrace::force_capture() } else { Backtrace::disabled() };
        let tail = match backtrace.status() {
            BacktraceStatus::Captured => format!("stack backtrace:\n{}", scrub(&backtrace.to_string())),
            _ => "note: run with `RUST_BACKTRACE=1` environment variable to display a backtrace".to_owned(),
        };
        match format() {
            LogFormat::Text => eprintln!("{report}\n{tail}"),
            LogFormat::Json => {
                eprintln!("{}", json_line(Utc::now(), Level::Error, "panic", &format!("{report}\n{tail}")))
            }
        }
    }));
}

impl<L: Log> Log for Redacting<L> {
    fn enabled(&self, metadata: &Metadata) -> bool {
        self.inner.enabled(metadata)
    }

    fn log(&self, record: &Record) {
        if !self.inner.enabled(record.metadata()) {
            return;
        }
        match &self.secret {
            None => self.inner.log(record),
            Some(secret) => {
                let text = redact(&record.args().to_string(), secret);
                self.inner.log(
                    &Record::builder()
                        .args(format_args!("{text}"))
                        .metadata(record.metadata().clone())
                        .module_path(record.module_path())
                        .file(record.file())
                        .line(record.line())
                        .build(),
                );
            }
        }
    }

    fn flush(&self) {
        self.inner.flush()
    }
}

/// The log filters without `RUST_LOG`: `info`, but sqlx only from `warn` (its notices, such
/// as PostgreSQL's "relation already exists, skipping" at every start, are not news).
pub const DEFAULT_FILTERS: &str = "info,sqlx=warn";

/// Installs the logger: `RUST_LOG` chooses the level (default [`DEFAULT_FILTERS`]), `format` the lines,
/// and the token remembered by [`protect`] never shows.
pub fn init(format: LogFormat) {
    install(format, false);
}

/// [`init`], but each distinct line is written once: for `check`, which renders every message
/// in many ways and reports each problem itself.
pub fn init_once_per_line(format: LogFormat) {
    install(format, true);
}

fn install(format: LogFormat, once: bool) {
    let _ = FORMAT.set(format);
    let filters = std::env::var("RUST_LOG").unwrap_or_else(|_| DEFAULT_FILTERS.into());
    let logger = logger(format, &filters, env_logger::Target::Stderr);
    let max = logger.filter();
    let secret = secret().map(str::to_owned);
    let installed = if once {
        log::set_boxed_logger(Box::new(Redacting::new(OncePerLine::new(logger), secret)))
    } else {
        log::set_boxed_logger(Box::new(Redacting::new(logger, secret)))
    };
    if installed.is_ok() {
        log::set_max_level(max);
    }
}

/// Wraps a logger and lets each distinct (level, target, message) through only once.
pub struct OncePerLine<L> {
    inner: L,
    seen: std::sync::Mutex<std::collections::HashSet<String>>,
}

impl<L: Log> OncePerLine<L> {
    pub fn new(inner: L) -> OncePerLine<L> {
        OncePerLine { inner, seen: Default::default() }
    }
}

impl<L: Log> Log for OncePerLine<L> {
    fn enabled(&self, metadata: &Metadata) -> bool {
        self.inner.enabled(metadata)
    }

    fn log(&self, record: &Record) {
        let key = format!("{} {} {}", record.level(), record.target(), record.args());
        let first = self.seen.lock().map(|mut seen| seen.insert(key)).unwrap_or(true);
        if first {
            self.inner.log(record);
        }
    }

    fn flush(&self) {
        self.inner.flush()
    }
}

/// The logger (to be wrapped in [`Redacting`]) writing lines of `format` to `target`.
fn logger(format: LogFormat, filters: &str, target: env_logger::Target) -> env_logger::Logger {
    let mut builder = match format {
        // Under systemd (JOURNAL_STREAM is set) the journal stamps each line itself.
        LogFormat::Text if std::env::var_os("JOURNAL_STREAM").is_some() => pretty_env_logger::formatted_builder(),
        LogFormat::Text => pretty_env_logger::formatted_timed_builder(),
        LogFormat::Json => {
            let mut builder = env_logger::Builder::new();
            builder.write_style(env_logger::WriteStyle::Never).format(|buf, record| {
                let message = record.args().to_string();
                writeln!(buf, "{}", json_line(Utc::now(), record.level(), record.target(), &message))
            });
            builder
        }
    };
    builder.parse_filters(filters).target(target);
    builder.build()
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::sync::{Arc, Mutex};

    struct Capture(Arc<Mutex<Vec<String>>>);
    impl Log for Capture {
        fn enabled(&self, _: &Metadata) -> bool {
            true
        }
        fn log(&self, record: &Record) {
            self.0.lock().unwrap().push(record.args().to_string());
        }
        fn flush(&self) {}
    }

    #[test]
    fn the_token_is_blanked_out_of_log_lines() {
        let lines = Arc::new(Mutex::new(Vec::new()));
        let logger = Redacting::new(Capture(lines.clone()), Some("123:ABC".into()));
        logger.log(&Record::builder().args(format_args!("GET https://api/bot123:ABC/getMe and bot123%3AABC")).build());
        let got = lines.lock().unwrap().join("\n");
        assert!(!got.contains("ABC"), "{got}");
        assert!(got.contains("<token>"));
    }

    const TOKEN: &str = "123456:TEST-token_secret";

    #[test]
    fn every_form_of_the_token_is_blanked() {
        for form in [TOKEN, "123456%3ATEST-token_secret", "123456%3aTEST-token_secret", "TEST-token_secret"] {
            let text = redact(&format!("GET /bot{form}/getMe failed"), TOKEN);
            assert_eq!(text, "GET /bot<token>/getMe failed", "{form}");
        }
        assert_eq!(redact("nothing secret here", TOKEN), "nothing secret here");
        assert_eq!(redact("bot id 123456 is public", TOKEN), "bot id 123456 is public");
        // A placeholder's one-letter secret part does not blank every such letter.
        assert_eq!(redact("getMe failed at bot1:a/getMe", "1:a"), "getMe failed at bot<token>/getMe");
    }

    #[test]
    fn a_fatal_line_is_one_line_without_the_token() {
        // The remembered token is process-wide: this is the only test in this binary setting it.
        protect(Some(TOKEN));
        let line =
            fatal_line("getMe failed (raw: \"Cannot POST /bot123456:TEST-token_secret/GetMe\")\n  at the proxy\n");
        assert_eq!(line, "objection-bot: getMe failed (raw: \"Cannot POST /bot<token>/GetMe\") at the proxy");
    }

    #[test]
    fn a_panic_report_names_the_thread_and_place_and_blanks_the_token() {
        let here = Location::caller();
        let report =
            panic_report(Some("main"), "request to /bot123456%3aTEST-token_secret failed", Some(here), Some(TOKEN));
        assert_eq!(
            report,
            format!(
                "thread 'main' panicked at src/logging.rs:{}:{}:\nrequest to /bot<token> failed",
                here.line(),
                here.column()
            )
        );
        assert!(panic_report(None, "boom", None, None).starts_with("thread '<unnamed>' panicked:\nboom"));
    }

    /// A writer into a shared buffer, for the logger's `Target::Pipe`.
    #[derive(Clone, Default)]
    struct Buffer(Arc<Mutex<Vec<u8>>>);
    impl std::io::Write for Buffer {
        fn write(&mut self, bytes: &[u8]) -> std::io::Result<usize> {
            self.0.lock().unwrap().extend_from_slice(bytes);
            Ok(bytes.len())
        }
        fn flush(&mut self) -> std::io::Result<()> {
            Ok(())
        }
    }

    #[test]
    fn json_logs_are_one_object_per_line_without_the_token() {
        let buffer = Buffer::default();
        let inner = logger(LogFormat::Json, "trace", env_logger::Target::Pipe(Box::new(buffer.clone())));
        let logger = Redacting::new(inner, Some(TOKEN.into()));
        for (level, message) in [
            (Level::Info, "GET /bot123456:TEST-token_secret/getMe \"quoted\"\nand a second line"),
            (Level::Warn, "secret part alone: TEST-token_secret, encoded 123456%3ATEST-token_secret"),
        ] {
            logger.log(
                &Record::builder()
                    .args(format_args!("{message}"))
                    .level(level)
                    .target("objection_bot::telegram")
                    .build(),
            );
        }
        let text = String::from_utf8(buffer.0.lock().unwrap().clone()).unwrap();
        assert!(!text.contains("TEST-token_secret"), "{text}");
        let lines: Vec<&str> = text.lines().collect();
        assert_eq!(lines.len(), 2, "{text}");
        for line in &lines {
            let value: serde_json::Value = serde_json::from_str(line).unwrap();
            let time = value["time"].as_str().unwrap();
            assert!(DateTime::parse_from_rfc3339(time).is_ok(), "{time}");
            assert_eq!(value["target"], "objection_bot::telegram");
            assert!(value["message"].as_str().unwrap().contains("<token>"), "{line}");
        }
        let first: serde_json::Value = serde_json::from_str(lines[0]).unwrap();
        assert_eq!(first["level"], "INFO");
        assert_eq!(first["message"], "GET /bot<token>/getMe \"quoted\"\nand a second line");
    }

    #[test]
    fn a_closed_pipe_is_told_from_other_panics_and_backtraces_follow_rust_backtrace() {
        assert!(is_closed_pipe("failed printing to stdout: Broken pipe (os error 32)"));
        assert!(!is_closed_pipe("failed printing to stdout: No space left on device (os error 28)"));
        assert!(!is_closed_pipe("index out of bounds: Broken pipe"));
        for (value, wanted) in
            [(None, false), (Some("0"), false), (Some(""), false), (Some("1"), true), (Some("full"), true)]
        {
            assert_eq!(backtrace_wanted(value), wanted, "{value:?}");
        }
    }

    #[test]
    fn once_per_line_lets_each_distinct_line_through_once() {
        let lines = Arc::new(Mutex::new(Vec::new()));
        let logger = OncePerLine::new(Capture(lines.clone()));
        for message in ["unknown variable $dya", "unknown variable $dya", "another", "unknown variable $dya"] {
            logger.log(&Record::builder().args(format_args!("{message}")).level(Level::Warn).build());
        }
        logger.log(&Record::builder().args(format_args!("another")).level(Level::Error).build());
        assert_eq!(*lines.lock().unwrap(), ["unknown variable $dya", "another", "another"]);
    }

    #[test]
    fn sqlx_notices_stay_out_of_the_default_log() {
        let logger = logger(LogFormat::Text, DEFAULT_FILTERS, env_logger::Target::Stderr);
        let at = |target: &str, level: Level| logger.enabled(&Metadata::builder().target(target).level(level).build());
        assert!(!at("sqlx::postgres::notice", Level::Info));
        assert!(at("sqlx::query", Level::Warn));
        assert!(at("objection_bot::telegram", Level::Info));
    }

    #[test]
    fn a_panic_message_is_read_from_either_kind_of_payload() {
        assert_eq!(panic_message(&"static text"), "static text");
        assert_eq!(panic_message(&String::from("formatted text")), "formatted text");
        assert_eq!(panic_message(&42_u8), "Box<dyn Any>");
    }
}
