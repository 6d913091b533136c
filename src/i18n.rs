//! Fluent bundles for every shipped language, language fallback, one `tr`, and the checks
//! that keep every locale in step with the French reference.

use std::{
    collections::{BTreeMap, BTreeSet},
    time::Duration,
};

use chrono::{DateTime, Datelike, FixedOffset, Timelike};
use fluent_bundle::{concurrent::FluentBundle, FluentArgs, FluentResource, FluentValue};
use fluent_syntax::ast;
use intl_pluralrules::{PluralRuleType, PluralRules};

use crate::lang::Lang;

include!(concat!(env!("OUT_DIR"), "/locales.rs"));

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

/// Every translated language, ready to format messages.
pub struct I18n {
    bundles: BTreeMap<Lang, Bundle>,
    default: Lang,
    /// Messages asked for but missing or broken, as `lang:id`, so tests can catch them.
    misses: std::sync::Mutex<BTreeSet<String>>,
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

/// The locales in a folder laid out like `locales/` (one sub-folder per language), read at
/// run time so that a translator can check a change without rebuilding.
pub fn sources_from_dir(dir: &std::path::Path) -> (Vec<LocaleSource>, Vec<String>) {
    let mut by_lang: BTreeMap<Lang, LocaleSource> = BTreeMap::new();
    let mut problems = Vec::new();
    let folders = match std::fs::read_dir(dir) {
        Ok(f) => f,
        Err(e) => return (Vec::new(), vec![format!("LOCALES_DIR {}: {e}", dir.display())]),
    };
    let mut paths: Vec<_> = folders.flatten().map(|e| e.path()).filter(|p| p.is_dir()).collect();
    paths.sort();
    for folder in paths {
        let name = folder.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
        let Some(lang) = Lang::from_tag(&name).filter(|l| l.code() == name) else {
            problems.push(format!("{}: not an EU language code", folder.display()));
            continue;
        };
        let mut files: Vec<_> = std::fs::read_dir(&folder)
            .into_iter()
            .flatten()
            .flatten()
            .map(|e| e.path())
            .filter(|p| p.extension().is_some_and(|e| e == "ftl"))
            .collect();
        files.sort();
        for file in files {
            match std::fs::read_to_string(&file) {
                Ok(text) => by_lang
                    .entry(lang)
                    .or_insert_with(|| LocaleSource { lang, files: Vec::new() })
                    .files
                    .push((file.display().to_string(), text)),
                Err(e) => problems.push(format!("{}: {e}", file.display())),
            }
        }
    }
    (by_lang.into_values().collect(), problems)
}

/// The embedded locales, or those of `dir` when one is given.
pub fn load_sources(dir: Option<&std::path::Path>) -> (Vec<LocaleSource>, Vec<String>) {
    match dir {
        Some(dir) => sources_from_dir(dir),
        None => embedded_sources(),
    }
}

/// The locales compiled into the binary, grouped by language. Folders that are not an EU
/// language code are reported as problems by [`check_sources`], not loaded.
pub fn embedded_sources() -> (Vec<LocaleSource>, Vec<String>) {
    let mut by_lang: BTreeMap<Lang, LocaleSource> = BTreeMap::new();
    let mut problems = Vec::new();
    for (folder, file, text) in EMBEDDED_LOCALES {
        match Lang::from_tag(folder).filter(|l| l.code() == *folder) {
            Some(lang) => by_lang
                .entry(lang)
                .or_insert_with(|| LocaleSource { lang, files: Vec::new() })
                .files
                .push((format!("locales/{folder}/{file}"), (*text).to_owned())),
            None => problems.push(format!("locales/{folder}: not an EU language code")),
        }
    }
    (by_lang.into_values().collect(), problems)
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

    pub fn from_sources(sources: &[LocaleSource], default: Lang) -> Result<I18n, Vec<String>> {
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
        for needed in [default, REFERENCE] {
            if !bundles.contains_key(&needed) {
                problems.push(format!("locales/{needed}: missing (it is the default or reference language)"));
            }
        }
        if problems.is_empty() {
            let reference = sources
                .iter()
                .filter(|s| s.lang == REFERENCE)
                .flat_map(|s| s.files.iter())
                .flat_map(|(_, text)| messages_in_order(text))
                .collect();
            Ok(I18n { bundles, default, misses: Default::default(), reference })
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
        self.try_tr(lang, id, args).unwrap_or_else(|problem| {
            log::warn!("locale {lang}: {problem}");
            if let Ok(mut misses) = self.misses.lock() {
                misses.insert(format!("{lang}:{id}"));
            }
            [self.default, REFERENCE]
                .into_iter()
                .find_map(|fallback| self.try_tr(fallback, id, args).ok())
                .unwrap_or_else(|| id.to_owned())
        })
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

    /// How much time is left, in days; in hours on the last day; in minutes in the last hour.
    pub fn time_left(&self, lang: Lang, left: Duration) -> String {
        let secs = left.as_secs();
        let (id, count) = if secs >= 86_400 {
            ("left-days", (secs + 43_200) / 86_400)
        } else if secs >= 3_600 {
            ("left-hours", (secs + 1_800) / 3_600)
        } else {
            ("left-minutes", secs.div_ceil(60).max(1))
        };
        self.tr(lang, id, &[("count", Arg::Num(count as i64))])
    }
}

fn line_of(text: &str, byte: usize) -> usize {
    text[..byte.min(text.len())].matches('\n').count() + 1
}

/// Calls `visit` with the id and value of every message in a locale's text, in file order.
/// Text that does not parse yields the messages that do.
fn for_each_message(text: &str, mut visit: impl FnMut(&str, &ast::Pattern<&str>)) {
    let resource = match FluentResource::try_new(text.to_owned()) {
        Ok(r) | Err((r, _)) => r,
    };
    for entry in resource.entries() {
        if let ast::Entry::Message(ast::Message { id, value: Some(value), .. }) = entry {
            visit(id.name, value);
        }
    }
}

/// A locale's messages in file order, with their variables.
fn messages_in_order(text: &str) -> Vec<(String, BTreeSet<String>)> {
    let mut out = Vec::new();
    for_each_message(text, |id, pattern| {
        let mut vars = BTreeSet::new();
        pattern_vars(pattern, &mut vars);
        out.push((id.to_owned(), vars));
    });
    out
}

/// What a locale defines: each message's id and the variables it uses.
pub fn message_variables(text: &str) -> BTreeMap<String, BTreeSet<String>> {
    messages_in_order(text).into_iter().collect()
}

/// Each message's source text, to compare translations with English.
fn message_texts(text: &str) -> BTreeMap<String, String> {
    let mut out = BTreeMap::new();
    let mut current: Option<(String, String)> = None;
    for line in text.lines() {
        let starts_message = line.split_once(" =").filter(|(id, _)| {
            !id.is_empty() && id.chars().all(|c| c.is_ascii_alphanumeric() || c == '-') && !line.starts_with(' ')
        });
        if let Some((id, rest)) = starts_message {
            out.extend(current.take());
            current = Some((id.to_owned(), rest.trim().to_owned()));
        } else if line.starts_with('#') {
            out.extend(current.take());
        } else if let Some((_, body)) = current.as_mut() {
            body.push('\n');
            body.push_str(line.trim());
        }
    }
    out.extend(current);
    out
}

/// How many words of prose a message has, not counting markup and placeables.
fn prose_words(text: &str) -> usize {
    let mut plain = String::new();
    let mut depth = 0usize;
    let mut in_tag = false;
    for c in text.chars() {
        match c {
            '{' => depth += 1,
            '}' => depth = depth.saturating_sub(1),
            '<' if depth == 0 => in_tag = true,
            '>' if in_tag => in_tag = false,
            _ if depth == 0 && !in_tag => plain.push(c),
            _ => {}
        }
    }
    plain.split(|c: char| !c.is_alphabetic()).filter(|w| w.chars().count() >= 2).count()
}

/// The variant keys of each select on `$count`, per message.
fn count_selectors(text: &str) -> BTreeMap<String, Vec<BTreeSet<String>>> {
    let mut out = BTreeMap::new();
    for_each_message(text, |id, pattern| {
        let selects: Vec<BTreeSet<String>> = pattern
            .elements
            .iter()
            .filter_map(|el| match el {
                ast::PatternElement::Placeable {
                    expression:
                        ast::Expression::Select { selector: ast::InlineExpression::VariableReference { id }, variants },
                } if id.name == "count" => Some(
                    variants
                        .iter()
                        .map(|v| match &v.key {
                            ast::VariantKey::Identifier { name } => name.to_string(),
                            ast::VariantKey::NumberLiteral { value } => value.to_string(),
                        })
                        .collect(),
                ),
                _ => None,
            })
            .collect();
        if !selects.is_empty() {
            out.insert(id.to_owned(), selects);
        }
    });
    out
}

fn pattern_vars(p: &ast::Pattern<&str>, vars: &mut BTreeSet<String>) {
    for el in &p.elements {
        if let ast::PatternElement::Placeable { expression } = el {
            expression_vars(expression, vars);
        }
    }
}

fn expression_vars(e: &ast::Expression<&str>, vars: &mut BTreeSet<String>) {
    match e {
        ast::Expression::Select { selector, variants } => {
            inline_vars(selector, vars);
            for v in variants {
                pattern_vars(&v.value, vars);
            }
        }
        ast::Expression::Inline(i) => inline_vars(i, vars),
    }
}

fn inline_vars(i: &ast::InlineExpression<&str>, vars: &mut BTreeSet<String>) {
    match i {
        ast::InlineExpression::VariableReference { id } => {
            vars.insert(id.name.to_owned());
        }
        ast::InlineExpression::Placeable { expression } => expression_vars(expression, vars),
        ast::InlineExpression::FunctionReference { arguments, .. } => {
            for a in &arguments.positional {
                inline_vars(a, vars);
            }
            for a in &arguments.named {
                inline_vars(&a.value, vars);
            }
        }
        _ => {}
    }
}

/// The plural categories a language uses for whole numbers from 0 to 1000.
pub fn integer_plural_categories(lang: Lang) -> BTreeSet<String> {
    let Ok(langid) = lang.code().parse::<unic_langid::LanguageIdentifier>() else {
        return BTreeSet::new();
    };
    let Ok(rules) = PluralRules::create(langid, PluralRuleType::CARDINAL) else {
        return BTreeSet::new();
    };
    (0..=1000u32).filter_map(|n| rules.select(n).ok()).map(|c| format!("{c:?}").to_ascii_lowercase()).collect()
}

/// Every problem with a set of locales, one line each: parse errors, messages missing or
/// extra against the French reference, variables that differ, plural categories not covered.
pub fn check_sources(sources: &[LocaleSource]) -> Vec<String> {
    let mut problems = Vec::new();
    let joined = |s: &LocaleSource| s.files.iter().map(|(_, t)| t.as_str()).collect::<Vec<_>>().join("\n");
    let Some(reference) = sources.iter().find(|s| s.lang == REFERENCE) else {
        return vec![format!("locales/{REFERENCE}: the reference locale is missing")];
    };
    let reference_vars = message_variables(&joined(reference));
    let english = sources.iter().find(|s| s.lang == Lang::En).map(|s| message_texts(&joined(s))).unwrap_or_default();
    for source in sources {
        for (name, text) in &source.files {
            if let Err((_, errors)) = FluentResource::try_new(text.clone()) {
                for e in errors {
                    problems.push(format!("{name}: line {}: {}", line_of(text, e.pos.start), e.kind));
                }
            }
        }
        let text = joined(source);
        let vars = message_variables(&text);
        let place = format!("locales/{}", source.lang);
        for (id, expected) in &reference_vars {
            match vars.get(id) {
                None => problems.push(format!("{place}: message `{id}` is missing")),
                Some(found) if found != expected => problems
                    .push(format!("{place}: message `{id}` uses variables {found:?}, the reference uses {expected:?}")),
                Some(_) => {}
            }
        }
        for id in vars.keys().filter(|id| !reference_vars.contains_key(*id)) {
            problems.push(format!("{place}: message `{id}` is not in the reference locale"));
        }
        if source.lang != Lang::En {
            for (id, text) in message_texts(&text) {
                // Names and search keywords may rightly match English; prose may not.
                let names = id.starts_with("name-") || id.ends_with("-keywords") || id == "language-name";
                if !names && english.get(&id) == Some(&text) && prose_words(&text) >= 3 {
                    problems.push(format!("{place}: message `{id}` is still the English text"));
                }
            }
        }
        let needed = integer_plural_categories(source.lang);
        for (id, selects) in count_selectors(&text) {
            for keys in selects {
                let missing: Vec<_> = needed.iter().filter(|c| !keys.contains(*c)).collect();
                if !missing.is_empty() {
                    problems.push(format!("{place}: message `{id}` has no plural variant for {missing:?}"));
                }
            }
        }
    }
    problems
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::TimeZone;

    fn i18n() -> I18n {
        I18n::embedded(Lang::En).expect("embedded locales load")
    }

    #[test]
    fn negotiation_prefers_stored_then_telegram_then_default() {
        let i = i18n();
        assert_eq!(i.negotiate(Some(Lang::Fr), Some("en")), Lang::Fr);
        assert_eq!(i.negotiate(None, Some("fr-CA")), Lang::Fr);
        assert_eq!(i.negotiate(None, Some("zz")), Lang::En);
        assert_eq!(i.negotiate(None, None), Lang::En);
    }

    #[test]
    fn plurals_follow_the_language() {
        let i = i18n();
        assert_eq!(i.time_left(Lang::En, Duration::from_secs(86_400)), "1 day");
        assert_eq!(i.time_left(Lang::En, Duration::from_secs(3 * 86_400)), "3 days");
        assert_eq!(i.time_left(Lang::En, Duration::from_secs(5 * 3_600)), "5 hours");
        assert_eq!(i.time_left(Lang::En, Duration::from_secs(59)), "1 minute");
        assert_eq!(i.time_left(Lang::Fr, Duration::from_secs(2 * 86_400)), "2 jours");
    }

    #[test]
    fn dates_use_the_language_format() {
        let i = i18n();
        let at = FixedOffset::east_opt(7200).unwrap().with_ymd_and_hms(2025, 5, 27, 0, 0, 0).unwrap();
        assert_eq!(i.datetime(Lang::Fr, at), "27 mai 2025 à 00:00 (UTC+02:00)");
        assert_eq!(i.date(Lang::En, at), "27 May 2025");
    }

    #[test]
    fn a_missing_message_falls_back_instead_of_failing() {
        let sources = vec![
            LocaleSource { lang: Lang::Fr, files: vec![("fr".into(), "a = un\nb = deux\n".into())] },
            LocaleSource { lang: Lang::De, files: vec![("de".into(), "a = eins\n".into())] },
        ];
        let i = I18n::from_sources(&sources, Lang::Fr).unwrap();
        assert_eq!(i.tr(Lang::De, "a", &[]), "eins");
        assert_eq!(i.tr(Lang::De, "b", &[]), "deux");
        assert_eq!(i.tr(Lang::De, "nope", &[]), "nope");
        assert_eq!(i.resolve(Lang::Pl), Lang::Fr);
    }

    #[test]
    fn check_finds_missing_messages_and_variables() {
        let sources = vec![
            LocaleSource { lang: Lang::Fr, files: vec![("fr".into(), "a = { $x }\nb = deux\n".into())] },
            LocaleSource { lang: Lang::De, files: vec![("de".into(), "a = { $y }\nc = drei\n".into())] },
        ];
        let problems = check_sources(&sources);
        assert!(problems.iter().any(|p| p.contains("`b` is missing")), "{problems:?}");
        assert!(problems.iter().any(|p| p.contains("`a` uses variables")), "{problems:?}");
        assert!(problems.iter().any(|p| p.contains("`c` is not in the reference")), "{problems:?}");
    }

    #[test]
    fn check_finds_missing_plural_categories() {
        let fr = "n = { $count ->\n    [one] un\n   *[other] plusieurs\n}\n";
        let sources = vec![
            LocaleSource { lang: Lang::Fr, files: vec![("fr".into(), fr.into())] },
            LocaleSource { lang: Lang::Pl, files: vec![("pl".into(), fr.into())] },
        ];
        let problems = check_sources(&sources);
        assert!(problems.iter().any(|p| p.starts_with("locales/pl") && p.contains("few")), "{problems:?}");
        assert!(!problems.iter().any(|p| p.starts_with("locales/fr")), "{problems:?}");
    }

    #[test]
    fn check_finds_messages_left_in_english() {
        let fr = "a = Bonjour tout le monde\nb = Menu\n";
        let en = "a = Hello to the world\nb = Menu\n";
        let de = "a = Hello to the world\nb = Menu\n";
        let sources = vec![
            LocaleSource { lang: Lang::Fr, files: vec![("fr".into(), fr.into())] },
            LocaleSource { lang: Lang::En, files: vec![("en".into(), en.into())] },
            LocaleSource { lang: Lang::De, files: vec![("de".into(), de.into())] },
        ];
        let problems = check_sources(&sources);
        assert_eq!(problems, vec!["locales/de: message `a` is still the English text".to_string()]);
    }

    #[test]
    fn the_shipped_locales_have_no_problems() {
        let (sources, mut problems) = embedded_sources();
        problems.extend(check_sources(&sources));
        assert!(problems.is_empty(), "{}", problems.join("\n"));
    }
}
