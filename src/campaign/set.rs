//! The campaigns loaded together: reading and validating each folder, the rules between
//! them (unique ids and platform keys, the command menu's size), lookups by id and by key.

use std::{path::Path, sync::Arc};

use super::{
    load, Campaign, CampaignFile, CampaignFolder, Kind, Platform, CAMPAIGN_MESSAGES, DEADLINE_MESSAGES,
    EVERGREEN_MESSAGES, LETTER_MESSAGES, OPTIONAL_PLATFORM_MESSAGES, PLATFORM_MESSAGES,
};
use crate::{
    html,
    i18n::{self, I18n, LocaleSource},
    lang::Lang,
    limits,
};

/// Names a platform key may not take: the bot's own commands, their aliases and the deep
/// links that are not platforms. (A test in `brain::command` keeps this list complete.)
pub const RESERVED_KEYS: [&str; 18] = [
    "start",
    "template",
    "letter",
    "deadline",
    "language",
    "help",
    "privacy",
    "forget",
    "remind",
    "subscribe",
    "stop",
    "unsubscribe",
    "status",
    "share",
    "stats",
    "news",
    "menu",
    "settings",
];

/// After this many days `check` warns that a campaign's `checked` date is old.
pub const CHECKED_MAX_AGE_DAYS: i64 = 120;

/// The commands of the bot's own menu besides the platforms (a test in `brain::command`
/// keeps this in step with the menu).
pub const BOT_COMMANDS: usize = 12;

/// The campaigns the bot runs: those with a deadline first (newest first), then those without
/// (earliest `started` first, then those without a start date), each tie by id. Never empty.
#[derive(Debug, Clone)]
pub struct Campaigns {
    list: Vec<Arc<Campaign>>,
}

/// What `check` learns about a set of campaign folders.
#[derive(Debug, Default)]
pub struct Examined {
    pub campaigns: Option<Campaigns>,
    /// Problems that stop the bot, one line each, naming the file.
    pub problems: Vec<String>,
    /// What works but should be known: languages a campaign does not ship.
    pub warnings: Vec<String>,
}

impl Campaigns {
    /// The built-in campaigns, or those in `dir` (`CAMPAIGNS_DIR`). The first problem found
    /// is the error, on one line naming the file.
    pub fn load(dir: Option<&Path>) -> Result<Campaigns, String> {
        let folders = match dir {
            Some(dir) => load::folders_from_dir(dir)?,
            None => load::embedded_folders(),
        };
        let examined = Campaigns::examine(folders);
        match (examined.campaigns, examined.problems.into_iter().next()) {
            (Some(campaigns), None) => Ok(campaigns),
            (_, Some(problem)) => Err(problem),
            (None, None) => Err("no campaign could be loaded".into()),
        }
    }

    /// Validates every folder and the set as a whole, collecting every problem.
    pub fn examine(folders: Vec<CampaignFolder>) -> Examined {
        let mut examined = Examined::default();
        let mut list = Vec::new();
        for folder in folders {
            match campaign_from(&folder, &mut examined) {
                Some(c) => list.push(c),
                None => continue,
            }
        }
        if examined.problems.is_empty() {
            match Campaigns::from_list(list) {
                Ok(c) => examined.campaigns = Some(c),
                Err(p) => examined.problems.push(p),
            }
        }
        examined
    }

    /// Puts campaigns together, refusing a duplicate id or platform key, or more commands
    /// than Telegram's menu holds.
    pub fn from_list(mut list: Vec<Campaign>) -> Result<Campaigns, String> {
        if list.is_empty() {
            return Err("no campaign: at least one campaign folder is needed".into());
        }
        list.sort_by(|a, b| {
            let started = |c: &Campaign| (c.started.is_none(), c.started);
            b.deadline.cmp(&a.deadline).then_with(|| started(a).cmp(&started(b))).then_with(|| a.id.cmp(&b.id))
        });
        for (i, c) in list.iter().enumerate() {
            if list[..i].iter().any(|o| o.id == c.id) {
                return Err(format!("campaign {}: field `id`: `{}` is used by two campaigns", c.id, c.id));
            }
            for p in &c.platforms {
                if let Some(other) = list[..i].iter().find(|o| o.platform(&p.key).is_some()) {
                    return Err(format!(
                        "campaign {}: field `platforms.key`: `{}` is also a platform of campaign {}",
                        c.id, p.key, other.id
                    ));
                }
            }
        }
        let platforms: usize = list.iter().map(|c| c.platforms.len()).sum();
        if platforms + BOT_COMMANDS > limits::COMMANDS {
            return Err(format!(
                "campaigns: {platforms} platforms and the bot's {} commands make more than Telegram's {} menu commands",
                BOT_COMMANDS,
                limits::COMMANDS
            ));
        }
        Ok(Campaigns { list: list.into_iter().map(Arc::new).collect() })
    }

