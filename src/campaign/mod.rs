//! One objection campaign: its deadline (if any), start and checked dates, default language,
//! reminder offsets, platforms with their kinds and links, and its texts. Reading folders is in `load.rs`; the set of campaigns loaded
//! together, and the rules between them, in `set.rs`.

use std::{fmt, sync::Arc, time::Duration};

use chrono::{DateTime, FixedOffset, NaiveDate, Utc};
use serde::Deserialize;

use crate::{
    i18n::{Arg, I18n},
    lang::Lang,
};

mod follow;
mod load;
mod messages;
mod scaffold;
mod set;

pub use self::{
    follow::FollowThrough,
    load::{embedded_folders, folders_from_dir, CampaignFolder},
    messages::{
        CAMPAIGN_MESSAGES, DEADLINE_MESSAGES, EVERGREEN_MESSAGES, LETTER_MESSAGES, OPTIONAL_PLATFORM_MESSAGES,
        PLATFORM_MESSAGES,
    },
    scaffold::new_campaign,
    set::{Campaigns, Examined, BOT_COMMANDS, RESERVED_KEYS},
};

/// How a platform is opted out of: an objection form to send, or a setting to switch off.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Kind {
    #[default]
    Form,
    Setting,
}

/// A platform on which people can object: its key, its kind and the links its buttons open.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Platform {
    /// `[a-z][a-z0-9_]{0,31}`: the command, the deep link and the prefix of its messages.
    pub key: String,
    pub kind: Kind,
    /// The official form, or the settings page, that the platform's button opens.
    pub form_url: url::Url,
    /// A second link button: the platform's own fallback page (`<key>-help-button` labels it).
    pub help_url: Option<url::Url>,
}

/// A validated campaign with its texts.
#[derive(Debug, Clone)]
pub struct Campaign {
    pub id: String,
    pub default_language: Lang,
    /// None: an evergreen campaign, with no reminder waves.
    pub deadline: Option<DateTime<FixedOffset>>,
    /// The day the training began, shown as a fact.
    pub started: Option<NaiveDate>,
    /// The day a person last checked the steps and links.
    pub checked: NaiveDate,
    /// Reminder offsets before the deadline, largest first, without repeats.
    pub reminders: Vec<Duration>,
    /// In the order of the campaign file.
    pub platforms: Vec<Platform>,
    /// Follow-ups, re-checks and its announcement.
    pub follow: FollowThrough,
    /// The campaign's own messages; languages it does not ship fall back to its default.
    pub texts: Arc<I18n>,
    /// Whether its texts have a letter (see [`Campaign::has_letter`]), found once: every
    /// screen with a letter button asks, and formatting the letter to find out cost a
    /// tenth of answering a platform command (issue 20).
    letter: bool,
}

/// Why a campaign was refused: the file, the field and the problem, on one line.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub struct CampaignError {
    pub file: String,
    pub field: String,
    pub problem: String,
}

impl CampaignError {
    pub fn new(file: &str, field: &str, problem: impl Into<String>) -> CampaignError {
        CampaignError { file: file.to_owned(), field: field.to_owned(), problem: problem.into() }
    }
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
    deadline: Option<String>,
    started: Option<String>,
    checked: Option<String>,
    #[serde(default)]
    reminders: Vec<String>,
    #[serde(default)]
    platforms: Vec<RawPlatform>,
    followup_after: Option<String>,
    followup_again: Option<String>,
    recheck_after: Option<String>,
    announce: Option<bool>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawPlatform {
    key: String,
    #[serde(default)]
    kind: Kind,
    form_url: String,
    help_url: Option<String>,
}

/// What `campaign.toml` says, validated on its own (the texts come separately).
#[derive(Debug, Clone)]
pub struct CampaignFile {
    pub id: String,
    pub default_language: Lang,
    pub deadline: Option<DateTime<FixedOffset>>,
    pub started: Option<NaiveDate>,
    pub checked: NaiveDate,
    pub reminders: Vec<Duration>,
    pub platforms: Vec<Platform>,
    pub follow: FollowThrough,
}

/// One reminder wave: an offset before the deadline and the moment it falls due.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Wave {
    /// The offset as written in the campaign file (`3d`, `90s`); the wave's name in the store.
    pub key: String,
    pub offset: Duration,
    pub due: DateTime<Utc>,
}

/// Whether `key` is a valid platform key: `[a-z][a-z0-9_]{0,31}`.
pub fn valid_key(key: &str) -> bool {
    key.len() <= 32
        && key.chars().next().is_some_and(|c| c.is_ascii_lowercase())
        && key.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_')
}

/// Whether `id` is a valid campaign id: lowercase letters, digits, `-` or `_`, at most 32.
pub fn valid_id(id: &str) -> bool {
    (1..=32).contains(&id.len())
        && id.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-' || c == '_')
}

