//! The shipped file is valid; each rule refuses a broken copy of it with one line naming the
//! file, the entry and the field; the look-ups list the right countries in the right order.

use super::*;

const HEADER: &str = "\n[[authority]]\n";

/// The embedded file's header and entries, split at each `[[authority]]`.
fn blocks() -> Vec<String> {
    EMBEDDED.split(HEADER).map(str::to_owned).collect()
}

fn join(blocks: &[String]) -> String {
    blocks.join(HEADER)
}

/// The embedded text's entry holding `marker`.
fn block_with(marker: &str) -> String {
    blocks().into_iter().skip(1).find(|b| b.contains(marker)).unwrap_or_else(|| panic!("no entry with {marker}"))
}

/// The error the embedded text gives once `change` has been made to it; one line, naming
/// the file.
fn refused(change: impl FnOnce(String) -> String) -> String {
    let text = change(EMBEDDED.to_owned());
    assert_ne!(text, EMBEDDED, "the change changed nothing");
    let error = Authorities::parse(&text, "ops/authorities.toml").expect_err("refused").to_string();
    assert_eq!(error.lines().count(), 1, "{error}");
    assert!(error.starts_with("ops/authorities.toml: "), "{error}");
    error
}

fn replace_once(text: String, from: &str, to: &str) -> String {
    assert!(text.contains(from), "{from}");
    text.replacen(from, to, 1)
}

fn codes(found: Vec<&Authority>) -> Vec<&str> {
    found.into_iter().map(|a| a.country.as_str()).collect()
}

#[test]
fn the_embedded_file_is_valid_with_every_country_and_land() {
    let all = Authorities::parse(EMBEDDED, EMBEDDED_NAME).unwrap();
    assert_eq!(all.all().len(), 46);
    assert_eq!(all.summary(), "46 entries, 30 countries, 16 Länder");
    assert_eq!(codes(all.countries()), COUNTRIES.to_vec(), "by ISO code");
    assert_eq!(Authorities::embedded().all(), all.all());
}

#[test]
fn every_link_must_be_https_with_a_host() {
    let e =
        refused(|t| replace_once(t, "home_url = \"https://www.dsb.gv.at/\"", "home_url = \"http://www.dsb.gv.at/\""));
    assert!(e.contains("entry 1 (AT): field `home_url`: `http://www.dsb.gv.at/` is not an https link"), "{e}");
    let e = refused(|t| {
        replace_once(t, "complaint_url = \"https://www.cnil.fr/fr/plaintes\"", "complaint_url = \"mailto:x@cnil.fr\"")
    });
    assert!(e.contains("(FR): field `complaint_url`"), "{e}");
    let e = refused(|t| replace_once(t, "home_url = \"https://www.tlfdi.de/\"", "home_url = \"https:\""));
    assert!(e.contains("(DE-TH): field `home_url`"), "{e}");
    let e = refused(|t| {
        replace_once(t, "complaint_url_alt = [\"https://www.uoou.cz/", "complaint_url_alt = [\"ftp://www.uoou.cz/")
    });
    assert!(e.contains("(CZ): field `complaint_url_alt`"), "{e}");
}

#[test]
fn every_eu_and_eea_country_must_have_one_national_entry() {
    let e = refused(|_| {
        let mut b = blocks();
        b.retain(|block| !block.starts_with("country = \"PT\""));
        join(&b)
    });
    assert!(e.ends_with("no national entry for PT"), "{e}");
    let e = refused(|t| format!("{t}{HEADER}{}", block_with("country = \"AT\"")));
    assert!(e.contains("entry 47 (AT): a second national entry for AT (the first is entry 1)"), "{e}");
    let e = refused(|t| replace_once(t, "country = \"GR\"", "country = \"EL\""));
    assert!(e.contains("field `country`: `EL` is not an EU/EEA country code (Greece is GR"), "{e}");
    let e = refused(|t| replace_once(t, "country = \"AT\"", "country = \"CH\""));
    assert!(e.contains("entry 1 (CH): field `country`"), "{e}");
}

