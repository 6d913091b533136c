//! The link checker's last results in the operators' summary: one line per campaign link.

use std::fmt::Write as _;

use chrono::{DateTime, FixedOffset};
use serde::Serialize;

use crate::{campaign::Campaigns, links::Link, store::LinkRow};

/// One campaign link and what the link checker last found.
#[derive(Debug, Clone, Serialize)]
pub struct LinkReport {
    pub campaign: String,
    pub platform: String,
    /// `form` or `help`.
    pub link: &'static str,
    pub url: String,
    /// `reachable`, `moved`, `gone`, `unreachable`, or `unchecked` before the first check.
    pub verdict: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub status: Option<i64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub final_url: Option<String>,
    /// The error, or why an answer counts as reachable.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub detail: Option<String>,
    /// When it was last asked (RFC 3339).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub checked_at: Option<String>,
}

/// Every link of the campaigns loaded with its stored result (results of other links or of
/// older URLs are left out).
pub fn reports(campaigns: &Campaigns, rows: &[LinkRow], offset: FixedOffset) -> Vec<LinkReport> {
    Link::all(campaigns)
        .into_iter()
        .map(|link| {
            let row = link.stored(rows);
            LinkReport {
                campaign: link.campaign.clone(),
                platform: link.platform.clone(),
                link: link.which,
                url: link.url.to_string(),
                verdict: row.map_or_else(|| "unchecked".to_owned(), |r| r.verdict.clone()),
                status: row.and_then(|r| r.status),
                final_url: row.and_then(|r| r.final_url.clone()),
                detail: row.and_then(|r| r.detail.clone()),
                checked_at: row
                    .and_then(|r| DateTime::from_timestamp_millis(r.checked_ms))
                    .map(|t| t.with_timezone(&offset).to_rfc3339_opts(chrono::SecondsFormat::Secs, true)),
            }
        })
        .collect()
}

/// The links' lines of the text summary.
pub fn text(out: &mut String, links: &[LinkReport]) {
    let _ = writeln!(out, "\nlinks (the running bot asks each once a day; `objection-bot check --links` asks now):");
    for l in links {
        let mut line = format!("  {} {} {}: {}", l.campaign, l.platform, l.link, l.verdict);
        if let (Some(status), Some(url)) = (l.status, &l.final_url) {
            let _ = write!(line, ", {status} at {url}");
        }
        if let Some(detail) = &l.detail {
            let _ = write!(line, " ({detail})");
        }
        match &l.checked_at {
            Some(at) => {
                let _ = write!(line, ", checked {at}");
            }
            None => line.push_str(&format!(" ({})", l.url)),
        }
        let _ = writeln!(out, "{line}");
    }
}
