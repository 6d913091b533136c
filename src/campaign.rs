//! The campaign file: deadline, default language, reminder offsets and the official form links.

use std::{collections::BTreeMap, fmt, path::Path, time::Duration};

use chrono::{DateTime, FixedOffset, Utc};
use serde::Deserialize;

use crate::lang::Lang;

/// The campaign file shipped inside the binary.
pub const EMBEDDED: &str = include_str!("../campaign.toml");

/// A platform on which people can object.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Platform {
    Facebook,
    Instagram,
    Whatsapp,
}

impl Platform {
    pub const ALL: [Platform; 3] = [Platform::Facebook, Platform::Instagram, Platform::Whatsapp];

    /// The name used in the campaign file, commands and deep links.
    pub fn key(self) -> &'static str {
        match self {
            Platform::Facebook => "facebook",
            Platform::Instagram => "instagram",
            Platform::Whatsapp => "whatsapp",
        }
    }

    pub fn from_key(key: &str) -> Option<Platform> {
        Platform::ALL.into_iter().find(|p| p.key() == key)
    }

    /// This platform's bit in a checklist mask.
    pub fn bit(self) -> i64 {
        match self {
            Platform::Facebook => 1,
            Platform::Instagram => 2,
            Platform::Whatsapp => 4,
        }
    }

    /// The mask with every platform done.
    pub const ALL_DONE: i64 = 7;
}

/// A validated campaign.
#[derive(Debug, Clone)]
pub struct Campaign {
    pub id: String,
    pub default_language: Lang,
    pub deadline: DateTime<FixedOffset>,
    /// Reminder offsets before the deadline, largest first, without repeats.
    pub reminders: Vec<Duration>,
    form_urls: BTreeMap<Platform, url::Url>,
}

/// Why a campaign file was refused: the file, the field and the problem, on one line.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub struct CampaignError {
    pub file: String,
    pub field: String,
    pub problem: String,
}

impl fmt::Display for CampaignError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.field.is_empty() {
            write!(f, "campaign file {}: {}", self.file, self.problem)
        } else {
            write!(f, "campaign file {}: field `{}`: {}", self.file, self.field, self.problem)
        }
    }
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawCampaign {
    id: String,
    default_language: String,
    deadline: String,
    #[serde(default)]
    reminders: Vec<String>,
    platforms: BTreeMap<String, RawPlatform>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawPlatform {
    form_url: String,
}

/// One reminder wave: an offset before the deadline and the moment it falls due.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Wave {
    /// The offset as written in the campaign file (`3d`, `90s`); the wave's name in the store.
    pub key: String,
    pub offset: Duration,
    pub due: DateTime<Utc>,
}

impl Campaign {
    /// Loads the campaign from `path`, or the embedded one when `path` is `None`.
    pub fn load(path: Option<&Path>) -> Result<Campaign, CampaignError> {
        match path {
            None => Campaign::parse("(embedded campaign.toml)", EMBEDDED),
            Some(path) => {
                let name = path.display().to_string();
                let text = std::fs::read_to_string(path).map_err(|e| CampaignError {
                    file: name.clone(),
                    field: String::new(),
                    problem: format!("cannot be read: {e}"),
                })?;
                Campaign::parse(&name, &text)
            }
        }
    }

    /// Parses and validates campaign text; `file` names it in errors.
    pub fn parse(file: &str, text: &str) -> Result<Campaign, CampaignError> {
        let err =
            |field: &str, problem: String| CampaignError { file: file.to_owned(), field: field.to_owned(), problem };
        let raw: RawCampaign = toml::from_str(text).map_err(|e| {
            let message = e.message().replace('\n', " ");
            let at = e
                .span()
                .map(|s| format!(" (line {})", text[..s.start.min(text.len())].lines().count().max(1)))
                .unwrap_or_default();
            err("", format!("not valid TOML{at}: {message}"))
        })?;

        let id = raw.id.trim().to_owned();
        if id.is_empty() || !id.chars().all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_') {
            return Err(err("id", "must be letters, digits, - or _ and not empty".into()));
        }
        let default_language =
            Lang::from_tag(&raw.default_language).filter(|l| l.code() == raw.default_language).ok_or_else(|| {
                err(
                    "default_language",
                    format!("`{}` is not an EU language code such as en or fr", raw.default_language),
                )
            })?;
        let deadline = DateTime::parse_from_rfc3339(&raw.deadline).map_err(|_| {
            err(
                "deadline",
                format!("`{}` is not an RFC 3339 date with an offset, such as 2025-05-27T00:00:00+02:00", raw.deadline),
            )
        })?;
        let mut reminders = Vec::new();
        for (i, text) in raw.reminders.iter().enumerate() {
            let d = parse_offset(text).map_err(|p| err(&format!("reminders[{i}]"), p))?;
            if !reminders.contains(&d) {
                reminders.push(d);
            }
        }
        reminders.sort_by(|a, b| b.cmp(a));

