//! Reading an authorities file: its TOML shape (unknown fields refused) and every rule that
//! makes it usable, each broken rule one line naming the entry and the field.

use std::collections::BTreeMap;

use serde::Deserialize;

use super::{Authority, Confidence, COUNTRIES, LANDER};
use crate::lang::Lang;

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawFile {
    #[serde(default)]
    authority: Vec<RawEntry>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawEntry {
    country: String,
    region: Option<String>,
    land: Option<String>,
    scope: String,
    name: String,
    name_en: String,
    short_name: String,
    complaint_url: String,
    #[serde(default)]
    complaint_url_alt: Vec<String>,
    home_url: String,
    online_form: bool,
    #[serde(default)]
    languages: Vec<String>,
    official_languages: Option<Vec<String>>,
    confidence: Confidence,
    source: String,
    source_date: String,
    notes: Option<String>,
}

/// The entries of a file's text, validated; the first problem otherwise (without the file).
pub(super) fn entries(text: &str) -> Result<Vec<Authority>, String> {
    let raw: RawFile = toml::from_str(text).map_err(|e| toml_problem(text, &e))?;
    let mut out = Vec::with_capacity(raw.authority.len());
    for (i, entry) in raw.authority.into_iter().enumerate() {
        let label = match &entry.region {
            Some(region) => format!("entry {} ({region})", i + 1),
            None => format!("entry {} ({})", i + 1, entry.country),
        };
        out.push(entry.validate().map_err(|problem| format!("{label}: {problem}"))?);
    }
    complete(&out)?;
    Ok(out)
}

/// A TOML or shape error on one line: the entry (numbered from 1, with its country when the
/// text names one), the line, and what is wrong (serde lists the fields an entry may have).
fn toml_problem(text: &str, error: &toml::de::Error) -> String {
    let at = error.span().map_or(0, |s| s.start).min(text.len());
    let line = text[..at].matches('\n').count() + 1;
    let message = error.message().replace('\n', " ");
    let before = &text[..at];
    let headers = before.lines().filter(|l| l.trim() == "[[authority]]").count();
    let line_start = before.rfind('\n').map_or(0, |n| n + 1);
    let table = text[line_start..].trim_start().starts_with('[') && !text[line_start..].starts_with("[[authority]]");
    if headers == 0 || table {
        return format!("line {line}: {message}");
    }
    let start = before.rfind("[[authority]]").unwrap_or(0);
    let entry = &text[start..];
    let end = entry[1..].find("\n[[").map_or(entry.len(), |e| e + 1);
    let country = entry[..end]
        .lines()
        .find_map(|l| l.trim().strip_prefix("country = \"").and_then(|r| r.split('"').next()).map(str::to_owned));
    let label = country.map_or(String::new(), |c| format!(" ({c})"));
    format!("entry {headers}{label}, line {line}: {message}")
}

/// A link the bot shows: https with a host.
fn shown_link(field: &str, value: &str) -> Result<url::Url, String> {
    match url::Url::parse(value) {
        Ok(url) if url.scheme() == "https" && url.host_str().is_some_and(|h| !h.is_empty()) => Ok(url),
        _ => Err(format!("field `{field}`: `{value}` is not an https link with a host")),
    }
}

/// A link kept for maintainers and never shown: http or https, with a host (the stored
/// copies of some alternate routes are http only).
fn kept_link(field: &str, value: &str) -> Result<url::Url, String> {
    match url::Url::parse(value) {
        Ok(url) if matches!(url.scheme(), "https" | "http") && url.host_str().is_some_and(|h| !h.is_empty()) => Ok(url),
        _ => Err(format!("field `{field}`: `{value}` is not an http(s) link with a host")),
    }
}

impl RawEntry {
    fn validate(self) -> Result<Authority, String> {
        if !COUNTRIES.contains(&self.country.as_str()) {
            let hint = if self.country == "EL" { " (Greece is GR in ISO 3166-1)" } else { "" };
            return Err(format!(
                "field `country`: `{}` is not an EU/EEA country code{hint}; one of {}",
                self.country,
                COUNTRIES.join(" ")
            ));
        }
        for (field, value) in [
            ("name", &self.name),
            ("name_en", &self.name_en),
            ("short_name", &self.short_name),
            ("scope", &self.scope),
            ("source", &self.source),
            ("source_date", &self.source_date),
        ] {
            if value.trim().is_empty() {
                return Err(format!("field `{field}` is empty"));
            }
        }
        let complaint_url = shown_link("complaint_url", &self.complaint_url)?;
        let home_url = shown_link("home_url", &self.home_url)?;
        let complaint_url_alt =
            self.complaint_url_alt.iter().map(|u| kept_link("complaint_url_alt", u)).collect::<Result<_, _>>()?;
        for code in &self.languages {
            if code.len() != 2 || !code.chars().all(|c| c.is_ascii_lowercase()) {
                return Err(format!("field `languages`: `{code}` is not a two-letter ISO 639-1 code"));
            }
        }
        let official_languages = match (&self.region, &self.land, &self.official_languages) {
            (None, Some(_), _) => return Err("field `land`: only German Land entries (with `region`) have one".into()),
            (None, None, None) => {
                return Err("field `official_languages` is missing: a national entry lists those of the bot's \
                            24 languages that are official in the country ([] for none)"
                    .into())
            }
            (None, None, Some(codes)) => official(codes)?,
            (Some(region), land, official) => {
                let Some((_, name)) = LANDER.iter().find(|(code, _)| code == region) else {
                    let codes: Vec<&str> = LANDER.iter().map(|(code, _)| *code).collect();
                    return Err(format!(
                        "field `region`: `{region}` is not a German Land (ISO 3166-2); one of {}; a national \
                         entry has no region",
                        codes.join(" ")
                    ));
                };
                if self.country != "DE" {
                    return Err(format!("field `country`: `{}` with region `{region}`: expected DE", self.country));
                }
                if land.as_deref() != Some(*name) {
                    return Err(format!("field `land`: a Land entry has its German name, here land = \"{name}\""));
                }
                if official.is_some() {
                    return Err("field `official_languages`: only national entries have one \
                                (a Land takes its country's)"
                        .into());
                }
                Vec::new()
            }
        };
        Ok(Authority {
            confirmed_page: self.confidence != Confidence::Low,
            country: self.country,
            region: self.region,
            land: self.land,
            name: self.name,
            name_en: self.name_en,
            short_name: self.short_name,
            complaint_url,
            complaint_url_alt,
            home_url,
            confidence: self.confidence,
            online_form: self.online_form,
            languages: self.languages,
            official_languages,
            scope: self.scope,
            notes: self.notes,
        })
    }
}

/// `official_languages` as the bot's languages: each one of the 24, none twice.
fn official(codes: &[String]) -> Result<Vec<Lang>, String> {
    let mut langs = Vec::new();
    for code in codes {
        let Some(lang) = Lang::ALL.into_iter().find(|l| l.code() == code) else {
            let all: Vec<&str> = Lang::ALL.iter().map(|l| l.code()).collect();
            return Err(format!(
                "field `official_languages`: `{code}` is not one of the bot's languages ({}); leave out the others",
                all.join(" ")
            ));
        };
        if langs.contains(&lang) {
            return Err(format!("field `official_languages`: `{code}` is listed twice"));
        }
        langs.push(lang);
    }
    Ok(langs)
}

/// Every EU/EEA country exactly once as a national entry, every Land exactly once.
fn complete(entries: &[Authority]) -> Result<(), String> {
    let mut seen: BTreeMap<&str, usize> = BTreeMap::new();
    for (i, a) in entries.iter().enumerate() {
        let key = a.region.as_deref().unwrap_or(&a.country);
        if let Some(first) = seen.insert(key, i + 1) {
            let what = if a.region.is_some() { "Land" } else { "national entry for" };
            return Err(format!("entry {} ({key}): a second {what} {key} (the first is entry {first})", i + 1));
        }
    }
    let missing_countries: Vec<&str> = COUNTRIES.iter().copied().filter(|c| !seen.contains_key(c)).collect();
    if !missing_countries.is_empty() {
        return Err(format!("no national entry for {}", missing_countries.join(" ")));
    }
    let missing_lands: Vec<String> = LANDER
        .iter()
        .filter(|(code, _)| !seen.contains_key(code))
        .map(|(code, name)| format!("{code} ({name})"))
        .collect();
    if !missing_lands.is_empty() {
        return Err(format!("no entry for the German Land {}", missing_lands.join(", ")));
    }
    Ok(())
}