#[test]
fn every_german_land_must_have_one_entry_with_its_german_name() {
    let e = refused(|_| {
        let mut b = blocks();
        b.retain(|block| !block.contains("region = \"DE-TH\""));
        join(&b)
    });
    assert!(e.ends_with("no entry for the German Land DE-TH (Thüringen)"), "{e}");
    let e = refused(|t| format!("{t}{HEADER}{}", block_with("region = \"DE-BY\"")));
    assert!(e.contains("(DE-BY): a second Land DE-BY"), "{e}");
    let e = refused(|t| replace_once(t, "land = \"Bayern\"\n", ""));
    assert!(e.contains("(DE-BY): field `land`: a Land entry has its German name, here land = \"Bayern\""), "{e}");
    let e = refused(|t| replace_once(t, "region = \"DE-BY\"", "region = \"DE-XX\""));
    assert!(e.contains("(DE-XX): field `region`: `DE-XX` is not a German Land"), "{e}");
    let e = refused(|t| replace_once(t, "region = \"DE-BY\"\nland = \"Bayern\"\n", "land = \"Bayern\"\n"));
    assert!(e.contains("(DE): field `land`: only German Land entries"), "{e}");
    let e = refused(|t| replace_once(t, "land = \"Bayern\"\n", "land = \"Bayern\"\nofficial_languages = [\"de\"]\n"));
    assert!(e.contains("(DE-BY): field `official_languages`: only national entries"), "{e}");
}

#[test]
fn official_languages_are_the_bots_languages_listed_once_and_required_on_national_entries() {
    let e = refused(|t| {
        replace_once(t, "official_languages = [\"fr\", \"de\"]", "official_languages = [\"fr\", \"de\", \"lb\"]")
    });
    assert!(e.contains("(LU): field `official_languages`: `lb` is not one of the bot's languages (bg cs"), "{e}");
    let e =
        refused(|t| replace_once(t, "official_languages = [\"fi\", \"sv\"]", "official_languages = [\"fi\", \"fi\"]"));
    assert!(e.contains("(FI): field `official_languages`: `fi` is listed twice"), "{e}");
    let e = refused(|t| replace_once(t, "official_languages = [\"de\"]\n", ""));
    assert!(e.contains("entry 1 (AT): field `official_languages` is missing"), "{e}");
    let e = refused(|t| replace_once(t, "languages = [\"de\"]\nofficial", "languages = [\"deu\"]\nofficial"));
    assert!(e.contains("(AT): field `languages`: `deu` is not a two-letter"), "{e}");
}

#[test]
fn unknown_fields_are_refused_listing_the_fields_an_entry_has() {
    let e = refused(|t| replace_once(t, "scope = \"national\"\n", "scope = \"national\"\ncolour = \"red\"\n"));
    assert!(e.contains("entry 1 (AT), line "), "{e}");
    assert!(e.contains("unknown field `colour`, expected one of"), "{e}");
    for field in ["`country`", "`region`", "`land`", "`official_languages`", "`confidence`", "`notes`"] {
        assert!(e.contains(field), "{field}: {e}");
    }
    let e = refused(|t| replace_once(t, "confidence = \"high\"", "confidence = \"certain\""));
    assert!(
        e.contains("entry 1 (AT), line ") && e.contains("unknown variant `certain`, expected one of `high`"),
        "{e}"
    );
    let e = refused(|t| replace_once(t, "source_date = ", "sources_date = "));
    assert!(e.contains("entry 1 (AT)") && e.contains("sources_date"), "{e}");
    let e = refused(|t| format!("{t}\n[settings]\nx = 1\n"));
    assert!(e.contains("unknown field `settings`"), "{e}");
}

