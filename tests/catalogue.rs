//! The built-in catalogue (Meta, LinkedIn, Gemini, X: no deadline) in every language: no
//! screen calls 27 May 2025 a deadline or points to /remind or /stop; /start stays short;
//! every platform ends with its checked line; every letter fits a form and cites Art. 21(1).

use chrono::{NaiveDate, TimeZone, Utc};
use objection_bot::{
    brain::{Brain, Button, CallbackData, ChatKind, Context, Input, Message, Reply},
    campaign::Campaigns,
    html,
    i18n::I18n,
    lang::Lang,
    store::Store,
};

async fn brain() -> Brain {
    let campaigns = Campaigns::load(None).unwrap();
    let i18n = I18n::embedded(campaigns.default_language()).unwrap();
    Brain::new(
        std::sync::Arc::new(campaigns),
        std::sync::Arc::new(i18n),
        Store::in_memory().await.unwrap(),
        "objection_bot",
    )
}

fn now() -> chrono::DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 12, 4, 12, 0, 0).unwrap()
}

/// The word for a deadline (a time limit to act) in each language, lowercase; phrases are
/// matched as whole words.
fn deadline_words(lang: Lang) -> &'static [&'static str] {
    match lang {
        Lang::Bg => &["краен срок", "срок", "срокът"],
        Lang::Cs => &["lhůta", "lhůty", "lhůtu", "termín"],
        Lang::Da => &["frist", "fristen", "tidsfrist"],
        Lang::De => &["frist", "stichtag"],
        Lang::El => &["προθεσμία"],
        Lang::En => &["deadline"],
        Lang::Es => &["fecha límite", "plazo"],
        Lang::Et => &["tähtaeg", "tähtaja"],
        Lang::Fi => &["määräaika", "määräaikaa", "takaraja"],
        Lang::Fr => &["échéance", "date limite", "délai"],
        Lang::Ga => &["spriocdháta", "sprioc"],
        Lang::Hr => &["rok", "roka"],
        Lang::Hu => &["határidő", "határidőt"],
        Lang::It => &["scadenza", "termine ultimo"],
        Lang::Lt => &["terminas", "termino"],
        Lang::Lv => &["termiņš", "termiņa"],
        Lang::Mt => &["skadenza", "data tal-għeluq"],
        Lang::Nl => &["uiterste datum", "deadline"],
        Lang::Pl => &["termin", "terminu"],
        Lang::Pt => &["prazo", "data limite"],
        Lang::Ro => &["termen limită", "termenul limită"],
        Lang::Sk => &["lehota", "lehoty", "termín"],
        Lang::Sl => &["rok", "roka"],
        Lang::Sv => &["tidsfrist", "sista dag"],
    }
}

/// Whether `text` holds `phrase` as whole words (lowercase, any script).
fn has_phrase(text: &str, phrase: &str) -> bool {
    let words: Vec<String> = text
        .to_lowercase()
        .split(|c: char| !c.is_alphanumeric() && c != '-')
        .filter(|w| !w.is_empty())
        .map(str::to_owned)
        .collect();
    let wanted: Vec<&str> = phrase.split(' ').collect();
    words.windows(wanted.len()).any(|w| w.iter().zip(&wanted).all(|(a, b)| a == b))
}

fn button_labels(m: &Message) -> Vec<String> {
    m.keyboard
        .iter()
        .flatten()
        .map(|b| match b {
            Button::Callback { label, .. } | Button::Url { label, .. } | Button::Share { label, .. } => label.clone(),
        })
        .collect()
}