impl CampaignFile {
    /// Parses and validates a campaign file; `file` names it in errors.
    pub fn parse(file: &str, text: &str) -> Result<CampaignFile, CampaignError> {
        let err = |field: &str, problem: String| CampaignError::new(file, field, problem);
        let raw: RawCampaign = toml::from_str(text).map_err(|e| {
            let message = e.message().replace('\n', " ");
            let at = e
                .span()
                .map(|s| format!(" (line {})", text[..s.start.min(text.len())].lines().count().max(1)))
                .unwrap_or_default();
            err("", format!("not valid TOML{at}: {message}"))
        })?;

        let id = raw.id.trim().to_owned();
        if !valid_id(&id) {
            return Err(err("id", "must be 1 to 32 lowercase letters, digits, - or _".into()));
        }
        let default_language =
            Lang::from_tag(&raw.default_language).filter(|l| l.code() == raw.default_language).ok_or_else(|| {
                err(
                    "default_language",
                    format!("`{}` is not an EU language code such as en or fr", raw.default_language),
                )
            })?;
        let deadline = match &raw.deadline {
            None => None,
            Some(text) => Some(DateTime::parse_from_rfc3339(text).map_err(|_| {
                err(
                    "deadline",
                    format!("`{text}` is not an RFC 3339 date with an offset, such as 2025-05-27T00:00:00+02:00"),
                )
            })?),
        };
        let day = |field: &str, text: &str| {
            NaiveDate::parse_from_str(text, "%Y-%m-%d")
                .map_err(|_| err(field, format!("`{text}` is not a date such as 2026-12-04 (YYYY-MM-DD)")))
        };
        let started = raw.started.as_deref().map(|t| day("started", t)).transpose()?;
        let checked =
            match raw.checked.as_deref() {
                Some(t) => day("checked", t)?,
                None => return Err(err(
                    "checked",
                    "missing: give the day a person last checked the steps and links, such as checked = \"2026-12-04\""
                        .into(),
                )),
            };
        if deadline.is_none() && !raw.reminders.is_empty() {
            return Err(err(
                "reminders",
                "reminders count back from a deadline: give a `deadline` or remove them".into(),
            ));
        }
        let mut reminders = Vec::new();
        for (i, text) in raw.reminders.iter().enumerate() {
            let d = parse_offset(text).map_err(|p| err(&format!("reminders[{i}]"), p))?;
            if !reminders.contains(&d) {
                reminders.push(d);
            }
        }
        reminders.sort_by(|a, b| b.cmp(a));

        if raw.platforms.is_empty() {
            return Err(err("platforms", "at least one [[platforms]] entry is needed".into()));
        }
        let mut platforms: Vec<Platform> = Vec::new();
        for (i, p) in raw.platforms.iter().enumerate() {
            let field = format!("platforms[{i}]");
            if !valid_key(&p.key) {
                return Err(err(
                    &format!("{field}.key"),
                    format!("`{}` must be a lowercase letter, then up to 31 lowercase letters, digits or _", p.key),
                ));
            }
            if RESERVED_KEYS.contains(&p.key.as_str()) {
                return Err(err(&format!("{field}.key"), format!("`{}` is one of the bot's own commands", p.key)));
            }
            if platforms.iter().any(|q| q.key == p.key) {
                return Err(err(&format!("{field}.key"), format!("`{}` appears twice", p.key)));
            }
            let https = |name: &str, text: &str| {
                url::Url::parse(text)
                    .ok()
                    .filter(|u| u.scheme() == "https")
                    .ok_or_else(|| err(&format!("{field}.{name}"), format!("`{text}` is not an https URL")))
            };
            let form_url = https("form_url", &p.form_url)?;
            let help_url = p.help_url.as_deref().map(|t| https("help_url", t)).transpose()?;
            platforms.push(Platform { key: p.key.clone(), kind: p.kind, form_url, help_url });
        }
        let follow = FollowThrough::parse(
            raw.followup_after.as_deref(),
            raw.followup_again.as_deref(),
            raw.recheck_after.as_deref(),
            raw.announce,
        )
        .map_err(|(field, problem)| err(field, problem))?;
        Ok(CampaignFile { id, default_language, deadline, started, checked, reminders, platforms, follow })
    }
}

impl Campaign {
    /// A campaign from its validated file and its texts.
    pub fn new(file: CampaignFile, texts: I18n) -> Campaign {
        Campaign {
            id: file.id,
            default_language: file.default_language,
            deadline: file.deadline,
            started: file.started,
            checked: file.checked,
            reminders: file.reminders,
            platforms: file.platforms,
            follow: file.follow,
            letter: texts.try_tr(texts.default_lang(), "letter-body", &[]).is_ok(),
            texts: Arc::new(texts),
        }
    }

