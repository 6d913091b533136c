//! Logging: pretty_env_logger behind a filter that blanks the bot token out of every line.

use log::{Log, Metadata, Record};

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

/// Blanks the secret (and its URL-encoded form) out of a text.
pub fn redact(text: &str, secret: &str) -> String {
    if secret.is_empty() {
        return text.to_owned();
    }
    text.replace(secret, "<token>").replace(&secret.replace(':', "%3A"), "<token>")
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

/// Installs the logger: `RUST_LOG` chooses the level (default `info`), the token never shows.
pub fn init(token: Option<&str>) {
    let mut builder = pretty_env_logger::formatted_timed_builder();
    builder.parse_filters(&std::env::var("RUST_LOG").unwrap_or_else(|_| "info".into()));
    let logger = builder.build();
    let max = logger.filter();
    if log::set_boxed_logger(Box::new(Redacting::new(logger, token.map(str::to_owned)))).is_ok() {
        log::set_max_level(max);
    }
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
}
