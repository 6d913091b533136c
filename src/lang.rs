//! The languages the bot can speak: the 24 official languages of the European Union.

use std::fmt;

/// One official EU language. A `Lang` is always a language the bot knows by name;
/// whether a translation is shipped for it is the i18n module's business.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Lang {
    Bg,
    Cs,
    Da,
    De,
    El,
    En,
    Es,
    Et,
    Fi,
    Fr,
    Ga,
    Hr,
    Hu,
    It,
    Lt,
    Lv,
    Mt,
    Nl,
    Pl,
    Pt,
    Ro,
    Sk,
    Sl,
    Sv,
}

impl Lang {
    /// Every language, in the order of their ISO 639-1 codes (the /language keyboard's order).
    pub const ALL: [Lang; 24] = [
        Lang::Bg,
        Lang::Cs,
        Lang::Da,
        Lang::De,
        Lang::El,
        Lang::En,
        Lang::Es,
        Lang::Et,
        Lang::Fi,
        Lang::Fr,
        Lang::Ga,
        Lang::Hr,
        Lang::Hu,
        Lang::It,
        Lang::Lt,
        Lang::Lv,
        Lang::Mt,
        Lang::Nl,
        Lang::Pl,
        Lang::Pt,
        Lang::Ro,
        Lang::Sk,
        Lang::Sl,
        Lang::Sv,
    ];

    /// The ISO 639-1 code, lowercase.
    pub fn code(self) -> &'static str {
        match self {
            Lang::Bg => "bg",
            Lang::Cs => "cs",
            Lang::Da => "da",
            Lang::De => "de",
            Lang::El => "el",
            Lang::En => "en",
            Lang::Es => "es",
            Lang::Et => "et",
            Lang::Fi => "fi",
            Lang::Fr => "fr",
            Lang::Ga => "ga",
            Lang::Hr => "hr",
            Lang::Hu => "hu",
            Lang::It => "it",
            Lang::Lt => "lt",
            Lang::Lv => "lv",
            Lang::Mt => "mt",
            Lang::Nl => "nl",
            Lang::Pl => "pl",
            Lang::Pt => "pt",
            Lang::Ro => "ro",
            Lang::Sk => "sk",
            Lang::Sl => "sl",
            Lang::Sv => "sv",
        }
    }

    /// Reads a language tag as Telegram sends it (`fr`, `pt-BR`, `EN_us`): only the primary
    /// subtag counts. Returns `None` for anything that is not one of the 24 languages.
    pub fn from_tag(tag: &str) -> Option<Lang> {
        let primary = tag.split(['-', '_']).next()?.trim().to_ascii_lowercase();
        Lang::ALL.into_iter().find(|l| l.code() == primary)
    }
}

impl fmt::Display for Lang {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.code())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn region_subtags_are_dropped_and_case_ignored() {
        assert_eq!(Lang::from_tag("pt-BR"), Some(Lang::Pt));
        assert_eq!(Lang::from_tag("EN_us"), Some(Lang::En));
        assert_eq!(Lang::from_tag("fr"), Some(Lang::Fr));
    }

    #[test]
    fn unknown_or_empty_tags_are_not_languages() {
        assert_eq!(Lang::from_tag("ru"), None);
        assert_eq!(Lang::from_tag(""), None);
        assert_eq!(Lang::from_tag("-"), None);
    }

    #[test]
    fn every_code_reads_back_as_its_language() {
        for lang in Lang::ALL {
            assert_eq!(Lang::from_tag(lang.code()), Some(lang));
        }
    }
}