/// Every screen a person can reach in `lang` with the built-in campaigns: (what, message).
async fn every_screen(b: &Brain, lang: Lang, chat: i64) -> Vec<(String, Message)> {
    let ctx = Context {
        chat_id: chat,
        kind: ChatKind::Private,
        language_code: Some(lang.code().into()),
        is_admin: false,
        user_id: None,
        now: now(),
    };
    let mut inputs: Vec<String> = [
        "/start",
        "/help",
        "/deadline",
        "/status",
        "/remind",
        "/stop",
        "/template",
        "/share",
        "/privacy",
        "/language",
        "/forget",
        "hello",
    ]
    .iter()
    .map(|s| s.to_string())
    .collect();
    for (c, p) in b.campaigns.platforms() {
        inputs.push(format!("/{}", p.key));
        inputs.push(format!("/start {}", p.key));
        let _ = c;
    }
    let mut out = Vec::new();
    for input in &inputs {
        for reply in b.handle(&ctx, Input::Text(input.clone())).await {
            if let Reply::Message(m) = reply {
                out.push((input.clone(), std::sync::Arc::unwrap_or_clone(m)));
            }
        }
    }
    for c in b.campaigns.iter() {
        let letter = CallbackData::Show(objection_bot::brain::Topic::Letter(Some(c.id.clone()))).encode();
        for reply in b.handle(&ctx, Input::Callback(letter)).await {
            if let Reply::Message(m) = reply {
                out.push((format!("letter {}", c.id), std::sync::Arc::unwrap_or_clone(m)));
            }
        }
        for p in &c.platforms {
            for done in [true, false] {
                for reply in b.handle(&ctx, Input::Callback(CallbackData::Mark(p.key.clone(), done).encode())).await {
                    match reply {
                        Reply::Message(m) => out.push((format!("tick {}", p.key), std::sync::Arc::unwrap_or_clone(m))),
                        Reply::EditKeyboard(k) => {
                            out.push((format!("tick {}", p.key), Message { html: String::new(), keyboard: k }))
                        }
                        Reply::Toast(t) => {
                            out.push((format!("toast {}", p.key), Message { html: t, keyboard: Vec::new() }))
                        }
                        Reply::Cards(_) => {}
                    }
                }
            }
        }
    }
    for card in b.cards(lang, "", now()) {
        out.push((
            format!("card {}", card.id),
            Message { html: format!("{}\n{}", card.title, card.description), keyboard: Vec::new() },
        ));
        out.push((format!("card {} message", card.id), card.message));
    }
    out.push(("group intro".into(), b.group_intro(lang, now(), &Default::default())));
    let (description, short) = b.profile(lang);
    out.push(("profile".into(), Message { html: format!("{description}\n{short}"), keyboard: Vec::new() }));
    for kind in [ChatKind::Private, ChatKind::Group] {
        // The menu as `/name` lines (so /remind and /stop are seen) and its descriptions.
        let menu = b.command_menu(lang, kind, now());
        let names: Vec<String> = menu.iter().map(|(n, _)| format!("/{n}")).collect();
        out.push((format!("{kind:?} menu names"), Message { html: names.join("\n"), keyboard: Vec::new() }));
        let descriptions: Vec<String> = menu.into_iter().map(|(_, d)| d).collect();
        out.push((format!("{kind:?} menu"), Message { html: descriptions.join("\n"), keyboard: Vec::new() }));
    }
    out
}

#[tokio::test(flavor = "multi_thread")]
async fn no_screen_calls_the_start_date_a_deadline_or_points_to_remind_or_stop() {
    let b = brain().await;
    let mut problems = Vec::new();
    for (i, lang) in Lang::ALL.into_iter().enumerate() {
        let start = b.day_label(lang, NaiveDate::from_ymd_opt(2025, 5, 27).unwrap());
        for (what, m) in every_screen(&b, lang, 1000 + i as i64).await {
            let plain = html::to_plain(&m.html);
            for text in std::iter::once(plain.clone()).chain(button_labels(&m)) {
                if text.contains("/remind") || text.contains("/stop") {
                    problems.push(format!("{lang} {what}: mentions /remind or /stop: {text}"));
                }
            }
            // A line that gives the start date never calls it a deadline.
            for line in plain.lines().filter(|l| l.contains(&start)) {
                for word in deadline_words(lang) {
                    if has_phrase(line, word) {
                        problems.push(format!("{lang} {what}: \"{word}\" beside {start}: {line}"));
                    }
                }
            }
            // Buttons and the menu (where /deadline is named) never use the word at all.
            let named: Vec<String> =
                if what.ends_with("menu") { plain.lines().map(str::to_owned).collect() } else { button_labels(&m) };
            for label in named {
                for word in deadline_words(lang) {
                    if has_phrase(&label, word) {
                        problems.push(format!("{lang} {what}: \"{word}\" in {label}"));
                    }
                }
            }
        }
    }
    assert!(problems.is_empty(), "{} problems:\n{}", problems.len(), problems.join("\n"));
}

