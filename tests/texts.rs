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

/// Lowercase words: runs of letters and digits, as both the fixture and the check split them.
fn words(text: &str) -> Vec<String> {
    text.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()).map(|w| w.to_lowercase()).collect()
}

/// The 64-bit FNV-1a hash of eight words joined by single spaces: stable across Rust
/// versions and machines, unlike `std`'s hasher, and enough to hide the words themselves.
fn run_hash(run: &[String]) -> u64 {
    run.join(" ")
        .bytes()
        .fold(0xcbf2_9ce4_8422_2325, |hash, byte| (hash ^ u64::from(byte)).wrapping_mul(0x0100_0000_01b3))
}

/// The seed article's eight-word runs, as hashes: `tests/fixtures/seed-article-runs.txt` (how
/// it was made is written at its top; it holds no sentence of the article).
const SEED_RUNS: &str = "tests/fixtures/seed-article-runs.txt";

fn seed_runs() -> std::collections::HashSet<u64> {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join(SEED_RUNS);
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{SEED_RUNS}: {e}"));
    text.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .map(|l| u64::from_str_radix(l, 16).unwrap_or_else(|_| panic!("{SEED_RUNS}: `{l}` is not a hex hash")))
        .collect()
}

#[test]
fn the_letter_shares_no_run_of_eight_words_with_the_seed_article() {
    let runs = seed_runs();
    assert!(runs.len() > 500, "{SEED_RUNS} holds {} runs: regenerate it", runs.len());
    for lang in i18n().languages() {
        let letter = words(&text(lang, "letter-body"));
        for run in letter.windows(8) {
            assert!(!runs.contains(&run_hash(run)), "{lang}: `{}` is from the seed article", run.join(" "));
        }
    }
}

#[test]
fn the_seed_check_finds_a_copied_run() {
    // The hashing is the fixture's: a known value, and a run found whatever its case and punctuation.
    assert_eq!(run_hash(&[]), 0xcbf2_9ce4_8422_2325);
    assert_eq!(run_hash(&words("a")), 0xaf63_dc4c_8601_ec8c);
    let copied = words("Un, deux trois QUATRE cinq six sept huit");
    assert_eq!(run_hash(&copied), run_hash(&words("un deux trois quatre cinq six sept huit")));
}

/// Writes the fixture from the article, which lives outside the repository and is never read
/// by the tests: `SEED_ARTICLE=path/to/article-fr.txt cargo test --test texts -- --ignored
/// write_the_seed_fixture`.
#[test]
#[ignore = "writes tests/fixtures/seed-article-runs.txt from SEED_ARTICLE, by hand"]
fn write_the_seed_fixture() {
    let source = std::env::var("SEED_ARTICLE").expect("SEED_ARTICLE: the path of the seed article");
    let article = std::fs::read_to_string(&source).unwrap();
    let mut hashes: Vec<u64> = words(&article).windows(8).map(run_hash).collect();
    hashes.sort_unstable();
    hashes.dedup();
    let mut out = String::from(
        "# The seed article's eight-word runs, hashed; no sentence of the article is in this file.\n\
         # Each line is the 64-bit FNV-1a hash (hex) of eight words joined by one space, the words\n\
         # being the article's runs of letters and digits, lowercased (tests/texts.rs: words, run_hash).\n\
         # Made with: SEED_ARTICLE=path/to/article-fr.txt cargo test --test texts -- --ignored write_the_seed_fixture\n",
    );
    for hash in hashes {
        out.push_str(&format!("{hash:016x}\n"));
    }
    std::fs::write(std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join(SEED_RUNS), out).unwrap();
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

/// A fresh clone passes its tests: no source or test names a path beside the repository
/// (such as the seed article's folder, which only the fixture's writer above reads).
#[test]
fn no_test_reads_outside_the_repository() {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    let needles = [concat!("..", "/shared"), concat!("join(\"", "..")];
    let mut found = Vec::new();
    let mut folders = vec![root.join("src"), root.join("tests"), root.join("benches")];
    while let Some(folder) = folders.pop() {
        for entry in std::fs::read_dir(&folder).unwrap().flatten() {
            let path = entry.path();
            if path.is_dir() {
                folders.push(path);
            } else if path.extension().is_some_and(|e| e == "rs") {
                let text = std::fs::read_to_string(&path).unwrap();
                for needle in needles.iter().filter(|n| text.contains(*n)) {
                    found.push(format!("{}: `{needle}`", path.strip_prefix(root).unwrap().display()));
                }
            }
        }
    }
    assert!(found.is_empty(), "{found:#?}");
}
