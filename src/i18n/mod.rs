//! Fluent bundles for every shipped language, language fallback, one `tr`, dates and time
//! left. Reading locales is in `load.rs`; the checks that keep every locale in step with the
//! French reference are in `lint.rs`.

use std::{
    collections::{BTreeMap, BTreeSet, HashMap},
    sync::{
        atomic::{AtomicU64, Ordering},
        Mutex, PoisonError,
    },
    time::Duration,
};

use chrono::{DateTime, Datelike, FixedOffset, NaiveDate, Timelike};
use fluent_bundle::{concurrent::FluentBundle, FluentArgs, FluentResource, FluentValue};

use crate::lang::Lang;

mod lint;
mod load;

use self::lint::{line_of, messages_in_order};
pub use self::{
    lint::{check_sources, check_sources_against, integer_plural_categories, message_variables},
    load::{embedded_sources, load_sources, not_plain, plain_entries, sources_from_dir},
};

/// The language every other locale must match, message for message.
pub const REFERENCE: Lang = Lang::Fr;

type Bundle = FluentBundle<FluentResource>;

/// One argument of a message. Text must already be HTML-safe (see [`crate::html::escape`]).
#[derive(Debug, Clone)]
pub enum Arg {
    Text(String),
    Num(i64),
}

impl From<String> for Arg {
    fn from(s: String) -> Arg {
        Arg::Text(s)
    }
}
impl From<&str> for Arg {
    fn from(s: &str) -> Arg {
        Arg::Text(s.to_owned())
    }
}
impl From<i64> for Arg {
    fn from(n: i64) -> Arg {
        Arg::Num(n)
    }
}

/// A locale's text as loaded: language and Fluent source, possibly several files.
#[derive(Debug, Clone)]
pub struct LocaleSource {
    pub lang: Lang,
    pub files: Vec<(String, String)>,
}

impl LocaleSource {
    /// All of the locale's files as one text.
    pub fn joined(&self) -> String {
        self.files.iter().map(|(_, t)| t.as_str()).collect::<Vec<_>>().join("\n")
    }
}

/// Every translated language, ready to format messages: the bot's own words, or one
/// campaign's texts.
pub struct I18n {
    bundles: BTreeMap<Lang, Bundle>,
    default: Lang,
    /// The language the others are checked against, and the last fallback.
    reference_lang: Lang,
    /// Messages asked for but missing or broken, as `lang:id`, so tests can catch them.
    misses: Mutex<BTreeSet<String>>,
    /// How many times a message fell back, ever: a text made while it did not move was
    /// formatted in full, and may be kept (see `Brain::platform_page`).
    fell_back: AtomicU64,
    /// Messages without arguments, formatted once in each language: they read the same each
    /// time (a reply's labels and steps, issue 20). Only messages the language has are kept,
    /// so the map is bounded by the locales, whatever ids are asked for.
    plain: Mutex<HashMap<Lang, HashMap<Box<str>, String>>>,
    /// The reference locale's message ids, in file order, with their variables.
    reference: Vec<(String, BTreeSet<String>)>,
}

impl std::fmt::Debug for I18n {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("I18n")
            .field("languages", &self.bundles.keys().collect::<Vec<_>>())
            .field("default", &self.default)
            .finish()
    }
}

impl I18n {
    /// Loads the embedded locales. Fails with one line per problem if any file does not parse
    /// or the default or reference language is missing.
    pub fn embedded(default: Lang) -> Result<I18n, Vec<String>> {
        I18n::load(None, default)
    }

    /// Loads the embedded locales, or those of `dir`; any problem is fatal.
    pub fn load(dir: Option<&std::path::Path>, default: Lang) -> Result<I18n, Vec<String>> {
        let (sources, problems) = load_sources(dir);
        if !problems.is_empty() {
            return Err(problems);
        }
        I18n::from_sources(&sources, default)
    }

    /// The bot's words from these sources, checked against the French reference.
    pub fn from_sources(sources: &[LocaleSource], default: Lang) -> Result<I18n, Vec<String>> {
        I18n::from_sources_with(sources, default, REFERENCE)
    }