    pub fn iter(&self) -> impl Iterator<Item = &Arc<Campaign>> {
        self.list.iter()
    }

    pub fn len(&self) -> usize {
        self.list.len()
    }

    pub fn is_empty(&self) -> bool {
        self.list.is_empty()
    }

    /// The campaign shown first (see [`Campaigns`]): the default language, and the bot's
    /// profile when it is the only one.
    pub fn first(&self) -> &Arc<Campaign> {
        &self.list[0]
    }

    /// The language for chats whose language is unknown.
    pub fn default_language(&self) -> Lang {
        self.first().default_language
    }

    pub fn get(&self, id: &str) -> Option<&Arc<Campaign>> {
        self.list.iter().find(|c| c.id == id)
    }

    /// The platform with this key and its campaign.
    pub fn platform(&self, key: &str) -> Option<(&Arc<Campaign>, &Platform)> {
        self.list.iter().find_map(|c| c.platform(key).map(|p| (c, p)))
    }

    /// Every platform of every campaign, in display order.
    pub fn platforms(&self) -> impl Iterator<Item = (&Arc<Campaign>, &Platform)> {
        self.list.iter().flat_map(|c| c.platforms.iter().map(move |p| (c, p)))
    }
}

impl From<Campaign> for Campaigns {
    fn from(campaign: Campaign) -> Campaigns {
        Campaigns { list: vec![Arc::new(campaign)] }
    }
}