#[test]
fn a_file_that_cannot_be_read_is_named() {
    let e = Authorities::from_file(Path::new("/nonexistent/authorities.toml")).unwrap_err().to_string();
    assert!(e.starts_with("/nonexistent/authorities.toml: cannot be read"), "{e}");
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("authorities.toml");
    std::fs::write(&path, EMBEDDED).unwrap();
    assert_eq!(Authorities::from_file(&path).unwrap().all().len(), 46);
    assert_eq!(Authorities::load(None).unwrap().all().len(), 46);
}

#[test]
fn countries_for_a_language_start_with_its_main_country() {
    let all = Authorities::embedded();
    assert_eq!(codes(all.countries_for(Lang::De)), ["DE", "AT", "BE", "LI", "LU"]);
    assert_eq!(codes(all.countries_for(Lang::Fr)), ["FR", "BE", "LU"]);
    assert_eq!(codes(all.countries_for(Lang::En)), ["IE", "MT"]);
    assert_eq!(codes(all.countries_for(Lang::Ga)), ["IE"]);
    assert_eq!(codes(all.countries_for(Lang::Sv)), ["SE", "FI"]);
    assert_eq!(codes(all.countries_for(Lang::El)), ["GR", "CY"]);
    assert_eq!(codes(all.countries_for(Lang::Nl)), ["NL", "BE"]);
    assert_eq!(codes(all.countries_for(Lang::Mt)), ["MT"]);
    for lang in Lang::ALL {
        let found = all.countries_for(lang);
        assert!(!found.is_empty(), "{lang}: no country");
        assert_eq!(found[0].country, main_country(lang), "{lang}");
    }
    // Iceland and Norway have none of the bot's languages: only "another country" reaches them.
    for country in ["IS", "NO"] {
        assert!(all.national(country).unwrap().official_languages.is_empty());
    }
}

#[test]
fn national_and_land_look_ups() {
    let all = Authorities::embedded();
    assert_eq!(all.national("gr").unwrap().short_name, "HDPA (ΑΠΔΠΧ)");
    let germany = all.national("DE").unwrap();
    assert_eq!(germany.short_name, "BfDI");
    assert!(germany.is_national() && germany.land.is_none());
    assert!(all.national("EL").is_none() && all.national("CH").is_none());
    let lands: Vec<&str> = all.lands().iter().map(|a| a.land.as_deref().unwrap()).collect();
    assert_eq!(lands.len(), 16);
    assert_eq!(lands.first(), Some(&"Baden-Württemberg"));
    assert_eq!(lands.last(), Some(&"Thüringen"));
    assert!(lands.windows(2).all(|w| w[0] < w[1]), "{lands:?}");
    let bavaria = all.land("de-by").unwrap();
    assert_eq!((bavaria.short_name.as_str(), bavaria.country.as_str()), ("BayLDA", "DE"));
    assert!(all.land("DE").is_none());
    assert!(all.lands().iter().all(|a| a.official_languages.is_empty() && !a.is_national()));
}

#[test]
fn low_confidence_means_the_complaint_link_is_only_the_home_page() {
    let all = Authorities::embedded();
    let unconfirmed: Vec<&str> =
        all.all().iter().filter(|a| !a.confirmed_page).map(|a| a.region.as_deref().unwrap_or(&a.country)).collect();
    assert_eq!(unconfirmed, ["CZ", "EE", "DE-TH"]);
    for a in all.all().iter().filter(|a| !a.confirmed_page) {
        assert_eq!(a.complaint_url, a.home_url, "{}", a.name_en);
    }
}

#[test]
fn flags_are_two_regional_indicator_letters() {
    assert_eq!(flag("GR"), "🇬🇷");
    assert_eq!(flag("de"), "🇩🇪");
    assert_eq!(flag("IE"), "\u{1F1EE}\u{1F1EA}");
    assert_eq!(flag("GRC"), "");
    assert_eq!(flag("G1"), "");
    assert_eq!(country_message("GR"), "country-gr");
}
