//! The texts say only what is true: no promised outcome in any language, WhatsApp without
//! the 2024 advice, a letter that names Meta AI and fits a form, and plural forms that
//! match each language's grammar.

use std::sync::OnceLock;

use objection_bot::{brain::Brain, campaign::Campaigns, html, i18n::I18n, lang::Lang, preview, store::Store};

fn brain() -> &'static Brain {
    static BRAIN: OnceLock<Brain> = OnceLock::new();
    BRAIN.get_or_init(|| {
        let runtime = tokio::runtime::Builder::new_current_thread().enable_all().build().unwrap();
        let store = runtime.block_on(Store::in_memory()).unwrap();
        let campaigns = Campaigns::load(None).unwrap();
        let i18n = I18n::embedded(campaigns.default_language()).unwrap();
        Brain::new(std::sync::Arc::new(campaigns), std::sync::Arc::new(i18n), store, "objection_bot")
    })
}

fn i18n() -> &'static I18n {
    &brain().i18n
}

/// A message of the built-in Meta campaign, as plain text.
fn text(lang: Lang, id: &str) -> String {
    html::to_plain(&brain().campaigns.first().tr(lang, id, &[("date", "27 May 2025".into())]))
}

/// The English phrases that promised what no one can guarantee, and the "logged in" claim.
const PROMISES: [&str; 9] = [
    "keep your content out",
    "keeps your existing posts out",
    "keep out",
    "stays out",
    "stop meta",
    "stops meta",
    "out of the training",
    "logged in to your account",
    "already logged in",
];

#[test]
fn no_locale_promises_an_outcome_or_a_login() {
    let mut found = Vec::new();
    for lang in i18n().languages() {
        for (id, message) in preview::render_messages(brain(), lang) {
            let lower = message.unwrap_or_default().to_lowercase();
            for phrase in PROMISES {
                if lower.contains(phrase) {
                    found.push(format!("{lang} {id}: `{phrase}`"));
                }
            }
        }
    }
    assert!(found.is_empty(), "{found:#?}");
}

#[test]
fn the_whatsapp_text_has_no_2024_advice_and_says_what_is_uncertain() {
    for lang in i18n().languages() {
        let whatsapp = text(lang, "whatsapp-steps");
        assert!(!whatsapp.contains("2024"), "{lang}: {whatsapp}");
        assert!(whatsapp.contains("2025"), "{lang}: Meta's June 2025 statement is missing");
        assert!(whatsapp.contains("Meta AI"), "{lang}");
        for platform in ["facebook-steps", "instagram-steps"] {
            assert!(text(lang, platform).contains("2024"), "{lang}: {platform} keeps the 2024 advice");
        }
    }
}

#[test]
fn the_letter_names_meta_ai_and_the_one_month_and_fits_a_form_in_every_language() {
    for lang in i18n().languages() {
        let letter = text(lang, "letter-body");
        let chars = letter.chars().count();
        assert!(chars < 1000, "{lang}: the letter is {chars} characters");
        assert!(letter.contains("Meta AI"), "{lang}: the letter does not name Meta AI");
        assert!(letter.contains("21"), "{lang}: Article 21");
        assert!(letter.contains("12"), "{lang}: Article 12(3)");
    }
}

#[test]
fn the_letter_shares_no_run_of_eight_words_with_the_seed_article() {
    let seed_path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/seed/article-fr.txt");
    let Ok(seed) = std::fs::read_to_string(&seed_path) else {
        panic!("the seed article is missing at {}", seed_path.display());
    };
    let words = |t: &str| -> Vec<String> {
        t.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()).map(|w| w.to_lowercase()).collect()
    };
    let seed_words = words(&seed);
    let runs: std::collections::HashSet<&[String]> = seed_words.windows(8).collect();
    for lang in i18n().languages() {
        let letter = words(&text(lang, "letter-body"));
        for run in letter.windows(8) {
            assert!(!runs.contains(run), "{lang}: `{}` is from the seed article", run.join(" "));
        }
    }
}

#[test]
fn every_unit_renders_for_every_count_in_every_language() {
    for lang in i18n().languages() {
        for id in ["left-days", "left-hours", "left-minutes"] {
            for n in [1i64, 2, 3, 5, 11, 21, 100] {
                let got = i18n().tr(lang, id, &[("count", n.into())]);
                assert!(got.chars().any(char::is_alphabetic), "{lang} {id} {n}: {got}");
            }
        }
    }
}

/// How each unit reads for a count where a language's grammar makes the form worth
/// checking: `tests/plurals/<lang>.tsv`, one line per case: message, count, expected text.
#[test]
fn plural_forms_follow_each_languages_grammar() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/plurals");
    let mut wrong = Vec::new();
    let mut cases = 0;
    for entry in std::fs::read_dir(&dir).unwrap().flatten() {
        let name = entry.file_name().to_string_lossy().into_owned();
        let Some(lang) = name.strip_suffix(".tsv").and_then(Lang::from_tag) else {
            panic!("{name}: not <language code>.tsv");
        };
        for line in std::fs::read_to_string(entry.path()).unwrap().lines().filter(|l| !l.trim().is_empty()) {
            let fields: Vec<&str> = line.split('\t').collect();
            let [id, n, expected] = fields[..] else { panic!("{name}: `{line}` is not message<TAB>count<TAB>text") };
            let n: i64 = n.parse().unwrap_or_else(|_| panic!("{name}: `{n}` is not a count"));
            let got = i18n().tr(lang, id, &[("count", n.into())]);
            cases += 1;
            if got.trim() != expected {
                wrong.push(format!("{lang} {id} {n}: got `{got}`, expected `{expected}`"));
            }
        }
    }
    assert!(cases > 0);
    assert!(wrong.is_empty(), "{wrong:#?}");
}