/// Whether a letter cites Art. 21(1) as its language writes it: "21(1)", "21 Abs. 1",
/// "čl. 21 odst. 1", "article 21, paragraphe 1", "n.º 1 do artigo 21.º"…: a 21 with a 1
/// standing alone just after it, or just before it.
fn cites_21_1(body: &str) -> bool {
    let numbers = |text: &str| -> Vec<String> {
        text.split(|c: char| !c.is_ascii_digit()).filter(|n| !n.is_empty()).map(str::to_owned).collect()
    };
    // Slovenian writes the paragraph as an ordinal word: "prvega odstavka 21. člena".
    if body.contains("prvega odstavka 21") {
        return true;
    }
    body.match_indices("21").any(|(at, _)| {
        let after: String = body[at + 2..].chars().take(24).collect();
        let before: String = body[..at].chars().rev().take(16).collect::<Vec<_>>().into_iter().rev().collect();
        numbers(&after).first().is_some_and(|n| n == "1") || numbers(&before).last().is_some_and(|n| n == "1")
    })
}

#[test]
fn the_guard_sees_the_words_it_looks_for() {
    assert!(cites_21_1("Article 21(1) GDPR") && cites_21_1("Art. 21 Abs. 1 DSGVO") && cites_21_1("čl. 21 odst. 1"));
    assert!(cites_21_1("Ao abrigo do n.º 1 do artigo 21.º do RGPD"));
    assert!(cites_21_1("na podlagi prvega odstavka 21. člena"));
    assert!(!cites_21_1("Article 21 GDPR and Article 12(3)"));
    assert!(has_phrase("Die Frist ist abgelaufen", "frist"));
    assert!(has_phrase("O prazo (27 de maio de 2025) já passou", "prazo"));
    assert!(has_phrase("De uiterste datum is voorbij", "uiterste datum"));
    assert!(!has_phrase("Fristenlos", "frist"));
    assert!(!has_phrase("široko", "rok"));
}

#[tokio::test(flavor = "multi_thread")]
async fn start_is_under_600_characters_and_every_platform_ends_with_its_checked_line_in_every_language() {
    let b = brain().await;
    for lang in Lang::ALL {
        let start = b.start(lang, now(), &Default::default());
        let length = html::to_plain(&start.html).chars().count();
        assert!(length < 600, "{lang}: /start has {length} characters");
        for (c, p) in b.campaigns.platforms() {
            let m = b.platform(lang, &p.key, Some((&Default::default(), objection_bot::brain::ChatKind::Private)));
            let checked = b.day_label(lang, c.checked);
            let last = m.html.trim_end().lines().last().unwrap_or_default().to_owned();
            assert!(last.contains(&checked), "{lang} {}: {last}", p.key);
            let links = m.keyboard.iter().flatten().filter(|b| matches!(b, Button::Url { .. })).count();
            assert_eq!(links, 1 + usize::from(p.help_url.is_some()), "{lang} {}", p.key);
            assert!(m.html.chars().count() <= objection_bot::limits::MESSAGE_TEXT, "{lang} {}", p.key);
        }
        let help = b.help(lang, now(), &Default::default());
        assert!(help.html.chars().count() <= objection_bot::limits::MESSAGE_TEXT, "{lang}: /help");
    }
}

#[tokio::test(flavor = "multi_thread")]
async fn every_letter_is_under_1000_characters_and_cites_article_21_1_in_every_language() {
    let b = brain().await;
    let letters: Vec<_> = b.campaigns.iter().filter(|c| c.has_letter()).collect();
    let ids: Vec<&str> = letters.iter().map(|c| c.id.as_str()).collect();
    assert_eq!(ids, ["meta-ai", "google-gemini"], "each campaign with a form, and Gemini's request");
    for lang in Lang::ALL {
        for c in &letters {
            let body = html::to_plain(&c.tr(lang, "letter-body", &[]));
            let length = body.chars().count();
            assert!(length < 1000, "{lang} {}: {length} characters", c.id);
            assert!(cites_21_1(&body), "{lang} {}: {body}", c.id);
        }
    }
}

#[test]
fn check_is_clean_with_no_coverage_warning() {
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_objection-bot"))
        .arg("check")
        .env_clear()
        .env("DATABASE_URL", "sqlite://does-not-exist-catalogue.db")
        .output()
        .unwrap();
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(out.status.success(), "{text}");
    // (A `checked` date older than 120 days is a warning too, on purpose; not this test's.)
    assert!(!text.contains("languages; chats in"), "every campaign ships every language: {text}");
    for id in ["meta-ai", "linkedin-ai", "google-gemini", "x-grok"] {
        assert!(text.contains(&format!("campaign `{id}`: no deadline")), "{id}: {text}");
    }
}