    /// Messages from these sources, falling back to `default`, then to `reference`.
    pub fn from_sources_with(sources: &[LocaleSource], default: Lang, reference: Lang) -> Result<I18n, Vec<String>> {
        let mut bundles = BTreeMap::new();
        let mut problems = Vec::new();
        for source in sources {
            let langid: unic_langid::LanguageIdentifier = match source.lang.code().parse() {
                Ok(id) => id,
                Err(_) => continue,
            };
            let mut bundle = Bundle::new_concurrent(vec![langid]);
            bundle.set_use_isolating(false);
            for (name, text) in &source.files {
                match FluentResource::try_new(text.clone()) {
                    Ok(resource) => {
                        if let Err(errors) = bundle.add_resource(resource) {
                            for e in errors {
                                problems.push(format!("{name}: {e}"));
                            }
                        }
                    }
                    Err((_, errors)) => {
                        for e in errors {
                            problems.push(format!("{name}: line {}: {}", line_of(text, e.pos.start), e.kind));
                        }
                    }
                }
            }
            bundles.insert(source.lang, bundle);
        }
        for needed in [default, reference] {
            if !bundles.contains_key(&needed) {
                problems.push(format!("locales/{needed}: missing (it is the default or reference language)"));
            }
        }
        if problems.is_empty() {
            let reference_lang = reference;
            let reference = sources
                .iter()
                .filter(|s| s.lang == reference_lang)
                .flat_map(|s| s.files.iter())
                .flat_map(|(_, text)| messages_in_order(text))
                .collect();
            Ok(I18n {
                bundles,
                default,
                reference_lang,
                misses: Default::default(),
                fell_back: AtomicU64::new(0),
                plain: Default::default(),
                reference,
            })
        } else {
            Err(problems)
        }
    }

    /// The reference locale's messages, in file order, with the variables each uses.
    pub fn reference_messages(&self) -> &[(String, BTreeSet<String>)] {
        &self.reference
    }

    /// The languages that have a translation, in code order.
    pub fn languages(&self) -> Vec<Lang> {
        self.bundles.keys().copied().collect()
    }

    pub fn default_lang(&self) -> Lang {
        self.default
    }

    /// `lang` if it is translated, else the campaign's default language.
    pub fn resolve(&self, lang: Lang) -> Lang {
        if self.bundles.contains_key(&lang) {
            lang
        } else {
            self.default
        }
    }

    /// Picks the language for a chat: its stored choice, else the user's Telegram
    /// `language_code`, else the default; always a translated language.
    pub fn negotiate(&self, stored: Option<Lang>, language_code: Option<&str>) -> Lang {
        stored
            .filter(|l| self.bundles.contains_key(l))
            .or_else(|| language_code.and_then(Lang::from_tag).filter(|l| self.bundles.contains_key(l)))
            .unwrap_or(self.default)
    }

    /// Formats message `id` in `lang`, falling back to the default language and finally to
    /// the id itself, so a gap in a translation never reaches a user as an error.
    pub fn tr(&self, lang: Lang, id: &str, args: &[(&str, Arg)]) -> String {
        if args.is_empty() {
            return self.plain(lang, id);
        }
        self.try_tr(lang, id, args).unwrap_or_else(|problem| self.fall_back(lang, id, args, &problem))
    }

    /// A message without arguments: from the map after its first use in `lang`.
    fn plain(&self, lang: Lang, id: &str) -> String {
        let kept =
            self.plain.lock().unwrap_or_else(PoisonError::into_inner).get(&lang).and_then(|m| m.get(id).cloned());
        if let Some(text) = kept {
            return text;
        }
        match self.try_tr(lang, id, &[]) {
            Ok(text) => {
                let mut plain = self.plain.lock().unwrap_or_else(PoisonError::into_inner);
                plain.entry(lang).or_default().insert(id.into(), text.clone());
                text
            }
            Err(problem) => self.fall_back(lang, id, &[], &problem),
        }
    }

    /// After `lang` failed: logs and counts the miss, then tries the default and reference
    /// languages, and gives the id itself if all fail.
    fn fall_back(&self, lang: Lang, id: &str, args: &[(&str, Arg)], problem: &str) -> String {
        log::warn!("locale {lang}: {problem}");
        self.fell_back.fetch_add(1, Ordering::Relaxed);
        if let Ok(mut misses) = self.misses.lock() {
            misses.insert(format!("{lang}:{id}"));
        }
        [self.default, self.reference_lang]
            .into_iter()
            .find_map(|fallback| self.try_tr(fallback, id, args).ok())
            .unwrap_or_else(|| id.to_owned())
    }