        let mut form_urls = BTreeMap::new();
        for (name, platform) in &raw.platforms {
            let field = format!("platforms.{name}");
            let p = Platform::from_key(name)
                .ok_or_else(|| err(&field, "unknown platform (known: facebook, instagram, whatsapp)".into()))?;
            let url = url::Url::parse(&platform.form_url).ok().filter(|u| u.scheme() == "https").ok_or_else(|| {
                err(&format!("{field}.form_url"), format!("`{}` is not an https URL", platform.form_url))
            })?;
            form_urls.insert(p, url);
        }
        for p in Platform::ALL {
            if !form_urls.contains_key(&p) {
                return Err(err(&format!("platforms.{}", p.key()), "is missing".into()));
            }
        }
        Ok(Campaign { id, default_language, deadline, reminders, form_urls })
    }

    /// The official objection form of a platform.
    pub fn form_url(&self, platform: Platform) -> &url::Url {
        // Every platform is present: `parse` refuses a campaign without one.
        &self.form_urls[&platform]
    }

    /// The moment a reminder wave with this offset is due.
    /// Every reminder wave of the campaign, earliest first.
    pub fn waves(&self) -> Vec<Wave> {
        let mut waves: Vec<Wave> = self
            .reminders
            .iter()
            .map(|&offset| Wave { key: format_offset(offset), offset, due: self.wave_time(offset).with_timezone(&Utc) })
            .collect();
        waves.sort_by_key(|w| w.due);
        waves
    }

    /// The next wave after `now`, before the deadline: what /remind and /status announce.
    pub fn next_wave_after(&self, now: DateTime<Utc>) -> Option<Wave> {
        let deadline = self.deadline.with_timezone(&Utc);
        self.waves().into_iter().find(|w| w.due > now && w.due < deadline)
    }

    pub fn wave_time(&self, offset: Duration) -> DateTime<FixedOffset> {
        let offset = chrono::Duration::from_std(offset).unwrap_or(chrono::Duration::MAX);
        self.deadline.checked_sub_signed(offset).unwrap_or(DateTime::<FixedOffset>::MIN_UTC.fixed_offset())
    }
}

/// Parses a reminder offset such as `7d`, `3h`, `30m` or `90s`.
pub fn parse_offset(text: &str) -> Result<Duration, String> {
    let text = text.trim();
    let problem = || format!("`{text}` is not a duration such as 7d, 3h, 30m or 90s");
    let unit = text.chars().last().ok_or_else(problem)?;
    let number: u64 = text[..text.len() - unit.len_utf8()].parse().map_err(|_| problem())?;
    let seconds = match unit {
        'd' => number.checked_mul(86_400),
        'h' => number.checked_mul(3_600),
        'm' => number.checked_mul(60),
        's' => Some(number),
        _ => None,
    }
    .ok_or_else(problem)?;
    if seconds == 0 || seconds > 366 * 86_400 {
        return Err(format!("`{text}` must be more than 0s and at most 366d"));
    }
    Ok(Duration::from_secs(seconds))
}

/// Writes an offset back in the campaign file's notation (`3h`, `90s`).
pub fn format_offset(d: Duration) -> String {
    let s = d.as_secs();
    if s.is_multiple_of(86_400) {
        format!("{}d", s / 86_400)
    } else if s.is_multiple_of(3_600) {
        format!("{}h", s / 3_600)
    } else if s.is_multiple_of(60) {
        format!("{}m", s / 60)
    } else {
        format!("{s}s")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn with(replace: &str, by: &str) -> String {
        assert!(EMBEDDED.contains(replace), "fixture text not found: {replace}");
        EMBEDDED.replace(replace, by)
    }

    #[test]
    fn the_embedded_campaign_is_valid() {
        let c = Campaign::load(None).unwrap();
        assert_eq!(c.default_language, Lang::En);
        assert_eq!(c.deadline.to_rfc3339(), "2025-05-27T00:00:00+02:00");
        assert_eq!(c.reminders.first(), Some(&Duration::from_secs(7 * 86_400)));
        assert_eq!(c.form_url(Platform::Whatsapp).host_str(), Some("www.whatsapp.com"));
    }

    #[test]
    fn a_deadline_without_offset_names_the_field() {
        let e = Campaign::parse("c.toml", &with("00:00:00+02:00", "00:00:00")).unwrap_err();
        assert_eq!(e.field, "deadline");
        assert!(e.to_string().starts_with("campaign file c.toml: field `deadline`"));
    }

    #[test]
    fn an_unknown_platform_is_refused() {
        let text = format!("{EMBEDDED}\n[platforms.tiktok]\nform_url = \"https://example.org\"\n");
        let e = Campaign::parse("c.toml", &text).unwrap_err();
        assert_eq!(e.field, "platforms.tiktok");
    }

    #[test]
    fn a_bad_duration_names_its_position() {
        let e = Campaign::parse("c.toml", &with("\"3h\"", "\"3 hours\"")).unwrap_err();
        assert_eq!(e.field, "reminders[3]");
    }

    #[test]
    fn malformed_toml_is_one_line() {
        let e = Campaign::parse("c.toml", "id = \"x\"\ndeadline = ").unwrap_err();
        assert!(e.to_string().contains("not valid TOML"));
        assert!(!e.to_string().contains('\n'));
    }

    #[test]
    fn a_missing_platform_or_plain_http_link_is_refused() {
        let text =
            with("[platforms.whatsapp]\nform_url = \"https://www.whatsapp.com/contact/forms/382532939919295/\"\n", "");
        assert_eq!(Campaign::parse("c", &text).unwrap_err().field, "platforms.whatsapp");
        let text = with("https://help.instagram.com", "http://help.instagram.com");
        assert_eq!(Campaign::parse("c", &text).unwrap_err().field, "platforms.instagram.form_url");
    }

    #[test]
    fn offsets_read_and_write_back() {
        for s in ["7d", "3h", "30m", "90s"] {
            assert_eq!(format_offset(parse_offset(s).unwrap()), s);
        }
        assert!(parse_offset("0s").is_err());
        assert!(parse_offset("5w").is_err());
        assert!(parse_offset("").is_err());
        assert!(parse_offset("é").is_err());
    }
}
