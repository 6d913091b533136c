//! Tests of loading, formatting and checking locales.
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

/// French (the reference and default) and German, from the texts of one file each.
fn french_and_german(fr: &str, de: &str) -> I18n {
    let sources = vec![
        LocaleSource { lang: Lang::Fr, files: vec![("fr".into(), fr.into())] },
        LocaleSource { lang: Lang::De, files: vec![("de".into(), de.into())] },
    ];
    I18n::from_sources(&sources, Lang::Fr).unwrap()
}

#[test]
fn a_missing_message_falls_back_instead_of_failing() {
    let i = french_and_german("a = un\nb = deux\n", "a = eins\n");
    assert_eq!(i.tr(Lang::De, "a", &[]), "eins");
    assert_eq!(i.tr(Lang::De, "b", &[]), "deux");
    assert_eq!(i.tr(Lang::De, "nope", &[]), "nope");
    assert_eq!(i.resolve(Lang::Pl), Lang::Fr);
}

/// A message without arguments is formatted once per language and then read from the map;
/// ids a language lacks are never kept, so what people send cannot grow it.
#[test]
fn a_message_without_arguments_is_formatted_once_per_language() {
    let i = french_and_german("a = un\nb = { $n } deux\n", "a = eins\n");
    for _ in 0..3 {
        assert_eq!(i.tr(Lang::De, "a", &[]), "eins");
        assert_eq!(i.tr(Lang::Fr, "a", &[]), "un");
        assert_eq!(i.tr(Lang::Fr, "b", &[("n", Arg::Num(2))]), "2 deux");
    }
    assert_eq!((i.plain_kept(Lang::De), i.plain_kept(Lang::Fr)), (1, 1));
    for n in 0..100 {
        let id = format!("sent-by-someone-{n}");
        assert_eq!(i.tr(Lang::De, &id, &[]), id);
    }
    assert_eq!(i.tr(Lang::De, "b", &[]), "b", "a fallback is not kept either");
    assert_eq!((i.plain_kept(Lang::De), i.plain_kept(Lang::Fr)), (1, 1));
    assert!(i.misses().contains(&"de:sent-by-someone-99".to_string()));
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

#[test]
fn link_targets_other_than_https_or_telegram_are_named_with_file_line_and_message() {
    let text = "## <a href=\"javascript:comment\"> in a comment is no link\n\
        ok = <a href=\"https://example.org/?a=1&amp;b=2\">form</a> <a href=\"tg://resolve?domain=x\">bot</a>\n\
        own = <a href=\"{ $link }\">share</a> <a href=\"https://t.me/{ $bot }?start=x\">start</a>\n\
        bad = <a href=\"javascript:alert(1)\">x</a>\n\
        hidden = <A HREF=\"&#106;avascript:x\">x</A>\n\
        literal = <a href=\"{\"java\"}script:x\">x</a>\n\
        term = <a href=\"{ -place }\">x</a>\n\
        plain = <a href=\"http://example.org\">x</a>\n\
        select = { $count ->\n    [one] <a href=\"data:text/html,x\">x</a>\n   *[other] fine\n}\n\
        attr = fine\n    .title = <a href=\"file:///etc/passwd\">x</a>\n\
        -place = <a href=\"vbscript:x\">x</a>\n";
    let problems = lint::link_problems("en/x.ftl", text);
    let expect = [
        "en/x.ftl: line 4: message `bad`: a link to `javascript:`",
        "en/x.ftl: line 5: message `hidden`: a link to `javascript:`",
        "en/x.ftl: line 6: message `literal`: a link to `javascript:`",
        "en/x.ftl: line 7: message `term`: a link that is not a full https: or tg: address",
        "en/x.ftl: line 8: message `plain`: a link to `http:`",
        "en/x.ftl: line 9: message `select`: a link to `data:`",
        "en/x.ftl: line 13: message `attr`: a link to `file:`",
        "en/x.ftl: line 15: message `-place`: a link to `vbscript:`",
    ];
    for (found, expected) in problems.iter().zip(expect) {
        assert!(found.starts_with(expected), "{found}\n{expected}");
    }
    assert_eq!(problems.len(), expect.len(), "{problems:#?}");
}

#[test]
fn a_locale_link_is_a_problem_of_check_sources() {
    let sources = vec![LocaleSource {
        lang: Lang::Fr,
        files: vec![("locales/fr/bot.ftl".into(), "a = <a href=\"javascript:x\">x</a>\n".into())],
    }];
    let problems = check_sources(&sources);
    assert!(problems.iter().any(|p| p.starts_with("locales/fr/bot.ftl: line 1: message `a`")), "{problems:?}");
}

#[test]
fn a_linked_locale_file_or_folder_is_refused_naming_it_and_never_read() {
    let dir = tempfile::tempdir().unwrap();
    let secret = dir.path().join("secret.env");
    std::fs::write(&secret, "TOKEN = 1:SECRET\n").unwrap();
    let locales = dir.path().join("locales");
    std::fs::create_dir_all(locales.join("fr")).unwrap();
    std::fs::write(locales.join("fr/bot.ftl"), "a = un\n").unwrap();
    std::os::unix::fs::symlink(&secret, locales.join("fr/zz.ftl")).unwrap();
    std::os::unix::fs::symlink(locales.join("fr"), locales.join("de")).unwrap();
    let (sources, problems) = sources_from_dir(&locales);
    assert_eq!(problems.len(), 2, "{problems:?}");
    assert!(problems.iter().all(|p| p.contains(": a symbolic link;")), "{problems:?}");
    assert!(
        problems.iter().any(|p| p.contains("locales/fr/zz.ftl")) && problems.iter().any(|p| p.contains("locales/de"))
    );
    assert_eq!(sources.len(), 1);
    assert!(sources[0].joined().contains("a = un") && !sources[0].joined().contains("SECRET"));
}

#[test]
fn every_language_names_every_country_of_the_authorities_file() {
    let i = i18n();
    let authorities = crate::authorities::Authorities::embedded();
    assert_eq!(i.languages(), Lang::ALL.to_vec());
    for lang in Lang::ALL {
        for authority in authorities.countries() {
            let id = authority.country_message();
            let name = i.try_tr(lang, &id, &[]).unwrap_or_else(|e| panic!("{lang}: {e}"));
            assert!(!name.trim().is_empty() && name != id, "{lang} {id}: `{name}`");
            assert!(name.chars().next().is_some_and(char::is_uppercase), "{lang} {id}: `{name}`");
        }
    }
    assert_eq!(i.tr(Lang::De, "country-at", &[]), "Österreich");
    assert_eq!(i.tr(Lang::Fr, "country-de", &[]), "Allemagne");
    assert_eq!(i.tr(Lang::Ga, "country-ie", &[]), "Éire");
    assert_eq!(i.tr(Lang::El, "country-gr", &[]), "Ελλάδα");
    assert_eq!(i.tr(Lang::En, "country-cz", &[]), "Czechia");
    assert!(i.misses().is_empty(), "{:?}", i.misses());
}