    /// How many messages without arguments are kept, formatted, in `lang`.
    #[cfg(test)]
    fn plain_kept(&self, lang: Lang) -> usize {
        self.plain.lock().unwrap().get(&lang).map_or(0, HashMap::len)
    }

    /// How many times a message has had to fall back since the locales were loaded.
    pub fn fallbacks(&self) -> u64 {
        self.fell_back.load(Ordering::Relaxed)
    }

    /// The messages that were asked for and had to fall back, as `lang:id`.
    pub fn misses(&self) -> Vec<String> {
        self.misses.lock().map(|m| m.iter().cloned().collect()).unwrap_or_default()
    }

    /// Formats a message, reporting a missing message or a formatting error.
    pub fn try_tr(&self, lang: Lang, id: &str, args: &[(&str, Arg)]) -> Result<String, String> {
        let bundle = self.bundles.get(&lang).ok_or_else(|| format!("no locale {lang}"))?;
        let pattern =
            bundle.get_message(id).and_then(|m| m.value()).ok_or_else(|| format!("message `{id}` is missing"))?;
        let mut fluent_args = FluentArgs::new();
        for (name, value) in args {
            match value {
                Arg::Text(s) => fluent_args.set(*name, FluentValue::from(s.as_str())),
                Arg::Num(n) => fluent_args.set(*name, FluentValue::from(*n)),
            }
        }
        let mut errors = Vec::new();
        let text = bundle.format_pattern(pattern, Some(&fluent_args), &mut errors).into_owned();
        match errors.first() {
            Some(e) => Err(format!("message `{id}`: {e}")),
            None => Ok(text),
        }
    }

    /// A date and time in the language's format, in the time's own offset.
    pub fn datetime(&self, lang: Lang, at: DateTime<FixedOffset>) -> String {
        let date = self.date(lang, at);
        let offset = at.offset().local_minus_utc();
        let sign = if offset < 0 { '-' } else { '+' };
        let zone = format!("UTC{sign}{:02}:{:02}", offset.abs() / 3600, offset.abs() % 3600 / 60);
        self.tr(
            lang,
            "datetime-format",
            &[
                ("date", date.into()),
                ("time", format!("{:02}:{:02}", at.hour(), at.minute()).into()),
                ("zone", zone.into()),
            ],
        )
    }

    /// A date in the language's format.
    pub fn date(&self, lang: Lang, at: DateTime<FixedOffset>) -> String {
        let month = self.tr(lang, &format!("month-{}", at.month()), &[]);
        self.tr(
            lang,
            "date-format",
            &[("day", Arg::Num(at.day().into())), ("month", month.into()), ("year", Arg::Num(at.year().into()))],
        )
    }

    /// A day in the language's format, reporting a missing or broken message instead of
    /// falling back (for text that is kept once formatted).
    pub fn try_date(&self, lang: Lang, day: NaiveDate) -> Result<String, String> {
        let month = self.try_tr(lang, &format!("month-{}", day.month()), &[])?;
        let args =
            [("day", Arg::Num(day.day().into())), ("month", month.into()), ("year", Arg::Num(day.year().into()))];
        self.try_tr(lang, "date-format", &args)
    }

    /// How much time is left, in days; in hours on the last day; in minutes in the last hour.
    pub fn time_left(&self, lang: Lang, left: Duration) -> String {
        let TimeLeft { id, count } = TimeLeft::of(left);
        self.tr(lang, id, &[("count", Arg::Num(count as i64))])
    }
}

/// How the time left is worded, before it is put in words: the message and its count. Two
/// times with the same `TimeLeft` read the same in every language, so a reminder rendered
/// for one serves the other without formatting anything.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct TimeLeft {
    id: &'static str,
    count: u64,
}

impl TimeLeft {
    pub fn of(left: Duration) -> TimeLeft {
        let secs = left.as_secs();
        let (id, count) = if secs >= 86_400 {
            ("left-days", (secs + 43_200) / 86_400)
        } else if secs >= 3_600 {
            ("left-hours", (secs + 1_800) / 3_600)
        } else {
            ("left-minutes", secs.div_ceil(60).max(1))
        };
        TimeLeft { id, count }
    }
}

#[cfg(test)]
mod tests;