    /// The campaign built into the binary under this id (tests and benchmarks).
    pub fn embedded(id: &str) -> Campaign {
        let campaigns = Campaigns::load(None).unwrap_or_else(|e| panic!("the embedded campaigns: {e}"));
        let found = campaigns.iter().find(|c| c.id == id).unwrap_or_else(|| panic!("no embedded campaign {id}"));
        (**found).clone()
    }

    /// The built-in Meta campaign as an operator's copy with a deadline (tests and
    /// benchmarks): id `meta-ai-2025`, reminders 7d, 3d, 1d and 3h before `deadline`.
    pub fn dated_meta(deadline: DateTime<FixedOffset>) -> Campaign {
        let mut c = Campaign::embedded("meta-ai").with_deadline(deadline);
        c.id = "meta-ai-2025".into();
        c.reminders = ["7d", "3d", "1d", "3h"].iter().filter_map(|o| parse_offset(o).ok()).collect();
        c
    }

    /// The same campaign with another deadline (tests and benchmarks).
    pub fn with_deadline(mut self, deadline: DateTime<FixedOffset>) -> Campaign {
        self.deadline = Some(deadline);
        self
    }

    /// The offset its times are shown in: the deadline's, else UTC.
    pub fn offset(&self) -> FixedOffset {
        self.deadline.map(|d| *d.offset()).unwrap_or(FixedOffset::east_opt(0).expect("UTC"))
    }

    /// Whether the campaign has a letter (it defines `letter-body`).
    pub fn has_letter(&self) -> bool {
        self.letter
    }

    /// The platform with this key, if the campaign has it.
    pub fn platform(&self, key: &str) -> Option<&Platform> {
        self.platforms.iter().find(|p| p.key == key)
    }

    /// Whether the bot ever shows message `id` of this campaign's texts: one of
    /// [`CAMPAIGN_MESSAGES`], or one of [`PLATFORM_MESSAGES`] of a platform in its file.
    pub fn uses_message(&self, id: &str) -> bool {
        CAMPAIGN_MESSAGES.contains(&id)
            || DEADLINE_MESSAGES.contains(&id)
            || EVERGREEN_MESSAGES.contains(&id)
            || LETTER_MESSAGES.contains(&id)
            || self.platforms.iter().any(|p| {
                id.strip_prefix(p.key.as_str()).and_then(|rest| rest.strip_prefix('-')).is_some_and(|suffix| {
                    PLATFORM_MESSAGES.contains(&suffix) || OPTIONAL_PLATFORM_MESSAGES.contains(&suffix)
                })
            })
    }

    /// The platforms not yet ticked off in `done`, in the campaign's order.
    pub fn open_platforms<'a>(&'a self, done: &std::collections::BTreeSet<String>) -> Vec<&'a Platform> {
        self.platforms.iter().filter(|p| !done.contains(&p.key)).collect()
    }

    /// One of the campaign's messages in `lang` (or its default language if it lacks `lang`).
    pub fn tr(&self, lang: Lang, id: &str, args: &[(&str, Arg)]) -> String {
        self.texts.tr(self.texts.resolve(lang), id, args)
    }

    /// One of a platform's messages: `<key>-<suffix>`.
    pub fn platform_tr(&self, lang: Lang, key: &str, suffix: &str) -> String {
        self.tr(lang, &format!("{key}-{suffix}"), &[])
    }

    /// Every reminder wave of the campaign, earliest first (none without a deadline).
    pub fn waves(&self) -> Vec<Wave> {
        let mut waves: Vec<Wave> = self
            .reminders
            .iter()
            .filter_map(|&offset| {
                let due = self.wave_time(offset)?.with_timezone(&Utc);
                Some(Wave { key: format_offset(offset), offset, due })
            })
            .collect();
        waves.sort_by_key(|w| w.due);
        waves
    }

    /// The next wave after `now`, before the deadline: what /remind and /status announce.
    pub fn next_wave_after(&self, now: DateTime<Utc>) -> Option<Wave> {
        let deadline = self.deadline?.with_timezone(&Utc);
        self.waves().into_iter().find(|w| w.due > now && w.due < deadline)
    }

    /// Whether the campaign has a deadline and it has passed at `now`.
    pub fn is_over(&self, now: DateTime<Utc>) -> bool {
        self.deadline.is_some_and(|d| now >= d.to_utc())
    }

    /// Whether the campaign has a deadline still ahead at `now`.
    pub fn is_live(&self, now: DateTime<Utc>) -> bool {
        self.deadline.is_some_and(|d| now < d.to_utc())
    }

    /// The moment a reminder wave with this offset is due (none without a deadline).
    pub fn wave_time(&self, offset: Duration) -> Option<DateTime<FixedOffset>> {
        let deadline = self.deadline?;
        let offset = chrono::Duration::from_std(offset).unwrap_or(chrono::Duration::MAX);
        Some(deadline.checked_sub_signed(offset).unwrap_or(DateTime::<FixedOffset>::MIN_UTC.fixed_offset()))
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
mod tests;
