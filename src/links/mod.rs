//! The bot watches its own links: each form and help page, judged reachable, moved, gone or unreachable.
//!
//! Redirects are followed, and an answer is judged against the first one seen since a person
//! last checked the campaign (its baseline), so a form behind a login wall stays reachable.
//! `fetch.rs` makes the requests, `daily.rs` runs them once a day while the bot runs, and
//! `objection-bot check --links` (`check.rs`) once, now. A verdict is for operators only:
//! nothing users see depends on it.

pub mod daily;
mod fetch;

use chrono::NaiveDate;

pub use self::fetch::{Checker, Fetched, Settings, AT_ONCE, TIMEOUT, USER_AGENT};
use crate::{campaign::Campaigns, store::LinkRow};

/// One link of a campaign: a platform's form (`form_url`) or help page (`help_url`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Link {
    pub campaign: String,
    pub platform: String,
    /// `form` or `help`.
    pub which: &'static str,
    pub url: url::Url,
    /// The day a person last checked the campaign's steps and links.
    pub checked: NaiveDate,
}

impl Link {
    /// Every link of the campaigns loaded, in their order.
    pub fn all(campaigns: &Campaigns) -> Vec<Link> {
        let mut links = Vec::new();
        for c in campaigns.iter() {
            for p in &c.platforms {
                let urls = [("form", Some(&p.form_url)), ("help", p.help_url.as_ref())];
                for (which, url) in urls {
                    if let Some(url) = url {
                        links.push(Link {
                            campaign: c.id.clone(),
                            platform: p.key.clone(),
                            which,
                            url: url.clone(),
                            checked: c.checked,
                        });
                    }
                }
            }
        }
        links
    }

    /// `campaign platform which`, as the log and the command name it.
    pub fn name(&self) -> String {
        format!("{} {} {}", self.campaign, self.platform, self.which)
    }

    /// The stored result that belongs to this link (same place, same URL), if any.
    pub fn stored<'a>(&self, rows: &'a [LinkRow]) -> Option<&'a LinkRow> {
        rows.iter().find(|r| {
            r.campaign_id == self.campaign
                && r.platform == self.platform
                && r.which == self.which
                && r.url == self.url.as_str()
        })
    }

    /// The baseline to judge against: the stored one if it was taken on or after the day
    /// the campaign was checked.
    pub fn baseline<'a>(&self, row: Option<&'a LinkRow>) -> Option<(i64, &'a str)> {
        let row = row?;
        let since = self.checked.and_hms_opt(0, 0, 0)?.and_utc().timestamp_millis();
        match (row.baseline_status, row.baseline_url.as_deref(), row.baseline_ms) {
            (Some(status), Some(url), Some(at)) if at >= since => Some((status, url)),
            _ => None,
        }
    }

    /// The row to store for `got`, judged against the baseline: the stored one, or else
    /// this answer, which becomes it (the first answer after the day the campaign was
    /// checked is taken as what the person who checked it saw).
    pub fn result(&self, got: &Fetched, previous: Option<&LinkRow>, now_ms: i64) -> LinkRow {
        // Only an answer can become the baseline, and not one that says gone or failing.
        let fresh = match (got.status, &got.final_url) {
            (Some(status), Some(url)) if status < 500 && status != 404 && status != 410 => {
                Some((i64::from(status), url.as_str(), now_ms))
            }
            _ => None,
        };
        let baseline = match self.baseline(previous) {
            Some((status, url)) => Some((status, url, previous.and_then(|p| p.baseline_ms).unwrap_or(now_ms))),
            None => fresh,
        };
        let (verdict, detail) = judge(&self.url, got, baseline.map(|(status, url, _)| (status, url)));
        LinkRow {
            campaign_id: self.campaign.clone(),
            platform: self.platform.clone(),
            which: self.which.into(),
            url: self.url.to_string(),
            checked_ms: now_ms,
            status: got.status.map(i64::from),
            final_url: got.final_url.clone(),
            verdict: verdict.as_str().into(),
            detail,
            baseline_status: baseline.map(|b| b.0),
            baseline_url: baseline.map(|b| b.1.to_owned()),
            baseline_ms: baseline.map(|b| b.2),
        }
    }
}

/// What a link's answer means.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Verdict {
    /// It answers where it did, or on the same path, or behind a login page.
    Reachable,
    /// It redirects somewhere else.
    Moved,
    /// 404 or 410.
    Gone,
    /// No answer: DNS, connection, TLS, a timeout, or a server error.
    Unreachable,
}

