//! The EU/EEA data protection authorities (`authorities/authorities.toml`): read, validated, and looked up by country, language and German Land.

use std::path::Path;

use crate::lang::Lang;

mod read;

/// The file shipped in the binary.
pub const EMBEDDED: &str = include_str!("../authorities/authorities.toml");
/// The name the shipped file goes by in errors and in `check`.
pub const EMBEDDED_NAME: &str = "authorities/authorities.toml";

/// The 27 EU members and the 3 other EEA countries (Iceland, Liechtenstein, Norway), by
/// ISO 3166-1 alpha-2 code, in the codes' order.
pub const COUNTRIES: [&str; 30] = [
    "AT", "BE", "BG", "CY", "CZ", "DE", "DK", "EE", "ES", "FI", "FR", "GR", "HR", "HU", "IE", "IS", "IT", "LI", "LT",
    "LU", "LV", "MT", "NL", "NO", "PL", "PT", "RO", "SE", "SI", "SK",
];

/// The 16 German Länder: ISO 3166-2 code and German name.
pub const LANDER: [(&str, &str); 16] = [
    ("DE-BW", "Baden-Württemberg"),
    ("DE-BY", "Bayern"),
    ("DE-BE", "Berlin"),
    ("DE-BB", "Brandenburg"),
    ("DE-HB", "Bremen"),
    ("DE-HH", "Hamburg"),
    ("DE-HE", "Hessen"),
    ("DE-MV", "Mecklenburg-Vorpommern"),
    ("DE-NI", "Niedersachsen"),
    ("DE-NW", "Nordrhein-Westfalen"),
    ("DE-RP", "Rheinland-Pfalz"),
    ("DE-SL", "Saarland"),
    ("DE-SN", "Sachsen"),
    ("DE-ST", "Sachsen-Anhalt"),
    ("DE-SH", "Schleswig-Holstein"),
    ("DE-TH", "Thüringen"),
];

/// How sure the file is of an entry's `complaint_url`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Confidence {
    /// Seen on the authority's own page, or in the maintained database and another source.
    High,
    /// One maintained source, or third-party sources only.
    Medium,
    /// No complaint page confirmed: `complaint_url` is the home page.
    Low,
}

/// One authority: a country's national one, or a German Land's.
#[derive(Debug, Clone, PartialEq)]
pub struct Authority {
    /// ISO 3166-1 alpha-2 (Greece is GR).
    pub country: String,
    /// ISO 3166-2 of a German Land (`DE-BY`); `None` for a national authority.
    pub region: Option<String>,
    /// The Land's German name (`Bayern`), for Land entries.
    pub land: Option<String>,
    /// The official name, in the country's language.
    pub name: String,
    pub name_en: String,
    pub short_name: String,
    /// Where a complaint is lodged; the home page when `confirmed_page` is false.
    pub complaint_url: url::Url,
    /// Other complaint routes, for maintainers (never shown by the bot).
    pub complaint_url_alt: Vec<url::Url>,
    pub home_url: url::Url,
    /// False when confidence is low: `complaint_url` is only the home page.
    pub confirmed_page: bool,
    pub confidence: Confidence,
    /// Whether complaints can be lodged online (a web form or an upload).
    pub online_form: bool,
    /// Languages a complaint is accepted in, where known (ISO 639-1; not only the bot's 24).
    pub languages: Vec<String>,
    /// National entries: those of the bot's 24 languages official in the country.
    pub official_languages: Vec<Lang>,
    /// What the authority supervises.
    pub scope: String,
    pub notes: Option<String>,
}

impl Authority {
    /// A national authority (not a German Land's).
    pub fn is_national(&self) -> bool {
        self.region.is_none()
    }

    /// The Fluent message naming this authority's country (`country-gr`), in every locale.
    pub fn country_message(&self) -> String {
        country_message(&self.country)
    }
}

/// The Fluent message naming a country in `locales/<lang>/countries.ftl`: `country-` and the
/// lowercase ISO code.
pub fn country_message(country: &str) -> String {
    format!("country-{}", country.to_ascii_lowercase())
}

/// Why an authorities file was refused, on one line: the file, then the entry and field.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{file}: {problem}")]
pub struct AuthoritiesError {
    pub file: String,
    pub problem: String,
}

/// Every authority of a valid file, in the file's order.
#[derive(Debug, Clone)]
pub struct Authorities {
    entries: Vec<Authority>,
}

impl Authorities {
    /// The shipped file; a unit test proves it valid.
    pub fn embedded() -> Authorities {
        Authorities::parse(EMBEDDED, EMBEDDED_NAME).expect("the embedded authorities file is valid (tested)")
    }