/// Reads and validates one folder; problems and warnings go into `examined`.
fn campaign_from(folder: &CampaignFolder, examined: &mut Examined) -> Option<Campaign> {
    examined.problems.extend(folder.problems.iter().cloned());
    let toml = folder.toml.as_ref()?;
    let file = match CampaignFile::parse(&folder.toml_name(), toml) {
        Ok(file) => file,
        Err(e) => {
            examined.problems.push(e.to_string());
            return None;
        }
    };
    let reference = file.default_language;
    let place = |lang: Lang| format!("{}/locales/{lang}", folder.name);
    let Some(source) = folder.locales.iter().find(|s| s.lang == reference) else {
        examined.problems.push(format!(
            "{}: missing (field `default_language` is {reference}, so the campaign's texts must exist in it)",
            place(reference)
        ));
        return None;
    };
    let defined = i18n::message_variables(&source.joined());
    let mut needed: Vec<(String, String)> =
        CAMPAIGN_MESSAGES.iter().map(|id| (id.to_string(), String::new())).collect();
    let (by_date, why) = match file.deadline {
        Some(_) => (DEADLINE_MESSAGES.as_slice(), " (the campaign has a deadline)"),
        None => (EVERGREEN_MESSAGES.as_slice(), " (the campaign has no deadline)"),
    };
    needed.extend(by_date.iter().map(|id| (id.to_string(), why.to_owned())));
    if file.platforms.iter().any(|p| p.kind == Kind::Form) || defined.contains_key("letter-body") {
        needed.extend(LETTER_MESSAGES.iter().map(|id| (id.to_string(), " (the campaign has a letter)".to_owned())));
    }
    for p in &file.platforms {
        needed.extend(PLATFORM_MESSAGES.iter().map(|s| (format!("{}-{s}", p.key), format!(" (platform `{}`)", p.key))));
        if p.help_url.is_some() {
            needed.push((format!("{}-help-button", p.key), format!(" (platform `{}` has a help_url)", p.key)));
        }
    }
    if file.deadline.is_none() {
        let date_used = defined.get("standing").is_some_and(|vars| vars.contains("date"));
        if date_used && file.started.is_none() {
            examined.problems.push(format!(
                "{}: message `standing` uses $date, but the campaign file gives no `started` date",
                place(reference)
            ));
        }
    }

    let before = examined.problems.len();
    for (id, why) in &needed {
        if !defined.contains_key(id) {
            examined.problems.push(format!("{}: message `{id}` is missing{why}", place(reference)));
        }
    }
    // Used when present, never required: the other kind of date's messages (a copy may keep
    // them for an operator to add or drop a deadline), and a platform's own tick label.
    let mut allowed = needed.clone();
    allowed.extend(DEADLINE_MESSAGES.iter().chain(&EVERGREEN_MESSAGES).map(|id| (id.to_string(), String::new())));
    allowed.extend(file.platforms.iter().map(|p| (format!("{}-mark-done", p.key), String::new())));
    unused_messages(source, &allowed, examined);
    examined.problems.extend(i18n::check_sources_against(
        &folder.locales,
        reference,
        &format!("{}/locales", folder.name),
    ));
    if examined.problems.len() > before {
        return None;
    }
    let texts = match I18n::from_sources_with(&folder.locales, reference, reference) {
        Ok(texts) => texts,
        Err(problems) => {
            examined.problems.extend(problems);
            return None;
        }
    };
    for p in &file.platforms {
        for lang in texts.languages() {
            let description = html::to_plain(&texts.tr(lang, &format!("{}-command", p.key), &[]));
            let length = description.chars().count();
            if length == 0 || length > limits::COMMAND_DESCRIPTION {
                examined.problems.push(format!(
                    "{}: message `{}-command` has {length} characters; a command menu entry needs 1 to {}",
                    place(lang),
                    p.key,
                    limits::COMMAND_DESCRIPTION
                ));
            }
        }
    }
    let shipped = texts.languages();
    let missing: Vec<&str> = Lang::ALL.iter().filter(|l| !shipped.contains(l)).map(|l| l.code()).collect();
    if !missing.is_empty() {
        examined.warnings.push(format!(
            "campaign {}: ships {} of {} languages; chats in {} get its texts in {reference}",
            file.id,
            shipped.len(),
            Lang::ALL.len(),
            missing.join(" ")
        ));
    }
    let age = chrono::Utc::now().date_naive() - file.checked;
    if age > chrono::Duration::days(CHECKED_MAX_AGE_DAYS) {
        examined.warnings.push(format!(
            "campaign {}: its steps and links were checked on {} ({} days ago); check them again and update `checked`",
            file.id,
            file.checked,
            age.num_days()
        ));
    }
    Some(Campaign::new(file, texts))
}

/// Messages of the reference texts that the bot never shows, by file: those of a platform no
/// longer in the campaign file are a warning (they may stay), anything else is a problem (a
/// typo, or a file that does not belong there).
fn unused_messages(source: &LocaleSource, needed: &[(String, String)], examined: &mut Examined) {
    for (name, text) in &source.files {
        let (left, strange): (Vec<String>, Vec<String>) = i18n::message_variables(text)
            .into_keys()
            .filter(|id| !needed.iter().any(|(n, _)| n == id))
            .partition(|id| {
                PLATFORM_MESSAGES
                    .iter()
                    .chain(&OPTIONAL_PLATFORM_MESSAGES)
                    .any(|s| id.strip_suffix(s).and_then(|k| k.strip_suffix('-')).is_some_and(super::valid_key))
            });
        if !strange.is_empty() {
            examined.problems.push(format!("{name}: {} not a message the bot uses", listed(&strange)));
        }
        if !left.is_empty() {
            examined.warnings.push(format!(
                "{name}: {} of no platform in the campaign file; the bot never shows them",
                listed(&left)
            ));
        }
    }
}

/// Up to five message ids, and how many more, with their verb.
fn listed(ids: &[String]) -> String {
    let shown: Vec<String> = ids.iter().take(5).map(|id| format!("`{id}`")).collect();
    match ids.len() {
        1 => format!("message {} is", shown[0]),
        n if n > 5 => format!("messages {} and {} more are", shown.join(", "), n - 5),
        _ => format!("messages {} are", shown.join(", ")),
    }
}