impl Verdict {
    pub const ALL: [Verdict; 4] = [Verdict::Reachable, Verdict::Moved, Verdict::Gone, Verdict::Unreachable];

    pub fn as_str(self) -> &'static str {
        match self {
            Verdict::Reachable => "reachable",
            Verdict::Moved => "moved",
            Verdict::Gone => "gone",
            Verdict::Unreachable => "unreachable",
        }
    }

    pub fn parse(text: &str) -> Option<Verdict> {
        Verdict::ALL.into_iter().find(|v| v.as_str() == text)
    }

    /// Gone or unreachable: what makes `check --links` fail and the alert fire.
    pub fn is_bad(self) -> bool {
        matches!(self, Verdict::Gone | Verdict::Unreachable)
    }
}

/// Judges an answer: gone (404, 410), unreachable (no answer or 5xx), as when checked (the
/// same status and final URL as the baseline), reachable (the same path, or a login page),
/// else moved. Returns the verdict and what explains it.
pub fn judge(link: &url::Url, got: &Fetched, baseline: Option<(i64, &str)>) -> (Verdict, Option<String>) {
    let (Some(status), Some(end)) = (got.status, got.final_url.as_deref()) else {
        return (Verdict::Unreachable, Some(got.error.clone().unwrap_or_else(|| "no answer".into())));
    };
    if status == 404 || status == 410 {
        return (Verdict::Gone, None);
    }
    if status >= 500 {
        return (Verdict::Unreachable, Some(format!("server error {status}")));
    }
    if baseline.is_some_and(|(s, u)| s == i64::from(status) && without_query(u) == without_query(end)) {
        return (Verdict::Reachable, Some("as when checked".into()));
    }
    let Ok(end_url) = url::Url::parse(end) else { return (Verdict::Moved, None) };
    if end_url.host_str() == link.host_str()
        && end_url.path().trim_end_matches('/') == link.path().trim_end_matches('/')
    {
        return (Verdict::Reachable, None);
    }
    if is_login(&end_url) {
        return (Verdict::Reachable, Some("behind a login page".into()));
    }
    (Verdict::Moved, None)
}

fn without_query(url: &str) -> &str {
    url.split(['?', '#']).next().unwrap_or(url)
}

/// Whether a URL looks like a sign-in page (`/login`, `/signin`, `accounts.` hosts, …).
fn is_login(url: &url::Url) -> bool {
    let path = url.path().to_ascii_lowercase();
    let host = url.host_str().unwrap_or_default();
    ["login", "signin", "sign-in", "sign_in", "auth", "checkpoint", "uas/"].iter().any(|w| path.contains(w))
        || host.starts_with("accounts.")
        || host.starts_with("login.")
}

/// When a link is due: at its fixed offset within each period (from a hash of its URL, so
/// links spread over the day and keep their times across restarts). Returns the latest such
/// moment if the link was not asked since and it is at most a grace (an hour a day) ago, so
/// a late wake still counts; else the next one. Each link is thus asked at most once per
/// period's slot, and one missed by more than the grace waits for the next. Unix ms.
pub fn next_check(url: &str, last_ms: Option<i64>, now_ms: i64, period_ms: i64) -> i64 {
    let period = period_ms.max(1);
    let offset = (fnv1a(url) % period as u64) as i64;
    let latest = now_ms - (now_ms - offset).rem_euclid(period);
    let grace = (period / 24).max((period / 2).min(1_000));
    if last_ms.is_none_or(|last| last < latest) && now_ms - latest <= grace {
        latest
    } else {
        latest + period
    }
}

/// FNV-1a: a hash that stays the same across builds and platforms.
fn fnv1a(text: &str) -> u64 {
    text.bytes().fold(0xcbf2_9ce4_8422_2325, |h, b| (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3))
}

/// The worst verdict of a platform's links (gone, then unreachable, then moved), for the
/// metric, which has one series per platform.
pub fn worst(verdicts: impl IntoIterator<Item = Verdict>) -> Option<Verdict> {
    verdicts.into_iter().max_by_key(|v| match v {
        Verdict::Reachable => 0,
        Verdict::Moved => 1,
        Verdict::Unreachable => 2,
        Verdict::Gone => 3,
    })
}

#[cfg(test)]
mod tests;