    /// The shipped file, read once per process and shared.
    pub fn shared_embedded() -> std::sync::Arc<Authorities> {
        static EMBEDDED_ONCE: std::sync::OnceLock<std::sync::Arc<Authorities>> = std::sync::OnceLock::new();
        EMBEDDED_ONCE.get_or_init(|| std::sync::Arc::new(Authorities::embedded())).clone()
    }

    /// Reads and validates the text of an authorities file; `file` names it in errors.
    pub fn parse(text: &str, file: &str) -> Result<Authorities, AuthoritiesError> {
        let entries = read::entries(text).map_err(|problem| AuthoritiesError { file: file.to_owned(), problem })?;
        Ok(Authorities { entries })
    }

    /// Reads and validates an operator's copy.
    pub fn from_file(path: &Path) -> Result<Authorities, AuthoritiesError> {
        let file = path.display().to_string();
        let text = std::fs::read_to_string(path)
            .map_err(|e| AuthoritiesError { file: file.clone(), problem: format!("cannot be read: {e}") })?;
        Authorities::parse(&text, &file)
    }

    /// The operator's copy at `path`, or the embedded file.
    pub fn load(path: Option<&Path>) -> Result<Authorities, AuthoritiesError> {
        match path {
            Some(path) => Authorities::from_file(path),
            None => Ok(Authorities::embedded()),
        }
    }

    /// Every entry, in the file's order.
    pub fn all(&self) -> &[Authority] {
        &self.entries
    }

    /// The national authorities of the countries where `lang` is official: the language's
    /// main country first (German: DE; English and Irish: IE), then the others by ISO code.
    /// For DE the national entry is the BfDI: a person then picks their Land ([`Self::lands`]).
    pub fn countries_for(&self, lang: Lang) -> Vec<&Authority> {
        let main = main_country(lang);
        let mut found: Vec<&Authority> =
            self.countries().into_iter().filter(|a| a.official_languages.contains(&lang)).collect();
        found.sort_by_key(|a| (a.country != main, a.country.clone()));
        found
    }

    /// The 30 national authorities, by ISO code.
    pub fn countries(&self) -> Vec<&Authority> {
        let mut national: Vec<&Authority> = self.entries.iter().filter(|a| a.is_national()).collect();
        national.sort_by(|a, b| a.country.cmp(&b.country));
        national
    }

    /// The national authority of a country (ISO 3166-1 alpha-2, any case).
    pub fn national(&self, country: &str) -> Option<&Authority> {
        self.entries.iter().find(|a| a.is_national() && a.country.eq_ignore_ascii_case(country))
    }

    /// The 16 German Länder's authorities, by the Land's German name.
    pub fn lands(&self) -> Vec<&Authority> {
        let mut lands: Vec<&Authority> = self.entries.iter().filter(|a| a.land.is_some()).collect();
        lands.sort_by(|a, b| a.land.cmp(&b.land));
        lands
    }

    /// A German Land's authority by its ISO 3166-2 code (`DE-BY`, any case).
    pub fn land(&self, region: &str) -> Option<&Authority> {
        self.entries.iter().find(|a| a.region.as_deref().is_some_and(|r| r.eq_ignore_ascii_case(region)))
    }

    /// One line for `check`: `46 entries, 30 countries, 16 Länder`.
    pub fn summary(&self) -> String {
        format!("{} entries, {} countries, {} Länder", self.entries.len(), self.countries().len(), self.lands().len())
    }
}

/// The country a language is first the language of: listed first by [`Authorities::countries_for`].
pub fn main_country(lang: Lang) -> &'static str {
    match lang {
        Lang::Bg => "BG",
        Lang::Cs => "CZ",
        Lang::Da => "DK",
        Lang::De => "DE",
        Lang::El => "GR",
        Lang::En | Lang::Ga => "IE",
        Lang::Es => "ES",
        Lang::Et => "EE",
        Lang::Fi => "FI",
        Lang::Fr => "FR",
        Lang::Hr => "HR",
        Lang::Hu => "HU",
        Lang::It => "IT",
        Lang::Lt => "LT",
        Lang::Lv => "LV",
        Lang::Mt => "MT",
        Lang::Nl => "NL",
        Lang::Pl => "PL",
        Lang::Pt => "PT",
        Lang::Ro => "RO",
        Lang::Sk => "SK",
        Lang::Sl => "SI",
        Lang::Sv => "SE",
    }
}

/// The flag emoji of an ISO 3166-1 alpha-2 code (`GR` → 🇬🇷): its two regional indicator
/// letters. Empty for anything that is not two ASCII letters.
pub fn flag(country: &str) -> String {
    if country.len() != 2 || !country.chars().all(|c| c.is_ascii_alphabetic()) {
        return String::new();
    }
    country
        .chars()
        .filter_map(|c| char::from_u32(0x1F1E6 + u32::from(c.to_ascii_uppercase()) - u32::from('A')))
        .collect()
}

#[cfg(test)]
mod tests;
