//! The requests: one GET per link with a descriptive User-Agent, redirects followed, a
//! timeout, a few at a time; and the link checker's two test-only settings.

use std::{collections::HashMap, error::Error as _, path::PathBuf, time::Duration};

use futures_util::StreamExt as _;

/// How long one link may take, redirects included.
pub const TIMEOUT: Duration = Duration::from_secs(10);

/// How many links are fetched at once.
pub const AT_ONCE: usize = 4;

/// Who asks, so a site's operators can tell.
pub const USER_AGENT: &str = concat!("objection-bot/", env!("CARGO_PKG_VERSION"), " (+link checker)");

/// What one request found: the final status and URL after redirects, or the error.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Fetched {
    pub status: Option<u16>,
    pub final_url: Option<String>,
    pub error: Option<String>,
}

/// The link checker's settings, both for tests only: `LINK_CHECK_PERIOD` (seconds between
/// two checks of a link, a day unless set) and `LINK_CHECK_EXTRA_CA` (a PEM certificate to
/// trust besides the usual roots, for a test's own HTTPS server).
#[derive(Debug, Clone)]
pub struct Settings {
    pub period: Duration,
    pub extra_ca: Option<PathBuf>,
}

impl Settings {
    /// Reads the settings; an error names the setting that is wrong.
    pub fn from_env() -> Result<Settings, String> {
        let period = match std::env::var("LINK_CHECK_PERIOD") {
            Ok(text) => match text.trim().parse::<u64>() {
                Ok(s) if s > 0 => Duration::from_secs(s),
                _ => {
                    return Err(format!(
                    "LINK_CHECK_PERIOD: `{text}` is not a whole number of seconds above 0 (test only; leave it unset)"
                ))
                }
            },
            Err(_) => Duration::from_secs(86_400),
        };
        let extra_ca = std::env::var_os("LINK_CHECK_EXTRA_CA").filter(|p| !p.is_empty()).map(PathBuf::from);
        Ok(Settings { period, extra_ca })
    }
}

/// Makes the requests.
#[derive(Debug, Clone)]
pub struct Checker {
    client: reqwest::Client,
}

impl Checker {
    /// A client with the User-Agent, [`TIMEOUT`], up to 10 redirects, and the extra
    /// certificate if one is set; an error names the setting.
    pub fn new(settings: &Settings) -> Result<Checker, String> {
        let mut builder = reqwest::Client::builder()
            .user_agent(USER_AGENT)
            .timeout(TIMEOUT)
            .connect_timeout(TIMEOUT)
            .redirect(reqwest::redirect::Policy::limited(10));
        if let Some(path) = &settings.extra_ca {
            let certificate = std::fs::read(path)
                .ok()
                .and_then(|pem| reqwest::Certificate::from_pem(&pem).ok())
                .ok_or_else(|| format!("LINK_CHECK_EXTRA_CA: {} is not a readable PEM certificate", path.display()))?;
            builder = builder.add_root_certificate(certificate);
        }
        let client = builder.build().map_err(|_| "cannot build the link checker's HTTP client".to_string())?;
        Ok(Checker { client })
    }

    /// Fetches one URL (the body is not read).
    pub async fn fetch(&self, url: &url::Url) -> Fetched {
        match self.client.get(url.as_str()).send().await {
            Ok(response) => Fetched {
                status: Some(response.status().as_u16()),
                final_url: Some(response.url().to_string()),
                error: None,
            },
            Err(e) => Fetched { error: Some(describe(&e)), ..Fetched::default() },
        }
    }

    /// Fetches each distinct URL once, [`AT_ONCE`] at a time.
    pub async fn fetch_all(&self, urls: impl IntoIterator<Item = url::Url>) -> HashMap<url::Url, Fetched> {
        let mut distinct: Vec<url::Url> = urls.into_iter().collect();
        distinct.sort();
        distinct.dedup();
        futures_util::stream::iter(distinct)
            .map(|url| async move {
                let got = self.fetch(&url).await;
                (url, got)
            })
            .buffer_unordered(AT_ONCE)
            .collect()
            .await
    }
}

/// An error in a line: a timeout, too many redirects, or the chain of causes (DNS, TLS,
/// connection refused), each said once.
fn describe(e: &reqwest::Error) -> String {
    if e.is_timeout() {
        return format!("no answer within {} s", TIMEOUT.as_secs());
    }
    if e.is_redirect() {
        return "too many redirects".into();
    }
    let mut parts: Vec<String> = Vec::new();
    let mut source = e.source();
    while let Some(s) = source {
        let text = s.to_string();
        // hyper's own wrapper ("client error (Connect)") says nothing the causes do not.
        if !text.starts_with("client error (") && !parts.last().is_some_and(|last| last.contains(&text)) {
            parts.push(text);
        }
        source = s.source();
    }
    if parts.is_empty() {
        e.to_string()
    } else {
        parts.join(": ")
    }
}
